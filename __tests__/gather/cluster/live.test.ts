/** gatherLive against TLS servers that answer like older or failing API servers (loopback only). */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gatherLive } from '../../../src/gather/cluster/index.js';
import { SecretSet } from '../../../src/gather/secrets.js';
import { entry, target } from '../../helpers/facts.js';
import { gatherEnv } from '../../helpers/kubeconfig.js';
import { tlsServer, type Running, type SeenRequest } from '../../helpers/net-faults.js';
import { makeCA, makeCert } from '../../helpers/pki.js';

const ca = makeCA({ cn: 'old-cluster-ca' });
const serving = makeCert({
  cn: 'kube-apiserver',
  issuer: ca,
  usage: 'server',
  sans: ['127.0.0.1'],
});
let served: string[] = [];
let failWith = 0;
let server: Running & { seen: SeenRequest[] };

function answer(req: IncomingMessage, res: ServerResponse) {
  req.resume();
  res.setHeader('Content-Type', 'application/json');
  if (failWith)
    return res.writeHead(failWith).end('{"kind":"Status","code":503,"message":"etcd unavailable"}');
  if (req.url === '/version') return res.end('{"major":"1","minor":"27","gitVersion":"v1.27.16"}');
  const m = /^\/apis\/authentication\.k8s\.io\/(v1|v1beta1|v1alpha1)\/selfsubjectreviews$/.exec(
    req.url ?? '',
  );
  if (m && served.includes(m[1] as string)) {
    return res.writeHead(201).end(
      JSON.stringify({
        status: {
          userInfo: {
            username: 'old-user',
            groups: ['system:authenticated'],
            extra: { sessionName: ['ci'], accessKeyId: ['AKIAEXAMPLE'] },
          },
        },
      }),
    );
  }
  res
    .writeHead(404)
    .end(
      '{"kind":"Status","code":404,"reason":"NotFound","message":"the server could not find the requested resource"}',
    );
}

beforeAll(async () => {
  server = await tlsServer({ cert: serving.certPem, key: serving.keyPem, handler: answer });
});
afterAll(() => server.close());

async function live(opts: { now?: () => Date } = {}) {
  const t = target({
    cluster: entry('old', { server: server.url }),
    user: entry('u', { token: 'opaque-token-0123456789' }),
  });
  const env = { ...gatherEnv('/tmp'), ...(opts.now ? { now: opts.now } : {}) };
  return gatherLive(
    t,
    { ca: ca.certPem, token: 'opaque-token-0123456789' },
    {
      env,
      secrets: new SecretSet(),
      requirements: [],
      userAgent: 'kube-preflight/test',
      deadline: Date.now() + 5000,
      kubectl: () => Promise.resolve(undefined),
    },
  );
}

describe('gatherLive against older and failing servers', () => {
  it('falls back to SelfSubjectReview v1beta1 on a 1.27 cluster, and drops access key ids', async () => {
    served = ['v1beta1'];
    const facts = await live();
    expect(facts.version).toEqual({ gitVersion: 'v1.27.16', major: 1, minor: 27 });
    expect(facts.whoami).toEqual({
      ok: true,
      apiVersion: 'v1beta1',
      user: {
        username: 'old-user',
        groups: ['system:authenticated'],
        extra: { sessionName: ['ci'] },
      },
    });
    expect(facts.calls.map((c) => `${c.method} ${c.path} ${c.status}`)).toEqual(
      expect.arrayContaining([
        'POST /apis/authentication.k8s.io/v1/selfsubjectreviews 404',
        'POST /apis/authentication.k8s.io/v1beta1/selfsubjectreviews 201',
      ]),
    );
    expect(server.seen.at(-1)?.headers.authorization).toBe('Bearer opaque-token-0123456789');
    expect(server.seen.at(-1)?.headers['user-agent']).toBe('kube-preflight/test');
  });

  it('tries v1alpha1 last, and says "not served" when no version answers', async () => {
    served = ['v1alpha1'];
    expect((await live()).whoami).toMatchObject({ ok: true, apiVersion: 'v1alpha1' });
    served = [];
    expect((await live()).whoami).toEqual({
      ok: false,
      why: 'not-served',
      status: { code: 404, reason: 'NotFound' },
    });
  });

  it('measures clock skew from the Date header against the injected clock', async () => {
    served = ['v1'];
    const facts = await live({ now: () => new Date(Date.now() - 600_000) });
    expect(facts.clock?.skewSeconds).toBeGreaterThanOrEqual(599);
    expect(facts.clock?.skewSeconds).toBeLessThanOrEqual(601);
    expect(facts.clock?.uncertaintySeconds).toBeLessThan(2);
  });

  it('sends basic auth as kubectl would, and masks the encoded credential itself', async () => {
    served = ['v1'];
    const masked: string[] = [];
    const t = target({
      cluster: entry('old', { server: server.url }),
      user: entry('u', { username: 'admin', password: 'pa55-w0rd-0123' }),
    });
    const facts = await gatherLive(
      t,
      { ca: ca.certPem },
      {
        env: gatherEnv('/tmp'),
        secrets: new SecretSet((s) => masked.push(s)),
        requirements: [],
        userAgent: 'kube-preflight/test',
        deadline: Date.now() + 5000,
        kubectl: () => Promise.resolve(undefined),
      },
    );
    const encoded = Buffer.from('admin:pa55-w0rd-0123').toString('base64');
    expect(facts.sent).toEqual(['basic-auth']);
    expect(server.seen.at(-1)?.headers.authorization).toBe(`Basic ${encoded}`);
    expect(masked).toContain(encoded);
    expect(JSON.stringify(facts)).not.toContain(encoded);
  });

  it('records 5xx answers as calls of a reachable server, not as a transport failure', async () => {
    failWith = 503;
    try {
      const facts = await live();
      expect(facts.transport).toEqual({ ok: true });
      expect(facts.calls.every((c) => c.status === 503)).toBe(true);
      expect(facts.whoami).toMatchObject({
        ok: false,
        why: 'failed',
        status: { code: 503, message: 'etcd unavailable' },
      });
    } finally {
      failWith = 0;
    }
  });
});
