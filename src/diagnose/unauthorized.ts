/** Why the API server answered 401: the credential-based causes, ranked with time windows. */
import type { Facts, TargetFacts } from '../model/facts.js';
import { formatDuration } from '../model/duration.js';
import { eksCauses } from './eks.js';
import { cause, type Cause } from './model.js';
import { rejectedCauses } from './rejected.js';
import {
  ago,
  kubeconfigAge,
  sentCredentials,
  skewOf,
  windowOf,
  type SentCredential,
} from './timeline.js';

const SKEW_SETTLE =
  "Compare the runner's clock (`date -u`) with the server's Date header (`curl -skI <server>/version | grep -i date`) and the runner's time sync (`timedatectl status`).";

function timeCauses(c: SentCredential, t: TargetFacts, facts: Facts, widen: boolean): Cause[] {
  const now = facts.now.getTime();
  const skew = skewOf(t);
  // kube-apiserver allows service-account tokens 60 s either side of exp and nbf (measured);
  // STS takes an EKS token's X-Amz-Date up to 5 minutes ahead (and the gate's clock starts first).
  const leeway = c.token?.serviceAccount ? 60_000 : 0;
  const nbLeeway = c.token?.format === 'eks' ? 300_000 : leeway;
  const serverNow = now + skew * 1000;
  const out: Cause[] = [];
  if (c.notAfter) {
    const exp = Date.parse(c.notAfter) + leeway;
    if (exp <= serverNow && Date.parse(c.notAfter) > now) {
      out.push(
        cause({
          id: 'clock-skew',
          title: `The server's clock is ${formatDuration(skew)} ahead of the runner's: the ${c.label} is still valid for the runner but already expired for the server`,
          score: 92,
          evidence: [
            `${c.label} expires ${c.notAfter}`,
            `measured clock skew ${skew}s (server minus runner)`,
          ],
          settle: SKEW_SETTLE,
          fix: 'Fix the runner clock (NTP), or renew the credential well before it expires.',
        }),
      );
    } else if (exp <= serverNow) {
      const age = (serverNow - Date.parse(c.notAfter)) / 1000;
      const window = windowOf('expired', age, widen);
      out.push(
        cause({
          id: 'credential-expired',
          title: `The ${c.label} expired ${ago(age)}${window === '5m' ? ', during or just before this job' : ''}`,
          score: 100,
          ...(window ? { window } : {}),
          evidence: [`${c.label} notAfter ${c.notAfter}`, `now ${facts.now.toISOString()}`],
          settle:
            'Nothing more is needed: the server rejects credentials past their expiry. Its log shows `x509: certificate has expired` or `token is expired` for this request.',
          fix:
            c.kind === 'certificate'
              ? 'Issue a new client certificate and update the kubeconfig or the secret that holds it.'
              : 'Get a fresh token (re-run the step that creates it, or shorten the time between that step and the deploy).',
        }),
      );
    }
  }
  if (c.notBefore) {
    const nb = Date.parse(c.notBefore) - nbLeeway;
    if (nb > serverNow) {
      const skewed = Date.parse(c.notBefore) <= now;
      out.push(
        cause({
          id: skewed ? 'clock-skew' : 'credential-not-yet-valid',
          title: skewed
            ? `The server's clock is ${formatDuration(-skew)} behind the runner's: the ${c.label} is not valid yet for the server`
            : `The ${c.label} is not valid until ${c.notBefore} (${ago((now - nb) / 1000)})`,
          score: skewed ? 92 : 95,
          evidence: [
            `${c.label} notBefore ${c.notBefore}`,
            `measured clock skew ${skew}s (server minus runner)`,
          ],
          settle: skewed
            ? SKEW_SETTLE
            : 'The clock of the machine that issued it: a credential minted by a machine whose clock runs ahead is not valid yet anywhere else.',
          fix: skewed
            ? "Fix the clocks (NTP on the runner and the control plane's nodes)."
            : 'Re-issue the credential from a machine with a correct clock, or wait until it becomes valid.',
        }),
      );
    }
  }
  if (c.kind === 'certificate' && c.issuedAt) {
    const age = (now - Date.parse(c.issuedAt)) / 1000;
    const window = windowOf('issued', age, widen);
    if (window && out.length === 0) {
      out.push(
        cause({
          id: 'credential-recently-issued',
          title: `The ${c.label} was issued ${ago(age)} and is rejected: it was likely signed by a CA this cluster does not trust`,
          score: window === '1h' ? 45 : 25,
          window,
          evidence: [`${c.label} notBefore ${c.issuedAt}`],
          settle:
            "The issuer of the new certificate against the API server's --client-ca-file (`openssl verify -CAfile <client-ca> client.crt`).",
          fix: 'Issue the certificate from the cluster’s client CA (kubeadm: `kubeadm kubeconfig user`).',
        }),
      );
    }
  }
  return out;
}

/** OIDC facts that explain a rejected ID token better than "not trusted". */
function oidcCauses(t: TargetFacts): Cause[] {
  const oidc = t.oidc;
  if (!oidc || !t.live?.sent.includes('bearer-token')) return [];
  const out: Cause[] = [];
  const token = oidc.idToken ?? t.exec?.credential?.token;
  if (oidc.clientId && token?.audience && !token.audience.includes(oidc.clientId)) {
    out.push(
      cause({
        id: 'oidc-audience-mismatch',
        title: `The ID token's audience (${token.audience.join(', ')}) does not include the client ID "${oidc.clientId}" the API server most likely expects`,
        score: 85,
        evidence: [`aud ${token.audience.join(', ')}`, `client-id ${oidc.clientId}`],
        settle: "The API server's --oidc-client-id (or its AuthenticationConfiguration audiences).",
        fix: 'Request the token for the cluster’s client ID.',
      }),
    );
  }
  const announced = t.live?.oidc?.documentIssuer;
  if (announced !== undefined) {
    out.push(
      cause({
        id: 'oidc-issuer-mismatch',
        title: `The issuer announces itself as "${announced}", not "${oidc.issuer}": exact-match validation fails`,
        score: 85,
        evidence: [`discovery ${t.live?.oidc?.discoveryUrl ?? ''}`],
        settle: "The API server's --oidc-issuer-url against the discovery document's issuer.",
        fix: `Use "${announced}" as the issuer URL in the kubeconfig and the API server.`,
      }),
    );
  }
  return out;
}

function contextCauses(t: TargetFacts, facts: Facts, widen: boolean): Cause[] {
  const live = t.live;
  const out: Cause[] = [];
  if (live && live.sent.length === 0) {
    out.push(
      cause({
        id: 'no-credentials',
        title: `User "${t.context?.value.user ?? '?'}" sends no credentials, and this server does not allow anonymous requests`,
        score: 95,
        evidence: ['no client certificate, token, exec plugin or auth-provider in the user entry'],
        settle: '`kubectl config view --minify` shows the user entry without credential fields.',
        fix: 'Add credentials to the user (a token, client certificate, or exec plugin).',
      }),
    );
  }
  if (live?.sent.includes('basic-auth')) {
    out.push(
      cause({
        id: 'basic-auth-removed',
        title:
          'The user authenticates with username/password, which kube-apiserver removed in 1.19',
        score: 90,
        evidence: ['username/password set in the user entry'],
        settle: 'The server version; no current Kubernetes accepts basic auth.',
        fix: 'Use a token or client certificate instead.',
      }),
    );
  }
  if (live?.sent.includes('client-certificate') && t.clientCertIssuedByCa === false) {
    const leaf = sentCredentials(t).find((c) => c.kind === 'certificate');
    out.push(
      cause({
        id: 'client-ca-mismatch',
        title:
          "The client certificate was not issued by the kubeconfig's cluster CA, which kubeadm, k3s and kind clusters also use to verify clients",
        score: 80,
        evidence: [
          `${leaf?.label ?? 'client certificate'} issued by ${t.clientCert?.ok ? t.clientCert.value[0]?.issuer : '?'}`,
          `cluster CA ${t.ca?.ok ? t.ca.value[0]?.subject : '?'}`,
        ],
        settle:
          "The API server's --client-ca-file: `openssl verify -CAfile <client-ca> client.crt` (kubeadm: /etc/kubernetes/pki/ca.crt).",
        fix: 'Use a client certificate issued for this cluster (the kubeconfig may mix two clusters).',
      }),
    );
  }
  out.push(...oidcCauses(t));
  const written = kubeconfigAge(t, facts);
  const window = written ? windowOf('changed', written.ageSeconds, widen) : undefined;
  if (written && window) {
    out.push(
      cause({
        id: 'kubeconfig-rewritten',
        title: `${written.file} was written ${ago(written.ageSeconds)}: an earlier step may have put another cluster's or user's credentials in it`,
        score: window === '30m' ? 45 : 20,
        window,
        evidence: [`modified ${ago(written.ageSeconds)}`],
        settle:
          'The steps before this one that write the kubeconfig (aws eks update-kubeconfig, azure/k8s-set-context, `echo $KUBECONFIG_DATA > …`): which cluster and user did they set?',
        fix: 'Point this step at the kubeconfig the deploy really uses, or fix the step that wrote it.',
      }),
    );
  }
  return out;
}

/** The causes for a 401 and whether the windows had to widen to 24 h to find anything. */
export function unauthorizedCauses(
  t: TargetFacts,
  facts: Facts,
): { causes: Cause[]; windowNote?: string } {
  const build = (widen: boolean): Cause[] => {
    const causes: Cause[] = [];
    for (const c of sentCredentials(t)) {
      const timed = timeCauses(c, t, facts, widen);
      causes.push(...timed);
      // Outside its validity window a credential explains the 401 by itself.
      if (!timed.some((x) => x.id !== 'credential-recently-issued'))
        causes.push(...rejectedCauses(c));
    }
    const eks = eksCauses(t, facts, widen);
    // What the EKS API settled replaces the generic "EKS does not map it" guess.
    const generic = eks.length ? causes.filter((c) => c.id !== 'eks-identity-not-mapped') : causes;
    return [...generic, ...eks, ...contextCauses(t, facts, widen)];
  };
  const narrow = build(false);
  // An expiry explains a 401 whatever its age; otherwise only causes inside a narrow window do.
  if (narrow.some((c) => c.window || c.id === 'credential-expired')) return { causes: narrow };
  const wide = build(true);
  const note = wide.some((c) => c.window === '24h')
    ? 'Nothing expired in the last 5 minutes, nothing was rewritten in the last 30 minutes and no certificate was issued in the last hour, so the search widened to 24 hours.'
    : 'Nothing expired, changed or was issued in the last 24 hours.';
  return { causes: wide, windowNote: note };
}
