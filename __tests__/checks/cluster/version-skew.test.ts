import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/cluster/version-skew.js';
import { facts } from '../../helpers/facts.js';
import { live, liveTarget } from '../../helpers/live-facts.js';

const withKubectl = (minor: number) =>
  liveTarget(
    live({ kubectl: { path: '/usr/bin/kubectl', gitVersion: `v1.${minor}.4`, major: 1, minor } }),
  );

describe('cluster/version-skew', () => {
  it('warns beyond one minor version, either way', () => {
    const [older] = check.run(facts({ targets: [withKubectl(32)] }));
    expect(older?.message).toBe(
      'Context "prod": kubectl v1.32.4 (/usr/bin/kubectl) is 5 minor versions older than the API server v1.37.2; kubectl supports ±1.',
    );
    expect(older?.remediation).toContain('v1.37.x');
    expect(older?.evidence).toMatchObject({ minorGap: -5 });
    expect(check.run(facts({ targets: [withKubectl(39)] }))[0]?.message).toContain('newer');
  });

  it('accepts ±1 and a runner without kubectl', () => {
    expect(
      check.run(
        facts({ targets: [withKubectl(36), withKubectl(38), withKubectl(37), liveTarget(live())] }),
      ),
    ).toEqual([]);
  });
});
