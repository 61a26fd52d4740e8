#!/usr/bin/env bash
# Several instances: three published copies of the site behind nginx as a load balancer, all on loopback, reading
# one content folder and keeping "Is this page useful?" answers in one PostgreSQL database (a throwaway cluster in
# the temp folder, on a free port, removed afterwards). Prints (see docs/deploying.md, "Several instances"):
#   1. how long an edit takes to show on every instance (target <= 1 s), over several edits;
#   2. whether every instance gives the same page the same ETag;
#   3. whether an answer posted to each instance lands in the one database;
#   4. requests per second through nginx with three instances and with one, and of one instance alone;
#   5. failed requests when one instance is killed (SIGKILL) under load (proxy_next_upstream; target 0).
# Bounded: every wait has a deadline, wrk runs for fixed times; about 2 minutes after the publish on 2 cores.
#
#   bench/cluster.sh
#   CLUSTER_EDITS=10 CLUSTER_DURATION=10s bench/cluster.sh
#   BENCH_PUBLISH=/tmp/published bench/cluster.sh     # use a build published earlier
set -euo pipefail
. "$(dirname "$0")/lib.sh"

page="${CLUSTER_PAGE:-/relief}"
edits="${CLUSTER_EDITS:-5}"
duration="${CLUSTER_DURATION:-5s}"

need wrk wrk
need nginx nginx-light
need curl curl
bench_init cluster
# Free ports: nginx for three instances, nginx for one, and the three instances.
lb_port=$(free_port) single_lb_port=$(free_port)
ports=($(free_port) $(free_port) $(free_port))
lb_url="http://127.0.0.1:$lb_port"
single_lb_url="http://127.0.0.1:$single_lb_port"

# The shared feedback database: one throwaway PostgreSQL cluster for all three instances.
start_postgres
publish_site "$work/publish"
# One content folder for all three, as a shared volume would be.
cp -r content "$work/content"

echo "== starting three instances on ports ${ports[*]}" >&2
pids=()
for i in 0 1 2; do
  # Each migrates at start (the default); EF Core's lock in the database lets one do it while the others wait.
  start_site "$work/publish" "${ports[$i]}" "$work/app$i.log" Content__Path="$work/content" \
    Feedback__Provider=Postgres ConnectionStrings__Feedback="$pg_connection"
  pids[$i]=$site_pid
done
for i in 0 1 2; do wait_for_200 "http://127.0.0.1:${ports[$i]}/readyz" "${pids[$i]}" "$work/app$i.log"; done

upstream() { for p in "$@"; do echo "    server 127.0.0.1:$p max_fails=1 fail_timeout=5s;"; done; }
write_nginx_conf "$work/nginx.conf" <<EOF
  access_log off;
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
  server { listen 127.0.0.1:$lb_port; location / { proxy_pass http://three; } }
  server { listen 127.0.0.1:$single_lb_port; location / { proxy_pass http://one; } }
EOF
start_nginx "$work/nginx.conf" "$lb_url$page"

# 1. An edit, saved the way editors' tools save (write a new file, rename it over the old), timed until every
# instance serves it. The page's summary (its meta description) carries a new marker each time.
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
  "${sorted[$((${#sorted[@]} / 2))]}" "${sorted[-1]}" "$edits" "${times[*]}" "$first"

# 2. The same page, the same ETag, whichever instance answers.
etags=""
for enc in identity br; do
  for p in "${ports[@]}"; do
    etags+="$(curl -s -o /dev/null -D - -H "Accept-Encoding: $enc" "http://127.0.0.1:$p$page" | awk 'tolower($1) == "etag:" {print $2}' | tr -d '\r') "
  done
done
answers=$(tr ' ' '\n' <<<"$etags" | grep -c .)
unique=$(tr ' ' '\n' <<<"$etags" | grep . | sort -u | wc -l)
printf '2. ETags for %s from 3 instances, plain and Brotli: %s different in %s answers (target 2: one per encoding): %s\n' \
  "$page" "$unique" "$answers" "$etags"

# 3. One answer posted to each instance, as the page's form posts it; all three must be in the one database.
slug="${page#/}"
statuses=""
for p in "${ports[@]}"; do
  statuses+="$(curl -s -o /dev/null -w '%{http_code}' -H "Origin: $bench_site_url" \
    --data "page=${slug:-home}&lang=en&useful=yes" "http://127.0.0.1:$p/feedback") "
done
stored=$(psql_feedback "SELECT count(*) FROM feedback")
printf '3. an answer posted to each instance: statuses %s(target 303 each); answers in the one PostgreSQL database: %s (target 3)\n' \
  "$statuses" "$stored"

# 4. Throughput: through nginx with three instances, with one, and one instance alone. Turns, best of 2.
best() { # url
  local b=0 r
  for _ in 1 2; do
    r=$(wrk -t2 -c32 "-d$duration" "$1" | wrk_rps)
    b=$(awk -v a="$r" -v b="$b" 'BEGIN { print (a > b ? a : b) }')
  done
  echo "$b"
}
for u in "$lb_url$page" "$single_lb_url$page" "http://127.0.0.1:${ports[0]}$page"; do wrk -t2 -c32 -d1s "$u" >/dev/null; done
three=$(best "$lb_url$page")
one=$(best "$single_lb_url$page")
alone=$(best "http://127.0.0.1:${ports[0]}$page")
printf '4. req/s through nginx: three instances %s, one instance %s (ratio %s); one instance without nginx %s (wrk -t2 -c32 -d%s, best of 2; %s cores, load average %s)\n' \
  "$three" "$one" "$(ratio "$three" "$one")" "$alone" "$duration" "$(nproc)" "$(load_average)"

# 5. Kill one instance (SIGKILL, no goodbye) a third of the way into a run through the balancer.
wrk_secs=${duration%s}
kill_after=$(awk -v d="$wrk_secs" 'BEGIN { printf "%.1f", d * 2 / 3 }')
wrk -t2 -c32 "-d$((wrk_secs * 2))s" "$lb_url$page" >"$work/kill.txt" &
wrk_pid=$!
sleep "$kill_after"
kill -9 "${pids[1]}"
wait "${pids[1]}" 2>/dev/null || true
wait "$wrk_pid"
requests=$(awk '/requests in/ {print $1}' "$work/kill.txt")
failed=$(wrk_failed <"$work/kill.txt")
printf '5. instance on port %s killed (SIGKILL) %ss into %ss of load through nginx: %s requests, %s failed (target 0: non-2xx/3xx answers and socket errors)\n' \
  "${ports[1]}" "$kill_after" "$((wrk_secs * 2))" "$requests" "$failed"
