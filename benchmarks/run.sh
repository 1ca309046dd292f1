#!/usr/bin/env bash
# `make bench`: a throw-away embedded PostgreSQL (5450) with the national benchmark dataset (national-dataset.sql,
# loaded with psql after the API has migrated the schema), the API (8095, backend/jvm.options, no demo data) and the same-stack
# reference app (8096, benchmarks/reference); benchmarks/load.mjs loads both interleaved on loopback and
# benchmarks/results/<date>.md gets the ratios. Not part of `make test`: numbers are compared, never asserted.
# BENCH_API_JAR measures another build of the API (e.g. the commit before a change) against the same data.
# BENCH_SCENARIOS=document,report measures only those rows (`benchmarks/run.sh --list` names them); BENCH_API_PORT,
# BENCH_REF_PORT and BENCH_PG_PORT move the three processes (several benchmarks or test stacks on one machine).
set -euo pipefail
if [[ "${1:-}" == "--list" ]]; then
  exec node "$(dirname "${BASH_SOURCE[0]}")/load.mjs" --list
fi
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
trap stop_started EXIT
# An unknown scenario is refused before anything starts (the dataset and two JVMs take minutes).
if [[ -n "${BENCH_SCENARIOS:-}" ]]; then
  known=$(node "$ROOT/benchmarks/load.mjs" --list | awk '{print $1}')
  for key in ${BENCH_SCENARIOS//,/ }; do
    grep -qx -- "$key" <<< "$known" || { say "unknown scenario '$key' (benchmarks/run.sh --list names them)"; exit 2; }
  done
fi
BACKEND_JAR="${BENCH_API_JAR:-$BACKEND_JAR}"
# The API starts with the product's JVM options (backend/jvm.options: the same heap limit as the reference, -Xmx512m);
# BENCH_API_JAVA_OPTS replaces them, e.g. "-Xmx512m" to measure a build from before that file.
BENCH_API_JAVA_OPTS="${BENCH_API_JAVA_OPTS:-@$ROOT/backend/jvm.options -Xmx512m}"
# BENCH_NMT=1: the API also tracks its native memory, and load.mjs writes `jcmd VM.native_memory summary` before and
# after the load next to the result (<out>.nmt-before.txt, <out>.nmt-after.txt).
[[ "${BENCH_NMT:-}" == 1 ]] && BENCH_API_JAVA_OPTS="$BENCH_API_JAVA_OPTS -XX:NativeMemoryTracking=summary"
REFERENCE_DIR="$ROOT/benchmarks/reference"
REFERENCE_JAR="$REFERENCE_DIR/target/quarkus-app/quarkus-run.jar"
API_PORT="${BENCH_API_PORT:-8095}"
REF_PORT="${BENCH_REF_PORT:-8096}"
PG_PORT="${BENCH_PG_PORT:-5450}"

command -v psql >/dev/null || { say "psql is needed to load the benchmark data (apt-get install -y postgresql-client)"; exit 1; }
if [[ ! -f "$REFERENCE_JAR" || -n "$(find "$REFERENCE_DIR/src" "$REFERENCE_DIR/pom.xml" -newer "$REFERENCE_JAR" 2>/dev/null)" ]]; then
  (cd "$REFERENCE_DIR" && mvn -q -B -ntp package -DskipTests)
fi
scripts/keycloak.sh start >/dev/null 2>&1 || true
scripts/keycloak.sh wait

# Milliseconds from launching PID's JVM until URL answers.
ready_ms() {
  local url="$1" started="$2" log="$3" pid="$4"
  until curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { tail -n 30 "$log" >&2; return 1; }
    (( $(date +%s%3N) - started < 180000 )) || { say "no answer from $url"; return 1; }
    sleep 0.1
  done
  echo $(( $(date +%s%3N) - started ))
}

mkdir -p "$RUN_DIR" "$ROOT/benchmarks/results"
start_postgres "$PG_PORT" "$RUN_DIR/bench-pgdata" --clean
require_free_port "$API_PORT" API
require_free_port "$REF_PORT" "benchmark reference"

# The API migrates the empty database and loads the reference data; the dataset goes in afterwards, so the first
# start is the one that counts for start-up time only in the second run below (a real start with data).
api_log="$RUN_DIR/backend-$API_PORT.log"
start_api() {
  local t0
  t0=$(date +%s%3N)
  SAMVERKAN_HTTP_PORT="$API_PORT" SAMVERKAN_DB_URL="$SAMVERKAN_DB_URL_EFFECTIVE" SAMVERKAN_DEMO_DATA=false \
    SAMVERKAN_BENCH_STATEMENT_COUNTS=true MALLOC_ARENA_MAX=2 MALLOC_MMAP_THRESHOLD_=65536 setsid java $BENCH_API_JAVA_OPTS -jar "$BACKEND_JAR" > "$api_log" 2>&1 &
  STARTED_PIDS+=($!)
  API_STARTUP_MS=$(ready_ms "http://localhost:$API_PORT/q/health/ready" "$t0" "$api_log" "${STARTED_PIDS[-1]}")
}
start_api
say "loading the national benchmark dataset ..."
t0=$(date +%s%3N)
PGPASSWORD=postgres psql -q -v ON_ERROR_STOP=1 -h localhost -p "$PG_PORT" -U postgres -d postgres \
  -f "$ROOT/benchmarks/national-dataset.sql" >/dev/null
load_ms=$(( $(date +%s%3N) - t0 ))
# Restart the API so that nothing it cached before the data came skews the numbers, and time a real start.
kill -TERM -- "-${STARTED_PIDS[-1]}"; wait "${STARTED_PIDS[-1]}" 2>/dev/null || true; unset 'STARTED_PIDS[-1]'
start_api
api_pid="${STARTED_PIDS[-1]}"

ref_log="$RUN_DIR/bench-reference-$REF_PORT.log"
t0=$(date +%s%3N)
SAMVERKAN_HTTP_PORT="$REF_PORT" SAMVERKAN_DB_URL="$SAMVERKAN_DB_URL_EFFECTIVE" \
  setsid java -Xmx512m -jar "$REFERENCE_JAR" > "$ref_log" 2>&1 &
STARTED_PIDS+=($!)
ref_pid="${STARTED_PIDS[-1]}"
ref_startup_ms=$(ready_ms "http://localhost:$REF_PORT/q/health/ready" "$t0" "$ref_log" "$ref_pid")

counts=$(PGPASSWORD=postgres psql -tA -F ' ' -h localhost -p "$PG_PORT" -U postgres -d postgres -c \
  "select (select count(*) from agreement where kind = 'REGIONAL'), (select count(*) from agreement where kind = 'LOCAL'),
          (select count(*) from organisation), (select count(*) from indicator_value), (select count(*) from follow_up_round),
          (select count(*) from meeting), (select count(*) from action_item)")
read -r roks loks orgs values rounds meetings actions <<< "$counts"

out="${BENCH_OUT:-$ROOT/benchmarks/results/$(date -u +%Y-%m-%d).md}"
jar_label="commit $(git -C "$ROOT" rev-parse --short HEAD)"
[[ -n "${BENCH_API_JAR:-}" ]] && jar_label="API jar $BENCH_API_JAR"
{
  echo "# API benchmark $(date -u +%Y-%m-%dT%H:%MZ), $jar_label"
  echo
  echo "Machine: $(nproc) cores (shared), $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1);" \
       "embedded PostgreSQL 17 on loopback; API with $BENCH_API_JAVA_OPTS (MALLOC_ARENA_MAX=2 MALLOC_MMAP_THRESHOLD_=65536), reference with -Xmx512m."
  echo
  echo "Dataset (benchmarks/national-dataset.sql, loaded in $((load_ms / 1000)) s): $roks RÖK, $loks LÖK, $orgs organisations," \
       "$values indicator values, $rounds follow-up rounds, $meetings meetings, $actions action items."
  echo
  echo "Start-up to ready: API $API_STARTUP_MS ms, reference $ref_startup_ms ms."
  echo
  [[ "${BENCH_NMT:-}" == 1 ]] && export BENCH_NMT_OUT="$out"
  BENCH_API="http://localhost:$API_PORT" BENCH_REF="http://localhost:$REF_PORT" BENCH_API_PID="$api_pid" BENCH_REF_PID="$ref_pid" \
    node "$ROOT/benchmarks/load.mjs"
} > "$out.tmp"
mv "$out.tmp" "$out"
cat "$out"
say "results in ${out#"$ROOT"/}"
