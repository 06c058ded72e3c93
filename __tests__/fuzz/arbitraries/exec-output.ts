/** What an exec credential plugin prints: ExecCredentials good and bad, AWS CLI text, junk. */
import fc from 'fast-check';
import { V1, V1BETA1 } from './kubeconfig.js';
import { anyValue, or, text } from './misc.js';
import { certPem, keyPem, pemVariant } from './pem.js';
import { token } from './tokens.js';

const timestamp = fc.oneof(
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom(
    ...[
      '2024-02-30T00:00:00Z',
      '2024-13-01T00:00:00Z',
      '0000-00-00T00:00:00Z',
      '9999-12-31T23:59:60Z',
    ],
    ...['2024-01-01T24:00:00Z', '2024-01-01t00:00:00z', '2024-01-01T00:00:00.1234567891234Z'],
    ...[
      '2024-01-01T00:00:00+99:99',
      '2024-01-01 00:00:00Z',
      '+275760-09-13T00:00:00Z',
      '2024-01-01',
    ],
  ),
  anyValue,
);
const execStatus = fc.record(
  {
    token: or(token),
    clientCertificateData: or(pemVariant(certPem)),
    clientKeyData: or(pemVariant(keyPem)),
    expirationTimestamp: timestamp,
  },
  { requiredKeys: [] },
);
const credential = fc.record(
  {
    apiVersion: or(fc.constantFrom(V1, V1BETA1)),
    kind: or(fc.constant('ExecCredential')),
    status: or(execStatus),
    spec: anyValue,
  },
  { requiredKeys: ['apiVersion', 'kind'] },
);
const AWS_TEXT = [
  (t: string) =>
    `ExecCredential\tclient.authentication.k8s.io/v1beta1\nSTATUS\t2026-11-24T12:10:00Z\t${t}\n`,
  (t: string) => `----\n|  GetToken |\n+---+\n||  token  |  ${t}  ||\n`,
  (t: string) => `apiVersion: ${V1}\nkind: ExecCredential\nstatus:\n  token: ${t}\n`,
];

/** What a plugin prints on stdout: ExecCredentials good and bad, logs, tables, binary junk. */
export const execStdout: fc.Arbitrary<Buffer> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(credential, fc.nat({ max: 4 }))
      .map(([c, i]) => Buffer.from(JSON.stringify(c, null, i))),
  },
  { weight: 1, arbitrary: fc.jsonValue().map((v) => Buffer.from(JSON.stringify(v))) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 256 }).map((b) => Buffer.from(b)) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.nat({ max: 2 }), token)
      .map(([i, t]) => Buffer.from((AWS_TEXT[i] as (t: string) => string)(t))),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(text, credential)
      .map(([log, c]) => Buffer.from(`${log}\n{${log}\n${JSON.stringify(c)}`)),
  },
  {
    weight: 1,
    arbitrary: fc
      .uint8Array({ maxLength: 64 })
      .map((b) =>
        Buffer.concat([
          Buffer.from(`{"kind":"ExecCredential","apiVersion":"${V1}","status":{"token":"`),
          b,
          Buffer.from('"}}'),
        ]),
      ),
  },
);
