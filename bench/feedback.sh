#!/usr/bin/env bash
# What answering "Is this page useful?" costs the readers: the published site in Production on loopback,
# 64 connections reading a page (wrk), first alone and then while 8 more connections post answers as fast as
# the site takes them, on SQLite (the default) and on PostgreSQL (a throwaway cluster: initdb and pg_ctl as the
# postgres user, a free port, a temporary folder, removed afterwards). Prints one line per database (see
# docs/performance.md): page req/s without and with posting, the posts' p50/p99, errors, and the rows in the
# database against the answers acknowledged with 303. Target: posting costs the pages at most 10% of req/s.
# About 2.5 minutes plus the publish with the defaults.
#
#   bench/feedback.sh
#   FEEDBACK_STORES=sqlite FEEDBACK_DURATION=10s bench/feedback.sh
#   FEEDBACK_PAGE=/prevention FEEDBACK_READERS=32 FEEDBACK_POSTERS=4 bench/feedback.sh
#   FEEDBACK_POST_DELAY_MS=100 bench/feedback.sh   # each poster waits 100 ms between answers (8 x 10 a second)
set -euo pipefail
. "$(dirname "$0")/lib.sh"

page="${FEEDBACK_PAGE:-/relief}"
duration="${FEEDBACK_DURATION:-30s}"
readers="${FEEDBACK_READERS:-64}"
posters="${FEEDBACK_POSTERS:-8}"
stores="${FEEDBACK_STORES:-sqlite postgres}"
# 0: as fast as the site takes them (a stress test: on 2 cores the posts then take most of the CPU). A pause
# between answers measures what a steady stream of answers costs the readers.
post_delay_ms="${FEEDBACK_POST_DELAY_MS:-0}"
pacing=""
[ "$post_delay_ms" != 0 ] && pacing=", each waiting $post_delay_ms ms between answers,"
need wrk wrk
need curl curl
need python3 python3
bench_init feedback
app_pid=""
stop_app() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  app_pid=""
}

publish_site "$work/publish"

port="$(free_port)"
url="http://127.0.0.1:$port"
slug="${page#/}"
[ -z "$slug" ] && slug=home

# The posters: the form's first step ("Yes"), from the site's own origin, as the page sends it. Each wrk
# thread counts the 303s (acknowledged, so promised to be stored) and anything else; done() adds them up.
write_tally_lua "$work/post.lua" "status == 303" "wrk.method = \"POST\"
wrk.body = \"page=$slug&lang=en&useful=yes\"
wrk.headers[\"Content-Type\"] = \"application/x-www-form-urlencoded\"
wrk.headers[\"Origin\"] = \"$url\"
function delay() return $post_delay_ms end"

# Settings for one database: SQLite in a fresh file, or a fresh database in the throwaway cluster.
store_env=()
use_store() { # sqlite|postgres
  if [ "$1" = sqlite ]; then
    store_env=("Feedback__Database=$work/data/feedback.db")
    return
  fi
  [ -z "${pg_connection:-}" ] && start_postgres
  store_env=("Feedback__Provider=Postgres" "ConnectionStrings__Feedback=$pg_connection")
}

start_app() {
  start_site "$work/publish" "$port" "$work/app.log" Site__BaseUrl="$url" Feedback__PostsPerMinute=100000000 "${store_env[@]}"
  app_pid=$site_pid
  wait_for_200 "$url/readyz" "$app_pid" "$work/app.log"
}

# Answers stored, as editors count them: yes + no over every page (feedback-report reads the same settings).
rows() {
  (cd "$work/publish" && env "${store_env[@]}" ./NightLegCramps.Web feedback-report --format csv) |
    awk -F, 'NR > 1 { n += $3 + $4 } END { print n + 0 }'
}

reqs() { wrk_rps <"$1"; }
errors() { # wrk output: non-2xx/3xx answers and socket errors
  local bad sock
  bad=$(awk '/Non-2xx or 3xx/ {print $NF}' "$1"); sock=$(grep -o 'Socket errors:.*' "$1" || true)
  echo "${bad:-0} bad status${sock:+, $sock}"
}
pct() { awk '$1 == "'"$1"'" {print $2}' "$2"; }

for store in $stores; do
  use_store "$store"
  start_app
  # Warm up both paths (JIT, connection pools, the page cache), then start from the rows already there.
  wrk -t2 -c"$readers" -d3s "$url$page" >/dev/null
  wrk -t1 -c"$posters" -d3s -s "$work/post.lua" "$url/feedback" >/dev/null
  before=$(rows)

  wrk -t2 -c"$readers" "-d$duration" "$url$page" >"$work/alone.txt"
  wrk -t2 -c"$readers" "-d$duration" "$url$page" >"$work/with.txt" &
  reader_pid=$!
  wrk -t1 -c"$posters" "-d$duration" --latency -s "$work/post.lua" "$url/feedback" >"$work/posts.txt"
  wait "$reader_pid"
  after=$(rows)
  stop_app

  alone=$(reqs "$work/alone.txt"); with=$(reqs "$work/with.txt")
  read -r _ acked _ other < <(grep '^good ' "$work/posts.txt")
  printf '%s: pages %s req/s alone, %s req/s while %s connections post%s (%s; target: no worse than -10%%); posts %s/s, p50 %s, p99 %s; errors: pages %s, posts %s not 303 (%s); rows stored %s, answers acknowledged %s (wrk -c%s -d%s %s, %s cores)\n' \
    "$store" "$alone" "$with" "$posters" "$pacing" "$(awk -v a="$alone" -v w="$with" 'BEGIN { printf "%+.1f%%", (w - a) * 100 / a }')" \
    "$(reqs "$work/posts.txt")" "$(pct 50% "$work/posts.txt")" "$(pct 99% "$work/posts.txt")" \
    "$(errors "$work/with.txt")" "$other" "$(errors "$work/posts.txt")" "$((after - before))" "$acked" \
    "$readers" "$duration" "$page" "$(nproc)"
done
