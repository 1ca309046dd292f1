#!/usr/bin/env bash
# `make backup`: an online base backup of the embedded PostgreSQL of `make run` (PostgreSQL's low-level backup API:
# pg_backup_start, a copy of the data directory, pg_backup_stop, plus the WAL written meanwhile), as one .tar.gz
# that `make restore` (scripts/restore.sh) puts back. The database keeps serving while it runs.
#   scripts/backup.sh [PORT] [DATA_DIR] [OUT_DIR]     defaults: 5433, .run/pgdata, backups/
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PORT="${1:-${SAMVERKAN_PG_PORT:-5433}}"
DATA="$(cd "${2:-$RUN_DIR/pgdata}" && pwd)"
OUT_DIR="${3:-$ROOT/backups}"
command -v psql >/dev/null || { say "make backup needs psql (Debian: apt-get install postgresql-client)"; exit 1; }
[[ -f "$DATA/PG_VERSION" ]] || { say "no database in $DATA"; exit 1; }
port_is_free "$PORT" && { say "no PostgreSQL answers on port $PORT: start it (make run) first"; exit 1; }

mkdir -p "$OUT_DIR"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
OUT="$OUT_DIR/samverkan-$STAMP.tar.gz"

# One session: the backup started in it must be stopped in it. tar exit 1 only says a file changed while read,
# which the WAL replay at restore repairs; the backup label is what pg_backup_stop returns.
cat > "$WORK/copy.sh" <<COPY
#!/usr/bin/env bash
tar -C "$DATA" --exclude=./pg_wal --exclude=./postmaster.pid --exclude=./postmaster.opts \
  --warning=no-file-changed --warning=no-file-removed -cf "$WORK/base.tar" . ; s=\$?
(( s <= 1 )) && touch "$WORK/copied"
COPY
chmod +x "$WORK/copy.sh"
psql -h localhost -p "$PORT" -U postgres -d postgres -X -q -At -v ON_ERROR_STOP=1 <<SQL >/dev/null
select pg_backup_start('samverkan $STAMP', true);
\! "$WORK/copy.sh"
select labelfile from pg_backup_stop(false) \g '$WORK/backup_label'
SQL
[[ -f "$WORK/copied" && -s "$WORK/backup_label" ]] || { say "backup failed"; exit 1; }

# the WAL from the backup's start up to its stop, so the copy can be made consistent at restore
mkdir -p "$WORK/pg_wal"
cp -p "$DATA"/pg_wal/0* "$WORK/pg_wal/"
# psql's unaligned output ends the label with one newline too many
sed -i -e '${/^$/d}' "$WORK/backup_label"
tar -C "$WORK" -rf "$WORK/base.tar" backup_label pg_wal
gzip -c "$WORK/base.tar" > "$OUT"
say "backup written: $OUT ($(du -h "$OUT" | cut -f1))"
echo "$OUT"
