/**
 * Multi-file KUBECONFIG setups for the differential test against `kubectl config view`.
 * `{CA}` in a file is replaced by base64 of a generated certificate; `pem` lists the paths
 * (relative to the temp HOME) where the generated certificate is written as a file.
 */
export interface Scenario {
  name: string;
  files: Record<string, string>;
  /** KUBECONFIG, with paths relative to the cwd. */
  kubeconfig: string;
  /** Working directory relative to the temp HOME (default: the HOME itself). */
  cwd?: string;
  context?: string;
  pem?: string[];
  /** kubectl refuses this setup (non-zero exit or an `error:` line). */
  refused?: boolean;
  /** kubectl fails only for a reason the lead's data-invalid check covers: assert just that. */
  onlyKubectlFails?: boolean;
}

const kc = (name: string, opts: { server?: string; current?: string; user?: string } = {}) =>
  [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    `- name: ${name}`,
    `  cluster: {server: "${opts.server ?? `https://${name}.example:6443`}"}`,
    'users:',
    `- name: ${opts.user ?? `${name}-user`}`,
    `  user: {token: tok-${name}-0123456789}`,
    'contexts:',
    `- name: ${name}`,
    `  context: {cluster: ${name}, user: ${opts.user ?? `${name}-user`}}`,
    ...(opts.current ? [`current-context: ${opts.current}`] : []),
    '',
  ].join('\n');

export const SCENARIOS: Scenario[] = [
  { name: 'single file', files: { 'a.yaml': kc('a', { current: 'a' }) }, kubeconfig: 'a.yaml' },
  {
    name: 'current-context from the first file that sets a non-empty one',
    files: {
      'a.yaml': 'current-context: ""\n' + kc('a'),
      'b.yaml': kc('b', { current: 'b' }),
      'c.yaml': kc('c', { current: 'c' }),
    },
    kubeconfig: 'a.yaml:b.yaml:c.yaml',
  },
  {
    name: 'shadowed cluster: the first file wins the whole entry',
    files: {
      'a.yaml': 'clusters:\n- name: b\n  cluster: {server: "https://first.example:6443"}\n',
      'b.yaml': kc('b', { current: 'b' }),
    },
    kubeconfig: 'a.yaml:b.yaml',
  },
  {
    name: 'shadowed context: a stale default file listed first',
    files: {
      'home.yaml': kc('prod', { server: 'https://stale.example:6443', current: 'prod' }),
      'job.yaml': kc('prod', { server: 'https://fresh.example:6443', current: 'prod' }),
    },
    kubeconfig: 'home.yaml:job.yaml',
  },
  {
    name: 'missing files are skipped, empty items and duplicates dropped',
    files: { 'a.yaml': kc('a', { current: 'a' }) },
    kubeconfig: 'missing.yaml::a.yaml:gone.yaml:a.yaml',
  },
  {
    name: 'an empty file and a file with only preferences merge as nothing',
    files: {
      'empty.yaml': '',
      'prefs.yaml': 'apiVersion: v1\nkind: Config\npreferences: {colors: true}\n',
      'a.yaml': kc('a', { current: 'a' }),
    },
    kubeconfig: 'empty.yaml:prefs.yaml:a.yaml',
  },
  {
    name: 'relative KUBECONFIG paths and a relative certificate-authority',
    files: {
      'work/conf/a.yaml': kc('a', { current: 'a' }).replace(
        'cluster: {server: "https://a.example:6443"}',
        'cluster: {server: "https://a.example:6443", certificate-authority: ../pki/ca.crt}',
      ),
    },
    pem: ['work/pki/ca.crt'],
    kubeconfig: 'conf/a.yaml',
    cwd: 'work',
  },
  {
    name: 'requested context from the second file',
    files: { 'a.yaml': kc('a', { current: 'a' }), 'b.yaml': kc('b') },
    kubeconfig: 'a.yaml:b.yaml',
    context: 'b',
  },
  {
    name: 'duplicate keys: the last value wins',
    files: {
      'a.yaml':
        kc('a').replace(
          '  cluster: {server: "https://a.example:6443"}',
          '  cluster:\n    server: "https://one.example:6443"\n    server: "https://two.example:6443"',
        ) + 'current-context: nope\ncurrent-context: a\n',
    },
    kubeconfig: 'a.yaml',
  },
  {
    name: 'JSON kubeconfig with inline CA data, anchors and merge keys in YAML',
    files: {
      'a.json': JSON.stringify({
        apiVersion: 'v1',
        kind: 'Config',
        clusters: [
          {
            name: 'j',
            cluster: { server: 'https://127.0.0.1:6443', 'certificate-authority-data': '{CA}' },
          },
        ],
        users: [{ name: 'ju', user: { token: 'tok-json-0123456789' } }],
        contexts: [{ name: 'j', context: { cluster: 'j', user: 'ju' } }],
      }),
      'b.yaml':
        'defaults: &d {server: "https://merged.invalid:443"}\nclusters:\n- name: m\n  cluster:\n    <<: *d\n' +
        'users:\n- name: mu\n  user: {token: tok-merge-0123456789}\ncontexts:\n- name: m\n  context: {cluster: m, user: mu}\ncurrent-context: m\n',
    },
    kubeconfig: 'a.json:b.yaml',
  },
  {
    name: 'JSON kubeconfig selected with a requested context',
    files: {
      'a.json': JSON.stringify({
        apiVersion: 'v1',
        clusters: [
          {
            name: 'j',
            cluster: { server: 'https://127.0.0.1:6443', 'certificate-authority-data': '{CA}' },
          },
        ],
        users: [{ name: 'ju', user: { token: 'tok-json-0123456789' } }],
        contexts: [{ name: 'j', context: { cluster: 'j', user: 'ju' } }],
      }),
    },
    kubeconfig: 'a.json',
    context: 'j',
  },
  {
    name: 'only the first YAML document counts; a BOM is fine',
    files: { 'a.yaml': '\uFEFF' + kc('a', { current: 'a' }) + '---\ncurrent-context: b\n' },
    kubeconfig: 'a.yaml',
  },
  {
    name: 'user defined only in a later file',
    files: {
      'a.yaml':
        'clusters:\n- name: a\n  cluster: {server: "https://a.example"}\ncontexts:\n- name: a\n  context: {cluster: a, user: late}\ncurrent-context: a\n',
      'b.yaml': 'users:\n- name: late\n  user: {token: tok-late-0123456789}\n',
    },
    kubeconfig: 'a.yaml:b.yaml',
  },
  // Configurations kubectl refuses.
  {
    name: 'duplicate name inside one file',
    files: {
      'a.yaml': kc('a', { current: 'a' }),
      'b.yaml':
        'users:\n- name: u\n  user: {token: tok-1-0123456789}\n- name: u\n  user: {token: tok-2-0123456789}\n',
    },
    refused: true,
    kubeconfig: 'a.yaml:b.yaml',
  },
  {
    name: 'YAML syntax error (tab indentation)',
    files: { 'a.yaml': 'clusters:\n- name: a\n\tcluster: {}\n' },
    refused: true,
    kubeconfig: 'a.yaml',
  },
  {
    name: 'wrong type: clusters is a number',
    files: { 'a.yaml': 'clusters: 5\n' },
    refused: true,
    kubeconfig: 'a.yaml',
  },
  {
    name: 'top-level list',
    files: { 'a.yaml': '- clusters\n- users\n' },
    refused: true,
    kubeconfig: 'a.yaml',
  },
  {
    name: 'unquoted YAML 1.1 boolean as a context name',
    files: { 'a.yaml': kc('a') + 'current-context: y\n' },
    refused: true,
    kubeconfig: 'a.yaml',
  },
  {
    name: 'quoted boolean',
    files: {
      'a.yaml': kc('a', { current: 'a' }).replace(
        '6443"}',
        '6443", insecure-skip-tls-verify: "true"}',
      ),
    },
    refused: true,
    kubeconfig: 'a.yaml',
  },
  {
    name: 'a Pod manifest instead of a kubeconfig',
    files: { 'a.yaml': 'apiVersion: v1\nkind: Pod\n' },
    refused: true,
    kubeconfig: 'a.yaml',
  },
  { name: 'no current-context', files: { 'a.yaml': kc('a') }, refused: true, kubeconfig: 'a.yaml' },
  {
    name: 'current-context names a missing context',
    files: { 'a.yaml': kc('a', { current: 'b' }) },
    refused: true,
    kubeconfig: 'a.yaml',
  },
  {
    name: 'requested context missing',
    files: { 'a.yaml': kc('a', { current: 'a' }) },
    refused: true,
    kubeconfig: 'a.yaml',
    context: 'zzz',
  },
  {
    name: 'context names a missing cluster',
    files: {
      'a.yaml': kc('a', { current: 'a' }).replace(
        'context: {cluster: a,',
        'context: {cluster: gone,',
      ),
    },
    refused: true,
    kubeconfig: 'a.yaml',
  },
  {
    name: 'context names a missing user',
    files: { 'a.yaml': kc('a', { current: 'a' }).replace('user: a-user}', 'user: ghost}') },
    refused: true,
    kubeconfig: 'a.yaml',
  },
  { name: 'no file exists', files: {}, refused: true, kubeconfig: 'none.yaml:nothing.yaml' },
  {
    name: 'a directory in the list',
    files: { 'dir/placeholder': '', 'a.yaml': kc('a', { current: 'a' }) },
    refused: true,
    kubeconfig: 'dir:a.yaml',
  },
  {
    name: 'bad base64 in certificate-authority-data',
    files: {
      'a.yaml': kc('a', { current: 'a' }).replace(
        '6443"}',
        '6443", certificate-authority-data: "not base64!"}',
      ),
    },
    refused: true,
    kubeconfig: 'a.yaml',
    onlyKubectlFails: true,
  },
];
