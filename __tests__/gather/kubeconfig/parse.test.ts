import { describe, expect, it } from '@jest/globals';
import { MAX_KUBECONFIG_BYTES, parseKubeconfigText } from '../../../src/gather/kubeconfig/parse.js';
import { recordingSecrets } from '../../helpers/kubeconfig.js';

function parse(text: string) {
  const { secrets, masked } = recordingSecrets();
  return { file: parseKubeconfigText(text, '/k/config', '/k', secrets), masked };
}

const FULL = `apiVersion: v1
kind: Config
clusters:
- name: prod
  cluster:
    server: https://prod.example:6443
    certificate-authority-data: REDACTED
    insecure-skip-tls-verify: yes
users:
- name: ci
  user:
    token: sekret-token-value
    client-key-data: a2V5LWRhdGEtc2VjcmV0
    auth-provider:
      name: oidc
      config: {idp-issuer-url: https://issuer.example, id-token: id-token-secret, client-id: kube}
    exec:
      command: aws
      env: [{name: AWS_SECRET, value: env-secret-value}, null]
contexts:
- name: prod
  context: {cluster: prod, user: ci, namespace: apps}
current-context: prod
`;

describe('parseKubeconfigText', () => {
  it('keeps entries with origin, field lines and typed values', () => {
    const { file } = parse(FULL);
    expect(file.status).toBe('loaded');
    const [cluster] = file.clusters;
    expect(cluster?.name).toBe('prod');
    expect(cluster?.origin).toEqual({ file: '/k/config', line: 4, column: 3 });
    expect(cluster?.fieldLines).toEqual({
      server: 6,
      'certificate-authority-data': 7,
      'insecure-skip-tls-verify': 8,
    });
    expect(cluster?.value['insecure-skip-tls-verify']).toBe(true); // YAML 1.1: yes is a boolean
    expect(file.users[0]?.fieldLines.exec).toBe(17);
    expect(file.users[0]?.value.exec?.env).toEqual([
      { name: 'AWS_SECRET', value: 'env-secret-value' },
      {},
    ]);
    expect(file.contexts[0]?.value).toEqual({ cluster: 'prod', user: 'ci', namespace: 'apps' });
    expect(file.currentContext).toEqual({ name: 'prod', line: 23 });
  });

  it('masks every secret-valued field as soon as it is parsed, and only those', () => {
    const { masked } = parse(FULL);
    expect(masked).toEqual(
      expect.arrayContaining([
        'sekret-token-value',
        'a2V5LWRhdGEtc2VjcmV0',
        'id-token-secret',
        'env-secret-value',
      ]),
    );
    expect(masked).not.toContain('https://issuer.example');
    expect(masked).not.toContain('kube');
    expect(masked).not.toContain('REDACTED');
  });

  it("masks a proxy-url's password, as written and decoded, and nothing else of the URL", () => {
    const yaml = [
      'clusters:',
      '- name: a',
      '  cluster: {server: "https://a.example", proxy-url: "http://ci:p%40ss-w0rd@proxy.example:3128"}',
      '- name: b',
      '  cluster: {server: "https://b.example", proxy-url: "socks5://127.0.0.1:1080"}',
    ].join('\n');
    const { masked } = parse(yaml);
    expect(masked).toEqual(['p%40ss-w0rd', 'p@ss-w0rd']);
  });

  it('records placeholders copied from `kubectl config view`', () => {
    const { file } = parse(FULL.replace('sekret-token-value', 'DATA+OMITTED'));
    expect(file.redacted).toEqual([
      { field: 'cluster "prod" certificate-authority-data', placeholder: 'REDACTED', line: 7 },
      { field: 'user "ci" token', placeholder: 'DATA+OMITTED', line: 12 },
    ]);
  });

  it('lets the last duplicate key win and records it', () => {
    const { file } = parse(
      'clusters:\n- name: a\n  cluster:\n    server: https://one\n    server: https://two\ncurrent-context: x\ncurrent-context: z\n',
    );
    expect(file.clusters[0]?.value.server).toBe('https://two');
    expect(file.currentContext?.name).toBe('z');
    expect(file.duplicateKeys).toEqual([
      { key: 'clusters[0].cluster.server', line: 5 },
      { key: 'current-context', line: 7 },
    ]);
  });

  it.each([
    ['clusters: 5\n', 'clusters must be a list, not a number', 1, 11],
    ['- a\n- b\n', 'is a YAML list', 1, 1],
    [
      'users:\n- name: u\n  user: {token: 12345}\n',
      'users[0].user.token must be a string, not a number (quote',
      3,
      17,
    ],
    ['users:\n- name: u\n  user: {token: on}\n', 'must be a string, not the boolean true', 3, 17],
    [
      'clusters:\n- name: a\n  cluster: {insecure-skip-tls-verify: "true"}\n',
      'must be true or false, not a string (remove the quotes)',
      3,
      39,
    ],
    ['clusters:\n- name: a\n\tcluster: {}\n', 'YAML syntax error', 3, 1],
    ['kind: Pod\napiVersion: v1\n', 'kind "Pod" is not a kubeconfig', 1, 1],
    ['apiVersion: client.authentication.k8s.io/v1\n', 'is not a kubeconfig', 1, 1],
    ['a: *missing\n', 'unknown anchor "*missing"', 1, 4],
  ])('refuses %j as kubectl does, with line and column', (text, error, line, column) => {
    const { file } = parse(text);
    expect(file.status).toBe('invalid');
    expect(file.error).toContain(error);
    expect(file.position).toEqual({ line, column });
    expect(file.clusters).toEqual([]);
  });

  it('keeps both entries of a name given twice in one file and marks the file invalid', () => {
    const { file } = parse(
      'clusters:\n- name: a\n  cluster: {server: https://one}\n- name: a\n  cluster: {server: https://two}\n',
    );
    expect(file.status).toBe('invalid');
    expect(file.error).toContain('duplicate name "a" in list of clusters (lines 2 and 4)');
    expect(file.clusters.map((c) => c.value.server)).toEqual(['https://one', 'https://two']);
  });

  it('treats whitespace, comments and null as an empty file', () => {
    for (const text of ['', '  \n', '# nothing\n', 'null\n', '---\n']) {
      expect(parse(text).file.status).toBe('empty');
    }
    expect(parse('{}\n').file.status).toBe('loaded');
  });

  it('reads only the first document, merge keys, timestamps as text, and a BOM', () => {
    const { file } = parse(
      '\uFEFFbase: &b {server: https://merged}\nclusters:\n- name: a\n  cluster:\n    <<: *b\n    tls-server-name: 2026-01-01\n---\nclusters: 5\n',
    );
    expect(file.status).toBe('loaded');
    expect(file.clusters[0]?.value).toEqual({
      server: 'https://merged',
      'tls-server-name': '2026-01-01',
    });
    expect(file.duplicateKeys).toEqual([]);
  });

  it('ignores unknown fields and names are case-sensitive', () => {
    const { file } = parse(
      'Clusters:\n- name: a\nclusters:\n- name: b\n  cluster: {Server: x, extra: 1}\n',
    );
    expect(file.status).toBe('loaded');
    expect(file.clusters.map((c) => [c.name, c.value])).toEqual([['b', {}]]);
  });

  it('refuses alias bombs and oversized text', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const next = String.fromCharCode(97 + i);
      bomb.push(`${next}: &${next} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    }
    const { file } = parse(bomb.join('\n') + '\n');
    expect(file.status).toBe('invalid');
    expect(file.error).toContain('alias bomb');
    expect(file.refused).toBe('aliases');

    const huge = 'x'.repeat(MAX_KUBECONFIG_BYTES + 1);
    expect(parse(huge).file).toMatchObject({
      status: 'invalid',
      refused: 'size',
      error: 'is 10.0 MiB (10,485,761 bytes), over the 10.0 MiB limit; refusing to parse it',
    });
    // Multi-byte text: the limit is in bytes, not characters.
    expect(parse('é'.repeat(MAX_KUBECONFIG_BYTES / 2 + 1)).file.refused).toBe('size');
    expect(parse(`a: ${'é'.repeat(1000)}\n`).file.refused).toBeUndefined();

    // Text that would parse to too many nodes is refused before the (slow) parse.
    const entries = Array.from({ length: 40_000 }, (_, i) => `- {name: c${i}, cluster: {a: b}}`);
    const started = performance.now();
    expect(parse(`clusters:\n${entries.join('\n')}\n`).file).toMatchObject({
      status: 'invalid',
      refused: 'nodes',
      error: expect.stringMatching(/^holds about \d{3},\d{3} YAML nodes, over the 150,000 limit/),
    });
    expect(performance.now() - started).toBeLessThan(2000); // the parse it spares took 5.7 s

    // So is padding the node estimate does not see: the parser keeps a token for every line.
    const head = 'apiVersion: v1\nkind: Config\n';
    expect(parse(`${head}${'\n'.repeat(150_000)}`).file).toMatchObject({
      status: 'invalid',
      refused: 'lines',
      error: 'has 150,003 lines, over the 150,000 limit; refusing to parse it',
    });
    expect(parse(`${head}${'# padding\n'.repeat(149_990)}`).file.refused).toBeUndefined();

    const deep = `a: ${'['.repeat(70)}${']'.repeat(70)}\n`;
    expect(parse(deep).file).toMatchObject({ status: 'invalid', refused: 'depth' });
    // Deeper than the composer is let recurse (128): refused by the same guard, not a "syntax error".
    const deeper = `a: ${'['.repeat(500)}${']'.repeat(500)}\n`;
    expect(parse(deeper).file).toMatchObject({
      status: 'invalid',
      refused: 'depth',
      error: expect.stringMatching(/^nests deeper than 128 levels/),
    });
  });

  it('explains a file that holds base64 instead of YAML', () => {
    const b64 = Buffer.from('apiVersion: v1\nkind: Config\nclusters: []\n').toString('base64');
    const { file } = parse(`${b64}\n`);
    expect(file.status).toBe('invalid');
    expect(file.error).toContain('base64 -d');
  });
});

describe('type errors never quote a value', () => {
  it('names the type of a numeric token, not the token', async () => {
    const { parseKubeconfigText } = await import('../../../src/gather/kubeconfig/index.js');
    const { SecretSet } = await import('../../../src/gather/secrets.js');
    const file = parseKubeconfigText(
      'users:\n- name: u\n  user: {token: 987654321987654}\n',
      '/k',
      '/',
      new SecretSet(),
    );
    expect(file.status).toBe('invalid');
    expect(file.error).toContain('must be a string, not a number');
    expect(file.error).not.toMatch(/98765/);
  });
});

describe('exec env masking', () => {
  it('masks exec env values except plain settings such as AWS_PROFILE', async () => {
    const { parseKubeconfigText } = await import('../../../src/gather/kubeconfig/index.js');
    const { SecretSet } = await import('../../../src/gather/secrets.js');
    const masked: string[] = [];
    parseKubeconfigText(
      [
        'users:',
        '- name: u',
        '  user:',
        '    exec:',
        '      command: aws',
        '      env:',
        '      - {name: AWS_PROFILE, value: ci-deploy}',
        '      - {name: AWS_SECRET_ACCESS_KEY, value: wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY}',
      ].join('\n'),
      '/k',
      '/',
      new SecretSet((s) => masked.push(s)),
    );
    expect(masked).toEqual(['wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY']);
  });
});
