import { describe, expect, it } from '@jest/globals';
import { decideIssue, issueText, marker } from '../../src/github/tracking-issue.js';
import { finding, sampleReport } from '../helpers/report.js';

const failing = () => {
  const r = sampleReport([
    finding(),
    finding({ id: 'token/expiring', severity: 'warning', context: 'prod' }),
  ]);
  r.contexts[0] = {
    ...r.contexts[0]!,
    status: 'fail',
    expiresAt: '2026-11-24T10:00:00.000Z',
    expiringKind: 'client-certificate',
  };
  return r;
};
const healthy = () =>
  sampleReport([finding({ severity: 'notice', id: 'eks/aws-auth-unreadable' })]);
const open = (number: number, body: string) => ({
  number,
  state: 'open',
  body,
  user: { type: 'Bot' },
});

describe('tracking issue', () => {
  it('the body: marker, counts, the contexts that need action, titles (no run-relative times)', () => {
    const { title, body } = issueText(
      failing(),
      'nightly',
      'https://github.example/a/b/actions/runs/7',
    );
    expect(title).toBe('kube-preflight audit "nightly": 1 error(s), 1 warning(s) in 1 context(s)');
    expect(body.split('\n').slice(0, 3)).toEqual([
      '<!-- kube-preflight:tracking-issue:nightly -->',
      "kube-preflight's audit **nightly** found 1 error(s) and 1 warning(s) in 1 of 1 context(s).",
      'Latest run: https://github.example/a/b/actions/runs/7 (its job summary has every finding in full).',
    ]);
    expect(body).toContain('| `prod` | client-certificate | 2026-11-24T10:00:00.000Z | fail |');
    expect(body).toContain(
      '- **error** `cert/client-expired` (`prod`): Client certificate has expired',
    );
    expect(body).not.toContain('ago');
    // The run's time is the only clock the body could read: an hour later, it is the same body.
    const later = { ...failing(), generatedAt: '2026-11-24T13:00:00.000Z' };
    expect(issueText(later, 'nightly', 'u').body).toBe(issueText(failing(), 'nightly', 'u').body);
  });

  it('markers are per audit name, and names are encoded', () => {
    expect(marker('weekly fleet')).toBe('<!-- kube-preflight:tracking-issue:weekly%20fleet -->');
  });

  it('decides: create, update, unchanged, close, or nothing', () => {
    const r = failing();
    const mine = open(9, marker('nightly'));
    expect(decideIssue(r, 'nightly', []).kind).toBe('create');
    expect(
      decideIssue(r, 'nightly', [open(3, marker('weekly')), { ...mine, state: 'closed' }]).kind,
    ).toBe('create');
    expect(decideIssue(r, 'nightly', [mine])).toMatchObject({ kind: 'update', number: 9 });
    const same = open(9, issueText(r, 'nightly').body);
    expect(decideIssue(r, 'nightly', [same])).toEqual({
      kind: 'none',
      why: 'issue #9 is up to date',
    });
    expect(decideIssue(healthy(), 'nightly', [mine], 'https://run')).toEqual({
      kind: 'close',
      number: 9,
      comment: 'Every context is healthy as of 2026-11-24T12:00:00.000Z (https://run). Closing.',
    });
    expect(decideIssue(healthy(), 'nightly', [open(3, marker('weekly'))]).kind).toBe('none');
    // Anyone may open an issue carrying the marker; only a bot's or a collaborator's is ours.
    const outsider = { ...mine, user: { type: 'User' }, author_association: 'NONE' };
    expect(decideIssue(r, 'nightly', [outsider]).kind).toBe('create');
    expect(decideIssue(healthy(), 'nightly', [outsider]).kind).toBe('none');
    const member = { ...outsider, author_association: 'MEMBER' };
    expect(decideIssue(r, 'nightly', [member])).toMatchObject({ kind: 'update', number: 9 });
    // Compared as stored (scrubbed): a body that differs only by a secret is up to date.
    const scrub = (s: string) => s.replace('prod', '***');
    const stored = open(9, scrub(issueText(r, 'nightly').body));
    expect(decideIssue(r, 'nightly', [stored], undefined, scrub).kind).toBe('none');
  });
});
