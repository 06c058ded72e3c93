/** Parses and validates a policy file; every problem is collected with its line. Pure. */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import { parseDuration } from '../model/duration.js';
import { MAX_YAML_DEPTH, yamlTooDeep } from '../model/go-yaml.js';
import { globMatch } from '../model/glob.js';
import {
  MAX_POLICY_BYTES,
  TOO_LARGE,
  type Policy,
  type PolicyFacts,
  type PolicyProblem,
  type Suppression,
} from './model.js';

const SEVERITIES = ['error', 'warning', 'notice', 'off'] as const;
const FAIL_ON = ['error', 'warning', 'never'] as const;

/** A calendar day that exists (2027-02-30 and 2027-13-01 do not). */
function realDay(day: string): boolean {
  const t = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().startsWith(day);
}

/** Edit distance, for "did you mean" (ids are short). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** The closest known id within 3 edits, for "did you mean". */
function nearest(id: string, known: readonly string[]): string | undefined {
  // Ids whose lengths differ by more than 3 are more than 3 edits apart: not worth a distance
  // (which costs id × known id, seconds for a 256 KB value).
  const [best] = known
    .filter((k) => Math.abs(k.length - id.length) <= 3)
    .map((k) => [k, distance(id, k)] as const)
    .sort((x, y) => x[1] - y[1]);
  return best && best[1] <= 3 ? best[0] : undefined;
}

export function parsePolicy(
  text: string,
  where: { path: string; file: string },
  known: readonly string[],
): PolicyFacts {
  const { path, file } = where;
  const problems: PolicyProblem[] = [];
  if (Buffer.byteLength(text) > MAX_POLICY_BYTES)
    return { path, file, problems: [{ message: TOO_LARGE }] };
  const deep = yamlTooDeep(text); // the parser would recurse near the stack limit (see go-yaml)
  if (deep !== undefined) {
    const line = text.slice(0, deep).split('\n').length;
    return {
      path,
      file,
      problems: [{ line, message: `nests deeper than ${MAX_YAML_DEPTH} levels` }],
    };
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const lineOf = (n: Node | null | undefined) =>
    n?.range ? lines.linePos(n.range[0]).line : undefined;
  const add = (n: Node | null | undefined, message: string) => {
    const line = lineOf(n);
    problems.push(line ? { line, message } : { message });
  };
  for (const e of doc.errors) {
    const line = lines.linePos(e.pos[0]).line;
    problems.push({ ...(line ? { line } : {}), message: `is not valid YAML: ${e.code}` });
  }
  if (problems.length) return { path, file, problems };
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) {
    return {
      path,
      file,
      policy: { severity: {}, severityLines: {}, suppressions: [], defaults: {} },
      problems,
    };
  }
  if (!isMap(root))
    return {
      path,
      file,
      problems: [{ message: 'must be a mapping (defaults, checks, suppress)' }],
    };
  const policy: Policy = { severity: {}, severityLines: {}, suppressions: [], defaults: {} };
  const str = (n: unknown): string | undefined =>
    isScalar(n) && (typeof n.value === 'string' || typeof n.value === 'number')
      ? String(n.value).trim()
      : undefined;
  const known_ = (id: string, n: Node | null | undefined): boolean => {
    if (known.some((k) => globMatch(id, k))) return true;
    const hint = nearest(id, known);
    add(n, `names no check "${id}"${hint ? ` (did you mean "${hint}"?)` : ''}`);
    return false;
  };
  for (const pair of (root as YAMLMap).items) {
    const key = str(pair.key);
    const value = pair.value as Node | null;
    if (key === 'version') continue;
    if (key === 'defaults') readDefaults(value);
    else if (key === 'checks') readChecks(value);
    else if (key === 'suppress') readSuppress(value);
    else add(pair.key as Node, `has an unknown key "${key}" (known: defaults, checks, suppress)`);
  }
  return problems.length ? { path, file, problems } : { path, file, policy, problems };

  function readDefaults(n: Node | null) {
    if (!isMap(n)) return add(n, '`defaults` must be a mapping');
    for (const pair of n.items) {
      const key = str(pair.key);
      const v = str(pair.value);
      const at = pair.value as Node;
      if (key === 'min-validity' || key === 'warn-within') {
        if (v === undefined || parseDuration(v) === undefined)
          add(
            at,
            `\`defaults.${key}\` must be a duration such as 15m, 12h or 30d (got "${v ?? ''}")`,
          );
        else policy.defaults[key === 'min-validity' ? 'minValidity' : 'warnWithin'] = v;
      } else if (key === 'fail-on') {
        const f = FAIL_ON.find((x) => x === v);
        if (!f)
          add(at, `\`defaults.fail-on\` must be one of ${FAIL_ON.join(', ')} (got "${v ?? ''}")`);
        else policy.defaults.failOn = f;
      } else
        add(
          pair.key as Node,
          `\`defaults\` has an unknown key "${key}" (known: min-validity, warn-within, fail-on)`,
        );
    }
  }

  function readChecks(n: Node | null) {
    if (!isMap(n)) return add(n, '`checks` must map check ids to a severity');
    for (const pair of n.items) {
      const id = str(pair.key) ?? '';
      const v =
        str(pair.value) ?? (isScalar(pair.value) && pair.value.value === false ? 'off' : undefined);
      const sev = SEVERITIES.find((s) => s === v);
      if (!known_(id, pair.key as Node)) continue;
      if (!sev)
        add(
          pair.value as Node,
          `\`checks.${id}\` must be one of ${SEVERITIES.join(', ')} (got "${v ?? ''}")`,
        );
      else if (id.startsWith('policy/'))
        add(pair.key as Node, `the policy's own checks (${id}) cannot be changed`);
      else {
        policy.severity[id] = sev;
        policy.severityLines[id] = lineOf(pair.key as Node) ?? 0;
      }
    }
  }

  function readSuppress(n: Node | null) {
    if (!isSeq(n)) return add(n, '`suppress` must be a list of {check, reason, context?, until?}');
    for (const item of n.items as Node[]) {
      if (!isMap(item)) {
        add(item, 'each `suppress` entry must be a mapping with check and reason');
        continue;
      }
      const get = (k: string) => item.items.find((p) => str(p.key) === k);
      const bad = item.items
        .map((p) => str(p.key))
        .filter((k) => !['check', 'context', 'reason', 'until'].includes(k ?? ''));
      for (const k of bad)
        add(
          item,
          `a \`suppress\` entry has an unknown key "${k}" (known: check, context, reason, until)`,
        );
      const check = str(get('check')?.value);
      const reason = str(get('reason')?.value);
      const context = str(get('context')?.value);
      const until = get('until')?.value;
      const untilText = isScalar(until) ? String(until.value) : undefined;
      const dateOk =
        untilText !== undefined && /^\d{4}-\d\d-\d\d$/.test(untilText) && realDay(untilText);
      if (!check) add(item, 'a `suppress` entry needs `check` (a check id or a glob over ids)');
      else if (check.startsWith('policy/'))
        add(get('check')?.value as Node, `the policy's own checks (${check}) cannot be suppressed`);
      else known_(check, get('check')?.value as Node);
      if (!reason)
        add(item, `the suppression of "${check ?? '?'}" needs a \`reason\` (why, and who decided)`);
      if (until !== undefined && !dateOk)
        add(until as Node, `\`until\` must be a date YYYY-MM-DD (got "${untilText ?? ''}")`);
      if (!check || !reason) continue;
      const s: Suppression = { check, reason, line: lineOf(item) ?? 0 };
      if (context) s.context = context;
      if (dateOk) s.until = untilText;
      policy.suppressions.push(s);
    }
  }
}
