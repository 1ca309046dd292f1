#!/usr/bin/env bash
# `make test`: lint (Java format; frontend ESLint, Prettier, stylelint), backend tests (with the architecture rules) (embedded PostgreSQL, real Keycloak), frontend unit
# tests and type checks,
# and end-to-end tests in Debian's Chromium against the whole stack.
#   scripts/test.sh [all|lint|backend|frontend|e2e|cluster]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

WHAT="${1:-all}"
# Overridable so that two checkouts can run their end-to-end tests side by side (the realm allows SPA ports 4173-4179).
E2E_PG_PORT="${SAMVERKAN_E2E_PG_PORT:-5434}"
E2E_API_PORT="${SAMVERKAN_E2E_API_PORT:-8081}"
E2E_SPA_PORT="${SAMVERKAN_E2E_SPA_PORT:-4173}"
E2E_SMTP_PORT="${SAMVERKAN_E2E_SMTP_PORT:-3026}"
E2E_IMAP_PORT="${SAMVERKAN_E2E_IMAP_PORT:-3144}"
E2E_MAIL_API_PORT="${SAMVERKAN_E2E_MAIL_API_PORT:-8026}"
KEYCLOAK_STARTED=0

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  stop_started
  if (( KEYCLOAK_STARTED )); then "$ROOT/scripts/keycloak.sh" stop || true; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ensure_keycloak() {
  if ! "$ROOT/scripts/keycloak.sh" status >/dev/null 2>&1; then KEYCLOAK_STARTED=1; fi
  "$ROOT/scripts/keycloak.sh" start
  "$ROOT/scripts/keycloak.sh" wait
}

test_lint() {
  # The architecture rules (ArchitectureTest, ArchUnit) run with the backend tests.
  say "lint: Java format (Spotless)"
  (cd "$ROOT/backend" && mvn -B -ntp -q spotless:check)
  say "lint: frontend ESLint (types, hooks, accessibility, feature boundaries), Prettier, stylelint"
  (cd "$ROOT/frontend" && npm run --silent lint:js && npm run --silent format:check && npm run --silent lint:css)
  say "lint: deployment files (Kubernetes and CloudNativePG schemas, production rules)"
  node "$ROOT/deploy/check/check.mjs"
}

test_backend() {
  say "backend tests (embedded PostgreSQL, real Keycloak)"
  (cd "$ROOT/backend" && mvn -B -ntp test)
}

test_frontend() {
  say "frontend: typed client up to date, type check, unit tests"
  (cd "$ROOT/frontend" && npm run check:api && npm run typecheck && npm test)
}

test_e2e() {
  say "end-to-end tests in Chromium"
  mkdir -p "$RUN_DIR"
  start_postgres "$E2E_PG_PORT" "$RUN_DIR/e2e-pgdata" --clean
  start_greenmail "$E2E_SMTP_PORT" "$E2E_IMAP_PORT" "$E2E_MAIL_API_PORT"
  # the notifications spec reads delivered mail from GreenMail's API; dispatch runs every second
  SAMVERKAN_NOTIFICATIONS_DISPATCH_EVERY=1s SAMVERKAN_PUBLIC_URL="http://localhost:$E2E_SPA_PORT" \
    SAMVERKAN_DEMO_DATA=true start_backend "$E2E_API_PORT"
  (cd "$ROOT/frontend" && npm run build >/dev/null)
  require_free_port "$E2E_SPA_PORT" "SPA preview"
  SAMVERKAN_API_URL="http://localhost:$E2E_API_PORT" start_vite "$RUN_DIR/frontend-preview.log" \
    preview --port "$E2E_SPA_PORT" --strictPort
  wait_for_http "http://localhost:$E2E_SPA_PORT/" 60 "$RUN_DIR/frontend-preview.log" "${STARTED_PIDS[-1]}"
  # Lighthouse (accessibility 100, performance >= 90; start page and an agreement) on the production build, before
  # the specs load the machine: with the whole suite, or alone with SAMVERKAN_LIGHTHOUSE=true.
  if [[ "${SAMVERKAN_LIGHTHOUSE:-$([[ -z "${SAMVERKAN_E2E_SPECS:-}" ]] && echo true || echo false)}" == true ]]; then
    say "Lighthouse on the production build"
    (cd "$ROOT/frontend" && node scripts/lighthouse.mjs "http://localhost:$E2E_SPA_PORT")
  fi
  # SAMVERKAN_E2E_SPECS (e.g. "e2e/forums.spec.ts") runs only those specs against the same stack.
  # shellcheck disable=SC2086
  (cd "$ROOT/frontend" && E2E_BASE_URL="http://localhost:$E2E_SPA_PORT" \
    E2E_MAIL_API_URL="http://localhost:$E2E_MAIL_API_PORT" npm run e2e -- ${SAMVERKAN_E2E_SPECS:-})
}

test_cluster() {
  say "two API instances behind a load balancer (scheduled work once, one truth, no answered request lost, backup)"
  "$ROOT/scripts/cluster-test.sh"
}

case "$WHAT" in
  lint) test_lint ;;
  backend) ensure_keycloak; test_backend ;;
  frontend) test_frontend ;;
  e2e) ensure_keycloak; test_e2e ;;
  cluster) ensure_keycloak; test_cluster ;;
  all) test_lint; ensure_keycloak; test_backend; test_frontend; test_e2e; test_cluster ;;
  *) echo "usage: $0 [all|lint|backend|frontend|e2e|cluster]" >&2; exit 2 ;;
esac
