#!/usr/bin/env bash
# Local Keycloak for development and tests (realm "samverkan", see docs/CONTRACT.md and realm/README.md).
#
#   scripts/keycloak.sh install        download (Maven Central) and unpack Keycloak into .cache/ (idempotent)
#   scripts/keycloak.sh start          start it in the background on KEYCLOAK_PORT (default 8180), or reuse
#                                      one that already serves the realm; re-imports the realm when
#                                      realm/samverkan-realm.json changed since the last import
#   scripts/keycloak.sh wait           wait until the realm answers (KEYCLOAK_WAIT_TIMEOUT, default 180 s)
#   scripts/keycloak.sh stop           stop it, but only if this script started it
#   scripts/keycloak.sh status         tell whether it runs
#   scripts/keycloak.sh token USER [PASSWORD]
#                                      print an access token (password grant via client samverkan-cli;
#                                      the demo password "samverkan" is the default)
#
# Paths are relative to the repository root: .cache/ holds the download and the install (with its H2
# database under data/h2), .run/ the log and the pid file. The admin console's bootstrap user is
# admin/admin (master realm, demo only; override with KC_BOOTSTRAP_ADMIN_USERNAME/_PASSWORD).
set -euo pipefail

KC_VERSION=26.7.3
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE_DIR="$ROOT/.cache"
DOWNLOAD_DIR="$CACHE_DIR/downloads"
KC_ZIP="$DOWNLOAD_DIR/keycloak-quarkus-dist-$KC_VERSION.zip"
KC_HOME="$CACHE_DIR/keycloak-$KC_VERSION"
RUN_DIR="$ROOT/.run"
LOG_FILE="$RUN_DIR/keycloak.log"
PID_FILE="$RUN_DIR/keycloak.pid"
REALM_FILE="$ROOT/realm/samverkan-realm.json"
REALM=samverkan
# checksum of the realm file at the last import; lives in data/ so that a wiped install forgets it too
CHECKSUM_FILE="$KC_HOME/data/samverkan-realm.sha256"

PORT="${KEYCLOAK_PORT:-8180}"
MANAGEMENT_PORT="${KEYCLOAK_MANAGEMENT_PORT:-9180}"
WAIT_TIMEOUT="${KEYCLOAK_WAIT_TIMEOUT:-180}"
BASE_URL="http://localhost:$PORT"
REALM_URL="$BASE_URL/realms/$REALM"

log() { echo "keycloak: $*" >&2; }
die() { log "$*"; exit 1; }

realm_answers() {
  curl -fsS -o /dev/null --max-time 5 "$REALM_URL/.well-known/openid-configuration" 2>/dev/null
}

port_in_use() {
  # any HTTP answer (or an open socket) means the port is taken
  local code
  code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$BASE_URL/" 2>/dev/null || true)"
  [[ -n "$code" && "$code" != "000" ]]
}

# pid of the Keycloak this script started, if it still runs
our_pid() {
  [[ -f "$PID_FILE" ]] || return 1
  local pid
  pid="$(cat "$PID_FILE" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  # guard against a recycled pid: the process must be a Keycloak of this install
  grep -qa -- "$KC_HOME" "/proc/$pid/cmdline" 2>/dev/null || return 1
  echo "$pid"
}

cmd_install() {
  if [[ -x "$KC_HOME/bin/kc.sh" ]]; then
    return 0
  fi
  mkdir -p "$DOWNLOAD_DIR"
  if [[ ! -s "$KC_ZIP" ]]; then
    command -v mvn >/dev/null || die "mvn is needed to fetch Keycloak from Maven Central"
    log "downloading org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip (Maven Central) ..."
    # run outside any Maven project so that no pom.xml gets resolved
    (cd "$DOWNLOAD_DIR" && mvn -q -B -Dstyle.color=never org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
      -DoutputDirectory="$DOWNLOAD_DIR") || die "download failed"
  fi
  [[ -s "$KC_ZIP" ]] || die "download did not produce $KC_ZIP"
  log "unpacking into ${KC_HOME#"$ROOT"/} ..."
  local tmp="$CACHE_DIR/.keycloak-unpack.$$"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  unzip -q "$KC_ZIP" -d "$tmp" || { rm -rf "$tmp"; die "unzip failed"; }
  [[ -x "$tmp/keycloak-$KC_VERSION/bin/kc.sh" ]] || { rm -rf "$tmp"; die "unexpected zip layout"; }
  rm -rf "$KC_HOME"
  mv "$tmp/keycloak-$KC_VERSION" "$KC_HOME"
  rm -rf "$tmp"
  log "installed Keycloak $KC_VERSION"
}

cmd_start() {
  if realm_answers; then
    log "reusing the Keycloak that already serves $REALM_URL"
    if our_pid >/dev/null && [[ -f "$CHECKSUM_FILE" ]] &&
      [[ "$(sha256sum "$REALM_FILE" | cut -d' ' -f1)" != "$(cat "$CHECKSUM_FILE")" ]]; then
      log "note: realm/samverkan-realm.json changed since it was imported; '$0 stop && $0 start' re-imports it"
    fi
    return 0
  fi
  local pid
  if pid="$(our_pid)"; then
    log "already starting (pid $pid); use '$0 wait'"
    return 0
  fi
  if port_in_use; then
    die "port $PORT is taken by something that does not serve realm '$REALM' (set KEYCLOAK_PORT?)"
  fi
  [[ -f "$REALM_FILE" ]] || die "missing $REALM_FILE"
  cmd_install

  mkdir -p "$KC_HOME/data/import" "$RUN_DIR"
  cp "$REALM_FILE" "$KC_HOME/data/import/$REALM-realm.json"
  local sum old=""
  sum="$(sha256sum "$REALM_FILE" | cut -d' ' -f1)"
  [[ -f "$CHECKSUM_FILE" ]] && old="$(cat "$CHECKSUM_FILE")"
  if [[ "$sum" != "$old" ]]; then
    # --import-realm skips realms that already exist: drop the database so the changed file is imported
    if [[ -d "$KC_HOME/data/h2" ]]; then
      log "realm file changed since the last import: wiping the Keycloak database for a fresh import"
    fi
    rm -rf "$KC_HOME/data/h2"
    echo "$sum" >"$CHECKSUM_FILE"
  fi

  log "starting Keycloak $KC_VERSION on $BASE_URL (management $MANAGEMENT_PORT), log in ${LOG_FILE#"$ROOT"/}"
  # setsid: own session, so the server outlives the calling shell (make) and is not hit by its Ctrl-C
  KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" \
  KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}" \
  JAVA_OPTS_KC_HEAP="${JAVA_OPTS_KC_HEAP:--Xms64m -Xmx1g}" \
    setsid nohup "$KC_HOME/bin/kc.sh" start-dev --import-realm \
      --http-port="$PORT" --health-enabled=true --http-management-port="$MANAGEMENT_PORT" \
      >"$LOG_FILE" 2>&1 </dev/null &
  echo $! >"$PID_FILE"
}

cmd_wait() {
  local deadline=$((SECONDS + WAIT_TIMEOUT))
  until realm_answers; do
    if [[ -f "$PID_FILE" ]] && ! our_pid >/dev/null; then
      log "Keycloak exited before the realm answered; last lines of ${LOG_FILE#"$ROOT"/}:"
      tail -n 60 "$LOG_FILE" >&2 2>/dev/null || true
      rm -f "$PID_FILE"
      exit 1
    fi
    if ((SECONDS >= deadline)); then
      log "no answer from $REALM_URL after ${WAIT_TIMEOUT}s; last lines of ${LOG_FILE#"$ROOT"/}:"
      tail -n 60 "$LOG_FILE" >&2 2>/dev/null || true
      exit 1
    fi
    sleep 2
  done
  log "realm $REALM is up at $REALM_URL"
}

cmd_stop() {
  local pid
  if ! pid="$(our_pid)"; then
    rm -f "$PID_FILE"
    if realm_answers; then
      log "a Keycloak serves $REALM_URL but this script did not start it: leaving it running"
    else
      log "not running"
    fi
    return 0
  fi
  log "stopping Keycloak (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  local i
  for ((i = 0; i < 60; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "still running after 60 s: killing it"
    kill -KILL "$pid" 2>/dev/null || true
    sleep 1
  fi
  rm -f "$PID_FILE"
  log "stopped"
}

cmd_status() {
  local pid=""
  pid="$(our_pid || true)"
  if realm_answers; then
    echo "up: $REALM_URL${pid:+ (started by this script, pid $pid)}"
  elif [[ -n "$pid" ]]; then
    echo "starting (pid $pid)"
  else
    echo "down"
    return 3
  fi
}

cmd_token() {
  local user="${1:-}" password="${2:-samverkan}"
  [[ -n "$user" ]] || die "usage: $0 token USER [PASSWORD]"
  local response token
  response="$(curl -sS --max-time 10 "$REALM_URL/protocol/openid-connect/token" \
    -d grant_type=password -d client_id=samverkan-cli -d scope=openid \
    --data-urlencode "username=$user" --data-urlencode "password=$password")" \
    || die "no answer from $REALM_URL (is Keycloak running? '$0 start && $0 wait')"
  token="$(printf '%s' "$response" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')"
  [[ -n "$token" ]] || die "no token: $response"
  printf '%s\n' "$token"
}

usage() {
  sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

case "${1:-}" in
  install) cmd_install ;;
  start) cmd_start ;;
  wait) cmd_wait ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  token) shift; cmd_token "$@" ;;
  *) usage ;;
esac
