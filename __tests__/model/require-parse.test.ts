import { describe, expect, it } from '@jest/globals';
import { parseRequirements } from '../../src/model/require-parse.js';
import type { Requirement } from '../../src/model/require.js';

/** The one requirement of a one-line input, without `line`/`lineNumber`. */
function one(text: string): Omit<Requirement, 'line' | 'lineNumber'> {
  const r = parseRequirements(text);
  if (!r.ok) throw new Error(r.message);
  expect(r.requirements).toHaveLength(1);
  const rest: Partial<Requirement> = { ...r.requirements[0]! };
  delete rest.line;
  delete rest.lineNumber;
  return rest as Omit<Requirement, 'line' | 'lineNumber'>;
}

function error(text: string): string {
  const r = parseRequirements(text);
  if (r.ok) throw new Error(`parsed: ${JSON.stringify(r.requirements)}`);
  return r.message;
}

describe('parseRequirements: the kubectl auth can-i grammar', () => {
  it.each<[string, Omit<Requirement, 'line'>]>([
    ['create deployments', { verb: 'create', resource: 'deployments' }],
    ['get deploy', { verb: 'get', resource: 'deploy' }],
    ['get Deployment', { verb: 'get', resource: 'deployment' }],
    ['create deployments.apps', { verb: 'create', resource: 'deployments.apps', group: 'apps' }],
    [
      'list deployments.v1.apps',
      { verb: 'list', resource: 'deployments.v1.apps', version: 'v1', group: 'apps' },
    ],
    [
      'get certificates.cert-manager.io',
      { verb: 'get', resource: 'certificates.cert-manager.io', group: 'cert-manager.io' },
    ],
    [
      'get hpa.v2beta2.autoscaling',
      {
        verb: 'get',
        resource: 'hpa.v2beta2.autoscaling',
        version: 'v2beta2',
        group: 'autoscaling',
      },
    ],
    // kubectl splits TYPE/NAME at the first "/": pods/log is the pod named "log".
    ['get pods/log', { verb: 'get', resource: 'pods', name: 'log' }],
    ['get configmaps/App-Config', { verb: 'get', resource: 'configmaps', name: 'App-Config' }],
    [
      'approve signers/example.com/my-signer',
      { verb: 'approve', resource: 'signers', name: 'example.com/my-signer' },
    ],
    ['get *', { verb: 'get', resource: '*' }],
    ['* * -A', { verb: '*', resource: '*', allNamespaces: true }],
    ['get *.apps', { verb: 'get', resource: '*.apps', group: 'apps' }],
    ['get /healthz', { verb: 'get', nonResourceURL: '/healthz' }],
    ['get /logs/*', { verb: 'get', nonResourceURL: '/logs/*' }],
    ['get /Metrics', { verb: 'get', nonResourceURL: '/Metrics' }],
    ['get /', { verb: 'get', nonResourceURL: '/' }],
    ['impersonate users/alice', { verb: 'impersonate', resource: 'users', name: 'alice' }],
    ['deletecollection pods', { verb: 'deletecollection', resource: 'pods' }],
  ])('%s', (text, want) => expect(one(text)).toEqual(want));

  it.each<[string, Partial<Requirement>]>([
    ['get pods -n prod', { namespace: 'prod' }],
    ['get pods --namespace prod', { namespace: 'prod' }],
    ['get pods --namespace=prod', { namespace: 'prod' }],
    ['get pods -nprod', { namespace: 'prod' }],
    ['get pods -n=prod', { namespace: 'prod' }],
    ['-n prod get pods', { namespace: 'prod' }],
    ['get -n prod pods', { namespace: 'prod' }],
    ['get pods -A', { allNamespaces: true }],
    ['get pods --all-namespaces', { allNamespaces: true }],
    ['get pods --all-namespaces=true', { allNamespaces: true }],
    ['get pods -A=true', { allNamespaces: true }],
    ['get pods --all-namespaces=false -n prod', { namespace: 'prod' }],
    ['get pods -qA', { allNamespaces: true }],
    ['get pods --subresource log', { subresource: 'log' }],
    ['get pods --subresource=exec -n prod', { subresource: 'exec', namespace: 'prod' }],
    ['get pods -q', {}],
    ['get pods --quiet', {}],
    ['get -- pods', {}],
  ])('flags: %s', (text, want) =>
    expect(one(text)).toEqual({ verb: 'get', resource: 'pods', ...want }),
  );

  it('accepts a pasted `kubectl auth can-i` command', () => {
    expect(one('kubectl auth can-i create secrets -n prod')).toEqual({
      verb: 'create',
      resource: 'secrets',
      namespace: 'prod',
    });
  });
});

describe('parseRequirements: the input as a whole', () => {
  it('one per line, `;` separates more, blanks, comments and YAML list items are tolerated', () => {
    const r = parseRequirements(
      [
        '# what the deploy needs',
        '',
        '- create deployments.apps -n prod   # rollout',
        '  - "get secrets/app-config -n prod"',
        'get pods; list nodes ;',
        "- 'get /healthz'",
        '\r',
      ].join('\r\n'),
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.requirements.map((q) => [q.lineNumber, q.line])).toEqual([
      [3, 'create deployments.apps -n prod'],
      [4, 'get secrets/app-config -n prod'],
      [5, 'get pods'],
      [5, 'list nodes'],
      [6, 'get /healthz'],
    ]);
  });

  it('empty input: no requirements', () => {
    expect(parseRequirements('')).toEqual({ ok: true, requirements: [] });
    expect(parseRequirements('\n # nothing\n')).toEqual({ ok: true, requirements: [] });
  });

  it('names the first bad line', () => {
    expect(parseRequirements('get pods\ncreate\nget nodes')).toEqual({
      ok: false,
      line: 2,
      message:
        'line 2: "create" needs a resource type or a non-resource URL (e.g. "create deployments.apps -n prod")',
    });
  });
});

describe('parseRequirements: precise errors', () => {
  it.each([
    ['create', '"create" needs a resource type or a non-resource URL'],
    ['-n prod', 'a requirement needs a verb and a resource type'],
    [
      'create deployments prod',
      'too many arguments from "prod": one verb and one resource type (a namespace needs -n, e.g. "-n prod")',
    ],
    [
      'Create deployments',
      'verb "Create" must be lower-case ("create"): RBAC compares verbs exactly',
    ],
    ['deployments.apps', '"deployments.apps" is not a verb; the verb comes first'],
    [
      'get pods --as alice',
      'unknown flag "--as" (allowed: -n/--namespace, -A/--all-namespaces and --subresource)',
    ],
    ['get pods -o yaml', 'unknown flag "-o"'],
    ['get pods --list', 'unknown flag "--list"'],
    ['get pods -n', 'flag "-n" needs a value (e.g. "-n prod")'],
    ['get pods --namespace', 'flag "--namespace" needs a value'],
    ['get pods --namespace=', 'flag "--namespace" needs a value'],
    ['get pods -n -A', 'flag "-n" needs a value'],
    ['get pods --subresource', 'flag "--subresource" needs a value (e.g. "--subresource status")'],
    ['get pods -n a -n b', '-n is given twice'],
    ['get pods -n prod -A', '-n prod and -A contradict each other (-A means every namespace)'],
    ['get pods -n Prod', '"Prod" is not a namespace name'],
    ['get pods -n prod_1', '"prod_1" is not a namespace name'],
    ['get pods --all-namespaces=yes', 'flag "--all-namespaces" takes true or false, not "yes"'],
    ['get /healthz -n prod', 'the non-resource URL "/healthz" has no namespace; drop -n'],
    ['get /healthz -A', 'the non-resource URL "/healthz" has no namespace; drop -A'],
    ['get /healthz --subresource x', 'the non-resource URL "/healthz" has no subresource'],
    [
      'get pods,services',
      '"pods,services": one resource type per requirement; separate them with ";"',
    ],
    ['get pods/', '"pods/" has an empty name after "/"'],
    ['get deploy_ments', '"deploy_ments" is not a resource type'],
    ['get deployments..apps', '"deployments..apps" is not a resource type'],
    ['kubectl get pods', 'only "kubectl auth can-i ..." can be pasted; this is "kubectl get"'],
  ])('%s', (text, message) => expect(error(text)).toContain(`line 1: ${message}`));
});
