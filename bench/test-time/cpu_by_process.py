"""
CPU-seconds per kind of process, for bench/test-time.sh. Reads every process's CPU ticks from /proc every half
second until stopped (SIGTERM), then writes one line per kind to the file named by the first argument. A process
started after this one counts from zero; one that lived under half a second may be missed.
"""
import os
import re
import signal
import sys
import time
from collections import defaultdict

HZ = os.sysconf('SC_CLK_TCK')
START = float(open('/proc/uptime').read().split()[0]) * HZ


def kind(pid):
    """What the process is, in the words of the test run: None when it is gone."""
    try:
        command = open(f'/proc/{pid}/cmdline', 'rb').read().replace(b'\0', b' ').decode(errors='replace').strip()
        name = open(f'/proc/{pid}/comm').read().strip()
    except OSError:
        return None
    program = os.path.basename(command.split(' ')[0]) if command else name
    if program.startswith('NightLegCramps.') and program.endswith('.Tests'):
        return 'tests: ' + program
    if program == 'NightLegCramps.Web' or 'NightLegCramps.Web.dll' in command:
        return 'the site, started by a test'
    if program.startswith('chrom'):
        match = re.search(r'--type=(\S+)', command)
        return 'Chromium ' + (match.group(1) if match else 'browser')
    if program == 'node':
        return 'Playwright driver (node)'
    if program.startswith('postgres') or name.startswith('postgres'):
        return 'PostgreSQL'
    if 'vstest' in command or 'testhost' in command:
        return 'vstest'
    if 'MSBuild.dll' in command or program == 'dotnet':
        return 'dotnet CLI and MSBuild'
    return 'other: ' + name


seen = {}  # (pid, start time) -> [kind, ticks when first seen, ticks last seen]


def sample():
    for pid in filter(str.isdigit, os.listdir('/proc')):
        try:
            stat = open(f'/proc/{pid}/stat').read()
        except OSError:
            continue
        fields = stat[stat.rfind(')') + 2:].split()
        ticks, started = int(fields[11]) + int(fields[12]), int(fields[19])
        key = (pid, started)
        if key in seen:
            seen[key][2] = ticks
        elif (what := kind(pid)) is not None:
            seen[key] = [what, 0 if started > START else ticks, ticks]


stopping = False


def stop(*_):
    global stopping
    stopping = True


signal.signal(signal.SIGTERM, stop)
signal.signal(signal.SIGINT, stop)
while not stopping:
    sample()
    time.sleep(0.5)

seconds, processes = defaultdict(float), defaultdict(int)
for what, first, last in seen.values():
    seconds[what] += (last - first) / HZ
    processes[what] += 1
with open(sys.argv[1], 'w') as out:
    print(f'CPU-seconds: {sum(seconds.values()):.1f} in all', file=out)
    for what, total in sorted(seconds.items(), key=lambda kv: -kv[1]):
        if total >= 0.5:
            print(f'{total:7.1f} s {processes[what]:5d} processes  {what}', file=out)
