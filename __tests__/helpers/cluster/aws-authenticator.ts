/**
 * A TokenReview authenticator for the test webhook that behaves like EKS's aws-iam-authenticator:
 * it verifies `k8s-aws-v1.` tokens by replaying them to the loopback STS front, canonicalises the
 * caller's ARN, maps it through access entries and/or kube-system/aws-auth (by authentication
 * mode), renders username templates and logs what the authenticator would log (logrus text).
 * Written from the authenticator's source and REFERENCE §3–5, independently of src/: tests use it
 * as an oracle for our diagnosis. Deviations: allowed hosts are a fixed loopback list (not STS's
 * endpoint rules) replayed over http; the region in STS errors is the credential scope's; a
 * denial is a TokenReview with `status.error` (the real server answers 403/429 without a
 * reason); no scrubbedAccounts, reserved username prefixes or SSO role matchers.
 */
import type { Authenticator, WebhookAnswer } from './webhook.js';
import {
  accessEntryMapper,
  configMapMapper,
  NOT_MAPPED,
  type AccessEntry,
  type IdentityMapping,
  type Mapper,
} from './aws-authenticator-mappers.js';
import { q, verifyToken, VerifyError, type Identity } from './aws-authenticator-token.js';

export {
  NOT_MAPPED,
  ARN_MISMATCH,
  stripPath,
  type AccessEntry,
} from './aws-authenticator-mappers.js';
export {
  canonicalize,
  verifyToken,
  VerifyError,
  type Identity,
} from './aws-authenticator-token.js';

export type AuthenticationMode = 'CONFIG_MAP' | 'API_AND_CONFIG_MAP' | 'API';
type Maybe<T> = T | Promise<T>;

export interface AwsIamAuthenticatorOptions {
  /** The cluster name (or id) the server puts in `x-k8s-aws-id` when it replays a token. */
  clusterId: string;
  /** Hosts (`host:port`) a token may be presigned for, e.g. `[moto.sts.host]`. */
  stsHosts: string[];
  /** kube-system/aws-auth `data` (undefined: no ConfigMap). Read at every review. */
  awsAuth: () => Maybe<Record<string, string> | undefined>;
  /** The cluster's access entries (none when absent). Read at every review. */
  accessEntries?: () => Maybe<AccessEntry[]>;
  /** The cluster's authentication mode, read at every review. */
  mode: () => Maybe<AuthenticationMode>;
  /** The server's clock (ms) for the 15-minute check. */
  now?: () => number;
  /** Receives each line the authenticator would log (logrus text format). */
  log?: (line: string) => void;
  /** Resolves `{{EC2PrivateDNSName}}` for an instance id (ec2:DescribeInstances in EKS). */
  ec2PrivateDnsName?: (instanceId: string) => Maybe<string>;
  /** Timeout of the STS replay (default 10 s, as the real one). */
  timeoutMs?: number;
  /** Accept tokens the aws CLI signed for a plain-http local endpoint (see VerifyOptions). */
  allowHttp?: boolean;
}

const INSTANCE_ID = /^i-(\w{8}|\w{17})$/;

/** One logrus TextFormatter line: time, level, msg, then the fields sorted by key. */
function logrusLine(
  at: number,
  level: string,
  msg: string,
  fields: Record<string, string>,
): string {
  const value = (v: string) => (/[^A-Za-z0-9\-._/@^+]/.test(v) ? q(v) : v);
  const time = new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const all = { ...fields, method: 'POST', path: '/authenticate' };
  const rest = Object.keys(all)
    .sort()
    .map((k) => `${k}=${value(all[k as keyof typeof all] ?? '')}`);
  return [`time=${q(time)}`, `level=${level}`, `msg=${q(msg)}`, ...rest].join(' ');
}

/** server.go renderTemplate: `{{EC2PrivateDNSName}}`, `{{AccountID}}`, `{{SessionName}}` (@→-), … */
async function renderTemplate(
  template: string,
  id: Identity,
  ec2: AwsIamAuthenticatorOptions['ec2PrivateDnsName'],
): Promise<string> {
  let out = template;
  if (out.includes('{{EC2PrivateDNSName}}')) {
    if (!INSTANCE_ID.test(id.sessionName))
      throw new Error('SessionName did not contain an instance id');
    if (!ec2) throw new Error(`no EC2 private DNS name for ${id.sessionName} (not emulated)`);
    out = out.replaceAll('{{EC2PrivateDNSName}}', await ec2(id.sessionName));
  }
  return out
    .replaceAll('{{AccountID}}', id.accountId)
    .replaceAll('{{SessionName}}', id.sessionName.replaceAll('@', '-'))
    .replaceAll('{{SessionNameRaw}}', id.sessionName)
    .replaceAll('{{AccessKeyID}}', id.accessKeyId);
}

/** server.go doMapping: the first mapper that maps wins; mapAccounts admits the canonical ARN. */
async function doMapping(
  mappers: Mapper[],
  id: Identity,
  ec2: AwsIamAuthenticatorOptions['ec2PrivateDnsName'],
): Promise<IdentityMapping> {
  const errs: string[] = [];
  for (const m of mappers) {
    let mapping: IdentityMapping | undefined;
    try {
      mapping = m.map(id);
    } catch (err) {
      errs.push(`mapper ${m.name} Map error: ${(err as Error).message}`);
    }
    if (mapping) {
      const render = async (kind: string, pattern: string) => {
        try {
          return await renderTemplate(pattern, id, ec2);
        } catch (err) {
          const why = `error rendering ${kind} template ${q(pattern)}: ${(err as Error).message}`;
          throw new Error(`mapper ${m.name} renderTemplates error: ${why}`, { cause: err });
        }
      };
      const username = await render('username', mapping.username);
      const groups: string[] = [];
      for (const g of mapping.groups) groups.push(await render('group', g));
      return { username, groups };
    }
    if (m.isAccountAllowed(id.accountId)) return { username: id.canonicalArn, groups: [] };
  }
  if (errs.length) throw new Error(errs.length === 1 ? errs[0] : `[${errs.join(', ')}]`);
  throw new Error(NOT_MAPPED);
}

/** An Authenticator (for `cluster.webhook.setAuthenticator`) that acts as aws-iam-authenticator. */
export function awsIamAuthenticator(o: AwsIamAuthenticatorOptions): Authenticator {
  const now = o.now ?? (() => Date.now());
  let lastWarning = '';
  const log = (level: string, msg: string, fields: Record<string, string> = {}) =>
    o.log?.(logrusLine(now(), level, msg, fields));
  // The real mapper parses aws-auth when it changes (watch), so a warning is logged once per change.
  const warn = (message: string) => {
    if (message !== lastWarning) log('warning', message);
    lastWarning = message;
  };

  return async (token): Promise<WebhookAnswer> => {
    let id: Identity;
    try {
      id = await verifyToken(token, { ...o, now, timeoutMs: o.timeoutMs });
    } catch (err) {
      if (!(err instanceof VerifyError)) throw err;
      log('warning', 'access denied', { error: err.message });
      return { error: err.message };
    }
    log('info', 'STS response', {
      accesskeyid: id.accessKeyId,
      accountid: id.accountId,
      arn: id.arn,
      session: id.sessionName,
      stsendpoint: id.stsEndpoint,
      userid: id.userId,
    });
    const mode = await o.mode();
    const mappers: Mapper[] = [];
    if (mode !== 'CONFIG_MAP') mappers.push(accessEntryMapper((await o.accessEntries?.()) ?? []));
    if (mode !== 'API') mappers.push(configMapMapper(await o.awsAuth(), warn));
    let mapped: IdentityMapping;
    try {
      mapped = await doMapping(mappers, id, o.ec2PrivateDnsName);
    } catch (err) {
      const error = (err as Error).message;
      log('warning', 'access denied', { arn: id.canonicalArn, error });
      return { error };
    }
    const uid = `aws-iam-authenticator:${id.accountId}:${id.userId}`;
    log('info', 'access granted', {
      arn: id.canonicalArn,
      groups: `[${mapped.groups.join(' ')}]`,
      stsendpoint: id.stsEndpoint,
      uid,
      username: mapped.username,
    });
    return {
      user: {
        username: mapped.username,
        uid,
        groups: mapped.groups,
        extra: {
          arn: [id.arn],
          canonicalArn: [id.canonicalArn],
          sessionName: [id.sessionName],
          accessKeyId: [id.accessKeyId],
          principalId: [id.userId],
          'sigs.k8s.io/aws-iam-authenticator/principalId': [id.userId],
        },
      },
    };
  };
}
