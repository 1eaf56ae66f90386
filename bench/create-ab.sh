#!/usr/bin/env bash
# Compares the creation path of several builds on this machine, one after the other, each on a fresh database:
#
#   bench/create-ab.sh old.jar new.jar old.jar new.jar
#
# For each jar: starts it on PostgreSQL, runs bench/RequestBench.java in -DcreateOnly mode (60 s warm-up, 20 s at
# 16 clients, then the API-root baseline) and prints the CPU seconds the application, PostgreSQL and the generator
# used during the measured creation run. Alternate the jars: this kind of machine varies by tens of percent from one
# minute to the next, the baseline row says how fast it was at that moment.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
PORT="${BENCH_PORT:-18091}"; WARMUP="${BENCH_WARMUP:-60}"; SECONDS_PER_RUN="${BENCH_SECONDS:-20}"
DB="guichet_ab_$$"
APP_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  psql -d postgres -q -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
}
trap cleanup EXIT
ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
postgres_ticks() { local t=0 p; for p in $(pgrep -u postgres); do t=$((t + $(ticks "$p"))); done; echo "$t"; }

for JAR in "$@"; do
  cleanup; APP_PID=""
  psql -d postgres -v ON_ERROR_STOP=1 -q -c "CREATE DATABASE $DB"
  guichet_start "$JAR" "$DB" "$PORT" "/tmp/create-ab-$$.log" -Xmx2g
  secret="$(guichet_api_token "$DB" accueil bench)"
  java -Dwarmup="$WARMUP" -Dclients=16 -DcreateOnly=true bench/RequestBench.java "http://127.0.0.1:$PORT" "$secret" x x \
    "$SECONDS_PER_RUN" >"/tmp/create-ab-$$.txt" &
  BENCH_PID=$!
  sleep $((WARMUP + 3))
  a0=$(ticks "$APP_PID"); p0=$(postgres_ticks); b0=$(ticks "$BENCH_PID")
  sleep $((SECONDS_PER_RUN - 6))
  a1=$(ticks "$APP_PID"); p1=$(postgres_ticks); b1=$(ticks "$BENCH_PID")
  wait "$BENCH_PID"
  echo "== $JAR"
  cat "/tmp/create-ab-$$.txt"
  echo "CPU during $((SECONDS_PER_RUN - 6)) s of the creation run: application $(((a1 - a0)))0 ms, PostgreSQL $(((p1 - p0)))0 ms, generator $(((b1 - b0)))0 ms"
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
done
rm -f "/tmp/create-ab-$$.log" "/tmp/create-ab-$$.txt"
