/**
 * An EKS cluster made of real parts on loopback: the real kube-apiserver whose token webhook is
 * the test aws-iam-authenticator, moto (STS, IAM, EKS DescribeCluster, CloudWatch Logs) behind the
 * EKS emulator front (access entries, policies, updates), and kubeconfigs as
 * `aws eks update-kubeconfig` writes them (exec `aws eks get-token`, the real aws CLI).
 */
import { createEksCluster } from '../helpers/aws-front.js';
import { startCluster, type Cluster } from '../helpers/cluster.js';
import { awsIamAuthenticator } from '../helpers/cluster/aws-authenticator.js';
import { MOTO_ACCOUNT, Moto, type Session } from '../helpers/moto.js';
import { b64 } from '../helpers/pki.js';

export const REGION = 'eu-west-1';
export const arnOf = (name: string): string =>
  `arn:aws:eks:${REGION}:${MOTO_ACCOUNT}:cluster/${name}`;
const LOG_GROUP = (name: string) => `/aws/eks/${name}/cluster`;
const AWS_AUTH = '/api/v1/namespaces/kube-system/configmaps/aws-auth';

export interface EksWorld {
  cluster: Cluster;
  moto: Moto;
  /** What the authenticator logged since the last reset (logrus lines). */
  log: string[];
  /** Forgets AWS state and aws-auth; creates cluster `prod` in moto, pointing at the apiserver. */
  reset(o?: { authenticatorLogs?: boolean }): Promise<void>;
  /** A role (with an optional path) and a session of it. */
  session(role: string, path?: string): Promise<Session & { roleArn: string }>;
  setAwsAuth(mapRoles: string): Promise<void>;
  /** Ships what the authenticator logged to CloudWatch Logs, as EKS does. */
  shipLogs(): Promise<void>;
  /**
   * The kubeconfig update-kubeconfig writes; `tokenCluster` changes only the exec's --cluster-name,
   * `command` the exec's aws (a wrapper).
   */
  kubeconfig(o?: {
    tokenCluster?: string;
    caPem?: string;
    token?: string;
    command?: string;
  }): string;
  stop(): Promise<void>;
}

export async function startEksWorld(): Promise<EksWorld> {
  const [cluster, moto] = await Promise.all([startCluster(), Moto.start(REGION)]);
  const log: string[] = [];
  cluster.webhook.setAuthenticator(
    awsIamAuthenticator({
      clusterId: 'prod',
      stsHosts: [moto.front.host],
      allowHttp: true,
      awsAuth: async () => {
        const res = await cluster.api<{ data?: Record<string, string> }>('GET', AWS_AUTH);
        return res.status === 200 ? (res.body.data ?? {}) : undefined;
      },
      accessEntries: () => moto.front.mapping('prod').entries,
      mode: () => moto.front.mapping('prod').mode,
      log: (line) => log.push(line),
    }),
  );
  const world: EksWorld = {
    cluster,
    moto,
    log,
    async reset(o = {}) {
      log.splice(0);
      await Promise.all([moto.reset(), cluster.api('DELETE', AWS_AUTH)]);
      await createEksCluster(moto, 'prod', {
        endpoint: cluster.server,
        certificateAuthority: { data: b64(cluster.ca.certPem) },
        logging: { clusterLogging: [{ types: ['authenticator'], enabled: !!o.authenticatorLogs }] },
      });
      if (o.authenticatorLogs) {
        await moto.aws(['logs', 'create-log-group', '--log-group-name', LOG_GROUP('prod')]);
        await moto.aws([
          'logs',
          'create-log-stream',
          '--log-group-name',
          LOG_GROUP('prod'),
          '--log-stream-name',
          'authenticator-0123456789abcdef',
        ]);
      }
    },
    async session(role, path = '/') {
      const r = await moto.createRole(role, { path });
      return { ...(await moto.assumeRole(r.arn, 'GitHubActions')), roleArn: r.arn };
    },
    async setAwsAuth(mapRoles) {
      const body = {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'aws-auth', namespace: 'kube-system' },
        data: { mapRoles },
      };
      // Replaces what is there (a second POST would only answer 409 AlreadyExists).
      await cluster.api('DELETE', AWS_AUTH);
      const made = await cluster.api('POST', '/api/v1/namespaces/kube-system/configmaps', body);
      if (made.status !== 201) throw new Error(`aws-auth not written: HTTP ${made.status}`);
    },
    async shipLogs() {
      const now = Date.now();
      const events = log.map((message) => ({ timestamp: now, message }));
      if (!events.length) return;
      await moto.aws([
        'logs',
        'put-log-events',
        '--log-group-name',
        LOG_GROUP('prod'),
        '--log-stream-name',
        'authenticator-0123456789abcdef',
        '--log-events',
        JSON.stringify(events),
      ]);
    },
    kubeconfig(o = {}) {
      const user = o.token
        ? [`    token: ${o.token}`]
        : [
            '    exec:',
            '      apiVersion: client.authentication.k8s.io/v1beta1',
            `      command: ${o.command ?? 'aws'}`,
            `      args: [--region, ${REGION}, eks, get-token, --cluster-name, ${o.tokenCluster ?? 'prod'}, --output, json]`,
            '      interactiveMode: Never',
          ];
      const ctx = arnOf('prod');
      return [
        'apiVersion: v1',
        'kind: Config',
        `current-context: ${ctx}`,
        'clusters:',
        `- name: ${ctx}`,
        '  cluster:',
        `    server: ${cluster.server}`,
        `    certificate-authority-data: ${b64(o.caPem ?? cluster.ca.certPem)}`,
        'contexts:',
        `- name: ${ctx}`,
        `  context: {cluster: "${ctx}", user: "${ctx}"}`,
        'users:',
        `- name: ${ctx}`,
        '  user:',
        ...user,
        '',
      ].join('\n');
    },
    stop: async () => {
      await Promise.all([cluster.stop(), moto.stop()]);
    },
  };
  return world;
}
