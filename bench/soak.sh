#!/usr/bin/env bash
# Load with edits, then the attacks of issue 11, against the published site in Production on loopback.
# Part 1, soak: wrk at 64 connections for SOAK_SECONDS against several pages while one loop rewrites a content
# file every 100 ms and another breaks and repairs one. Prints the failed responses, the socket errors (target 0
# for both) and the resident memory before and after (target: growth < 20 MB).
# Part 2, attacks: each prints one PASS or FAIL line with what it measured, so a fixed failure stays fixed:
# front matter nested 30,000 deep, an alias bomb, an alias as a key, a named pipe, a file rewritten in place in
# chunks while read, 20,000 idle connections, and a flood of made-up query strings.
# Loopback only, bounded in time (about 2.5 minutes after the publish), and it stops everything it started.
#   bench/soak.sh
#   BENCH_PUBLISH=/tmp/published bench/soak.sh      # use a build published earlier
# Settings: SOAK_PORT (a free one), SOAK_SECONDS (40), SOAK_CONNECTIONS (64), SOAK_IDLE_CONNECTIONS (20000).
set -euo pipefail
. "$(dirname "$0")/lib.sh"

port=${SOAK_PORT:-$(free_port)}
seconds=${SOAK_SECONDS:-40}
connections=${SOAK_CONNECTIONS:-64}
idle_connections=${SOAK_IDLE_CONNECTIONS:-20000}
base="http://127.0.0.1:$port"
need wrk wrk
need curl curl
need python3 python3
bench_init soak
publish_site "$work/publish"

# A temp copy of the content, so the loops and attacks never touch the repository's files.
cp -r content "$work/content"
rewritten="$work/content/relief.md"
broken="$work/content/prevention.md"
cp "$rewritten" "$work/relief.original"
cp "$broken" "$work/prevention.original"

echo "== starting the site in Production on $base" >&2
start_site "$work/publish" "$port" "$work/site.log" Content__Path="$work/content" \
  'Serilog__MinimumLevel__Override__Serilog.AspNetCore.RequestLoggingMiddleware=Warning'
app_pid=$site_pid
wait_for_200 "$base/readyz" "$app_pid" "$work/site.log"
rss() { awk '/^VmRSS/ {print $2}' "/proc/$app_pid/status"; }

cat >"$work/paths.lua" <<'LUA'
-- Each connection walks the pages in turn.
local paths = { "/", "/relief", "/prevention", "/causes-and-risk", "/conditions", "/conditions?q=diabetes",
                "/when-to-see-a-doctor", "/not-recommended", "/healthz" }
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
LUA

# Loop 1: an editor saving relief.md every 100 ms (a plain overwrite, so reads can race the write).
(
  n=0
  while :; do
    n=$((n + 1))
    awk -v n="$n" '{print} /^---$/ && ++fm == 2 {print ""; print "Soak edit " n "."}' "$work/relief.original" >"$rewritten"
    sleep 0.1
  done
) &
rewrite_pid=$!
bench_pids+=("$rewrite_pid")
# Loop 2: prevention.md broken (invalid YAML) then repaired, twice a second. Its last good version must keep serving.
(
  while :; do
    sed '0,/^title:/s/^title:.*/title: [this is not: valid yaml/' "$work/prevention.original" >"$broken"
    sleep 0.25
    cp "$work/prevention.original" "$broken"
    sleep 0.25
  done
) &
breaker_pid=$!
bench_pids+=("$breaker_pid")

# The warm-up runs the whole workload, edits included, so "before" is the working size of this very load (the
# reload path allocates too); growth after it is what a leak would show.
echo "== warming up (10 s, with the edits running): memory is measured once the heap has its working size" >&2
wrk -t2 -c"$connections" -d10s -s "$work/paths.lua" "$base" >/dev/null
rss_before=$(rss)
echo "== wrk: $connections connections for $seconds s" >&2
wrk -t2 -c"$connections" -d"${seconds}s" --timeout 5s --latency -s "$work/paths.lua" "$base" >"$work/wrk.txt"
kill "$rewrite_pid" "$breaker_pid" 2>/dev/null || true
wait "$rewrite_pid" "$breaker_pid" 2>/dev/null || true
cp "$work/relief.original" "$rewritten"
cp "$work/prevention.original" "$broken"
sleep 2
rss_after=$(rss)

echo "== soak"
echo "requests:                 $(awk '/requests in/ {print $1}' "$work/wrk.txt")"
echo "non-2xx/3xx responses:    $(awk '/Non-2xx or 3xx responses/ {n = $NF} END {print n + 0}' "$work/wrk.txt") (target 0)"
echo "socket errors:            $(awk -F'[ ,]+' '/Socket errors/ {n = $4 + $6 + $8 + $10} END {print n + 0}' "$work/wrk.txt") (target 0)"
echo "content reloads:          $(grep -c "reloaded" "$work/site.log" || true) (broken saves served last good: $(grep -c "last good version" "$work/site.log" || true))"
echo "unhandled exceptions:     $(grep -c "ERR\] An unhandled exception" "$work/site.log" || true)"
echo "/prevention after soak:   $(curl -s -o /dev/null -w '%{http_code}' "$base/prevention")"
echo "VmRSS before:             $((rss_before / 1024)) MB"
echo "VmRSS after:              $((rss_after / 1024)) MB"
echo "VmRSS growth:             $(((rss_after - rss_before) / 1024)) MB (target < 20)"

# ---- Part 2: the attacks. Each is followed by an ordinary edit that must still show within 2 s.
echo "== attacks (issue 11)"
edits=0
# edit_shows: saves relief.md by rename with a new marker and prints the ms until /relief shows it, or "never".
edit_shows() {
  edits=$((edits + 1))
  local marker="Attack check $edits $RANDOM" start
  awk -v m="$marker" '{print} /^---$/ && ++fm == 2 {print ""; print m "."}' "$work/relief.original" >"$rewritten.saving"
  start=$(date +%s%N)
  mv "$rewritten.saving" "$rewritten"
  shows_within /relief "$marker" 2000 "$start"
}
# shows_within PATH TEXT MS [START_NS]: prints the ms from START_NS (now) until PATH's page holds TEXT, or "never"
# after MS.
shows_within() {
  local start=${4:-$(date +%s%N)}
  until curl -s "$base$1" | grep -q "$2"; do
    [ "$(ms_since "$start")" -gt "$3" ] && { echo never; return; }
    sleep 0.01
  done
  ms_since "$start"
}
# verdict NAME DETAIL: PASS when the site is alive, ready, and an edit still shows within 2 s; the caller may add
# its own condition through $extra_ok (1 or 0).
verdict() {
  local name=$1 detail=$2 shown alive ready result=PASS
  shown=$(edit_shows)
  alive=$(kill -0 "$app_pid" 2>/dev/null && echo up || echo DOWN)
  ready=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$base/readyz" || true)
  { [ "$alive" = up ] && [ "$ready" = 200 ] && [ "$shown" != never ] && [ "${extra_ok:-1}" = 1 ]; } || result=FAIL
  printf '%s %s: %s; site %s, /readyz %s, next edit shown in %s ms (target < 2000)\n' "$result" "$name" "$detail" "$alive" "$ready" "$shown"
  extra_ok=1
}
# refused FILE: waits up to 5 s for the log to name FILE with an error; prints the ms, or "never".
refused() {
  local start; start=$(date +%s%N)
  until grep -q "$1.*error" "$work/site.log"; do
    [ "$(ms_since "$start")" -gt 5000 ] && { echo never; return; }
    sleep 0.02
  done
  ms_since "$start"
}
front_matter() { printf -- '---\ntitle: Attack\nsummary: An attack.\nslug: %s\nlastReviewed: 2026-01-01\nnextReview: 2027-01-01\n%s\n---\n\nText.\n' "$1" "$2"; }

# 1. Front matter nested 30,000 deep (60 KB): it killed the process with a stack overflow, at every start.
front_matter deep "deep: $(printf '%*s' 30000 '' | tr ' ' '[')$(printf '%*s' 30000 '' | tr ' ' ']')" >"$work/content/deep.md"
ms=$(refused deep.md)
[ "$ms" = never ] && extra_ok=0
verdict "front matter nested 30,000 deep" "refused with a finding in $ms ms"

# 2. An alias bomb: nine levels of nine aliases each, 9^9 values once expanded.
bomb="a0: &a0 [x, x, x, x, x, x, x, x, x]"
for i in 1 2 3 4 5 6 7 8 9; do bomb+=$'\n'"a$i: &a$i [$(printf "*a$((i - 1)), %.0s" 1 2 3 4 5 6 7 8)*a$((i - 1))]"; done
front_matter bomb "$bomb" >"$work/content/bomb.md"
ms=$(refused bomb.md)
[ "$ms" = never ] && extra_ok=0
verdict "alias bomb" "refused with a finding in $ms ms"

# 3. The alias bomb's last alias used as a mapping key (607 bytes pinned a core for 73 s).
front_matter aliaskey "$bomb"$'\n'"? *a9"$'\n'": value" >"$work/content/aliaskey.md"
ms=$(refused aliaskey.md)
[ "$ms" = never ] && extra_ok=0
verdict "alias as a key" "refused with a finding in $ms ms"

# 4. A named pipe where a page would be (it hung the reload for ever).
mkfifo "$work/content/fifo.md"
ms=$(refused fifo.md)
[ "$ms" = never ] && extra_ok=0
verdict "named pipe" "refused with a finding in $ms ms"
rm -f "$work/content/"{deep,bomb,aliaskey,fifo}.md

# 5. A file saved in place in four chunks, 50 times a second for 5 s, while /relief is read: no reader may get a
# page without its end (each full version has its own line "Chunk end N." just before the closing notice, and
# the notice itself).
chunk_version() { awk -v n="$1" '/^:::notice/ {print "Chunk end " n "."; print ""} {print}' "$work/relief.original"; }
notice="This is general information"
grep -q "^:::notice" "$work/relief.original" && grep -q "$notice" "$work/relief.original" || extra_ok=0
chunk_version 0 >"$rewritten.saving" && mv "$rewritten.saving" "$rewritten"
[ "$(shows_within /relief "Chunk end 0" 5000)" = never ] && extra_ok=0
(
  n=0
  end=$(($(date +%s) + 5))
  while [ "$(date +%s)" -lt "$end" ]; do
    n=$((n + 1))
    chunk_version "$n" >"$work/chunked"
    size=$(stat -c %s "$work/chunked")
    quarter=$(((size + 3) / 4))
    : >"$rewritten"
    for c in 0 1 2 3; do
      dd if="$work/chunked" of="$rewritten" bs="$quarter" skip="$c" seek="$c" count=1 conv=notrunc status=none
      sleep 0.004
    done
  done
  echo "$n" >"$work/saves"
) &
writer_pid=$!
bench_pids+=("$writer_pid")
# The readers: wrk checks every body for the marker and the notice (a truncated page lacks one or both).
write_tally_lua "$work/whole.lua" "status == 200 and body:find(\"Chunk end \", 1, true) and body:find(\"$notice\", 1, true)"
wrk -t1 -c4 -d5s -s "$work/whole.lua" "$base/relief" >"$work/whole.txt"
wait "$writer_pid" 2>/dev/null || true
read -r _ reads _ truncated < <(grep '^good ' "$work/whole.txt")
reads=$((reads + truncated))
[ "$truncated" = 0 ] || extra_ok=0
verdict "file rewritten in place in chunks" "$(cat "$work/saves") saves in 5 s, $truncated truncated of $reads reads (target 0)"

# 6. 20,000 idle connections (they used up the descriptors and the listener never accepted again); then all
# close at once and the site must answer at once.
cat >"$work/idle.py" <<'PY'
import resource, socket, sys, time
port, count = int(sys.argv[1]), int(sys.argv[2])
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
held = []
for _ in range(min(count, hard - 50)):
    try:
        s = socket.create_connection(("127.0.0.1", port), timeout=2)
        held.append(s)
    except OSError:
        break
print(len(held), flush=True)
time.sleep(3)
for s in held:
    s.close()
PY
opened=$(python3 "$work/idle.py" "$port" "$idle_connections")
start=$(date +%s%N)
answered=never
while [ "$(ms_since "$start")" -lt 10000 ]; do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$base/relief" || true)" = 200 ]; then answered=$(ms_since "$start"); break; fi
  sleep 0.01
done
[ "$answered" = never ] || [ "$answered" -gt 1000 ] && extra_ok=0
verdict "$idle_connections idle connections" "$opened opened and held 3 s; first 200 after they closed in $answered ms (target < 1000)"

# 7. A flood of made-up query strings, 10 s and then 10 s more: memory is bounded (the second half adds at most
# 10 MB: the cache is full and made-up entries only replace each other), and real pages are still served from the
# cache (the output cache's Age header). bench/cache-flood.sh measures the same at length.
flood_twice "$app_pid" "$base" 10
curl -s -o /dev/null "$base/relief"
cached=$(served_from_cache "$base/relief")
first=$(awk -v a="$flood_half" -v b="$flood_before" 'BEGIN { printf "%+.1f", a - b }')
second=$(awk -v a="$flood_after" -v b="$flood_half" 'BEGIN { printf "%+.1f", a - b }')
awk -v g="$second" 'BEGIN { exit !(g <= 10) }' && [ "$cached" = yes ] || extra_ok=0
verdict "cache flood" "$flood_requests distinct keys in 2 x 10 s, memory $flood_before -> $flood_half -> $flood_after MB ($first, then $second, target <= 10: bounded), /relief from the cache after: $cached"
echo "load average $(load_average) on $(nproc) cores"
