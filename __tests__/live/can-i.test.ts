/**
 * Differential test against the real kubectl: for each `require` line, the SelfSubjectAccessReview
 * kubectl auth can-i sends (read from its -v=9 request log) must equal what resolveRequirement
 * builds from the same server's discovery, except for the documented divergences.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { request } from 'node:https';
import * as path from 'node:path';
import type { AccessAttributes } from '../../src/model/live.js';
import { parseRequirements } from '../../src/model/require-parse.js';
import { resolveRequirement, type ResourceIndex } from '../../src/model/resources.js';
import { DISCOVERY_ACCEPT, parseAggregatedDiscovery } from '../../src/gather/cluster/discovery.js';
import { startCluster, type Cluster } from '../helpers/cluster.js';
import type { Issued } from '../helpers/pki.js';

const CTX_NS = 'ci';
let cluster: Cluster;
let index: ResourceIndex;

/** A kubeconfig file whose context namespace is CTX_NS (kubectl's default namespace). */
function kubeconfigFile(user: Issued, name: string): void {
  const text = cluster.kubeconfig(user).replace('user: test}', `user: test, namespace: ${CTX_NS}}`);
  writeFileSync(path.join(cluster.dir, `${name}.yaml`), text);
}

function kubectl(user: string, args: string[], input?: string) {
  const files = [`--kubeconfig=${cluster.dir}/${user}.yaml`, `--cache-dir=${cluster.dir}/${user}`];
  return spawnSync('kubectl', [...files, ...args], {
    encoding: 'utf8',
    ...(input ? { input } : {}),
  });
}

function call(user: Issued, method: string, p: string, accept: string, body?: unknown) {
  return new Promise<unknown>((resolve, reject) => {
    const req = request(
      `${cluster.server}${p}`,
      {
        method,
        ca: cluster.ca.certPem,
        cert: user.certPem,
        key: user.keyPem,
        headers: { Accept: accept, 'Content-Type': 'application/json' },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
      },
    );
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

// ---- kubectl's request log: a protobuf SelfSubjectAccessReview, hex-dumped ----
function fields(b: Buffer): [number, Buffer | number][] {
  const out: [number, Buffer | number][] = [];
  let i = 0;
  const varint = () => {
    let v = 0;
    for (let s = 0; ; s += 7) {
      const c = b[i++] as number;
      v += (c & 0x7f) * 2 ** s;
      if (!(c & 0x80)) return v;
    }
  };
  while (i < b.length) {
    const key = varint();
    if ((key & 7) === 0) out.push([key >> 3, varint()]);
    else if ((key & 7) === 2) {
      const n = varint();
      out.push([key >> 3, b.subarray(i, (i += n))]);
    } else throw new Error(`unexpected wire type ${key & 7}`);
  }
  return out;
}
const field = (b: Buffer, n: number) => fields(b).find(([f]) => f === n)?.[1] as Buffer | undefined;

/** Spec attributes of an SSAR in k8s protobuf (magic, runtime.Unknown, object); '' fields dropped. */
function decodeSsar(body: Buffer): Record<string, string> | undefined {
  const unknown = body.subarray(4);
  if (field(field(unknown, 1) ?? Buffer.alloc(0), 2)?.toString() !== 'SelfSubjectAccessReview')
    return;
  const spec = field(field(unknown, 2) as Buffer, 2) as Buffer;
  const names: Record<number, string[]> = {
    1: ['', 'namespace', 'verb', 'group', 'version', 'resource', 'subresource', 'name'],
    2: ['', 'path', 'verb'],
  };
  const out: Record<string, string> = {};
  for (const [kind, attrs] of fields(spec))
    for (const [f, v] of fields(attrs as Buffer)) {
      const name = names[kind]?.[f];
      if (name && Buffer.isBuffer(v) && v.length) out[name] = v.toString();
    }
  return out;
}

/** Runs kubectl auth can-i as admin and returns the attributes it sent and its warnings. */
function kubectlSent(args: string[]) {
  const r = kubectl('admin', ['auth', 'can-i', ...args, '-v=9']);
  const lines = r.stderr.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/"Request Body" body=<$/.test(lines[i] as string)) continue;
    // Go's hex.Dump: an 8-digit offset, two spaces, 16 bytes in columns 10-58, then |ascii|.
    let hex = '';
    for (let j = i + 1; j < lines.length && !(lines[j] as string).startsWith(' >'); j++)
      hex += (lines[j] as string).replace(/^\t/, '').slice(10, 59).replace(/\s/g, '');
    const sent = decodeSsar(Buffer.from(hex, 'hex'));
    if (sent) return { sent, warnings: lines.filter((l) => l.startsWith('Warning:')) };
  }
  throw new Error(`no SelfSubjectAccessReview in kubectl's log:\n${r.stderr.slice(-2000)}`);
}

const asSent = (a: AccessAttributes): Record<string, string> =>
  Object.fromEntries(
    Object.entries(a.nonResourceURL ? { path: a.nonResourceURL, verb: a.verb } : a).filter(
      ([, v]) => v !== '' && v !== undefined,
    ),
  );

/** A CRD with one served version, so discovery lists it (plural, Kind, scope, short name). */
const crd = (plural: string, kind: string, scope: string, short: string) =>
  `{"apiVersion":"apiextensions.k8s.io/v1","kind":"CustomResourceDefinition",
  "metadata":{"name":"${plural}.example.com"},"spec":{"group":"example.com","scope":"${scope}",
  "names":{"plural":"${plural}","singular":"${kind.toLowerCase()}","kind":"${kind}","shortNames":["${short}"]},
  "versions":[{"name":"v1","served":true,"storage":true,"schema":{"openAPIV3Schema":{"type":"object",
  "x-kubernetes-preserve-unknown-fields":true}}}]}}`;

beforeAll(async () => {
  cluster = await startCluster();
  kubeconfigFile(cluster.admin, 'admin');
  for (const def of [
    crd('widgets', 'Widget', 'Namespaced', 'wdg'),
    crd('gizmos', 'Gizmo', 'Cluster', 'gz'),
  ])
    expect(kubectl('admin', ['apply', '-f', '-'], def).status).toBe(0);
  // Discovery picks up a new CRD a moment after it is established.
  for (let tries = 0; tries < 120; tries++) {
    const docs = [
      await call(cluster.admin, 'GET', '/api', DISCOVERY_ACCEPT),
      await call(cluster.admin, 'GET', '/apis', DISCOVERY_ACCEPT),
    ];
    index = parseAggregatedDiscovery(docs);
    if (index.resources.filter((r) => r.group === 'example.com').length === 2) break;
    await new Promise((r) => setTimeout(r, 250));
  }
}, 120_000);
afterAll(async () => cluster?.stop(), 30_000);

// line | how our request differs from kubectl's | resolvedBy | unknownResource
const CASES = `
create deployments                                   | same           | discovery  | no
create deployments.apps -n prod                      | same           | discovery  | no
get deploy                                           | same           | discovery  | no
get Deployment                                       | same           | discovery  | no
list deployments.v1.apps                             | same           | discovery  | no
get deploy.v9.apps                                   | same           | discovery  | no
get deployments.app                                  | same           | discovery  | no
get hpa.v1.autoscaling                               | same           | discovery  | no
get pods/log                                         | same           | discovery  | no
get pods --subresource=log -n prod                   | same           | discovery  | no
create -n prod pods --subresource exec               | same           | discovery  | no
get configmaps/App-Config -nprod                     | same           | discovery  | no
list pods -A                                         | same           | discovery  | no
get ev                                               | same           | discovery  | no
list events.events.k8s.io --namespace=prod           | same           | discovery  | no
create cronjobs.batch                                | same           | discovery  | no
create rolebindings.rbac.authorization.k8s.io -n prod | same          | discovery  | no
create serviceaccounts/deployer --subresource=token  | same           | discovery  | no
list nodes -A                                        | same           | discovery  | no
get nodes                                            | cluster-scoped | discovery  | no
get namespaces/prod                                  | cluster-scoped | discovery  | no
create clusterrolebindings                           | cluster-scoped | discovery  | no
get storageclass.storage                             | cluster-scoped | discovery  | no
create widgets -n prod                               | same           | discovery  | no
get wdg                                              | same           | discovery  | no
get Widget                                           | same           | discovery  | no
delete widgets.example.com/w1                        | same           | discovery  | no
get gizmos                                           | cluster-scoped | discovery  | no
impersonate users/alice                              | cluster-scoped | builtin    | no
approve signers/example.com/my-signer                | split          | builtin    | no
get *                                                | same           | as-written | no
* * -A                                               | same           | as-written | no
get *.apps                                           | split          | as-written | no
get /healthz                                         | same           | as-written | -
get /logs/*                                          | same           | as-written | -
get foos                                             | same           | as-written | yes
get foos.Example.org                                 | split          | as-written | yes
get deployments.v9.apps                              | split          | as-written | yes
`
  .trim()
  .split('\n')
  .map((row) => row.split('|').map((c) => c.trim()));
const UNKNOWN: Record<string, boolean | undefined> = { yes: true, no: false };

describe('require lines resolve to what kubectl auth can-i sends', () => {
  it.each(CASES)('%s (%s)', (line = '', divergence, resolvedBy, unknown = '-') => {
    const parsed = parseRequirements(`kubectl auth can-i ${line}`);
    if (!parsed.ok) throw new Error(parsed.message);
    const req = parsed.requirements[0]!;
    const ours = resolveRequirement(req, { defaultNamespace: CTX_NS, index });
    expect([ours.resolvedBy, ours.unknownResource]).toEqual([resolvedBy, UNKNOWN[unknown]]);
    const { sent, warnings } = kubectlSent(line.split(' '));
    const expected = asSent(ours.attributes);
    const type = line.split(' ').filter((t) => !t.startsWith('-'))[1] ?? '';
    if (divergence === 'cluster-scoped') {
      // kubectl sends its context namespace; the real request carries none.
      expect(expected.namespace).toBeUndefined();
      expected.namespace = CTX_NS;
    } else if (divergence === 'split') {
      // A TYPE kubectl cannot map: it sends it whole as a core-group resource; we split off the group
      // (signers: the certificates.k8s.io resource RBAC names, cluster-scoped, not in discovery).
      expect(expected.group).toBeTruthy();
      const [resource] = type.split('/');
      Object.assign(expected, { resource, namespace: CTX_NS });
      delete expected.group;
      expect(warnings.join()).toMatch(/doesn't have a resource type/);
    }
    expect(sent).toEqual(expected);
  });

  it('the cluster-scoped divergence matters: a Role in the context namespace fools kubectl', async () => {
    const dev = cluster.clientCert('dev');
    kubeconfigFile(dev, 'dev');
    const admin = (...args: string[]) => expect(kubectl('admin', args).status).toBe(0);
    admin('create', 'namespace', CTX_NS);
    admin('create', 'role', 'nodes', '--verb=get', '--resource=nodes', '-n', CTX_NS);
    admin('create', 'rolebinding', 'nodes', '--role=nodes', '--user=dev', '-n', CTX_NS);
    expect(kubectl('dev', ['auth', 'can-i', 'get', 'nodes']).stdout.trim()).toBe('yes');
    // The request it stands for (get, cluster scope) is denied: Forbidden, not NotFound.
    expect(kubectl('dev', ['get', 'node', 'n1']).stderr).toMatch(/forbidden.*at the cluster scope/);
    const req = parseRequirements('get nodes');
    if (!req.ok) throw new Error(req.message);
    const { attributes } = resolveRequirement(req.requirements[0]!, { defaultNamespace: CTX_NS });
    const ssar = '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews';
    const body = { kind: 'SelfSubjectAccessReview', apiVersion: 'authorization.k8s.io/v1' };
    const allowed = async (attrs: AccessAttributes) => {
      const spec = { resourceAttributes: attrs };
      const review = await call(dev, 'POST', ssar, 'application/json', { ...body, spec });
      return (review as { status: { allowed: boolean } }).status.allowed;
    };
    expect(attributes.namespace).toBe('');
    expect(await allowed(attributes)).toBe(false);
    expect(await allowed({ ...attributes, namespace: CTX_NS })).toBe(true);
  });
});
