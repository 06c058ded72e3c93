/** The kubectl version probe, against scripts standing in for kubectl on PATH. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { chmodSync, mkdirSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { devNull } from 'node:os';
import * as path from 'node:path';
import { kubectlVersion } from '../../../src/gather/cluster/kubectl.js';
import { PluginDir } from '../../helpers/plugins.js';

const made: PluginDir[] = [];
afterAll(() => made.forEach((d) => rmSync(d.dir, { recursive: true, force: true })));
/** A PluginDir removed when the file ends. */
const pluginDir = (): PluginDir => {
  const d = new PluginDir();
  made.push(d);
  return d;
};

const probe = (dir: PluginDir, env: Record<string, string> = {}) =>
  kubectlVersion({
    env: { PATH: `${dir.bin}:/usr/bin:/bin`, KUBECONFIG: '/home/runner/.kube/config', ...env },
    cwd: dir.dir,
    deadline: Date.now() + 5000,
    signal: AbortSignal.timeout(5000),
  });

describe('kubectlVersion', () => {
  it('reads the client version, without the kubeconfig (no plugin runs, no server is asked) and without Go GC', async () => {
    const dir = pluginDir();
    const seen = dir.file('seen', '');
    dir.script(
      'kubectl',
      `echo "$KUBECONFIG GOGC=$GOGC $*" > ${seen}\necho '{"clientVersion":{"major":"1","minor":"33","gitVersion":"v1.33.2"}}'`,
    );
    expect(await probe(dir)).toMatchObject({ gitVersion: 'v1.33.2', path: `${dir.bin}/kubectl` });
    expect(dir.read('seen')).toBe(`${devNull} GOGC=off version --client -o json\n`);
  });

  it("lists what gcloud's dispatcher can run: kubectl.<major>.<minor> beside its real path", async () => {
    const sdk = pluginDir();
    const version =
      '{"clientVersion":{"major":"1","minor":"32+","gitVersion":"v1.32.4-dispatcher"}}';
    const real = sdk.script('kubectl', `echo '${version}'`);
    for (const name of ['kubectl.1.33', 'kubectl.1.9', 'kubectl.1.31', 'kubectl.1', 'kubectl-foo'])
      sdk.script(name, 'exit 0');
    // What it cannot exec, it does not run (it falls back to itself).
    chmodSync(sdk.script('kubectl.1.35', 'exit 0'), 0o644);
    mkdirSync(path.join(sdk.bin, 'kubectl.1.36'));
    // As the Debian package installs it: PATH holds a link, the versions sit beside its target.
    const dir = pluginDir();
    symlinkSync(real, path.join(dir.bin, 'kubectl'));
    expect(await probe(dir)).toEqual({
      path: `${dir.bin}/kubectl`,
      gitVersion: 'v1.32.4-dispatcher',
      major: 1,
      minor: 32,
      dispatcher: {
        dir: realpathSync(sdk.bin),
        versions: [9, 31, 33].map((minor) => ({ major: 1, minor })),
      },
    });
    // An ordinary kubectl is not a dispatcher, whatever sits beside it.
    sdk.script('kubectl', `echo '{"clientVersion":{"gitVersion":"v1.33.2"}}'`);
    expect(await probe(dir)).not.toHaveProperty('dispatcher');
  });

  it('is undefined without kubectl on PATH, and says why a kubectl that fails did', async () => {
    const empty = pluginDir();
    expect(
      await kubectlVersion({
        env: { PATH: empty.bin },
        cwd: empty.dir,
        deadline: Date.now() + 5000,
        signal: AbortSignal.timeout(5000),
      }),
    ).toBeUndefined();
    const dir = pluginDir();
    dir.script('kubectl', 'exit 3');
    expect(await probe(dir)).toMatchObject({ error: '`kubectl version --client` failed (exit 3)' });
  });
});
