/** Shared pieces of the fuzz generators: the clock, short and huge strings, any value at all. */
import fc from 'fast-check';

/** The clock the seeds are made against (tests inject the same `now`). */
export const NOW = new Date('2026-11-24T12:00:00Z');
export const DAY = 86_400_000;

// ---- strings ----
const SPECIAL = [
  ...['', ' ', '\t', '\n', '\r\n', '\uFEFF', '\u2028', '\0', '\x7f', '\u200b', 'é', '😀', '\ud800'],
  ...['REDACTED', 'DATA+OMITTED', '~', 'null', 'yes', 'on', 'no', '0o17', '1:20', '0x1F', '.inf'],
  ...['*a', '&a', '!!binary', '%', '%zz', '---', '...', '- ', '? ', ': ', '#', '{{ x }}', '"', "'"],
  ...['-----BEGIN CERTIFICATE-----', '-----END CERTIFICATE-----', 'k8s-aws-v1.', 'eyJ', '=', '/'],
  ...['__proto__', 'constructor', 'valueOf', 'toString', 'hasOwnProperty', 'length', '0'],
];
export const special = fc.constantFrom(...SPECIAL);

/** Short strings of every kind: printable, any UTF-16 unit (lone surrogates too), special. */
export const text = fc.oneof(
  { arbitrary: fc.string({ maxLength: 24 }), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 16 }), weight: 2 },
  { arbitrary: fc.array(special, { maxLength: 6 }).map((a) => a.join('')), weight: 2 },
);

/** A string of up to ~1 MB, made by repeating a short chunk (cheap to generate), framed. */
export const huge = fc
  .tuple(
    fc.constantFrom('', 'eyJ', 'k8s-aws-v1.', 'a: ', '- '),
    fc.oneof(
      text,
      fc.constantFrom(' ', 'a', ' a', '\t', '%', '=', '/', '-----BEGIN A-----\n', '*a'),
    ),
    fc.integer({ min: 1_000, max: 1_000_000 }),
    fc.oneof(text, fc.constantFrom('x', '&', '.x.y', 'a.x.y', '\n')),
  )
  .map(
    ([head, chunk, size, tail]) =>
      `${head}${chunk.repeat(Math.ceil(size / Math.max(1, chunk.length)))}${tail}`,
  );

/** A text that is now and then (one time in 300) huge. */
export const maybeHuge = fc.oneof({ arbitrary: text, weight: 300 }, { arbitrary: huge, weight: 1 });

/** Any value that JSON or YAML may hold, small. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 3, maxKeys: 4 }),
  fc.jsonValue({ maxDepth: 3 }),
  text,
  fc.constantFrom(0, -1, 1.5, 1e300, -0, Number.NaN, Infinity, true, false, null),
  // A new empty list or map each time: one shared instance, written into by the document
  // mutators, grew into a cycle over a long run (JSON.stringify threw in a generator).
  fc.boolean().map((list) => (list ? [] : {})),
);

/** Mostly `arb`, now and then any value at all (a wrongly typed field). */
export const or = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ arbitrary: arb, weight: 8 }, anyValue);
