/** Which platform a target's cluster runs on, as far as the kubeconfig tells, for platform-specific fixes. */
import type { TargetFacts } from './facts.js';

export type Platform = 'eks' | 'gke' | 'aks' | 'k3s' | 'generic';

function host(server: string | undefined): string {
  try {
    return server ? new URL(server).hostname.toLowerCase() : '';
  } catch {
    return '';
  }
}

export function platformOf(t: TargetFacts): Platform {
  const h = host(t.cluster?.value.server);
  const names = [t.contextName, t.cluster?.name ?? '', t.user?.name ?? ''].join(' ');
  const exec = [t.user?.value.exec?.command ?? '', ...(t.user?.value.exec?.args ?? [])].join(' ');
  if (
    /\.eks\.amazonaws\.com(\.cn)?$/.test(h) ||
    /arn:aws[\w-]*:eks:/.test(names) ||
    /\beks\b.*get-token|aws-iam-authenticator/.test(exec)
  )
    return 'eks';
  if (/^gke_/.test(names) || /gke-gcloud-auth-plugin/.test(exec)) return 'gke';
  if (h.endsWith('.azmk8s.io') || /kubelogin/.test(exec)) return 'aks';
  if (/\bk3s\b/.test(names) || h.endsWith('.k3s.local')) return 'k3s';
  return 'generic';
}

/** How to get a fresh kubeconfig on each platform (client certificates and CA data come with it). */
export const REFRESH_KUBECONFIG: Record<Platform, string> = {
  eks: '`aws eks update-kubeconfig --name <cluster> --region <region>`',
  gke: '`gcloud container clusters get-credentials <cluster> --location <location>`',
  aks: '`az aks get-credentials --resource-group <rg> --name <cluster> --overwrite-existing` (rotate cluster certificates with `az aks rotate-certs`)',
  k3s: 'copy `/etc/rancher/k3s/k3s.yaml` again after k3s rotates its certificates (it does so on restart within 90 days of expiry)',
  generic:
    'kubeadm: `kubeadm certs check-expiration`, then `kubeadm certs renew admin.conf` (or `kubeadm kubeconfig user --client-name <name>` for a CI user) on a control-plane node, and copy the new kubeconfig into the CI secret',
};
