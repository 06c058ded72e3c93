/** Exec config validation as clientcmd and client-go do it, before anything runs. */
import type { ExecConfig } from '../../model/kubeconfig.js';
import type { ExecOutcome } from '../../model/materials.js';

export const EXEC_V1 = 'client.authentication.k8s.io/v1';
export const EXEC_V1BETA1 = 'client.authentication.k8s.io/v1beta1';
export const EXEC_V1ALPHA1 = 'client.authentication.k8s.io/v1alpha1';

const MODES = new Set(['Never', 'IfAvailable', 'Always']);

export type ExecPlan =
  { ok: true; interactiveMode: string } | { ok: false; outcome: ExecOutcome; detail: string };

/** client-go defaults an empty interactiveMode to IfAvailable for v1beta1 (and v1alpha1) only. */
export function effectiveInteractiveMode(cfg: ExecConfig): string | undefined {
  if (cfg.interactiveMode) return cfg.interactiveMode;
  if (cfg.apiVersion === EXEC_V1BETA1 || cfg.apiVersion === EXEC_V1ALPHA1) return 'IfAvailable';
  return undefined;
}

/** Every problem clientcmd's validation and client-go's authenticator would report, in that order. */
export function validateExecConfig(userName: string, cfg: ExecConfig): ExecPlan {
  const suffix = `for ${userName} to use exec authentication plugin`;
  const problems: string[] = [];
  if (!cfg.command) problems.push(`command must be specified ${suffix}`);
  if (!cfg.apiVersion) problems.push(`apiVersion must be specified ${suffix}`);
  if ((cfg.env ?? []).some((v) => !v?.name)) {
    problems.push(`env variable name must be specified ${suffix}`);
  }
  const mode = effectiveInteractiveMode(cfg);
  if (!mode) problems.push(`interactiveMode must be specified ${suffix}`);
  else if (!MODES.has(mode)) problems.push(`invalid interactiveMode for ${userName}: "${mode}"`);

  const version = cfg.apiVersion;
  const versionProblem =
    version && version !== EXEC_V1 && version !== EXEC_V1BETA1
      ? `exec plugin: invalid apiVersion "${version}"`
      : undefined;
  if (problems.length > 0) {
    return {
      ok: false,
      outcome: 'not-run',
      detail: [...problems, ...(versionProblem ? [versionProblem] : [])].join('; '),
    };
  }
  if (versionProblem) {
    const outcome = version === EXEC_V1ALPHA1 ? 'api-version-removed' : 'not-run';
    return { ok: false, outcome, detail: versionProblem };
  }
  if (mode === 'Always') {
    return {
      ok: false,
      outcome: 'interactive-required',
      detail: 'exec plugin cannot support interactive mode: standard input is not a terminal',
    };
  }
  return { ok: true, interactiveMode: mode as string };
}

/** Strips ANSI escape sequences and control characters (newlines and tabs kept). */
/* eslint-disable no-control-regex -- matching control characters is the point here */
export function stripControlChars(text: string): string {
  return text
    .replace(/\u001b\][^\u0007\u001b]*(\u0007|\u001b\\)?/g, '')
    .replace(/\u001b\[[0-?]*[ -/]*[@-~]/g, '')
    .replace(/\u001b[@-_]?/g, '')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
    .trim();
}
/* eslint-enable no-control-regex */
