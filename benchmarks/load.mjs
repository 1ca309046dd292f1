// Measures the API's latency and throughput on its main read paths, and the process's memory.
// Bounded: a fixed number of requests per scenario, loopback only. Usage: node load.mjs BASE_URL API_PID
import { readFileSync } from 'node:fs';

const [base = 'http://localhost:8095', pid] = process.argv.slice(2);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const ROK = '/api/v1/agreements/' + (process.env.BENCH_ROK_ID ?? '');

const scenarios = [
  ['organisation list, page of 20', '/api/v1/organisations?size=20'],
  ['organisation search "väster"', '/api/v1/organisations?q=v%C3%A4ster'],
  ['agreement list, page of 20', '/api/v1/agreements?size=20'],
  ['agreement full-text search "bostäder"', '/api/v1/agreements?q=bost%C3%A4der'],
  ['agreement document (Västmanland RÖK, 9 goal areas, 101 responsibilities)', ROK],
  ['agreement history', ROK + '/history'],
  ['municipalities of a county', '/api/v1/municipalities?county=19'],
];

function rssMiB() {
  if (!pid) return null;
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/VmRSS:\s+(\d+)/.exec(status)[1]);
  return (kib / 1024).toFixed(0);
}

async function run(path, requests) {
  const latencies = [];
  let next = 0;
  let failures = 0;
  const started = performance.now();
  async function worker() {
    while (next < requests) {
      next++;
      const t0 = performance.now();
      const response = await fetch(base + path, { headers: { Accept: 'application/json' } });
      await response.arrayBuffer();
      if (!response.ok) failures++;
      latencies.push(performance.now() - t0);
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
  return { throughput: (requests / seconds).toFixed(0), p50: at(0.5), p95: at(0.95), p99: at(0.99), failures };
}

const lines = [];
lines.push(`requests per scenario: ${REQUESTS}, concurrency: ${CONCURRENCY}, after a warm-up of 200 requests each`);
lines.push(`API resident memory before: ${rssMiB() ?? 'n/a'} MiB`);
lines.push('');
lines.push('| scenario | req/s | p50 ms | p95 ms | p99 ms | failures |');
lines.push('|---|---:|---:|---:|---:|---:|');
for (const [name, path] of scenarios) {
  await run(path, 200);
  const r = await run(path, REQUESTS);
  lines.push(`| ${name} | ${r.throughput} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.failures} |`);
}
lines.push('');
lines.push(`API resident memory after: ${rssMiB() ?? 'n/a'} MiB`);
console.log(lines.join('\n'));
