/** Fuzz: kubeconfig text and the `kubeconfig` input, read the way kubectl reads them. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  decodeBase64Kubeconfig,
  interpretKubeconfigInput,
  looksLikeKubeconfigText,
} from '../../src/gather/kubeconfig/input.js';
import { parseKubeconfigText } from '../../src/gather/kubeconfig/parse.js';
import { SecretSet } from '../../src/gather/secrets.js';
import { parseFirstDocument } from '../../src/model/go-yaml.js';
import type { KubeconfigFile } from '../../src/model/kubeconfig.js';
import { aliasBomb, huge, kubeconfigInput, kubeconfigText } from './arbitraries.js';
import { fuzz, STACK_TRACE, TIMEOUT } from './budget.js';

const STATUSES = ['loaded', 'empty', 'invalid'];

function checkFile(file: KubeconfigFile, masked: string[]): void {
  expect(STATUSES).toContain(file.status);
  if (file.status === 'invalid') {
    expect(typeof file.error).toBe('string');
    expect(file.error).not.toBe('');
    expect(file.error).not.toMatch(STACK_TRACE);
  }
  if (file.position) {
    expect(file.position.line).toBeGreaterThanOrEqual(1);
    expect(file.position.column).toBeGreaterThanOrEqual(1);
  }
  for (const e of [...file.clusters, ...file.users, ...file.contexts]) {
    expect(typeof e.name).toBe('string');
    expect(typeof e.value).toBe('object');
  }
  for (const m of masked) expect(typeof m).toBe('string');
}

function parse(text: string): void {
  const masked: string[] = [];
  const file = parseKubeconfigText(text, '/k/config', '/k', new SecretSet((s) => masked.push(s)));
  checkFile(file, masked);
}

describe('fuzz: kubeconfig text', () => {
  it(
    'parseKubeconfigText: every text is loaded, empty or invalid with a reason',
    () => {
      fuzz('kubeconfig/parseKubeconfigText', 2500, kubeconfigText, parse);
    },
    TIMEOUT,
  );

  it(
    'parseKubeconfigText: alias bombs, recursive aliases and deep nesting are refused quickly',
    () => {
      const bombs = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.nat({ max: 3 })).map(([n, op]) => {
        const bomb = aliasBomb(n);
        if (op === 0) return `${bomb}users: *a${n - 1}\n`;
        if (op === 1)
          return `${bomb}m: {<<: [${Array(n)
            .fill(`*a${n - 1}`)
            .join(', ')}]}\n`;
        if (op === 2) return `a: &a [*a, *a]\nclusters: *a\n`;
        return `apiVersion: v1\nclusters: ${'['.repeat(n * 400)}${']'.repeat(n * 400)}\n`;
      });
      fuzz('kubeconfig/alias-bombs', 80, bombs, parse, null);
    },
    TIMEOUT,
  );

  it(
    'parseFirstDocument: the YAML reader never throws',
    () => {
      fuzz('go-yaml/parseFirstDocument', 1000, kubeconfigText, (text) => {
        const { doc } = parseFirstDocument(text);
        if (doc) expect(Array.isArray(doc.errors)).toBe(true);
      });
    },
    TIMEOUT,
  );

  it(
    'the kubeconfig input: classified as auto, empty, content or paths; base64 decodes',
    () => {
      fuzz('kubeconfig/interpretKubeconfigInput', 1000, kubeconfigInput, (raw) => {
        const spec = interpretKubeconfigInput(raw);
        expect(['auto', 'empty', 'paths', 'content']).toContain(spec.kind);
        if (spec.kind === 'paths') expect(spec.paths.length).toBeGreaterThan(0);
        const decoded = decodeBase64Kubeconfig(raw);
        if (decoded !== undefined) expect(looksLikeKubeconfigText(decoded)).toBe(true);
        if (spec.kind === 'content' && spec.encoding === 'base64') {
          expect(decoded).toBeDefined();
          parse(decoded as string);
        }
      });
    },
    TIMEOUT,
  );

  it(
    'huge texts (up to ~1 MB): linear time',
    () => {
      const input = fc.tuple(huge, fc.nat({ max: 2 }));
      fuzz(
        'kubeconfig/huge',
        40,
        input,
        ([h, i]) => {
          if (i === 0) parse(h);
          else if (i === 1) parseFirstDocument(h);
          else interpretKubeconfigInput(Buffer.from(h).toString('base64'));
        },
        null,
      );
    },
    TIMEOUT,
  );
});
