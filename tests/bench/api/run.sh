#!/usr/bin/env bash
# The local API against the seed's stack, in the same run (docs/BENCHMARKS.md): helios-cli serve
# and the same endpoints in FastAPI (fastapi_app.py, Debian's python3-fastapi + uvicorn, one
# worker) over the same SQLite file, both driven by wrk at 1, 16 and 128 connections.
#   tests/bench/api/run.sh [BUILD_DIR] [SECONDS] [RUNS]     (default: build, 5, 3)
# Prints a Markdown table: requests per second and p50/p99 latency of each, and Helios's ratio.
# Each row is measured RUNS times and each figure is the median of the runs: on this shared VM a
# single run's p99 at 1 connection moves between 0.25 and 3 ms from one second to the next (the
# same endpoint, nothing else running), which one run alone would report as the server's.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
BUILD=$(cd "${1:-$HERE/../../../build}" && pwd)
SECONDS_EACH=${2:-5}
RUNS=${3:-3}
CLI=$BUILD/bin/helios-cli
PY=/usr/bin/python3 # Debian's, with python3-fastapi and python3-uvicorn
# 77: skipped (ctest's SKIP_RETURN_CODE) when a tool is missing.
for tool in wrk curl sqlite3 "$PY" "$CLI"; do command -v "$tool" >/dev/null || { echo "run.sh: $tool is missing" >&2; exit 77; }; done
"$PY" -c 'import fastapi, uvicorn, prometheus_client' 2>/dev/null || { echo "run.sh: python3-fastapi, python3-uvicorn and python3-prometheus-client are missing" >&2; exit 77; }

WORK=$(mktemp -d)
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
export XDG_DATA_HOME=$WORK/xdg HELIOS_API_TOKEN=bench-token-0123456789abcdef
DB=$WORK/helios.db

# 30 plans of 10 tasks and one of 200 (the plan read in the benchmark), imported as Helios JSON.
"$PY" "$HERE/make_plans.py" "$WORK/plans.json"
"$CLI" --db "$DB" import "$WORK/plans.json" --format json >/dev/null
BIG=$(sqlite3 "$DB" "SELECT id FROM plans WHERE goal = 'Two hundred tasks'")
# 30 more of the same as the person's own templates: the public plans both servers page (Helios
# lists them before its built-in templates, so a page of 20 is these in both).
"$PY" "$HERE/make_plans.py" "$WORK/templates.json" Template
"$CLI" --db "$DB" import "$WORK/templates.json" --format json >/dev/null
for id in $(sqlite3 "$DB" "SELECT id FROM plans WHERE goal LIKE 'Template %'"); do
  "$CLI" --db "$DB" template set "$id" >/dev/null
done
[[ $(sqlite3 "$DB" "SELECT count(*) FROM plans WHERE is_template = 1") == 30 ]] || { echo "run.sh: the templates were not made" >&2; exit 1; }
[[ $(sqlite3 "$DB" "SELECT count(*) FROM tasks WHERE plan_id = $BIG") == 200 ]] || { echo "run.sh: the 200-task plan was not imported" >&2; exit 1; }

HELIOS_PORT=18901 FASTAPI_PORT=18902
"$CLI" --db "$DB" serve --port $HELIOS_PORT >"$WORK/helios.out" 2>&1 & PIDS+=($!)
HELIOS_BENCH_DB=$DB "$PY" -m uvicorn fastapi_app:app --app-dir "$HERE" --port $FASTAPI_PORT \
  --no-access-log --log-level warning >"$WORK/fastapi.out" 2>&1 & PIDS+=($!)
for port in $HELIOS_PORT $FASTAPI_PORT; do
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
done

# Before each measurement both servers must be idle: a server left with a backlog of answers
# wrk no longer waits for (uvicorn after 128 connections keeps computing for about half a second)
# would otherwise share the 2 cores with the other server's next row and put its work in that
# row's tail. Waits until neither process used CPU over 300 ms (at most 10 s).
cpu_ticks() { local total=0 pid; for pid in "$@"; do total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat"))); done; echo "$total"; }
wait_idle() {
  local before after
  for _ in $(seq 33); do
    before=$(cpu_ticks "${PIDS[@]}"); sleep 0.3; after=$(cpu_ticks "${PIDS[@]}")
    ((after == before)) && return 0
  done
  echo "run.sh: the servers did not go idle within 10 s" >&2
}

AUTH="Authorization: Bearer $HELIOS_API_TOKEN"
FAILED=0
# wrk's figures: requests/s, p50 and p99 in ms (one run).
measure_once() {
  local url=$1 connections=$2 threads=2
  ((connections == 1)) && threads=1
  wait_idle
  wrk -t$threads -c"$connections" -d"${SECONDS_EACH}s" --latency -H "$AUTH" -H "Accept-Encoding: gzip" "$url" |
    awk 'function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
         /Requests\/sec:/ { rps = $2 }
         $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) }
         /Non-2xx/ { bad = $NF }
         END { printf "%.0f %.3f %.3f %s\n", rps, p50, p99, (bad == "" ? 0 : bad) }'
}
# The median of RUNS runs, figure by figure; non-2xx answers summed.
measure() {
  local runs=()
  for _ in $(seq "$RUNS"); do runs+=("$(measure_once "$1" "$2")"); done
  printf '%s\n' "${runs[@]}" |
    awk '{ r[NR] = $1; a[NR] = $2; b[NR] = $3; bad += $4 }
         function median(x, n,   i, j, t) { for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (x[j] < x[i]) { t = x[i]; x[i] = x[j]; x[j] = t }
                                            return (n % 2) ? x[(n + 1) / 2] : (x[n / 2] + x[n / 2 + 1]) / 2 }
         END { printf "%.0f %.3f %.3f %d\n", median(r, NR), median(a, NR), median(b, NR), bad }'
}

echo "| endpoint | connections | Helios req/s | FastAPI req/s | ratio | Helios p50 / p99 ms | FastAPI p50 / p99 ms |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
for path in "/healthz" "/api/v1/plans?limit=20" "/api/v1/plans/$BIG" "/api/v1/public-plans?page=1&limit=20" "/metrics"; do
  for c in 1 16 128; do
    read -r hr h50 h99 hbad < <(measure "http://127.0.0.1:$HELIOS_PORT$path" "$c")
    read -r fr f50 f99 fbad < <(measure "http://127.0.0.1:$FASTAPI_PORT$path" "$c")
    [[ $hbad == 0 && $fbad == 0 ]] || { echo "run.sh: non-2xx answers ($path, $c): Helios $hbad, FastAPI $fbad" >&2; FAILED=1; }
    ratio=$(awk -v a="$hr" -v b="$fr" 'BEGIN { printf "%.1f×", (b > 0 ? a / b : 0) }')
    echo "| \`${path/$BIG/{200-task plan\}}\` | $c | $hr | $fr | $ratio | $h50 / $h99 | $f50 / $f99 |"
  done
done
curl -s -H "$AUTH" "http://127.0.0.1:$HELIOS_PORT/metrics" |
  awk '/^http_request_duration_seconds_sum\{route="\/api\/v1\/public-plans"\}/ { s = $2 }
       /^http_request_duration_seconds_count\{route="\/api\/v1\/public-plans"\}/ { n = $2 }
       END { if (n > 0) printf "\npublic-plans server time: %.1f µs a request on average over %d requests\n", s / n * 1e6, n }'
exit $FAILED
