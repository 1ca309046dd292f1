// Offline check of deploy/kubernetes, run by `make lint`: every manifest against the Kubernetes and CloudNativePG
// schemas (kubernetes-models, @kubernetes-models/cloudnative-pg), then the rules a production API needs that a
// schema cannot say (probes, resources, disruption budgets, graceful shutdown, backups, secrets documented).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments, parse } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const dir = join(root, 'deploy', 'kubernetes');
const problems = [];
const fail = (where, message) => problems.push(`${where}: ${message}`);

const models = {
  'v1/Namespace': 'kubernetes-models/v1/Namespace',
  'v1/ConfigMap': 'kubernetes-models/v1/ConfigMap',
  'v1/Service': 'kubernetes-models/v1/Service',
  'apps/v1/Deployment': 'kubernetes-models/apps/v1/Deployment',
  'policy/v1/PodDisruptionBudget': 'kubernetes-models/policy/v1/PodDisruptionBudget',
  'autoscaling/v2/HorizontalPodAutoscaler': 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler',
  'networking.k8s.io/v1/Ingress': 'kubernetes-models/networking.k8s.io/v1/Ingress',
  'postgresql.cnpg.io/v1/Cluster': '@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1/Cluster',
  'postgresql.cnpg.io/v1/ScheduledBackup': '@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1/ScheduledBackup',
};

// ---- kustomization: every file listed exists, every manifest is listed ----
const kustomization = parse(readFileSync(join(dir, 'kustomization.yaml'), 'utf8'));
const listed = kustomization.resources ?? [];
for (const file of listed) if (!existsSync(join(dir, file))) fail('kustomization.yaml', `lists missing ${file}`);
for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml') && f !== 'kustomization.yaml')) {
  if (!listed.includes(file)) fail('kustomization.yaml', `does not list ${file}`);
}

// ---- schemas ----
const objects = [];
for (const file of listed) {
  for (const doc of parseAllDocuments(readFileSync(join(dir, file), 'utf8'))) {
    if (doc.errors.length > 0) {
      fail(file, doc.errors.map((e) => e.message).join('; '));
      continue;
    }
    const object = doc.toJS();
    if (object == null) continue;
    const where = `${file} ${object.kind}/${object.metadata?.name}`;
    const model = models[`${object.apiVersion}/${object.kind}`];
    if (!model) {
      fail(where, `no schema known for ${object.apiVersion} ${object.kind}`);
      continue;
    }
    const Model = Object.values(await import(model))[0];
    try {
      new Model(object).validate();
    } catch (error) {
      fail(where, error.message);
    }
    objects.push({ file, where, object });
  }
}

const byKind = (kind) => objects.filter((o) => o.object.kind === kind);
const matches = (selector, labels) =>
  Object.entries(selector ?? {}).every(([key, value]) => labels?.[key] === value);

// ---- what a schema cannot say ----
const properties = readFileSync(join(root, 'backend/src/main/resources/application.properties'), 'utf8');
const shutdown = /quarkus\.shutdown\.timeout=\$\{[A-Z_]+:(\d+)S\}/.exec(properties);
if (!shutdown) fail('application.properties', 'quarkus.shutdown.timeout (graceful shutdown) is not set');

for (const { where, object } of byKind('Deployment')) {
  const template = object.spec.template;
  const labels = template.metadata?.labels;
  if (!matches(object.spec.selector.matchLabels, labels)) fail(where, 'selector does not match the pod labels');
  if ((object.spec.replicas ?? 1) < 2) fail(where, 'needs at least 2 replicas');
  if (!byKind('PodDisruptionBudget').some((p) => matches(p.object.spec.selector.matchLabels, labels))) {
    fail(where, 'no PodDisruptionBudget selects it');
  }
  if (!byKind('Service').some((s) => matches(s.object.spec.selector, labels))) fail(where, 'no Service selects it');
  for (const container of template.spec.containers) {
    const at = `${where} container ${container.name}`;
    if (!/:[0-9][\w.-]*$/.test(container.image)) fail(at, `image ${container.image} is not pinned to a version`);
    if (!container.readinessProbe || !container.livenessProbe) fail(at, 'needs readiness and liveness probes');
    if (!container.resources?.requests?.cpu || !container.resources?.requests?.memory) {
      fail(at, 'needs cpu and memory requests');
    }
    if (!container.resources?.limits?.memory) fail(at, 'needs a memory limit');
    if (container.securityContext?.allowPrivilegeEscalation !== false) fail(at, 'must not allow privilege escalation');
    const preStop = container.lifecycle?.preStop?.sleep?.seconds ?? 0;
    if (preStop === 0) fail(at, 'needs a preStop delay so the load balancer stops sending before shutdown');
    if (object.metadata.name === 'samverkan-api' && shutdown) {
      const needed = preStop + Number(shutdown[1]);
      if ((template.spec.terminationGracePeriodSeconds ?? 30) <= needed) {
        fail(at, `terminationGracePeriodSeconds must exceed preStop + quarkus.shutdown.timeout (${needed} s)`);
      }
    }
  }
}

const clusters = byKind('Cluster').map((c) => c.object.metadata.name);
for (const { where, object } of byKind('Cluster')) {
  if ((object.spec.instances ?? 1) < 2) fail(where, 'needs a replica (instances >= 2)');
  if (!object.spec.backup?.barmanObjectStore && !object.spec.plugins) fail(where, 'has no backup configured');
  if (!byKind('ScheduledBackup').some((b) => b.object.spec.cluster.name === object.metadata.name)) {
    fail(where, 'has no ScheduledBackup');
  }
}
const config = byKind('ConfigMap').find((c) => c.object.metadata.name === 'samverkan-api')?.object.data ?? {};
const dbHost = /jdbc:postgresql:\/\/([\w-]+)-rw:/.exec(config.SAMVERKAN_DB_URL ?? '');
if (!dbHost || !clusters.includes(dbHost[1])) fail('config.yaml', 'SAMVERKAN_DB_URL must name a Cluster\'s -rw service');

// every Secret the manifests use is explained in README "Run it in production" (or created by CloudNativePG)
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const secrets = new Set();
JSON.stringify(objects.map((o) => o.object), (key, value) => {
  if ((key === 'secretKeyRef' || key === 's3Credentials') && value) {
    Object.values(value).forEach((v) => v?.name && secrets.add(v.name));
    if (value.name) secrets.add(value.name);
  }
  if (key === 'tls' && Array.isArray(value)) value.forEach((t) => secrets.add(t.secretName));
  return value;
});
for (const secret of secrets) {
  const createdByOperator = clusters.some((c) => secret === `${c}-app`);
  if (!createdByOperator && !readme.includes(secret)) fail('README.md', `does not explain the secret ${secret}`);
}

// the SPA's nginx keeps the security headers and does not publish the metrics
const nginx = readFileSync(join(root, 'frontend/nginx.conf'), 'utf8');
for (const header of ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'X-Frame-Options']) {
  if (!nginx.includes(`add_header ${header}`)) fail('frontend/nginx.conf', `lacks ${header}`);
}
if (!/location \/q\/metrics \{\s*return 404;/.test(nginx)) fail('frontend/nginx.conf', 'must not proxy /q/metrics');

if (problems.length > 0) {
  console.error(`deploy/kubernetes: ${problems.length} problem(s)\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`deploy/kubernetes: ${objects.length} objects valid (schemas and production rules)`);
