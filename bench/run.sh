#!/usr/bin/env bash
# Benchmark: publish a Release build, start it in Production on loopback, and measure with wrk against
# a baseline (bench/baseline: bare Kestrel sending the same bytes and headers), the app's static file
# handler and nginx, all in the same run, taking turns.
# Prints one line per figure (see docs/performance.md). Finishes in about 1.5 minutes on 2 cores.
#
#   bench/run.sh                      # topic page /relief, wrk -t2 -c32 -d5s, 3 rounds
#   BENCH_PAGE=/prevention BENCH_DURATION=10s BENCH_ROUNDS=1 bench/run.sh
#   BENCH_ACCEPT_ENCODING=br bench/run.sh   # every target is sent Accept-Encoding: br
#   BENCH_READY_TO_RUN=1 bench/run.sh       # publish the site precompiled (ReadyToRun) for this machine
set -euo pipefail
cd "$(dirname "$0")/.."

page="${BENCH_PAGE:-/relief}"
duration="${BENCH_DURATION:-5s}"
rounds="${BENCH_ROUNDS:-3}"
encoding="${BENCH_ACCEPT_ENCODING:-}"
wrk_args=(-t2 -c32 "-d$duration" --latency)
[ -n "$encoding" ] && wrk_args+=(-H "Accept-Encoding: $encoding")
app_port="${BENCH_APP_PORT:-5331}"
baseline_port="${BENCH_BASELINE_PORT:-5332}"
baseline_url="http://127.0.0.1:$baseline_port"
ready_to_run="${BENCH_READY_TO_RUN:-}"
nginx_port="${BENCH_NGINX_PORT:-5338}"
app_url="http://127.0.0.1:$app_port"
nginx_url="http://127.0.0.1:$nginx_port"
. bench/need.sh
need wrk wrk
need nginx nginx-light
need curl curl

work="$(mktemp -d /tmp/nlc-bench.XXXXXX)"
chmod 755 "$work"
app_pid="" nginx_pid="" baseline_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$baseline_pid" ] && kill "$baseline_pid" 2>/dev/null || true
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

publish_args=(-c Release -v quiet -nologo)
# BENCH_READY_TO_RUN=1 precompiles the site for this machine (ReadyToRun), to compare start-up times.
[ -n "$ready_to_run" ] && publish_args+=(-r "$(dotnet --info | awk '/RID:/ {print $2; exit}')" -p:PublishReadyToRun=true)
echo "== publishing Release build ${ready_to_run:+(ReadyToRun)}" >&2
dotnet publish src/NightLegCramps.Web "${publish_args[@]}" -o "$work/publish" >&2
dotnet publish bench/baseline -c Release -v quiet -nologo -o "$work/baseline" >&2

mkdir -p "$work/static"
echo "== starting the site in Production on $app_url" >&2
start_ns=$(date +%s%N)
# From its own folder, as deployed: the content root holds wwwroot and the bundled content.
(cd "$work/publish" && ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$app_url" Site__BaseUrl="https://nightlegcramps.example.org" \
  Benchmark__StaticFolder="$work/static" exec ./NightLegCramps.Web) >"$work/app.log" 2>&1 &
app_pid=$!
# Time to the first 200 of the page itself, polling every 10 ms.
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$app_url$page" || true)" = 200 ]; do
  kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; echo "the site did not start" >&2; exit 1; }
  [ $(( $(date +%s%N) - start_ns )) -gt 30000000000 ] && { echo "no 200 from $page within 30 s" >&2; exit 1; }
  sleep 0.01
done
first_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))

# The page's exact bytes and headers: saved as a static file for the app's own static file handler and
# for nginx, and replayed (bytes and headers) by the baseline, a bare Kestrel app kept in bench/baseline.
curl -s -D "$work/page.headers" -o "$work/static/page.html" "$app_url$page"
(cd "$work/baseline" && ASPNETCORE_URLS="$baseline_url" exec dotnet Baseline.dll "$work/page.headers" "$work/static/page.html") \
  >"$work/baseline.log" 2>&1 &
baseline_pid=$!
until curl -sf -o /dev/null "$baseline_url$page"; do
  kill -0 "$baseline_pid" 2>/dev/null || { cat "$work/baseline.log" >&2; echo "the baseline did not start" >&2; exit 1; }
  sleep 0.05
done
header_names() { curl -s -o /dev/null -D - "$1" | tail -n +2 | cut -d: -f1 | tr 'A-Z' 'a-z' | grep -v '^date$' | tr -d '\r' | grep . | sort | tr '\n' ' '; }
if [ "$(header_names "$app_url$page")" != "$(header_names "$baseline_url$page")" ]; then
  echo "the baseline's headers differ from the page's:" >&2
  echo "  page:     $(header_names "$app_url$page")" >&2
  echo "  baseline: $(header_names "$baseline_url$page")" >&2
  exit 1
fi

cat >"$work/nginx.conf" <<EOF
user root;
daemon off;
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log $work/nginx-access.log;
  client_body_temp_path $work/nginx-body;
  proxy_temp_path $work/nginx-proxy;
  fastcgi_temp_path $work/nginx-fastcgi;
  uwsgi_temp_path $work/nginx-uwsgi;
  scgi_temp_path $work/nginx-scgi;
  sendfile on;
  server { listen 127.0.0.1:$nginx_port; root $work/static; }
}
EOF
nginx -c "$work/nginx.conf" -p "$work" &
nginx_pid=$!
until curl -sf -o /dev/null "$nginx_url/page.html"; do sleep 0.05; done

# Same wrk settings and the same Accept-Encoding (none by default) for all four. The four targets
# take turns for $rounds rounds and each keeps its best round, so a burst of load from other
# processes on a shared machine does not land on one target only.
declare -A rps p50 p99
targets=(baseline page static nginx)
declare -A url=([baseline]="$baseline_url$page" [page]="$app_url$page" [static]="$app_url/bench-static/page.html" [nginx]="$nginx_url/page.html")
echo "== wrk ${wrk_args[*]}, $rounds interleaved rounds, best round kept" >&2
for t in "${targets[@]}"; do wrk "${wrk_args[@]/#-d*/-d2s}" "${url[$t]}" >/dev/null; done # warm-up
for ((r = 1; r <= rounds; r++)); do
  for t in "${targets[@]}"; do
    out="$(wrk "${wrk_args[@]}" "${url[$t]}")"
    if grep -q 'Non-2xx' <<<"$out"; then echo "$t: some responses were not 200" >&2; echo "$out" >&2; exit 1; fi
    r_rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    if awk -v a="$r_rps" -v b="${rps[$t]:-0}" 'BEGIN { exit !(a > b) }'; then
      rps[$t]=$r_rps
      p50[$t]=$(awk '$1 == "50%" {print $2}' <<<"$out")
      p99[$t]=$(awk '$1 == "99%" {print $2}' <<<"$out")
    fi
  done
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

peak_kb=$(awk '/VmHWM/ {print $2}' "/proc/$app_pid/status")

# Transfer with Brotli: the page plus every stylesheet and script it loads.
br_size() { curl -s -o /dev/null -H 'Accept-Encoding: br' -w '%{size_download}' "$1"; }
html_br=$(br_size "$app_url$page")
assets=$(grep -oE '<(link[^>]*rel="stylesheet"[^>]*href|script[^>]*src)="/[^"]*"' "$work/static/page.html" | grep -oE '"/[^"]*"$' | tr -d '"' | sort -u || true)
assets_br=0 assets_list=""
for a in $assets; do
  s=$(br_size "$app_url$a"); assets_br=$((assets_br + s)); assets_list+=" $a=${s}B"
done
html_raw=$(stat -c %s "$work/static/page.html")

printf '0. baseline (bare Kestrel, same bytes and headers): %s req/s, p50 %s, p99 %s\n' \
  "${rps[baseline]}" "${p50[baseline]}" "${p99[baseline]}"
printf '1. page %s: %s req/s, p50 %s, p99 %s; ratio page/baseline = %s (target >= 0.85) (wrk -t2 -c32 -d%s, best of %s rounds, Accept-Encoding: %s; page %s bytes uncompressed)\n' \
  "$page" "${rps[page]}" "${p50[page]}" "${p99[page]}" "$(ratio "${rps[page]}" "${rps[baseline]}")" "$duration" "$rounds" "${encoding:-none}" "$html_raw"
printf '2. same bytes as a static file from this app: %s req/s, p50 %s, p99 %s; ratio page/static = %s (target >= 0.9)\n' \
  "${rps[static]}" "${p50[static]}" "${p99[static]}" "$(ratio "${rps[page]}" "${rps[static]}")"
printf '3. same bytes from nginx: %s req/s, p50 %s, p99 %s; ratio page/nginx = %s (reference)\n' \
  "${rps[nginx]}" "${p50[nginx]}" "${p99[nginx]}" "$(ratio "${rps[page]}" "${rps[nginx]}")"
printf '4. start to first 200: %s ms%s (target <= 1000); peak resident memory after the load (VmHWM): %s MB (target <= 150)\n' \
  "$first_ms" "${ready_to_run:+ (ReadyToRun)}" "$(awk -v k="$peak_kb" 'BEGIN { printf "%.1f", k / 1024 }')"
printf '5. transferred with Brotli: %s B = page %s B + CSS/JS %s B (%s) (budget 15360 B)\n' \
  "$((html_br + assets_br))" "$html_br" "$assets_br" "${assets_list# }"
