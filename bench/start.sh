#!/usr/bin/env bash
# Start-up (issue 16): the time from starting the published site to its first 200 for a page, and its resident
# memory then, published normally and precompiled (ReadyToRun), each started START_RUNS times in turn; and the
# same with the feedback database's migration at start turned off, to show what that work costs. Prints one line
# per way, with the median and the fastest (target: at most 1000 ms).
# Loopback only; about 1.5 minutes after the two publishes on 2 cores.
#   bench/start.sh
#   START_RUNS=9 START_PAGE=/prevention bench/start.sh
set -euo pipefail
. "$(dirname "$0")/lib.sh"

runs=${START_RUNS:-5}
page=${START_PAGE:-/relief}
port=${START_PORT:-$(free_port)}
url="http://127.0.0.1:$port"
need curl curl
bench_init start
publish_site "$work/jit"
BENCH_READY_TO_RUN=1 BENCH_PUBLISH="" publish_site "$work/r2r"

declare -A times memory
ways=(jit r2r jit-no-migration)
for ((r = 1; r <= runs; r++)); do
  for way in "${ways[@]}"; do
    settings=()
    folder="$work/${way%%-*}"
    [ "$way" = jit-no-migration ] && settings=(Feedback__MigrateAtStart=false)
    rm -f "$work/feedback-$port.db"* # a first start each time: the migration has work to do
    start=$(date +%s%N)
    start_site "$folder" "$port" "$work/$way.log" "${settings[@]}"
    wait_for_200 "$url$page" "$site_pid" "$work/$way.log" 30
    times[$way]+="$(ms_since "$start") "
    memory[$way]+="$(rss_mb "$site_pid") "
    kill "$site_pid"
    wait "$site_pid" 2>/dev/null || true
  done
done

for way in "${ways[@]}"; do
  sorted=($(tr ' ' '\n' <<<"${times[$way]}" | grep . | sort -n))
  printf '%s: start to first 200 of %s: median %s ms, fastest %s ms (target <= 1000) (%s); resident memory then: %s MB\n' \
    "$way" "$page" "${sorted[$((${#sorted[@]} / 2))]}" "${sorted[0]}" "${times[$way]% }" "${memory[$way]% }"
done
echo "load average $(load_average) on $(nproc) cores"
