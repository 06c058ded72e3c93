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
    'versions, changed `apply` behaviour, exec-credential versions the server side no longer expects. ' +
    'gcloud’s kubectl dispatcher counts as the `kubectl.1.<server minor>` it would run, when it has one.',
  remediation:
    'Install a kubectl within one minor version of the server (`azure/setup-kubectl` with ' +
    '`version: v1.<server minor>.x`, or the cloud CLI’s matching kubectl).',
  run(facts) {
    const out: FindingDraft[] = [];
    for (const { t, live } of liveTargets(facts.targets)) {
      const k = live.kubectl;
      const v = live.version;
      if (!k?.minor || !v || k.major !== v.major) continue;
      const d = k.dispatcher;
      // The dispatcher runs kubectl.<major>.<minor> for this server: that one is in step.
      if (d?.versions.some((x) => x.major === v.major && x.minor === v.minor)) continue;
      const gap = k.minor - v.minor;
      if (Math.abs(gap) <= 1) continue;
      const far = `${Math.abs(gap)} minor versions ${gap < 0 ? 'older' : 'newer'} than the API server ${v.gitVersion}; kubectl supports ±1.`;
      const has = d?.versions.map((x) => `kubectl.${x.major}.${x.minor}`).join(', ') || 'none';
      const install = `kubectl v1.${v.minor}.x (or v1.${v.minor - 1}/v1.${v.minor + 1})`;
      out.push({
        message: d
          ? `Context "${t.contextName}": kubectl (${k.path}) is gcloud’s dispatcher, and ${d.dir} has no kubectl.${v.major}.${v.minor} for this server (it has ${has}), so it runs its own ${k.gitVersion}, ${far}`
          : `Context "${t.contextName}": kubectl ${k.gitVersion} (${k.path}) is ${far}`,
        remediation: d
          ? `Update the Google Cloud SDK until it ships kubectl.${v.major}.${v.minor} (\`gcloud components update\`, or a newer SDK in \`google-github-actions/setup-gcloud\`), or put ${install} before it on PATH, e.g. \`azure/setup-kubectl\` with \`version: v1.${v.minor}.0\`.`
          : `Install ${install} on the runner, e.g. \`azure/setup-kubectl\` with \`version: v1.${v.minor}.0\`.`,
        context: t.contextName,
        evidence: {
          kubectl: k.gitVersion ?? null,
          kubectlPath: k.path,
          server: v.gitVersion,
          minorGap: gap,
          ...(d ? { dispatcherDir: d.dir, dispatchable: has } : {}),
        },
      });
    }
    return out;
  },
});
