import { describe, expect, it } from '@jest/globals';
import { trimEndOf } from '../../src/model/text.js';

describe('trimEndOf', () => {
  it.each([
    ['/k8s/clusters/c-1///', '/k8s/clusters/c-1'],
    ['/', ''],
    ['', ''],
    ['no-slash', 'no-slash'],
    ['/a/b', '/a/b'],
    ['//a//', '//a'],
  ])('%j → %j', (input, out) => expect(trimEndOf(input, '/')).toBe(out));

  it('takes a set of characters', () => {
    expect(trimEndOf('Bearer abc \t \t', ' \t')).toBe('Bearer abc');
    expect(trimEndOf('a\n ', ' \t')).toBe('a\n');
  });
});
