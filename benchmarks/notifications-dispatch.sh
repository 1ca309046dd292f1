#!/usr/bin/env bash
# Dispatch of 10,000 queued notifications (issue 11): a throw-away embedded PostgreSQL (5451), GreenMail as the real
# SMTP server (SMTP 3035, IMAP 3153, API 8035) and TWO API instances (8097, 8098, -Xmx512m, no demo data) whose
# dispatchers run every 500 ms against the same outbox. 10,000 due mails to 100 addresses are committed in one
# transaction; the script times until every row is SENT, then counts what GreenMail received: exactly 10,000 (no
# duplicates with two dispatchers, nothing lost). Writes benchmarks/results/notifications-dispatch-<date>.md.
# Needs psql (postgresql-client), the built API (make bench builds it) and Keycloak (for the API's OIDC start).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
trap stop_started EXIT

PG_PORT="${NOTIFY_BENCH_PG_PORT:-5451}"
API_PORTS=("${NOTIFY_BENCH_API_PORT:-8097}" "${NOTIFY_BENCH_API_PORT2:-8098}")
SMTP_PORT=3035 IMAP_PORT=3153 MAIL_API_PORT=8035
COUNT="${NOTIFY_BENCH_COUNT:-10000}"
ADDRESSES=100

command -v psql >/dev/null || { say "psql is needed (apt-get install -y postgresql-client)"; exit 1; }
mkdir -p "$RUN_DIR" "$ROOT/benchmarks/results"
start_postgres "$PG_PORT" "$RUN_DIR/notify-bench-pgdata" --clean
# GreenMail keeps every mail in memory: give it room for 10,000.
install_greenmail
setsid java -Xmx1g -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.smtp.port=$SMTP_PORT -Dgreenmail.imap.port=$IMAP_PORT \
  -Dgreenmail.auth.disabled -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port=$MAIL_API_PORT \
  -jar "$GREENMAIL_JAR" > "$RUN_DIR/notify-bench-greenmail.log" 2>&1 &
STARTED_PIDS+=($!)
wait_for_http "http://localhost:$MAIL_API_PORT/api/service/readiness" 60 "$RUN_DIR/notify-bench-greenmail.log" "${STARTED_PIDS[-1]}"
"$ROOT/scripts/keycloak.sh" start >/dev/null 2>&1 || true
"$ROOT/scripts/keycloak.sh" wait

for port in "${API_PORTS[@]}"; do
  require_free_port "$port" API
  QUARKUS_MAILER_HOST=127.0.0.1 QUARKUS_MAILER_PORT=$SMTP_PORT SAMVERKAN_NOTIFICATIONS_DISPATCH_EVERY=500ms \
  SAMVERKAN_HTTP_PORT="$port" SAMVERKAN_DB_URL="$SAMVERKAN_DB_URL_EFFECTIVE" SAMVERKAN_DEMO_DATA=false \
    MALLOC_ARENA_MAX=2 MALLOC_MMAP_THRESHOLD_=65536 setsid java @"$ROOT/backend/jvm.options" -Xmx512m -jar "$BACKEND_JAR" > "$RUN_DIR/notify-bench-api-$port.log" 2>&1 &
  STARTED_PIDS+=($!)
  wait_for_http "http://localhost:$port/q/health/ready" 180 "$RUN_DIR/notify-bench-api-$port.log" "${STARTED_PIDS[-1]}"
done

sql() { PGPASSWORD=postgres psql -tA -v ON_ERROR_STOP=1 -h localhost -p "$PG_PORT" -U postgres -d postgres -c "$1"; }
say "queueing $COUNT notifications ..."
t0=$(date +%s%3N)
sql "insert into mail_outbox (recipient_email, recipient_username, locale, category, event, params, link, due_at, created_at)
     select 'bench-' || (i % $ADDRESSES) || '@bench.example', 'bench-' || (i % $ADDRESSES), 'sv', 'AGREEMENT',
            'agreement-adopted', jsonb_build_object('agreement', 'Bänkavtal ' || i),
            '/agreements/00000000-0000-0000-0000-000000000000', now(), now()
     from generate_series(1, $COUNT) i" >/dev/null
until [[ "$(sql "select count(*) from mail_outbox where status <> 'SENT'")" == 0 ]]; do
  (( $(date +%s%3N) - t0 < 900000 )) || { say "not all sent after 15 minutes"; break; }
  sleep 0.5
done
elapsed=$(( $(date +%s%3N) - t0 ))
sent=$(sql "select count(*) from mail_outbox where status = 'SENT'")
retried=$(sql "select count(*) from mail_outbox where attempts > 1")
received=0
for i in $(seq 0 $((ADDRESSES - 1))); do
  n=$(curl -fsS "http://localhost:$MAIL_API_PORT/api/user/bench-$i@bench.example/messages/INBOX/" \
      | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
  received=$((received + n))
done

out="$ROOT/benchmarks/results/notifications-dispatch-$(date -u +%Y-%m-%d).md"
{
  echo "# Dispatch of $COUNT queued notifications $(date -u +%Y-%m-%dT%H:%MZ), commit $(git -C "$ROOT" rev-parse --short HEAD)"
  echo
  echo "Machine: $(nproc) cores (shared); two API instances (-Xmx512m) dispatching every 500 ms from one outbox"
  echo "(FOR UPDATE SKIP LOCKED, batches of 200); GreenMail standalone as the SMTP server on loopback."
  echo
  echo "| queued | sent (outbox) | received (GreenMail) | rows retried | time to all sent | mails/s |"
  echo "|---|---|---|---|---|---|"
  echo "| $COUNT | $sent | $received | $retried | $((elapsed / 1000)).$(( (elapsed % 1000) / 100 )) s | $(( COUNT * 1000 / (elapsed > 0 ? elapsed : 1) )) |"
} > "$out"
cat "$out"
[[ "$received" == "$COUNT" ]] || { say "GreenMail received $received mails, expected $COUNT"; exit 1; }
say "results in ${out#"$ROOT"/}"
