import { describe, expect, it } from '@jest/globals';
import { decodeStdBase64 } from '../../src/gather/base64.js';

describe('decodeStdBase64 (Go StdEncoding semantics)', () => {
  it('decodes padded base64 and ignores CR/LF like encoding/json', () => {
    const r = decodeStdBase64('aGVs\r\nbG8=');
    expect(r.ok && r.bytes.toString()).toBe('hello');
  });

  it.each([
    ['!!!notbase64', 0],
    ['aGVsbG8=x', 7],
    ['aGVs bG8=', 4],
    ['aGVsbG8-', 7],
  ])('rejects %j at byte %d as kubectl does', (text, byte) => {
    const r = decodeStdBase64(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.detail).toContain(`illegal base64 data at input byte ${byte}`);
  });

  it('rejects unpadded input whose length is not a multiple of 4', () => {
    const r = decodeStdBase64('aGVsbG8');
    expect(!r.ok && r.detail).toMatch(/not a multiple of 4/);
  });
});
