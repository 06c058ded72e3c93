/**
 * The AWS wire as the test front (aws-front.ts) reads and writes it: which action a signed request
 * is (`<service>:<Operation>`: the service from the SigV4 credential scope, the operation from
 * X-Amz-Target, the query Action or the EKS REST route), and how each protocol writes an answer:
 * restJson1 (EKS: `x-amzn-errortype` + `{"message"}`), awsJson1_1 (CloudWatch Logs: `__type`) and
 * query (IAM, STS: XML ErrorResponse). These are the places botocore and the AWS SDK v3 read.
 */
import { randomUUID } from 'node:crypto';
import type * as http from 'node:http';

export type Protocol = 'rest' | 'json' | 'query';
/** An answer: status and JSON body; `code` makes it an error; `headers` are added as given. */
export type Answer = {
  status: number;
  body: Record<string, unknown>;
  code?: string;
  headers?: Record<string, string>;
};
/** An EKS REST call recognised by method and path, with its URL-decoded path parameters. */
export type EksRoute = { op: string; cluster?: string; principalArn?: string; updateId?: string };
/** A header-signed call as the front sees it. */
export interface Call {
  akid: string;
  /** The scope's date (YYYYMMDD). */
  date: string;
  region: string;
  service: string;
  protocol: Protocol;
  op?: string;
  route?: EksRoute;
  url: URL;
  body: Buffer;
}

const C = String.raw`^/clusters/([^/]+)`;
const ROUTES: [string, RegExp, string][] = [
  ['GET', /^\/clusters$/, 'ListClusters'],
  ['POST', /^\/clusters$/, 'CreateCluster'],
  ['GET', new RegExp(`${C}$`), 'DescribeCluster'],
  ['DELETE', new RegExp(`${C}$`), 'DeleteCluster'],
  ['GET', new RegExp(`${C}/access-entries$`), 'ListAccessEntries'],
  ['GET', new RegExp(`${C}/access-entries/([^/]+)$`), 'DescribeAccessEntry'],
  [
    'GET',
    new RegExp(`${C}/access-entries/([^/]+)/access-policies$`),
    'ListAssociatedAccessPolicies',
  ],
  ['GET', new RegExp(`${C}/updates$`), 'ListUpdates'],
  ['GET', new RegExp(`${C}/updates/([^/]+)$`), 'DescribeUpdate'],
  // Writes the gate never sends; tests run the fixes it prints (eks-emulator-writes.ts).
  ['POST', new RegExp(`${C}/access-entries$`), 'CreateAccessEntry'],
  ['POST', new RegExp(`${C}/access-entries/([^/]+)$`), 'UpdateAccessEntry'],
  ['POST', new RegExp(`${C}/access-entries/([^/]+)/access-policies$`), 'AssociateAccessPolicy'],
];
/** The EKS operations moto lacks, answered by eks-emulator.ts: every route from ListAccessEntries on. */
export const EMULATED = new Set(ROUTES.slice(4).map((r) => r[2]));

/** Which EKS operation a request is, if one of ROUTES. */
export function eksRoute(method: string, pathname: string): EksRoute | undefined {
  for (const [m, re, op] of ROUTES) {
    const got = m === method ? re.exec(pathname) : null;
    if (!got) continue;
    const [cluster, second] = got.slice(1).map((s) => (s ? decodeURIComponent(s) : undefined));
    const key = op === 'DescribeUpdate' ? 'updateId' : 'principalArn';
    return { op, ...(cluster ? { cluster } : {}), ...(second ? { [key]: second } : {}) };
  }
  return undefined;
}

export async function readAll(s: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of s) chunks.push(Buffer.from(c));
  return Buffer.concat(chunks);
}

/** The call's key, scope and operation; undefined when it is not SigV4-signed in a header. */
export function callOf(req: http.IncomingMessage, body: Buffer): Call | undefined {
  const scope = /Credential=([^/,\s]+)\/(\d{8})\/([^/]+)\/([^/]+)\//;
  const [, akid, date, region, service] = scope.exec(req.headers.authorization ?? '') ?? [];
  if (!akid || !date || !region || !service) return undefined;
  const url = new URL(req.url ?? '/', 'http://front');
  const common = { akid, date, region, service, url, body };
  const target = req.headers['x-amz-target'];
  if (typeof target === 'string')
    return { ...common, protocol: 'json', op: target.split('.').pop() };
  const form = /x-www-form-urlencoded/.test(req.headers['content-type'] ?? '')
    ? new URLSearchParams(body.toString())
    : url.searchParams;
  const action = form.get('Action') ?? url.searchParams.get('Action');
  if (action) return { ...common, protocol: 'query', op: action };
  const route = service === 'eks' ? eksRoute(req.method ?? '', url.pathname) : undefined;
  return { ...common, protocol: 'rest', ...(route ? { route, op: route.op } : {}) };
}

/** HTTP status and error code of an IAM denial, throttling or an ended session, per protocol. */
export function fault(kind: 'deny' | 'throttle' | 'expired', p: Protocol): [number, string] {
  if (kind === 'deny')
    return [p === 'json' ? 400 : 403, p === 'query' ? 'AccessDenied' : 'AccessDeniedException'];
  if (kind === 'expired')
    return [p === 'json' ? 400 : 403, p === 'query' ? 'ExpiredToken' : 'ExpiredTokenException'];
  return [p === 'rest' ? 429 : 400, p === 'query' ? 'Throttling' : 'ThrottlingException'];
}

/** A failing service's answer: 500 InternalFailure (EKS: ServerException) or 503. */
export function serverError(status: 500 | 503, p: Protocol, retryAfter?: number): Answer {
  const code =
    status === 500
      ? p === 'rest'
        ? 'ServerException'
        : 'InternalFailure'
      : p === 'query'
        ? 'ServiceUnavailable'
        : 'ServiceUnavailableException';
  // The messages of AWS's common errors InternalFailure and ServiceUnavailable.
  const message =
    status === 500
      ? 'The request processing has failed because of an unknown error, exception or failure.'
      : 'The request has failed due to a temporary failure of the server.';
  const headers = retryAfter === undefined ? {} : { headers: { 'retry-after': `${retryAfter}` } };
  return { status, code, body: { message }, ...headers };
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Writes an answer as the protocol's services do. */
export function send(res: http.ServerResponse, a: Answer, protocol: Protocol): void {
  const RequestId = randomUUID();
  const headers: Record<string, string> = { 'x-amzn-requestid': RequestId, ...a.headers };
  let text: string;
  if (protocol === 'query' && a.code) {
    headers['content-type'] = 'text/xml';
    const error = `<Type>Sender</Type><Code>${a.code}</Code><Message>${xml(String(a.body.message))}</Message>`;
    text = `<ErrorResponse><Error>${error}</Error><RequestId>${RequestId}</RequestId></ErrorResponse>`;
  } else if (protocol === 'json') {
    headers['content-type'] = 'application/x-amz-json-1.1';
    text = JSON.stringify(a.code ? { __type: a.code, ...a.body } : a.body);
  } else {
    headers['content-type'] = 'application/json';
    if (a.code) headers['x-amzn-errortype'] = a.code;
    text = JSON.stringify(a.body);
  }
  res.writeHead(a.status, headers).end(text);
}
