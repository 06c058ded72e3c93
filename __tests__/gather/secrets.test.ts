import { describe, expect, it } from '@jest/globals';
import { SecretSet } from '../../src/gather/secrets.js';

describe('SecretSet', () => {
  it('masks each secret once, at once, and scrubs it and its long lines from text', () => {
    const masked: string[] = [];
    const s = new SecretSet((v) => masked.push(v));
    const key =
      '-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIAbCdEfGhIjKlMnOpQrStUvWxYz\n-----END EC PRIVATE KEY-----';
    s.add('tok-123456');
    s.add('tok-123456');
    s.add(key);
    expect(masked).toEqual(['tok-123456', key]);
    const text = `token tok-123456 and line MHcCAQEEIAbCdEfGhIjKlMnOpQrStUvWxYz here`;
    expect(s.scrub(text)).toBe('token *** and line *** here');
  });

  it('ignores values too short to mask safely', () => {
    const masked: string[] = [];
    const s = new SecretSet((v) => masked.push(v));
    s.add('ab');
    s.add('   ');
    expect(masked).toEqual([]);
    expect(s.scrub('ab')).toBe('ab');
  });

  it('masks whole documents without scrubbing their ordinary lines', () => {
    const masked: string[] = [];
    const s = new SecretSet((v) => masked.push(v));
    s.addDocument('apiVersion: v1\nkind: Config\n');
    expect(masked).toEqual(['apiVersion: v1\nkind: Config\n']);
    expect(s.scrub('kind: Config')).toBe('kind: Config');
  });
});
