/** addMaskCommand against @actions/core's own setSecret as the oracle. */
import { describe, expect, it, jest } from '@jest/globals';
import * as core from '@actions/core';
import { addMaskCommand } from '../../src/report/add-mask.js';

/** What core.setSecret writes to stdout. */
function coreWrites(secret: string): string {
  let out = '';
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  try {
    core.setSecret(secret);
  } finally {
    spy.mockRestore();
  }
  return out;
}

describe('addMaskCommand', () => {
  it.each([
    'plain-token-value',
    '100%\r\nsecond line%0A',
    'k8s-aws-v1.aHR0cHM6Ly9zdHMuYW1hem9uYXdzLmNvbS8_QWN0aW9uPUdldENhbGxlcklkZW50aXR5',
    '-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n',
    'üñíçødé :: %25 ,=',
  ])('writes what core.setSecret writes: %j', (secret) => {
    expect(addMaskCommand(secret)).toBe(coreWrites(secret));
    expect(addMaskCommand(secret)).toMatch(/^::add-mask::[^\r\n]*\n$/);
  });
});
