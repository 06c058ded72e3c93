/**
 * The CLI's words for the action's inputs. Checks name what the user sets as an action input
 * ("raise the `timeout` input"); the CLI prints the option that sets the same thing
 * ("raise `--timeout`"). Only names the CLI has as options are rewritten.
 */
import type { Check } from '../model/check.js';
import type { Evidence, Finding } from '../model/finding.js';
import type { Report } from './model.js';

/** Inputs whose CLI option has another name. */
const RENAMED: Record<string, string> = { 'report-path': 'report' };

export type CliWording = (text: string) => string;

/** `options`: the CLI's option names (`timeout`, `eks-cluster`, …). */
export function cliWording(options: Iterable<string>): CliWording {
  const known = new Set(options);
  // "the `timeout` input", "The context input", "(`timeout` input)", "aws-region input: …"
  const alt = [...known, ...Object.keys(RENAMED)].join('|');
  const mention = new RegExp(`(?:\\b[Tt]he )?(?:\`(${alt})\`|(?<![\\w-])(${alt})) input\\b`, 'g');
  return (text) =>
    text.replace(mention, (whole, quoted?: string, bare?: string) => {
      const name = (quoted ?? bare) as string;
      const option = RENAMED[name] ?? name;
      return known.has(option) ? `\`--${option}\`` : whole;
    });
}

function evidenceFor(e: Evidence, say: CliWording): Evidence {
  return Object.fromEntries(
    Object.entries(e).map(([k, v]) => [
      k,
      typeof v === 'string' ? say(v) : Array.isArray(v) ? v.map(say) : v,
    ]),
  );
}

function findingFor<F extends Finding>(f: F, say: CliWording): F {
  return {
    ...f,
    title: say(f.title),
    message: say(f.message),
    remediation: say(f.remediation),
    ...(f.evidence ? { evidence: evidenceFor(f.evidence, say) } : {}),
  };
}

/**
 * The report with every finding (shown or suppressed) and EKS signal in the CLI's words. Each text
 * is scrubbed before it is reworded: a secret that held "… input" would otherwise no longer match.
 */
export function reportForCli(
  report: Report,
  options: Iterable<string>,
  scrub: (text: string) => string,
): Report {
  const wording = cliWording(options);
  const say = (text: string) => wording(scrub(text));
  return {
    ...report,
    findings: report.findings.map((f) => findingFor(f, say)),
    contexts: report.contexts.map((c) =>
      c.aws ? { ...c, aws: { ...c.aws, signals: c.aws.signals.map(say) } } : c,
    ),
    ...(report.suppressed ? { suppressed: report.suppressed.map((f) => findingFor(f, say)) } : {}),
  };
}

/** A check as `kube-preflight explain` prints it. */
export function checkForCli(check: Check, options: Iterable<string>): Check {
  const say = cliWording(options);
  return {
    ...check,
    title: say(check.title),
    description: say(check.description),
    remediation: say(check.remediation),
  };
}
