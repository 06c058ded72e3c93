import { describe, expect, it } from '@jest/globals';
import { diagnoseTarget } from '../../src/diagnose/index.js';
import type { TargetFacts } from '../../src/model/facts.js';
import { at, facts } from '../helpers/facts.js';
import {
  accessEntry,
  awsAuthRead,
  awsError,
  DEPLOY_MAPPED,
  OTHER_MAPPED,
  DEPLOY_ROLE,
  eksCluster,
  eksTarget,
  ok,
  rejected,
  tokenReplay,
  update,
  type EksTargetOptions,
} from '../helpers/eks-facts.js';

const API = { cluster: ok(eksCluster({ authenticationMode: 'API' })), accessEntry: ok(null) };
const LINE =
  'time="2026-11-24T11:58:00Z" level=warning msg="access denied" arn="arn:aws:iam::111122223333:role/deploy" error="ARN is not mapped"';

/** The 401 diagnosis of an EKS context (401 on every request unless `live` says otherwise). */
function diagnose(o: EksTargetOptions) {
  const t: TargetFacts = eksTarget({ live: rejected(), ...o });
  const d = diagnoseTarget(t, facts({ targets: [t] }));
  expect(d?.problem).toBe('unauthorized');
  return d?.causes ?? [];
}
const ids = (o: EksTargetOptions) => diagnose(o).map((c) => c.id);

describe('401 diagnosis on EKS', () => {
  it('the authenticator’s own log line ranks first and is quoted', () => {
    const [top, next] = diagnose({
      api: {
        ...API,
        authenticatorLog: ok({
          logGroup: 'g',
          sinceMinutes: 30,
          lines: [{ at: at(-120), message: LINE }],
        }),
      },
    });
    expect(top).toMatchObject({ id: 'eks-authenticator-denied', likelihood: 'high' });
    expect(top?.title).toBe("EKS's authenticator denied this principal: ARN is not mapped");
    expect(top?.evidence).toEqual([`${at(-120)} ${LINE}`]);
    expect(top?.fix).toContain('eks/principal-not-mapped');
    expect(next?.id).toBe('eks-principal-not-mapped');
  });

  it('an expired AWS session explains the 401 even when the EKS API could not be asked', () => {
    const causes = diagnose({
      aws: {
        eksApi: undefined,
        caller: {
          ok: false,
          code: 'ExpiredToken',
          message: 'The security token included in the request is expired',
          status: 403,
        },
        token: tokenReplay({
          replay: { ok: false, status: 403, code: 'ExpiredToken', message: 'expired' },
        }),
      },
    });
    expect(causes.map((c) => c.id).slice(0, 2)).toEqual([
      'aws-session-expired',
      'eks-token-expired',
    ]);
    expect(causes[0]?.title).toContain('(from web-identity) has expired');
    expect(causes[0]?.evidence).toEqual([
      'sts:GetCallerIdentity: ExpiredToken: The security token included in the request is expired',
    ]);
    expect(causes.map((c) => c.id)).not.toContain('eks-identity-not-mapped');
  });

  it('credentials STS does not accept: aws-credentials-invalid; a provider that expired: session expired', () => {
    const invalid = ids({
      aws: {
        eksApi: undefined,
        caller: { ok: false, code: 'InvalidClientTokenId', message: 'invalid' },
      },
    });
    expect(invalid[0]).toBe('aws-credentials-invalid');
    const sso = diagnose({
      aws: {
        eksApi: undefined,
        caller: undefined,
        credentials: {
          ok: false,
          why: 'error',
          detail: 'The SSO session associated with this profile has expired',
        },
      },
    });
    expect(sso[0]?.id).toBe('aws-session-expired');
    expect(sso[0]?.evidence[0]).toContain('credential provider: The SSO session');
  });

  it('a token STS verifies only for another cluster name', () => {
    const [top] = diagnose({
      aws: {
        token: tokenReplay({
          replay: { ok: false, status: 403, code: 'SignatureDoesNotMatch', message: 'x' },
          signedFor: 'staging',
        }),
      },
    });
    expect(top).toMatchObject({ id: 'eks-token-other-cluster', score: 97 });
    expect(top?.fix).toContain('aws eks update-kubeconfig --name prod');
  });

  it('a token STS refuses: expired vs. signed by bad credentials', () => {
    const replay = (code: string, message: string) =>
      ids({ aws: { token: tokenReplay({ replay: { ok: false, status: 403, code, message } }) } });
    expect(
      replay(
        'SignatureDoesNotMatch',
        'error from AWS (expected 200, got 403): Signature expired: 20261124T113000Z is now earlier than …',
      )[0],
    ).toBe('eks-token-expired');
    expect(
      replay('InvalidClientTokenId', 'The security token included in the request is invalid.')[0],
    ).toBe('eks-token-rejected-by-sts');
    expect(replay('Throttling', 'Rate exceeded')).not.toContain('eks-token-rejected-by-sts');
  });

  it('no such cluster: in another account than the caller’s, or just not there', () => {
    const gone = {
      cluster: awsError('ResourceNotFoundException', 'No cluster found for name: prod.', 404),
    };
    expect(ids({ api: gone })).toContain('eks-cluster-not-found');
    const other = diagnose({
      api: gone,
      aws: { eks: { ...eksTarget().aws!.eks, accountId: '999988887777' } },
    });
    expect(other.find((c) => c.id === 'eks-other-account')?.title).toBe(
      "The runner's AWS credentials are for account 111122223333, but the cluster is in account 999988887777",
    );
  });

  it('mapped by nothing: the commands, and the mode change inside the window as evidence', () => {
    const changed = update({ createdAt: at(-20 * 60) });
    const [top] = diagnose({ api: { ...API, updates: ok([changed]) } });
    expect(top).toMatchObject({ id: 'eks-principal-not-mapped', score: 95, window: '30m' });
    expect(top?.evidence).toContain(
      `authentication mode changed to API 20m ago (update ${changed.id})`,
    );
    expect(top?.fix).toContain(`--principal-arn ${DEPLOY_ROLE}`);
  });

  it('mapped only in aws-auth on an API-mode cluster: eks-aws-auth-ignored', () => {
    const [top] = diagnose({ api: API, live: rejected(DEPLOY_MAPPED) });
    expect(top?.id).toBe('eks-aws-auth-ignored');
    expect(top?.title).toContain('mapped only in aws-auth');
  });

  it('aws-auth maps it with a username template the caller cannot fill', () => {
    const template = awsAuthRead(
      `- rolearn: ${DEPLOY_ROLE}\n  username: node:{{EC2PrivateDNSName}}\n  groups: [x]\n`,
    );
    const causes = diagnose({
      api: {
        cluster: ok(eksCluster({ authenticationMode: 'CONFIG_MAP' })),
        accessEntry: awsError('InvalidRequestException'),
      },
      live: rejected(template),
    });
    expect(causes[0]?.id).toBe('eks-mapping-template');
  });

  it('mapped, yet rejected: the re-created role (a fresh entry narrows the window)', () => {
    const fresh = diagnose({ api: { accessEntry: ok(accessEntry({ createdAt: at(-60) })) } });
    const top = fresh.find((c) => c.id === 'eks-mapped-yet-rejected');
    expect(top).toMatchObject({ likelihood: 'medium', window: '5m' });
    expect(top?.evidence).toContain('access entry written 1m ago');
  });

  it('a context that is not EKS gets no EKS cause', () => {
    const t: TargetFacts = { ...eksTarget({ live: rejected() }) };
    delete t.aws;
    const d = diagnoseTarget(t, facts({ targets: [t] }));
    expect(d?.causes.some((c) => /^(eks|aws)-/.test(c.id))).toBe(false);
  });

  it('a CONFIG_MAP mode known only from InvalidRequestException: the fix is aws-auth, as the check says', () => {
    const [top] = diagnose({
      api: {
        cluster: awsError('AccessDeniedException', 'denied', 403),
        accessEntry: awsError('InvalidRequestException'),
      },
      live: rejected(OTHER_MAPPED),
    });
    expect(top?.id).toBe('eks-principal-not-mapped');
    expect(top?.evidence).toContain('authentication mode CONFIG_MAP');
    expect(top?.fix).toMatch(/^Or map it in aws-auth/);
    expect(top?.fix).not.toContain('create-access-entry');
  });
});
