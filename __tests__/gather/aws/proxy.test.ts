/** AWS calls through the runner's https proxy: real loopback proxies and a TLS server. */
import { afterAll, describe, expect, it } from '@jest/globals';
import * as https from 'node:https';
import { httpGet } from '../../../src/gather/aws/http-get.js';
import { awsProxy } from '../../../src/gather/aws/proxy.js';
import { tlsServer, type Running } from '../../helpers/net-faults.js';
import { connectProxy } from '../../helpers/net-proxies.js';
import { makeCA, makeCert } from '../../helpers/pki.js';

const running: Running[] = [];
afterAll(() => Promise.all(running.map((s) => s.close())));
const keep = <T extends Running>(r: T): T => (running.push(r), r);

const ca = makeCA({ cn: 'Test STS CA' });
// sts.example resolves nowhere: only the proxy maps it to this loopback server.
const leaf = makeCert({
  cn: 'sts.example',
  issuer: ca,
  usage: 'server',
  sans: ['sts.example', '127.0.0.1'],
});
const sts = async () =>
  keep(
    await tlsServer({
      cert: leaf.certPem,
      key: leaf.keyPem,
      handler: (req, res) => res.end(`id=${req.headers['x-k8s-aws-id']}`),
    }),
  );
const toSts = (h: string) => (h === 'sts.example' ? '127.0.0.1' : undefined);

/** The agent for `env`, trusting the test CA (a runner's would trust the system roots). */
function agentFor(env: Record<string, string>): https.Agent | undefined {
  const agent = awsProxy(env, Date.now() + 5000)();
  if (agent) agent.options.ca = ca.certPem;
  return agent;
}

describe('awsProxy', () => {
  it('is nothing without an https proxy: the SDK keeps its own agent', () => {
    expect(agentFor({})).toBeUndefined();
    expect(agentFor({ HTTP_PROXY: 'http://127.0.0.1:3128' })).toBeUndefined();
  });

  it('tunnels an https GET through HTTPS_PROXY (CONNECT), TLS checked end to end', async () => {
    const server = await sts();
    const proxy = keep(await connectProxy({ mapHost: toSts }));
    const url = `https://sts.example:${server.port}/?Action=GetCallerIdentity`;
    const got = await httpGet(
      url,
      { 'x-k8s-aws-id': 'prod' },
      5000,
      agentFor({ https_proxy: proxy.url }),
    );
    expect(got).toEqual({ status: 200, body: 'id=prod' });
    expect(proxy.targets).toEqual([`sts.example:${server.port}`]);
  });

  it('says why when the proxy refuses the tunnel, and goes direct to loopback', async () => {
    const server = await sts();
    const refusing = keep(await connectProxy({ status: 407 }));
    const url = `https://sts.example:${server.port}/`;
    await expect(
      httpGet(url, {}, 5000, agentFor({ HTTPS_PROXY: refusing.url })),
    ).rejects.toMatchObject({
      name: 'ProxyError',
      message: `the proxy ${refusing.url} (HTTPS_PROXY) answered CONNECT with 407 Proxy Authentication Required`,
    });
    // Loopback is never proxied (Go's rule, and the API server's connections follow it too).
    const direct = await httpGet(
      `https://127.0.0.1:${server.port}/`,
      {},
      5000,
      agentFor({ HTTPS_PROXY: refusing.url }),
    );
    expect(direct.status).toBe(200);
    expect(refusing.targets).toEqual([`sts.example:${server.port}`]);
  });
});
