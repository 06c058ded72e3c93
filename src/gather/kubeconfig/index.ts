/** The kubeconfig loader: which files, read and parsed with positions, merged like client-go. */
import * as path from 'node:path';
import type { KubeconfigFile, KubeconfigSource, MergedKubeconfig } from '../../model/kubeconfig.js';
import type { GatherEnv } from '../env.js';
import type { SecretSet } from '../secrets.js';
import { decodeBase64Kubeconfig, type KubeconfigSpec } from './input.js';
import { mergeFiles } from './merge.js';
import { blankFile, parseKubeconfigText } from './parse.js';
import { readKubeconfigFile } from './read.js';

export { interpretKubeconfigInput, type KubeconfigSpec } from './input.js';
export { mergeFiles } from './merge.js';
export { parseKubeconfigText, MAX_KUBECONFIG_BYTES } from './parse.js';
export { auditTargets, selectTargets } from './targets.js';

export const INLINE_PATH = '<input>';

/** KUBECONFIG as client-go reads it: split like filepath.SplitList, empties dropped, de-duplicated. */
export function kubeconfigEnvList(value: string | undefined, delimiter = path.delimiter): string[] {
  return [...new Set((value ?? '').split(delimiter).filter((p) => p !== ''))];
}

/** Action inputs get no shell, so `~/` is expanded here; relative paths resolve against the cwd. */
function resolveInputPath(p: string, env: GatherEnv): string {
  const expanded = p === '~' || p.startsWith('~/') ? path.join(env.homeDir, p.slice(1)) : p;
  return path.resolve(env.cwd, expanded);
}

async function readAll(source: KubeconfigSource, paths: string[], secrets: SecretSet) {
  const files = await Promise.all(paths.map((p) => readKubeconfigFile(p, secrets)));
  return mergeFiles(source, files);
}

export async function loadKubeconfig(
  spec: KubeconfigSpec,
  env: GatherEnv,
  secrets: SecretSet,
): Promise<MergedKubeconfig> {
  switch (spec.kind) {
    case 'empty':
      return mergeFiles({ kind: 'content', encoding: 'yaml' }, [
        blankFile(INLINE_PATH, env.cwd, 'empty'),
      ]);
    case 'content': {
      secrets.addDocument(spec.text);
      let text = spec.text;
      if (spec.encoding === 'base64') {
        text = decodeBase64Kubeconfig(spec.text) ?? '';
        secrets.addDocument(text);
      }
      const file: KubeconfigFile = parseKubeconfigText(text, INLINE_PATH, env.cwd, secrets);
      return mergeFiles({ kind: 'content', encoding: spec.encoding }, [file]);
    }
    case 'paths': {
      const paths = spec.paths.map((p) => resolveInputPath(p, env));
      return readAll({ kind: 'paths', given: paths }, paths, secrets);
    }
    case 'auto': {
      const list = kubeconfigEnvList(env.env.KUBECONFIG);
      if (list.length > 0) {
        const paths = list.map((p) => path.resolve(env.cwd, p));
        return readAll({ kind: 'env', given: paths }, paths, secrets);
      }
      const fallback = path.join(env.homeDir, '.kube', 'config');
      return readAll({ kind: 'default', given: [fallback] }, [fallback], secrets);
    }
  }
}
