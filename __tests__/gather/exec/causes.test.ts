import { describe, expect, it } from '@jest/globals';
import { recogniseFailure, stderrExcerpt } from '../../../src/gather/exec/causes.js';

describe('recogniseFailure', () => {
  it.each([
    [
      'Error when retrieving token from sso: Token has expired and refresh failed',
      'aws-sso-expired',
      /SSO/,
    ],
    [
      'The SSO session associated with this profile has expired or is otherwise invalid.',
      'aws-sso-expired',
      /SSO/,
    ],
    ['\nThe config profile (deploy) could not be found\n', 'aws-profile-missing', /"deploy"/],
    [
      'An error occurred (ExpiredToken) when calling the GetCallerIdentity operation',
      'aws-expired-token',
      /ExpiredToken/,
    ],
    [
      'Unable to locate credentials. You can configure credentials by running "aws configure".',
      'aws-no-credentials',
      /no credentials/,
    ],
    [
      'An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::111122223333:user/ci is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/deploy',
      'aws-assume-role-denied',
      /for arn:aws:iam::111122223333:role\/deploy\)/,
    ],
    [
      'An error occurred (InvalidClientTokenId) when calling the AssumeRole operation',
      'aws-invalid-keys',
      /InvalidClientTokenId/,
    ],
    ['ERROR: (gcloud.auth) Reauthentication required.', 'gcloud-reauth', /re-authenticate/],
    [
      'ERROR: (gcloud.config) You do not currently have an active account selected.',
      'gcloud-no-account',
      /no active account/,
    ],
    [
      'AADSTS700024: Client assertion is not within its valid time range.',
      'azure-aadsts',
      /AADSTS700024: the federated/,
    ],
    ['AADSTS999999: Something new.', 'azure-aadsts', /AADSTS999999: Microsoft Entra ID refused/],
    [
      'error: unknown command "oidc-login" for "kubectl"',
      'kubectl-plugin-missing',
      /"oidc-login" plugin/,
    ],
  ])('recognises %j', (stderr, cause, detail) => {
    const r = recogniseFailure(stderr);
    expect(r?.cause).toBe(cause);
    expect(r?.detail).toMatch(detail);
  });

  it('leaves unknown failures unrecognised', () => {
    expect(recogniseFailure('segmentation fault')).toBeUndefined();
    expect(recogniseFailure('')).toBeUndefined();
  });
});

describe('stderrExcerpt', () => {
  it('keeps the last 10 lines and at most 1000 characters', () => {
    const text = Array.from({ length: 30 }, (_, i) => `line ${i}`).join('\r\n');
    expect(stderrExcerpt(text)).toBe(
      Array.from({ length: 10 }, (_, i) => `line ${i + 20}`).join('\n'),
    );
    const long = stderrExcerpt(`${'x'.repeat(5000)}\nend`)!;
    expect(long.length).toBe(1000);
    expect(long.endsWith('\nend')).toBe(true);
    expect(stderrExcerpt('  \n ')).toBeUndefined();
  });
});
