import { describe, expect, it } from '@jest/globals';
import { findAccessEntry } from '../../../src/model/aws/principal-match.js';

const A = '111122223333';
const DEPLOY = `arn:aws:iam::${A}:role/deploy`;

describe('findAccessEntry', () => {
  it('finds the entry whose ARN is the principal, ignoring case', () => {
    const entries = [`arn:aws:iam::${A}:role/ops`, `arn:aws:iam::${A}:role/Deploy`];
    expect(findAccessEntry(entries, DEPLOY)).toBe(`arn:aws:iam::${A}:role/Deploy`);
  });

  it('finds a role entry that keeps the IAM path the canonical principal lacks', () => {
    const pathed = `arn:aws:iam::${A}:role/ci/github/deploy`;
    expect(findAccessEntry([`arn:aws:iam::${A}:role/ops`, pathed], DEPLOY)).toBe(pathed);
  });

  it('prefers the exact entry over a pathed one of the same role name', () => {
    const pathed = `arn:aws:iam::${A}:role/ci/deploy`;
    expect(findAccessEntry([pathed, DEPLOY], DEPLOY)).toBe(DEPLOY);
  });

  it('does not strip the path of an IAM user: users are matched as GetCallerIdentity names them', () => {
    const entries = [`arn:aws:iam::${A}:user/eng/alice`];
    expect(findAccessEntry(entries, `arn:aws:iam::${A}:user/alice`)).toBeUndefined();
    expect(findAccessEntry(entries, `arn:aws:iam::${A}:user/eng/alice`)).toBe(entries[0]);
  });

  it('finds nothing for another role name, another account, or an empty list', () => {
    expect(findAccessEntry([`arn:aws:iam::${A}:role/ci/deployer`], DEPLOY)).toBeUndefined();
    expect(findAccessEntry(['arn:aws:iam::444455556666:role/deploy'], DEPLOY)).toBeUndefined();
    expect(findAccessEntry([], DEPLOY)).toBeUndefined();
  });
});
