#!/usr/bin/env bash
# Measures the start-up of `./mvnw spring-boot:run` on the embedded default (performance.md): from launching Maven until
# the application is ready to serve, i.e. all of
#   - the log says "KI-Register ist bereit" (ApplicationReadyEvent, after the demo data loaders),
#   - GET /login answers 200,
#   - the public open data (/register/export.json) lists the demo use cases.
# Prints one line per run: wall-clock from launching Maven, the JVM's own figures from the log, and the load.
#   scripts/startup-time.sh first  3   # fresh temporary data directory each run
#   scripts/startup-time.sh second 3   # the same persistent data directory (created by a first run if missing)
# Port 18180 / 55533 unless PORT / PG_PORT are set; KEEP_LOGS=DIR keeps each run's log. Extra JVM flags: JVM_ARGS="...". Build first (./mvnw compile).
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-first}"
runs="${2:-3}"
port="${PORT:-18180}"
pg_port="${PG_PORT:-55533}"
data="${DATA_DIR:-/tmp/kiregister-startup-data}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"

run_once() {
  local dir="$1" log
  log=$(mktemp)
  local args="--server.port=$port --kiregister.embedded-postgres.port=$pg_port --kiregister.embedded-postgres.data-directory=$dir"
  local jvm=()
  [[ -n "${JVM_ARGS:-}" ]] && jvm=("-Dspring-boot.run.jvmArguments=$JVM_ARGS")
  local load start now ready=""
  load=$(cut -d' ' -f1 /proc/loadavg)
  start=$(date +%s.%N)
  local pidfile="$log.pid"
  # Own process group (Maven and the application it forks), so that it can be stopped as a whole.
  setsid bash -c 'echo $$ >"$0"; exec "$@"' "$pidfile" ./mvnw -B -ntp -o spring-boot:run "${jvm[@]}" \
    "-Dspring-boot.run.arguments=$args" >"$log" 2>&1 &
  local pid=$!
  local deadline=$((SECONDS + 180))
  while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do
    if grep -q "KI-Register ist bereit" "$log" \
        && [[ $(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/login") == 200 ]] \
        && curl -s "http://localhost:$port/register/export.json" | grep -q '"source_id"'; then
      now=$(date +%s.%N)
      ready=$(echo "$now - $start" | bc)
      break
    fi
    sleep 0.1
  done
  local started bereit
  started=$(grep -o "Started KiRegisterApplication in [0-9.]* seconds (process running for [0-9.]*)" "$log" || true)
  bereit=$(grep -o "KI-Register ist bereit.*" "$log" | head -1 || true)
  kill -TERM -- -"$(cat "$pidfile")" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  # Never leave a PostgreSQL behind on our port.
  for _ in $(seq 50); do
    ss -ltn | grep -q ":$pg_port " || break
    sleep 0.2
  done
  printf '%s ready=%ss load=%s | %s | %s\n' "$mode" "${ready:-FAILED}" "$load" "$started" "$bereit"
  [[ -n "$ready" ]] || { tail -40 "$log" >&2; }
  [[ -n "${KEEP_LOGS:-}" ]] && cp "$log" "$KEEP_LOGS/$(date +%s%N).log"
  rm -f "$log" "$pidfile"
}

for _ in $(seq "$runs"); do
  if [[ $mode == first ]]; then
    run_once ""
  else
    [[ -d $data ]] || run_once "$data" >/dev/null
    run_once "$data"
  fi
done
