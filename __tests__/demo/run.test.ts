/** `kube-preflight demo`: the sandbox audit a newcomer runs first (offline, nothing contacted). */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { cli, EXIT } from '../../src/cli.js';

describe('kube-preflight demo', () => {
  it('audits the generated faults, prints the report, writes the job summary, exits 0', async () => {
    const summary = path.join(mkdtempSync(path.join(tmpdir(), 'kp-demo-')), 'summary.md');
    let out = '';
    const code = await cli(['demo', '--summary-file', summary], {
      out: (s) => (out += s),
      err: (s) => (out += s),
      isTTY: false,
      env: { PATH: process.env.PATH ?? '' },
      cwd: process.cwd(),
    });
    expect(code).toBe(EXIT.ok);
    const rows = out.split('\n').filter((l) => /^(prod|ci|dev|team|staging) +\S/.test(l));
    expect(rows.map((l) => [l.split(/\s+/)[0], l.trim().split(/\s+/).pop()])).toEqual([
      ['prod', 'fail'],
      ['ci', 'fail'],
      ['dev', 'pass'],
      ['team', 'warn'],
      ['staging', 'fail'],
    ]);
    for (const id of [
      'cert/client-expired',
      'exec/not-found',
      'token/expiring',
      'kubeconfig/shadowed-entry',
    ])
      expect(out).toContain(`[${id}]`);
    expect(out).toContain('Install kp-demo-sso-login from the platform team');
    const md = readFileSync(summary, 'utf8');
    expect(md).toContain('### Audit: 5 contexts, soonest expiry first');
    expect(md).toContain('> [!CAUTION]');
    expect(out).toContain(`The job summary GitHub would show is in ${summary}`);
    expect(out).not.toMatch(/client-key-data: \S{20}/);
  });
});
