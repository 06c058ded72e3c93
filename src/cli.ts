/** The CLI: `kube-preflight [check] [flags]`, `explain <id>`, `docs` — the action's engine in a terminal. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as os from 'node:os';
import { parseArgs } from 'node:util';
import { InputError, parseConfig } from './config.js';
import { loadPolicy } from './policy/load.js';
import { decide } from './decide.js';
import { lazyModule } from './lazy.js';
import { VERSION } from './version.js';

/** The checks and renderers: for a check, loaded once the exec plugins run (see runEngine). */
const renderers = () => import('./cli-engine.js');

export const EXIT = { ok: 0, failed: 1, usage: 2, internal: 3 } as const;

const HELP = `kube-preflight ${VERSION} — prove this machine can use its Kubernetes credentials

Usage:
  kube-preflight [check] [options]   check the kubeconfig's context (default command)
  kube-preflight audit [options]     check every context (or --contexts), soonest expiry first
  kube-preflight demo                an audit of generated kubeconfigs with realistic faults
                                     (with --kubeconfig/--require: also a live check of that)
  kube-preflight explain <check-id>  what a check looks for and how to fix it
  kube-preflight docs                print the check catalogue (markdown)

Options:
  --kubeconfig <path|list|content>   kubeconfig path, KUBECONFIG-style list, or YAML/base64 content
                                     (default: $KUBECONFIG, else ~/.kube/config)
  --context <name>                   context to check (default: current-context)
  --contexts <glob>                  audit: only contexts matching (repeatable; default all)
  --concurrency <n>                  audit: contexts checked at once (default 8)
  --offline                          skip every network probe (the live API server checks)
  --require <can-i line>             a permission the deploy needs, as \`kubectl auth can-i\` takes it
                                     ("create deployments.apps -n prod"); repeat for more
  --expect-identity <glob>           the username the API server must see (repeatable)
  --aws <auto|true|false>            check the AWS side (STS caller, EKS access entry or aws-auth):
                                     auto (default) for EKS contexts, true always, false never
  --aws-region <region>              the EKS cluster's region, when the kubeconfig does not say
  --eks-cluster <name>               the EKS cluster name, when the kubeconfig does not say
  --min-validity <duration>          credentials must last this long (default 15m)
  --warn-within <duration>           warn when credentials expire within this (default 30d)
  --fail-on <error|warning|never>    when to exit 1 (default error)
  --timeout <duration>               bound for the whole run (default 30s)
  --json                             print the JSON report instead of the text report
  --report <file>                    also write the JSON report to <file>
  --summary-file <file>              also write the job-summary markdown to <file>
  --config <file>                    policy file: severities, suppressions, default thresholds
                                     (default: .github/kube-preflight.yml when it exists)
  --no-color                         plain output (also when NO_COLOR is set or not a TTY)
  -h, --help / -v, --version

Exit codes: 0 passed, 1 failed (per --fail-on), 2 bad usage or options, 3 internal error.
`;

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  isTTY: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** The CLI's options: the action's inputs of the same names, and its own. */
const OPTIONS = {
  kubeconfig: { type: 'string' },
  context: { type: 'string' },
  contexts: { type: 'string', multiple: true },
  concurrency: { type: 'string' },
  offline: { type: 'boolean' },
  require: { type: 'string', multiple: true },
  'expect-identity': { type: 'string', multiple: true },
  aws: { type: 'string' },
  'aws-region': { type: 'string' },
  'eks-cluster': { type: 'string' },
  'min-validity': { type: 'string' },
  'warn-within': { type: 'string' },
  'fail-on': { type: 'string' },
  timeout: { type: 'string' },
  json: { type: 'boolean' },
  report: { type: 'string' },
  'summary-file': { type: 'string' },
  config: { type: 'string' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;
const OPTION_NAMES = Object.keys(OPTIONS);

export async function cli(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: OPTIONS,
    });
  } catch (err) {
    io.err(`${(err as Error).message}\n\n${HELP}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (values.help) return (io.out(HELP), EXIT.ok);
  if (values.version) return (io.out(`${VERSION}\n`), EXIT.ok);
  const [command = 'check', ...rest] = positionals;
  if (command === 'docs') {
    const { CHECKS, renderCatalogue } = await renderers();
    return (io.out(renderCatalogue(CHECKS)), EXIT.ok);
  }
  if (command === 'explain') return explain(rest[0], io);
  if (command === 'demo') {
    if (values.require && !values.kubeconfig) {
      io.err(
        'Option --require needs --kubeconfig with demo: it is checked live against that cluster.\n',
      );
      return EXIT.usage;
    }
    const { runDemo } = await import('./demo/run.js');
    const colour = io.isTTY && !values['no-color'] && !io.env.NO_COLOR;
    const summaryFile = values['summary-file'] && path.resolve(io.cwd, values['summary-file']);
    const live = values.kubeconfig
      ? { kubeconfig: path.resolve(io.cwd, values.kubeconfig), require: values.require ?? [] }
      : undefined;
    await runDemo({
      out: io.out,
      colour,
      env: io.env,
      ...(summaryFile ? { summaryFile } : {}),
      ...(live ? { live } : {}),
    });
    return EXIT.ok;
  }
  if (command !== 'check' && command !== 'audit') {
    io.err(`Unknown command "${command}".\n\n${HELP}`);
    return EXIT.usage;
  }
  const policy = await loadPolicy(values.config, io.cwd);
  let config;
  try {
    const flags = values as Record<string, string | boolean | string[] | undefined>;
    const get = (name: string) => {
      if (name === 'mode') return command;
      const v = flags[name] as string | boolean | string[] | undefined;
      return typeof v === 'boolean' ? String(v) : Array.isArray(v) ? v.join('\n') : v;
    };
    const reportPath = path.resolve(
      io.cwd,
      values.report ?? path.join(os.tmpdir(), 'kube-preflight-report.json'),
    );
    config = parseConfig(get, { reportPath }, policy);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    io.err(`${err.message.replace(/^Input '([^']+)'/, 'Option --$1')}\n`);
    return EXIT.usage;
  }
  const { runEngine } = await import('./engine.js');
  const loadRenderers = lazyModule(renderers);
  const { report, secrets } = await runEngine(config, {
    env: io.env,
    cwd: io.cwd,
    started: loadRenderers,
  });
  const r = await loadRenderers();
  const shown = r.reportForCli(report, OPTION_NAMES, (t) => secrets.scrub(t));
  const colour = io.isTTY && !values['no-color'] && !io.env.NO_COLOR;
  io.out(secrets.scrub(values.json ? r.renderJson(shown) : r.renderTerminal(shown, colour)));
  if (values.report) await r.writeReportFile(shown, config.reportPath, secrets);
  if (values['summary-file']) {
    await fs.writeFile(
      path.resolve(io.cwd, values['summary-file']),
      secrets.scrub(r.renderSummary(shown)),
    );
  }
  return decide(report, config.failOn).failed ? EXIT.failed : EXIT.ok;
}

async function explain(id: string | undefined, io: Io): Promise<number> {
  const { CHECKS, renderExplain, checkForCli } = await renderers();
  const check = CHECKS.find((c) => c.id === id);
  if (check) return (io.out(renderExplain(checkForCli(check, OPTION_NAMES))), EXIT.ok);
  io.err(
    `${id ? `No check "${id}".` : 'Name a check id.'} Known ids:\n${CHECKS.map((c) => `  ${c.id}`).join('\n')}\n`,
  );
  return EXIT.usage;
}
