#!/usr/bin/env bash
# Several instances: three published copies of the site behind nginx as a load balancer, all on loopback,
# all reading one content folder. Prints (see docs/deploying.md, "Several instances"):
#   1. how long an edit takes to show on every instance (target <= 1 s), over several edits;
#   2. whether every instance gives the same page the same ETag;
#   3. requests per second through nginx with one instance and with three, and of one instance alone;
#   4. what happens when one instance is killed under load (proxy_next_upstream: no failed request).
# Bounded: every wait has a deadline, wrk runs for fixed times; about 2 minutes on 2 cores.
#
#   bench/cluster.sh
#   CLUSTER_EDITS=10 CLUSTER_DURATION=10s bench/cluster.sh
set -euo pipefail
cd "$(dirname "$0")/.."

page="${CLUSTER_PAGE:-/relief}"
edits="${CLUSTER_EDITS:-5}"
duration="${CLUSTER_DURATION:-5s}"
base_port="${CLUSTER_PORT:-5340}"           # nginx on this port (three instances), one-instance nginx on +1, instances on +2..+4
lb_url="http://127.0.0.1:$base_port"
single_lb_url="http://127.0.0.1:$((base_port + 1))"
ports=($((base_port + 2)) $((base_port + 3)) $((base_port + 4)))
. bench/need.sh
need wrk wrk
need nginx nginx-light
need curl curl

work="$(mktemp -d /tmp/nlc-cluster.XXXXXX)"
chmod 755 "$work"
pids=() nginx_pid=""
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

echo "== publishing Release build" >&2
dotnet publish src/NightLegCramps.Web -c Release -o "$work/publish" -v quiet -nologo >&2
# One content folder for all three, as a shared volume would be.
cp -r content "$work/content"

start_instance() { # index
  local port="${ports[$1]}"
  (cd "$work/publish" && ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" \
    Site__BaseUrl="https://nightlegcramps.example.org" Content__Path="$work/content" \
    exec ./NightLegCramps.Web) >"$work/app$1.log" 2>&1 &
  pids[$1]=$!
}
wait_ready() { # url
  local start; start=$(date +%s%N)
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$1/readyz" || true)" = 200 ]; do
    [ "$(ms_since "$start")" -gt 60000 ] && { echo "$1 not ready within 60 s" >&2; cat "$work"/app*.log >&2; exit 1; }
    sleep 0.05
  done
}

echo "== starting three instances on ports ${ports[*]}" >&2
for i in 0 1 2; do start_instance "$i"; done
for i in 0 1 2; do wait_ready "http://127.0.0.1:${ports[$i]}"; done

upstream() { for p in "$@"; do echo "    server 127.0.0.1:$p max_fails=1 fail_timeout=5s;"; done; }
cat >"$work/nginx.conf" <<EOF
user root;
daemon off;
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx-body;
  proxy_temp_path $work/nginx-proxy;
  fastcgi_temp_path $work/nginx-fastcgi;
  uwsgi_temp_path $work/nginx-uwsgi;
  scgi_temp_path $work/nginx-scgi;
  upstream three {
$(upstream "${ports[@]}")
    keepalive 32;
  }
  upstream one {
$(upstream "${ports[0]}")
    keepalive 32;
  }
  # The settings docs/deploying.md recommends: a refused or reset connection, or a 502/503/504, is retried
  # on the next instance (GET and HEAD only, which is all the pages are).
  proxy_http_version 1.1;
  proxy_set_header Connection "";
  proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
  proxy_set_header X-Forwarded-Proto \$scheme;
  proxy_connect_timeout 1s;
  proxy_next_upstream error timeout http_502 http_503 http_504;
  proxy_next_upstream_tries 3;
  server { listen 127.0.0.1:$base_port; location / { proxy_pass http://three; } }
  server { listen 127.0.0.1:$((base_port + 1)); location / { proxy_pass http://one; } }
}
EOF
nginx -c "$work/nginx.conf" -p "$work" -e "$work/nginx-error.log" &
nginx_pid=$!
until curl -sf -o /dev/null "$lb_url$page"; do sleep 0.05; done

# 1. An edit, saved the way editors' tools save (write a new file, rename it over the old), timed until
# every instance serves it. The page's summary (its meta description) carries a new marker each time.
file="$work/content${page}.md"
[ "$page" = / ] && file="$work/content/home.md"
times=()
# Edit 0 is the first reload of each instance (its code is compiled then): printed on its own, not counted.
for ((n = 0; n <= edits; n++)); do
  marker="edit-$n-$RANDOM"
  sed -E "0,/^summary: /s//summary: ($marker) /" "$file" >"$file.tmp"
  start=$(date +%s%N)
  mv "$file.tmp" "$file"
  for p in "${ports[@]}"; do
    until curl -s "http://127.0.0.1:$p$page" | grep -q "$marker"; do
      [ "$(ms_since "$start")" -gt 10000 ] && { echo "edit $n not on port $p after 10 s" >&2; exit 1; }
      sleep 0.01
    done
  done
  if [ "$n" = 0 ]; then first=$(ms_since "$start"); else times+=("$(ms_since "$start")"); fi
  sleep 0.3
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
printf '1. edit visible on all 3 instances: median %s ms, max %s ms over %s edits (%s; first reload after start %s ms) (target <= 1000 ms)\n' \
  "${sorted[$(( ${#sorted[@]} / 2 ))]}" "${sorted[-1]}" "$edits" "${times[*]}" "$first"

# 2. The same page, the same ETag, whichever instance answers.
etags=""
for enc in identity br; do
  for p in "${ports[@]}"; do
    etags+="$(curl -s -o /dev/null -D - -H "Accept-Encoding: $enc" "http://127.0.0.1:$p$page" | awk 'tolower($1) == "etag:" {print $2}' | tr -d '\r') "
  done
done
answers=$(tr ' ' '\n' <<<"$etags" | grep -c . | tr -d ' ')
unique=$(tr ' ' '\n' <<<"$etags" | grep . | sort -u | wc -l | tr -d ' ')
printf '2. ETags for %s from 3 instances, plain and Brotli: %s different in %s answers (2 expected: one per encoding): %s\n' "$page" "$unique" "$answers" "$etags"

# 3. Throughput: through nginx with three instances, with one, and one instance alone. Turns, best of 2.
best() { # url
  local b=0 r
  for _ in 1 2; do
    r=$(wrk -t2 -c32 "-d$duration" "$1" | awk '/Requests\/sec/ {print $2}')
    b=$(awk -v a="$r" -v b="$b" 'BEGIN { print (a > b ? a : b) }')
  done
  echo "$b"
}
for u in "$lb_url$page" "$single_lb_url$page" "http://127.0.0.1:${ports[0]}$page"; do wrk -t2 -c32 -d1s "$u" >/dev/null; done
three=$(best "$lb_url$page")
one=$(best "$single_lb_url$page")
alone=$(best "http://127.0.0.1:${ports[0]}$page")
printf '3. req/s through nginx: three instances %s, one instance %s (ratio %s); one instance without nginx %s (wrk -t2 -c32 -d%s, best of 2; %s cores)\n' \
  "$three" "$one" "$(awk -v a="$three" -v b="$one" 'BEGIN { printf "%.2f", a / b }')" "$alone" "$duration" "$(nproc)"

# 4. Kill one instance (SIGKILL, no goodbye) a third of the way into a run through the balancer.
wrk_secs=${duration%s}
kill_after=$(awk -v d="$wrk_secs" 'BEGIN { printf "%.1f", d * 2 / 3 }')
wrk -t2 -c32 "-d$((wrk_secs * 2))s" "$lb_url$page" >"$work/kill.txt" &
wrk_pid=$!
sleep "$kill_after"
kill -9 "${pids[1]}"
wait "${pids[1]}" 2>/dev/null || true
wait "$wrk_pid"
requests=$(awk '/requests in/ {print $1}' "$work/kill.txt")
non2xx=$(awk '/Non-2xx/ {print $NF}' "$work/kill.txt")
socket=$(grep -o 'Socket errors:.*' "$work/kill.txt" || echo "Socket errors: none")
printf '4. instance on port %s killed (SIGKILL) %ss into %ss of load through nginx: %s requests, %s non-2xx, %s\n' \
  "${ports[1]}" "$kill_after" "$((wrk_secs * 2))" "$requests" "${non2xx:-0}" "$socket"
