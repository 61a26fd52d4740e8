# Shared by the bench/*.sh scripts (sourced, not run): the tools they need, a temp folder removed on exit with
# every process started in it, publishing the site, starting the published site in Production on loopback,
# waiting for it, and reading wrk's and /proc's figures. Each function says what it sets or prints.
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# The public address every started site is given (Site:BaseUrl is required outside Development).
bench_site_url="https://nightlegcramps.example.org"
bench_pids=()
bench_on_exit=()

# need COMMAND PACKAGE: installs PACKAGE with apt-get when COMMAND is missing.
need() {
  command -v "$1" >/dev/null && return
  echo "== installing $2" >&2
  DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
}

# bench_init NAME: sets $work to a new temp folder; on exit every tracked process is stopped, every
# bench_on_exit command run, and the folder removed.
bench_init() {
  work="$(mktemp -d "/tmp/nlc-$1.XXXXXX")"
  chmod 755 "$work"
  trap bench_cleanup EXIT
}
bench_cleanup() {
  local p c
  for p in "${bench_pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  for c in "${bench_on_exit[@]}"; do eval "$c" || true; done
  rm -rf "$work"
}

# publish_site FOLDER: a Release build of the web project only; BENCH_READY_TO_RUN=1 precompiles it for this
# machine (ReadyToRun). With BENCH_PUBLISH set to a folder that already holds a build, that one is used as it is.
publish_site() {
  if [ -n "${BENCH_PUBLISH:-}" ] && [ -f "$BENCH_PUBLISH/NightLegCramps.Web.dll" ]; then
    ln -sfn "$BENCH_PUBLISH" "$1"
    return
  fi
  local args=(-c Release -v quiet -nologo)
  [ -n "${BENCH_READY_TO_RUN:-}" ] && args+=(-r "$(dotnet --info | awk '/RID:/ {print $2; exit}')" -p:PublishReadyToRun=true)
  echo "== publishing a Release build${BENCH_READY_TO_RUN:+ (ReadyToRun)}" >&2
  dotnet publish src/NightLegCramps.Web "${args[@]}" -o "$1" >&2
}

# start_site FOLDER PORT LOG [NAME=VALUE...]: the published site in FOLDER, in Production on 127.0.0.1:PORT, from
# its own folder as deployed, with the settings given (its SQLite feedback file in $work unless they say otherwise);
# sets $site_pid (tracked: stopped on exit).
start_site() {
  local folder=$1 port=$2 log=$3
  shift 3
  (cd "$folder" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" \
    Site__BaseUrl="$bench_site_url" Feedback__Database="$work/feedback-$port.db" "$@" ./NightLegCramps.Web) >"$log" 2>&1 &
  site_pid=$!
  bench_pids+=("$site_pid")
}

# wait_for_200 URL PID LOG [SECONDS]: polls every 10 ms until URL answers 200; stops the script, with the log,
# if the process PID ends first or SECONDS (60) pass.
wait_for_200() {
  local url=$1 pid=$2 log=$3 start
  start=$(date +%s%N)
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url" || true)" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; echo "the process behind $url ended before answering" >&2; exit 1; }
    [ "$(ms_since "$start")" -gt $((${4:-60} * 1000)) ] && { cat "$log" >&2; echo "no 200 from $url within ${4:-60} s" >&2; exit 1; }
    sleep 0.01
  done
  # A 200 from a process that has ended came from someone else's server on the same port.
  kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; echo "another process answers on $url: choose another port" >&2; exit 1; }
}

# ms_since START_NS: milliseconds since START_NS (from date +%s%N).
ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

# rss_mb PID / peak_mb PID: resident memory now, and its peak (VmHWM), in MB with one decimal.
rss_mb() { awk '/^VmRSS/ {printf "%.1f", $2 / 1024}' "/proc/$1/status"; }
peak_mb() { awk '/^VmHWM/ {printf "%.1f", $2 / 1024}' "/proc/$1/status"; }

# wrk_rps: reads wrk's output, prints its requests per second.
wrk_rps() { awk '/Requests\/sec/ {print $2}'; }

# wrk_failed: reads wrk's output, prints how many requests failed: non-2xx/3xx answers plus socket errors.
wrk_failed() { awk '/Non-2xx/ {n += $NF} /Socket errors/ {gsub(/,/, ""); n += $4 + $6 + $8 + $10} END {print n + 0}'; }

# ratio A B: A / B with two decimals.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }

# load_average: the 1-minute load average, printed beside every figure (a loaded machine's figures are not targets).
load_average() { cut -d' ' -f1 /proc/loadavg; }

# write_nginx_conf FILE: an nginx config for a run in $work (in the foreground, as root, its pid, logs and temp
# folders in $work), with the contents of its http block read from standard input.
write_nginx_conf() {
  {
    cat <<EOF
user root;
daemon off;
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  client_body_temp_path $work/nginx-body;
  proxy_temp_path $work/nginx-proxy;
  fastcgi_temp_path $work/nginx-fastcgi;
  uwsgi_temp_path $work/nginx-uwsgi;
  scgi_temp_path $work/nginx-scgi;
EOF
    cat
    echo "}"
  } >"$1"
}

# start_nginx FILE URL: nginx with the config FILE (tracked), once URL answers 200.
start_nginx() {
  nginx -c "$1" -p "$work" -e "$work/nginx-error.log" &
  bench_pids+=($!)
  wait_for_200 "$2" $! "$work/nginx-error.log"
}

# free_port: a TCP port on 127.0.0.1 that nothing listens on now (bash's /dev/tcp: a refused connection).
free_port() {
  local p
  while :; do
    p=$((20000 + RANDOM % 12000))
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
}

# as_postgres COMMAND...: runs COMMAND as the postgres user when we are root (initdb refuses root), from /tmp.
as_postgres() { (cd /tmp && if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi); }

# start_postgres: a throwaway PostgreSQL cluster in $work/postgres on a free port, stopped and removed on exit,
# with an empty database "feedback"; installs postgresql when its binaries are missing. Sets $pg_bin, $pg_port
# and $pg_connection (the site's ConnectionStrings:Feedback).
start_postgres() {
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -z "$pg_bin" ]; then
    need pg_ctlcluster postgresql
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
  pg_port=$(free_port)
  mkdir -p "$work/postgres"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$work/postgres"
  echo "== starting a throwaway PostgreSQL cluster on port $pg_port" >&2
  as_postgres "$pg_bin/initdb" -D "$work/postgres/data" -A trust -U postgres -E UTF8 --no-sync >/dev/null
  as_postgres "$pg_bin/pg_ctl" -D "$work/postgres/data" -w -t 60 -l "$work/postgres/log" \
    -o "-p $pg_port -k $work/postgres -c listen_addresses=127.0.0.1" start >/dev/null
  bench_on_exit+=("as_postgres '$pg_bin/pg_ctl' -D '$work/postgres/data' stop -m immediate >/dev/null 2>&1")
  as_postgres "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres feedback
  pg_connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=feedback;Timeout=5"
}

# psql_feedback SQL: runs SQL in the throwaway cluster's feedback database, prints the bare result.
psql_feedback() { "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d feedback -Atqc "$1"; }

# write_flood_lua FILE [SET]: a wrk script for the distinct-key flood (issue 11) in FILE: every request a new key,
# a search, a handout of made-up topics or a lookup of a made-up code. Each of wrk's threads counts from 0, so with
# -t2 every key is asked twice, and the second asking is the one the page cache keeps (a variation asked once is
# not kept): the flood fills the cache, the worst case. SET (0 to 9) gives keys no other set uses.
write_flood_lua() {
  local set=${2:-0}
  sed "s/@SET@/$set/g" >"$1" <<'LUA'
local n = @SET@ * 10000000
request = function()
  n = n + 1
  local k = n % 3
  if k == 0 then return wrk.format("GET", "/conditions?q=flood" .. n .. string.rep("x", 200)) end
  if k == 1 then return wrk.format("GET", "/handout?topics=relief,flood" .. n) end
  return wrk.format("GET", "/connect?mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.c=Z" .. (n % 90 + 10) .. "." .. n)
end
LUA
}

# flood_twice PID BASE SECONDS: the distinct-key flood against BASE in two halves of SECONDS each, after a short
# flood of other keys that compiles and warms each flooded page (so the JIT's code for a page once read does
# not count as growth). Sets $flood_before, $flood_half, $flood_after (resident MB) and $flood_requests.
# Memory is bounded when the second half adds (almost) nothing: the cache is full by then and made-up keys
# only replace each other. A leak grows in both halves alike.
flood_twice() {
  local pid=$1 base=$2 seconds=$3
  write_flood_lua "$work/warm.lua" 1
  write_flood_lua "$work/flood.lua" 2
  write_flood_lua "$work/flood2.lua" 3
  wrk -t2 -c8 -d3s -s "$work/warm.lua" "$base" >/dev/null
  wrk -t2 -c16 -d3s "$base/relief" >/dev/null
  flood_before=$(rss_mb "$pid")
  wrk -t2 -c32 -d"${seconds}s" -s "$work/flood.lua" "$base" >"$work/flood1.txt"
  flood_half=$(rss_mb "$pid")
  wrk -t2 -c32 -d"${seconds}s" -s "$work/flood2.lua" "$base" >"$work/flood2.txt"
  sleep 1
  flood_after=$(rss_mb "$pid")
  flood_requests=$(cat "$work/flood1.txt" "$work/flood2.txt" | awk '/requests in/ {n += $1} END {print n}')
  flood_failed=$(( $(wrk_failed <"$work/flood1.txt") + $(wrk_failed <"$work/flood2.txt") ))
}

# served_from_cache URL: "yes" when the answer carries the output cache's Age header (a stored copy), else "no".
served_from_cache() { curl -s -o /dev/null -D - "$1" | grep -qi '^age:' && echo yes || echo no; }

# write_tally_lua FILE CONDITION [PRELUDE]: a wrk script in FILE that counts the answers for which the Lua
# expression CONDITION (over status, headers and body) holds as good and the rest as bad, and prints
# "good N bad M" at the end; PRELUDE (Lua) comes first, to set the method, body or headers.
write_tally_lua() {
  {
    [ -n "${3:-}" ] && printf '%s\n' "$3"
    cat <<LUA
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) good = 0; bad = 0 end
function response(status, headers, body)
  if $2 then good = good + 1 else bad = bad + 1 end
end
function done(summary, latency, requests)
  local g, b = 0, 0
  for _, t in ipairs(threads) do g = g + t:get("good"); b = b + t:get("bad") end
  io.write(string.format("good %d bad %d\\n", g, b))
end
LUA
  } >"$1"
}
