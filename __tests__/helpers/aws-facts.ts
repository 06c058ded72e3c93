/** AWS facts as plain data, for AWS check tests. */
import type { AwsFacts } from '../../src/model/aws/facts.js';
import type { TargetFacts } from '../../src/model/facts.js';
import { target } from './facts.js';

export const ROLE_SESSION = 'arn:aws:sts::111122223333:assumed-role/deploy/GitHubActions';

export function awsFacts(partial: Partial<AwsFacts> = {}): AwsFacts {
  return {
    eks: {
      clusterName: 'prod',
      region: 'eu-west-1',
      authenticator: 'aws-cli',
      signals: ['exec `aws eks get-token`'],
    },
    region: 'eu-west-1',
    regionFrom: 'kubeconfig',
    credentials: {
      ok: true,
      value: {
        source: 'web-identity',
        accessKeyPrefix: 'ASIA',
        temporary: true,
        expiresAt: '2026-11-24T13:00:00.000Z',
      },
    },
    caller: {
      ok: true,
      arn: ROLE_SESSION,
      account: '111122223333',
      userId: 'AROAEXAMPLE:GitHubActions',
    },
    ...partial,
  };
}

export function awsTarget(aws: AwsFacts, partial: Partial<TargetFacts> = {}): TargetFacts {
  return target({ contextName: 'prod', aws, ...partial });
}
