import { defineCheck } from '../../model/check.js';

const CUT = {
  entries: (max: number) =>
    `stopped after reading ${max.toLocaleString('en-US')} directory entries`,
  files: (max: number) => `matched more than ${max.toLocaleString('en-US')} files`,
  depth: (max: number) => `reaches more than ${max} directory levels below its first wildcard`,
};

export default defineCheck({
  id: 'kubeconfig/audit-glob-limit',
  title: 'An audit glob was cut short: some kubeconfig files were not audited',
  severity: 'warning',
  description:
    'The `kubeconfig` globs of an audit are expanded with bounded walks, so that a pattern such ' +
    'as `/**` cannot read the whole disk. One of them hit a bound: files past it were not ' +
    'audited, and an expiring credential there would go unreported.',
  remediation:
    'Narrow the pattern to the folders that hold kubeconfigs (`clusters/*/kubeconfig` rather ' +
    'than `**`), split it into several patterns, or list the files one per line.',
  run({ audit }) {
    return (audit?.globLimits ?? []).map((g) => ({
      message: `The pattern "${g.pattern}" ${CUT[g.stopped](g.max)}; kubeconfig files past that point were not audited.`,
      evidence: { pattern: g.pattern, stopped: g.stopped, max: g.max },
    }));
  },
});
