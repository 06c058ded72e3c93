/**
 * One bounded GET with node:http(s). Node's global fetch loads undici and compiles its llhttp
 * WebAssembly on first use: ~+40 MiB of peak RSS for a single request (measured on Node 20).
 */
import * as http from 'node:http';
import * as https from 'node:https';

export interface GetResponse {
  status: number;
  body: string;
}
/** Rejects with an Error named 'TimeoutError' when no whole answer comes within `timeoutMs`. */
export type HttpGet = (
  url: string,
  headers: Record<string, string>,
  timeoutMs: number,
  /** For an https URL: the agent that reaches it (the runner's proxy), destroyed once answered. */
  agent?: https.Agent,
) => Promise<GetResponse>;

/** Larger answers are cut here: an STS identity answer is well under 2 KiB. */
const MAX_BODY = 64 * 1024;

export const httpGet: HttpGet = (url, headers, timeoutMs, agent) =>
  new Promise<GetResponse>((resolve, reject) => {
    const get = url.startsWith('https:') ? https.get : http.get;
    const timer = setTimeout(() => {
      const err = new Error(`no answer within ${timeoutMs} ms`);
      err.name = 'TimeoutError';
      req.destroy(err);
    }, timeoutMs);
    const done = (err?: Error, out?: GetResponse) => {
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(out!);
    };
    // No keep-alive: the process must not stay up for an idle socket (a proxy agent ends below).
    const via = url.startsWith('https:') && agent ? agent : false;
    const req = get(url, { headers, agent: via }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        if (body.length < MAX_BODY) body += chunk.slice(0, MAX_BODY - body.length);
      });
      res.on('end', () => done(undefined, { status: res.statusCode ?? 0, body }));
      res.on('error', (err) => done(err));
    });
    req.on('error', (err) => done(err));
  }).finally(() => agent?.destroy());
