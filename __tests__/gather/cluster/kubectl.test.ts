/** The kubectl version probe, against scripts standing in for kubectl on PATH. */
import { describe, expect, it } from '@jest/globals';
import { devNull } from 'node:os';
import { kubectlVersion } from '../../../src/gather/cluster/kubectl.js';
import { PluginDir } from '../../helpers/plugins.js';

const probe = (dir: PluginDir, env: Record<string, string> = {}) =>
  kubectlVersion({
    env: { PATH: `${dir.bin}:/usr/bin:/bin`, KUBECONFIG: '/home/runner/.kube/config', ...env },
    cwd: dir.dir,
    deadline: Date.now() + 5000,
    signal: AbortSignal.timeout(5000),
  });

describe('kubectlVersion', () => {
  it('reads the client version, without the kubeconfig (no plugin runs, no server is asked)', async () => {
    const dir = new PluginDir();
    const seen = dir.file('seen', '');
    dir.script(
      'kubectl',
      `echo "$KUBECONFIG $*" > ${seen}\necho '{"clientVersion":{"major":"1","minor":"33","gitVersion":"v1.33.2"}}'`,
    );
    expect(await probe(dir)).toMatchObject({ gitVersion: 'v1.33.2', path: `${dir.bin}/kubectl` });
    expect(dir.read('seen')).toBe(`${devNull} version --client -o json\n`);
  });

  it('is undefined without kubectl on PATH, and says why a kubectl that fails did', async () => {
    const empty = new PluginDir();
    expect(
      await kubectlVersion({
        env: { PATH: empty.bin },
        cwd: empty.dir,
        deadline: Date.now() + 5000,
        signal: AbortSignal.timeout(5000),
      }),
    ).toBeUndefined();
    const dir = new PluginDir();
    dir.script('kubectl', 'exit 3');
    expect(await probe(dir)).toMatchObject({ error: '`kubectl version --client` failed (exit 3)' });
  });
});
