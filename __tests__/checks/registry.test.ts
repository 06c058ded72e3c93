/** Every check is registered, documented and tested; its id is its path. */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CHECKS } from '../../src/checks/index.js';
import { renderCatalogue } from '../../src/report/catalogue.js';
import { checkIdsSource, checksIndexSource } from '../../scripts/checks-index.mjs';
import { CHECK_IDS } from '../../src/checks/ids.js';

const root = path.resolve(import.meta.dirname, '../..');

describe('check registry', () => {
  it('is generated from exactly the files under src/checks', () => {
    const committed = readFileSync(path.join(root, 'src/checks/index.ts'), 'utf8');
    expect(committed).toBe(checksIndexSource(path.join(root, 'src/checks')));
    const ids = readFileSync(path.join(root, 'src/checks/ids.ts'), 'utf8');
    expect(ids).toBe(checkIdsSource(path.join(root, 'src/checks')));
    expect(CHECK_IDS).toEqual(CHECKS.map((c) => c.id));
  });

  it('has unique ids, sorted', () => {
    const ids = CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it.each(CHECKS.map((c) => [c.id, c] as const))(
    '%s: id = path, documented, tested',
    (id, check) => {
      expect(id).toMatch(/^[a-z]+\/[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(existsSync(path.join(root, 'src/checks', `${id}.ts`))).toBe(true);
      expect(existsSync(path.join(root, '__tests__/checks', `${id}.test.ts`))).toBe(true);
      expect(['error', 'warning', 'notice']).toContain(check.severity);
      expect(check.title.length).toBeGreaterThan(5);
      expect(check.title).not.toMatch(/\.$/);
      expect(check.description.length).toBeGreaterThan(20);
      expect(check.remediation.length).toBeGreaterThan(20);
    },
  );

  it('docs/checks.md is the generated catalogue and lists every check', () => {
    const docs = readFileSync(path.join(root, 'docs/checks.md'), 'utf8');
    expect(docs).toBe(renderCatalogue(CHECKS));
    for (const c of CHECKS) expect(docs).toContain(`### ${c.id}`);
  });
});
