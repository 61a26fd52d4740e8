"""Prints the N slowest test classes in a folder of .trx files: the sum of their tests' times, and the count."""
import glob
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict

NS = '{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}'
folder, most = sys.argv[1], int(sys.argv[2])
seconds, tests = defaultdict(float), defaultdict(int)
for path in glob.glob(folder + '/*.trx'):
    root = ET.parse(path).getroot()
    classes = {t.get('id'): t.find(NS + 'TestMethod').get('className') for t in root.iter(NS + 'UnitTest')}
    for result in root.iter(NS + 'UnitTestResult'):
        h, m, s = result.get('duration').split(':')
        name = classes.get(result.get('testId'), '(a result vstest could not name)').split('.')[-1]
        seconds[name] += int(h) * 3600 + int(m) * 60 + float(s)
        tests[name] += 1
print('slowest classes:')
for name, total in sorted(seconds.items(), key=lambda kv: -kv[1])[:most]:
    print(f'{total:7.1f} s {tests[name]:4d} tests  {name}')
