#!/usr/bin/env bash
# Measures how long an editor's change takes to show on the running site (target: under 1000 ms).
# Starts the built site in Production over a temporary copy of content/, changes files the ways
# editors do, and polls the page until the change is visible. Prints every sample and a summary.
#
#   bench/reload.sh [SAMPLES] [PORT]      (defaults: 5 samples, port 5301; run `dotnet build` first)
set -euo pipefail
cd "$(dirname "$0")/.."
samples="${1:-5}"
port="${2:-5301}"
base="http://127.0.0.1:$port"
bin="src/NightLegCramps.Web/bin/Debug/net10.0"
[ -f "$bin/NightLegCramps.Web.dll" ] || dotnet build src/NightLegCramps.Web -v q >/dev/null

content="$(mktemp -d)"
cp content/*.md "$content/"
log="$(mktemp)"
( cd "$bin" && ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$base" Content__Path="$content" Site__BaseUrl="https://nightlegcramps.example.org" \
    exec dotnet NightLegCramps.Web.dll >"$log" 2>&1 ) &
server=$!
trap 'kill "$server" 2>/dev/null; rm -rf "$content" "$log"' EXIT

for _ in $(seq 100); do curl -sf -o /dev/null "$base/relief" && break; sleep 0.1; done
curl -sf -o /dev/null "$base/relief" || { echo "site did not start"; cat "$log"; exit 1; }

now_ms() { date +%s%3N; }

# Polls PATH until the body contains TEXT (or, with TEXT=404, until it answers 404); prints elapsed ms,
# or "timeout" after 10 s.
wait_for() {
  local path="$1" text="$2" start="$3" body
  while (( $(now_ms) - start < 10000 )); do
    if [ "$text" = "404" ]; then
      [ "$(curl -s -o /dev/null -w '%{http_code}' "$base$path")" = "404" ] && { echo $(( $(now_ms) - start )); return; }
    else
      body="$(curl -s "$base$path")"   # not piped into grep -q: an early exit would fail the pipeline
      [[ "$body" == *"$text"* ]] && { echo $(( $(now_ms) - start )); return; }
    fi
  done
  echo timeout
}

declare -A results
record() { results[$1]="${results[$1]:-} $2"; printf '%-22s %5s ms\n' "$1" "$2"; }

for i in $(seq "$samples"); do
  marker="Bench edit $i $RANDOM"

  # 1. an edit in place
  start=$(now_ms)
  sed -i "0,/When a cramp hits/s//$marker. When a cramp hits/" "$content/relief.md"
  record "edit" "$(wait_for /relief "$marker" "$start")"

  # 2. an editor's save by rename (write a temporary file, rename it over the page)
  marker="Bench rename-save $i $RANDOM"
  sed "0,/When a cramp hits/s//$marker. When a cramp hits/" "$content/relief.md" >"$content/.relief.md.tmp"
  start=$(now_ms)
  mv -f "$content/.relief.md.tmp" "$content/relief.md"
  record "save by rename" "$(wait_for /relief "$marker" "$start")"

  # 3. a new page
  marker="Bench new page $i $RANDOM"
  sed -e "s/^slug: relief/slug: bench-$i/" -e "0,/When a cramp hits/s//$marker. When a cramp hits/" "$content/relief.md" >"$content/.new.tmp"
  start=$(now_ms)
  mv "$content/.new.tmp" "$content/bench-$i.md"
  record "new page" "$(wait_for "/bench-$i" "$marker" "$start")"

  # 4. a deleted page
  start=$(now_ms)
  rm "$content/bench-$i.md"
  record "delete" "$(wait_for "/bench-$i" 404 "$start")"
done

echo "--"
for kind in "edit" "save by rename" "new page" "delete"; do
  # shellcheck disable=SC2086
  printf '%s\n' ${results[$kind]} | sort -n | awk -v k="$kind" '{a[NR]=$1} END {printf "%-22s median %4d ms, max %4d ms (target 1000 ms)\n", k, a[int((NR+1)/2)], a[NR]}'
done
