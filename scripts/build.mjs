// Build: regenerate the check registry, bundle the action and the CLI, regenerate docs/checks.md.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { checksIndexSource } from './checks-index.mjs';
import path from 'node:path';

const root = path.resolve(
  import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname),
  '..',
);
const rel = (...p) => path.join(root, ...p);

const pkg = JSON.parse(readFileSync(rel('package.json'), 'utf8'));
writeFileSync(rel('src/checks/index.ts'), checksIndexSource(rel('src/checks')));
writeFileSync(
  rel('src/version.ts'),
  `/** Kept in step with package.json by scripts/build.mjs (a test checks it). */\nexport const VERSION = '${pkg.version}';\n`,
);

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  // CommonJS dependencies inside an ES module bundle need a real `require`.
  banner: {
    js: "import { createRequire as __kpCreateRequire } from 'node:module';\nconst require = __kpCreateRequire(import.meta.url);",
  },
};
mkdirSync(rel('dist'), { recursive: true });
await build({ ...common, entryPoints: [rel('src/index.ts')], outfile: rel('dist/index.js') });
await build({
  ...common,
  entryPoints: [rel('src/cli-main.ts')],
  outfile: rel('dist/cli.js'),
  banner: { js: `#!/usr/bin/env node\n${common.banner.js}` },
});
// esbuild keeps the entry's own shebang too; drop the duplicate.
const cliFile = rel('dist/cli.js');
const cli = readFileSync(cliFile, 'utf8').split('\n');
writeFileSync(cliFile, [cli[0], ...cli.slice(1).filter((l) => !l.startsWith('#!'))].join('\n'), {
  mode: 0o755,
});
mkdirSync(rel('docs'), { recursive: true });
writeFileSync(
  rel('docs/checks.md'),
  execFileSync(process.execPath, [cliFile, 'docs'], { encoding: 'utf8' }),
);
