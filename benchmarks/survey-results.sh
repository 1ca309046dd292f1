#!/usr/bin/env bash
# Results of a national survey (issue 12): 290 municipalities asked, 290 answers submitted, 40 questions (30
# statements, 4 numbers split women/men, 3 multiple choices, 3 free texts; a comment on every statement). A
# throw-away embedded PostgreSQL (5452) and the API (8099, -Xmx512m, no demo data); the survey is benchmark data
# (title "Bänk …", actor benchmark-data) inserted in one transaction. Times the public picture
# (GET /surveys/{id}/results), the county comparison, the internal picture and the answers export (11,600 rows),
# each sequentially after a warm-up, with the SQL statements of one request. Writes
# benchmarks/results/survey-results-<date>.md. Needs psql, the built API (make bench builds it) and Keycloak.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
trap stop_started EXIT

PG_PORT="${SURVEY_BENCH_PG_PORT:-5452}"
API_PORT="${SURVEY_BENCH_API_PORT:-8099}"
REQUESTS="${SURVEY_BENCH_REQUESTS:-60}"

command -v psql >/dev/null || { say "psql is needed (apt-get install -y postgresql-client)"; exit 1; }
mkdir -p "$RUN_DIR" "$ROOT/benchmarks/results"
start_postgres "$PG_PORT" "$RUN_DIR/survey-bench-pgdata" --clean
"$ROOT/scripts/keycloak.sh" start >/dev/null 2>&1 || true
"$ROOT/scripts/keycloak.sh" wait
require_free_port "$API_PORT" API
SAMVERKAN_HTTP_PORT="$API_PORT" SAMVERKAN_DB_URL="$SAMVERKAN_DB_URL_EFFECTIVE" SAMVERKAN_DEMO_DATA=false \
SAMVERKAN_NOTIFICATIONS_DISPATCH_EVERY=off SAMVERKAN_BENCH_STATEMENT_COUNTS=true \
  setsid java -Xmx512m -jar "$BACKEND_JAR" > "$RUN_DIR/survey-bench-api.log" 2>&1 &
STARTED_PIDS+=($!)
wait_for_http "http://localhost:$API_PORT/q/health/ready" 180 "$RUN_DIR/survey-bench-api.log" "${STARTED_PIDS[-1]}"

sql() { PGPASSWORD=postgres psql -tA -v ON_ERROR_STOP=1 -h localhost -p "$PG_PORT" -U postgres -d postgres -c "$1"; }
SURVEY=5e1ec7ed-0000-4000-8000-000000000290
say "inserting the benchmark survey: 290 answers × 40 questions ..."
sql "begin;
insert into organisation (id, name, type, county_code, municipality_code, version, created_at, created_by, updated_at,
    updated_by)
  select cast(md5('bench-municipality-' || code) as uuid), 'Bänk ' || name, 'MUNICIPALITY', county_code, code, 0,
         now(), 'benchmark-data', now(), 'benchmark-data' from municipality;
insert into survey (id, title, year, opens_on, closes_on, introduction, status, published_at, version, created_at,
    created_by, updated_at, updated_by)
  values ('$SURVEY', 'Bänk nationell lägesbild', 2030, '2030-09-01', '2030-10-31', '[benchmark]', 'PUBLISHED', now(),
          0, now(), 'benchmark-data', now(), 'benchmark-data');
insert into survey_theme (id, survey_id, position, title, summary)
  select cast(md5('bench-theme-' || t) as uuid), '$SURVEY', t, 'Bänk tema ' || t, '[benchmark] Läget ' || t
  from generate_series(0, 7) t;
insert into survey_question (id, survey_id, theme_id, position, question_key, kind, text, comment_mode, unit,
    gender_split, options)
  select cast(md5('bench-question-' || q) as uuid), '$SURVEY', cast(md5('bench-theme-' || (q / 5)) as uuid), q % 5,
         cast(md5('bench-key-' || q) as uuid),
         case when q < 30 then 'STATEMENT' when q < 34 then 'NUMBER' when q < 37 then 'MULTIPLE_CHOICE' else 'TEXT' end,
         '[benchmark] Fråga ' || q, case when q < 30 then 'OPTIONAL' else 'NONE' end,
         case when q between 30 and 33 then 'personer' end, q between 30 and 33,
         case when q between 34 and 36 then array['Praktik', 'Språkstöd', 'Samhällsorientering', 'Annat'] end
  from generate_series(0, 39) q;
insert into survey_recipient (survey_id, organisation_id)
  select '$SURVEY', id from organisation where created_by = 'benchmark-data';
insert into survey_answer (id, survey_id, organisation_id, status, submitted_at, submitted_by, version, created_at,
    created_by, updated_at, updated_by)
  select cast(md5('bench-answer-' || id) as uuid), '$SURVEY', id, 'SUBMITTED', now(), 'benchmark-data', 1, now(),
         'benchmark-data', now(), 'benchmark-data' from organisation where created_by = 'benchmark-data';
insert into survey_answer_item (answer_id, question_id, agreement, comment, comment_publishable, text_value,
    number_value, women, men, options)
  select a.id, q.id,
         case when q.kind = 'STATEMENT' then (array['AGREE_FULLY', 'AGREE_PARTLY', 'AGREE_LITTLE', 'DISAGREE',
             'NOT_APPLICABLE'])[1 + abs(hashtext(a.id::text || q.id::text)) % 5] end,
         case when q.kind = 'STATEMENT' then '[benchmark] kommentar till ' || q.text end,
         q.kind = 'STATEMENT' and abs(hashtext(q.id::text || a.id::text)) % 3 = 0,
         case when q.kind = 'TEXT' then '[benchmark] styrkor och svagheter' end,
         case when q.kind = 'NUMBER' then 40 end, case when q.kind = 'NUMBER' then 22 end,
         case when q.kind = 'NUMBER' then 18 end,
         case when q.kind = 'MULTIPLE_CHOICE' then array['Praktik', 'Språkstöd'] end
  from survey_answer a join survey_question q on q.survey_id = a.survey_id where a.survey_id = '$SURVEY';
commit;" >/dev/null
items=$(sql "select count(*) from survey_answer_item i join survey_answer a on a.id = i.answer_id where a.survey_id = '$SURVEY'")
ADMIN_TOKEN=$("$ROOT/scripts/keycloak.sh" token admin)

# One endpoint: a warm-up, then REQUESTS sequential requests; p50, p95, max in ms, the bytes and statements of one.
measure() {
  local name="$1" path="$2" auth="${3:-}"
  local url="http://localhost:$API_PORT$path" headers=()
  [[ -n "$auth" ]] && headers=(-H "Authorization: Bearer $auth")
  for _ in 1 2 3 4 5; do curl -fsS -o /dev/null "${headers[@]}" "$url"; done
  local statements bytes
  statements=$(curl -fsS -D - -o /dev/null "${headers[@]}" "$url" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-statement-count"{print $2}')
  bytes=$(curl -fsS "${headers[@]}" "$url" | wc -c)
  for _ in $(seq "$REQUESTS"); do curl -fsS -o /dev/null -w '%{time_total}\n' "${headers[@]}" "$url"; done \
    | python3 -c "
import sys
t = sorted(float(x) * 1000 for x in sys.stdin)
p = lambda q: t[min(len(t) - 1, int(q * len(t)))]
print('| $name | %d | %.0f | %.0f | %.0f | %d | ${statements:-–} |' % (len(t), p(0.5), p(0.95), t[-1], $bytes))"
}

out="$ROOT/benchmarks/results/survey-results-$(date -u +%Y-%m-%d).md"
{
  echo "# Results of a national survey $(date -u +%Y-%m-%dT%H:%MZ), commit $(git -C "$ROOT" rev-parse --short HEAD)"
  echo
  echo "Machine: $(nproc) cores (shared); API -Xmx512m; 290 organisations asked, 290 answers, 40 questions,"
  echo "$items answer rows; requests sequential on loopback after 5 warm-ups."
  echo
  echo "| request | n | p50 ms | p95 ms | max ms | bytes | SQL statements |"
  echo "|---|---|---|---|---|---|---|"
  measure "public picture (results, anonymous)" "/api/v1/surveys/$SURVEY/results"
  measure "internal picture (results, admin)" "/api/v1/surveys/$SURVEY/results" "$ADMIN_TOKEN"
  measure "one county (results?county=14, admin)" "/api/v1/surveys/$SURVEY/results?county=14" "$ADMIN_TOKEN"
  measure "county comparison (anonymous)" "/api/v1/surveys/$SURVEY/county-comparison"
  measure "every answer as CSV (admin)" "/api/v1/surveys/$SURVEY/answers.csv?dialect=excel-sv" "$ADMIN_TOKEN"
} > "$out"
cat "$out"
say "results in ${out#"$ROOT"/}"
