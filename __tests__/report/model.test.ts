import { describe, expect, it } from '@jest/globals';
import { authMethod, buildReport, offlineIdentity, resultOf } from '../../src/report/model.js';
import type { CertFacts, TokenFacts } from '../../src/model/materials.js';
import { at, entry, facts, NOW, target } from '../helpers/facts.js';
import { awsFacts, ROLE_SESSION } from '../helpers/aws-facts.js';
import { execTarget } from '../helpers/exec.js';
import { finding } from '../helpers/report.js';
import { schemaErrors } from '../helpers/schema.js';

const cert = (partial: Partial<CertFacts> = {}): CertFacts => ({
  subject: 'CN=ci-deployer\nO=deployers',
  issuer: 'CN=kubernetes',
  serialNumber: '01',
  notBefore: at(-86400),
  notAfter: at(3600),
  fingerprint: 'AA:BB',
  keyType: 'ec',
  isCA: false,
  selfSigned: false,
  index: 0,
  commonName: 'ci-deployer',
  organizations: ['deployers'],
  ...partial,
});

const token: TokenFacts = {
  format: 'jwt',
  fingerprint: '0123456789abcdef',
  length: 100,
  subject: 'system:serviceaccount:ci:deployer',
  expiresAt: at(600),
};
const src = {
  field: 'client-certificate-data',
  kind: 'data' as const,
  origin: { file: '/k', line: 9 },
};

describe('buildReport', () => {
  const t = target({
    contextName: 'prod',
    context: entry('prod', { cluster: 'c', user: 'u', namespace: 'apps' }),
    cluster: entry('c', { server: 'https://127.0.0.1:6443' }),
    user: entry('u', { 'client-certificate-data': 'x', 'client-key-data': 'y', token: 't' }),
    clientCert: { ok: true, value: [cert()], source: src },
    ca: {
      ok: true,
      value: [cert({ commonName: 'kubernetes', isCA: true, notAfter: at(100) })],
      source: { ...src, field: 'certificate-authority-data' },
    },
    token: { ok: true, value: token, source: { ...src, field: 'token' } },
  });
  const report = buildReport(
    [finding({ severity: 'warning' }), finding()],
    facts({ targets: [t] }),
    '9.9.9',
  );

  it('matches the documented JSON schema', () => {
    expect(schemaErrors(JSON.parse(JSON.stringify(report)))).toEqual([]);
    expect(schemaErrors({ ...report, result: 'maybe' })).toEqual([
      '/result must be equal to one of the allowed values',
    ]);
  });

  it('says how long the run took only when told, right after generatedAt, within the schema', () => {
    expect(report).not.toHaveProperty('durationMs');
    const timed = buildReport([finding()], facts({ targets: [t] }), '9.9.9', [], 612);
    expect(Object.keys(timed).slice(2, 4)).toEqual(['generatedAt', 'durationMs']);
    expect(timed.durationMs).toBe(612);
    expect(schemaErrors(JSON.parse(JSON.stringify(timed)))).toEqual([]);
    expect(schemaErrors({ ...timed, durationMs: -1 })).toEqual(['/durationMs must be >= 0']);
  });

  it('sorts findings by severity and counts them', () => {
    expect(report.findings.map((f) => f.severity)).toEqual(['error', 'warning']);
    expect(report.counts).toEqual({ errors: 1, warnings: 1, notices: 0 });
    expect(report.result).toBe('fail');
    expect(report.tool).toEqual({ name: 'kube-preflight', version: '9.9.9' });
    expect(report.generatedAt).toBe(NOW.toISOString());
  });

  it('describes each context with its credentials', () => {
    expect(report.contexts).toHaveLength(1);
    const c = report.contexts[0];
    expect(c).toMatchObject({
      name: 'prod',
      cluster: 'c',
      server: 'https://127.0.0.1:6443',
      user: 'u',
      namespace: 'apps',
      identity: 'ci-deployer',
    });
    expect(c?.authMethod).toBe('client-certificate+token');
    expect(c?.credentials.map((r) => r.kind)).toEqual([
      'client-certificate',
      'ca-certificate',
      'token',
    ]);
  });

  it('takes the earliest non-CA expiry for expires-at', () => {
    expect(report.expiresAt).toBe(at(600));
    expect(report.secondsToExpiry).toBe(600);
  });

  it('an exec token is renewed by its plugin: listed, but the AWS session sets expires-at', () => {
    const exec = execTarget({
      credential: { expirationTimestamp: at(14 * 60), token: { ...token, expiresAt: at(14 * 60) } },
    });
    const aws = awsFacts();
    const session = (aws.credentials as { value: { expiresAt: string } }).value.expiresAt;
    const r = buildReport([], facts({ targets: [{ ...exec, aws }] }), '1');
    const rows = r.contexts[0]?.credentials ?? [];
    expect(rows.map((x) => [x.kind, x.renewedBy])).toEqual([
      ['token', 'exec plugin'],
      ['aws-session', undefined],
    ]);
    expect(rows[1]).toMatchObject({
      subject: ROLE_SESSION,
      source: 'AWS credentials (web-identity)',
    });
    expect(r.expiresAt).toBe(session);
    expect(schemaErrors(JSON.parse(JSON.stringify(r)))).toEqual([]);
    const alone = buildReport([], facts({ targets: [exec] }), '1');
    expect(alone.contexts[0]?.credentials.map((x) => x.renewedBy)).toEqual(['exec plugin']);
    expect(alone.expiresAt).toBeUndefined();
  });

  it('has no expiry fields when no credential expires', () => {
    const r = buildReport([], facts({ targets: [target()] }), '1');
    expect(r.expiresAt).toBeUndefined();
    expect(r.result).toBe('pass');
  });
});

describe('authMethod and offlineIdentity', () => {
  it('names every method a user sets', () => {
    expect(authMethod(target())).toBe('none');
    expect(authMethod(target({ user: entry('u', { exec: { command: 'aws' } }) }))).toBe('exec');
    expect(authMethod(target({ user: entry('u', { 'auth-provider': { name: 'gcp' } }) }))).toBe(
      'auth-provider:gcp',
    );
    expect(authMethod(target({ user: entry('u', { username: 'a', password: 'b' }) }))).toBe(
      'basic-auth',
    );
  });

  it('uses the certificate CN, else a token subject', () => {
    expect(offlineIdentity(target({ token: { ok: true, value: token, source: src } }))).toBe(
      'system:serviceaccount:ci:deployer',
    );
    expect(offlineIdentity(target())).toBeUndefined();
  });

  it('derives the result from severities', () => {
    expect(resultOf([finding({ severity: 'notice' })])).toBe('pass');
    expect(resultOf([finding({ severity: 'warning' })])).toBe('warn');
  });
});
