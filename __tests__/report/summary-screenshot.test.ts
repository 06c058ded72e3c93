/**
 * The job summary as GitHub renders it: the demo's summary and a 5,000-context audit's stay under
 * the runner's 1 MiB limit, every table keeps its columns (an unescaped `|` would silently shift
 * or drop cells), and headless Chromium renders it (the README's screenshot:
 * `npm run screenshot` writes docs/demo-summary.png).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runDemo } from '../../src/demo/run.js';
import { CHROMIUM, screenshot, summaryHtml } from '../helpers/summary-html.js';

const dir = mkdtempSync(path.join(tmpdir(), 'kp-screenshot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Cells of a markdown table row, split on `|` that is not escaped. */
const cells = (row: string) => row.replace(/^\||\|$/g, '').split(/(?<!\\)\|/).length;

/** Every GFM table in `md`: header cells, and each row's cells. */
function tables(md: string): { header: number; rows: number[] }[] {
  const lines = md.split('\n');
  const out: { header: number; rows: number[] }[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i]?.startsWith('|') || !/^\|(\s*:?-+:?\s*\|)+$/.test(lines[i + 1] ?? '')) continue;
    const rows: number[] = [];
    let j = i + 2;
    for (; lines[j]?.startsWith('|'); j++) rows.push(cells(lines[j] as string));
    out.push({ header: cells(lines[i] as string), rows });
    i = j;
  }
  return out;
}

async function demoSummary(): Promise<string> {
  const file = path.join(dir, 'demo.md');
  await runDemo({
    out: () => {},
    colour: false,
    env: { PATH: process.env.PATH ?? '' },
    summaryFile: file,
  });
  return readFileSync(file, 'utf8');
}

/**
 * Every table of `md` keeps its columns, and GFM renders each as one table with all its rows (a
 * stray newline would end a table early: its rows would then be missing from the HTML).
 */
function expectTablesWhole(md: string): { header: number; rows: number[] }[] {
  const found = tables(md);
  expect(found.length).toBeGreaterThanOrEqual(1);
  for (const t of found) for (const r of t.rows) expect(r).toBe(t.header);
  const rendered = [...summaryHtml(md).matchAll(/<table>([\s\S]*?)<\/table>/g)].map(
    (m) => (m[1]?.match(/<tr>/g) ?? []).length,
  );
  expect(rendered).toEqual(found.map((t) => t.rows.length + 1));
  return found;
}

describe('the job summary, rendered', () => {
  it('keeps every table whole, and GFM renders each as one table with all its rows', async () => {
    const md = await demoSummary();
    expectTablesWhole(md);
    expect(summaryHtml(md)).toContain('markdown-alert-caution');
    expect(Buffer.byteLength(md)).toBeLessThan(1024 * 1024);
  });

  it('a cell with `|` and a newline — evidence, or a context name in the audit table — stays one cell', async () => {
    const { renderSummary } = await import('../../src/report/summary.js');
    const { finding, sampleReport } = await import('../helpers/report.js');
    const md = renderSummary(sampleReport([finding({ evidence: { command: 'a | b\nc' } })]));
    expectTablesWhole(md);
    expect(md).toContain('| command | a \\| b c |');
    const audit = sampleReport([]);
    audit.mode = 'audit';
    audit.contexts = [{ ...audit.contexts[0]!, name: 'team\nprod|eu' }];
    const table = renderSummary(audit);
    expectTablesWhole(table);
    expect(table).toContain('| `team prod\\|eu` |');
  });

  it('a 5,000-context audit with a finding each stays under 1 MiB, its tables whole', async () => {
    const { renderSummary } = await import('../../src/report/summary.js');
    const { finding, sampleReport } = await import('../helpers/report.js');
    const findings = Array.from({ length: 5000 }, (_, i) => finding({ context: `ctx-${i}` }));
    const report = sampleReport(findings);
    const [c] = report.contexts;
    report.mode = 'audit';
    report.contexts = findings.map((_, i) => ({
      ...c!,
      name: `ctx-${i}`,
      status: 'fail',
      expiresAt: c!.credentials[0]!.notAfter!,
    }));
    const md = renderSummary(report);
    expect(Buffer.byteLength(md)).toBeLessThan(1024 * 1024);
    expect(md).toContain('_4000 more context(s) are in the JSON report._');
    expect(expectTablesWhole(md)[0]?.rows).toHaveLength(1000);
  });

  it('renders in headless Chromium (a PNG of the whole page)', async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} missing: apt-get install chromium`);
    const png = await screenshot(summaryHtml(await demoSummary()));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const height = png.readUInt32BE(20);
    expect(png.readUInt32BE(16)).toBe(1012);
    expect(height).toBeGreaterThan(800);
    const target = process.env.KP_WRITE_SCREENSHOT;
    if (target) writeFileSync(target, png);
  }, 60_000);
});
