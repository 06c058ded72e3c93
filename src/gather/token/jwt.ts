/** JWT (JWS compact) decoding for diagnostics only: no signature check, every defect named. */
import type { TokenFacts } from '../../model/materials.js';
import { decodeBase64Url } from './base64url.js';

export type JwtFields = Pick<
  TokenFacts,
  'issuedAt' | 'notBefore' | 'expiresAt' | 'issuer' | 'subject' | 'audience' | 'serviceAccount'
>;

export interface JwtResult {
  fields: JwtFields;
  /** Every defect found, in reading order; empty when the token decodes cleanly. */
  problems: string[];
}

/** 9999-12-31T23:59:59Z: later NumericDates are not plausible (they are usually milliseconds). */
const MAX_SECONDS = 253402300799;

type Json = ReturnType<typeof JSON.parse>;
type SegmentResult = { ok: true; value: Json } | { ok: false; detail: string };

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function segmentJson(name: string, segment: string): SegmentResult {
  if (segment === '') return { ok: false, detail: `the ${name} segment is empty` };
  const decoded = decodeBase64Url(segment, true);
  if (!decoded.ok)
    return { ok: false, detail: `the ${name} segment is not base64url: ${decoded.detail}` };
  try {
    return { ok: true, value: JSON.parse(decoded.bytes.toString('utf8')) };
  } catch (err) {
    return { ok: false, detail: `the ${name} segment is not JSON (${(err as Error).message})` };
  }
}

/** A JSON value described by type, with short strings quoted (claims are not secret). */
function describeJson(v: Json): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string')
    return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}

/**
 * True for a JWS: starts with `eyJ` (`{"`), or has three segments and a header that decodes to
 * something starting with `{` (a JWT with an odd or broken header is still reported as a JWT).
 */
export function looksLikeJwt(text: string): boolean {
  if (text.startsWith('eyJ')) return true;
  const parts = text.split('.');
  if (parts.length !== 3 || !parts[0]) return false;
  const header = decodeBase64Url(parts[0], true);
  return header.ok && header.bytes.toString('utf8').trimStart().startsWith('{');
}

function numericDate(name: string, v: Json, problems: string[]): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    problems.push(
      `claim "${name}" must be seconds since 1970 (a NumericDate), not ${describeJson(v)}`,
    );
    return undefined;
  }
  if (v < 0 || v > MAX_SECONDS) {
    const ms = v > 1e12 ? ' (it looks like milliseconds)' : '';
    problems.push(`claim "${name}" is ${v}, not a plausible time in seconds${ms}`);
    return undefined;
  }
  return new Date(Math.round(v * 1000)).toISOString();
}

function stringClaim(name: string, v: Json, problems: string[]): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v;
  problems.push(`claim "${name}" must be a string, not ${describeJson(v)}`);
  return undefined;
}

function audience(v: Json, problems: string[]): string[] | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return [v];
  if (Array.isArray(v) && v.every((a) => typeof a === 'string')) return v as string[];
  problems.push(`claim "aud" must be a string or an array of strings, not ${describeJson(v)}`);
  return undefined;
}

const text = (v: Json): string | undefined => (typeof v === 'string' && v ? v : undefined);

/** The service account a Kubernetes token names: bound (`kubernetes.io` claim) or legacy Secret. */
function serviceAccount(claims: Record<string, Json>): TokenFacts['serviceAccount'] {
  const bound = claims['kubernetes.io'];
  if (isObject(bound)) {
    const sa = isObject(bound.serviceaccount) ? bound.serviceaccount : {};
    const namespace = text(bound.namespace);
    const name = text(sa.name);
    if (!namespace || !name) return undefined;
    const uid = text(sa.uid);
    return { namespace, name, ...(uid ? { uid } : {}), bound: true };
  }
  const legacy = (k: string) => text(claims[`kubernetes.io/serviceaccount/${k}`]);
  const namespace = legacy('namespace');
  const name = legacy('service-account.name');
  if (!namespace || !name) return undefined;
  const uid = legacy('service-account.uid');
  const secretName = legacy('secret.name');
  return {
    namespace,
    name,
    ...(uid ? { uid } : {}),
    ...(secretName ? { secretName } : {}),
    bound: false,
  };
}

function readClaims(claims: Record<string, Json>, problems: string[]): JwtFields {
  const fields: JwtFields = {};
  const iat = numericDate('iat', claims.iat, problems);
  const nbf = numericDate('nbf', claims.nbf, problems);
  const exp = numericDate('exp', claims.exp, problems);
  if (exp && iat && Date.parse(exp) <= Date.parse(iat)) {
    problems.push(`claim "exp" (${exp}) is not after "iat" (${iat})`);
  }
  if (exp && nbf && Date.parse(nbf) >= Date.parse(exp)) {
    problems.push(`claim "nbf" (${nbf}) is not before "exp" (${exp})`);
  }
  if (iat) fields.issuedAt = iat;
  if (nbf) fields.notBefore = nbf;
  if (exp) fields.expiresAt = exp;
  const iss = stringClaim('iss', claims.iss, problems);
  const sub = stringClaim('sub', claims.sub, problems);
  const aud = audience(claims.aud, problems);
  if (iss !== undefined) fields.issuer = iss;
  if (sub !== undefined) fields.subject = sub;
  if (aud) fields.audience = aud;
  const sa = serviceAccount(claims);
  if (sa) fields.serviceAccount = sa;
  return fields;
}

/** Decodes a JWS compact token's header and claims; never throws. */
export function decodeJwt(text: string): JwtResult {
  const problems: string[] = [];
  const parts = text.split('.');
  if (parts.length === 5) {
    problems.push(
      'has 5 dot-separated segments: it is an encrypted JWT (JWE), and Kubernetes accepts only signed JWTs (3 segments)',
    );
    return { fields: {}, problems };
  }
  if (parts.length !== 3) {
    problems.push(
      `has ${parts.length} dot-separated segment${parts.length === 1 ? '' : 's'}; a signed JWT has 3 (header.payload.signature)`,
    );
    return { fields: {}, problems };
  }
  const [headerText = '', payloadText = '', signature = ''] = parts;
  const header = segmentJson('header', headerText);
  let alg: Json;
  if (!header.ok) problems.push(header.detail);
  else if (!isObject(header.value))
    problems.push(`the header is ${describeJson(header.value)}, not a JSON object`);
  else if (typeof header.value.alg !== 'string')
    problems.push('the header has no "alg" (signature algorithm)');
  else alg = header.value.alg;

  const payload = segmentJson('payload', payloadText);
  let fields: JwtFields = {};
  if (!payload.ok) problems.push(payload.detail);
  else if (!isObject(payload.value)) {
    problems.push(`the payload is ${describeJson(payload.value)}, not a JSON object of claims`);
  } else fields = readClaims(payload.value, problems);

  if (alg === 'none' || signature === '') {
    problems.push(
      'it is unsigned (alg "none" or an empty signature), which the API server rejects',
    );
  } else {
    const sig = decodeBase64Url(signature, true);
    if (!sig.ok) problems.push(`the signature segment is not base64url: ${sig.detail}`);
  }
  return { fields, problems };
}
