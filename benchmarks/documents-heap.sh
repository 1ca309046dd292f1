#!/usr/bin/env bash
# Proves that uploads and downloads of documents stream: the API runs with a 64 MB heap (-Xmx64m, exits on
# OutOfMemoryError) and takes a 25 MB PDF, then serves it back byte for byte. A version that held the file in memory
# (a 25 MB byte[] plus the copies a buffer makes) could not. Writes benchmarks/results/documents-heap-<date>.md.
# Needs the built API (cd backend && mvn package -DskipTests) and Keycloak (scripts/keycloak.sh start).
# Ports: DOCS_BENCH_PG_PORT (5440), DOCS_BENCH_API_PORT (8087).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
trap stop_started EXIT

pg_port="${DOCS_BENCH_PG_PORT:-5440}"
api_port="${DOCS_BENCH_API_PORT:-8087}"
heap="${DOCS_BENCH_HEAP:-64m}"
size=$((25 * 1000 * 1000))
work="$RUN_DIR/documents-heap"
mkdir -p "$work" "$ROOT/benchmarks/results"

# A valid PDF of exactly $size bytes: one page of text and an unreferenced stream of random bytes as filler.
python3 - "$work/big.pdf" "$size" <<'PY'
import os, sys
path, size = sys.argv[1], int(sys.argv[2])
text = b"BT /F1 12 Tf 72 700 Td (Lagesbild heapmatning i lanet) Tj ET"
objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
           b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
           b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream",
           b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
def build(filler):
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects + [b"<< /Length %d >>\nstream\n" % len(filler) + filler + b"\nendstream"], 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(offsets) + 1, xref)
    return out
length = size - len(build(b""))
while len(build(b"\0" * length)) != size:
    length += size - len(build(b"\0" * length))
open(path, "wb").write(build(os.urandom(length)))
PY
actual=$(stat -c %s "$work/big.pdf")

start_postgres "$pg_port" "$work/pgdata" --clean
SAMVERKAN_DEMO_DATA=true SAMVERKAN_JAVA_OPTS="-Xmx$heap -XX:+ExitOnOutOfMemoryError" start_backend "$api_port"
api_pid="${STARTED_PIDS[-1]}"
api="http://localhost:$api_port"
token=$("$ROOT/scripts/keycloak.sh" token coordinator.vastmanland)
rok=$(curl -fsS "$api/api/v1/agreements?kind=REGIONAL&county=19&size=1" | sed -E 's/.*"id":"([^"]+)".*/\1/')

rss() { awk '/VmRSS/ {print $2 " kB"}' "/proc/$(pgrep -P "$api_pid" java || echo "$api_pid")/status" 2>/dev/null || echo "?"; }
rss_before=$(rss)
up_start=$(date +%s.%N)
created=$(curl -fsS -H "Authorization: Bearer $token" -F "file=@$work/big.pdf;type=application/pdf" -F ownerType=AGREEMENT \
  -F "ownerId=$rok" -F "title=Heapmätning" -F kind=REPORT -F language=sv -F visibility=PUBLIC "$api/api/v1/documents")
up_end=$(date +%s.%N)
id=$(echo "$created" | sed -E 's/^\{"id":"([^"]+)".*/\1/')
curl -fsS -o "$work/back.pdf" "$api/api/v1/documents/$id/content"
down_end=$(date +%s.%N)
found=$(curl -fsS "$api/api/v1/search?q=heapmatning&kind=DOCUMENT" | grep -c "\"id\":\"$id\"" || true)
rss_after=$(rss)
kill -0 "$api_pid"  # still alive: no OutOfMemoryError

sum_in=$(sha256sum "$work/big.pdf" | cut -d' ' -f1)
sum_out=$(sha256sum "$work/back.pdf" | cut -d' ' -f1)
[[ "$sum_in" == "$sum_out" ]] || { say "the downloaded file differs from the uploaded one"; exit 1; }
[[ "$found" == "1" ]] || { say "the word in the PDF was not found by search"; exit 1; }

out="$ROOT/benchmarks/results/documents-heap-$(date -u +%Y-%m-%d).md"
{
  echo "# Documents under a small heap $(date -u +%Y-%m-%dT%H:%MZ), commit $(git -C "$ROOT" rev-parse --short HEAD)"
  echo
  echo "API with \`-Xmx$heap -XX:+ExitOnOutOfMemoryError\`, demo data, embedded PostgreSQL 17; $(nproc) cores."
  echo
  echo "| step | result |"
  echo "|---|---|"
  echo "| upload of a $actual-byte PDF (multipart) | 201 in $(echo "$up_end - $up_start" | bc) s |"
  echo "| download, streamed from PostgreSQL | identical (sha256 $sum_in) in $(echo "$down_end - $up_end" | bc) s |"
  echo "| search for a word inside the PDF | found |"
  echo "| API resident memory before / after | $rss_before / $rss_after |"
  echo "| API alive afterwards (no OutOfMemoryError) | yes |"
} | tee "$out"
say "results in ${out#"$ROOT"/}"
