#!/usr/bin/env bash
# Times a CSV import of 100,000 customers through the back office, on PostgreSQL. Not part of ./mvnw verify.
#
#   ./mvnw -DskipTests package && bench/import-100k.sh
#
# Creates a database of its own, starts Guichet on it with the demo data, writes a Windows-1252, semicolon-separated
# file of LINES customers (BENCH_IMPORT_LINES, 100000 by default), uploads it as sales administration would, starts
# the import and polls its page until it ends. Prints the upload time and the import time, only when the import
# ended DONE with every line imported or rejected; otherwise says it failed and exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
PORT="${BENCH_PORT:-18092}"
LINES="${BENCH_IMPORT_LINES:-100000}"
JAR="$(guichet_jar)"
DB="guichet_import_$$"
WORK="$(mktemp -d)"
APP_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  sleep 2
  psql -d postgres -q -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
psql -d postgres -v ON_ERROR_STOP=1 -q -c "CREATE DATABASE $DB"
guichet_start "$JAR" "$DB" "$PORT" "$WORK/app.log" -Xmx2g

echo "== Writing $LINES lines"
{
  printf 'Raison sociale;Code postal;Ville;Téléphone;Courriel\r\n'
  seq 1 "$LINES" | awk '{ printf "Société Éléphant %d;69%03d;Lyon;04 78 %02d %02d %02d;contact%d@exemple.fr\r\n", $1, $1 % 1000, $1 % 100, ($1 / 100) % 100, ($1 / 10000) % 100, $1 }'
} | iconv -f UTF-8 -t WINDOWS-1252 >"$WORK/clients.csv"

BASE="http://127.0.0.1:$PORT"
JAR_COOKIES="$WORK/cookies"
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//'; }
TOKEN="$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login" | csrf)"
curl -s -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" -d "username=adv&password=Guichet-Demo-2026&_csrf=$TOKEN" "$BASE/login"
TOKEN="$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/back/customers/import" | csrf)"
[ -n "$TOKEN" ] || { echo "Could not sign in as sales administration" >&2; exit 1; }

START=$(date +%s.%N)
LOCATION="$(curl -s -o /dev/null -w '%{redirect_url}' -c "$JAR_COOKIES" -b "$JAR_COOKIES" \
  -F "file=@$WORK/clients.csv;type=text/csv" -F "_csrf=$TOKEN" "$BASE/back/customers/import")"
UPLOADED=$(date +%s.%N)
ID="${LOCATION##*/}"
PAGE="$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/back/customers/import/$ID")"
TOKEN="$(printf '%s' "$PAGE" | csrf)"
curl -s -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" \
  -d "column0=NAME&column1=POSTAL_CODE&column2=CITY&column3=PHONE&column4=EMAIL&_csrf=$TOKEN" "$BASE/back/customers/import/$ID/run"
RUN=$(date +%s.%N)
while true; do
  STATUS="$(psql -d "$DB" -At -c "SELECT status || ' ' || processed || ' ' || imported || ' ' || rejected FROM customers_import WHERE id = $ID")"
  case "$STATUS" in RUNNING*) sleep 1 ;; *) break ;; esac
done
DONE=$(date +%s.%N)
echo "== Import $ID: $STATUS (status processed imported rejected)"
# A speed means something only for an import that ended DONE with every line of the file imported or rejected.
read -r STATE PROCESSED IMPORTED REJECTED <<<"$STATUS"
if [ "$STATE" != "DONE" ] || [ $((${IMPORTED:-0} + ${REJECTED:-0})) -ne "$LINES" ]; then
  echo "IMPORT FAILED: ended ${STATE:-nowhere} with ${IMPORTED:-0} imported + ${REJECTED:-0} rejected of $LINES lines;" \
    "no speed reported; the end of the application's log follows" >&2
  tail -n 40 "$WORK/app.log" >&2 || true
  exit 1
fi
printf '   upload and read: %.1f s; import in the background: %.1f s (%.0f lines/s)\n' \
  "$(echo "$UPLOADED - $START" | bc)" "$(echo "$DONE - $RUN" | bc)" "$(echo "$LINES / ($DONE - $RUN)" | bc -l)"
