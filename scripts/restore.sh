#!/usr/bin/env bash
# `make restore BACKUP=backups/samverkan-….tar.gz`: puts a `make backup` back as the embedded database of
# `make run`. The database must be stopped; the replaced data directory is kept beside it. PostgreSQL replays the
# WAL in the backup when it next starts.
#   scripts/restore.sh BACKUP [DATA_DIR] [PORT]        defaults: .run/pgdata, 5433
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

BACKUP="${1:?usage: scripts/restore.sh BACKUP.tar.gz [DATA_DIR] [PORT]}"
DATA="${2:-$RUN_DIR/pgdata}"
PORT="${3:-${SAMVERKAN_PG_PORT:-5433}}"
[[ -f "$BACKUP" ]] || { say "no such backup: $BACKUP"; exit 1; }
tar -tzf "$BACKUP" ./backup_label >/dev/null 2>&1 || tar -tzf "$BACKUP" backup_label >/dev/null 2>&1 \
  || { say "$BACKUP is not a backup made by make backup (no backup_label)"; exit 1; }
require_free_port "$PORT" "PostgreSQL (stop make run first)"

if [[ -e "$DATA" ]]; then
  KEPT="$DATA.before-restore-$(date -u +%Y%m%dT%H%M%SZ)"
  mv "$DATA" "$KEPT"
  say "the replaced data is kept in $KEPT"
fi
mkdir -p "$DATA"
chmod 700 "$DATA"
tar -C "$DATA" -xzf "$BACKUP"
say "restored $BACKUP into $DATA; it is replayed to the backup's end when the database next starts (make run)"
