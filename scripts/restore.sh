#!/usr/bin/env bash
# Restore of a backup made by backup.sh into an existing database, replacing what is there.
#   scripts/restore.sh postgresql://USER@HOST:5432/DB backups/ki-register-2026-12-01.dump
# Stop all application instances first: the restore runs in one transaction and needs the tables to itself.
set -euo pipefail
url="${1:?usage: restore.sh DATABASE_URL BACKUP_FILE}"
file="${2:?usage: restore.sh DATABASE_URL BACKUP_FILE}"
# All or nothing: a failing statement rolls the whole restore back and leaves the database as it was.
pg_restore --clean --if-exists --no-owner --no-privileges --exit-on-error --single-transaction \
  --dbname="$url" "$file"
echo "Wiederhergestellt aus $file"
