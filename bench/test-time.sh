#!/usr/bin/env bash
# The test suite's own time (issue 10: a warm `dotnet test` in at most 120 s on the 2-core machine). Builds once
# so the build is warm, then runs the README's test command TEST_RUNS times. Prints, per run, the wall time and
# the CPU-seconds of every kind of process (read from /proc every half second: the run is CPU-bound, so these
# say where the time goes), and the five slowest test classes (the sum of their tests' times, which overlap).
# Runs the browser and PostgreSQL tests if their programs are installed, as `dotnet test` does.
#   bench/test-time.sh
#   TEST_RUNS=3 bench/test-time.sh
set -euo pipefail
. "$(dirname "$0")/lib.sh"

runs=${TEST_RUNS:-1}
bench_init test-time
dotnet build -v quiet -nologo >/dev/null
for ((r = 1; r <= runs; r++)); do
  python3 bench/test-time/cpu_by_process.py "$work/cpu-$r.txt" &
  sampler=$!
  start=$(date +%s%N)
  status=0
  dotnet test --logger trx --results-directory "$work/trx-$r" >"$work/test-$r.log" 2>&1 || status=$?
  end=$(date +%s%N)
  kill "$sampler"; wait "$sampler" 2>/dev/null || true
  echo "run $r: dotnet test exit $status, $(( (end - start) / 1000000 )) ms wall; $(grep -hE '^(Passed|Failed)!' "$work/test-$r.log" | sed -E 's/.*Passed: +([0-9]+).*Total: +([0-9]+).* - ([A-Za-z.]+)\.dll.*/\3 \1\/\2/' | tr '\n' ' ')"
  sed 's/^/  /' "$work/cpu-$r.txt" | head -12
  python3 bench/test-time/slowest_classes.py "$work/trx-$r" 5 | sed 's/^/  /'
done
