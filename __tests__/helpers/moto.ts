/**
 * A real local AWS API for tests: `moto_server` (moto 5.2.1) on 127.0.0.1, driven over plain HTTP
 * or through the real `aws` CLI. Every address here is loopback; the CLI gets AWS_ENDPOINT_URL,
 * AWS_EC2_METADATA_DISABLED=true, fake or moto-issued keys and empty config files.
 *
 * What moto 5.2.1 does (checked by hand against moto_server, and in moto.test.ts):
 * - STS GetCallerIdentity with temporary credentials from its AssumeRole (or
 *   AssumeRoleWithWebIdentity) returns the assumed-role ARN (no role path):
 *   `arn:aws:sts::<acct>:assumed-role/<role>/<session>`, UserId `<RoleId>:<session>`; with a
 *   user's key, the user ARN with its path; with a key moto never issued, `…:user/moto`.
 * - SigV4 signatures are not checked by default: moto reads only the access key from the
 *   Authorization header's Credential. Server env INITIAL_NO_AUTH_ACTION_COUNT=<n> turns checking
 *   on after n free requests: then wrong secret → 403 SignatureDoesNotMatch, unknown key → 403
 *   InvalidClientTokenId (and IAM policies are enforced). Only header auth is understood.
 * - Presigned GET GetCallerIdentity (query auth, X-Amz-*) is not supported: without an
 *   Authorization header moto routes the request to S3 and answers 200 <ListAllMyBucketsResult>;
 *   it never reads X-Amz-Credential from the query (only SigV2 AWSAccessKeyId); with
 *   INITIAL_NO_AUTH_ACTION_COUNT set it fails with 500.
 * - `Accept: application/json` is ignored (XML). JSON comes only with the query parameter
 *   ContentType=JSON, shaped like real STS JSON: {"GetCallerIdentityResponse":{…Result:{…}}}.
 * - EKS: no access entries, access policies or updates; DescribeCluster is random and partial.
 * Hence `Moto.front` (aws-front.ts), THE endpoint the CLI and SDK get: it verifies presigned
 * GetCallerIdentity URLs against the secrets this harness got from moto (sts-front.ts), emulates
 * what moto's EKS lacks, denies or throttles on demand, and proxies everything else to moto.
 */
import type { ChildProcess } from 'node:child_process';
import { runAws } from './aws-cli.js';
import { spawnTied } from './cluster/processes.js';

export { runAws } from './aws-cli.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AwsFront } from './aws-front.js';
import { amzDate } from './sigv4.js';

export interface AwsCreds {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}
export interface Principal {
  arn: string;
  id: string;
  path: string;
}
export type Session = Required<AwsCreds> & { arn: string; assumedRoleId: string };

type Result = Record<string, Record<string, string>>;

export const MOTO_ACCOUNT = '123456789012';
/** The AWS documentation's example keys: moto accepts them (unsigned mode), AWS never would. */
export const FAKE_CREDS: AwsCreds = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
};
const TRUST_ALL = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }],
});

export class Moto {
  /** Secrets of every key this harness got from moto (what the `sts` front verifies against). */
  readonly keys = new Map<string, AwsCreds>();
  /** The loopback front (aws-front.ts): what `endpoint` and env() point at. */
  front!: AwsFront;

  private constructor(
    /** moto_server itself (`http://127.0.0.1:<port>`), for the harness's own calls. */
    readonly backend: string,
    readonly region: string,
    private readonly child: ChildProcess,
    private readonly dir: string,
  ) {}

  /** Starts moto_server on 127.0.0.1 with a free port (and the front) and waits until it answers. */
  /** `verifySignatures`: moto checks every request's key and signature from the first one on. */
  static async start(region = 'eu-west-1', o: { verifySignatures?: boolean } = {}): Promise<Moto> {
    const dir = mkdtempSync(join(tmpdir(), 'moto-'));
    for (const f of ['config', 'credentials']) writeFileSync(join(dir, f), '');
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      // moto's own botocore must not ask instance metadata (169.254.169.254) or read ~/.aws.
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_CONFIG_FILE: join(dir, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'),
      ...(o.verifySignatures ? { INITIAL_NO_AUTH_ACTION_COUNT: '0' } : {}),
    };
    const child = spawnTied('moto_server', ['-H', '127.0.0.1', '-p', '0'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Its log pipes must not hold the test process open either (see track()).
    for (const s of [child.stdout, child.stderr])
      (s as unknown as { unref?: () => void })?.unref?.();
    let log = '';
    const port = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`moto_server did not start: ${log}`)), 30000);
      const onData = (d: Buffer) => {
        log += d.toString();
        const m = /Running on http:\/\/127\.0\.0\.1:(\d+)/.exec(log);
        if (!m?.[1]) return;
        clearTimeout(timer);
        resolve(m[1]);
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.on('error', (e) => (clearTimeout(timer), reject(e)));
      child.on(
        'exit',
        (code) => (clearTimeout(timer), reject(new Error(`moto_server exited ${code}: ${log}`))),
      );
    });
    const moto = new Moto(`http://127.0.0.1:${port}`, region, child, dir);
    await moto.reset();
    moto.front = await AwsFront.start(moto.backend, moto.keys, region, MOTO_ACCOUNT);
    return moto;
  }

  /** The front's URL: AWS_ENDPOINT_URL for the CLI and the SDK. */
  get endpoint(): string {
    return this.front.endpoint;
  }

  /** The same front, by the name the STS tests know it (it verifies presigned GetCallerIdentity). */
  get sts(): AwsFront {
    return this.front;
  }

  /** Environment for the AWS SDK and CLI against moto (start from one without AWS_* variables). */
  env(creds: AwsCreds = FAKE_CREDS): Record<string, string> {
    return {
      AWS_ENDPOINT_URL: this.endpoint,
      AWS_REGION: this.region,
      AWS_DEFAULT_REGION: this.region,
      AWS_ACCESS_KEY_ID: creds.accessKeyId,
      AWS_SECRET_ACCESS_KEY: creds.secretAccessKey,
      ...(creds.sessionToken ? { AWS_SESSION_TOKEN: creds.sessionToken } : {}),
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_CONFIG_FILE: join(this.dir, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: join(this.dir, 'credentials'),
      AWS_STS_REGIONAL_ENDPOINTS: 'regional',
      AWS_DEFAULT_OUTPUT: 'json',
    };
  }

  /** The real aws CLI against moto; parsed JSON output. */
  async aws(args: string[], creds?: AwsCreds): Promise<Record<string, unknown>> {
    const out = await runAws(args, this.env(creds));
    return out.trim() ? (JSON.parse(out) as Record<string, unknown>) : {};
  }

  /** A Query API call over plain HTTP (unsigned: moto only reads the key id); `creds: null` sends no auth. */
  private async call(
    service: 'iam' | 'sts',
    action: string,
    params: Record<string, string>,
    creds: AwsCreds | null = FAKE_CREDS,
  ) {
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
    if (creds) {
      const scope = `${amzDate(Date.now()).slice(0, 8)}/${this.region}/${service}/aws4_request`;
      headers.authorization = `AWS4-HMAC-SHA256 Credential=${creds.accessKeyId}/${scope}, SignedHeaders=host, Signature=unsigned`;
    }
    const Version = service === 'iam' ? '2010-05-08' : '2011-06-15';
    const body = new URLSearchParams({ Action: action, Version, ...params, ContentType: 'JSON' });
    const res = await fetch(`${this.backend}/`, { method: 'POST', headers, body });
    const text = await res.text();
    if (!res.ok) throw new Error(`moto ${action}: HTTP ${res.status} ${text.slice(0, 300)}`);
    const doc = JSON.parse(text) as Record<string, Record<string, Result>>;
    return doc[`${action}Response`]?.[`${action}Result`] ?? {};
  }

  async createRole(name: string, opts: { path?: string; trust?: string } = {}): Promise<Principal> {
    const params = {
      RoleName: name,
      Path: opts.path ?? '/',
      AssumeRolePolicyDocument: opts.trust ?? TRUST_ALL,
    };
    const { Role: r = {} } = await this.call('iam', 'CreateRole', params);
    return { arn: r.Arn ?? '', id: r.RoleId ?? '', path: r.Path ?? '' };
  }

  async createUser(name: string, opts: { path?: string } = {}): Promise<Principal> {
    const params = { UserName: name, Path: opts.path ?? '/' };
    const { User: u = {} } = await this.call('iam', 'CreateUser', params);
    return { arn: u.Arn ?? '', id: u.UserId ?? '', path: u.Path ?? '' };
  }

  async createAccessKey(userName: string): Promise<AwsCreds> {
    const { AccessKey: k = {} } = await this.call('iam', 'CreateAccessKey', { UserName: userName });
    const creds = { accessKeyId: k.AccessKeyId ?? '', secretAccessKey: k.SecretAccessKey ?? '' };
    this.keys.set(creds.accessKeyId, creds);
    return creds;
  }

  private session(result: Result): Session {
    const { Credentials: c = {}, AssumedRoleUser: u = {} } = result;
    const s = {
      accessKeyId: c.AccessKeyId ?? '',
      secretAccessKey: c.SecretAccessKey ?? '',
      sessionToken: c.SessionToken ?? '',
    };
    this.keys.set(s.accessKeyId, s);
    return { ...s, arn: u.Arn ?? '', assumedRoleId: u.AssumedRoleId ?? '' };
  }

  /** STS AssumeRole (as `creds`, the example keys by default): temporary credentials. */
  async assumeRole(roleArn: string, sessionName: string, creds?: AwsCreds): Promise<Session> {
    const params = { RoleArn: roleArn, RoleSessionName: sessionName };
    return this.session(await this.call('sts', 'AssumeRole', params, creds));
  }

  /** STS AssumeRoleWithWebIdentity (unsigned, as in AWS); moto does not check the token. */
  async webIdentity(roleArn: string, sessionName: string, token: string): Promise<Session> {
    const params = { RoleArn: roleArn, RoleSessionName: sessionName, WebIdentityToken: token };
    return this.session(await this.call('sts', 'AssumeRoleWithWebIdentity', params, null));
  }

  /** POST /moto-api/reset: forgets every resource, the keys and the front's state (see AwsFront.reset). */
  async reset(): Promise<void> {
    const res = await fetch(`${this.backend}/moto-api/reset`, { method: 'POST' });
    if (!res.ok) throw new Error(`moto reset: HTTP ${res.status}`);
    this.keys.clear();
    // Undefined only during start(), before the front exists.
    (this.front as AwsFront | undefined)?.reset();
  }

  async stop(): Promise<void> {
    await (this.front as AwsFront | undefined)?.close();
    if (this.child.exitCode === null && this.child.signalCode === null) {
      const exited = new Promise((resolve) => this.child.once('exit', resolve));
      this.child.kill('SIGTERM');
      const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
