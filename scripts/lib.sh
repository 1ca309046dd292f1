#!/usr/bin/env bash
# Shared helpers for scripts/run.sh and scripts/e2e.sh: start the embedded PostgreSQL, the API and the SPA
# as background processes of the calling script, wait for them, and stop exactly what was started.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUN_DIR="$ROOT/.run"
PG_TOOL="$ROOT/tools/embedded-postgres"
BACKEND_JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
GREENMAIL_VERSION=2.1.3
GREENMAIL_JAR="$ROOT/.cache/downloads/greenmail-standalone-$GREENMAIL_VERSION.jar"
STARTED_PIDS=()

# With the time since the script started, so that a CI log shows where its minutes go.
say() { echo "samverkan [${SECONDS}s]: $*" >&2; }

# Waits until URL answers with 2xx/3xx; fails after TIMEOUT seconds, or at once when PID (optional) has exited,
# printing the log tail.
wait_for_http() {
  local url="$1" timeout="$2" log="$3" pid="${4:-}" waited=0
  until curl -fsS -o /dev/null --max-time 3 "$url" 2>/dev/null; do
    if (( waited >= timeout )) || { [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; }; then
      say "no answer from $url (waited ${waited}s); last lines of $log:"
      tail -n 40 "$log" >&2 || true
      return 1
    fi
    sleep 1
    waited=$((waited + 1))
  done
}

port_is_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

require_free_port() {
  port_is_free "$1" || { say "port $1 is already in use ($2); stop what runs there first"; return 1; }
}

# start_postgres PORT DATA_DIR [--clean]
start_postgres() {
  local port="$1" data="$2" clean="${3:-}" log="$RUN_DIR/postgres-$1.log"
  if [[ -n "${SAMVERKAN_DB_URL:-}" ]]; then
    say "using the external database $SAMVERKAN_DB_URL"
    return 0
  fi
  require_free_port "$port" "PostgreSQL"
  mkdir -p "$RUN_DIR"
  setsid java -cp "$PG_TOOL/target/embedded-postgres-launcher-1.0.0.jar:$(cat "$PG_TOOL/target/classpath.txt")" \
    se.samverkan.tools.EmbeddedPostgresLauncher "$port" "$data" $clean > "$log" 2>&1 &
  STARTED_PIDS+=($!)
  local waited=0
  until grep -q "PostgreSQL ready" "$log" 2>/dev/null; do
    if ! kill -0 "${STARTED_PIDS[-1]}" 2>/dev/null || (( waited >= 60 )); then
      say "PostgreSQL did not start; see $log"
      tail -n 20 "$log" >&2
      return 1
    fi
    sleep 1
    waited=$((waited + 1))
  done
  export SAMVERKAN_DB_URL_EFFECTIVE="jdbc:postgresql://localhost:$port/postgres"
}

# The real mail server (GreenMail standalone from Maven Central): fetched once into .cache/downloads.
install_greenmail() {
  [[ -f "$GREENMAIL_JAR" ]] && return 0
  say "fetching GreenMail $GREENMAIL_VERSION (Maven Central) ..."
  mkdir -p "$(dirname "$GREENMAIL_JAR")"
  (cd "$ROOT/backend" && mvn -q -B -ntp dependency:copy \
    -Dartifact="com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" -DoutputDirectory="$(dirname "$GREENMAIL_JAR")")
}

# start_greenmail SMTP_PORT IMAP_PORT API_PORT: SMTP and IMAP without authentication (every address gets a mailbox),
# and its REST API (GET /api/user/<address>/messages/INBOX/). Exports the Quarkus Mailer settings for start_backend.
start_greenmail() {
  local smtp="$1" imap="$2" api="$3" log="$RUN_DIR/greenmail-$1.log"
  install_greenmail
  require_free_port "$smtp" "SMTP (GreenMail)"
  require_free_port "$imap" "IMAP (GreenMail)"
  require_free_port "$api" "GreenMail API"
  mkdir -p "$RUN_DIR"
  setsid java -Xmx128m -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.smtp.port="$smtp" -Dgreenmail.imap.port="$imap" \
    -Dgreenmail.auth.disabled -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$api" \
    -jar "$GREENMAIL_JAR" > "$log" 2>&1 &
  local pid=$!
  STARTED_PIDS+=("$pid")
  wait_for_http "http://localhost:$api/api/service/readiness" 60 "$log" "$pid"
  export QUARKUS_MAILER_HOST=127.0.0.1 QUARKUS_MAILER_PORT="$smtp"
}

# launch_backend PORT: starts the API without waiting (uses SAMVERKAN_DB_URL or the embedded database just started)
launch_backend() {
  local port="$1" log="$RUN_DIR/backend-$1.log"
  require_free_port "$port" "API"
  SAMVERKAN_HTTP_PORT="$port" \
  SAMVERKAN_DB_URL="${SAMVERKAN_DB_URL:-$SAMVERKAN_DB_URL_EFFECTIVE}" \
  MALLOC_ARENA_MAX=2 MALLOC_MMAP_THRESHOLD_=65536 \
    setsid java @"$ROOT/backend/jvm.options" ${SAMVERKAN_JAVA_OPTS:--Xmx512m} -jar "$BACKEND_JAR" > "$log" 2>&1 &
  STARTED_PIDS+=("$!")
}

# start_backend PORT: starts the API and waits until it is live
start_backend() {
  launch_backend "$1"
  wait_for_http "http://localhost:$1/q/health/live" 120 "$RUN_DIR/backend-$1.log" "${STARTED_PIDS[-1]}"
}

# start_vite LOG ARGS...: the SPA's dev or preview server, in its own process group like every service here.
start_vite() {
  local log="$1"
  shift
  (cd "$ROOT/frontend" && exec setsid node_modules/.bin/vite "$@") > "$log" 2>&1 &
  STARTED_PIDS+=($!)
}

# Stops what this script started, newest first: each service runs in its own process group (setsid), so the whole
# group goes, children included; waits for each to exit.
stop_started() {
  local pid
  for ((i = ${#STARTED_PIDS[@]} - 1; i >= 0; i--)); do
    pid="${STARTED_PIDS[i]}"
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    fi
  done
  STARTED_PIDS=()
}
