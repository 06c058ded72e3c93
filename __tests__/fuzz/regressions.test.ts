/**
 * What the fuzzing found, kept as plain examples: inputs that took seconds (superlinear regexes,
 * per-alias document scans), failed to compile, or aborted the process, now linear and bounded.
 */
import { describe, expect, it } from '@jest/globals';
import { interpretOutput } from '../../src/gather/exec/output.js';
import { parseKubeconfigText } from '../../src/gather/kubeconfig/parse.js';
import { SecretSet } from '../../src/gather/secrets.js';
import { normalizeFileToken } from '../../src/gather/token.js';
import { decodeBase64Url } from '../../src/gather/token/base64url.js';
import { bundleCerts } from '../../src/gather/cluster/tls-diagnose.js';
import { parseCertificates } from '../../src/gather/x509.js';
import { makeCA } from '../helpers/pki.js';
import { globMatch } from '../../src/model/glob.js';
import { estimateYamlNodes, MAX_YAML_DEPTH, parseFirstDocument } from '../../src/model/go-yaml.js';
import { parsePolicy } from '../../src/policy/parse.js';
import { normalEndpoint } from '../../src/model/aws/eks-view.js';
import { parseServer } from '../../src/gather/cluster/address.js';
import { goRejectsTab, readYaml } from '../../src/model/aws/aws-auth-yaml.js';
import { detectEks } from '../../src/model/aws/eks-detect.js';
import { userInMessage } from '../../src/model/cluster.js';
import { parseDuration } from '../../src/model/duration.js';
import fc from 'fast-check';
import { entry, target } from '../helpers/facts.js';

/** Runs `f` and fails when it takes longer than `ms`. */
function fast<T>(ms: number, f: () => T): T {
  const started = performance.now();
  const out = f();
  expect(performance.now() - started).toBeLessThan(ms);
  return out;
}

describe('inputs the fuzzer found slow or fatal', () => {
  it('globs with many stars match without backtracking, and huge globs do not throw', () => {
    expect(
      fast(1000, () => globMatch('*'.repeat(30) + 'x', 'kubeconfig/unparseable'.repeat(20))),
    ).toBe(false);
    expect(fast(2000, () => globMatch('a'.repeat(50_000), 'a'.repeat(50_000)))).toBe(true);
    expect(globMatch('eks/*', 'eks/principal-not-mapped')).toBe(true);
    expect(globMatch('ci-?', 'ci-12')).toBe(false);
  });

  it('PEM text with thousands of BEGIN lines and no END is read in linear time', () => {
    const text = '-----BEGIN CERTIFICATE-----\nMIIB\n'.repeat(20_000);
    expect(fast(2000, () => parseCertificates(text)).ok).toBe(false);
  });

  it('the TLS diagnosis reads a CA bundle with thousands of unmatched BEGIN lines in linear time', () => {
    const ca = makeCA({ cn: 'bundle-ca' });
    const text = `${'-----BEGIN CERTIFICATE-----\nMIIB\n'.repeat(20_000)}${ca.certPem}`;
    const certs = fast(2000, () => bundleCerts(text));
    expect(certs.map((c) => c.fingerprint256)).toEqual([]); // the last BEGIN's END closes a garbled block
    expect(bundleCerts(`junk\n${ca.certPem}junk\n${ca.certPem}`)).toHaveLength(2);
  });

  it('whitespace runs in tokens and padding runs in base64url are linear', () => {
    expect(fast(1000, () => normalizeFileToken(`a${' '.repeat(40_000)}b\n`))).toBe(
      `a${' '.repeat(40_000)}b`,
    );
    expect(fast(1000, () => decodeBase64Url(`${'='.repeat(40_000)}x`, true)).ok).toBe(false);
  });

  it('a run of slashes in a server or issuer path is trimmed in linear time', () => {
    const url = `https://kube.example/${'/'.repeat(50_000)}x`; // a regex trim took ~2 s
    expect(fast(1000, () => normalEndpoint(url))).toBe(url.toLowerCase());
    expect(fast(1000, () => parseServer(url))?.prefix).toBe(`/${'/'.repeat(50_000)}x`);
  });

  it('an unclosed double-quoted scalar full of escaped quotes is estimated in linear time', () => {
    // Found by the fuzzer: each \\" restarted the quoted-scalar match up to the line end.
    const text = `users:\n  - "${'\\"0 c8:W/G'.repeat(10_000)}\n`; // 100 KB: it took 2.4 s
    expect(fast(1000, () => estimateYamlNodes(text))).toBeLessThan(10);
  });

  it('deep nesting is refused before the parser recurses near the stack limit', () => {
    const deep = `a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    expect(fast(2000, () => parseFirstDocument(deep)).doc?.errors[0]?.message).toContain(
      `nests deeper than ${MAX_YAML_DEPTH} levels`,
    );
    expect(readYaml(deep).ok).toBe(false);
    expect(
      parsePolicy(
        deep,
        { path: '/w/.github/kube-preflight.yml', file: '.github/kube-preflight.yml' },
        [],
      ).problems[0]?.message,
    ).toContain('nests deeper');
  });

  it('an aws-auth ConfigMap padded with blank lines is refused before the parse', () => {
    // A ConfigMap holds up to 1 MiB: a million blank lines, a token each for the parser (~1.5 s).
    const text = `mapRoles: |\n${'\n'.repeat(1024 * 1024 - 20)}`;
    expect(fast(500, () => readYaml(text))).toEqual({
      ok: false,
      error: 'has more than 80000 lines; refusing to read it',
    });
  });

  it('many aliases of one anchor resolve without rescanning the document each time', () => {
    const text = `a: &x [1, 2]\nb: [${Array(20_000).fill('*x').join(', ')}]\n`;
    expect(fast(2000, () => readYaml(text)).ok).toBe(false); // over the 20,000-node budget, quickly
  });

  it('keys named after Object.prototype members are unknown fields, not a TypeError', () => {
    for (const key of ['valueOf', '__proto__', 'constructor', 'toString']) {
      const text = `{"${key}": {"": 0}, "users": [{"name": "u", "user": {"${key}": {"a": 1}}}]}`;
      const file = parseKubeconfigText(text, '/k/config', '/k', new SecretSet());
      expect(file.status).toBe('loaded');
      expect(file.users[0]?.value).toEqual({});
    }
  });

  it('a __proto__ key inside a map field is kept as data, not made the prototype', () => {
    const text = 'users:\n- name: u\n  user:\n    as-user-extra: {__proto__: [evil], team: [ci]}\n';
    const file = parseKubeconfigText(text, '/k/config', '/k', new SecretSet());
    const extra = file.users[0]?.value['as-user-extra'] as Record<string, unknown>;
    expect(Object.getPrototypeOf(extra)).toBe(Object.prototype);
    expect(Object.keys(extra).sort()).toEqual(['__proto__', 'team']);
  });

  /** What the gate makes of a plugin that printed `cred` as JSON. */
  const printed = (cred: unknown, apiVersion: string) =>
    interpretOutput(
      Buffer.from(JSON.stringify(cred)),
      false,
      apiVersion,
      { file: '/k' },
      new SecretSet(),
    );

  it('an exec plugin printing a kind or apiVersion whose toString is not a function is invalid', () => {
    const v1 = 'client.authentication.k8s.io/v1';
    for (const cred of [
      { apiVersion: v1, kind: { toString: '' } },
      { kind: 'ExecCredential', apiVersion: { valueOf: 1, toString: [] } },
    ]) {
      const r = printed(cred, v1);
      expect(r.outcome).toBe('invalid-output');
      expect(r.detail).toContain('<an object>');
    }
  });

  it('an exec plugin printing a secret where kind or apiVersion belongs: described, never shown', () => {
    const v1 = 'client.authentication.k8s.io/v1';
    const token = `eyJhbGciOiJSUzI1NiJ9.${'x'.repeat(300)}.sig`;
    for (const cred of [
      { apiVersion: v1, kind: token },
      { apiVersion: v1, kind: { token } },
      { kind: 'ExecCredential', apiVersion: token },
    ]) {
      const r = printed(cred, v1);
      expect(r.outcome).toBe('invalid-output');
      expect(r.detail).not.toContain('xxxxxxxx');
      expect(r.detail).toMatch(/<a string of 325 characters>|<an object>/);
    }
  });

  // A regex group repeated once a character overflows V8's regex stack somewhere past 6 million
  // repetitions ("Maximum call stack size exceeded"): a 9 MB double-quoted token ended the gate
  // as "failed unexpectedly" (exit 3). Each such regex now meets megabytes without throwing.
  describe('repeated regex groups over 10 MB of input', () => {
    const big = 10_000_000;

    it('a double-quoted 10 MB token in a kubeconfig is read, not fatal', () => {
      const text = `users: [{name: u, user: {token: "${'x'.repeat(big)}"}}]\n`;
      const file = fast(5000, () => parseKubeconfigText(text, '/k/config', '/k', new SecretSet()));
      expect(file.status).toBe('loaded');
      expect(file.error).toBeUndefined();
    });

    it('an aws-auth line of 10 MB of "- " items: no tab to reject, and no overflow', () => {
      expect(fast(1000, () => goRejectsTab(`${'- '.repeat(big / 2)}x`))).toBe(false);
      expect(goRejectsTab(`${'- '.repeat(big / 2)}-\tx`)).toBe(true);
    });

    it('goRejectsTab answers as the regex it replaced, on any short line', () => {
      const old = /^ *(?:- +)*(?:-\t|[^\s#'"{[-][^#'"]*?:\t)/;
      const unit = fc.constantFrom(' ', '-', '\t', ':', 'a', '#', '"', "'", '{', '[', '\u00a0');
      fc.assert(
        fc.property(fc.string({ unit, maxLength: 24 }), (l) => goRejectsTab(l) === old.test(l)),
        { numRuns: 20_000 },
      );
    });

    it('a 10 MB Status message, a 10 MB duration and a 10 MB server host', () => {
      expect(fast(1000, () => userInMessage(`User "${'a'.repeat(big)}" cannot`))).toBeUndefined();
      expect(userInMessage('User "ci" cannot get pods')).toBe('ci');
      expect(fast(1000, () => parseDuration('1s'.repeat(big / 2)))).toBeUndefined();
      expect(parseDuration('1h30m')).toBe(5400);
      const server = `https://a.b.us${'-a'.repeat(big / 2)}-1.eks.amazonaws.com`;
      const t = target({ cluster: entry('c', { server }) });
      expect(fast(1000, () => detectEks(t, {}))).toBeUndefined();
    });
  });
});
