/** Strict base64 as Go's encoding/json decodes []byte fields (StdEncoding; CR and LF ignored). */

export type Base64Result = { ok: true; bytes: Buffer } | { ok: false; detail: string };

export function decodeStdBase64(text: string): Base64Result {
  const s = text.replace(/[\r\n]/g, '');
  const bad = s.search(/[^A-Za-z0-9+/=]/);
  if (bad >= 0) return { ok: false, detail: `illegal base64 data at input byte ${bad}` };
  const pad = s.indexOf('=');
  if (pad >= 0 && (!/^={1,2}$/.test(s.slice(pad)) || s.length % 4 !== 0)) {
    return { ok: false, detail: `illegal base64 data at input byte ${pad}` };
  }
  if (s.length % 4 !== 0) {
    return {
      ok: false,
      detail: `illegal base64 data at input byte ${s.length - (s.length % 4)} (length is not a multiple of 4)`,
    };
  }
  return { ok: true, bytes: Buffer.from(s, 'base64') };
}
