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
. "$(dirname "$0")/lib.sh"

page="${BENCH_PAGE:-/relief}"
duration="${BENCH_DURATION:-5s}"
rounds="${BENCH_ROUNDS:-3}"
encoding="${BENCH_ACCEPT_ENCODING:-}"
wrk_args=(-t2 -c32 "-d$duration" --latency)
[ -n "$encoding" ] && wrk_args+=(-H "Accept-Encoding: $encoding")
app_port="${BENCH_APP_PORT:-$(free_port)}"
baseline_port="${BENCH_BASELINE_PORT:-$(free_port)}"
baseline_url="http://127.0.0.1:$baseline_port"
ready_to_run="${BENCH_READY_TO_RUN:-}"
nginx_port="${BENCH_NGINX_PORT:-$(free_port)}"
app_url="http://127.0.0.1:$app_port"
nginx_url="http://127.0.0.1:$nginx_port"

need wrk wrk
need nginx nginx-light
need curl curl
bench_init bench

publish_site "$work/publish"
dotnet publish bench/baseline -c Release -v quiet -nologo -o "$work/baseline" >&2

mkdir -p "$work/static"
echo "== starting the site in Production on $app_url" >&2
start_ns=$(date +%s%N)
start_site "$work/publish" "$app_port" "$work/app.log" Benchmark__StaticFolder="$work/static"
app_pid=$site_pid
# Time to the first 200 of the page itself, polling every 10 ms.
wait_for_200 "$app_url$page" "$app_pid" "$work/app.log" 30
first_ms=$(ms_since "$start_ns")

# The page's exact bytes and headers: saved as a static file for the app's own static file handler and
# for nginx, and replayed (bytes and headers) by the baseline, a bare Kestrel app kept in bench/baseline.
curl -s -D "$work/page.headers" -o "$work/static/page.html" "$app_url$page"
(cd "$work/baseline" && ASPNETCORE_URLS="$baseline_url" exec dotnet Baseline.dll "$work/page.headers" "$work/static/page.html") \
  >"$work/baseline.log" 2>&1 &
bench_pids+=($!)
wait_for_200 "$baseline_url$page" $! "$work/baseline.log"
header_names() { curl -s -o /dev/null -D - "$1" | tail -n +2 | cut -d: -f1 | tr 'A-Z' 'a-z' | grep -v '^date$' | tr -d '\r' | grep . | sort | tr '\n' ' '; }
if [ "$(header_names "$app_url$page")" != "$(header_names "$baseline_url$page")" ]; then
  echo "the baseline's headers differ from the page's:" >&2
  echo "  page:     $(header_names "$app_url$page")" >&2
  echo "  baseline: $(header_names "$baseline_url$page")" >&2
  exit 1
fi

write_nginx_conf "$work/nginx.conf" <<EOF
  include /etc/nginx/mime.types;
  access_log $work/nginx-access.log;
  sendfile on;
  server { listen 127.0.0.1:$nginx_port; root $work/static; }
EOF
start_nginx "$work/nginx.conf" "$nginx_url/page.html"

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
    r_rps=$(wrk_rps <<<"$out")
    if awk -v a="$r_rps" -v b="${rps[$t]:-0}" 'BEGIN { exit !(a > b) }'; then
      rps[$t]=$r_rps
      p50[$t]=$(awk '$1 == "50%" {print $2}' <<<"$out")
      p99[$t]=$(awk '$1 == "99%" {print $2}' <<<"$out")
    fi
  done
done
peak=$(peak_mb "$app_pid")

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
  "$first_ms" "${ready_to_run:+ (ReadyToRun)}" "$peak"
printf '5. transferred with Brotli: %s B = page %s B + CSS/JS %s B (%s) (budget 15360 B)\n' \
  "$((html_br + assets_br))" "$html_br" "$assets_br" "${assets_list# }"
printf '6. load average (1 min) at the end: %s on %s cores (well above 0 means other work shared the machine: not a target measurement)\n' \
  "$(load_average)" "$(nproc)"
