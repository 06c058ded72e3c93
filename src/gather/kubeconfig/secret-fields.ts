/** Which kubeconfig user fields hold secrets; each is masked the moment it is parsed. */
import type { KubeCluster, KubeUser } from '../../model/kubeconfig.js';
import type { SecretSet } from '../secrets.js';

/** auth-provider config keys that name things rather than hold secrets; every other value is masked. */
const PUBLIC_PROVIDER_KEYS = new Set([
  'idp-issuer-url',
  'client-id',
  'cmd-path',
  'cmd-args',
  'token-key',
  'expiry-key',
  'expiry',
  'idp-certificate-authority',
  'extra-scopes',
  'scopes',
  'apiserver-id',
  'environment',
  'tenant-id',
  'config-mode',
]);

const PLACEHOLDERS = new Set(['REDACTED', 'DATA+OMITTED']);

/** exec env entries that configure a plugin rather than hold a secret; every other value is masked. */
export const PLAIN_EXEC_ENV = new Set([
  'AWS_PROFILE',
  'AWS_REGION',
  'AWS_DEFAULT_REGION',
  'AWS_DEFAULT_OUTPUT',
  'AWS_STS_REGIONAL_ENDPOINTS',
  'AZURE_CONFIG_DIR',
  'CLOUDSDK_CORE_PROJECT',
]);

export function registerUserSecrets(user: KubeUser, secrets: SecretSet): void {
  const add = (value: unknown) => {
    if (typeof value === 'string' && value && !PLACEHOLDERS.has(value.trim())) secrets.add(value);
  };
  add(user.token);
  add(user.password);
  add(user['client-key-data']);
  for (const [key, value] of Object.entries(user['auth-provider']?.config ?? {})) {
    if (!PUBLIC_PROVIDER_KEYS.has(key)) add(value);
  }
  for (const variable of user.exec?.env ?? []) {
    if (!PLAIN_EXEC_ENV.has(variable?.name)) add(variable?.value);
  }
}

/** A password in a cluster's proxy-url (`http://user:pass@proxy:3128`), as written and decoded. */
export function registerClusterSecrets(cluster: KubeCluster, secrets: SecretSet): void {
  const proxy = cluster['proxy-url'];
  if (typeof proxy !== 'string') return;
  const password = /^[a-z][a-z0-9+.-]*:\/\/[^/@]*:([^/@]+)@/i.exec(proxy)?.[1];
  if (!password) return;
  secrets.add(password);
  try {
    secrets.add(decodeURIComponent(password));
  } catch {
    // not percent-encoded after all: the raw form is masked already
  }
}
