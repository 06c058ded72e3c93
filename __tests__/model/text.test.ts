import { describe, expect, it } from '@jest/globals';
import { trimEndChar } from '../../src/model/text.js';

describe('trimEndChar', () => {
  it.each([
    ['/k8s/clusters/c-1///', '/k8s/clusters/c-1'],
    ['/', ''],
    ['', ''],
    ['no-slash', 'no-slash'],
    ['/a/b', '/a/b'],
    ['//a//', '//a'],
  ])('%j → %j', (input, out) => expect(trimEndChar(input, '/')).toBe(out));
});
