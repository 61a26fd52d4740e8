#!/usr/bin/env bash
# Remakes the README's screenshots from the running site: the English pages at phone width (390 px), and the
# Spanish home, conditions and when-to-see-a-doctor pages at 390 and 1280 px, each in light and dark.
# Needs Chromium (apt-get install chromium). Run from the repository root.
set -euo pipefail
cd "$(dirname "$0")/../.."
port=5295
chrome="${CHROMIUM_PATH:-/usr/bin/chromium}"
ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$port" \
  dotnet run --project src/NightLegCramps.Web --no-launch-profile >/dev/null 2>&1 &
site=$!
trap 'kill $site 2>/dev/null || true' EXIT
for _ in $(seq 60); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 1; done

shot() { # name path theme-flag [width]
  "$chrome" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --user-data-dir="$(mktemp -d)" --hide-scrollbars $3 \
    --window-size="${4:-390}",1200 --screenshot="docs/screenshots/$1.png" "http://127.0.0.1:$port$2" >/dev/null 2>&1
}
for page in "home /" "topic /when-to-see-a-doctor" "conditions /conditions" "about /about"; do
  set -- $page
  shot "$1-light" "$2" ""
  shot "$1-dark" "$2" "--force-dark-mode"
done
for page in "es-home /es" "es-topic /es/cuando-ir-al-medico" "es-conditions /es/problemas-relacionados"; do
  set -- $page
  for width in 390 1280; do
    shot "$1-$width-light" "$2" "" "$width"
    shot "$1-$width-dark" "$2" "--force-dark-mode" "$width"
  done
done
ls -la docs/screenshots/*.png
