/** The policy file, durations and the `require` input. */
import fc from 'fast-check';
import { maybeHuge, or, text } from './misc.js';
import { yamlFrom } from './yaml.js';

const glob = fc.string({
  unit: fc.constantFrom('*', '?', '/', 'a', 'e', '-', 'cert', 'kubeconfig', '.'),
  maxLength: 40,
});
export const durationText = fc.oneof(
  fc.stringMatching(/^ ?(\d{1,25}(\.\d{1,5})?[smhdwSMHDW]){0,6} ?$/),
  fc.stringMatching(/^\d{1,400}$/),
  text,
);
const policyObject = (ids: readonly string[]) =>
  fc.record(
    {
      version: fc.constantFrom(1, '1', 2),
      defaults: fc.record(
        {
          'min-validity': or(durationText),
          'warn-within': or(durationText),
          'fail-on': or(fc.constantFrom('error', 'warning', 'never')),
        },
        { requiredKeys: [] },
      ),
      checks: fc.dictionary(
        fc.oneof(fc.constantFrom(...ids), glob, maybeHuge),
        or(fc.constantFrom('error', 'warning', 'notice', 'off', false)),
      ),
      suppress: fc.array(
        fc.record(
          {
            check: fc.oneof(fc.constantFrom(...ids), glob, maybeHuge),
            reason: text,
            context: fc.oneof(glob, text),
            until: or(fc.constantFrom('2027-01-01', '2027-02-30', '2026-11-24')),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 4 },
      ),
    },
    { requiredKeys: [] },
  );
export const policyText = (ids: readonly string[]) => yamlFrom(policyObject(ids));

const WORDS = [
  'get',
  'create',
  'GET',
  '*',
  'pods',
  'deployments.apps',
  'x.v1.apps',
  'pods/log',
  'a/',
  '-n',
  'prod',
  '-A',
  '-A=maybe',
  '-nprod',
  '-n=prod',
  '--namespace',
  '--namespace=',
  '--all-namespaces=false',
  '--subresource',
  'status',
  '--',
  '-q',
  '-x',
  '--x',
  'kubectl',
  'auth',
  'can-i',
  '#',
  ';',
  '"',
  "'",
  '-',
  '/healthz',
  'pods,services',
  'a'.repeat(70),
];
/** The `require` input: lines of kubectl-ish words and junk. */
export const requirementsText = fc
  .array(
    fc.array(fc.oneof({ arbitrary: fc.constantFrom(...WORDS), weight: 5 }, text), { maxLength: 8 }),
    { maxLength: 6 },
  )
  .chain((lines) =>
    fc.constantFrom('\n', '\r\n', ';', '\r').map((sep) => lines.map((l) => l.join(' ')).join(sep)),
  );
