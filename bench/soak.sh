#!/usr/bin/env bash
# Load with edits: wrk at 64 connections for 60 s against several pages while one loop rewrites a
# content file every 100 ms and another breaks and repairs one. Prints the failed responses, the
# socket errors (target 0 for both) and the resident memory before and after (target: growth < 20 MB).
# Loopback only, bounded in time, and it stops everything it started.
#   bench/soak.sh                  publish Release, then soak
#   SOAK_REUSE=1 bench/soak.sh     reuse an earlier publish in $SOAK_PUBLISH
# Settings: SOAK_PORT (5341), SOAK_SECONDS (60), SOAK_CONNECTIONS (64), SOAK_PUBLISH (/tmp/nlc-soak-publish).
set -euo pipefail
cd "$(dirname "$0")/.."

port=${SOAK_PORT:-5341}
seconds=${SOAK_SECONDS:-60}
connections=${SOAK_CONNECTIONS:-64}
publish=${SOAK_PUBLISH:-/tmp/nlc-soak-publish}
base="http://127.0.0.1:$port"
work=$(mktemp -d /tmp/nlc-soak.XXXXXX)
app_pid="" rewrite_pid="" breaker_pid=""

cleanup() {
  for pid in $rewrite_pid $breaker_pid $app_pid; do
    kill "$pid" 2>/dev/null || true
  done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

command -v wrk >/dev/null || { echo "wrk is not installed"; exit 1; }
if [ "${SOAK_REUSE:-0}" != 1 ] || [ ! -f "$publish/NightLegCramps.Web.dll" ]; then
  echo "== publishing Release to $publish"
  dotnet publish src/NightLegCramps.Web -c Release -o "$publish" -warnaserror >/dev/null
fi

# A temp copy of the content, so the loops never touch the repository's files.
mkdir -p "$work/content"
cp content/*.md "$work/content/"
rewritten="$work/content/relief.md"
broken="$work/content/prevention.md"
cp "$rewritten" "$work/relief.original"
cp "$broken" "$work/prevention.original"

echo "== starting the site in Production on $base"
(cd "$publish" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$base" \
  Content__Path="$work/content" Site__BaseUrl="https://nightlegcramps.example.org" \
  'Serilog__MinimumLevel__Override__Serilog.AspNetCore.RequestLoggingMiddleware=Warning' \
  dotnet NightLegCramps.Web.dll >"$work/site.log" 2>&1) &
app_pid=$!
for _ in $(seq 1 60); do
  curl -fs "$base/readyz" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "$base/readyz" >/dev/null || { echo "site did not become ready"; cat "$work/site.log"; exit 1; }
# The dotnet process itself (the subshell exec'd into it).
rss() { awk '/VmRSS/ {print $2}' "/proc/$app_pid/status"; }

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

# The warm-up runs the whole workload, edits included, so "before" is the working size of this very
# load (the reload path allocates too); growth after it is what a leak would show. Measured without the
# edits in the warm-up, "before" was 15-27 MB lower but "after" the same at 60 s and at 150 s: a plateau.
echo "== warming up (20 s, with the edits running): memory is measured once the heap has its working size"
wrk -t2 -c"$connections" -d20s -s "$work/paths.lua" "$base" >/dev/null
rss_before=$(rss)

echo "== wrk: $connections connections for $seconds s"
wrk -t2 -c"$connections" -d"${seconds}s" --timeout 5s --latency -s "$work/paths.lua" "$base" | tee "$work/wrk.txt"

kill "$rewrite_pid" "$breaker_pid" 2>/dev/null || true
wait "$rewrite_pid" "$breaker_pid" 2>/dev/null || true
rewrite_pid="" breaker_pid=""
sleep 2
rss_after=$(rss)

requests=$(awk '/requests in/ {print $1}' "$work/wrk.txt")
non2xx=$(awk '/Non-2xx or 3xx responses/ {print $NF}' "$work/wrk.txt")
socket=$(awk -F'[ ,]+' '/Socket errors/ {print $4 + $6 + $8 + $10}' "$work/wrk.txt")
reloads=$(grep -c "Content reloaded" "$work/site.log" || true)
last_good=$(grep -c "last good version is still being served" "$work/site.log" || true)
faults=$(grep -c "ERR\] An unhandled exception" "$work/site.log" || true)
status_after=$(curl -s -o /dev/null -w '%{http_code}' "$base/prevention")

echo
echo "== soak result"
echo "requests:                 ${requests:-0}"
echo "non-2xx/3xx responses:    ${non2xx:-0} (target 0)"
echo "socket errors:            ${socket:-0} (target 0)"
echo "content reloads:          $reloads (broken saves served last good: $last_good)"
echo "unhandled exceptions:     $faults"
echo "/prevention after soak:   $status_after"
echo "VmRSS before:             $((rss_before / 1024)) MB"
echo "VmRSS after:              $((rss_after / 1024)) MB"
echo "VmRSS growth:             $(((rss_after - rss_before) / 1024)) MB (target < 20)"
