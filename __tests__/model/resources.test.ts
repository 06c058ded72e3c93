import { describe, expect, it } from '@jest/globals';
import type { AccessAttributes } from '../../src/model/live.js';
import { parseRequirements } from '../../src/model/require-parse.js';
import type { Requirement } from '../../src/model/require.js';
import {
  BUILTIN,
  findResource,
  needsDiscovery,
  resolveRequirement,
  type ApiResource,
  type ResourceIndex,
} from '../../src/model/resources.js';

const req = (line: string): Requirement => {
  const r = parseRequirements(line);
  if (!r.ok) throw new Error(r.message);
  return r.requirements[0]!;
};

const widget: ApiResource = {
  group: 'example.com',
  resource: 'widgets',
  singular: 'widget',
  kind: 'Widget',
  shortNames: ['wdg', 'deploy'],
  namespaced: true,
  versions: ['v1'],
  subresources: [],
};
/** A server: the built-in resources (minus the virtual ones) plus one CRD, listed last. */
const SERVER: ResourceIndex = {
  resources: [...BUILTIN.resources.filter((r) => !r.virtual), widget],
};

describe('findResource follows kubectl (RESTMapper ResourceFor + short names)', () => {
  it.each([
    ['deployments', 'apps/deployments'],
    ['deployment', 'apps/deployments'],
    ['Deployment', 'apps/deployments'],
    ['deploy', 'apps/deployments'],
    ['deployments.apps', 'apps/deployments'],
    ['deployments.v1.apps', 'apps/deployments'],
    ['deploy.v1.apps', 'apps/deployments'],
    // A short name drops the version: kubectl also resolves this one.
    ['deploy.v9.apps', 'apps/deployments'],
    ['deployments.v9.apps', undefined],
    ['deployments.app', 'apps/deployments'],
    ['storageclass.storage', 'storage.k8s.io/storageclasses'],
    ['hpa', 'autoscaling/horizontalpodautoscalers'],
    ['horizontalpodautoscalers.v1.autoscaling', 'autoscaling/horizontalpodautoscalers'],
    ['events', '/events'],
    ['ev', '/events'],
    ['events.events.k8s.io', 'events.k8s.io/events'],
    ['po', '/pods'],
    ['crds', 'apiextensions.k8s.io/customresourcedefinitions'],
    ['netpol', 'networking.k8s.io/networkpolicies'],
    ['clusterroles.rbac.authorization.k8s.io', 'rbac.authorization.k8s.io/clusterroles'],
    ['users', '/users'],
    ['signers', 'certificates.k8s.io/signers'],
    ['foos', undefined],
    ['widgets', undefined],
  ])('%s → %s', (type, want) => {
    const r = findResource(BUILTIN, type);
    expect(r && `${r.group}/${r.resource}`).toEqual(want);
  });

  it('a CRD from discovery; built-in groups keep priority for a clashing short name', () => {
    expect(findResource(SERVER, 'wdg')?.resource).toBe('widgets');
    expect(findResource(SERVER, 'widgets.example.com')?.resource).toBe('widgets');
    expect(findResource(SERVER, 'deploy')?.group).toBe('apps');
    expect(findResource(SERVER, 'deploy.example.com')?.resource).toBe('widgets');
  });
});

describe('resolveRequirement', () => {
  const ns = { defaultNamespace: 'ci' };
  it.each<[string, AccessAttributes, string]>([
    [
      'create deployments',
      { verb: 'create', group: 'apps', resource: 'deployments', namespace: 'ci' },
      'builtin',
    ],
    [
      'create deploy -n prod',
      { verb: 'create', group: 'apps', resource: 'deployments', namespace: 'prod' },
      'builtin',
    ],
    ['list pods -A', { verb: 'list', group: '', resource: 'pods', namespace: '' }, 'builtin'],
    [
      'get pods/log',
      { verb: 'get', group: '', resource: 'pods', name: 'log', namespace: 'ci' },
      'builtin',
    ],
    [
      'get pods --subresource log',
      { verb: 'get', group: '', resource: 'pods', subresource: 'log', namespace: 'ci' },
      'builtin',
    ],
    // Cluster-scoped: namespace '' (kubectl can-i would send 'ci').
    ['get nodes -n prod', { verb: 'get', group: '', resource: 'nodes', namespace: '' }, 'builtin'],
    [
      'create clusterrolebindings',
      {
        verb: 'create',
        group: 'rbac.authorization.k8s.io',
        resource: 'clusterrolebindings',
        namespace: '',
      },
      'builtin',
    ],
    [
      'impersonate users/alice',
      { verb: 'impersonate', group: '', resource: 'users', name: 'alice', namespace: '' },
      'builtin',
    ],
    [
      'approve signers/example.com/x',
      {
        verb: 'approve',
        group: 'certificates.k8s.io',
        resource: 'signers',
        name: 'example.com/x',
        namespace: '',
      },
      'builtin',
    ],
    ['get *', { verb: 'get', group: '', resource: '*', namespace: 'ci' }, 'as-written'],
    ['* *.apps -A', { verb: '*', group: 'apps', resource: '*', namespace: '' }, 'as-written'],
    ['get foos', { verb: 'get', group: '', resource: 'foos', namespace: 'ci' }, 'as-written'],
    [
      'get certificates.cert-manager.io -n prod',
      { verb: 'get', group: 'cert-manager.io', resource: 'certificates', namespace: 'prod' },
      'as-written',
    ],
    [
      'get issuers.v1.cert-manager.io',
      { verb: 'get', group: 'cert-manager.io', resource: 'issuers', namespace: 'ci' },
      'as-written',
    ],
    ['get /healthz', { verb: 'get', nonResourceURL: '/healthz' }, 'as-written'],
  ])('no discovery: %s', (line, attributes, resolvedBy) =>
    expect(resolveRequirement(req(line), ns)).toEqual({ attributes, resolvedBy }),
  );

  it.each<[string, Partial<AccessAttributes>, string, boolean | undefined]>([
    ['get wdg', { group: 'example.com', resource: 'widgets', namespace: 'ci' }, 'discovery', false],
    [
      'get Widget -n prod',
      { group: 'example.com', resource: 'widgets', namespace: 'prod' },
      'discovery',
      false,
    ],
    ['get deployments', { group: 'apps', resource: 'deployments' }, 'discovery', false],
    ['get users', { group: '', resource: 'users', namespace: '' }, 'builtin', false],
    ['get foos', { group: '', resource: 'foos', namespace: 'ci' }, 'as-written', true],
    ['get gadgets.example.com', { group: 'example.com', resource: 'gadgets' }, 'as-written', true],
    ['get *', { resource: '*' }, 'as-written', false],
    ['get /healthz', { nonResourceURL: '/healthz' }, 'as-written', undefined],
  ])('with discovery: %s', (line, attributes, resolvedBy, unknownResource) => {
    const got = resolveRequirement(req(line), { ...ns, index: SERVER });
    expect(got.attributes).toMatchObject(attributes);
    expect([got.resolvedBy, got.unknownResource]).toEqual([resolvedBy, unknownResource]);
  });

  it('a built-in type the server does not serve: built-in attributes, flagged unknown', () => {
    const old: ResourceIndex = {
      resources: SERVER.resources.filter((r) => r.resource !== 'servicecidrs'),
    };
    const got = resolveRequirement(req('list servicecidrs'), { ...ns, index: old });
    expect(got).toEqual({
      attributes: {
        verb: 'list',
        group: 'networking.k8s.io',
        resource: 'servicecidrs',
        namespace: '',
      },
      resolvedBy: 'builtin',
      unknownResource: true,
    });
  });

  it('a miss proves nothing when discovery was incomplete or the group is stale', () => {
    const incomplete = { ...SERVER, incomplete: true };
    expect(
      resolveRequirement(req('get foos'), { ...ns, index: incomplete }).unknownResource,
    ).toBeUndefined();
    const stale = { ...SERVER, staleGroups: ['metrics.k8s.io'] };
    expect(
      resolveRequirement(req('get pods.metrics.k8s.io'), { ...ns, index: stale }).unknownResource,
    ).toBeUndefined();
    expect(
      resolveRequirement(req('get foos.other.io'), { ...ns, index: stale }).unknownResource,
    ).toBe(true);
    expect(resolveRequirement(req('get wdg'), { ...ns, index: incomplete }).unknownResource).toBe(
      false,
    );
  });

  it('accepts a Requirement built by hand with resource and group apart', () => {
    const got = resolveRequirement(
      { line: 'x', verb: 'get', resource: 'Deployments', group: 'apps' },
      ns,
    );
    expect(got.attributes).toEqual({
      verb: 'get',
      group: 'apps',
      resource: 'deployments',
      namespace: 'ci',
    });
  });
});

describe('needsDiscovery', () => {
  it.each([
    ['create deployments', false],
    ['get deploy', false],
    ['get Deployment', false],
    ['get hpa.v1.autoscaling', false],
    ['get nodes', false],
    ['impersonate users', false],
    ['get *', false],
    ['get *.apps', false],
    ['get /healthz', false],
    ['get certificates.cert-manager.io', true],
    ['get wdg', true],
    ['get foos', true],
    ['get deployments.v9.apps', true],
  ])('%s → %s', (line, want) => expect(needsDiscovery(req(line))).toBe(want));
});
