#!/usr/bin/env bash
# Proves backup.sh and restore.sh (operations.md): a scratch PostgreSQL gets the schema and the demo register from the
# application itself, is backed up, wiped and restored, and every table must then hold exactly what it held.
# Runs on Debian with its PostgreSQL 15 (installed if missing; the procedure is the same for 17), as root or not.
#   bash scripts/backup-restore-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bin=/usr/lib/postgresql/15/bin
if [[ ! -x $bin/pg_dump || ! -x $bin/postgres ]]; then
  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql-15
fi
export PATH="$bin:$PATH"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

work=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
run_as=()
if [[ $(id -u) -eq 0 ]]; then
  chown postgres "$work"
  run_as=(runuser -u postgres --)
fi
cleanup() {
  [[ -n "${app:-}" ]] && kill "$app" 2>/dev/null || true
  "${run_as[@]}" pg_ctl -D "$work/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

"${run_as[@]}" initdb -D "$work/data" -U postgres --auth=trust --encoding=UTF8 >/dev/null
"${run_as[@]}" pg_ctl -D "$work/data" -o "-p $port -k $work -c listen_addresses=localhost" -l "$work/pg.log" -w start >/dev/null
url="postgresql://postgres@localhost:$port/postgres"

echo "1/5 Anwendung migriert die Datenbank und lädt das Demo-Register ..."
./mvnw -B -ntp -q -DskipTests package
"$JAVA_HOME/bin/java" -jar target/ki-register-*.jar --server.port=0 --spring.datasource.url="jdbc:postgresql://localhost:$port/postgres" \
  --spring.datasource.username=postgres --spring.datasource.password= --kiregister.demo.enabled=true \
  --kiregister.scheduling.enabled=false >"$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 180); do
  grep -q "KI-Register ist bereit" "$work/app.log" && break
  kill -0 "$app" 2>/dev/null || { cat "$work/app.log"; echo "Anwendung nicht gestartet" >&2; exit 1; }
  sleep 1
done
grep -q "KI-Register ist bereit" "$work/app.log" || { echo "Anwendung nicht bereit" >&2; exit 1; }
sleep 5 # the demo data's asynchronous listeners (mails, stale approvals) finish their writes
kill "$app"; wait "$app" 2>/dev/null || true; app=

# Rows per table and a hash over all of them, in a stable order.
fingerprint() {
  psql -X -q -A -t "$url" -c "select string_agg(format('%s %s', t, (xpath('/row/c/text()',
      query_to_xml(format('select count(*) || '':'' || coalesce(md5(string_agg(x::text, ''|'' order by x::text)), '''') as c from %I x', t),
      false, true, '')))[1]::text), E'\n' order by t) from unnest(array(select tablename::text from pg_tables
      where schemaname = 'public')) t"
}
before=$(fingerprint)
echo "$before" | grep -q '^use_case [1-9]' || { echo "keine Demo-Anwendungsfälle in der Datenbank" >&2; exit 1; }

echo "2/5 Sicherung ..."
scripts/backup.sh "$url" "$work/ki-register.dump"
echo "3/5 Datenbank leeren ..."
PGOPTIONS="-c client_min_messages=warning" psql -X -q "$url" -c "drop schema public cascade; create schema public;"
[[ "$(psql -X -A -t "$url" -c "select count(*) from pg_tables where schemaname = 'public'")" == 0 ]]
echo "4/5 Wiederherstellung ..."
scripts/restore.sh "$url" "$work/ki-register.dump"
echo "5/5 Vergleich ..."
after=$(fingerprint)
if [[ "$before" != "$after" ]]; then
  diff <(echo "$before") <(echo "$after") || true
  echo "FEHLER: Inhalt nach der Wiederherstellung verschieden" >&2
  exit 1
fi
echo "$after" | sed "s/:.*//" | awk '{ printf "%-28s %s\n", $1, $2 }'
echo "OK: $(echo "$after" | wc -l) Tabellen nach Sicherung, Leeren und Wiederherstellung unverändert."
