/**
 * Fixes written with placeholders (`kubectl config set-cluster <name> …`, `aws eks
 * update-kubeconfig --name <cluster> --region <region>`) get the finding's own context, cluster
 * and user names, so the command can be pasted. Only inside code spans, only placeholders whose
 * meaning the command fixes, only names the shell reads as one word (else quoted). Pure.
 */
import { detectEks } from './aws/eks-detect.js';
import type { TargetFacts } from './facts.js';
import { shellWord } from './shell.js';

/** `gke_<project>_<location>_<cluster>`: the names gcloud gives what it writes. */
const GKE = /^gke_([a-z][a-z0-9-]{4,28}[a-z0-9])_([a-z0-9-]+)_([a-z0-9-]+)$/;

type Rule = [span: RegExp, placeholder: RegExp, value: (t: TargetFacts) => string | undefined];
/** Placeholders named by the cloud (EKS, GKE), not by the kubeconfig's own entries. */
const CLOUD = /^(aws|gcloud) /;

const cluster = (t: TargetFacts) => t.context?.value.cluster;
const user = (t: TargetFacts) => t.context?.value.user;
const detected = new WeakMap<TargetFacts, ReturnType<typeof detectEks>>();
const eks = (t: TargetFacts) => {
  if (t.aws && !t.aws.skipped) return t.aws.eks;
  if (!detected.has(t)) detected.set(t, detectEks(t));
  return detected.get(t);
};
const gke = (t: TargetFacts, i: number) =>
  (GKE.exec(cluster(t) ?? '') ?? GKE.exec(t.contextName))?.[i];

/** The client certificate's CN: the username a renewed certificate must keep. */
const certName = (t: TargetFacts) =>
  t.clientCert?.ok ? t.clientCert.value[0]?.commonName : undefined;

const RULES: Rule[] = [
  [/^kubeadm kubeconfig user --client-name </, /<name>/, certName],
  [/^kubectl config set-cluster </, /(?<=^kubectl config set-cluster )<name>/, cluster],
  [/^kubectl config (un)?set clusters\.</, /(?<=clusters\.)<name>(?=\.)/, cluster],
  [/^kubectl config set-credentials </, /(?<=^kubectl config set-credentials )<(user|name)>/, user],
  [/^kubectl config (un)?set users\.</, /(?<=users\.)<user>(?=\.)/, user],
  [/^kubectl config set-context <context>/, /<context>/, (t) => t.contextName],
  [/^aws eks /, /<cluster>/g, (t) => eks(t)?.clusterName],
  [/^aws eks /, /<region>/g, (t) => eks(t)?.region],
  [/^gcloud container clusters /, /<project>/g, (t) => gke(t, 1)],
  [/^gcloud container clusters /, /<location>/g, (t) => gke(t, 2)],
  [/^gcloud container clusters /, /<cluster>/g, (t) => gke(t, 3)],
];

function fillSpan(span: string, t: TargetFacts, cloud: boolean): string {
  if (!span.includes('<')) return span;
  let out = span;
  for (const [shape, placeholder, value] of RULES) {
    if (!shape.test(out) || (!cloud && CLOUD.test(out))) continue;
    const word = shellWord(value(t));
    if (word) out = out.replace(placeholder, () => word);
  }
  return out;
}

/**
 * `text` with the placeholders of its code spans filled from `t`, when `t` is known; `cloud`
 * false leaves the EKS and GKE names alone (a finding that says they are wrong).
 */
export function fillNames(text: string, t: TargetFacts | undefined, cloud = true): string {
  if (!t || !text.includes('<')) return text;
  return text.replace(/`([^`\n]+)`/g, (whole, span: string) => {
    const filled = fillSpan(span, t, cloud);
    return filled === span ? whole : `\`${filled}\``;
  });
}
