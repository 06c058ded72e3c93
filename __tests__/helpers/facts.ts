/** Builders for plain Facts objects, so check tests are tables of data with no I/O. */
import type { Facts, Settings, TargetFacts } from '../../src/model/facts.js';
import type { Entry, KubeconfigFile, MergedKubeconfig } from '../../src/model/kubeconfig.js';
import type { Check } from '../../src/model/check.js';
import type { FindingDraft } from '../../src/model/finding.js';

export const NOW = new Date('2026-11-24T12:00:00Z');

export const SETTINGS: Settings = {
  minValiditySeconds: 15 * 60,
  warnWithinSeconds: 30 * 86400,
  offline: true,
  requirements: [],
  expectIdentity: [],
};

export function entry<T>(
  name: string,
  value: T,
  line = 1,
  file = '/home/ci/.kube/config',
): Entry<T> {
  return { name, value, origin: { file, line }, fieldLines: {} };
}

export function emptyFile(path = '/home/ci/.kube/config'): KubeconfigFile {
  return {
    path,
    dir: path.replace(/\/[^/]*$/, '') || '/',
    status: 'loaded',
    clusters: [],
    users: [],
    contexts: [],
    redacted: [],
    duplicateKeys: [],
  };
}

export function merged(partial: Partial<MergedKubeconfig> = {}): MergedKubeconfig {
  return {
    source: { kind: 'default', given: ['/home/ci/.kube/config'] },
    files: [emptyFile()],
    clusters: new Map(),
    users: new Map(),
    contexts: new Map(),
    shadowed: [],
    ...partial,
  };
}

export function target(partial: Partial<TargetFacts> = {}): TargetFacts {
  return { contextName: 'ci', selectedBy: 'current-context', ...partial };
}

export function facts(partial: Partial<Facts> = {}): Facts {
  return {
    now: NOW,
    settings: SETTINGS,
    input: { emptyKubeconfig: false },
    runner: { proxyVariables: [] },
    kubeconfig: merged(),
    targets: [],
    ...partial,
  };
}

/** ISO time `seconds` from NOW (negative = in the past). */
export function at(seconds: number): string {
  return new Date(NOW.getTime() + seconds * 1000).toISOString();
}

/** Runs a check and returns its drafts (shorthand for table tests). */
export function run(check: Check, f: Facts): FindingDraft[] {
  return check.run(f);
}
