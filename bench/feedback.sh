#!/usr/bin/env bash
# What answering "Is this page useful?" costs the readers: the published site in Production on loopback, 64
# connections reading a page (wrk) alone and while 8 more connections post answers, on SQLite (the default) and
# on PostgreSQL (a throwaway cluster: initdb and pg_ctl as the postgres user, a free port, a temporary folder,
# removed afterwards). Two loads of answers (see docs/performance.md, "Feedback under load"):
#   paced: each poster waits FEEDBACK_POST_DELAY_MS (80) between answers: 8 posters give about 95 answers a
#          second on a quiet machine (340,000 an hour), far above any real traffic. The 10% target is judged
#          on this one, and only when at least 80 answers a second were posted (the line says when not).
#   flat:  the posters answer as fast as the site takes them: a stress test (on 2 cores the posters, the
#          readers, wrk and the database all share the same cores), printed with no target.
# Each load runs FEEDBACK_ROUNDS (3) rounds of "alone" and "with posting", FEEDBACK_DURATION (10s) each, taking
# turns (alone first in odd rounds, second in even ones) so a burst of load elsewhere on a shared machine lands
# on both; then the posts alone, for the CPU time one answer costs. Prints a line per round, then per load and
# database: the median page req/s alone and with posting and the change (target: no worse than -10% for the
# paced load), the posts' rate, p50 and p99, the CPU time per page and per answer (utime+stime of the site, and
# of the PostgreSQL cluster for PostgreSQL, from /proc: this survives a loaded machine, req/s does not), errors,
# and the rows the database gained against the answers acknowledged with 303.
# The rate limiter (Feedback:PostsPerMinute, 10 per client address a minute) would answer all but 10 of a
# minute's posts from 127.0.0.1 with 429, so this script alone raises it (it still runs for every post).
# About 5 minutes plus the publish with the defaults.
#
#   bench/feedback.sh
#   FEEDBACK_STORES=sqlite FEEDBACK_LOADS=paced FEEDBACK_DURATION=5s FEEDBACK_ROUNDS=1 bench/feedback.sh
#   FEEDBACK_PAGE=/prevention FEEDBACK_READERS=32 FEEDBACK_POSTERS=4 bench/feedback.sh
#   FEEDBACK_POST_DELAY_MS=40 bench/feedback.sh   # pace each poster at about 20 answers a second
set -euo pipefail
. "$(dirname "$0")/lib.sh"

page="${FEEDBACK_PAGE:-/relief}"
duration="${FEEDBACK_DURATION:-10s}"
rounds="${FEEDBACK_ROUNDS:-3}"
readers="${FEEDBACK_READERS:-64}"
posters="${FEEDBACK_POSTERS:-8}"
stores="${FEEDBACK_STORES:-sqlite postgres}"
loads="${FEEDBACK_LOADS:-paced flat}"
post_delay_ms="${FEEDBACK_POST_DELAY_MS:-80}"
floor=80 # answers a second: the paced load may not be judged below this (docs/performance.md)
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
post_lua() { # FILE DELAY_MS
  write_tally_lua "$1" "status == 303" "wrk.method = \"POST\"
wrk.body = \"page=$slug&lang=en&useful=yes\"
wrk.headers[\"Content-Type\"] = \"application/x-www-form-urlencoded\"
wrk.headers[\"Origin\"] = \"$url\"
function delay() return $2 end"
}
post_lua "$work/paced.lua" "$post_delay_ms"
post_lua "$work/flat.lua" 0

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
  # Feedback__PostsPerMinute: every poster here is 127.0.0.1 (see the top of this file).
  start_site "$work/publish" "$port" "$work/app.log" Site__BaseUrl="$url" Feedback__PostsPerMinute=100000000 "${store_env[@]}"
  app_pid=$site_pid
  wait_for_200 "$url/readyz" "$app_pid" "$work/app.log"
}

# CPU ticks (utime+stime) used so far by the site, and for PostgreSQL by the cluster too (the postmaster, its
# children, and the children it has already reaped).
cpu_ticks() { # sqlite|postgres
  python3 - "$app_pid" "$([ "$1" = postgres ] && head -1 "$work/postgres/data/postmaster.pid" || echo 0)" <<'PY'
import os, sys
site, postmaster = sys.argv[1], sys.argv[2]
total = 0
for pid in os.listdir("/proc"):
    if not pid.isdigit(): continue
    try: fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    except OSError: continue
    ppid, ticks = fields[1], int(fields[11]) + int(fields[12])
    if pid == site or pid == postmaster or ppid == postmaster != "0": total += ticks
    if pid == postmaster: total += int(fields[13]) + int(fields[14])
print(total)
PY
}
tick_us=$((1000000 / $(getconf CLK_TCK)))
# idle_ticks sqlite|postgres: the ticks used over 3 s with nothing asked of the site, after 2 s to settle.
idle_ticks() { sleep 2; local c0; c0=$(cpu_ticks "$1"); sleep 3; echo $(( $(cpu_ticks "$1") - c0 )); }

# Answers stored, as editors count them: yes + no over every page (feedback-report reads the same settings).
rows() {
  (cd "$work/publish" && env "${store_env[@]}" ./NightLegCramps.Web feedback-report --format csv) |
    awk -F, 'NR > 1 { n += $3 + $4 } END { print n + 0 }'
}

reqs() { wrk_rps <"$1"; }
count() { awk '/requests in/ {print $1}' "$1"; }
# latency_ms FILE PERCENT: wrk's --latency figure (like 2.10ms, 950.00us or 1.20s) in ms.
latency_ms() {
  awk -v p="$2" '$1 == p { v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v)
    printf "%.2f", v * (u == "us" ? 0.001 : u == "s" ? 1000 : u == "m" ? 60000 : 1) }' "$1"
}
median() { # [DECIMALS]: the median of the numbers on standard input (separated by spaces)
  tr ' ' '\n' | grep . | sort -g |
    awk -v d="${1:-0}" '{ v[NR] = $1 } END { printf "%.*f", d, (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}
highest() { tr ' ' '\n' | grep . | sort -g | tail -1; }
change() { awk -v a="$1" -v w="$2" 'BEGIN { printf "%+.1f%%", (w - a) * 100 / a }'; }
bad_pages() { wrk_failed <"$1"; }
acked() { awk '/^good / {print $2}' "$1"; }
not_acked() { awk '/^good / {print $4}' "$1"; }

for store in $stores; do
  use_store "$store"
  start_app
  # What the site (and the cluster) use with nothing to do, in ticks over 3 s: taken off the answers' CPU
  # below. The lower of two looks (now, and before the posts alone), since right after a start (a new
  # cluster's checkpoint) or after a round (the site still writing its log) is not idle.
  idle=$(idle_ticks "$store")
  # Warm up both paths (JIT, connection pools, the page cache), then count from the rows already there.
  wrk -t2 -c"$readers" -d5s "$url$page" >/dev/null
  wrk -t1 -c"$posters" -d5s -s "$work/flat.lua" "$url/feedback" >/dev/null

  for load in $loads; do
    if [ "$load" = paced ]; then
      what="$posters posters, each waiting $post_delay_ms ms between answers"
    else
      what="$posters posters as fast as the site takes them"
    fi
    before=$(rows)
    alone_rps=""; with_rps=""; post_rps=""; p50s=""; p99s=""; page_us=""
    acknowledged=0; refused=0; page_errors=0
    for round in $(seq 1 "$rounds"); do
      order="alone with"; [ $((round % 2)) = 0 ] && order="with alone"
      for phase in $order; do
        c0=$(cpu_ticks "$store")
        if [ "$phase" = alone ]; then
          wrk -t2 -c"$readers" "-d$duration" "$url$page" >"$work/alone.txt"
          c1=$(cpu_ticks "$store")
          page_us="$page_us $(awk -v t=$((c1 - c0)) -v n="$(count "$work/alone.txt")" -v u="$tick_us" 'BEGIN { printf "%.1f", t * u / n }')"
        else
          wrk -t2 -c"$readers" "-d$duration" "$url$page" >"$work/with.txt" &
          reader_pid=$!
          wrk -t1 -c"$posters" "-d$duration" --latency -s "$work/$load.lua" "$url/feedback" >"$work/posts.txt"
          wait "$reader_pid"
        fi
      done
      a=$(reqs "$work/alone.txt"); w=$(reqs "$work/with.txt"); p=$(reqs "$work/posts.txt")
      alone_rps="$alone_rps $a"; with_rps="$with_rps $w"; post_rps="$post_rps $p"
      p50s="$p50s $(latency_ms "$work/posts.txt" 50%)"; p99s="$p99s $(latency_ms "$work/posts.txt" 99%)"
      acknowledged=$((acknowledged + $(acked "$work/posts.txt"))); refused=$((refused + $(not_acked "$work/posts.txt")))
      page_errors=$((page_errors + $(bad_pages "$work/with.txt") + $(bad_pages "$work/alone.txt")))
      printf '  %s, %s, round %s (%s first): pages %s req/s alone, %s with posting (%s); posts %s/s; load %s\n' \
        "$store" "$load" "$round" "${order%% *}" "$a" "$w" "$(change "$a" "$w")" "$p" "$(load_average)"
    done

    # The posts alone, at the same pace: the CPU time one answer costs, less what the idle site uses.
    again=$(idle_ticks "$store"); [ "$again" -lt "$idle" ] && idle=$again
    c0=$(cpu_ticks "$store")
    wrk -t1 -c"$posters" "-d$duration" -s "$work/$load.lua" "$url/feedback" >"$work/solo.txt"
    c1=$(cpu_ticks "$store")
    seconds=${duration%s}
    post_us=$(awk -v t=$((c1 - c0)) -v i="$idle" -v s="$seconds" -v n="$(count "$work/solo.txt")" -v u="$tick_us" \
      'BEGIN { c = t - i * s / 3; if (c < 0) c = 0; printf "%.0f", c * u / n }')
    acknowledged=$((acknowledged + $(acked "$work/solo.txt"))); refused=$((refused + $(not_acked "$work/solo.txt")))
    after=$(rows)

    alone=$(echo "$alone_rps" | median); with=$(echo "$with_rps" | median)
    per_page=$(echo "$page_us" | median 1); posted=$(echo "$post_rps" | median 1)
    # What the answers would take from the pages on a machine whose cores the site fills: their CPU time a
    # second against the pages' (both from /proc, so a loaded machine moves it far less than req/s).
    share=$(awk -v r="$posted" -v c="$post_us" -v a="$alone" -v p="$per_page" 'BEGIN { printf "%.1f%%", r * c * 100 / (a * p) }')
    target="target: no worse than -10%"
    [ "$load" = paced ] && awk -v r="$posted" -v f="$floor" 'BEGIN { exit !(r < f) }' &&
      target="NOT JUDGED: below the floor of $floor answers/s, the machine is too busy"
    [ "$load" = flat ] && target="stress: no target"
    printf '%s, %s (%s): pages %s req/s alone, %s with posting, median of %s rounds (%s; %s); posts %s/s, p50 %s ms, p99 %s ms (highest round); CPU per page %s us, per answer %s us (%s answers/s posted alone), so %s answers/s take %s of the CPU the pages take; errors: pages %s, posts %s not 303; rows stored %s, answers acknowledged %s (wrk -c%s, rounds of %s, %s; load average %s on %s cores)\n' \
      "$store" "$load" "$what" "$alone" "$with" "$rounds" "$(change "$alone" "$with")" "$target" \
      "$posted" "$(echo "$p50s" | median 1)" "$(echo "$p99s" | highest)" \
      "$per_page" "$post_us" "$(reqs "$work/solo.txt")" "$posted" "$share" "$page_errors" "$refused" \
      "$((after - before))" "$acknowledged" "$readers" "$duration" "$page" "$(load_average)" "$(nproc)"
  done
  stop_app
done
