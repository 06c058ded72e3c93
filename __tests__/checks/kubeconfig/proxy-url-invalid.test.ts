import { describe, expect, it } from '@jest/globals';
import check from '../../../src/checks/kubeconfig/proxy-url-invalid.js';
import type { KubeCluster } from '../../../src/model/kubeconfig.js';
import { entry, facts, run, target } from '../../helpers/facts.js';

const run1 = (proxy: string) =>
  run(
    check,
    facts({
      targets: [
        target({
          cluster: entry<KubeCluster>('c', { server: 'https://x', 'proxy-url': proxy }, 3),
        }),
      ],
    }),
  );

describe('kubeconfig/proxy-url-invalid', () => {
  it.each([
    ['ftp://proxy.example', 'unsupported scheme "ftp", must be http, https, or socks5'],
    ['proxy.example:3128', 'unsupported scheme "proxy.example"'],
    ['not a url', 'could not parse'],
    ['http://', 'could not parse'],
  ])('fires for %j', (proxy, why) => {
    const drafts = run1(proxy);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.message).toContain(why);
    expect(drafts[0]?.message).toContain('proxy-url of cluster "c" (/home/ci/.kube/config:3)');
  });

  it('hides credentials in the proxy URL', () => {
    expect(JSON.stringify(run1('ftp://user:s3cret@proxy.example'))).not.toContain('s3cret');
  });

  it.each(['http://proxy.example:3128', 'https://proxy.example', 'socks5://127.0.0.1:1080'])(
    'is silent for %j',
    (proxy) => {
      expect(run1(proxy)).toEqual([]);
    },
  );
});
