import { defineCheck } from '../../model/check.js';
import { authModeOf, eksTargets, mappingOf, principalSeen } from '../../model/aws/eks-view.js';
import { mappingFix } from '../../model/aws/mapping-fix.js';
import type { FindingDraft } from '../../model/finding.js';

export default defineCheck({
  id: 'eks/principal-not-mapped',
  title: 'The IAM principal is mapped to no Kubernetes identity',
  severity: 'error',
  description:
    'AWS authenticates the principal, but the cluster admits IAM principals only through an access ' +
    'entry (authentication modes API and API_AND_CONFIG_MAP) or the aws-auth ConfigMap (modes ' +
    'CONFIG_MAP and API_AND_CONFIG_MAP), and neither maps this one. The authenticator logs ' +
    '`ARN is not mapped` (newer releases: `identity is not mapped`) and kubectl prints `You must be logged in to the server (Unauthorized)`. ' +
    'Checked only when it can be settled: the access-entry lookup succeeded and aws-auth was read ' +
    '(or does not apply).',
  remediation:
    'Create an access entry for the principal (`aws eks create-access-entry` + ' +
    '`associate-access-policy`), or map it in aws-auth with its ARN written without a path.',
  run({ targets, settings }) {
    const out: FindingDraft[] = [];
    const namespaces = [
      ...new Set(settings.requirements.flatMap((r) => (r.namespace ? [r.namespace] : []))),
    ];
    for (const v of eksTargets(targets)) {
      const m = mappingOf(v);
      const seen = principalSeen(v.aws);
      // API mode with the principal only in aws-auth is eks/auth-mode-ignores-configmap.
      if (!m || m.source !== 'none' || m.reason === 'aws-auth-ignored' || !seen) continue;
      // Any answer but 401 means the server authenticated it (a CONFIG_MAP cluster's creator…).
      const live = v.t.live;
      if (live && !live.skipped && live.transport?.ok && !live.unauthorized) continue;
      const rejected = Boolean(v.t.live?.unauthorized);
      const log = v.api.authenticatorLog?.ok ? v.api.authenticatorLog.value.lines[0] : undefined;
      out.push({
        message:
          `Context "${v.t.contextName}": ${seen.canonical} is mapped by nothing on EKS cluster "${v.api.clusterName}": ${m.detail}.` +
          (rejected ? ' The API server answered 401 Unauthorized.' : '') +
          (log ? ` The authenticator logged at ${log.at}: ${log.message}` : ''),
        remediation: mappingFix({
          cluster: v.api.clusterName,
          ...(v.aws.region ? { region: v.aws.region } : {}),
          principal: seen.canonical,
          ...(authModeOf(v) ? { mode: authModeOf(v) } : {}),
          namespaces,
        }),
        context: v.t.contextName,
        evidence: {
          principal: seen.canonical,
          arn: seen.arn,
          authenticationMode: authModeOf(v) ?? null,
          reason: m.reason,
          ignored: m.ignored ?? null,
          unauthorized: rejected,
          authenticatorLog: log ? `${log.at} ${log.message}` : null,
        },
      });
    }
    return out;
  },
});
