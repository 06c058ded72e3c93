/**
 * The `require` input: one requirement per line, written as `kubectl auth can-i` takes it.
 *
 *   create deployments.apps -n prod
 *   - get secrets/app-config -n prod     # a YAML list item and a trailing comment
 *   kubectl auth can-i list nodes; get /healthz
 *
 * Lines split further on `;` (as in a shell). `,` is not a separator: kubectl reads
 * `get pods,services` as one (unknown) type, so we reject it rather than guess.
 * A `#` starts a comment at the start of a line or after whitespace.
 * Flags follow kubectl (pflag): anywhere on the line, `-n NS`, `-nNS`, `-n=NS`, `--namespace[=]NS`,
 * `-A`, `--all-namespaces[=true|false]`, `--subresource[=]SUB`; `-q`/`--quiet` are accepted and ignored.
 * `TYPE/NAME` is split at the first `/` exactly as kubectl does: `pods/log` is the pod named "log"
 * (a subresource needs `--subresource log`), and `signers/example.com/x` names the signer
 * "example.com/x".
 * Stricter than kubectl, on purpose: upper-case verbs, invalid namespaces, `-n` with `-A`, an
 * empty NAME, and `-n`/`-A` with a non-resource URL are errors, not silent no-ops.
 */
import type { Requirement } from './require.js';

export type ParsedRequirements =
  { ok: true; requirements: Requirement[] } | { ok: false; line: number; message: string };

const EXAMPLE = '(e.g. "create deployments.apps -n prod")';
const VERB = /^(\*|[a-z][a-z0-9-]*)$/;
const SEGMENT = /^(\*|[a-z0-9]([-a-z0-9]*[a-z0-9])?)$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const VERSION = /^v\d+((alpha|beta)\d+)?$/;
const FLAGS = '-n/--namespace, -A/--all-namespaces and --subresource';

class LineError extends Error {}
const fail = (message: string): never => {
  throw new LineError(message);
};

interface Flags {
  namespace?: string;
  all?: boolean;
  subresource?: string;
}

function setValue(flags: Flags, key: 'namespace' | 'subresource', flag: string, value?: string) {
  if (value === undefined || value === '' || value.startsWith('-'))
    fail(
      `flag "${flag}" needs a value (e.g. "${flag} ${key === 'namespace' ? 'prod' : 'status'}")`,
    );
  if (flags[key] !== undefined)
    fail(`${key === 'namespace' ? '-n' : '--subresource'} is given twice`);
  flags[key] = value;
}

function setAll(flags: Flags, flag: string, value = 'true') {
  if (value !== 'true' && value !== 'false')
    fail(`flag "${flag}" takes true or false, not "${value}"`);
  flags.all = value === 'true';
}

/** Splits arguments from flags, pflag-style (flags may come anywhere; `--` ends them). */
function scan(tokens: string[]): { args: string[]; flags: Flags } {
  const args: string[] = [];
  const flags: Flags = {};
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (t === '--') {
      args.push(...tokens.slice(i + 1));
      break;
    }
    if (t.startsWith('--')) {
      const eq = t.indexOf('=');
      const name = eq < 0 ? t : t.slice(0, eq);
      const inline = eq < 0 ? undefined : t.slice(eq + 1);
      const next = () => (inline !== undefined ? inline : tokens[++i]);
      if (name === '--namespace') setValue(flags, 'namespace', name, next());
      else if (name === '--subresource') setValue(flags, 'subresource', name, next());
      else if (name === '--all-namespaces') setAll(flags, name, inline);
      else if (name !== '--quiet') fail(`unknown flag "${name}" (allowed: ${FLAGS})`);
    } else if (t.startsWith('-') && t.length > 1) {
      // A cluster of shorthands: -A, -q, -nprod, -n=prod, -An prod.
      for (let j = 1; j < t.length; j++) {
        const c = t[j] as string;
        if (c === 'A') {
          if (t[j + 1] === '=') {
            setAll(flags, '-A', t.slice(j + 2));
            break;
          }
          setAll(flags, '-A');
        } else if (c === 'n') {
          const rest = t.slice(j + 1).replace(/^=/, '');
          setValue(flags, 'namespace', '-n', rest !== '' ? rest : tokens[++i]);
          break;
        } else if (c !== 'q') fail(`unknown flag "-${c}" (allowed: ${FLAGS})`);
      }
    } else args.push(t);
  }
  return { args, flags };
}

function resourcePart(
  typeArg: string,
): Pick<Requirement, 'resource' | 'group' | 'version' | 'name'> {
  const slash = typeArg.indexOf('/');
  const type = slash < 0 ? typeArg : typeArg.slice(0, slash);
  const name = slash < 0 ? undefined : typeArg.slice(slash + 1);
  if (type.includes(','))
    fail(
      `"${type}": one resource type per requirement; separate them with ";" or new lines ("get pods; get services")`,
    );
  const resource = type.toLowerCase();
  const segments = resource.split('.');
  if (type === '' || !segments.every((s) => SEGMENT.test(s)))
    fail(`"${type}" is not a resource type ${EXAMPLE}`);
  if (name === '') fail(`"${typeArg}" has an empty name after "/"`);
  const out: Pick<Requirement, 'resource' | 'group' | 'version' | 'name'> = { resource };
  // kubectl tries `a.b.c` as resource.version.group first; we keep that reading when b is a version.
  if (segments.length >= 3 && VERSION.test(segments[1] as string)) {
    out.version = segments[1];
    out.group = segments.slice(2).join('.');
  } else if (segments.length >= 2) out.group = segments.slice(1).join('.');
  if (name !== undefined) out.name = name;
  return out;
}

function parseOne(text: string): Requirement {
  let tokens = text.split(/\s+/);
  if (tokens[0] === 'kubectl') {
    if (tokens[1] !== 'auth' || tokens[2] !== 'can-i')
      fail(`only "kubectl auth can-i ..." can be pasted; this is "kubectl ${tokens[1] ?? ''}"`);
    tokens = tokens.slice(3);
  }
  const { args, flags } = scan(tokens);
  const [verb, target, extra] = args;
  if (verb === undefined) return fail(`a requirement needs a verb and a resource type ${EXAMPLE}`);
  if (!VERB.test(verb)) {
    if (VERB.test(verb.toLowerCase()))
      fail(
        `verb "${verb}" must be lower-case ("${verb.toLowerCase()}"): RBAC compares verbs exactly`,
      );
    fail(`"${verb}" is not a verb; the verb comes first ${EXAMPLE}`);
  }
  if (target === undefined)
    fail(`"${verb}" needs a resource type or a non-resource URL ${EXAMPLE}`);
  if (extra !== undefined)
    fail(
      `too many arguments from "${extra}": one verb and one resource type (a namespace needs -n, e.g. "-n ${extra}")`,
    );
  const req: Requirement = { line: text, verb };
  const t = target as string;
  if (t.startsWith('/')) {
    if (flags.subresource !== undefined)
      fail(`the non-resource URL "${t}" has no subresource; drop --subresource`);
    if (flags.namespace !== undefined)
      fail(`the non-resource URL "${t}" has no namespace; drop -n`);
    if (flags.all) fail(`the non-resource URL "${t}" has no namespace; drop -A`);
    req.nonResourceURL = t;
    return req;
  }
  Object.assign(req, resourcePart(t));
  if (flags.namespace !== undefined) {
    if (flags.all)
      fail(`-n ${flags.namespace} and -A contradict each other (-A means every namespace)`);
    if (!DNS_LABEL.test(flags.namespace) || flags.namespace.length > 63)
      fail(
        `"${flags.namespace}" is not a namespace name (lower-case letters, digits and "-", at most 63)`,
      );
    req.namespace = flags.namespace;
  }
  if (flags.all) req.allNamespaces = true;
  if (flags.subresource !== undefined) req.subresource = flags.subresource;
  return req;
}

/** Strips a comment: `#` at the start or after whitespace. */
const uncomment = (line: string) => line.replace(/(^|\s)#.*$/, '');

/** Parses the whole input; the first bad line is reported with its 1-based number. */
export function parseRequirements(text: string): ParsedRequirements {
  const requirements: Requirement[] = [];
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    let body = uncomment(lines[n] as string).trim();
    if (body.startsWith('- ') || body === '-') body = body.slice(1).trim();
    const quoted = /^(["'])(.*)\1$/.exec(body);
    if (quoted) body = (quoted[2] as string).trim();
    for (const part of body.split(';')) {
      const segment = part.trim();
      if (segment === '') continue;
      try {
        requirements.push({ ...parseOne(segment), lineNumber: n + 1 });
      } catch (err) {
        if (!(err instanceof LineError)) throw err;
        return { ok: false, line: n + 1, message: `line ${n + 1}: ${err.message}` };
      }
    }
  }
  return { ok: true, requirements };
}
