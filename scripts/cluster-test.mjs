// The HTTP half of scripts/cluster-test.sh: one truth across two API instances, and no answered request lost when
// one of them stops under load. Node's own fetch; exits non-zero on the first broken promise.
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    api1: { type: 'string' },
    api2: { type: 'string' },
    lb: { type: 'string' },
    'stop-pid': { type: 'string' },
  },
});
const realm = process.env.SAMVERKAN_OIDC_URL ?? 'http://localhost:8180/realms/samverkan';

function check(condition, message) {
  if (!condition) {
    console.error(`FAIL: ${message}`);
    process.exit(1);
  }
}

async function token() {
  const response = await fetch(`${realm}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'samverkan-cli',
      username: 'admin',
      password: 'samverkan',
    }),
  });
  check(response.ok, `token: ${response.status}`);
  return (await response.json()).access_token;
}

const bearer = await token();
const headers = (extra = {}) => ({
  Authorization: `Bearer ${bearer}`,
  'Content-Type': 'application/json',
  ...extra,
});
const organisation = (name) => ({ name, type: 'OTHER', countyCode: '19' });

// ---- an edit on one instance is seen, and its ETag honoured, on the other ----
const created = await fetch(`${args.api1}/api/v1/organisations`, {
  method: 'POST',
  headers: headers(),
  body: JSON.stringify(organisation(`Klustertest ${Date.now()}`)),
});
check(created.status === 201, `create on instance 1: ${created.status} ${await created.clone().text()}`);
const { id } = await created.json();
const first = await fetch(`${args.api2}/api/v1/organisations/${id}`, { headers: headers() });
const etag = first.headers.get('etag');
check(first.status === 200 && etag === created.headers.get('etag'), 'instance 2 reads what instance 1 created, same ETag');
const renamed = await fetch(`${args.api2}/api/v1/organisations/${id}`, {
  method: 'PUT',
  headers: headers({ 'If-Match': etag }),
  body: JSON.stringify(organisation('Klustertest omdöpt')),
});
check(renamed.status === 200, `update on instance 2 with instance 1's ETag: ${renamed.status}`);
const seen = await fetch(`${args.api1}/api/v1/organisations/${id}`, { headers: headers() });
check(seen.headers.get('etag') === renamed.headers.get('etag'), 'instance 1 answers the new ETag');
check((await seen.json()).name === 'Klustertest omdöpt', 'instance 1 sees the new name');
const stale = await fetch(`${args.api1}/api/v1/organisations/${id}`, {
  method: 'PUT',
  headers: headers({ 'If-Match': etag }),
  body: JSON.stringify(organisation('Klustertest för sent')),
});
check(stale.status === 412, `a stale ETag is refused on the other instance: ${stale.status}`);
console.log('one truth: created on 1, read and renamed on 2, seen on 1, stale write refused with 412');

// ---- load through the balancer; instance 1 is stopped (SIGTERM) in the middle ----
const answered = [];
const failures = [];
let reads = 0;
let stopping = false;
const until = Date.now() + 9000;
async function client(n) {
  for (let i = 0; Date.now() < until; i++) {
    const name = `Last ${n}-${i}-${Date.now()}`;
    try {
      const response = await fetch(`${args.lb}/api/v1/organisations`, {
        method: 'POST',
        headers: headers(),
        body: JSON.stringify(organisation(name)),
      });
      if (response.status === 201) answered.push({ id: (await response.json()).id, name });
      else failures.push(`POST ${response.status}${stopping ? ' (while stopping)' : ''}`);
      const read = await fetch(`${args.lb}/api/v1/organisations?county=19&size=5`);
      if (read.ok) reads++;
      else failures.push(`GET ${read.status}`);
      await read.arrayBuffer();
    } catch (error) {
      failures.push(`${error.cause?.code ?? error.message}${stopping ? ' (while stopping)' : ''}`);
    }
  }
}
setTimeout(() => {
  stopping = true;
  process.kill(-Number(args['stop-pid']), 'SIGTERM');
  console.log(`instance 1 stopped after ${answered.length} answered writes`);
}, 3000);
await Promise.all(Array.from({ length: 6 }, (_, n) => client(n)));

let lost = 0;
for (const { id: answeredId, name } of answered) {
  const response = await fetch(`${args.lb}/api/v1/organisations/${answeredId}`);
  const body = response.ok ? await response.json() : null;
  if (body?.name !== name) lost++;
}
console.log(
  `under load: ${answered.length} writes answered, ${reads} reads, ${failures.length} failed, ${lost} answered writes lost`,
);
check(answered.length > 20, 'the load reached the instances');
check(lost === 0, `${lost} answered writes are missing`);
check(failures.length === 0, `requests failed while an instance stopped: ${failures.slice(0, 5).join(', ')}`);
