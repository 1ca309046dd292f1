#!/usr/bin/env bash
# `make run`: the whole product on embedded defaults — PostgreSQL (data kept in .run/pgdata), Keycloak with
# the demo realm, the API with the demo data, and the SPA's dev server. Ctrl-C stops everything it started.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PG_PORT="${SAMVERKAN_PG_PORT:-5433}"
API_PORT="${SAMVERKAN_API_PORT:-8080}"
SPA_PORT="${SAMVERKAN_SPA_PORT:-5173}"
SMTP_PORT="${SAMVERKAN_SMTP_PORT:-3025}"
IMAP_PORT="${SAMVERKAN_IMAP_PORT:-3143}"
MAIL_API_PORT="${SAMVERKAN_MAIL_API_PORT:-8025}"
KEYCLOAK_STARTED=0

cleanup() {
  trap - EXIT INT TERM
  say "stopping ..."
  stop_started
  if (( KEYCLOAK_STARTED )); then "$ROOT/scripts/keycloak.sh" stop || true; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

require_free_port "$API_PORT" "API"
require_free_port "$SPA_PORT" "SPA"

if ! "$ROOT/scripts/keycloak.sh" status >/dev/null 2>&1; then KEYCLOAK_STARTED=1; fi
"$ROOT/scripts/keycloak.sh" start
start_postgres "$PG_PORT" "$RUN_DIR/pgdata"
start_greenmail "$SMTP_PORT" "$IMAP_PORT" "$MAIL_API_PORT"
"$ROOT/scripts/keycloak.sh" wait
SAMVERKAN_PUBLIC_URL="http://localhost:$SPA_PORT" SAMVERKAN_DEMO_DATA=true start_backend "$API_PORT"

SAMVERKAN_API_URL="http://localhost:$API_PORT" start_vite "$RUN_DIR/frontend.log" --port "$SPA_PORT" --strictPort
wait_for_http "http://localhost:$SPA_PORT/" 60 "$RUN_DIR/frontend.log" "${STARTED_PIDS[-1]}"

cat <<MSG

  Samverkan is running.

    Web app        http://localhost:$SPA_PORT
    API            http://localhost:$API_PORT/api/v1
    Swagger UI     http://localhost:$API_PORT/q/swagger-ui
    Health         http://localhost:$API_PORT/q/health/ready
    Keycloak       http://localhost:8180  (admin console: admin / admin)
    Delivered mail http://localhost:$MAIL_API_PORT/api/user  (GreenMail; one address's inbox:
                   http://localhost:$MAIL_API_PORT/api/user/sara.nilsson@example.se/messages/INBOX/)
                   IMAP localhost:$IMAP_PORT (any address as login, no password check), SMTP localhost:$SMTP_PORT

  Demo logins (password "samverkan" for all; demo only):
    coordinator.vastmanland      coordinator, Västmanlands län
    coordinator.vastragotaland   coordinator, Västra Götalands län
    member.vasteras              member, Västerås stad
    member.arbetsformedlingen    member, Arbetsförmedlingen
    admin                        administrator

  Logs in .run/. Press Ctrl-C to stop.

MSG
wait -n "${STARTED_PIDS[@]}" || true
say "a service stopped unexpectedly; see the logs in .run/"
