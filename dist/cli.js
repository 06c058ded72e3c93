#!/usr/bin/env node
import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunks/chunk-DF4FYQDL.js";
import {
  decide,
  loadPolicy,
  startEarlyProbes
} from "./chunks/chunk-35OSUOAT.js";
import {
  InputError,
  parseConfig
} from "./chunks/chunk-LGUC3XMW.js";
import "./chunks/chunk-I4BLV3Y7.js";
import "./chunks/chunk-FBYZSV5K.js";
import "./chunks/chunk-DXAEI2LH.js";
import "./chunks/chunk-H5DNCB4H.js";

// src/cli.ts
import { promises as fs } from "node:fs";
import * as path from "node:path";
import * as os from "node:os";
import { parseArgs } from "node:util";
var engine = () => import("./chunks/cli-engine-SBKN327Q.js");
var EXIT = { ok: 0, failed: 1, usage: 2, internal: 3 };
var HELP = `kube-preflight ${VERSION} \u2014 prove this machine can use its Kubernetes credentials

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
async function cli(argv, io) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        kubeconfig: { type: "string" },
        context: { type: "string" },
        contexts: { type: "string", multiple: true },
        concurrency: { type: "string" },
        offline: { type: "boolean" },
        require: { type: "string", multiple: true },
        "expect-identity": { type: "string", multiple: true },
        "min-validity": { type: "string" },
        "warn-within": { type: "string" },
        "fail-on": { type: "string" },
        timeout: { type: "string" },
        json: { type: "boolean" },
        report: { type: "string" },
        "summary-file": { type: "string" },
        config: { type: "string" },
        "no-color": { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" }
      }
    });
  } catch (err) {
    io.err(`${err.message}

${HELP}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (values.help) return io.out(HELP), EXIT.ok;
  if (values.version) return io.out(`${VERSION}
`), EXIT.ok;
  const [command = "check", ...rest] = positionals;
  if (command === "docs") {
    const { CHECKS, renderCatalogue } = await engine();
    return io.out(renderCatalogue(CHECKS)), EXIT.ok;
  }
  if (command === "explain") return explain(rest[0], io);
  if (command === "demo") {
    if (values.require && !values.kubeconfig) {
      io.err(
        "Option --require needs --kubeconfig with demo: it is checked live against that cluster.\n"
      );
      return EXIT.usage;
    }
    const { runDemo } = await import("./chunks/run-CLONW34K.js");
    const colour2 = io.isTTY && !values["no-color"] && !io.env.NO_COLOR;
    const summaryFile = values["summary-file"] && path.resolve(io.cwd, values["summary-file"]);
    const live = values.kubeconfig ? { kubeconfig: path.resolve(io.cwd, values.kubeconfig), require: values.require ?? [] } : void 0;
    await runDemo({
      out: io.out,
      colour: colour2,
      env: io.env,
      ...summaryFile ? { summaryFile } : {},
      ...live ? { live } : {}
    });
    return EXIT.ok;
  }
  if (command !== "check" && command !== "audit") {
    io.err(`Unknown command "${command}".

${HELP}`);
    return EXIT.usage;
  }
  const policy = await loadPolicy(values.config, io.cwd);
  let config;
  try {
    const flags = values;
    const get = (name) => {
      if (name === "mode") return command;
      const v = flags[name];
      return typeof v === "boolean" ? String(v) : Array.isArray(v) ? v.join("\n") : v;
    };
    const reportPath = path.resolve(
      io.cwd,
      values.report ?? path.join(os.tmpdir(), "kube-preflight-report.json")
    );
    config = parseConfig(get, { reportPath }, policy);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    io.err(`${err.message.replace(/^Input '([^']+)'/, "Option --$1")}
`);
    return EXIT.usage;
  }
  const early = startEarlyProbes(config, io.env, io.cwd);
  const { runEngine, renderJson, renderTerminal, writeReportFile, renderSummary } = await engine();
  const { report, secrets } = await runEngine(config, { env: io.env, cwd: io.cwd, early });
  const colour = io.isTTY && !values["no-color"] && !io.env.NO_COLOR;
  io.out(secrets.scrub(values.json ? renderJson(report) : renderTerminal(report, colour)));
  if (values.report) await writeReportFile(report, config.reportPath, secrets);
  if (values["summary-file"]) {
    await fs.writeFile(
      path.resolve(io.cwd, values["summary-file"]),
      secrets.scrub(renderSummary(report))
    );
  }
  return decide(report, config.failOn).failed ? EXIT.failed : EXIT.ok;
}
async function explain(id, io) {
  const { CHECKS, renderExplain } = await engine();
  const check = CHECKS.find((c) => c.id === id);
  if (check) return io.out(renderExplain(check)), EXIT.ok;
  io.err(
    `${id ? `No check "${id}".` : "Name a check id."} Known ids:
${CHECKS.map((c) => `  ${c.id}`).join("\n")}
`
  );
  return EXIT.usage;
}

// src/cli-main.ts
cli(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
  cwd: process.cwd()
}).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(
      `kube-preflight failed unexpectedly: ${err?.message ?? String(err)}
`
    );
    process.exitCode = EXIT.internal;
  }
);
