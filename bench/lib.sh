# Shared by the scripts of bench/: sourced, not run. The local PostgreSQL, and Guichet started on a database of its own.
PGHOST="${PGHOST:-127.0.0.1}"; PGPORT="${PGPORT:-5432}"; PGUSER="${PGUSER:-postgres}"
export PGHOST PGPORT PGUSER

# The application jar built by ./mvnw package, or exits.
guichet_jar() {
  local jar
  jar="$(ls target/guichet-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)"
  [ -n "$jar" ] || { echo "No target/guichet-*.jar: run ./mvnw -DskipTests package first" >&2; exit 2; }
  printf '%s' "$jar"
}

# guichet_start JAR DB PORT LOG [java options...]: starts Guichet with the demo data on database DB, sets APP_PID,
# returns when it is ready; exits (with the end of LOG) if it stops or is not ready in BENCH_READY_SECONDS (300) s.
guichet_start() {
  local jar="$1" db="$2" port="$3" log="$4"
  shift 4
  SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" SPRING_DATASOURCE_USERNAME="$PGUSER" \
    GUICHET_DEMO_DATA=true SERVER_PORT="$port" java "$@" -jar "$jar" >>"$log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 "${BENCH_READY_SECONDS:-300}"); do
    if curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then tail -50 "$log"; echo "The application stopped" >&2; exit 1; fi
    sleep 1
  done
  tail -50 "$log"; echo "The application did not become ready in ${BENCH_READY_SECONDS:-300} s" >&2; exit 1
}

# guichet_api_token DB USERNAME NAME: prints a new API token of that account, written straight into the database
# (only its hash is stored).
guichet_api_token() {
  local secret hash
  secret="gch_${3}_$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  hash="$(printf '%s' "$secret" | sha256sum | cut -d' ' -f1)"
  psql -d "$1" -v ON_ERROR_STOP=1 -q -c "INSERT INTO identity_api_token (user_id, name, token_prefix, token_hash, created_at, created_by)
    SELECT id, '$3', '${secret:0:10}', '$hash', now(), '$3' FROM identity_user WHERE username = '$2'"
  printf '%s' "$secret"
}
