/**
 * What each entry loads before it can start an exec plugin: its own file, the engine chunk and
 * their static imports — the kubeconfig loader and the plugin runner, not the checks, the live and
 * AWS phases or the AWS SDK, which load while the plugin runs (the plugin is the EKS gate's
 * longest step: ~0.4 s of Python). A static import of any of them from the engine's path would
 * undo that without failing any other test.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { staticImports } from '../../scripts/lib/static-imports.mjs';

const dist = path.resolve(import.meta.dirname, '../../dist');
const engine = readdirSync(path.join(dist, 'chunks'))
  .filter((f) => /^engine-.*\.js$/.test(f))
  .map((f) => path.join(dist, 'chunks', f));

describe.each(['cli.js', 'index.js'])('dist/%s before an exec plugin starts', (entry) => {
  const files = [...staticImports([path.join(dist, entry), ...engine])];
  const text = files.map((f) => readFileSync(f, 'utf8')).join('\n');

  it('loads the engine chunk, and under 300 KiB of JavaScript in all', () => {
    expect(engine).toHaveLength(1);
    expect(text.length).toBeLessThan(300 * 1024); // 229 KiB; everything at once was 800 KiB
  });

  it.each([
    ['the checks', 'CA certificate in the kubeconfig has expired'],
    ['the live phase', 'SelfSubjectAccessReview'],
    ['the AWS SDK', 'aws-sdk-js'],
    ["the exec plugin's output reader (node:crypto)", 'from"node:crypto"'],
  ])('does not load %s', (_, marker) => {
    expect(text).not.toContain(marker);
    // The marker is real: it is in the bundle, in a chunk that loads later.
    const all = readdirSync(path.join(dist, 'chunks')).map((f) =>
      readFileSync(path.join(dist, 'chunks', f), 'utf8'),
    );
    expect(all.some((t) => t.includes(marker))).toBe(true);
  });
});
