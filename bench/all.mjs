// Every benchmark in one run (`npm run bench`), as one Markdown report with the targets of issue 6
// met or missed: the offline gate beside bare Node, the live EKS gate beside the shell steps,
// audits of 100 to 5,000 contexts and 200 live ones, and the bundle's size.
// Usage: node bench/all.mjs [--quick] [--readme]   (--readme rewrites the README's results table;
// --quick takes fewer runs, for a try-out). Run it on an otherwise idle machine.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { format, resolveConfig } from 'prettier';
import { staticImports } from '../scripts/lib/static-imports.mjs';
import { auditBench } from './audit.mjs';
import { machine, root, table } from './lib.mjs';
import { liveBench } from './live.mjs';
import { offlineBench } from './offline.mjs';

const quick = process.argv.includes('--quick');

function bundle() {
  const files = [];
  const walk = (dir) => {
    for (const f of readdirSync(dir)) {
      const p = path.join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else files.push(p);
    }
  };
  walk(path.join(root, 'dist'));
  const size = (f) => statSync(f).size;
  const total = files.reduce((s, f) => s + size(f), 0);
  const gz = files.reduce((s, f) => s + gzipSync(readFileSync(f)).length, 0);
  const kb = (n) => `${(n / 1024).toFixed(0)} KiB`;
  // What the CLI compiles before it can start an exec plugin: its entry, the engine chunk, and
  // every chunk they import statically (the rest loads while the plugin runs).
  const chunks = path.join(root, 'dist', 'chunks');
  const first = staticImports([
    path.join(root, 'dist', 'cli.js'),
    ...readdirSync(chunks)
      .filter((f) => /^engine-.*\.js$/.test(f))
      .map((f) => path.join(chunks, f)),
  ]);
  const beforePlugin = [...first].reduce((s, f) => s + size(f), 0);
  return {
    title: 'Bundle (dist/)',
    table: table(
      ['Files', 'Total', 'gzip', 'dist/index.js', 'dist/cli.js', 'Loaded before a plugin starts'],
      [
        [
          files.length,
          kb(total),
          kb(gz),
          kb(size(path.join(root, 'dist/index.js'))),
          kb(size(path.join(root, 'dist/cli.js'))),
          kb(beforePlugin),
        ],
      ],
    ),
    notes: [
      'The entry files are small: the engine, the AWS SDK clients and the GitHub client are chunks loaded only when a run needs them. Before an exec plugin starts, only the kubeconfig loader (with its YAML parser) and the plugin runner are loaded; the checks, the live and AWS phases and the renderers load while it runs.',
    ],
    targets: [],
  };
}

const started = Date.now();
const sections = [
  await offlineBench({ runs: quick ? 5 : 21 }),
  await liveBench({ runs: quick ? 3 : 11 }),
  await auditBench({ runs: quick ? 1 : 3 }),
  bundle(),
];
const targets = sections.flatMap((s) => s.targets);
const report = [
  `${machine()}, measured ${new Date().toISOString().slice(0, 10)} in ${((Date.now() - started) / 60000).toFixed(1)} min by \`npm run bench${quick ? ' -- --quick' : ''}\`.`,
  '',
  ...sections.flatMap((s) => [
    `#### ${s.title}`,
    '',
    s.table,
    '',
    ...(s.notes ?? []).map((n) => `- ${n}`),
    '',
  ]),
  '#### Targets',
  '',
  table(
    ['Target', 'Measured', ''],
    targets.map(([name, value, ok]) => [name, value, ok ? 'met' : '**missed**']),
  ),
  '',
].join('\n');
console.log(report);

if (process.argv.includes('--readme')) {
  const file = path.join(root, 'README.md');
  const text = readFileSync(file, 'utf8');
  const [begin, end] = ['<!-- bench:begin -->', '<!-- bench:end -->'];
  const a = text.indexOf(begin);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`README.md has no ${begin} … ${end} section`);
  const updated = `${text.slice(0, a + begin.length)}\n\n${report}\n${text.slice(b)}`;
  // Formatted as the lint step checks it (prettier pads the tables).
  writeFileSync(file, await format(updated, { ...(await resolveConfig(file)), filepath: file }));
  console.log('README.md updated');
}
