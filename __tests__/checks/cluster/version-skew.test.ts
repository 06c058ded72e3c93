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

  it("counts gcloud's dispatcher as the kubectl.1.N it runs for the server, when it has one", () => {
    const dispatcher = (...minors: number[]) =>
      liveTarget(
        live({
          kubectl: {
            path: '/usr/bin/kubectl',
            gitVersion: 'v1.32.4-dispatcher',
            major: 1,
            minor: 32,
            dispatcher: {
              dir: '/usr/lib/google-cloud-sdk/bin',
              versions: minors.map((minor) => ({ major: 1, minor })),
            },
          },
        }),
      );
    expect(check.run(facts({ targets: [dispatcher(31, 37)] }))).toEqual([]);
    const [f] = check.run(facts({ targets: [dispatcher(30, 31, 33)] }));
    expect(f?.message).toBe(
      'Context "prod": kubectl (/usr/bin/kubectl) is gcloud’s dispatcher, and /usr/lib/google-cloud-sdk/bin has no kubectl.1.37 for this server (it has kubectl.1.30, kubectl.1.31, kubectl.1.33), so it runs its own v1.32.4-dispatcher, 5 minor versions older than the API server v1.37.2; kubectl supports ±1.',
    );
    expect(f?.remediation).toContain('gcloud components update');
    expect(f?.remediation).toContain('kubectl v1.37.x (or v1.36/v1.38) before it on PATH');
    expect(f?.evidence).toMatchObject({
      minorGap: -5,
      dispatcherDir: '/usr/lib/google-cloud-sdk/bin',
      dispatchable: 'kubectl.1.30, kubectl.1.31, kubectl.1.33',
    });
    expect(check.run(facts({ targets: [dispatcher()] }))[0]?.message).toContain('(it has none)');
  });

  it('accepts ±1 and a runner without kubectl', () => {
    expect(
      check.run(
        facts({ targets: [withKubectl(36), withKubectl(38), withKubectl(37), liveTarget(live())] }),
      ),
    ).toEqual([]);
  });
});
