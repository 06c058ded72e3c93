/** A realistic report for renderer tests. */
import type { Finding } from '../../src/model/finding.js';
import type { Report } from '../../src/report/model.js';

export function finding(partial: Partial<Finding> = {}): Finding {
  return {
    id: 'cert/client-expired',
    severity: 'error',
    title: 'Client certificate has expired',
    message: 'The client certificate of user "ci" expired 2h ago.',
    remediation: 'Renew it: `kubeadm kubeconfig user --client-name ci`.',
    context: 'prod',
    evidence: { subject: 'CN=ci', notAfter: '2026-11-24T10:00:00.000Z' },
    location: { file: '/work/repo/kubeconfig.yaml', line: 12 },
    ...partial,
  };
}

export function sampleReport(findings: Finding[] = [finding()]): Report {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  return {
    schemaVersion: 1,
    tool: { name: 'kube-preflight', version: '0.0.0-test' },
    generatedAt: '2026-11-24T12:00:00.000Z',
    result: errors ? 'fail' : warnings ? 'warn' : 'pass',
    counts: { errors, warnings, notices: findings.length - errors - warnings },
    identity: 'ci',
    expiresAt: '2026-11-24T10:00:00.000Z',
    secondsToExpiry: -7200,
    findings,
    contexts: [
      {
        name: 'prod',
        cluster: 'prod-cluster',
        server: 'https://127.0.0.1:6443',
        user: 'ci',
        authMethod: 'client-certificate',
        identity: 'ci',
        credentials: [
          {
            kind: 'client-certificate',
            source: 'client-certificate-data (/work/repo/kubeconfig.yaml:12)',
            subject: 'CN=ci',
            notBefore: '2026-01-01T00:00:00.000Z',
            notAfter: '2026-11-24T10:00:00.000Z',
            fingerprint: 'AB:CD:EF:01:23:45:67:89:AB:CD:EF:01',
          },
        ],
      },
    ],
  };
}
