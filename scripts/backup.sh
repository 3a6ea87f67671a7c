#!/usr/bin/env bash
# Backup of the KI-Register database: one pg_dump archive (custom format, compressed), restorable with restore.sh.
#   scripts/backup.sh postgresql://USER@HOST:5432/DB  backups/ki-register-$(date +%F).dump
# The password comes from PGPASSWORD or ~/.pgpass, never from the command line. pg_dump must be at least the
# server's major version (PostgreSQL 17 in production: the postgresql-client-17 package).
set -euo pipefail
url="${1:?usage: backup.sh DATABASE_URL OUTPUT_FILE}"
out="${2:?usage: backup.sh DATABASE_URL OUTPUT_FILE}"
mkdir -p "$(dirname "$out")"
# A consistent snapshot of everything (schema, Flyway history, sessions, audit, event publications), without
# owners and grants, so it restores into any database the operator chooses.
pg_dump --format=custom --no-owner --no-privileges --file="$out" "$url"
echo "Sicherung geschrieben: $out ($(du -h "$out" | cut -f1))"
