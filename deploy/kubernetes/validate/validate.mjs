// Checks every manifest in deploy/kubernetes against the Kubernetes API's OpenAPI schemas, as compiled into the
// kubernetes-models package (its validate() runs Ajv on the schema of the object's apiVersion and kind), and that
// kustomization.yaml lists every manifest. Exits 1 on the first file with a problem. Run: npm ci && node validate.mjs
import { readdirSync, readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments, parse } from "yaml";

const dir = join(dirname(fileURLToPath(import.meta.url)), "..");
const files = (process.argv.length > 2 ? process.argv.slice(2) : readdirSync(dir).map((f) => join(dir, f)))
  .filter((f) => f.endsWith(".yaml") && !f.endsWith("kustomization.yaml"));
let problems = 0;
let checked = 0;

for (const file of files) {
  for (const doc of parseAllDocuments(readFileSync(file, "utf8"))) {
    if (doc.errors.length) {
      console.error(`${file}: not YAML: ${doc.errors[0].message}`);
      problems++;
      continue;
    }
    const object = doc.toJS();
    if (!object) continue;
    const { apiVersion, kind } = object;
    const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
    let Model;
    try {
      Model = (await import(`kubernetes-models/${group ? group + "/" : ""}${version}`))[kind];
    } catch (e) {
      Model = undefined;
    }
    if (!Model) {
      console.error(`${file}: unknown apiVersion/kind ${apiVersion} ${kind}`);
      problems++;
      continue;
    }
    try {
      new Model(object).validate();
      checked++;
      console.log(`ok   ${kind} ${object.metadata?.name} (${file.slice(dir.length + 1)})`);
    } catch (e) {
      console.error(`FAIL ${kind} ${object.metadata?.name} (${file}): ${e.message}`);
      problems++;
    }
  }
}

// What the bridge itself needs of them (docs/deployment.md), beyond the schemas.
const objects = files.flatMap((f) => parseAllDocuments(readFileSync(f, "utf8")).map((d) => d.toJS()).filter(Boolean));
const named = (kind, name) => objects.find((o) => o.kind === kind && o.metadata?.name === name);
function expect(condition, message) {
  if (!condition) {
    console.error(`FAIL ${message}`);
    problems++;
  }
}
for (const set of objects.filter((o) => o.kind === "StatefulSet")) {
  const replicas = set.spec.replicas ?? 1;
  // WildFly's transaction node identifier is at most 23 bytes; pods are named <name>-<ordinal>.
  const longest = `${set.metadata.name}-${Math.max(0, replicas - 1)}`;
  expect(Buffer.byteLength(longest) <= 23, `pod name ${longest} is over the 23 bytes of DEARBRIDGE_NODE_ID`);
  expect(named("Service", set.spec.serviceName)?.spec.clusterIP === "None",
    `StatefulSet ${set.metadata.name}: its serviceName should be a headless Service here`);
  for (const container of set.spec.template.spec.containers) {
    const nodeId = (container.env ?? []).find((e) => e.name === "DEARBRIDGE_NODE_ID");
    expect(nodeId?.valueFrom?.fieldRef?.fieldPath === "metadata.name",
      `${container.name}: DEARBRIDGE_NODE_ID should come from the pod's name`);
    const management = (container.ports ?? []).find((p) => p.containerPort === 9990)?.name;
    for (const [probe, path] of [["readinessProbe", "/health/ready"], ["livenessProbe", "/health/live"]]) {
      const get = container[probe]?.httpGet;
      expect(get && get.path === path && (get.port === 9990 || (management && get.port === management)),
        `${container.name}: ${probe} should GET ${path} on the management port`);
    }
    for (const source of container.envFrom ?? []) {
      const ref = source.secretRef ? ["Secret", source.secretRef.name] : ["ConfigMap", source.configMapRef?.name];
      expect(named(...ref), `${container.name}: envFrom names ${ref.join(" ")}, which is not here`);
    }
  }
}
const env = Object.assign({}, ...objects.filter((o) => o.kind === "ConfigMap").map((o) => o.data),
  ...objects.filter((o) => o.kind === "Secret").map((o) => o.stringData ?? o.data));
expect(/^jdbc:postgresql:\/\//.test(env.DEARBRIDGE_DB_URL ?? ""), "DEARBRIDGE_DB_URL should be a PostgreSQL JDBC URL");
expect("DEARBRIDGE_DB_PASSWORD" in env, "DEARBRIDGE_DB_PASSWORD is not given");
for (const account of (env.DEARBRIDGE_ACCOUNTS ?? "").split(",").filter(Boolean)) {
  for (const key of ["BASE_URL", "ACCOUNT_ID", "APPLICATION_KEY", "WEBHOOK_SECRET"]) {
    const name = `DEARBRIDGE_ACCOUNT_${account.toUpperCase()}_${key}`;
    expect(name in env, `account ${account}: ${name} is not given`);
  }
}

if (process.argv.length <= 2) {
  const listed = new Set(parse(readFileSync(join(dir, "kustomization.yaml"), "utf8")).resources);
  for (const file of files.map((f) => f.slice(dir.length + 1))) {
    if (!listed.has(file)) {
      console.error(`kustomization.yaml does not list ${file}`);
      problems++;
    }
  }
}

console.log(`${checked} passed, ${problems} failed`);
process.exit(problems ? 1 : 0);
