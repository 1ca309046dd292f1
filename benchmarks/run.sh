#!/usr/bin/env bash
# `make bench`: starts a throw-away embedded PostgreSQL (5450) and the API (8095, demo data, -Xmx512m) on their own
# ports, loads it with benchmarks/load.mjs on loopback and writes benchmarks/results/<date>.md. Not part of `make test`:
# numbers are compared between commits on the same kind of machine, never asserted.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
trap stop_started EXIT

mkdir -p "$RUN_DIR" "$ROOT/benchmarks/results"
start_postgres 5450 "$RUN_DIR/bench-pgdata" --clean
SAMVERKAN_DEMO_DATA=true start_backend 8095
rok_id=$(curl -fsS "http://localhost:8095/api/v1/agreements?kind=REGIONAL&county=19&size=1" | sed -E 's/.*"id":"([^"]+)".*/\1/')
out="$ROOT/benchmarks/results/$(date -u +%Y-%m-%d).md"
{
  echo "# API benchmark $(date -u +%Y-%m-%dT%H:%MZ), commit $(git -C "$ROOT" rev-parse --short HEAD)"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); embedded PostgreSQL 17 on loopback."
  echo
  BENCH_ROK_ID="$rok_id" node "$ROOT/benchmarks/load.mjs" http://localhost:8095 "${STARTED_PIDS[-1]}"
} | tee "$out"
say "results in ${out#"$ROOT"/}"
