/** Bearer tokens: JWTs with odd claims and broken segments, presigned EKS tokens mutated. */
import fc from 'fast-check';
import { makeEksToken, makeJwt } from '../../helpers/tokens.js';
import { anyValue, DAY, maybeHuge, NOW, special, text } from './misc.js';

const seconds = fc.oneof(
  fc.integer({ min: 1_700_000_000, max: 1_900_000_000 }),
  fc.constantFrom(0, -1, 1.5, 1e12 * 1.8, 253402300800, 1e300, -1e300, Number.MAX_SAFE_INTEGER),
  fc.double(),
  anyValue,
);
const claims = fc.record(
  {
    iat: seconds,
    nbf: seconds,
    exp: seconds,
    iss: fc.oneof(
      fc.constantFrom('https://kubernetes.default.svc', 'https://issuer.example'),
      anyValue,
    ),
    sub: fc.oneof(fc.constant('system:serviceaccount:ci:deployer'), anyValue),
    aud: fc.oneof(fc.constant(['https://kubernetes.default.svc']), fc.array(anyValue), anyValue),
    'kubernetes.io': fc.oneof(
      fc.record({ namespace: text, serviceaccount: fc.record({ name: text, uid: text }) }),
      anyValue,
    ),
    'kubernetes.io/serviceaccount/namespace': text,
    'kubernetes.io/serviceaccount/service-account.name': text,
    big: maybeHuge,
  },
  { requiredKeys: [] },
);
const segment = fc.oneof(
  fc.base64String({ maxLength: 40 }),
  fc.stringMatching(/^[A-Za-z0-9_-]{0,40}$/),
  text,
);
const b64url = (v: unknown) => Buffer.from(JSON.stringify(v) ?? '').toString('base64url');

/** JWTs: signed ones, ones with odd claims or headers, and broken segments. */
export const jwt = fc
  .tuple(
    fc.oneof(fc.record({ alg: fc.constantFrom('RS256', 'none', 'ES256') }), anyValue),
    fc.oneof(claims, anyValue),
    fc.nat({ max: 6 }),
    fc.array(segment, { minLength: 1, maxLength: 6 }),
  )
  .map(([header, payload, op, segments]) => {
    if (op === 0) return makeJwt(Object(payload) as Record<string, unknown>, { alg: 'ES256' });
    const parts = [b64url(header), b64url(payload), segments[0] ?? ''];
    if (op === 1) return parts.join('.');
    if (op === 2) return `${parts.join('.')}==`;
    if (op === 3) return [...parts, ...segments].slice(0, segments.length).join('.');
    if (op === 4) return `eyJ${segments.join('.')}`;
    return segments.join('.');
  });

const eksOptions = fc.record(
  {
    date: fc.date({
      min: new Date(NOW.getTime() - 30 * DAY),
      max: new Date(NOW.getTime() + DAY),
      noInvalidDate: true,
    }),
    region: fc.constantFrom('eu-west-1', 'us-east-1', 'cn-north-1', 'me-south-1'),
    global: fc.boolean(),
    sessionToken: fc.constantFrom('IQoJb3JpZ2luX2VjEXAMPLE/session+token==', 'x'),
    accessKeyId: fc.constantFrom('ASIAIOSFODNN7EXAMPLE', 'AKIAIOSFODNN7EXAMPLE', ''),
    expires: fc.oneof(fc.integer({ min: -5, max: 2000 }), fc.string()),
    extraParams: fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 3 }),
    omitSignedHeader: fc.boolean(),
    scopeRegion: fc.constantFrom('eu-west-1', 'us-west-2', ''),
    host: fc.constantFrom('sts.amazonaws.com', 'sts.eu-west-1.amazonaws.com', 'evil.example', ''),
  },
  { requiredKeys: ['date'] },
);

/** Real presigned EKS tokens, with their URL or their encoding mutated. */
export const eksToken = fc
  .tuple(eksOptions, fc.nat({ max: 11 }), fc.nat(), fc.string({ maxLength: 24 }))
  .map(([o, op, at, junk]) => {
    const token = makeEksToken(o);
    const url = Buffer.from(token.slice(11), 'base64url').toString();
    const enc = (u: string) => `k8s-aws-v1.${Buffer.from(u, 'latin1').toString('base64url')}`;
    const cut = (s: string) => at % (s.length + 1);
    switch (op) {
      case 0:
        return token;
      case 1:
        return `${token}=`;
      case 2:
        return token.slice(0, cut(token));
      case 3:
        return enc(url.slice(0, cut(url)));
      case 4:
        return enc(`${url.slice(0, cut(url))}${junk}${url.slice(cut(url))}`);
      case 5:
        return enc(url.replace(/X-Amz-Date=\w+/, `X-Amz-Date=${encodeURIComponent(junk)}`));
      case 6:
        return enc(url.replace(/&/g, ';'));
      case 7:
        return enc(`${url}&Action=GetCallerIdentity&X-Amz-Date=20260230T000000Z`);
      case 8:
        return enc(url.replace(/%/g, '%%'));
      case 9:
        return `k8s-aws-v1.${junk}`;
      case 10:
        return ` ${token}\n`;
      default:
        return `k8s-aws-v1.${Buffer.from(url.repeat(1 + (at % 20))).toString('base64url')}`;
    }
  });

/** Anything a bearer token field may hold. */
export const token = fc.oneof(jwt, eksToken, maybeHuge, special);
