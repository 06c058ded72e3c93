/** Fuzz: kubeconfig text and the `kubeconfig` input, read the way kubectl reads them. */
import { describe, it } from '@jest/globals';
import fc from 'fast-check';
import {
  decodeBase64Kubeconfig,
  interpretKubeconfigInput,
  looksLikeKubeconfigText,
} from '../../src/gather/kubeconfig/input.js';
import { parseKubeconfigText } from '../../src/gather/kubeconfig/parse.js';
import { MAX_NODES } from '../../src/gather/kubeconfig/yaml-tree.js';
import { SecretSet } from '../../src/gather/secrets.js';
import { parseFirstDocument } from '../../src/model/go-yaml.js';
import type { KubeconfigFile } from '../../src/model/kubeconfig.js';
import {
  aliasBomb,
  bombAnchor,
  huge,
  kubeconfigInput,
  kubeconfigText,
} from './arbitraries/index.js';
import { checkMessage, ensure, fuzz, TIMEOUT } from './budget.js';

const STATUSES = ['loaded', 'empty', 'invalid'];

function checkFile(file: KubeconfigFile): void {
  ensure(STATUSES.includes(file.status), 'an unknown status', file.status);
  if (file.status === 'invalid') checkMessage(file.error);
  else ensure(file.error === undefined && !file.refused, 'an error, yet not invalid', file.error);
  const all = [...file.clusters, ...file.users, ...file.contexts];
  if (file.status === 'empty' || file.refused)
    ensure(all.length === 0, 'entries in an empty or refused file', all.length);
  if (file.position) {
    const { line, column } = file.position;
    ensure(line >= 1 && column >= 1, 'a position before the start', file.position);
  }
  for (const e of all) {
    const map = typeof e.value === 'object' && e.value !== null && !Array.isArray(e.value);
    ensure(typeof e.name === 'string' && map, 'a malformed entry', e);
  }
}

function parse(text: string): KubeconfigFile {
  const file = parseKubeconfigText(text, '/k/config', '/k', new SecretSet());
  checkFile(file);
  return file;
}

/** A bomb's scalars once expanded: 9^(i+1) at each level i, plus `refs` more of the last level. */
function bombScalars(levels: number, refs: number): number {
  let total = refs * 9 ** levels;
  for (let i = 1; i <= levels; i++) total += 9 ** i;
  return total;
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
      // op 0: `users: *last`; 1: n copies of it merged; 2: a recursive alias; 3: deep nesting.
      const bombs = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.nat({ max: 3 })).map(([n, op]) => {
        const bomb = aliasBomb(n, 9);
        const last = `*${bombAnchor(n - 1)}`;
        const text = [
          `${bomb}users: ${last}\n`,
          `${bomb}m: {<<: [${Array(n).fill(last).join(', ')}]}\n`,
          `a: &a [*a, *a]\nclusters: *a\n`,
          `apiVersion: v1\nclusters: ${'['.repeat(n * 400)}${']'.repeat(n * 400)}\n`,
        ][op] as string;
        return { n, op, text };
      });
      fuzz(
        'kubeconfig/alias-bombs',
        80,
        bombs,
        ({ n, op, text }) => {
          const { status, refused, error } = parse(text);
          const got = { n, op, status, refused, error };
          ensure(status === 'invalid', 'a bomb, a loop or deep nesting read as valid', got);
          if (op >= 2)
            return ensure(refused === 'depth', 'a loop or deep nesting not refused', got);
          // Over the node budget even by its scalars alone: refused as a bomb. Far under it (with
          // every list and key counted twice over): read, then refused for kubectl's own reason.
          const scalars = bombScalars(n, op === 0 ? 1 : n);
          if (scalars > MAX_NODES) ensure(refused === 'aliases', 'a bomb not refused', got);
          else if (2 * scalars + 64 < MAX_NODES) {
            const why =
              op === 0 ? /^users\[0\] must be a mapping/ : /merge key must refer to a mapping/;
            ensure(!refused && why.test(error ?? ''), 'a small bomb misjudged', got);
          }
        },
        null,
      );
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
