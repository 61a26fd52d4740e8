#!/usr/bin/env bash
# The distinct-key flood (issue 11): wrk sends made-up ?q=, ?topics= and /connect values, each different, for
# FLOOD_SECONDS. Prints resident memory and /relief's requests per second before and after, and whether /relief is
# still served from the page cache afterwards. Target: memory grows by at most PageCache:SizeLimitMegabytes (32)
# plus FLOOD_MARGIN_MB (32) for the garbage collector's own room, and real pages stay cached.
# Loopback only, bounded in time (about a minute after the publish), and it stops everything it started.
#   bench/cache-flood.sh
#   BENCH_PUBLISH=/tmp/published bench/cache-flood.sh      # use a build published earlier
# Settings: FLOOD_PORT (a free one), FLOOD_SECONDS (30), FLOOD_MARGIN_MB (32).
set -euo pipefail
. "$(dirname "$0")/lib.sh"

port=${FLOOD_PORT:-$(free_port)}
seconds=${FLOOD_SECONDS:-30}
margin=${FLOOD_MARGIN_MB:-32}
limit=32 # PageCache:SizeLimitMegabytes, the default in appsettings
base="http://127.0.0.1:$port"
need wrk wrk
need curl curl
bench_init flood
publish_site "$work/publish"

echo "== starting the site in Production on $base" >&2
start_site "$work/publish" "$port" "$work/site.log"
wait_for_200 "$base/readyz" "$site_pid" "$work/site.log"
relief() { wrk -t2 -c16 -d5s "$base/relief" | wrk_rps; }
write_flood_lua "$work/flood.lua"

wrk -t2 -c16 -d5s "$base/relief" >/dev/null # warm up
rss_before=$(rss_mb "$site_pid")
relief_before=$(relief)
echo "== flood: $seconds s of distinct keys" >&2
wrk -t2 -c32 -d"${seconds}s" -s "$work/flood.lua" "$base" >"$work/wrk.txt"
sleep 2
rss_after=$(rss_mb "$site_pid")
relief_after=$(relief)
cached=$(served_from_cache "$base/relief")
growth=$(awk -v a="$rss_after" -v b="$rss_before" 'BEGIN { printf "%.1f", a - b }')
verdict=$(awk -v g="$growth" -v t="$((limit + margin))" 'BEGIN { print (g <= t ? "PASS" : "FAIL") }')
[ "$cached" = yes ] || verdict=FAIL

echo "1. flood: $(awk '/requests in/ {print $1}' "$work/wrk.txt") requests in $seconds s, each a new key, $(wrk_failed <"$work/wrk.txt") failed"
echo "2. $verdict resident memory: $rss_before MB before, $rss_after MB after, growth $growth MB (target <= $((limit + margin)): PageCache:SizeLimitMegabytes $limit + $margin); peak $(peak_mb "$site_pid") MB"
echo "3. /relief: $relief_before req/s before, $relief_after req/s after; served from the page cache after the flood: $cached (target yes) (load average $(load_average))"
