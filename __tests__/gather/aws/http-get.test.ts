/** The bounded GET the token replay uses, against real loopback servers. */
import { afterAll, describe, expect, it } from '@jest/globals';
import type * as http from 'node:http';
import { httpGet } from '../../../src/gather/aws/http-get.js';
import { plainHttp, type Running } from '../../helpers/net-faults.js';

const servers: Running[] = [];
afterAll(() => Promise.all(servers.map((s) => s.close())));

async function serve(handler: http.RequestListener): Promise<string> {
  const server = await plainHttp(handler);
  servers.push(server);
  return server.url;
}

describe('httpGet', () => {
  it('sends the headers and returns status and body; a redirect is not followed', async () => {
    const base = await serve((req, res) => {
      if (req.url === '/moved') return res.writeHead(302, { location: '/' }).end('gone');
      res.writeHead(200).end(`id=${req.headers['x-k8s-aws-id']}`);
    });
    expect(await httpGet(`${base}/?a=1`, { 'x-k8s-aws-id': 'prod' }, 1000)).toEqual({
      status: 200,
      body: 'id=prod',
    });
    expect(await httpGet(`${base}/moved`, {}, 1000)).toEqual({ status: 302, body: 'gone' });
  });

  it('keeps at most 64 KiB of a huge answer', async () => {
    const base = await serve((_, res) => res.end('x'.repeat(5 * 1024 * 1024)));
    const { body } = await httpGet(base, {}, 5000);
    expect(body.length).toBe(64 * 1024);
  });

  it('a server that drips its answer ends in a TimeoutError at the deadline', async () => {
    const base = await serve((_, res) => {
      res.writeHead(200);
      const drip = setInterval(() => res.write('.'), 20);
      res.on('close', () => clearInterval(drip));
    });
    const started = Date.now();
    await expect(httpGet(base, {}, 300)).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('a closed port is a network error with its code', async () => {
    const gone = await plainHttp();
    await gone.close();
    await expect(httpGet(gone.url, {}, 1000)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});
