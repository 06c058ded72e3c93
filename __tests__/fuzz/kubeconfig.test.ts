/** Fuzz: kubeconfig text and the `kubeconfig` input, read the way kubectl reads them. */
import { describe, it } from '@jest/globals';
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
import { checkMessage, ensure, fuzz, TIMEOUT } from './budget.js';

const STATUSES = ['loaded', 'empty', 'invalid'];

function checkFile(file: KubeconfigFile): void {
  ensure(STATUSES.includes(file.status), 'an unknown status', file.status);
  if (file.status === 'invalid') checkMessage(file.error);
  if (file.position) {
    const { line, column } = file.position;
    ensure(line >= 1 && column >= 1, 'a position before the start', file.position);
  }
  for (const e of [...file.clusters, ...file.users, ...file.contexts])
    ensure(typeof e.name === 'string' && typeof e.value === 'object', 'a malformed entry', e);
}

function parse(text: string): void {
  checkFile(parseKubeconfigText(text, '/k/config', '/k', new SecretSet()));
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
        for (const e of doc?.errors ?? []) checkMessage(e.message);
      });
    },
    TIMEOUT,
  );

  it(
    'the kubeconfig input: classified as auto, empty, content or paths; base64 decodes',
    () => {
      fuzz('kubeconfig/interpretKubeconfigInput', 1000, kubeconfigInput, (raw) => {
        const spec = interpretKubeconfigInput(raw);
        ensure(['auto', 'empty', 'paths', 'content'].includes(spec.kind), 'a kind', spec);
        if (spec.kind === 'paths') ensure(spec.paths.length > 0, 'an empty path list');
        const decoded = decodeBase64Kubeconfig(raw);
        if (decoded !== undefined)
          ensure(looksLikeKubeconfigText(decoded), 'decoded non-kubeconfig');
        if (spec.kind === 'content' && spec.encoding === 'base64') {
          ensure(decoded !== undefined, 'base64 content that does not decode');
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
