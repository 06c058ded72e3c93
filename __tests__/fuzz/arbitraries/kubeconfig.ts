/** Kubeconfigs: a mostly well-formed object, mutated, rendered and damaged as text or base64. */
import fc from 'fast-check';
import { anyValue, maybeHuge, or, text } from './misc.js';
import { base64Field, certPem, keyPem, pemVariant } from './pem.js';
import { token } from './tokens.js';
import { mangled, render, renderOptions } from './yaml.js';

export const V1 = 'client.authentication.k8s.io/v1';
export const V1BETA1 = 'client.authentication.k8s.io/v1beta1';
/** The gate tests put a plugin of this name on PATH; it prints a file the test writes. */
export const PLUGIN = 'kp-fuzz-plugin';

const name = fc.oneof(
  { arbitrary: fc.constantFrom('prod', 'ci', 'dev', 'a', ''), weight: 6 },
  text,
);
const file = fc.constantFrom(
  'token',
  'missing/file',
  '/dev/null',
  '.',
  'ca.pem',
  'binary',
  '~/x',
  '../x',
);

const cluster = fc.record(
  {
    server: or(
      fc.constantFrom(
        'https://1.2.3.4:6443',
        'https://AB12.gr7.eu-west-1.eks.amazonaws.com',
        'http://localhost',
        '',
      ),
    ),
    'certificate-authority-data': base64Field(pemVariant(certPem)),
    'certificate-authority': file,
    'insecure-skip-tls-verify': or(fc.boolean()),
    'tls-server-name': text,
    'proxy-url': or(fc.constantFrom('http://proxy:3128', 'socks5://x', '')),
  },
  { requiredKeys: [] },
);
const exec = fc.record(
  {
    command: fc.constantFrom(PLUGIN, 'kp-fuzz-missing', './missing/plugin', 'aws', ''),
    apiVersion: or(fc.constantFrom(V1, V1BETA1, 'client.authentication.k8s.io/v1alpha1')),
    args: or(
      fc.array(fc.oneof(fc.constantFrom('--token', '--password=hunter2hunter2', 'eks'), text), {
        maxLength: 4,
      }),
    ),
    env: or(
      fc.array(fc.record({ name: fc.constantFrom('AWS_PROFILE', 'SECRET', ''), value: text }), {
        maxLength: 2,
      }),
    ),
    interactiveMode: or(fc.constantFrom('Never', 'IfAvailable', 'Always')),
    provideClusterInfo: or(fc.boolean()),
    installHint: maybeHuge,
  },
  { requiredKeys: ['command', 'apiVersion'] },
);
const authProvider = fc.record({
  name: or(fc.constantFrom('oidc', 'gcp', 'azure')),
  config: fc.dictionary(
    fc.constantFrom(
      'idp-issuer-url',
      'id-token',
      'client-id',
      'client-secret',
      'refresh-token',
      'idp-certificate-authority-data',
    ),
    fc.oneof(token, base64Field(certPem), fc.constant('https://issuer.example')),
  ),
});
const user = fc.record(
  {
    token,
    tokenFile: file,
    'client-certificate-data': base64Field(pemVariant(certPem)),
    'client-key-data': base64Field(pemVariant(keyPem)),
    'client-certificate': file,
    'client-key': file,
    username: text,
    password: text,
    exec,
    'auth-provider': authProvider,
    as: text,
  },
  { requiredKeys: [] },
);
const context = fc.record({ cluster: name, user: name, namespace: text }, { requiredKeys: [] });
const entries = <T>(key: string, arb: fc.Arbitrary<T>) =>
  fc.array(fc.record({ name, [key]: arb }), { maxLength: 3 });

/** A kubeconfig as an object, mostly well formed. */
export const kubeconfigObject = fc.record(
  {
    apiVersion: or(fc.constant('v1')),
    kind: or(fc.constant('Config')),
    clusters: entries('cluster', cluster),
    users: entries('user', user),
    contexts: entries('context', context),
    'current-context': name,
    preferences: fc.constant({}),
  },
  { requiredKeys: ['clusters', 'users', 'contexts'] },
);

/** Kubeconfig text: mutated seeds, random structures, vocabulary soups, binary junk. */
export const kubeconfigText: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: mangled(kubeconfigObject, 3) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.dictionary(
          fc.constantFrom(
            'apiVersion',
            'kind',
            'clusters',
            'users',
            'contexts',
            'current-context',
            'preferences',
          ),
          anyValue,
        ),
        renderOptions,
      )
      .map(([v, r]) => render(v, r)),
  },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.anything({ maxDepth: 5 }), renderOptions).map(([v, r]) => render(v, r)),
  },
  {
    weight: 1,
    arbitrary: fc.uint8Array({ maxLength: 512 }).map((b) => Buffer.from(b).toString('latin1')),
  },
  { weight: 1, arbitrary: maybeHuge },
);

/** The `kubeconfig` input: text, or its base64 (wrapped or not). */
export const kubeconfigInput = fc.oneof(
  { weight: 4, arbitrary: kubeconfigText },
  {
    weight: 1,
    arbitrary: base64Field(kubeconfigText.map((t) => Buffer.from(t).toString('latin1'))),
  },
);
