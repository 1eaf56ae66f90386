#!/usr/bin/env bash
# Crash check: creates requests under load through the API, kills the application with SIGKILL in the middle,
# restarts it, and verifies that every request that was answered 201 is in the database with its first message and
# its history. Runs against the local PostgreSQL on a database of its own; bounded to a few minutes.
#
#   bench/crash-check.sh            (after ./mvnw package or ./mvnw verify, which build target/guichet-*.jar)
#
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), CRASH_WORKERS (8), CRASH_LOAD_SECONDS (15),
# CRASH_MIN_ACKED (100: fewer requests answered 201 before the kill fail the check, as proving nothing).
set -euo pipefail
cd "$(dirname "$0")/.."

. bench/lib.sh
WORKERS="${CRASH_WORKERS:-8}"
LOAD_SECONDS="${CRASH_LOAD_SECONDS:-15}"
# Below this many acknowledged creations the kill hit an idle or failing application: the check fails.
MIN_ACKED="${CRASH_MIN_ACKED:-100}"
PORT="${CRASH_PORT:-18080}"
JAR="$(guichet_jar)"

WORK="$(mktemp -d)"
DB="guichet_crash_$$"
APP_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill -9 "$APP_PID" 2>/dev/null || true
  psql -d postgres -q -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

psql -d postgres -v ON_ERROR_STOP=1 -q -c "CREATE DATABASE $DB"

echo "== Starting Guichet on PostgreSQL database $DB"
guichet_start "$JAR" "$DB" "$PORT" "$WORK/app.log"

SECRET="$(guichet_api_token "$DB" integration.erp crashcheck)"

# The demo's year is seeded in the background after the application is ready: the load waits for it, so that the
# creations measured are the application's, not what is left of two cores while the demo is written.
for _ in $(seq 1 180); do
  grep -q "Demo data seeded" "$WORK/app.log" && break
  sleep 1
done

echo "== Load: $WORKERS clients for ${LOAD_SECONDS}s, then SIGKILL"
worker() {
  local n=0
  while [ ! -e "$WORK/stop" ]; do
    n=$((n + 1))
    local body="{\"subject\":\"Crash check $1-$n\",\"description\":\"Client $1, demande $n\",\"category\":\"OTHER\",\"channel\":\"PHONE\",\"requesterName\":\"Client $1\"}"
    local out
    out="$(curl -s -m 5 -w '\n%{http_code}' -H "Authorization: Bearer $SECRET" -H 'Content-Type: application/json' \
      -d "$body" "http://127.0.0.1:$PORT/api/v1/requests" 2>/dev/null || true)"
    if [ "$(printf '%s' "$out" | tail -n 1)" = "201" ]; then
      printf '%s' "$out" | grep -o 'DEM-[0-9]\{4\}-[0-9]\{6,\}' | head -n 1 >>"$WORK/acked.$1"
    fi
  done
}
for w in $(seq 1 "$WORKERS"); do worker "$w" & done
sleep "$LOAD_SECONDS"
kill -9 "$APP_PID"
wait "$APP_PID" 2>/dev/null || true
APP_PID=""
touch "$WORK/stop"
wait
cat "$WORK"/acked.* 2>/dev/null | sort -u >"$WORK/acked.txt" || true
ACKED=$(wc -l <"$WORK/acked.txt" | tr -d ' ')
echo "   requests answered 201 before the kill: $ACKED"
if [ "$ACKED" -lt "$MIN_ACKED" ]; then
  echo "CRASH CHECK FAILED: only $ACKED requests acknowledged (fewer than $MIN_ACKED): too few to prove anything" >&2
  tail -n 40 "$WORK/app.log" >&2 || true
  exit 1
fi

echo "== Restarting on the same database"
guichet_start "$JAR" "$DB" "$PORT" "$WORK/app.log"

psql -d "$DB" -v ON_ERROR_STOP=1 -q -c "CREATE TABLE crash_acked (reference VARCHAR(20) PRIMARY KEY)"
psql -d "$DB" -v ON_ERROR_STOP=1 -q -c "\\copy crash_acked FROM '$WORK/acked.txt'"
MISSING=$(psql -d "$DB" -At -c "SELECT COUNT(*) FROM crash_acked a
  WHERE NOT EXISTS (SELECT 1 FROM requests_request r
                    JOIN requests_event e ON e.request_id = r.id AND e.kind = 'SUBMITTED'
                    JOIN requests_message m ON m.request_id = r.id
                    WHERE r.reference = a.reference)")
TOTAL=$(psql -d "$DB" -At -c "SELECT COUNT(*) FROM requests_request WHERE subject LIKE 'Crash check %'")
READY=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $SECRET" "http://127.0.0.1:$PORT/api/v1")
echo "   acknowledged: $ACKED, in the database: $TOTAL, acknowledged but missing or without history: $MISSING, API after restart: $READY"
if [ "$MISSING" != "0" ] || [ "$READY" != "200" ]; then
  echo "CRASH CHECK FAILED" >&2
  exit 1
fi
echo "CRASH CHECK PASSED"
