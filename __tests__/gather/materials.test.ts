/** gather() end to end on real files: materials read like client-go, every secret masked. */
import { afterAll, describe, expect, it } from '@jest/globals';
import type { Config } from '../../src/config.js';
import { gather } from '../../src/gather/index.js';
import { b64, makeCA, makeCert } from '../helpers/pki.js';
import { gatherEnv, recordingSecrets, tempDir } from '../helpers/kubeconfig.js';
import { makeJwt } from '../helpers/tokens.js';

const dir = tempDir('kp-materials-');
afterAll(() => dir.remove());

const config = (kubeconfig: string, context?: string): Config => ({
  kubeconfig,
  ...(context ? { context } : {}),
  offline: true,
  minValiditySeconds: 900,
  warnWithinSeconds: 86400 * 30,
  failOn: 'error',
  timeoutSeconds: 10,
  reportPath: dir.path('report.json'),
  mode: 'check',
  contexts: [],
  concurrency: 8,
  requirements: [],
  expectIdentity: [],
  aws: 'auto',
});

function kubeconfig(cluster: string, user: string): string {
  return `apiVersion: v1
kind: Config
current-context: ci
clusters:
- name: c
  cluster:
    server: https://127.0.0.1:6443
${cluster}
contexts:
- name: ci
  context: {cluster: c, user: u}
users:
- name: u
  user:
${user}
`;
}

/** The failure detail of a Loaded value, if it failed. */
const detail = (l: { ok: boolean; detail?: string } | undefined) =>
  l && !l.ok ? l.detail : undefined;

const ca = makeCA({ cn: 'kubernetes', keyType: 'p256' });
const client = makeCert({ cn: 'ci', orgs: ['deployers'], issuer: ca, keyType: 'ed25519' });
const other = makeCert({ cn: 'other', issuer: ca });

async function gatherFile(rel: string, text: string) {
  const file = dir.write(rel, text);
  const { secrets, masked } = recordingSecrets();
  const facts = await gather(config(file), gatherEnv(dir.root), secrets);
  return { facts, t: facts.targets[0], masked, secrets };
}

describe('gather: materials', () => {
  it('reads inline data, checks the key pair, and masks the key', async () => {
    const { t, masked } = await gatherFile(
      'inline.yaml',
      kubeconfig(
        `    certificate-authority-data: ${b64(ca.certPem)}`,
        `    client-certificate-data: ${b64(client.certPem)}\n    client-key-data: ${b64(client.keyPem)}`,
      ),
    );
    expect(t?.ca).toMatchObject({ ok: true, value: [{ commonName: 'kubernetes', isCA: true }] });
    expect(t?.clientCert).toMatchObject({
      ok: true,
      value: [{ commonName: 'ci', keyType: 'ed25519' }],
    });
    expect(t?.clientKey).toMatchObject({ ok: true, value: { keyType: 'ed25519' } });
    expect(t?.keyMatchesCert).toBe(true);
    expect(masked).toEqual(expect.arrayContaining([client.keyPem, b64(client.keyPem)]));
    expect(JSON.stringify(t)).not.toContain(client.keyPem.split('\n')[1]);
  });

  it('resolves file paths against the kubeconfig file folder, not the cwd', async () => {
    dir.write('sub/pki/ca.crt', ca.certPem);
    dir.write('sub/pki/client.crt', client.certPem);
    dir.write('sub/pki/client.key', other.keyPem);
    const { t } = await gatherFile(
      'sub/config',
      kubeconfig(
        '    certificate-authority: pki/ca.crt',
        '    client-certificate: pki/client.crt\n    client-key: pki/client.key',
      ),
    );
    expect(t?.ca).toMatchObject({
      ok: true,
      source: { kind: 'file', path: dir.path('sub/pki/ca.crt') },
    });
    expect(t?.keyMatchesCert).toBe(false);
  });

  it('records unreadable files, bad base64, double encoding and DER as facts', async () => {
    const { t } = await gatherFile(
      'bad.yaml',
      kubeconfig(
        '    certificate-authority: missing/ca.crt',
        `    client-certificate-data: ${b64(b64(client.certPem))}\n    client-key-data: "!!notbase64"`,
      ),
    );
    expect(t?.ca).toMatchObject({ ok: false, problem: 'unreadable' });
    expect(detail(t?.ca)).toContain('does not exist (ENOENT)');
    expect(t?.clientCert).toMatchObject({ ok: false, problem: 'not-pem' });
    expect(detail(t?.clientCert)).toContain('base64-encoded twice');
    expect(t?.clientKey).toMatchObject({ ok: false, problem: 'bad-base64' });

    const der = await gatherFile(
      'der.yaml',
      kubeconfig(
        `    certificate-authority-data: ${ca.cert.raw.toString('base64')}`,
        '    token: abcdefgh',
      ),
    );
    expect(detail(der.t?.ca)).toContain('openssl x509 -inform der');
  });

  it('reads tokenFile (trimmed), relative to the kubeconfig, and masks it', async () => {
    const token = makeJwt({ sub: 'system:serviceaccount:ci:deployer', exp: 4102444800 });
    dir.write('tok/token', `${token}\n`);
    const { t, masked } = await gatherFile('tok/config', kubeconfig('', '    tokenFile: token'));
    expect(t?.tokenFile).toMatchObject({
      ok: true,
      value: { format: 'jwt', subject: 'system:serviceaccount:ci:deployer' },
    });
    expect(masked).toContain(token);
  });

  it('treats REDACTED placeholders as such, not as bad data', async () => {
    const { t } = await gatherFile(
      'redacted.yaml',
      kubeconfig('    certificate-authority-data: DATA+OMITTED', '    token: REDACTED'),
    );
    expect(t?.ca).toMatchObject({ ok: false, problem: 'redacted' });
    expect(t?.token).toMatchObject({ ok: false, problem: 'redacted' });
  });

  it('refuses a FIFO instead of hanging on it', async () => {
    const { execFileSync } = await import('node:child_process');
    execFileSync('mkfifo', [dir.path('fifo.crt')]);
    const { t } = await gatherFile(
      'fifo.yaml',
      kubeconfig(`    certificate-authority: ${dir.path('fifo.crt')}`, '    token: abcdefgh'),
    );
    expect(detail(t?.ca)).toContain('not a regular file');
  });
});
