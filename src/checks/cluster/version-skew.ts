import { defineCheck } from '../../model/check.js';
import { liveTargets } from '../../model/cluster.js';
import type { FindingDraft } from '../../model/finding.js';

export default defineCheck({
  id: 'cluster/version-skew',
  title: 'kubectl on the runner is too far from the server version',
  severity: 'warning',
  description:
    'kubectl is supported within one minor version of the API server (older or newer). The kubectl ' +
    'on this runner’s PATH is further away, so the deploy runs an untested combination: removed API ' +
    'versions, changed `apply` behaviour, exec-credential versions the server side no longer expects.',
  remediation:
    'Install a kubectl within one minor version of the server (`azure/setup-kubectl` with ' +
    '`version: v1.<server minor>.x`, or the cloud CLI’s matching kubectl).',
  run(facts) {
    const out: FindingDraft[] = [];
    for (const { t, live } of liveTargets(facts.targets)) {
      const k = live.kubectl;
      const v = live.version;
      if (!k?.minor || !v || k.major !== v.major) continue;
      const gap = k.minor - v.minor;
      if (Math.abs(gap) <= 1) continue;
      out.push({
        message:
          `Context "${t.contextName}": kubectl ${k.gitVersion} (${k.path}) is ${Math.abs(gap)} minor versions ` +
          `${gap < 0 ? 'older' : 'newer'} than the API server ${v.gitVersion}; kubectl supports ±1.`,
        remediation: `Install kubectl v1.${v.minor}.x (or v1.${v.minor - 1}/v1.${v.minor + 1}) on the runner, e.g. \`azure/setup-kubectl\` with \`version: v1.${v.minor}.0\`.`,
        context: t.contextName,
        evidence: {
          kubectl: k.gitVersion ?? null,
          kubectlPath: k.path,
          server: v.gitVersion,
          minorGap: gap,
        },
      });
    }
    return out;
  },
});
