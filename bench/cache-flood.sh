#!/usr/bin/env bash
# The distinct-key flood (issue 11): wrk sends made-up ?q=, ?topics= and /connect values, each different, for
# FLOOD_SECONDS, and then as long again with other made-up values. Prints resident memory before, between and
# after, and /relief's requests per second before and after, and whether /relief is still served from the page
# cache afterwards. Target: memory is bounded (the second half adds at most FLOOD_BOUND_MB, 10: by then the cache
# is full and made-up entries only replace each other, where a leak would grow as much again), and real pages stay
# cached. The first half's growth is printed against PageCache:SizeLimitMegabytes (16) for the record.
# Loopback only, bounded in time (about 90 s after the publish), and it stops everything it started.
#   bench/cache-flood.sh
#   BENCH_PUBLISH=/tmp/published bench/cache-flood.sh      # use a build published earlier
# Settings: FLOOD_PORT (a free one), FLOOD_SECONDS (30, each half), FLOOD_BOUND_MB (10).
set -euo pipefail
. "$(dirname "$0")/lib.sh"

port=${FLOOD_PORT:-$(free_port)}
seconds=${FLOOD_SECONDS:-30}
bound=${FLOOD_BOUND_MB:-10}
limit=16 # PageCache:SizeLimitMegabytes, the default
base="http://127.0.0.1:$port"
need wrk wrk
need curl curl
bench_init flood
publish_site "$work/publish"

echo "== starting the site in Production on $base" >&2
start_site "$work/publish" "$port" "$work/site.log"
wait_for_200 "$base/readyz" "$site_pid" "$work/site.log"
relief() { wrk -t2 -c16 -d5s "$base/relief" | wrk_rps; }

wrk -t2 -c16 -d5s "$base/relief" >/dev/null # warm up
relief_before=$(relief)
echo "== flood: $seconds s of distinct keys, then $seconds s of others" >&2
flood_twice "$site_pid" "$base" "$seconds"
relief_after=$(relief)
cached=$(served_from_cache "$base/relief")
first=$(awk -v a="$flood_half" -v b="$flood_before" 'BEGIN { printf "%+.1f", a - b }')
second=$(awk -v a="$flood_after" -v b="$flood_half" 'BEGIN { printf "%+.1f", a - b }')
verdict=$(awk -v g="$second" -v t="$bound" 'BEGIN { print (g <= t ? "PASS" : "FAIL") }')
[ "$cached" = yes ] || verdict=FAIL

echo "1. flood: $flood_requests requests in 2 x $seconds s, each key new (each asked twice, so the cache keeps it), $flood_failed not 2xx (made-up /connect codes answer 400)"
echo "2. $verdict resident memory: $flood_before MB before, $flood_half MB after the first half ($first; cache limit $limit MB), $flood_after MB after the second ($second, target <= $bound: bounded); peak $(peak_mb "$site_pid") MB"
echo "3. /relief: $relief_before req/s before, $relief_after req/s after; served from the page cache after the flood: $cached (target yes) (load average $(load_average))"
