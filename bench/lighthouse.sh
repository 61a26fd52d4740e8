#!/usr/bin/env bash
# Lighthouse (mobile settings, the default form factor) over every page of a published Release build running
# in Production on loopback. Prints the four category scores per page; the target is 100 in each.
#   bench/lighthouse.sh            # port 5322 unless LIGHTHOUSE_PORT is set
# Needs node/npm (the lighthouse version is pinned in bench/lighthouse/package-lock.json) and Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
port=${LIGHTHOUSE_PORT:-5322}
base="http://127.0.0.1:$port"
export CHROME_PATH=${CHROME_PATH:-${CHROMIUM_PATH:-/usr/bin/chromium}}
out=$(mktemp -d)
results="$root/bench/results/lighthouse"
mkdir -p "$results"

echo "== lighthouse (pinned in bench/lighthouse/package-lock.json)"
[ -x bench/lighthouse/node_modules/.bin/lighthouse ] || (cd bench/lighthouse && npm ci --no-audit --no-fund --silent)

echo "== publish (Release)"
dotnet publish src/NightLegCramps.Web -c Release -o "$out/site" -nologo -v q >/dev/null

echo "== start in Production on $base"
ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$base" Site__BaseUrl="$base" \
  dotnet "$out/site/NightLegCramps.Web.dll" --contentRoot "$out/site" >"$out/site.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$out"' EXIT
for _ in $(seq 60); do curl -sf "$base/" >/dev/null && break; sleep 0.5; done
curl -sf "$base/" >/dev/null || { echo "the site did not start:"; cat "$out/site.log"; exit 1; }

# Every page in the sitemap (every language), the pages each home's footer links to (About, for clinicians),
# plus the pages written as views. (Lighthouse refuses to audit a 404 response, so the "not found" page is
# covered by the browser tests' axe run instead.)
# LIGHTHOUSE_PAGES="/relief /conditions" audits only those (to re-run a page a busy machine scored low).
if [ -n "${LIGHTHOUSE_PAGES:-}" ]; then
  read -ra pages <<<"$LIGHTHOUSE_PAGES"
else
  mapfile -t pages < <({
    curl -s "$base/sitemap.xml" | grep -o '<loc>[^<]*</loc>' | sed -e 's/<[^>]*>//g' -e "s|^$base||" -e 's|^$|/|'
    for home in / /es; do curl -s "$base$home" | sed -n '/<footer/,/<\/footer>/p' | grep -o 'href="/[^"#]*"' | cut -d'"' -f2; done
    printf '%s\n' "/conditions?q=thyroid" /handout /es/handout
  } | awk '!seen[$0]++')
fi

printf '%-32s %5s %5s %5s %5s\n' page perf a11y best seo
for page in "${pages[@]}"; do
  name=$(echo "${page#/}" | tr -c 'a-z0-9-\n' '_'); name=${name:-home}
  bench/lighthouse/node_modules/.bin/lighthouse "$base$page" --quiet \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run" \
    --output=json --output-path="$results/$name.json" >/dev/null 2>"$out/lh.log" || { echo "$page: lighthouse failed"; tail -5 "$out/lh.log"; continue; }
  node -e '
    const r = require(process.argv[1]); const c = r.categories;
    const s = k => c[k] ? Math.round(c[k].score * 100) : "-";
    console.log(process.argv[2].padEnd(32), ...["performance","accessibility","best-practices","seo"].map(k => String(s(k)).padStart(5)));
    for (const [k, cat] of Object.entries(c)) for (const ref of cat.auditRefs) {
      const a = r.audits[ref.id];
      if (ref.weight > 0 && a.score !== null && a.score < 1) console.log("    " + k + ": " + a.id + " (" + a.title + ")");
    }' "$results/$name.json" "$page"
done
echo "full reports: $results/"
