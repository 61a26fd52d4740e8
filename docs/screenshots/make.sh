#!/usr/bin/env bash
# Remakes the README's screenshots from the running site: home, when to see a doctor (the urgent box),
# conditions and About in English and Spanish at phone (390 px) and desktop (1280 px) width, and the
# "Is this page useful?" question at 390 px with JavaScript on and off (feedback.js), each in light and dark.
# Needs Chromium (apt-get install chromium) and node/npm (for feedback.js). Run from the repository root.
set -euo pipefail
cd "$(dirname "$0")/../.."
port=5295
chrome="${CHROMIUM_PATH:-/usr/bin/chromium}"
data="$(mktemp -d)"
# Site:BaseUrl is the address the browser uses, so the question's own posts pass the origin check; the answers
# go to a throwaway database, not the developer's.
ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$port" Site__BaseUrl="http://127.0.0.1:$port" \
  Feedback__Database="$data/feedback.db" dotnet run --project src/NightLegCramps.Web --no-launch-profile >/dev/null 2>&1 &
site=$!
trap 'kill $site 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 60); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 1; done

shot() { # name path theme-flag [width]
  "$chrome" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --user-data-dir="$(mktemp -d)" --hide-scrollbars $3 \
    --window-size="${4:-390}",1200 --screenshot="docs/screenshots/$1.png" "http://127.0.0.1:$port$2" >/dev/null 2>&1
}
# The English phone-width pictures keep their short names (the README shows them); every other is name-width-theme.
for page in "home /" "topic /when-to-see-a-doctor" "conditions /conditions" "about /about"; do
  set -- $page
  shot "$1-light" "$2" ""
  shot "$1-dark" "$2" "--force-dark-mode"
  shot "$1-1280-light" "$2" "" 1280
  shot "$1-1280-dark" "$2" "--force-dark-mode" 1280
done
for page in "es-home /es" "es-topic /es/cuando-ir-al-medico" "es-conditions /es/problemas-relacionados" "es-about /es/sobre-este-sitio"; do
  set -- $page
  for width in 390 1280; do
    shot "$1-$width-light" "$2" "" "$width"
    shot "$1-$width-dark" "$2" "--force-dark-mode" "$width"
  done
done
[ -d bench/lighthouse/node_modules/puppeteer-core ] || (cd bench/lighthouse && npm ci --no-audit --no-fund --silent)
node docs/screenshots/feedback.js "http://127.0.0.1:$port" /relief
ls -la docs/screenshots/*.png
