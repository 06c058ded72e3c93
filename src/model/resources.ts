/**
 * The standard Kubernetes API resources, and kubectl's way of turning a `can-i` TYPE into the
 * resource a SelfSubjectAccessReview names (client-go RESTMapper `ResourceFor` behind kubectl's
 * short-name expander). The table was generated once from the discovery of kube-apiserver v1.37.2
 * (default API set); __tests__/gather/cluster/discovery.test.ts fails when it drifts from a server.
 */
import type { AccessAttributes } from './live.js';
import type { Requirement } from './require.js';

export interface ApiResource {
  /** '' for the core group. */
  group: string;
  /** The plural: what RBAC and the SelfSubjectAccessReview name. */
  resource: string;
  singular: string;
  kind: string;
  shortNames: string[];
  namespaced: boolean;
  /** Served versions, the preferred one first. */
  versions: string[];
  subresources: string[];
  /** Authorized but not served (impersonation's users/groups, certificate signers). */
  virtual?: boolean;
}

export interface ResourceIndex {
  /** In kubectl's priority order: core first, then the groups in the server's order. */
  resources: ApiResource[];
  /** Groups whose discovery is stale (an aggregated API that is down): a miss there proves nothing. */
  staleGroups?: string[];
  /** The documents were not (all) discovery: a miss proves nothing. */
  incomplete?: boolean;
}

/**
 * `[group] versions…`, then its resources, `plural Kind scope shortNames… /subresources`, one per
 * line or `|`-separated; scope N = namespaced, C = cluster-scoped, V = virtual (cluster-scoped, not
 * served). The singular is the lower-cased kind, as for every built-in resource.
 */
const TABLE = `
[core] v1 | bindings Binding N | componentstatuses ComponentStatus C cs
| configmaps ConfigMap N cm | endpoints Endpoints N ep | events Event N ev
| limitranges LimitRange N limits | namespaces Namespace C ns /finalize,status
| nodes Node C no /proxy,status | persistentvolumeclaims PersistentVolumeClaim N pvc /status
| persistentvolumes PersistentVolume C pv /status
| pods Pod N po /attach,binding,ephemeralcontainers,eviction,exec,log,portforward,proxy,resize,status
| podtemplates PodTemplate N | replicationcontrollers ReplicationController N rc /scale,status
| resourcequotas ResourceQuota N quota /status | secrets Secret N
| serviceaccounts ServiceAccount N sa /token | services Service N svc /proxy,status
| groups - V | users - V
[apiregistration.k8s.io] v1 | apiservices APIService C /status
[apps] v1 | controllerrevisions ControllerRevision N | daemonsets DaemonSet N ds /status
| deployments Deployment N deploy /scale,status | replicasets ReplicaSet N rs /scale,status
| statefulsets StatefulSet N sts /scale,status
[events.k8s.io] v1 | events Event N ev
[authentication.k8s.io] v1 | selfsubjectreviews SelfSubjectReview C | tokenreviews TokenReview C
| uids - V | userextras - V
[authorization.k8s.io] v1 | localsubjectaccessreviews LocalSubjectAccessReview N
| selfsubjectaccessreviews SelfSubjectAccessReview C
| selfsubjectrulesreviews SelfSubjectRulesReview C | subjectaccessreviews SubjectAccessReview C
[autoscaling] v2 v1 | horizontalpodautoscalers HorizontalPodAutoscaler N hpa /status
[batch] v1 | cronjobs CronJob N cj /status | jobs Job N /status
[certificates.k8s.io] v1
| certificatesigningrequests CertificateSigningRequest C csr /approval,status
| clustertrustbundles ClusterTrustBundle C
| podcertificaterequests PodCertificateRequest N /status | signers - V
[networking.k8s.io] v1 | ingressclasses IngressClass C | ingresses Ingress N ing /status
| ipaddresses IPAddress C ip | networkpolicies NetworkPolicy N netpol
| servicecidrs ServiceCIDR C /status
[policy] v1 | poddisruptionbudgets PodDisruptionBudget N pdb /status
[rbac.authorization.k8s.io] v1 | clusterrolebindings ClusterRoleBinding C
| clusterroles ClusterRole C | rolebindings RoleBinding N | roles Role N
[storage.k8s.io] v1 | csidrivers CSIDriver C | csinodes CSINode C /status
| csistoragecapacities CSIStorageCapacity N | storageclasses StorageClass C sc
| volumeattachments VolumeAttachment C /status
| volumeattributesclasses VolumeAttributesClass C vac
[admissionregistration.k8s.io] v1 | mutatingadmissionpolicies MutatingAdmissionPolicy C
| mutatingadmissionpolicybindings MutatingAdmissionPolicyBinding C
| mutatingwebhookconfigurations MutatingWebhookConfiguration C
| validatingadmissionpolicies ValidatingAdmissionPolicy C /status
| validatingadmissionpolicybindings ValidatingAdmissionPolicyBinding C
| validatingwebhookconfigurations ValidatingWebhookConfiguration C
[apiextensions.k8s.io] v1 | customresourcedefinitions CustomResourceDefinition C crd crds /status
[scheduling.k8s.io] v1 | priorityclasses PriorityClass C pc
[coordination.k8s.io] v1 | leases Lease N
[node.k8s.io] v1 | runtimeclasses RuntimeClass C
[discovery.k8s.io] v1 | endpointslices EndpointSlice N
[resource.k8s.io] v1 | deviceclasses DeviceClass C | devicetaintrules DeviceTaintRule C /status
| resourceclaims ResourceClaim N /status | resourceclaimtemplates ResourceClaimTemplate N
| resourceslices ResourceSlice C
[flowcontrol.apiserver.k8s.io] v1 | flowschemas FlowSchema C /status
| prioritylevelconfigurations PriorityLevelConfiguration C /status
[storagemigration.k8s.io] v1 | storageversionmigrations StorageVersionMigration C /status
`;

function parseTable(text: string): ApiResource[] {
  const out: ApiResource[] = [];
  let group = '';
  let versions: string[] = [];
  for (const line of text.trim().split(/\s*[\n|]\s*/)) {
    const [head = '', kind = '', scope = '', ...more] = line.trim().split(' ');
    if (head.startsWith('[')) {
      group = head === '[core]' ? '' : head.slice(1, -1);
      versions = [kind, scope, ...more].filter(Boolean);
      continue;
    }
    const subs = more.find((s) => s.startsWith('/'));
    out.push({
      group,
      resource: head,
      singular: kind === '-' ? '' : kind.toLowerCase(),
      kind: kind === '-' ? '' : kind,
      shortNames: more.filter((s) => !s.startsWith('/')),
      namespaced: scope === 'N',
      versions: scope === 'V' ? [] : versions,
      subresources: subs ? subs.slice(1).split(',') : [],
      ...(scope === 'V' ? { virtual: true } : {}),
    });
  }
  return out;
}

export const BUILTIN: ResourceIndex = { resources: parseTable(TABLE) };

interface Gvr {
  group: string;
  version: string;
  resource: string;
}

/** kubectl matches plural and singular (a server without singulars: the lower-cased kind). */
const named = (r: ApiResource, name: string) =>
  name === r.resource || name === (r.singular || r.kind.toLowerCase());

/** kubectl's short-name expander: no expansion when a resource has that exact name. */
function expand(rs: ApiResource[], q: Gvr): Gvr {
  const inGroup = (r: ApiResource) => !q.group || r.group === q.group;
  if (rs.some((r) => inGroup(r) && named(r, q.resource))) return q;
  const hit = rs.find((r) => inGroup(r) && r.shortNames.includes(q.resource));
  // A short name drops the version (`deploy.v9.apps` → deployments.apps), as kubectl does.
  if (hit) return { group: hit.group, version: '', resource: hit.resource };
  if (!q.group) return q;
  const pre = rs.find((r) => r.group.startsWith(q.group) && r.shortNames.includes(q.resource));
  return pre ? { ...q, group: pre.group, resource: pre.resource } : q;
}

/** RESTMapper ResourcesFor + priority: the first match in index order wins. */
function lookup(rs: ApiResource[], q: Gvr): ApiResource | undefined {
  const is = (r: ApiResource) => named(r, q.resource);
  if (q.group && q.version)
    return rs.find((r) => r.group === q.group && r.versions.includes(q.version) && is(r));
  if (q.group)
    // `storageclass.storage` finds storage.k8s.io: a group prefix, when nothing matches exactly.
    return (
      rs.find((r) => r.group === q.group && is(r)) ??
      rs.find((r) => r.group.startsWith(q.group) && is(r))
    );
  return rs.find(is);
}

/** kubectl's resourceFor: `a.b.c` as resource.version.group first, then resource.group. */
export function findResource(index: ResourceIndex, type: string): ApiResource | undefined {
  const rs = index.resources;
  const t = type.toLowerCase();
  const segs = t.split('.');
  if (segs.length >= 3) {
    const [resource = '', version = ''] = segs;
    const hit = lookup(rs, expand(rs, { resource, version, group: segs.slice(2).join('.') }));
    if (hit) return hit;
  }
  const dot = t.indexOf('.');
  const q =
    dot < 0 ? { resource: t, group: '' } : { resource: t.slice(0, dot), group: t.slice(dot + 1) };
  return lookup(rs, expand(rs, { ...q, version: '' }));
}

/** The TYPE as written: `deployments.apps`, rebuilt from resource/version/group when split. */
function typeOf(req: Requirement): string {
  const r = (req.resource ?? '').toLowerCase();
  if (r.includes('.') || !req.group) return r;
  return [r, req.version, req.group].filter(Boolean).join('.').toLowerCase();
}

const isWildcard = (type: string) => type === '*' || type.startsWith('*.');

/** True when the built-in table cannot resolve the TYPE: a CRD, or an unknown name. */
export function needsDiscovery(req: Requirement): boolean {
  if (req.nonResourceURL !== undefined) return false;
  const type = typeOf(req);
  return !isWildcard(type) && !findResource(BUILTIN, type);
}

export interface Resolved {
  attributes: AccessAttributes;
  resolvedBy: 'builtin' | 'discovery' | 'as-written';
  unknownResource?: boolean;
}

/**
 * The attributes kubectl auth can-i would send, with one deliberate difference: a cluster-scoped
 * resource (nodes, namespaces, clusterroles…) gets namespace '' (what the real request carries),
 * where kubectl sends the context namespace, so a Role in that namespace could make it say yes
 * for a request RBAC will deny. Types nothing resolves are sent split at the first dot (resource,
 * group), where kubectl sends the whole TYPE as the resource in the core group. No version is
 * sent (kubectl sends none; RBAC ignores it).
 */
export function resolveRequirement(
  req: Requirement,
  opts: { defaultNamespace: string; index?: ResourceIndex },
): Resolved {
  const { verb } = req;
  if (req.nonResourceURL !== undefined)
    return { attributes: { verb, nonResourceURL: req.nonResourceURL }, resolvedBy: 'as-written' };
  const type = typeOf(req);
  const namespace = req.allNamespaces ? '' : (req.namespace ?? opts.defaultNamespace);
  const extra = {
    ...(req.subresource ? { subresource: req.subresource } : {}),
    ...(req.name !== undefined ? { name: req.name } : {}),
  };
  const { index } = opts;
  const served = index && !isWildcard(type) ? findResource(index, type) : undefined;
  const hit = served ?? (isWildcard(type) ? undefined : findResource(BUILTIN, type));
  // As written: resource.group, or resource.version.group when the middle part is a version.
  const segs = type.split('.');
  const versioned = segs.length >= 3 && /^v\d+((alpha|beta)\d+)?$/.test(segs[1] ?? '');
  const group = hit?.group ?? segs.slice(versioned ? 2 : 1).join('.');
  // A miss proves the type is not served only when discovery was whole for the group asked.
  const known = served !== undefined || hit?.virtual === true || isWildcard(type);
  const certain = index && (known || !(index.incomplete || index.staleGroups?.includes(group)));
  const unknownResource = certain ? { unknownResource: !known } : {};
  if (hit) {
    const ns = hit.namespaced ? namespace : '';
    const attributes = { verb, group: hit.group, resource: hit.resource, ...extra, namespace: ns };
    return { attributes, resolvedBy: served ? 'discovery' : 'builtin', ...unknownResource };
  }
  const attributes = { verb, group, resource: segs[0] ?? '', ...extra, namespace };
  return { attributes, resolvedBy: 'as-written', ...unknownResource };
}
