/**
 * THE local AWS endpoint of the tests (AWS_ENDPOINT_URL, see Moto.env()): one loopback HTTP server
 * in front of moto_server (moto.ts). moto 5.2.1 cannot answer presigned STS GetCallerIdentity
 * URLs, has no EKS access entries, associated access policies or updates, and its DescribeCluster
 * has a random endpoint and non-PEM CA, is always ACTIVE and has no accessConfig. The front:
 * - verifies presigned GetCallerIdentity GETs as STS does (sts-front.ts);
 * - answers ListAccessEntries, DescribeAccessEntry, ListAssociatedAccessPolicies, ListUpdates and
 *   DescribeUpdate from what the test put (eks-emulator.ts), once moto says the cluster exists;
 * - lays the test's overlay (setCluster) over moto's DescribeCluster (moto's 404 passes through);
 * - answers as AWS does when IAM denies an action (deny), the service throttles (throttle) or
 *   fails (fail: 500 / 503) or the caller's session has ended (expire), in the caller's protocol
 *   (aws-wire.ts);
 * - proxies everything else to moto unchanged, streaming the answer back.
 * Its own calls to moto (does the cluster exist, who is the caller) carry the caller's key id but
 * no valid signature: a moto started with verifySignatures refuses them (its 403 passes through).
 */
import * as http from 'node:http';
import { background } from './cluster/processes.js';
import {
  callOf,
  EMULATED,
  fault,
  readAll,
  send,
  serverError,
  type Answer,
  type Call,
} from './aws-wire.js';
import { EksEmulator, type ClusterOverlay } from './eks-emulator.js';
import { answerPresignedSts, EXPIRED, isPresignedSts, type Secret } from './sts-front.js';

export interface Received {
  method: string;
  /** Path and query. */
  url: string;
  headers: http.IncomingHttpHeaders;
  /** `<service>:<Operation>` when the front could tell. */
  action?: string;
  /** When it arrived (epoch ms): the spacing of retries. */
  at: number;
}
type Reply = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };
type Failing = { status: 500 | 503; times: number; retryAfter?: number | undefined };

export class AwsFront extends EksEmulator {
  /** Every request received, in order (no bodies). */
  readonly received: Received[] = [];
  /** `http://127.0.0.1:<port>` */
  readonly endpoint: string;
  /** `127.0.0.1:<port>`: the host an EKS token must be signed for to verify here. */
  readonly host: string;
  private readonly denied = new Set<string>();
  private readonly throttled = new Map<string, number>();
  private readonly failing = new Map<string, Failing>();
  private readonly expired = new Set<string>();

  private constructor(
    private readonly server: http.Server,
    private readonly backend: string,
    private readonly keys: ReadonlyMap<string, Secret>,
    region: string,
    account: string,
  ) {
    super(region, account);
    this.host = `127.0.0.1:${(server.address() as { port: number }).port}`;
    this.endpoint = `http://${this.host}`;
    server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
      this.serve(req, res).catch((e: Error) =>
        res.headersSent ? res.destroy(e) : res.writeHead(502).end(e.message),
      );
    });
  }

  /** Starts on 127.0.0.1 (free port) before moto at `backend`; `keys`: the secrets the harness got. */
  static async start(
    backend: string,
    keys: ReadonlyMap<string, Secret>,
    region: string,
    account: string,
  ): Promise<AwsFront> {
    const server = background(http.createServer());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new AwsFront(server, backend, keys, region, account);
  }

  /** Answers `action` (e.g. 'eks:DescribeCluster', 'logs:FilterLogEvents') as when IAM denies it. */
  deny(action: string): void {
    if (action === 'sts:GetCallerIdentity') throw new Error('AWS never denies GetCallerIdentity');
    this.denied.add(action);
  }

  /** Answers `action` the next `times` times as a throttling service does. */
  throttle(action: string, times = 1): void {
    this.throttled.set(action, times);
  }

  /** Answers `action` the next `times` times with 500/503 (serverError); Retry-After if given. */
  fail(action: string, status: 500 | 503, times = 1, retryAfter?: number): void {
    this.failing.set(action, { status, times, retryAfter });
  }

  /** Ends the session of `accessKeyId`: every call signed with it, presigned too, is ExpiredToken. */
  expire(accessKeyId: string): void {
    this.expired.add(accessKeyId);
  }

  /** Forgets the EKS state, denials, throttles, failures, ended sessions and the request log. */
  override reset(): void {
    super.reset();
    this.expired.clear();
    this.denied.clear();
    this.throttled.clear();
    this.failing.clear();
    this.received.splice(0);
  }

  close(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }

  private async serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const { method = '', url = '', headers } = req;
    const seen: Received = { method, url, headers, at: Date.now() };
    this.received.push(seen);
    if (isPresignedSts(req))
      return answerPresignedSts(req, res, this.backend, this.keys, this.expired);
    const body = await readAll(req);
    const call = callOf(req, body);
    if (call?.op) seen.action = `${call.service}:${call.op}`;
    const refusal = call?.op ? await this.refusal(call) : undefined;
    if (call && refusal) return send(res, refusal, call.protocol);
    const route = call?.route;
    if (call && route?.cluster && (EMULATED.has(route.op) || route.op === 'DescribeCluster')) {
      // moto says whether the cluster exists (its 404 passes through) and what it is.
      const moto =
        route.op === 'DescribeCluster'
          ? await this.toMoto(req.method ?? 'GET', req.url ?? '/', req.headers, body)
          : await this.asCaller(
              call,
              'eks',
              'GET',
              `/clusters/${encodeURIComponent(route.cluster)}`,
            );
      if (moto.status !== 200) return void res.writeHead(moto.status, moto.headers).end(moto.body);
      const answer = EMULATED.has(route.op)
        ? this.answer(route, call.url.searchParams, call.body)
        : { status: 200, body: this.overlay(route.cluster, JSON.parse(moto.body.toString())) };
      return send(res, answer, 'rest');
    }
    const up = http.request(`${this.backend}${req.url ?? '/'}`, {
      method: req.method ?? 'GET',
      headers: req.headers,
    });
    up.on('response', (r) => r.pipe(res.writeHead(r.statusCode ?? 502, r.headers)));
    up.on('error', (e) => (res.headersSent ? res.destroy(e) : res.writeHead(502).end(e.message)));
    up.end(body);
  }

  /** One buffered request to moto. */
  private toMoto(
    method: string,
    path: string,
    headers: http.OutgoingHttpHeaders,
    body: Buffer | string,
  ): Promise<Reply> {
    return new Promise((resolve, reject) => {
      const up = http.request(`${this.backend}${path}`, { method, headers }, (r) => {
        readAll(r).then(
          (b) => resolve({ status: r.statusCode ?? 502, headers: r.headers, body: b }),
          reject,
        );
      });
      up.on('error', reject).end(body);
    });
  }

  /** A request to moto as the caller: moto (unless it checks signatures) reads only the key id. */
  private asCaller(call: Call, service: string, method: string, path: string, body = '') {
    const scope = `${call.date}/${call.region}/${service}/aws4_request`;
    const headers = {
      authorization: `AWS4-HMAC-SHA256 Credential=${call.akid}/${scope}, SignedHeaders=host, Signature=unchecked`,
      ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
    };
    return this.toMoto(method, path, headers, body);
  }

  /** Session ended, throttled, failing or denied: the answer AWS gives, else undefined. */
  private async refusal(call: Call): Promise<Answer | undefined> {
    const action = `${call.service}:${call.op}`;
    if (this.expired.has(call.akid)) {
      const [status, code] = fault('expired', call.protocol);
      return { status, code, body: { message: EXPIRED } };
    }
    const left = this.throttled.get(action) ?? 0;
    if (left > 0) {
      this.throttled.set(action, left - 1);
      const [status, code] = fault('throttle', call.protocol);
      return { status, code, body: { message: 'Rate exceeded' } };
    }
    const failing = this.failing.get(action);
    if (failing && failing.times-- > 0)
      return serverError(failing.status, call.protocol, failing.retryAfter);
    if (!this.denied.has(action)) return undefined;
    const who = await this.caller(call);
    let message = `User: ${who.arn} is not authorized to perform: ${action} on resource: ${this.resourceOf(call, who.account)}`;
    // EKS's denials end at the resource; other services add the reason.
    if (call.service !== 'eks')
      message += ` because no identity-based policy allows the ${action} action`;
    const [status, code] = fault('deny', call.protocol);
    return { status, code, body: { message } };
  }

  /** Who moto says the caller is (GetCallerIdentity with the caller's key). */
  private async caller(call: Call): Promise<{ arn: string; account: string }> {
    type Doc = { GetCallerIdentityResponse?: { GetCallerIdentityResult?: Record<string, string> } };
    const query = 'Action=GetCallerIdentity&Version=2011-06-15&ContentType=JSON';
    const reply = await this.asCaller(call, 'sts', 'POST', '/', query);
    try {
      const id = (JSON.parse(reply.body.toString()) as Doc).GetCallerIdentityResponse
        ?.GetCallerIdentityResult;
      if (id?.Arn && id.Account) return { arn: id.Arn, account: id.Account };
    } catch {
      // not JSON: moto refused the key (signatures checked, key unknown to the harness)
    }
    return { arn: `arn:aws:iam::${this.account}:user/unknown`, account: this.account };
  }

  /** The resource IAM names in a denial: the EKS cluster or entry, the log group, else `*`. */
  private resourceOf(call: Call, account: string): string {
    if (call.route) return this.resourceArn(call.route, account);
    if (call.service === 'logs' && call.protocol === 'json') {
      const { logGroupName } = JSON.parse(call.body.toString() || '{}') as {
        logGroupName?: string;
      };
      if (logGroupName)
        return `arn:aws:logs:${call.region}:${account}:log-group:${logGroupName}:log-stream:`;
    }
    return '*';
  }
}

/** An EKS cluster created in moto by the real aws CLI, then shown by DescribeCluster as `overlay` says. */
export async function createEksCluster(
  moto: { aws(args: string[]): Promise<unknown>; front: AwsFront },
  name: string,
  overlay: ClusterOverlay = {},
): Promise<void> {
  const role = `arn:aws:iam::${moto.front.account}:role/eks-service`;
  const vpc = 'subnetIds=subnet-1';
  await moto.aws([
    'eks',
    'create-cluster',
    '--name',
    name,
    '--role-arn',
    role,
    '--resources-vpc-config',
    vpc,
  ]);
  moto.front.setCluster(name, overlay);
}
