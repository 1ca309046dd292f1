#!/usr/bin/env bash
# Part of `make test` (issue 18): two API instances on one embedded PostgreSQL behind a local nginx load balancer.
# Proves that scheduled work runs once across instances, that an edit on one instance is seen (and its ETag
# honoured) on the other, that stopping one instance under load loses no request that had been answered, and that
# `make backup` / `make restore` bring the database back as it was.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PG_PORT="${SAMVERKAN_CLUSTER_PG_PORT:-5436}"
API1="${SAMVERKAN_CLUSTER_API1_PORT:-8083}"
API2="${SAMVERKAN_CLUSTER_API2_PORT:-8084}"
LB="${SAMVERKAN_CLUSTER_LB_PORT:-8085}"
DATA="$RUN_DIR/cluster-pgdata"
NGINX_DIR="$RUN_DIR/cluster-nginx"
NGINX_PID=""

finish() {
  local status=$?
  [[ -n "$NGINX_PID" ]] && kill "$NGINX_PID" 2>/dev/null || true
  stop_started
  exit "$status"
}
trap finish EXIT

command -v nginx >/dev/null || { say "the two-instance test needs nginx (make install installs Debian's)"; exit 1; }
command -v psql >/dev/null || { say "the two-instance test needs psql (Debian's postgresql-client)"; exit 1; }
mkdir -p "$RUN_DIR"
rm -rf "$NGINX_DIR" "$RUN_DIR"/cluster-backups "$DATA"
# not --clean: that would delete the data when the database is stopped for the outage below
start_postgres "$PG_PORT" "$DATA"
sql() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -X -q -At -v ON_ERROR_STOP=1 -c "$1"; }
until sql "select 1" >/dev/null 2>&1; do sleep 0.5; done

# Both start at once on an empty database (Flyway, reference and demo data must not collide). The reminders fire
# every 2 s on both; the dispatcher stays off (no mail server in this test). Logs are JSON, as in production.
say "two API instances on one database ($API1, $API2)"
export SAMVERKAN_DEMO_DATA=true SAMVERKAN_NOTIFICATIONS_DISPATCH_EVERY=off \
  SAMVERKAN_NOTIFICATIONS_REMINDERS_CRON="*/2 * * * * ?" \
  QUARKUS_LOG_CATEGORY__SE_SAMVERKAN_COMMON_CLUSTER__LEVEL=DEBUG SAMVERKAN_LOG_JSON=true
SAMVERKAN_INSTANCE_NAME=api-1 launch_backend "$API1"
PID1="${STARTED_PIDS[-1]}"
SAMVERKAN_INSTANCE_NAME=api-2 launch_backend "$API2"
PID2="${STARTED_PIDS[-1]}"
wait_for_http "http://localhost:$API1/q/health/ready" 180 "$RUN_DIR/backend-$API1.log" "$PID1"
wait_for_http "http://localhost:$API2/q/health/ready" 180 "$RUN_DIR/backend-$API2.log" "$PID2"

# nginx in front: round robin; a refused connection or a 503 (an instance shutting down answers 503 to what it
# has not started) goes to the other instance, also for writes, which were then never processed
mkdir -p "$NGINX_DIR/tmp"
cat > "$NGINX_DIR/nginx.conf" <<NGINX
worker_processes 1;
daemon off;
pid $NGINX_DIR/nginx.pid;
error_log $NGINX_DIR/error.log warn;
events { worker_connections 512; }
http {
  access_log $NGINX_DIR/access.log;
  client_body_temp_path $NGINX_DIR/tmp/body;
  proxy_temp_path $NGINX_DIR/tmp/proxy;
  fastcgi_temp_path $NGINX_DIR/tmp/fastcgi;
  uwsgi_temp_path $NGINX_DIR/tmp/uwsgi;
  scgi_temp_path $NGINX_DIR/tmp/scgi;
  upstream samverkan_api {
    server 127.0.0.1:$API1 max_fails=1 fail_timeout=10s;
    server 127.0.0.1:$API2 max_fails=1 fail_timeout=10s;
  }
  server {
    listen 127.0.0.1:$LB;
    location / {
      proxy_pass http://samverkan_api;
      proxy_http_version 1.1;
      proxy_set_header Host \$host;
      proxy_set_header X-Request-Id \$request_id;
      proxy_next_upstream error timeout http_502 http_503 non_idempotent;
      proxy_next_upstream_tries 2;
    }
  }
}
NGINX
require_free_port "$LB" "load balancer"
nginx -p "$NGINX_DIR" -c "$NGINX_DIR/nginx.conf" -e "$NGINX_DIR/error.log" &
NGINX_PID=$!
wait_for_http "http://localhost:$LB/q/health/ready" 20 "$NGINX_DIR/error.log" "$NGINX_PID"

# let the reminders fire a few times on both instances
sleep 5
say "scheduled work: one run per job and day across both instances"
runs="$(sql "select job || '=' || count(*) || ':' || string_agg(instance, ',') from scheduled_run group by job order by job")"
echo "$runs" >&2
for job in agreement-expiry deadline-reminders; do
  grep -qx "$job=1:api-[12]" <<<"$runs" || { say "FAIL: $job did not run exactly once ($runs)"; exit 1; }
done
winner="$(sql "select instance from scheduled_run where job = 'deadline-reminders'")"
loser=$([[ "$winner" == api-1 ]] && echo "$API2" || echo "$API1")
grep -q "deadline-reminders .*already claimed by another instance" "$RUN_DIR/backend-$loser.log" \
  || { say "FAIL: the other instance never tried the reminders (the proof would be empty)"; exit 1; }

say "database outage: both instances answer 503 with Retry-After, and recover when it is back"
PG_PID="${STARTED_PIDS[0]}"
kill -TERM -- "-$PG_PID"
while kill -0 "$PG_PID" 2>/dev/null; do sleep 0.5; done
for port in "$API1" "$API2"; do
  answer="$(curl -s -o /dev/null -w '%{http_code} %header{retry-after}' --max-time 20 \
    -H "X-Request-Id: outage-probe-$port" "http://localhost:$port/api/v1/organisations?county=19")"
  [[ "$answer" =~ ^503\ [0-9]+$ ]] || { say "FAIL: instance on $port answered '$answer' without its database"; exit 1; }
  # the warning the request logged carries the caller's request id (JSON logs, mdc.requestId)
  grep 'Database unavailable' "$RUN_DIR/backend-$port.log" | grep -q "\"requestId\":\"outage-probe-$port\"" \
    || { say "FAIL: the outage warning on $port does not carry the request id"; exit 1; }
done
start_postgres "$PG_PORT" "$DATA"
for port in "$API1" "$API2"; do
  waited=0
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://localhost:$port/api/v1/organisations?county=19")" == 200 ]]; do
    (( waited++ < 60 )) || { say "FAIL: instance on $port did not recover after the database came back"; exit 1; }
    sleep 1
  done
done

say "one truth across instances, and an instance stopped under load"
(cd "$ROOT/frontend" && node "$ROOT/scripts/cluster-test.mjs" \
  --api1 "http://localhost:$API1" --api2 "http://localhost:$API2" --lb "http://localhost:$LB" --stop-pid "$PID1")

say "backup and restore of the embedded database"
marker="cluster-test-$(date +%s)"
sql "create table backup_probe (note text); insert into backup_probe values ('$marker')"
backup="$("$ROOT/scripts/backup.sh" "$PG_PORT" "$DATA" "$RUN_DIR/cluster-backups" | tail -n 1)"
sql "insert into backup_probe values ('after the backup')"
kill "$NGINX_PID" 2>/dev/null || true; NGINX_PID=""
stop_started
"$ROOT/scripts/restore.sh" "$backup" "$DATA" "$PG_PORT" >/dev/null
start_postgres "$PG_PORT" "$DATA"
until sql "select 1" >/dev/null 2>&1; do sleep 0.5; done
restored="$(sql "select string_agg(note, ',') from backup_probe")"
organisations="$(sql "select count(*) from organisation")"
[[ "$restored" == "$marker" ]] || { say "FAIL: restored '$restored', expected only '$marker'"; exit 1; }
(( organisations > 0 )) || { say "FAIL: the restored database has no organisations"; exit 1; }
rm -rf "$DATA".before-restore-*
say "two-instance test passed (restored $organisations organisations)"
