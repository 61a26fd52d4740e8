#!/usr/bin/env bash
# The distinct-key flood (issue 11): wrk sends made-up ?q=, ?topics= and /connect values, each different, for
# FLOOD_SECONDS; prints resident memory before and after, the page cache's limit, and /relief's requests per
# second before and after. Loopback only, bounded in time, and it stops everything it started.
#   bench/cache-flood.sh                  publish Release, then flood
#   FLOOD_REUSE=1 bench/cache-flood.sh    reuse an earlier publish in $FLOOD_PUBLISH
# Settings: FLOOD_PORT (5351), FLOOD_SECONDS (30), FLOOD_PUBLISH (/tmp/nlc-flood-publish).
set -euo pipefail
cd "$(dirname "$0")/.."

port=${FLOOD_PORT:-5351}
seconds=${FLOOD_SECONDS:-30}
publish=${FLOOD_PUBLISH:-/tmp/nlc-flood-publish}
base="http://127.0.0.1:$port"
work=$(mktemp -d /tmp/nlc-flood.XXXXXX)
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }
if [ "${FLOOD_REUSE:-0}" != 1 ] || [ ! -f "$publish/NightLegCramps.Web.dll" ]; then
  echo "== publishing Release to $publish"
  dotnet publish src/NightLegCramps.Web -c Release -o "$publish" -warnaserror >/dev/null
fi

echo "== starting the site in Production on $base"
(cd "$publish" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$base" \
  Site__BaseUrl="https://nightlegcramps.example.org" \
  'Serilog__MinimumLevel__Override__Serilog.AspNetCore.RequestLoggingMiddleware=Warning' \
  ./NightLegCramps.Web >"$work/site.log" 2>&1) &
app_pid=$!
for _ in $(seq 1 60); do curl -fs "$base/readyz" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "$base/readyz" >/dev/null || { echo "site did not become ready"; cat "$work/site.log"; exit 1; }
rss() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$app_pid/status"; }
relief() { wrk -t2 -c16 -d5s "$base/relief" | awk '/Requests\/sec/ {print $2}'; }

cat >"$work/flood.lua" <<'LUA'
-- Every request a new key: a search, a handout of made-up topics, a lookup of a made-up code.
local n = 0
request = function()
  n = n + 1
  local k = n % 3
  if k == 0 then return wrk.format("GET", "/conditions?q=flood" .. n .. string.rep("x", 200)) end
  if k == 1 then return wrk.format("GET", "/handout?topics=relief,flood" .. n) end
  return wrk.format("GET", "/connect?mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.c=Z" .. (n % 90 + 10) .. "." .. n)
end
LUA

wrk -t2 -c16 -d5s "$base/relief" >/dev/null # warm up
rss_before=$(rss)
relief_before=$(relief)
echo "== flood: $seconds s of distinct keys"
wrk -t2 -c32 -d"${seconds}s" -s "$work/flood.lua" "$base" | tee "$work/wrk.txt"
sleep 2
rss_after=$(rss)
relief_after=$(relief)

echo
echo "== cache flood result"
echo "flood requests:      $(awk '/requests in/ {print $1}' "$work/wrk.txt") (each a new key)"
echo "VmRSS before:        $rss_before MB"
echo "VmRSS after:         $rss_after MB (growth $((rss_after - rss_before)) MB; page cache limit PageCache:SizeLimitMegabytes, 32 by default)"
echo "/relief req/s:       $relief_before before, $relief_after after"
