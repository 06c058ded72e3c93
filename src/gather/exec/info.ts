/** KUBERNETES_EXEC_INFO: the ExecCredential client-go hands every exec plugin. */
import type { Entry, KubeCluster } from '../../model/kubeconfig.js';
import { decodeStdBase64 } from '../base64.js';
import { readMaterialFile, resolveAgainst } from '../files.js';

export const EXEC_EXTENSION = 'client.authentication.k8s.io/exec';

/** The CA bytes as client-go sends them (data first, else the file); undefined when unusable. */
async function caData(cluster: KubeCluster, baseDir: string): Promise<string | undefined> {
  const data = cluster['certificate-authority-data'];
  if (data) {
    const decoded = decodeStdBase64(data);
    return decoded.ok ? decoded.bytes.toString('base64') : undefined;
  }
  const file = cluster['certificate-authority'];
  if (!file) return undefined;
  const read = await readMaterialFile(resolveAgainst(baseDir, file));
  return read.ok ? read.bytes.toString('base64') : undefined;
}

/** spec.cluster, with client-go's field order and omitempty rules. */
async function clusterInfo(
  cluster: Entry<KubeCluster>,
  baseDir: string,
): Promise<Record<string, unknown>> {
  const c = cluster.value;
  const ca = await caData(c, baseDir);
  const extension = (c.extensions ?? []).find((e) => e?.name === EXEC_EXTENSION);
  const info: Record<string, unknown> = { server: c.server ?? '' };
  if (c['tls-server-name']) info['tls-server-name'] = c['tls-server-name'];
  if (c['insecure-skip-tls-verify']) info['insecure-skip-tls-verify'] = true;
  if (ca) info['certificate-authority-data'] = ca;
  if (c['proxy-url']) info['proxy-url'] = c['proxy-url'];
  if (c['disable-compression']) info['disable-compression'] = true;
  if (extension?.extension !== undefined && extension.extension !== null) {
    info.config = extension.extension;
  }
  return info;
}

/** The JSON value of KUBERNETES_EXEC_INFO for this plugin run (never interactive: CI has no TTY). */
export async function buildExecInfo(
  apiVersion: string,
  provideClusterInfo: boolean,
  cluster: Entry<KubeCluster> | undefined,
  baseDir: string,
): Promise<string> {
  const spec: Record<string, unknown> = {};
  if (provideClusterInfo && cluster) spec.cluster = await clusterInfo(cluster, baseDir);
  spec.interactive = false;
  return JSON.stringify({ kind: 'ExecCredential', apiVersion, spec });
}
