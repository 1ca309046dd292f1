// Measures the API's heaviest reads on the national benchmark dataset (national-dataset.sql) as ratios to a
// same-stack reference app (benchmarks/reference: one row by key, same Keycloak tokens, same PostgreSQL), run
// interleaved with each endpoint so that the noise of a shared machine hits both alike. Also: p50/p99, SQL
// statements per request (the API's X-Statement-Count header, bench profile only), a fixed-rate run of the
// agreement document, and the API's resident memory after the load.
// Bounded: a fixed number of requests per segment and a time cap, loopback only.
// Requests go out through node:http with a keep-alive agent, and a body is read and dropped chunk by chunk, its bytes
// counted (as wrk does): no buffer is collected or copied, so the generator's own work per request hardly grows with
// the size of the answer and a large body (the report CSV, 1.5 MB) measures the API rather than the generator.
// Usage: node load.mjs   (settings from the environment, see run.sh)
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';

const API = process.env.BENCH_API ?? 'http://localhost:8095';
const REF = process.env.BENCH_REF ?? 'http://localhost:8096';
const KEYCLOAK = process.env.SAMVERKAN_OIDC_URL ?? 'http://localhost:8180/realms/samverkan';
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 150); // per segment
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9); // pairs of interleaved segments: reference and endpoint
const SECONDS = Number(process.env.BENCH_SEGMENT_SECONDS ?? 3); // cap per segment
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const TIMEOUT_MS = 10_000; // a request that has not been answered in full 10 s after it was sent fails

/** Connections are kept open and reused, as fetch's pool did; a closed loop uses at most CONCURRENCY of them. */
const agent = new http.Agent({ keepAlive: true });

/**
 * One GET: resolves with the status, the headers and the number of body bytes received once the body has ended, or
 * rejects on a network error, a body shorter than its Content-Length, or TIMEOUT_MS after it was sent.
 */
function get(url, headers) {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers }, (response) => {
      let bytes = 0;
      response.on('data', (chunk) => {
        bytes += chunk.length;
      });
      response.on('error', fail);
      response.on('end', () => {
        clearTimeout(timer);
        const length = response.headers['content-length'];
        if (!response.complete || (length !== undefined && Number(length) !== bytes)) {
          reject(new Error(`body of ${bytes} bytes, ${length ?? 'no'} Content-Length`));
        } else {
          resolve({ status: response.statusCode, ok: response.statusCode >= 200 && response.statusCode < 300,
            headers: response.headers, bytes });
        }
      });
    });
    const timer = setTimeout(() => request.destroy(new Error(`no answer in ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
    function fail(error) {
      clearTimeout(timer);
      reject(error);
    }
    request.on('error', fail);
  });
}

/** The ids national-dataset.sql gives its rows: md5('bench:…')::uuid. */
const id = (key) => {
  const h = createHash('md5').update(key).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};
const VG = '14'; // Västra Götaland: 49 municipalities, the largest RÖK

const scenarios = [
  // [key, name, path, with token, goal as a ratio]; BENCH_SCENARIOS=key,key selects some, `--list` prints the keys
  ['document', 'agreement document (Västra Götaland RÖK: 49 LÖK, 56 parties), with token', `/api/v1/agreements/${id('bench:rok:' + VG)}`, true, 0.5],
  ['document-anonymous', 'agreement document, anonymous', `/api/v1/agreements/${id('bench:rok:' + VG)}`, false, 0.5],
  ['report', 'follow-up report of an approved round (public)', `/api/v1/follow-up-rounds/${id(`bench:round:${VG}:2024`)}/report`, false, 0.3],
  ['report-csv', 'follow-up report as CSV', `/api/v1/follow-up-rounds/${id(`bench:round:${VG}:2024`)}/report.csv`, false, 0.3],
  ['report-pdf', 'follow-up report as PDF', `/api/v1/follow-up-rounds/${id(`bench:round:${VG}:2024`)}/report.pdf`, false, 0.3],
  ['follow-up-board', 'follow-up board of an open round, with token', `/api/v1/follow-up-rounds/${id(`bench:round:${VG}:2025`)}/board`, true, 0.5],
  ['search', 'full-text search "bostäder", anonymous', '/api/v1/agreements?q=bost%C3%A4der', false, 0.3],
  ['action-items', 'action-item board of a county, page of 25', `/api/v1/action-items?county=${VG}&size=25`, false, 0.5],
  ['forum-structure', 'forum structure of a county', `/api/v1/forum-structure/${VG}`, false, 0.5],
  ['meeting', 'meeting with agenda and decisions', `/api/v1/meetings/${id(`bench:meeting:${VG}:3`)}`, false, 0.5],
  ['indicator-values', 'indicator values (49 municipalities × 10 years × 3), JSON', `/api/v1/indicators/${id(`bench:ind:${VG}:1`)}/values`, false, 0.5],
  ['indicator-values-csv', 'indicator values, CSV', `/api/v1/indicators/${id(`bench:ind:${VG}:1`)}/values.csv`, false, 0.5],
  ['agreements-county', 'agreement list of a county, page of 20', `/api/v1/agreements?county=${VG}&size=20`, false, 0.5],
  ['agreements-all', 'all agreements, size 100', '/api/v1/agreements?size=100', false, 0.5],
  ['organisations', 'organisation page of 20, with token', '/api/v1/organisations?size=20', true, 0.5],
  ['organisation', 'organisation by id, anonymous', `/api/v1/organisations/${id('bench:org:lst:' + VG)}`, false, 0.5],
  ['national', 'national comparison of the 21 counties (2024), anonymous', '/api/v1/national?year=2024', false, 0.5],
  ['national-internal', 'national comparison with internal figures (2024), with token', '/api/v1/national?year=2024', true, 0.5],
  ['national-indicator-values', 'national indicator values (2024), page of 100', '/api/v1/national/indicator-values?year=2024&size=100', false, 0.5],
];

if (process.argv.includes('--list')) {
  for (const [key, name] of scenarios) console.log(`${key.padEnd(22)} ${name}`);
  process.exit(0);
}
const wanted = (process.env.BENCH_SCENARIOS ?? '').split(',').map((k) => k.trim()).filter(Boolean);
const unknown = wanted.filter((k) => !scenarios.some(([key]) => key === k));
if (unknown.length) {
  console.error(`unknown scenario(s): ${unknown.join(', ')}; node load.mjs --list shows them`);
  process.exit(2);
}
const selected = wanted.length ? scenarios.filter(([key]) => wanted.includes(key)) : scenarios;

let token = null;
let tokenAt = 0;
async function bearer() {
  if (!token || Date.now() - tokenAt > 60_000) {
    const response = await fetch(`${KEYCLOAK}/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'password', client_id: 'samverkan-cli', username: 'admin', password: 'samverkan' }),
    });
    if (!response.ok) throw new Error(`no token from ${KEYCLOAK}: ${response.status}`);
    token = (await response.json()).access_token;
    tokenAt = Date.now();
  }
  return token;
}

/** CPU time (user + system) the process has used so far, in milliseconds (Linux clock ticks of 10 ms). */
function cpuMs(pid) {
  if (!pid) return null;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10; // utime, stime (fields 14 and 15 of stat)
}

/**
 * With BENCH_NMT_OUT (run.sh sets it when BENCH_NMT=1 starts the API with -XX:NativeMemoryTracking=summary): the JVM's
 * own account of where its memory goes (`jcmd <pid> VM.native_memory summary`), written to <BENCH_NMT_OUT>.nmt-<when>.txt.
 */
function nativeMemory(pid, when) {
  if (!pid || !process.env.BENCH_NMT_OUT) return;
  const summary = execFileSync('jcmd', [String(pid), 'VM.native_memory', 'summary'], { encoding: 'utf8' });
  writeFileSync(`${process.env.BENCH_NMT_OUT}.nmt-${when}.txt`, `VmRSS ${rssMiB(pid)} MiB\n${summary}`);
}

function rssMiB(pid) {
  if (!pid) return 'n/a';
  const kib = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);
  return (kib / 1024).toFixed(0);
}

/** Closed loop: CONCURRENCY clients, at most `requests` requests and SECONDS seconds. */
async function closedLoop(url, headers, requests) {
  const latencies = [];
  let next = 0;
  let failures = 0;
  let statuses = new Set();
  const started = performance.now();
  const deadline = started + SECONDS * 1000;
  async function client() {
    while (next < requests && performance.now() < deadline) {
      next++;
      const t0 = performance.now();
      try {
        const response = await get(url, headers);
        if (!response.ok) {
          failures++;
          statuses.add(response.status);
        }
      } catch {
        failures++;
      }
      latencies.push(performance.now() - t0);
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, client));
  return { count: latencies.length, seconds: (performance.now() - started) / 1000, latencies, failures, statuses };
}

/**
 * Open loop: one request every 1000/rate ms for `seconds`, whatever the answers do. Latency counts from when a request
 * was due, so a late start counts against the API; how late this process itself sent requests (its own event loop busy
 * on a shared machine) is reported beside it, so that a slow generator is not mistaken for a slow API.
 */
async function openLoop(url, headers, rate, seconds) {
  const latencies = [];
  const lateness = [];
  let failures = 0;
  let answered = 0;
  const pending = [];
  const started = performance.now();
  const total = rate * seconds;
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    lateness.push(performance.now() - due);
    pending.push((async () => {
      try {
        const response = await get(url, headers);
        if (response.ok) answered++;
        else failures++;
      } catch {
        failures++;
      }
      latencies.push(performance.now() - due); // from when it was due: a late start counts (a timeout as 10 s)
    })());
  }
  await Promise.all(pending);
  const late = percentiles(lateness);
  // Achieved: successful answers per second of the run (a request that timed out or failed is not served).
  return { achieved: (answered / ((performance.now() - started) / 1000)).toFixed(0), ...percentiles(latencies), failures,
    sentLateP50: late.p50, sentLateP99: late.p99 };
}

function percentiles(latencies) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(1) : 'n/a');
  return { p50: at(0.5), p99: at(0.99) };
}

async function statementCount(url, headers) {
  const response = await get(url, headers);
  return { statements: response.headers['x-statement-count'] ?? 'n/a', bytes: response.bytes, status: response.status };
}

const lines = [];
const out = (line = '') => {
  lines.push(line);
  console.error(line);
};
if (wanted.length) {
  out(`Scenarios selected (BENCH_SCENARIOS): ${wanted.join(', ')}.`);
  out();
}
out(`Each row: ${ROUNDS} pairs of interleaved segments of the reference and the endpoint (the order alternating), each ` +
  `segment at most ${REQUESTS} requests or ${SECONDS} s, ${CONCURRENCY} concurrent clients (node:http, keep-alive ` +
  `connections, each body read and dropped with its bytes counted, a request failed after ${TIMEOUT_MS / 1000} s), ` +
  'after a warm-up; ratio = the ' +
  'median over the pairs of endpoint req/s ÷ reference req/s, spread = the pair ratios\' quartiles (25 %–75 %); req/s ' +
  'are over all segments ' +
  '(reference: one row by key on the same stack, with a token where the endpoint has one). Statements: SQL statements ' +
  'of one request (Hibernate StatementInspector, X-Statement-Count in the bench profile). API CPU ms/request: the API ' +
  "process's user + system CPU time during its segments (/proc/<pid>/stat, JIT and GC included) ÷ its requests.");
out();
out(`API resident memory before the load: ${rssMiB(process.env.BENCH_API_PID)} MiB`);
nativeMemory(process.env.BENCH_API_PID, 'before');
out();
out('| endpoint | ratio | spread | goal | req/s | reference req/s | p50 ms | p99 ms | API CPU ms/request | statements | response bytes | failures |');
out('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
const summary = [];
for (const [, name, path, withToken, goal] of selected) {
  const headers = withToken ? { Authorization: `Bearer ${await bearer()}` } : {};
  const refUrl = REF + (withToken ? '/reference/private/counties/' : '/reference/counties/') + VG;
  const url = API + path;
  const single = await statementCount(url, headers);
  await closedLoop(refUrl, headers, 100);
  await closedLoop(url, headers, 50);
  let ref = { count: 0, seconds: 0 };
  let api = { count: 0, seconds: 0, latencies: [], failures: 0, statuses: new Set() };
  let apiCpuMs = 0;
  const pairs = [];
  // Many short pairs, the order alternating (reference first, then endpoint first), so that a slow spell of the shared
  // machine falls on both halves of a pair alike; the row's ratio is the median of the pairs' ratios.
  for (let round = 0; round < ROUNDS; round++) {
    let r;
    let a;
    const measureApi = async () => {
      const cpuBefore = cpuMs(process.env.BENCH_API_PID);
      a = await closedLoop(url, headers, REQUESTS);
      if (cpuBefore !== null) apiCpuMs += cpuMs(process.env.BENCH_API_PID) - cpuBefore;
    };
    if (round % 2 === 0) {
      r = await closedLoop(refUrl, headers, REQUESTS);
      await measureApi();
    } else {
      await measureApi();
      r = await closedLoop(refUrl, headers, REQUESTS);
    }
    pairs.push(a.count / a.seconds / (r.count / r.seconds));
    ref = { count: ref.count + r.count, seconds: ref.seconds + r.seconds };
    api = { count: api.count + a.count, seconds: api.seconds + a.seconds, latencies: api.latencies.concat(a.latencies),
      failures: api.failures + a.failures, statuses: new Set([...api.statuses, ...a.statuses]) };
  }
  const apiRate = api.count / api.seconds;
  const refRate = ref.count / ref.seconds;
  const sortedPairs = [...pairs].sort((x, y) => x - y);
  const quantile = (q) => sortedPairs[Math.min(sortedPairs.length - 1, Math.floor(q * sortedPairs.length))];
  const ratio = sortedPairs.length % 2
    ? sortedPairs[(sortedPairs.length - 1) / 2]
    : (sortedPairs[sortedPairs.length / 2 - 1] + sortedPairs[sortedPairs.length / 2]) / 2;
  const spread = `${quantile(0.25).toFixed(2)}–${quantile(0.75).toFixed(2)}`;
  const p = percentiles(api.latencies);
  const failures = api.failures ? `${api.failures} (${[...api.statuses].join(', ')})` : '0';
  const cpuPerRequest = process.env.BENCH_API_PID && api.count ? (apiCpuMs / api.count).toFixed(2) : 'n/a';
  out(`| ${name} | ${ratio.toFixed(2)} | ${spread} | ${goal} | ${apiRate.toFixed(0)} | ${refRate.toFixed(0)} | ${p.p50} | ${p.p99} | ` +
    `${cpuPerRequest} | ${single.statements} | ${single.bytes} | ${failures} |`);
  summary.push({ name, ratio, goal });
}
out();
// The fixed-rate run belongs to the agreement document: run it when the document is measured.
if (selected.some(([key]) => key === 'document')) {
  const docHeaders = { Authorization: `Bearer ${await bearer()}` };
  const fixed = await openLoop(`${API}/api/v1/agreements/${id('bench:rok:' + VG)}`, docHeaders, 200, 10);
  out(`Agreement document with token at a fixed 200 req/s for 10 s: achieved ${fixed.achieved} successful answers/s, ` +
    `p50 ${fixed.p50} ms, p99 ${fixed.p99} ms from when each was due (goal ≤ 50 ms; a request times out 10 s after it ` +
    `was sent), failures ${fixed.failures} of 2000; the load generator itself sent requests late by ` +
    `p50 ${fixed.sentLateP50} ms, p99 ${fixed.sentLateP99} ms.`);
  out();
}
nativeMemory(process.env.BENCH_API_PID, 'after');
out(`API resident memory after the load: ${rssMiB(process.env.BENCH_API_PID)} MiB (goal ≤ 350); ` +
  `reference: ${rssMiB(process.env.BENCH_REF_PID)} MiB.`);
const missed = summary.filter((s) => s.ratio < s.goal);
out(missed.length ? `Below goal: ${missed.map((s) => s.name).join('; ')}.` : 'Every ratio meets its goal.');
console.log(lines.join('\n'));
