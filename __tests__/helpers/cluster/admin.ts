/**
 * Admin conveniences over the apiserver API: namespaces, service accounts and RBAC grants. Each
 * waits until the change is visible to authentication/authorization (their caches are informers).
 */
import { expectOk, type ApiFn } from './api.js';

export interface PolicyRule {
  verbs: string[];
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
}

export interface GrantOptions {
  user?: string;
  group?: string;
  serviceAccount?: { namespace: string; name: string };
  /** A Role + RoleBinding here; a ClusterRole + ClusterRoleBinding when absent. */
  namespace?: string;
  rules: PolicyRule[];
}

export interface Grant {
  kind: 'Role' | 'ClusterRole';
  /** The role and its binding share this name. */
  name: string;
  namespace?: string;
}

export interface Admin {
  createNamespace(name: string): Promise<void>;
  /** Creates the namespace too when missing; returns the service account's UID. */
  createServiceAccount(namespace: string, name: string): Promise<string>;
  /** Returns once tokens for it are rejected (the authenticator's SA lister caught up). */
  deleteServiceAccount(namespace: string, name: string): Promise<void>;
  /** Returns once a SubjectAccessReview for the first rule is allowed. */
  grant(o: GrantOptions): Promise<Grant>;
}

const RBAC = 'rbac.authorization.k8s.io';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(what: string, check: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** The SubjectAccessReview spec that asks whether the first rule now applies to the subject. */
function reviewSpec(o: GrantOptions): Record<string, unknown> | undefined {
  const rule = o.rules[0];
  if (!rule) return undefined;
  const verb = rule.verbs[0] === '*' || !rule.verbs[0] ? 'get' : rule.verbs[0];
  let subject: Record<string, unknown>;
  if (o.user) subject = { user: o.user, groups: ['system:authenticated'] };
  else if (o.group) subject = { user: 'kp-grant-probe', groups: [o.group] };
  else if (o.serviceAccount) {
    const { namespace, name } = o.serviceAccount;
    subject = {
      user: `system:serviceaccount:${namespace}:${name}`,
      groups: ['system:serviceaccounts', `system:serviceaccounts:${namespace}`],
    };
  } else throw new Error('grant() needs a user, group or serviceAccount');
  const url = rule.nonResourceURLs?.[0];
  if (url) return { ...subject, nonResourceAttributes: { path: url.replace(/\*$/, 'x'), verb } };
  const group = rule.apiGroups?.[0] ?? '';
  const [resource = 'pods', subresource] = (rule.resources?.[0] ?? 'pods').split('/');
  const attrs: Record<string, unknown> = {
    verb,
    group: group === '*' ? '' : group,
    resource: resource === '*' ? 'pods' : resource,
    ...(subresource && subresource !== '*' ? { subresource } : {}),
    ...(rule.resourceNames?.[0] ? { name: rule.resourceNames[0] } : {}),
    ...(o.namespace ? { namespace: o.namespace } : {}),
  };
  return { ...subject, resourceAttributes: attrs };
}

/**
 * `uids` receives the UID of each service account created (kept after deletion); `probeToken`
 * mints a fresh token for a service account.
 */
export function admin(
  api: ApiFn,
  uids: Map<string, string>,
  probeToken: (ns: string, name: string) => string,
): Admin {
  let counter = 0;

  const createNamespace = async (name: string) => {
    const body = { apiVersion: 'v1', kind: 'Namespace', metadata: { name } };
    expectOk(`create namespace ${name}`, await api('POST', '/api/v1/namespaces', body), [409]);
  };

  return {
    createNamespace,
    async createServiceAccount(namespace, name) {
      await createNamespace(namespace);
      const body = { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace } };
      const r = expectOk(
        `create serviceaccount ${namespace}/${name}`,
        await api<{ metadata: { uid: string } }>(
          'POST',
          `/api/v1/namespaces/${namespace}/serviceaccounts`,
          body,
        ),
      );
      uids.set(`${namespace}/${name}`, r.body.metadata.uid);
      return r.body.metadata.uid;
    },
    async deleteServiceAccount(namespace, name) {
      const url = `/api/v1/namespaces/${namespace}/serviceaccounts/${name}`;
      expectOk(`delete serviceaccount ${namespace}/${name}`, await api('DELETE', url));
      const review = { apiVersion: 'authentication.k8s.io/v1', kind: 'SelfSubjectReview' };
      const path = '/apis/authentication.k8s.io/v1/selfsubjectreviews';
      // A fresh token each time: successful authentications are cached by token for 10 s.
      await until(`tokens of ${namespace}/${name} to be rejected`, async () => {
        const r = await api('POST', path, review, { token: probeToken(namespace, name) });
        return r.status === 401;
      });
    },
    async grant(o) {
      const spec = reviewSpec(o);
      const n = ++counter;
      const name = `kp-grant-${n}`;
      const kind = o.namespace ? 'Role' : 'ClusterRole';
      const base = o.namespace ? `/apis/${RBAC}/v1/namespaces/${o.namespace}` : `/apis/${RBAC}/v1`;
      const metadata = { name, ...(o.namespace ? { namespace: o.namespace } : {}) };
      const role = { apiVersion: `${RBAC}/v1`, kind, metadata, rules: o.rules };
      expectOk(`create ${kind} ${name}`, await api('POST', `${base}/${kind.toLowerCase()}s`, role));
      const subjects = [
        ...(o.user ? [{ kind: 'User', apiGroup: RBAC, name: o.user }] : []),
        ...(o.group ? [{ kind: 'Group', apiGroup: RBAC, name: o.group }] : []),
        ...(o.serviceAccount ? [{ kind: 'ServiceAccount', ...o.serviceAccount }] : []),
      ];
      const bindingKind = `${kind}Binding`;
      const binding = {
        apiVersion: `${RBAC}/v1`,
        kind: bindingKind,
        metadata,
        roleRef: { apiGroup: RBAC, kind, name },
        subjects,
      };
      const bindings = `${base}/${bindingKind.toLowerCase()}s`;
      expectOk(`create ${bindingKind} ${name}`, await api('POST', bindings, binding));
      if (spec) {
        const sar = { apiVersion: 'authorization.k8s.io/v1', kind: 'SubjectAccessReview', spec };
        await until(`${name} to take effect`, async () => {
          const r = await api<{ status?: { allowed?: boolean } }>(
            'POST',
            '/apis/authorization.k8s.io/v1/subjectaccessreviews',
            sar,
          );
          return r.body.status?.allowed === true;
        });
      }
      return { kind, name, ...(o.namespace ? { namespace: o.namespace } : {}) };
    },
  };
}
