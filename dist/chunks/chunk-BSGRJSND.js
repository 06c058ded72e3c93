import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunk-DF4FYQDL.js";
import {
  KILL_GRACE_MS,
  kubectlVersion,
  parseGitVersion,
  resolveCommand,
  runBounded
} from "./chunk-I4BLV3Y7.js";
import {
  untilEnd
} from "./chunk-FBYZSV5K.js";
import {
  fileIn
} from "./chunk-P7UKCDW3.js";
import {
  ANONYMOUS,
  accountOf,
  authModeOf,
  awsAuthOf,
  awsTargets,
  buildReport,
  caBundles,
  callerExpired,
  callerInvalid,
  callerPrincipal,
  clientCertBundles,
  customUsernameProblem,
  describeAccess,
  describeSource,
  diagnoseTarget,
  eksTargets,
  eksWhy,
  groupsSeen,
  liveDenied,
  liveTargets,
  mappingFix,
  mappingOf,
  normalEndpoint,
  partitionOf,
  principalSeen,
  providerExpired,
  publicAccessLimitedTo,
  rbacFix,
  seenAs,
  stripPath,
  tokenCredentials,
  trimEndOf
} from "./chunk-V3ZPJ5RY.js";
import {
  aliasResolver,
  estimateYamlNodes,
  firstMatch,
  globMatch,
  parseFirstDocument,
  require_dist
} from "./chunk-4A4SSQ3P.js";
import {
  formatDuration
} from "./chunk-DXAEI2LH.js";
import {
  __toESM
} from "./chunk-H5DNCB4H.js";

// src/engine.ts
import { setMaxListeners as setMaxListeners2 } from "node:events";
import * as os2 from "node:os";

// src/audit-files.ts
import * as path8 from "node:path";

// src/model/check.ts
function defineCheck(check) {
  return check;
}

// src/model/expiry.ts
function judgeExpiry(window, now, settings) {
  const nowMs = now.getTime();
  if (window.notBefore) {
    const nb = Date.parse(window.notBefore);
    if (nb > nowMs) {
      return {
        state: "not-yet-valid",
        phrase: `not valid until ${window.notBefore} (${formatDuration((nb - nowMs) / 1e3)} from now)`
      };
    }
  }
  if (!window.notAfter) return { state: "no-expiry", phrase: "has no expiry" };
  const left = Math.floor((Date.parse(window.notAfter) - nowMs) / 1e3);
  if (left <= 0) {
    return {
      state: "expired",
      secondsLeft: left,
      phrase: `expired ${formatDuration(-left)} ago (${window.notAfter})`
    };
  }
  const when = `expires in ${formatDuration(left)} (${window.notAfter})`;
  if (left < settings.minValiditySeconds) {
    return {
      state: "expiring",
      severity: "error",
      secondsLeft: left,
      phrase: `${when}, inside min-validity ${formatDuration(settings.minValiditySeconds)}`
    };
  }
  if (left < settings.warnWithinSeconds) {
    return {
      state: "expiring",
      severity: "warning",
      secondsLeft: left,
      phrase: `${when}, inside warn-within ${formatDuration(settings.warnWithinSeconds)}`
    };
  }
  return { state: "valid", secondsLeft: left, phrase: when };
}

// src/checks/aws/credentials-expired.ts
var credentials_expired_default = defineCheck({
  id: "aws/credentials-expired",
  title: "AWS session has expired",
  severity: "error",
  description: "The runner\u2019s AWS credentials are temporary and their session is over: STS answered ExpiredToken, the credentials\u2019 expiry is past, or the SSO session behind the profile has ended. EKS tokens can no longer be signed, so kubectl fails (exec error or Unauthorized).",
  remediation: "Get a fresh session: run `aws-actions/configure-aws-credentials` again (closer to the deploy, or with a longer `role-duration-seconds`), or `aws sso login` for an SSO profile.",
  run({ targets, now, settings }) {
    const out = [];
    for (const { t, aws } of awsTargets(targets)) {
      const cred = aws.credentials?.ok ? aws.credentials.value : void 0;
      const pastExpiry = cred?.expiresAt && judgeExpiry({ notAfter: cred.expiresAt }, now, settings).state === "expired";
      if (!callerExpired(aws) && !providerExpired(aws) && !pastExpiry) continue;
      const why2 = aws.caller?.ok === false && callerExpired(aws) ? `STS answered ${aws.caller.code}` : aws.credentials?.ok === false ? aws.credentials.detail : `they expired at ${cred?.expiresAt}`;
      out.push({
        message: `Context "${t.contextName}": the runner's AWS credentials${cred ? ` (from ${cred.source})` : ""} have expired: ${why2}.`,
        context: t.contextName,
        evidence: { source: cred?.source ?? null, expiresAt: cred?.expiresAt ?? null }
      });
    }
    return out;
  }
});

// src/checks/aws/credentials-invalid.ts
var credentials_invalid_default = defineCheck({
  id: "aws/credentials-invalid",
  title: "AWS rejects the credentials",
  severity: "error",
  description: 'STS GetCallerIdentity \u2014 which needs no IAM permission and cannot be denied \u2014 refused the runner\u2019s credentials: the access key does not exist or was deactivated (InvalidClientTokenId), or the secret does not fit the key (SignatureDoesNotMatch; a runner clock off by more than 5 minutes gives signature errors too). Every EKS token signed with them is rejected, and kubectl says "Unauthorized".',
  remediation: "Replace the stored access key (or better: switch to OIDC with `aws-actions/configure-aws-credentials` and `role-to-assume`), and check the runner\u2019s clock.",
  run({ targets }) {
    const out = [];
    for (const { t, aws } of awsTargets(targets)) {
      if (!callerInvalid(aws) || aws.caller?.ok !== false) continue;
      const cred = aws.credentials?.ok ? aws.credentials.value : void 0;
      const clock = t.live?.clock;
      const skewed = clock && Math.abs(clock.skewSeconds) >= 300;
      out.push({
        message: `Context "${t.contextName}": AWS STS rejected the runner's credentials (${aws.caller.code}: ${aws.caller.message}).` + (skewed ? ` The runner's clock is ${clock.skewSeconds}s off the API server's, which alone breaks AWS signatures.` : ""),
        context: t.contextName,
        evidence: {
          code: aws.caller.code,
          source: cred?.source ?? null,
          accessKeyPrefix: cred?.accessKeyPrefix ?? null,
          region: aws.region ?? null
        }
      });
    }
    return out;
  }
});

// src/checks/aws/identity-mismatch.ts
var AWS_GLOB = /^(arn:|[\d*?]{12}$)/;
var identity_mismatch_default = defineCheck({
  id: "aws/identity-mismatch",
  title: "AWS caller is not the expected identity",
  severity: "error",
  description: "The `expect-identity` input names AWS identities (globs over ARNs, such as `arn:aws:sts::*:assumed-role/deploy/*`, or 12-digit account ids), and the caller STS reports matches none of them: the job assumed another role, another account\u2019s credentials were left in the environment, or a profile points elsewhere.",
  remediation: "Make the job assume the expected role (check `role-to-assume`, AWS_PROFILE and leftover AWS_ACCESS_KEY_ID variables), or correct `expect-identity`.",
  run({ targets, settings }) {
    const globs = settings.expectIdentity.filter((g) => AWS_GLOB.test(g));
    if (globs.length === 0) return [];
    const out = [];
    for (const { t, aws } of awsTargets(targets)) {
      const caller = aws.caller;
      if (!caller?.ok || firstMatch(globs, [caller.arn, caller.account])) continue;
      out.push({
        message: `Context "${t.contextName}": AWS says the caller is ${caller.arn} (account ${caller.account}), which matches none of expect-identity (${globs.join(", ")}).`,
        context: t.contextName,
        evidence: { arn: caller.arn, account: caller.account, expected: globs }
      });
    }
    return out;
  }
});

// src/checks/aws/no-credentials.ts
var no_credentials_default = defineCheck({
  id: "aws/no-credentials",
  title: "No AWS credentials on the runner",
  severity: "error",
  description: 'The context reaches an EKS cluster, so its token is signed with AWS credentials \u2014 but the AWS SDK\u2019s default chain (environment, web identity, profiles with SSO and credential_process, container and instance metadata) found none, or a profile is broken. `aws eks get-token` then fails with "Unable to locate credentials" and kubectl with an exec error. Common in pull requests from forks and Dependabot, which get no OIDC token and no secrets.',
  remediation: "Add `aws-actions/configure-aws-credentials` with `role-to-assume` before this step (it needs `permissions: id-token: write` for OIDC); on a self-hosted runner, use an instance profile or set AWS_PROFILE to a profile that exists.",
  run({ targets }) {
    const out = [];
    for (const { t, aws } of awsTargets(targets)) {
      const c = aws.credentials;
      if (!c || c.ok || providerExpired(aws)) continue;
      out.push({
        message: c.why === "none" ? `Context "${t.contextName}" is an EKS context (${eksWhy(aws)}), but no AWS credentials were found on this runner: ${c.detail}.` : `Context "${t.contextName}" is an EKS context (${eksWhy(aws)}), but loading AWS credentials failed: ${c.detail}.`,
        context: t.contextName,
        evidence: { why: c.why, detail: c.detail, profile: aws.eks.profile ?? null }
      });
    }
    return out;
  }
});

// src/checks/aws/session-expiring.ts
var session_expiring_default = defineCheck({
  id: "aws/session-expiring",
  title: "AWS session ends before the deploy would",
  severity: "error",
  description: "The runner\u2019s temporary AWS credentials expire within `min-validity`. kubectl runs the EKS exec plugin again for each command (tokens last 15 minutes), so once the session ends the remaining steps of the deploy fail with ExpiredToken half way through.",
  remediation: "Ask for a longer session (`role-duration-seconds` of `aws-actions/configure-aws-credentials`, within the role\u2019s maximum session duration), or get the credentials right before the deploy.",
  run({ targets, now, settings }) {
    const out = [];
    for (const { t, aws } of awsTargets(targets)) {
      const cred = aws.credentials?.ok ? aws.credentials.value : void 0;
      if (!cred?.expiresAt) continue;
      const verdict = judgeExpiry({ notAfter: cred.expiresAt }, now, settings);
      if (verdict.state !== "expiring" || verdict.severity !== "error") continue;
      out.push({
        message: `Context "${t.contextName}": the runner's AWS session (from ${cred.source}) ${verdict.phrase}.`,
        context: t.contextName,
        evidence: {
          source: cred.source,
          expiresAt: cred.expiresAt,
          secondsLeft: verdict.secondsLeft ?? null
        }
      });
    }
    return out;
  }
});

// src/checks/aws/sts-unreachable.ts
var sts_unreachable_default = defineCheck({
  id: "aws/sts-unreachable",
  title: "AWS STS cannot be reached or failed",
  severity: "error",
  description: "GetCallerIdentity did not get an answer about the credentials: STS could not be reached (DNS, proxy, firewall, a wrong AWS_ENDPOINT_URL), timed out, throttled, or failed. The EKS exec plugin and the cluster\u2019s authenticator both depend on STS, so this also explains 401s.",
  remediation: "Check the runner\u2019s route to STS (regional endpoint sts.<region>.amazonaws.com, proxies, VPC endpoints on self-hosted runners) and any AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_STS setting.",
  run({ targets }) {
    const out = [];
    for (const { t, aws } of awsTargets(targets)) {
      const c = aws.caller;
      if (!c || c.ok || callerInvalid(aws) || callerExpired(aws)) continue;
      out.push({
        message: `Context "${t.contextName}": GetCallerIdentity in ${aws.region ?? "?"} failed (${c.code}${c.status ? `, HTTP ${c.status}` : ""}: ${c.message}).`,
        context: t.contextName,
        evidence: { code: c.code, status: c.status ?? null, region: aws.region ?? null }
      });
    }
    return out;
  }
});

// src/model/platform.ts
function host(server) {
  try {
    return server ? new URL(server).hostname.toLowerCase() : "";
  } catch {
    return "";
  }
}
function platformOf(t) {
  const h = host(t.cluster?.value.server);
  const names = [t.contextName, t.cluster?.name ?? "", t.user?.name ?? ""].join(" ");
  const exec = [t.user?.value.exec?.command ?? "", ...t.user?.value.exec?.args ?? []].join(" ");
  if (/\.eks\.amazonaws\.com(\.cn)?$/.test(h) || /arn:aws[\w-]*:eks:/.test(names) || /\beks\b.*get-token|aws-iam-authenticator/.test(exec))
    return "eks";
  if (/^gke_/.test(names) || /gke-gcloud-auth-plugin/.test(exec)) return "gke";
  if (h.endsWith(".azmk8s.io") || /kubelogin/.test(exec)) return "aks";
  if (/\bk3s\b/.test(names) || h.endsWith(".k3s.local")) return "k3s";
  return "generic";
}
var REFRESH_KUBECONFIG = {
  eks: "`aws eks update-kubeconfig --name <cluster> --region <region>`",
  gke: "`gcloud container clusters get-credentials <cluster> --location <location>`",
  aks: "`az aks get-credentials --resource-group <rg> --name <cluster> --overwrite-existing` (rotate cluster certificates with `az aks rotate-certs`)",
  k3s: "copy `/etc/rancher/k3s/k3s.yaml` again after k3s rotates its certificates (it does so on restart within 90 days of expiry)",
  generic: "kubeadm: `kubeadm certs check-expiration`, then `kubeadm certs renew admin.conf` (or `kubeadm kubeconfig user --client-name <name>` for a CI user) on a control-plane node, and copy the new kubeconfig into the CI secret"
};

// src/model/cert.ts
function certLabel(bundle, cert) {
  const role = bundle.role === "ca" ? "CA certificate" : cert.index === 0 ? "client certificate" : "intermediate certificate";
  const position = bundle.certs.length > 1 ? ` #${cert.index + 1} of ${bundle.certs.length}` : "";
  return `${role}${position} "${cert.subject}" in ${describeSource(bundle.source)}`;
}
function certEvidence(bundle, cert) {
  return {
    subject: cert.subject,
    issuer: cert.issuer,
    notBefore: cert.notBefore,
    notAfter: cert.notAfter,
    fingerprint: cert.fingerprint,
    keyType: cert.keyType,
    bundleIndex: cert.index,
    field: bundle.source.field,
    ...bundle.source.path ? { path: bundle.source.path } : {}
  };
}
function certLocation(bundle) {
  const { file, line } = bundle.source.origin;
  return { file, ...line ? { line } : {} };
}
function clientCertFix(t, fromExec) {
  if (fromExec) {
    return `The exec plugin \`${t.exec?.command ?? ""}\` issued this certificate: clear its cache and run it again, or update it.`;
  }
  const platform = platformOf(t);
  const csr = "For a certificate issued through the Kubernetes CSR API: create a new CertificateSigningRequest (`kubectl create -f csr.yaml`), `kubectl certificate approve <name>`, and embed the result with `kubectl config set-credentials <user> --client-certificate=<crt> --client-key=<key> --embed-certs`.";
  return `Issue a new client certificate and update the kubeconfig (and the CI secret holding it): ${REFRESH_KUBECONFIG[platform]}. ${csr}`;
}
function caFix(t) {
  return `Fetch the cluster's current CA: ${REFRESH_KUBECONFIG[platformOf(t)]}. If the cluster's CA itself is expiring, rotate it on the control plane first (kubeadm: https://kubernetes.io/docs/tasks/tls/manual-rotation-of-ca-certificates/).`;
}
function* eachCert(targets, bundlesOf) {
  for (const t of targets) {
    for (const bundle of bundlesOf(t)) {
      for (const cert of bundle.certs) yield { t, bundle, cert };
    }
  }
}

// src/checks/cert/ca-expired.ts
var ca_expired_default = defineCheck({
  id: "cert/ca-expired",
  title: "CA certificate in the kubeconfig has expired",
  severity: "error",
  description: 'A certificate in certificate-authority(-data) is past its notAfter date. If it is the only CA that can verify the server, TLS fails with "x509: certificate has expired or is not yet valid". In a bundle that still holds a valid CA (during a CA rotation) an expired one is only clutter, so that case is a warning naming the CA that remains valid.',
  remediation: "Replace the CA data with the cluster's current CA (re-fetch the kubeconfig: `aws eks update-kubeconfig`, `gcloud container clusters get-credentials`, `az aks get-credentials`; kubeadm: copy /etc/kubernetes/pki/ca.crt) and remove expired CAs from the bundle.",
  run({ targets, now, settings }) {
    const out = [];
    for (const t of targets) {
      for (const bundle of caBundles(t)) {
        const valid = bundle.certs.filter((c) => judgeExpiry(c, now, settings).state !== "expired");
        for (const cert of bundle.certs) {
          const verdict = judgeExpiry(cert, now, settings);
          if (verdict.state !== "expired") continue;
          const still = valid[0];
          out.push({
            message: `Context "${t.contextName}": the ${certLabel(bundle, cert)} ${verdict.phrase}.` + (still ? ` The bundle still holds a valid CA ("${still.subject}", until ${still.notAfter}), so TLS works if that CA signed the server certificate.` : " No valid CA remains, so TLS verification of the API server will fail."),
            severity: still ? "warning" : "error",
            remediation: caFix(t),
            context: t.contextName,
            evidence: { ...certEvidence(bundle, cert), validCAsLeft: valid.length },
            location: certLocation(bundle)
          });
        }
      }
    }
    return out;
  }
});

// src/checks/cert/ca-expiring.ts
var ca_expiring_default = defineCheck({
  id: "cert/ca-expiring",
  title: "CA certificate in the kubeconfig expires soon",
  severity: "warning",
  description: "A certificate in certificate-authority(-data) expires within `warn-within` (a warning) or within `min-validity` (an error, unless the bundle holds another CA valid beyond it). When the cluster CA expires, every client that trusts only it fails TLS verification, and client certificates it signed stop working too.",
  remediation: "Plan the CA rotation now: on kubeadm follow the manual CA rotation guide and distribute a bundle with both CAs; on managed clusters rotate credentials (AKS: `az aks rotate-certs`; GKE: `gcloud container clusters update --start-credential-rotation`) and re-fetch the kubeconfig.",
  run({ targets, now, settings }) {
    const out = [];
    for (const { t, bundle, cert } of eachCert(targets, caBundles)) {
      const verdict = judgeExpiry(cert, now, settings);
      if (verdict.state !== "expiring") continue;
      const outlasting = bundle.certs.some(
        (c) => c !== cert && Date.parse(c.notAfter) > Date.parse(cert.notAfter) && Date.parse(c.notBefore) <= now.getTime()
      );
      out.push({
        message: `Context "${t.contextName}": the ${certLabel(bundle, cert)} ${verdict.phrase}.` + (outlasting ? " Another CA in the bundle stays valid longer." : ""),
        severity: outlasting ? "warning" : verdict.severity ?? "warning",
        remediation: caFix(t),
        context: t.contextName,
        evidence: { ...certEvidence(bundle, cert), secondsLeft: verdict.secondsLeft ?? null },
        location: certLocation(bundle)
      });
    }
    return out;
  }
});

// src/checks/cert/client-expired.ts
var client_expired_default = defineCheck({
  id: "cert/client-expired",
  title: "Client certificate has expired",
  severity: "error",
  description: 'A client certificate (or an intermediate sent with it) is past its notAfter date. The TLS handshake still succeeds \u2014 the API server only requests client certificates \u2014 but the authenticator rejects it, so every request fails with 401 and kubectl says "You must be logged in to the server (Unauthorized)". Certificates from kubeadm expire after one year.',
  remediation: "Issue a new client certificate and update the kubeconfig or the CI secret that holds it (kubeadm: `kubeadm certs renew admin.conf` or `kubeadm kubeconfig user --client-name <name>`; AKS: `az aks get-credentials`; k3s: copy k3s.yaml again after the restart that rotated it).",
  run({ targets, now, settings }) {
    const out = [];
    for (const { t, bundle, cert } of eachCert(targets, clientCertBundles)) {
      const verdict = judgeExpiry(cert, now, settings);
      if (verdict.state !== "expired") continue;
      out.push({
        message: `Context "${t.contextName}": the ${certLabel(bundle, cert)} ${verdict.phrase}. The API server will answer 401 Unauthorized.`,
        remediation: clientCertFix(t, bundle.source.kind === "exec"),
        context: t.contextName,
        evidence: { ...certEvidence(bundle, cert), secondsLeft: verdict.secondsLeft ?? null },
        location: certLocation(bundle)
      });
    }
    return out;
  }
});

// src/checks/cert/client-expiring.ts
var client_expiring_default = defineCheck({
  id: "cert/client-expiring",
  title: "Client certificate expires soon",
  severity: "warning",
  description: "A client certificate (or an intermediate sent with it) expires within `warn-within` (a warning) or within `min-validity` (an error: the deploy could lose its credentials half way). Certificates returned by an exec plugin are left to the plugin: kubectl runs it again when its credential expires.",
  remediation: "Renew the certificate before it expires and update the kubeconfig or CI secret (kubeadm: `kubeadm certs check-expiration` then `kubeadm certs renew admin.conf`; AKS: `az aks rotate-certs`). Schedule kube-preflight on a cron to hear about it weeks ahead.",
  run({ targets, now, settings }) {
    const out = [];
    for (const { t, bundle, cert } of eachCert(targets, clientCertBundles)) {
      if (bundle.source.kind === "exec") continue;
      const verdict = judgeExpiry(cert, now, settings);
      if (verdict.state !== "expiring") continue;
      out.push({
        message: `Context "${t.contextName}": the ${certLabel(bundle, cert)} ${verdict.phrase}.`,
        ...verdict.severity ? { severity: verdict.severity } : {},
        remediation: clientCertFix(t, false),
        context: t.contextName,
        evidence: { ...certEvidence(bundle, cert), secondsLeft: verdict.secondsLeft ?? null },
        location: certLocation(bundle)
      });
    }
    return out;
  }
});

// src/checks/cert/client-not-yet-valid.ts
var client_not_yet_valid_default = defineCheck({
  id: "cert/client-not-yet-valid",
  title: "Client certificate is not valid yet",
  severity: "error",
  description: "A client certificate starts in the future by the runner clock. Either the runner clock is wrong (then tokens and TLS fail too), or the certificate was issued with a future start, e.g. by a CA whose clock is ahead. The API server rejects it with 401 until notBefore.",
  remediation: "Check the runner clock against a trusted source (`date -u`; on self-hosted runners make sure chrony/systemd-timesyncd is running: `timedatectl status`). If the clock is right, re-issue the certificate with a start time in the past (the CA clock may be ahead) and update the kubeconfig.",
  run({ targets, now, settings }) {
    const out = [];
    for (const { t, bundle, cert } of eachCert(targets, clientCertBundles)) {
      const verdict = judgeExpiry(cert, now, settings);
      if (verdict.state !== "not-yet-valid") continue;
      out.push({
        message: `Context "${t.contextName}": the ${certLabel(bundle, cert)} is ${verdict.phrase}; the runner clock reads ${now.toISOString()} \u2014 it may be wrong, or the certificate was issued with a future start.`,
        context: t.contextName,
        evidence: { ...certEvidence(bundle, cert), runnerClock: now.toISOString() },
        location: certLocation(bundle)
      });
    }
    return out;
  }
});

// src/checks/cluster/anonymous.ts
var anonymous_default = defineCheck({
  id: "cluster/anonymous",
  title: "Requests run as system:anonymous",
  severity: "error",
  description: 'The API server accepted the requests but treats them as system:anonymous: no credential reached it (the user entry has none, or a token with leading whitespace was read as empty). This is not a rejected credential (that is a 401): anonymous access is on, and almost every deploy action will be forbidden with `User "system:anonymous" cannot \u2026`.',
  remediation: "Give the kubeconfig user a credential (token, client certificate, exec plugin), and make sure the secret holding it is available to this workflow.",
  run(facts) {
    const out = [];
    for (const { t, live } of liveTargets(facts.targets)) {
      if (live.unauthorized || seenAs(live) !== ANONYMOUS) continue;
      const top = diagnoseTarget(t, facts)?.causes[0];
      out.push({
        message: `Context "${t.contextName}": the API server ${live.endpoint?.server ?? ""} sees these requests as ${ANONYMOUS} (sent: ${live.sent.join(", ") || "no credentials"}).${top ? ` Most likely: ${top.title}.` : ""}`,
        ...top ? { remediation: top.fix } : {},
        context: t.contextName,
        evidence: { username: ANONYMOUS, sent: live.sent, ...top ? { likelyCause: top.id } : {} }
      });
    }
    return out;
  }
});

// src/checks/cluster/clock-skew.ts
var SKEW_WARN_SECONDS = 60;
var SKEW_ERROR_SECONDS = 300;
var clock_skew_default = defineCheck({
  id: "cluster/clock-skew",
  title: "Runner's clock disagrees with the API server's",
  severity: "warning",
  description: 'The Date header of the API server\u2019s answers, compared with the runner\u2019s clock at the middle of each request, shows the two clocks apart by more than a minute. Expiry times computed on the runner are then wrong by as much; a token can be "valid" here and expired there, a fresh certificate "not yet valid", and EKS tokens (SigV4, 5-minute tolerance) fail past 5 minutes \u2014 it is an error then, when the context uses a bearer token.',
  remediation: "Fix the runner's time sync (NTP: `timedatectl set-ntp true`, chrony); on self-hosted runners in VMs check the hypervisor clock. If the server\u2019s clock is the wrong one, fix NTP on the control-plane nodes.",
  run(facts) {
    const out = [];
    for (const { t, live } of liveTargets(facts.targets)) {
      const clock = live.clock;
      if (!clock || Math.abs(clock.skewSeconds) - clock.uncertaintySeconds < SKEW_WARN_SECONDS)
        continue;
      const skew = clock.skewSeconds;
      const bearer = live.sent.includes("bearer-token");
      const error = Math.abs(skew) >= SKEW_ERROR_SECONDS && bearer;
      out.push({
        message: `Context "${t.contextName}": the API server's clock is ${formatDuration(Math.abs(skew))} ${skew > 0 ? "ahead of" : "behind"} the runner's (server Date ${clock.serverDate}, \xB1${clock.uncertaintySeconds}s).` + (error ? " Tokens are judged by the server\u2019s clock, so time-limited tokens fail past 5 minutes of skew." : ""),
        ...error ? { severity: "error" } : {},
        context: t.contextName,
        evidence: {
          skewSeconds: skew,
          uncertaintySeconds: clock.uncertaintySeconds,
          serverDate: clock.serverDate,
          runnerTime: facts.now.toISOString()
        }
      });
    }
    return out;
  }
});

// src/checks/cluster/forbidden.ts
var forbidden_default = defineCheck({
  id: "cluster/forbidden",
  title: "Identity may not even ask what it may do (403)",
  severity: "error",
  description: "The API server authenticated the request but answered 403 to the gate\u2019s own SelfSubjectReview or SelfSubjectAccessReview \u2014 which the default `system:basic-user` role grants to every authenticated user. The default bindings were changed, or an authorizer webhook denies everything for this identity; permissions cannot be verified, and the deploy will be forbidden too.",
  remediation: "Restore the default `system:basic-user` ClusterRoleBinding (`kubectl auth reconcile` of the bootstrap roles) or grant this identity the access it needs; on EKS, associate an access policy with its access entry.",
  run(facts) {
    const out = [];
    for (const { t, live } of liveTargets(facts.targets)) {
      const user = seenAs(live);
      if (live.unauthorized || user === ANONYMOUS) continue;
      const w = live.whoami;
      const whoamiForbidden = w && !w.ok && w.why === "forbidden" ? w.status : void 0;
      const review = live.access.find((a) => a.error && a.error.code === 403)?.error;
      const status = whoamiForbidden ?? review;
      if (!status) continue;
      const call = whoamiForbidden ? "SelfSubjectReview" : "SelfSubjectAccessReview";
      out.push({
        message: `Context "${t.contextName}": the API server answered 403 to a ${call} for "${user ?? "this identity"}"${"message" in status && status.message ? `: ${status.message}` : ""}.`,
        context: t.contextName,
        evidence: {
          call,
          status: status.code,
          username: user ?? null
        }
      });
    }
    return out;
  }
});

// src/checks/cluster/identity-mismatch.ts
var identity_mismatch_default2 = defineCheck({
  id: "cluster/identity-mismatch",
  title: "API server sees a different identity than expected",
  severity: "error",
  description: "The `expect-identity` input lists the username(s) the deploy must run as (globs: `*` matches anything). The username the API server reported (SelfSubjectReview) \u2014 or, on EKS, the IAM ARN it reports in the user\u2019s extra \u2014 matches none of them: the job picked up other credentials (an earlier step\u2019s kubeconfig, another role, a personal certificate), so the deploy would act \u2014 and be audited \u2014 as someone else.",
  remediation: "Make the job use the expected credentials (check the kubeconfig user, the assumed role or the service-account token), or correct `expect-identity`.",
  run(facts) {
    const expected2 = facts.settings.expectIdentity;
    if (expected2.length === 0) return [];
    const out = [];
    for (const { t, live } of liveTargets(facts.targets)) {
      const user = seenAs(live);
      const extra = live.whoami?.ok ? live.whoami.user.extra : {};
      const arns = [...extra.arn ?? [], ...extra.canonicalArn ?? []];
      if (user === void 0 || firstMatch(expected2, [user, ...arns])) continue;
      out.push({
        message: `Context "${t.contextName}": the API server sees "${user}", which matches none of expect-identity (${expected2.join(", ")}).`,
        context: t.contextName,
        evidence: { username: user, groups: groupsSeen(live), expected: expected2 }
      });
    }
    return out;
  }
});

// src/checks/cluster/permission-missing.ts
var permission_missing_default = defineCheck({
  id: "cluster/permission-missing",
  title: "A required permission is denied",
  severity: "error",
  description: "A line of the `require` input (what the deploy needs, in `kubectl auth can-i` form) was checked with a SelfSubjectAccessReview, which runs the cluster\u2019s whole authorizer chain (RBAC, and webhooks such as EKS access policies), and the answer was no. The deploy would fail with `Error from server (Forbidden)` at that step. SelfSubjectRulesReview is never used as proof: it is incomplete with webhook authorizers.",
  remediation: "Grant the identity the permission (a Role and RoleBinding in the namespace, or a ClusterRole and ClusterRoleBinding), or fix the `require` line if it asks for more than the deploy needs.",
  run(facts) {
    const out = [];
    for (const { t, live } of liveTargets(facts.targets)) {
      const user = seenAs(live);
      const groups = groupsSeen(live);
      for (const a of live.access) {
        if (a.allowed !== false || a.error || !a.attributes) continue;
        const said = [a.reason, a.evaluationError].filter(Boolean).join("; ");
        out.push({
          message: `Context "${t.contextName}": "${user ?? "this identity"}"${groups.length ? ` (groups ${groups.join(", ")})` : ""} may not ${describeAccess(a.attributes)} (require "${a.requirement.line}").` + (a.unknownResource ? " The server does not serve this resource type: a typo, or a CRD that is not installed." : "") + (said ? ` The authorizer said: ${said}.` : " No authorizer gave a reason (no rule matched)."),
          remediation: rbacFix(a.attributes, user),
          context: t.contextName,
          evidence: {
            require: a.requirement.line,
            verb: a.attributes.verb,
            resource: a.attributes.resource ?? a.attributes.nonResourceURL ?? null,
            group: a.attributes.group ?? null,
            namespace: a.attributes.namespace ?? null,
            name: a.attributes.name ?? null,
            username: user ?? null,
            groups,
            denied: a.denied === true,
            reason: a.reason ?? null
          }
        });
      }
    }
    return out;
  }
});

// src/checks/cluster/server-error.ts
var server_error_default = defineCheck({
  id: "cluster/server-error",
  title: "API server answers with errors",
  severity: "error",
  description: "The API server is reachable and accepted the credential, but answered the gate\u2019s requests with 5xx (its storage or an aggregated API is failing) or 429 (it is throttling). A deploy now would fail or hang half way.",
  remediation: "Check the control plane\u2019s health (`kubectl get --raw=/readyz?verbose`), its etcd, and API priority and fairness; retry the deploy once it is healthy.",
  run(facts) {
    const out = [];
    for (const { t, live } of liveTargets(facts.targets)) {
      const bad = live.calls.filter(
        (c) => c.status !== void 0 && (c.status >= 500 || c.status === 429)
      );
      if (bad.length === 0) continue;
      const codes = [...new Set(bad.map((c) => c.status))].join(", ");
      out.push({
        message: `Context "${t.contextName}": ${bad.length} of ${live.calls.length} requests to ${live.endpoint?.server ?? "the API server"} got ${codes} (${bad.map((c) => `${c.method} ${c.path}`).slice(0, 3).join("; ")}).`,
        context: t.contextName,
        evidence: { statuses: bad.map((c) => String(c.status)), paths: bad.map((c) => c.path) }
      });
    }
    return out;
  }
});

// src/checks/cluster/tls-hostname-mismatch.ts
var tls_hostname_mismatch_default = defineCheck({
  id: "cluster/tls-hostname-mismatch",
  title: "API server's certificate is for another name",
  severity: "error",
  description: 'The server certificate is trusted, but not issued for the host in the `server` URL (or for `tls-server-name` when set). Common after switching from an IP address to a DNS name, behind a load balancer, or through an SSH tunnel to localhost. kubectl says "x509: certificate is valid for A, not B".',
  remediation: "Use a name the certificate lists in `server`, or set `tls-server-name` to one of them (for a tunnel to localhost, `tls-server-name: kubernetes` usually works); or re-issue the serving certificate with the extra name (kubeadm: `apiServer.certSANs`).",
  run(facts) {
    const out = [];
    for (const { t, live } of liveTargets(facts.targets)) {
      const tr = live.transport;
      const f = tr && !tr.ok && tr.failure.kind === "tls" ? tr.failure : void 0;
      if (!f || f.problem !== "hostname-mismatch") continue;
      const top = diagnoseTarget(t, facts)?.causes[0];
      const names = f.altNames ?? [];
      out.push({
        message: `Context "${t.contextName}": the API server's certificate is not valid for "${f.checkedName ?? live.endpoint?.host}"; it names ${names.length ? names.join(", ") : "no alternative names"}.`,
        ...top ? { remediation: top.fix } : {},
        context: t.contextName,
        evidence: {
          checkedName: f.checkedName ?? null,
          certificateNames: names,
          serverCertSubject: f.presented?.[0]?.subject ?? null,
          tlsServerName: t.cluster?.value["tls-server-name"] ?? null
        }
      });
    }
    return out;
  }
});

// src/checks/cluster/tls-server-cert-expired.ts
var tls_server_cert_expired_default = defineCheck({
  id: "cluster/tls-server-cert-expired",
  title: "API server's certificate has expired or is not yet valid",
  severity: "error",
  description: `The server's certificate is outside its validity window at the runner's clock. Either the cluster's serving certificate really expired (kubeadm certificates last a year) or the runner's clock is wrong. kubectl says "x509: certificate has expired or is not yet valid".`,
  remediation: "Renew the API server certificate (kubeadm: `kubeadm certs renew apiserver` and restart the API server), or fix the runner's clock when the certificate is in fact valid.",
  run(facts) {
    const out = [];
    for (const { t, live } of liveTargets(facts.targets)) {
      const tr = live.transport;
      const f = tr && !tr.ok && tr.failure.kind === "tls" ? tr.failure : void 0;
      if (!f || f.problem !== "server-cert-expired") continue;
      const top = diagnoseTarget(t, facts)?.causes[0];
      const leaf = f.presented?.[0];
      out.push({
        message: `Context "${t.contextName}": ${top ? top.title : `the API server's certificate is outside its validity window (${f.detail})`}.`,
        ...top ? { remediation: top.fix } : {},
        context: t.contextName,
        evidence: {
          serverCertSubject: leaf?.subject ?? null,
          notBefore: leaf?.notBefore ?? null,
          notAfter: leaf?.notAfter ?? null,
          runnerTime: facts.now.toISOString(),
          ...f.code ? { code: f.code } : {}
        }
      });
    }
    return out;
  }
});

// src/checks/cluster/tls-untrusted.ts
var NEVER_INSECURE = "Fetch the kubeconfig again (or update certificate-authority-data to the current cluster CA). Never switch on insecure-skip-tls-verify to get past this: it would send your credentials to whoever answers.";
var tls_untrusted_default = defineCheck({
  id: "cluster/tls-untrusted",
  title: "API server's certificate is not trusted",
  severity: "error",
  description: `The server's certificate chain does not lead to the kubeconfig's certificate-authority (or, without one, to a public CA). The usual causes: a kubeconfig left stale after the cluster was re-created or its CA rotated, a TLS-inspecting proxy re-signing traffic, a missing certificate-authority-data, or a server URL that points at something else. kubectl says "x509: certificate signed by unknown authority". The chain shown is read in a second handshake that sends no credentials.`,
  remediation: NEVER_INSECURE,
  run(facts) {
    const out = [];
    for (const { t, live } of liveTargets(facts.targets)) {
      const tr = live.transport;
      if (!tr || tr.ok || tr.failure.kind !== "tls" || tr.failure.problem !== "untrusted") continue;
      const f = tr.failure;
      const top = diagnoseTarget(t, facts)?.causes[0];
      const leaf = f.presented?.[0];
      const root = f.presented?.[f.presented.length - 1];
      const ca = t.ca?.ok ? t.ca.value[0] : void 0;
      out.push({
        message: `Context "${t.contextName}": the API server ${live.endpoint?.server ?? ""} presented a certificate ${ca ? `that does not chain to the kubeconfig CA "${ca.subject}"` : "from a CA this runner does not trust (the kubeconfig has no certificate-authority)"} (${f.detail}).${top ? ` Most likely: ${top.title}.` : ""}`,
        ...top ? { remediation: `${top.fix} ${NEVER_INSECURE}` } : {},
        context: t.contextName,
        evidence: {
          ...f.code ? { code: f.code } : {},
          serverCertSubject: leaf?.subject ?? null,
          serverCertIssuer: leaf?.issuer ?? null,
          presentedRootFingerprint: root?.fingerprint ?? null,
          kubeconfigCaSubject: ca?.subject ?? null,
          kubeconfigCaFingerprint: ca?.fingerprint ?? null,
          anchoredInKubeconfigCa: f.anchoredInKubeconfigCa ?? null,
          ...live.endpoint?.proxy ? { proxy: live.endpoint.proxy.url } : {},
          ...top ? { likelyCause: top.id } : {}
        }
      });
    }
    return out;
  }
});

// src/checks/cluster/unauthorized.ts
var KIND = {
  "client-certificate": "client certificate",
  "bearer-token": "bearer token",
  "basic-auth": "username/password"
};
var unauthorized_default = defineCheck({
  id: "cluster/unauthorized",
  title: "API server rejects the credentials (401)",
  severity: "error",
  description: 'The API server answered 401 Unauthorized: it did not accept the credential this context sends (a bad credential is rejected outright, never downgraded to anonymous). kubectl says "error: You must be logged in to the server (Unauthorized)". The body of a 401 never says why, so the gate ranks the likely causes from the evidence: expiry at the server\u2019s clock, clock skew, issuer and CA, service-account state, recent changes to the kubeconfig \u2014 see the diagnosis in the summary.',
  remediation: "Follow the top-ranked cause in the diagnosis. In general: get a fresh credential for this cluster and make sure the step that writes the kubeconfig points at the right cluster and user.",
  run(facts) {
    const out = [];
    for (const { t, live } of liveTargets(facts.targets)) {
      if (!live.unauthorized) continue;
      const d = diagnoseTarget(t, facts);
      const top = d?.causes[0];
      const what = live.sent.map((s) => KIND[s] ?? s).join(" and ") || "request without credentials";
      out.push({
        message: `Context "${t.contextName}": the API server ${live.endpoint?.server ?? ""} answered 401 Unauthorized to the ${what}${live.bearerSource ? ` (token from ${live.bearerSource})` : ""}; kubectl will fail with "You must be logged in to the server (Unauthorized)".${top ? ` Most likely (${top.likelihood}): ${top.title}.` : ""}`,
        ...top ? { remediation: top.fix } : {},
        context: t.contextName,
        evidence: {
          status: live.unauthorized.code,
          sent: live.sent,
          ...live.bearerSource ? { bearerSource: live.bearerSource } : {},
          ...top ? { likelyCause: top.id, likelihood: top.likelihood } : {},
          otherCauses: (d?.causes ?? []).slice(1, 4).map((c) => c.id)
        }
      });
    }
    return out;
  }
});

// src/checks/cluster/unreachable.ts
var unreachable_default = defineCheck({
  id: "cluster/unreachable",
  title: "API server cannot be reached",
  severity: "error",
  description: 'No HTTP answer came back from the API server: its name does not resolve, the port refuses connections, packets are dropped (a private endpoint seen from a hosted runner, a firewall or an authorized-networks list), the connection is reset, a proxy refuses the tunnel, or the port does not speak TLS. kubectl says "Unable to connect to the server". evidence.reason is one of dns, refused, timeout, reset, proxy, no-route, protocol; evidence.phase says how far it got.',
  remediation: "Check the `server` URL, and that this runner has a network path to it (self-hosted runner in the cluster network for private endpoints; the runner in the endpoint allow-list for public ones).",
  run(facts) {
    const out = [];
    for (const { t, live } of liveTargets(facts.targets)) {
      const tr = live.transport;
      if (!tr || tr.ok || tr.failure.kind !== "unreachable") continue;
      const f = tr.failure;
      const top = diagnoseTarget(t, facts)?.causes[0];
      const ep = live.endpoint;
      out.push({
        message: `Context "${t.contextName}": cannot reach the API server ${ep?.server ?? ""} (${f.reason}: ${f.detail}).` + (top ? ` Most likely: ${top.title}.` : ""),
        ...top ? { remediation: top.fix } : {},
        context: t.contextName,
        evidence: {
          reason: f.reason,
          phase: f.phase,
          ...f.code ? { code: f.code } : {},
          server: ep?.server ?? null,
          addresses: ep?.addresses ?? [],
          addressClass: ep?.addressClass ?? "unknown",
          ...ep?.proxy ? { proxy: ep.proxy.url } : {},
          ...top ? { likelyCause: top.id } : {}
        }
      });
    }
    return out;
  }
});

// src/checks/cluster/version-skew.ts
var version_skew_default = defineCheck({
  id: "cluster/version-skew",
  title: "kubectl on the runner is too far from the server version",
  severity: "warning",
  description: "kubectl is supported within one minor version of the API server (older or newer). The kubectl on this runner\u2019s PATH is further away, so the deploy runs an untested combination: removed API versions, changed `apply` behaviour, exec-credential versions the server side no longer expects.",
  remediation: "Install a kubectl within one minor version of the server (`azure/setup-kubectl` with `version: v1.<server minor>.x`, or the cloud CLI\u2019s matching kubectl).",
  run(facts) {
    const out = [];
    for (const { t, live } of liveTargets(facts.targets)) {
      const k = live.kubectl;
      const v = live.version;
      if (!k?.minor || !v || k.major !== v.major) continue;
      const gap = k.minor - v.minor;
      if (Math.abs(gap) <= 1) continue;
      out.push({
        message: `Context "${t.contextName}": kubectl ${k.gitVersion} (${k.path}) is ${Math.abs(gap)} minor versions ${gap < 0 ? "older" : "newer"} than the API server ${v.gitVersion}; kubectl supports \xB11.`,
        remediation: `Install kubectl v1.${v.minor}.x (or v1.${v.minor - 1}/v1.${v.minor + 1}) on the runner, e.g. \`azure/setup-kubectl\` with \`version: v1.${v.minor}.0\`.`,
        context: t.contextName,
        evidence: {
          kubectl: k.gitVersion ?? null,
          kubectlPath: k.path,
          server: v.gitVersion,
          minorGap: gap
        }
      });
    }
    return out;
  }
});

// src/checks/cluster/whoami-unavailable.ts
var whoami_unavailable_default = defineCheck({
  id: "cluster/whoami-unavailable",
  title: "API server cannot say who we are",
  severity: "notice",
  description: "The SelfSubjectReview API (what `kubectl auth whoami` uses) answered 404 for v1, v1beta1 and v1alpha1: a cluster older than 1.28 (v1beta1 since 1.27, alpha-only in 1.26) or one with the API switched off, or it failed. The identity cannot be confirmed from the server; permissions are still checked. With `expect-identity` set this is a warning, since the identity then rests on what the credential claims.",
  remediation: "Upgrade the cluster to a supported Kubernetes version (1.28+ serves SelfSubjectReview v1), or enable the API (`--runtime-config=authentication.k8s.io/v1beta1=true` on 1.26\u20131.27).",
  run(facts) {
    const out = [];
    for (const { t, live } of liveTargets(facts.targets)) {
      const w = live.whoami;
      if (!w || w.ok || w.why !== "not-served" && w.why !== "failed") continue;
      const version = live.version?.gitVersion;
      out.push({
        message: w.why === "not-served" ? `Context "${t.contextName}": the API server${version ? ` (${version})` : ""} does not serve SelfSubjectReview, so it cannot confirm the identity; kubectl auth whoami fails there too.` : `Context "${t.contextName}": SelfSubjectReview failed with ${w.status?.code ?? "?"}${w.status?.message ? `: ${w.status.message}` : ""}.`,
        ...facts.settings.expectIdentity.length ? { severity: "warning" } : {},
        context: t.contextName,
        evidence: { why: w.why, status: w.status?.code ?? null, serverVersion: version ?? null }
      });
    }
    return out;
  }
});

// src/checks/eks/access-entry-no-permissions.ts
var POLICY = "arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy";
var access_entry_no_permissions_default = defineCheck({
  id: "eks/access-entry-no-permissions",
  title: "The access entry grants nothing",
  severity: "warning",
  description: "The principal\u2019s access entry has no associated access policy and no Kubernetes groups. It authenticates, but every request is then Forbidden (403) unless RBAC binds the entry\u2019s username itself, which is rare because the default username of a role contains the session name. An error when the live checks were denied.",
  remediation: "Associate an access policy (`aws eks associate-access-policy`), or give the entry Kubernetes groups that RBAC binds (`aws eks update-access-entry --kubernetes-groups \u2026`).",
  run({ targets }) {
    const out = [];
    for (const v of eksTargets(targets)) {
      const m = mappingOf(v);
      const entry = v.api.accessEntry?.ok ? v.api.accessEntry.value : void 0;
      const policies = v.api.accessPolicies;
      if (!m || m.source !== "access-entry" || !entry || !policies?.ok) continue;
      if (entry.type && entry.type !== "STANDARD") continue;
      if (policies.value.length > 0 || entry.kubernetesGroups.length > 0) continue;
      const denied = liveDenied(v.t.live);
      const custom = Boolean(entry.username && !entry.username.includes("{{SessionName}}"));
      if (custom && !denied) continue;
      const region2 = v.aws.region ? ` --region ${v.aws.region}` : "";
      out.push({
        message: `Context "${v.t.contextName}": the access entry of ${entry.principalArn} on EKS cluster "${v.api.clusterName}" has no access policy and no Kubernetes groups${m.username ? ` (username ${m.username})` : ""}: it can authenticate but is allowed nothing.${denied ? " The live checks were denied." : ""}`,
        ...denied ? { severity: "error" } : {},
        remediation: `\`aws eks associate-access-policy --cluster-name ${v.api.clusterName}${region2} --principal-arn ${entry.principalArn} --policy-arn ${POLICY} --access-scope type=namespace,namespaces=<ns>\` (or \`type=cluster\`), or \`aws eks update-access-entry --cluster-name ${v.api.clusterName}${region2} --principal-arn ${entry.principalArn} --kubernetes-groups <group bound by RBAC>\`.`,
        context: v.t.contextName,
        evidence: {
          principal: entry.principalArn,
          username: m.username ?? null,
          policies: 0,
          groups: 0,
          liveDenied: Boolean(denied)
        }
      });
    }
    return out;
  }
});

// src/model/aws/validator-policy.ts
var VALIDATOR_ACTIONS = {
  cluster: "eks:DescribeCluster",
  updates: "eks:ListUpdates, eks:DescribeUpdate",
  accessEntry: "eks:ListAccessEntries, eks:DescribeAccessEntry",
  accessPolicies: "eks:ListAssociatedAccessPolicies",
  authenticatorLog: "logs:FilterLogEvents"
};
var CALL_PURPOSE = {
  cluster: "the cluster\u2019s status, endpoint, CA and authentication mode",
  updates: "recent cluster updates",
  accessEntry: "the principal\u2019s access entry",
  accessPolicies: "the access entry\u2019s policies",
  authenticatorLog: "the authenticator\u2019s own log"
};
function validatorPolicy(s = {}) {
  const [p, r, a, c] = [s.partition ?? "aws", s.region ?? "*", s.account ?? "*", s.cluster ?? "*"];
  return {
    Version: "2012-10-17",
    Statement: [
      {
        Effect: "Allow",
        Action: [
          "eks:DescribeCluster",
          "eks:ListUpdates",
          "eks:DescribeUpdate",
          "eks:ListAccessEntries"
        ],
        Resource: `arn:${p}:eks:${r}:${a}:cluster/${c}`
      },
      {
        Effect: "Allow",
        Action: ["eks:DescribeAccessEntry", "eks:ListAssociatedAccessPolicies"],
        Resource: `arn:${p}:eks:${r}:${a}:access-entry/${c}/*`
      },
      {
        Effect: "Allow",
        Action: "logs:FilterLogEvents",
        Resource: `arn:${p}:logs:${r}:${a}:log-group:/aws/eks/${c}/cluster:*`
      }
    ]
  };
}
var DENIED = /^(AccessDenied|AccessDeniedException|UnauthorizedOperation|UnauthorizedException)$/;
function deniedCalls(api) {
  return Object.keys(VALIDATOR_ACTIONS).filter((k) => {
    const a = api[k];
    return a && !a.ok && DENIED.test(a.code);
  });
}
var SETTLED = /^(ResourceNotFoundException|InvalidRequestException)$/;
function unansweredCalls(api) {
  return Object.keys(VALIDATOR_ACTIONS).flatMap((key) => {
    const a = api[key];
    if (!a || a.ok || DENIED.test(a.code) || SETTLED.test(a.code)) return [];
    return [
      { key, code: a.code, message: a.message, ...a.attempts ? { attempts: a.attempts } : {} }
    ];
  });
}

// src/checks/eks/api-unavailable.ts
var THROTTLED = /Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/;
var api_unavailable_default = defineCheck({
  id: "eks/api-unavailable",
  title: "The EKS API gave no answer: checks inconclusive",
  severity: "warning",
  description: "A read-only call of the gate to EKS or CloudWatch Logs failed for a reason other than IAM: the service throttled it even after the SDK\u2019s retries with backoff, answered 5xx, timed out, or the network refused it. The checks that need that answer did not run. kubectl does not need these calls, so the deploy itself may still work.",
  remediation: "Re-run the job. If throttling persists, other automation in the account is polling the EKS API (shared per-account request limits). If the calls time out or are refused, the runner cannot reach `eks.<region>.amazonaws.com` (proxy, firewall, or a VPC without the `com.amazonaws.<region>.eks` endpoint); a longer `timeout` helps only a slow network.",
  run({ targets }) {
    const out = [];
    for (const { t, api } of eksTargets(targets)) {
      const failed = unansweredCalls(api);
      if (failed.length === 0) continue;
      const said = failed.map(
        (f) => `${VALIDATOR_ACTIONS[f.key]}: ${f.code}${f.attempts ? ` after ${f.attempts} attempts` : ""}`
      );
      const throttled = failed.every((f) => THROTTLED.test(f.code));
      out.push({
        message: `Context "${t.contextName}": ${throttled ? "EKS throttled" : "no answer to"} ${said.join("; ")}; unchecked: ${failed.map((f) => CALL_PURPOSE[f.key]).join("; ")}.`,
        context: t.contextName,
        evidence: {
          cluster: api.clusterName,
          calls: failed.map((f) => VALIDATOR_ACTIONS[f.key]),
          errors: failed.map((f) => `${f.code}: ${f.message}`)
        }
      });
    }
    return out;
  }
});

// src/checks/eks/auth-mode-ignores-configmap.ts
var auth_mode_ignores_configmap_default = defineCheck({
  id: "eks/auth-mode-ignores-configmap",
  title: "The principal is mapped only in aws-auth, which this cluster ignores",
  severity: "error",
  description: "The cluster\u2019s authentication mode is API: the authenticator reads only access entries and ignores the aws-auth ConfigMap. The principal has an aws-auth entry but no access entry, so it is not admitted (401). Typical after switching a cluster from API_AND_CONFIG_MAP to API without migrating every aws-auth entry. The switch cannot be undone.",
  remediation: "Create the access entry the aws-auth entry stood for: `aws eks create-access-entry` with the same username and groups, then `associate-access-policy` or RBAC for those groups.",
  run({ targets }) {
    const out = [];
    for (const v of eksTargets(targets)) {
      const m = mappingOf(v);
      const seen = principalSeen(v.aws);
      if (!m || m.reason !== "aws-auth-ignored" || !seen) continue;
      const a = m.awsAuth;
      const kept = (a?.groups ?? []).filter((g) => !g.startsWith("system:"));
      const masters = a?.groups.includes("system:masters");
      const groups = kept.length ? ` --kubernetes-groups ${kept.join(" ")}` : "";
      const template = a?.entry?.username ?? a?.username;
      const region2 = v.aws.region ? ` --region ${v.aws.region}` : "";
      const since = v.api.updates?.ok ? v.api.updates.value.find(
        (u) => u.params.some((p) => p.type === "AuthenticationMode" && p.value === "API")
      ) : void 0;
      out.push({
        message: `Context "${v.t.contextName}": EKS cluster "${v.api.clusterName}" is in API authentication mode, which ignores aws-auth; ${seen.canonical} is mapped only there${a ? ` (${a.source}, username ${a.username})` : ""}.` + (since?.createdAt ? ` The mode was changed at ${since.createdAt} (update ${since.id}).` : ""),
        remediation: (a ? `\`aws eks create-access-entry --cluster-name ${v.api.clusterName}${region2} --principal-arn ${seen.canonical}${groups}${template && !customUsernameProblem(template) ? ` --username '${template}'` : ""}\`` + (masters ? `, then \`aws eks associate-access-policy --cluster-name ${v.api.clusterName}${region2} --principal-arn ${seen.canonical} --policy-arn arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy --access-scope type=cluster\` (it was in system:masters).
` : ", then grant it as below if its groups have no RBAC.\n") : "") + mappingFix({
          cluster: v.api.clusterName,
          ...v.aws.region ? { region: v.aws.region } : {},
          principal: seen.canonical,
          mode: "API"
        }),
        context: v.t.contextName,
        evidence: {
          principal: seen.canonical,
          awsAuthUsername: a?.username ?? null,
          awsAuthGroups: a?.groups ?? [],
          modeChangedAt: since?.createdAt ?? null
        }
      });
    }
    return out;
  }
});

// src/model/aws/aws-auth-check.ts
function awsAuthLintFindings(facts, kinds) {
  const out = [];
  for (const t of facts.targets) {
    const auth = awsAuthOf(t);
    if (!auth) continue;
    const principal = callerPrincipal(t.aws)?.toLowerCase();
    for (const l of auth.lints.filter((x) => kinds.includes(x.kind))) {
      const mine = Boolean(principal && l.fixedArn?.toLowerCase() === principal);
      out.push({
        message: `Context "${t.contextName}": kube-system/aws-auth ${auth.line(l)}: ${l.detail}.` + (mine ? " This is the entry meant for this runner, so it is not mapped." : ""),
        ...mine ? { severity: "error" } : {},
        ...l.fixedArn ? {
          remediation: `Write the entry's ARN as \`${l.fixedArn}\` (\`kubectl edit configmap aws-auth -n kube-system\`).`
        } : {},
        context: t.contextName,
        evidence: {
          key: l.key ?? null,
          line: l.line ?? null,
          arn: l.entry?.arn ?? null,
          fixedArn: l.fixedArn ?? null,
          matchesCaller: mine
        }
      });
    }
  }
  return out;
}

// src/checks/eks/aws-auth-invalid.ts
var aws_auth_invalid_default = defineCheck({
  id: "eks/aws-auth-invalid",
  title: "aws-auth has entries EKS drops",
  severity: "warning",
  description: "Part of the aws-auth ConfigMap is unusable: `mapRoles`/`mapUsers`/`mapAccounts` YAML that does not parse, entries without `rolearn`/`userarn`, fields of the wrong type, unknown template variables, or reserved usernames. The authenticator drops such entries (and an unparseable key as a whole) and keeps the rest, so the identities they were meant for get 401.",
  remediation: "Fix the entry (`kubectl edit configmap aws-auth -n kube-system`, or `eksctl create iamidentitymapping`), or move the mapping to an EKS access entry.",
  run: (facts) => awsAuthLintFindings(facts, [
    "invalid-yaml",
    "invalid-entry",
    "bad-template",
    "username-reserved"
  ])
});

// src/checks/eks/aws-auth-role-path.ts
var aws_auth_role_path_default = defineCheck({
  id: "eks/aws-auth-role-path",
  title: "aws-auth maps a role ARN with a path",
  severity: "warning",
  description: "A `mapRoles` entry names a role ARN with a path (`role/team/deploy`). EKS canonicalises the caller\u2019s assumed-role ARN to `role/deploy` \u2014 STS never reports the path \u2014 so the entry never matches and the role gets 401. An error when it is the entry meant for this runner\u2019s role.",
  remediation: "Drop the path from `rolearn` (`arn:aws:iam::<account>:role/<name>`), or map the role with an EKS access entry, whose principal ARN may keep the path.",
  run: (facts) => awsAuthLintFindings(facts, ["role-path"])
});

// src/checks/eks/aws-auth-sso-path.ts
var aws_auth_sso_path_default = defineCheck({
  id: "eks/aws-auth-sso-path",
  title: "aws-auth maps an SSO role with its path",
  severity: "warning",
  description: "A `mapRoles` entry names an IAM Identity Center role with its `aws-reserved/sso.amazonaws.com/<region>/` path. EKS matches the role without the path, so the entry never matches. An error when it is the entry meant for this runner\u2019s role.",
  remediation: "Write the SSO role ARN without the path: `arn:aws:iam::<account>:role/AWSReservedSSO_<set>_<id>`.",
  run: (facts) => awsAuthLintFindings(facts, ["sso-path"])
});

// src/checks/eks/aws-auth-sts-arn.ts
var aws_auth_sts_arn_default = defineCheck({
  id: "eks/aws-auth-sts-arn",
  title: "aws-auth maps an STS session ARN",
  severity: "warning",
  description: "A `mapRoles` entry names an STS assumed-role session ARN (`arn:aws:sts::<account>:assumed-role/<role>/<session>`), often pasted from `aws sts get-caller-identity`. EKS matches the role ARN (`arn:aws:iam::<account>:role/<role>`), so the entry never matches. An error when it is the entry meant for this runner\u2019s role.",
  remediation: "Use the IAM role ARN instead of the session ARN.",
  run: (facts) => awsAuthLintFindings(facts, ["sts-arn"])
});

// src/checks/eks/aws-auth-unreadable.ts
var aws_auth_unreadable_default = defineCheck({
  id: "eks/aws-auth-unreadable",
  title: "aws-auth could not be read: mapping check inconclusive",
  severity: "notice",
  description: "The identity may not read `kube-system/aws-auth`, so whether the IAM principal is mapped there cannot be checked from here (clusters in `API` authentication mode ignore aws-auth anyway; access entries are checked through the EKS API).",
  remediation: "Run the gate with an identity that may `get` that ConfigMap, or grant it: `kubectl create role aws-auth-reader -n kube-system --verb=get --resource=configmaps --resource-name=aws-auth` and a RoleBinding to the gate\u2019s identity.",
  run({ targets }) {
    const out = [];
    for (const { t } of awsTargets(targets)) {
      const read = t.live?.awsAuth;
      if (read?.status !== "unreadable") continue;
      out.push({
        message: `Context "${t.contextName}": reading kube-system/aws-auth got ${read.code}${read.message ? ` (${read.message})` : ""}; whether the principal is mapped there is unknown.`,
        context: t.contextName,
        evidence: { status: read.code }
      });
    }
    return out;
  }
});

// src/model/kubeconfig-rules.ts
function at(origin, line = origin.line) {
  return line ? `${origin.file}:${line}` : origin.file;
}
function fieldLine(entry, field2) {
  return (field2 ? entry.fieldLines[field2] : void 0) ?? entry.origin.line;
}
function fieldAt(entry, field2) {
  return at(entry.origin, fieldLine(entry, field2));
}
function fieldLocation(entry, field2) {
  const line = fieldLine(entry, field2);
  return { file: entry.origin.file, ...line ? { line } : {} };
}
function isSet(value) {
  return typeof value === "string" && value !== "";
}
function duplicateNames(file) {
  const out = [];
  for (const [kind, list] of [
    ["cluster", file.clusters],
    ["user", file.users],
    ["context", file.contexts]
  ]) {
    const lines = /* @__PURE__ */ new Map();
    for (const e of list) lines.set(e.name, [...lines.get(e.name) ?? [], e.origin.line ?? 0]);
    for (const [name, l] of lines) if (l.length > 1) out.push({ kind, name, lines: l });
  }
  return out;
}
function unloadableFile(kc) {
  return kc.files.find(
    (f) => f.status === "unreadable" || f.status === "invalid" && duplicateNames(f).length === 0
  );
}
function authMethods(user) {
  const methods = [];
  if (isSet(user.token)) methods.push("token");
  if (isSet(user.tokenFile)) methods.push("tokenFile");
  if (isSet(user.username) || isSet(user.password)) methods.push("basicAuth");
  if (isSet(user["client-certificate"]) || isSet(user["client-certificate-data"])) {
    methods.push("clientCert");
  }
  if (user.exec) methods.push(`exec (${user.exec.command || "no command"})`);
  if (user["auth-provider"]) methods.push(`auth-provider (${user["auth-provider"].name ?? ""})`);
  return methods;
}
function describeAuth(user) {
  const methods = authMethods(user);
  return methods.length > 0 ? methods.join(" + ") : "no credentials";
}
function withoutUserInfo(url) {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/i, "$1***@");
}
function nameList(names) {
  const list = [...names].map((n) => `"${n}"`);
  return list.length > 0 ? list.join(", ") : "none";
}

// src/checks/eks/ca-mismatch.ts
var ca_mismatch_default = defineCheck({
  id: "eks/ca-mismatch",
  title: "kubeconfig CA is not the EKS cluster\u2019s CA",
  severity: "error",
  description: "The certificate-authority-data in the kubeconfig is not the CA DescribeCluster gives. This is the kubeconfig left behind when a cluster of the same name was deleted and re-created: every connection then fails with `x509: certificate signed by unknown authority`.",
  remediation: "Regenerate the entry: `aws eks update-kubeconfig --name <cluster> --region <region>` (or update the secret that holds the kubeconfig).",
  run({ targets }) {
    const out = [];
    for (const { t, aws, cluster: cluster2 } of eksTargets(targets)) {
      const eks = cluster2?.ca?.ok ? cluster2.ca : void 0;
      const mine = t.ca?.ok ? t.ca.value : void 0;
      if (!eks || !mine?.length) continue;
      const ours = new Set(mine.map((c) => c.fingerprint));
      if (eks.fingerprints.some((f) => ours.has(f))) continue;
      const created = cluster2?.createdAt ? ` The cluster was created ${cluster2.createdAt}.` : "";
      out.push({
        message: `Context "${t.contextName}": the kubeconfig CA (${mine[0]?.subject}, SHA-256 ${mine[0]?.fingerprint}) is not the CA of EKS cluster "${cluster2?.name}" (${eks.subjects[0]}, SHA-256 ${eks.fingerprints[0]}).${created}`,
        remediation: `\`aws eks update-kubeconfig --name ${cluster2?.name} --region ${aws.region}\`, then update wherever this kubeconfig is stored (e.g. the KUBECONFIG secret).`,
        context: t.contextName,
        evidence: {
          cluster: cluster2?.name ?? null,
          kubeconfigCa: mine.map((c) => c.fingerprint),
          eksCa: eks.fingerprints,
          clusterCreatedAt: cluster2?.createdAt ?? null
        },
        ...t.cluster ? { location: fieldLocation(t.cluster, "certificate-authority-data") } : {}
      });
    }
    return out;
  }
});

// src/checks/eks/cluster-not-active.ts
var WHY = {
  CREATING: "it is still being created; its endpoint does not answer yet",
  DELETING: "it is being deleted",
  FAILED: "its creation failed",
  UPDATING: "an update is in progress; the API server may restart or refuse requests meanwhile",
  PENDING: "it is pending (EKS Anywhere or Outposts) and not serving yet"
};
var cluster_not_active_default = defineCheck({
  id: "eks/cluster-not-active",
  title: "EKS cluster is not ACTIVE",
  severity: "error",
  description: "DescribeCluster reports a status other than ACTIVE. A cluster being created, deleted or that failed cannot take a deploy; one being updated (a version upgrade, an endpoint or authentication-mode change) may refuse or drop requests until the update ends.",
  remediation: "Wait for the cluster to become ACTIVE (`aws eks wait cluster-active --name <cluster>`) before the deploy step, or fix the failed cluster.",
  run({ targets }) {
    const out = [];
    for (const { t, cluster: cluster2 } of eksTargets(targets)) {
      if (!cluster2 || cluster2.status === "ACTIVE") continue;
      const why2 = WHY[cluster2.status] ?? "it is not serving normally";
      out.push({
        message: `Context "${t.contextName}": EKS cluster "${cluster2.name}" is ${cluster2.status}: ${why2}.`,
        ...cluster2.status === "UPDATING" ? { severity: "warning" } : {},
        remediation: `\`aws eks wait cluster-active --name ${cluster2.name}\` before deploying${cluster2.status === "FAILED" ? "; a FAILED cluster must be fixed or re-created" : ""}.`,
        context: t.contextName,
        evidence: { cluster: cluster2.name, status: cluster2.status }
      });
    }
    return out;
  }
});

// src/checks/eks/cluster-not-found.ts
var cluster_not_found_default = defineCheck({
  id: "eks/cluster-not-found",
  title: "EKS cluster not found in this account and region",
  severity: "error",
  description: "DescribeCluster answered ResourceNotFoundException: the AWS account the runner\u2019s credentials belong to has no cluster of that name in the region asked. Usually the region is wrong (`--region` missing from the exec plugin, another `AWS_REGION`), the credentials belong to another account, or the cluster was deleted. Tokens are still issued (they are presigned STS URLs), so kubectl only says Unauthorized.",
  remediation: "List the clusters the credentials can see: `aws eks list-clusters --region <region>`; then fix the region (`aws eks update-kubeconfig --name <cluster> --region <region>`) or the credentials.",
  run({ targets }) {
    const out = [];
    for (const { t, aws, api } of eksTargets(targets)) {
      if (api.cluster.ok || api.cluster.code !== "ResourceNotFoundException") continue;
      const account = aws.caller?.ok ? aws.caller.account : void 0;
      const where = `region ${aws.region}${account ? ` of account ${account}` : ""}`;
      out.push({
        message: `Context "${t.contextName}": EKS has no cluster "${api.clusterName}" in ${where} (region from ${aws.regionFrom}).`,
        remediation: `Check the name and region: \`aws eks list-clusters --region ${aws.region}\`; then \`aws eks update-kubeconfig --name <cluster> --region <region>\`.`,
        context: t.contextName,
        evidence: {
          cluster: api.clusterName,
          region: aws.region ?? null,
          regionFrom: aws.regionFrom ?? null,
          account: account ?? null
        }
      });
    }
    return out;
  }
});

// src/checks/eks/endpoint-mismatch.ts
var endpoint_mismatch_default = defineCheck({
  id: "eks/endpoint-mismatch",
  title: "kubeconfig server is not the EKS cluster\u2019s endpoint",
  severity: "error",
  description: "The kubeconfig\u2019s server differs from the endpoint DescribeCluster gives for the cluster the token is made for. Either the kubeconfig is stale (the cluster was re-created and got a new endpoint) or the context mixes two clusters: the token then names a cluster the server is not, and the server answers Unauthorized.",
  remediation: "Regenerate the entry: `aws eks update-kubeconfig --name <cluster> --region <region>`.",
  run({ targets }) {
    const out = [];
    for (const { t, aws, cluster: cluster2 } of eksTargets(targets)) {
      const server = t.cluster?.value.server;
      if (!cluster2?.endpoint || !server) continue;
      if (normalEndpoint(cluster2.endpoint) === normalEndpoint(server)) continue;
      out.push({
        message: `Context "${t.contextName}": the kubeconfig server ${server} is not the endpoint of EKS cluster "${cluster2.name}" (${cluster2.endpoint}).`,
        remediation: `\`aws eks update-kubeconfig --name ${cluster2.name} --region ${aws.region}\` (or point the context at the cluster whose endpoint this is).`,
        context: t.contextName,
        evidence: {
          cluster: cluster2.name,
          kubeconfigServer: server,
          eksEndpoint: cluster2.endpoint
        },
        ...t.cluster ? { location: fieldLocation(t.cluster, "server") } : {}
      });
    }
    return out;
  }
});

// src/checks/eks/endpoint-private.ts
var endpoint_private_default = defineCheck({
  id: "eks/endpoint-private",
  title: "EKS endpoint is not reachable from this runner\u2019s network",
  severity: "error",
  description: "DescribeCluster says the API server endpoint has public access off (private only), or public access limited to a few CIDR blocks. GitHub-hosted runners come from GitHub\u2019s address ranges on the internet, so they cannot reach a private endpoint and are rarely inside an allow-list; the connection just times out. A warning when the runner is self-hosted (it must be in, or routed to, the cluster\u2019s VPC) and nothing showed it failing.",
  remediation: "Run the job on a self-hosted runner inside the VPC (or one peered with it), or enable public access for the runner\u2019s addresses: `aws eks update-cluster-config --name <cluster> --resources-vpc-config endpointPublicAccess=true,publicAccessCidrs=<cidrs>`.",
  run({ targets, runner }) {
    const out = [];
    for (const { t, cluster: cluster2 } of eksTargets(targets)) {
      if (!cluster2 || cluster2.endpointPublicAccess === void 0) continue;
      const limited = publicAccessLimitedTo(cluster2);
      const cidrs = cluster2.publicAccessCidrs ?? [];
      if (cluster2.endpointPublicAccess && !limited || t.live?.transport?.ok) continue;
      const failed = t.live?.transport?.ok === false;
      const hosted = runner.environment === "github-hosted";
      const what = limited ? `public access only from ${limited.join(", ")}` : "private access only (public access off)";
      const runnerSays = hosted ? "this is a GitHub-hosted runner, outside the VPC" : runner.environment === "self-hosted" ? "this self-hosted runner must be inside, or routed to, the cluster\u2019s VPC" : "the runner must be inside, or routed to, the cluster\u2019s VPC";
      out.push({
        message: `Context "${t.contextName}": EKS cluster "${cluster2.name}" has ${what}; ${runnerSays}.` + (failed ? " The connection from here failed." : ""),
        ...hosted || failed ? {} : { severity: "warning" },
        context: t.contextName,
        evidence: {
          cluster: cluster2.name,
          endpointPublicAccess: cluster2.endpointPublicAccess,
          endpointPrivateAccess: cluster2.endpointPrivateAccess ?? null,
          publicAccessCidrs: cidrs,
          runner: runner.environment ?? null,
          connectionFailed: failed
        }
      });
    }
    return out;
  }
});

// src/checks/eks/exec-identity-differs.ts
var exec_identity_differs_default = defineCheck({
  id: "eks/exec-identity-differs",
  title: "The cluster sees another IAM identity than the runner\u2019s",
  severity: "notice",
  description: "The token kubectl sends (from the exec plugin, or a static token) belongs to another IAM principal than the runner\u2019s own credentials: the exec plugin assumes `--role-arn`, uses another `--profile`, or the static token was made elsewhere. That is often intended, but the mapping that matters is the token\u2019s principal, not the one `aws sts get-caller-identity` prints in the job.",
  remediation: "Map the principal the cluster sees (shown here), or drop `--role-arn` / `--profile` from the exec arguments if the runner\u2019s own role is the one that should deploy.",
  run({ targets }) {
    const out = [];
    for (const { t, aws } of awsTargets(targets)) {
      const seen = aws.token?.replay.ok ? principalSeen(aws)?.canonical : void 0;
      const runner = callerPrincipal(aws);
      if (!seen || !runner || seen.toLowerCase() === runner.toLowerCase()) continue;
      const why2 = aws.eks.roleArn ? ` (the exec plugin assumes ${aws.eks.roleArn})` : aws.eks.profile ? ` (the exec plugin uses profile "${aws.eks.profile}")` : aws.token?.from === "static" ? " (a static token in the kubeconfig)" : "";
      out.push({
        message: `Context "${t.contextName}": the cluster will see ${seen}${why2}, not the runner's ${runner}.`,
        context: t.contextName,
        evidence: {
          clusterSees: seen,
          runner,
          roleArn: aws.eks.roleArn ?? null,
          profile: aws.eks.profile ?? null,
          token: aws.token?.from ?? null
        }
      });
    }
    return out;
  }
});

// src/checks/eks/principal-not-mapped.ts
var principal_not_mapped_default = defineCheck({
  id: "eks/principal-not-mapped",
  title: "The IAM principal is mapped to no Kubernetes identity",
  severity: "error",
  description: "AWS authenticates the principal, but the cluster admits IAM principals only through an access entry (authentication modes API and API_AND_CONFIG_MAP) or the aws-auth ConfigMap (modes CONFIG_MAP and API_AND_CONFIG_MAP), and neither maps this one. The authenticator logs `ARN is not mapped` (newer releases: `identity is not mapped`) and kubectl prints `You must be logged in to the server (Unauthorized)`. Checked only when it can be settled: the access-entry lookup succeeded and aws-auth was read (or does not apply).",
  remediation: "Create an access entry for the principal (`aws eks create-access-entry` + `associate-access-policy`), or map it in aws-auth with its ARN written without a path.",
  run({ targets, settings }) {
    const out = [];
    const namespaces = [
      ...new Set(settings.requirements.flatMap((r) => r.namespace ? [r.namespace] : []))
    ];
    for (const v of eksTargets(targets)) {
      const m = mappingOf(v);
      const seen = principalSeen(v.aws);
      if (!m || m.source !== "none" || m.reason === "aws-auth-ignored" || !seen) continue;
      const live = v.t.live;
      if (live && !live.skipped && live.transport?.ok && !live.unauthorized) continue;
      const rejected = Boolean(v.t.live?.unauthorized);
      const log = v.api.authenticatorLog?.ok ? v.api.authenticatorLog.value.lines[0] : void 0;
      out.push({
        message: `Context "${v.t.contextName}": ${seen.canonical} is mapped by nothing on EKS cluster "${v.api.clusterName}": ${m.detail}.` + (rejected ? " The API server answered 401 Unauthorized." : "") + (log ? ` The authenticator logged at ${log.at}: ${log.message}` : ""),
        remediation: mappingFix({
          cluster: v.api.clusterName,
          ...v.aws.region ? { region: v.aws.region } : {},
          principal: seen.canonical,
          ...authModeOf(v) ? { mode: authModeOf(v) } : {},
          namespaces
        }),
        context: v.t.contextName,
        evidence: {
          principal: seen.canonical,
          arn: seen.arn,
          authenticationMode: authModeOf(v) ?? null,
          reason: m.reason,
          ignored: m.ignored ?? null,
          unauthorized: rejected,
          authenticatorLog: log ? `${log.at} ${log.message}` : null
        }
      });
    }
    return out;
  }
});

// src/checks/eks/region-mismatch.ts
var region_mismatch_default = defineCheck({
  id: "eks/region-mismatch",
  title: "The kubeconfig and the environment name different AWS regions",
  severity: "warning",
  description: "The region in the server hostname, the context\u2019s cluster ARN, the exec plugin\u2019s `--region` (or its AWS_REGION) and the region the gate used do not all agree. EKS API calls in the wrong region answer ResourceNotFoundException, and an exec plugin signing against another region\u2019s STS fails when that region is not enabled for the account. An error when the cluster was then not found.",
  remediation: "Use one region everywhere: `aws eks update-kubeconfig --name <cluster> --region <region>` writes it into the exec arguments, and set `aws-region` (or AWS_REGION) to the same.",
  run({ targets }) {
    const out = [];
    for (const { t, aws } of awsTargets(targets)) {
      const sources = [...aws.eks.regionSources ?? []];
      if (aws.region && (aws.regionFrom === "input" || aws.regionFrom === "environment"))
        sources.push({
          from: aws.regionFrom === "input" ? "aws-region input" : "AWS_REGION",
          region: aws.region
        });
      const regions = [...new Set(sources.map((s) => s.region))];
      if (regions.length < 2) continue;
      const cluster2 = aws.eksApi?.cluster;
      const notFound2 = cluster2 && !cluster2.ok && cluster2.code === "ResourceNotFoundException";
      const truth = sources.find(
        (s) => s.from === "server host" || s.from === "context ARN"
      )?.region;
      const said = sources.map((s) => `${s.from}: ${s.region}`).join(", ");
      out.push({
        message: `Context "${t.contextName}": regions disagree (${said}).` + (notFound2 ? ` The EKS API was asked in ${aws.region} and found no cluster there.` : ""),
        ...notFound2 ? { severity: "error" } : {},
        ...truth ? {
          remediation: `The cluster lives in ${truth}: \`aws eks update-kubeconfig --name ${aws.eks.clusterName ?? "<cluster>"} --region ${truth}\`, and set \`aws-region: ${truth}\`.`
        } : {},
        context: t.contextName,
        evidence: { regions, sources: sources.map((s) => `${s.from}=${s.region}`) }
      });
    }
    return out;
  }
});

// src/checks/eks/token-cluster-mismatch.ts
var token_cluster_mismatch_default = defineCheck({
  id: "eks/token-cluster-mismatch",
  title: "The EKS token is made for another cluster",
  severity: "error",
  description: "An EKS token signs the cluster name as the `x-k8s-aws-id` header, and the cluster\u2019s authenticator replays it with its own name: a token made for another cluster fails STS\u2019s signature check and the server answers Unauthorized. The gate replays the token for the cluster the context points at (the `eks-cluster` input, or the cluster ARN the context is named after) and, when that fails, for the name in the exec arguments. Usually a copied kubeconfig entry with a stale `--cluster-name`.",
  remediation: "Make the exec plugin\u2019s `--cluster-name` (aws-iam-authenticator: `-i`) the cluster\u2019s name, or regenerate the entry: `aws eks update-kubeconfig --name <cluster> --region <region>`.",
  run({ targets }) {
    const out = [];
    for (const { t, aws } of awsTargets(targets)) {
      const token = aws.token;
      const named3 = aws.eks.execCluster;
      const expected2 = token?.clusterId;
      const proven = Boolean(token?.signedFor);
      const stated = Boolean(
        named3 && !aws.eks.outpostsId && aws.eks.contextCluster && named3 !== aws.eks.contextCluster
      );
      if (!proven && !stated) continue;
      const other = token?.signedFor ?? named3;
      const target = expected2 ?? aws.eks.contextCluster;
      const flag = aws.eks.authenticator === "aws-iam-authenticator" ? "-i" : "--cluster-name";
      out.push({
        message: `Context "${t.contextName}": the exec plugin makes tokens for cluster "${other}" (${flag} ${other}), but the context is cluster "${target}".` + (proven ? ` STS confirms it: the token verifies with x-k8s-aws-id "${other}" and fails with "${target}".` : ""),
        remediation: `Set \`${flag} ${target}\` in the exec arguments, or run \`aws eks update-kubeconfig --name ${target} --region ${aws.region}\`.`,
        context: t.contextName,
        evidence: {
          tokenCluster: other ?? null,
          contextCluster: target ?? null,
          provenBySts: proven
        },
        ...t.user ? { location: fieldLocation(t.user, "exec") } : {}
      });
    }
    return out;
  }
});

// src/checks/eks/validator-permission-missing.ts
var validator_permission_missing_default = defineCheck({
  id: "eks/validator-permission-missing",
  title: "The gate may not read what it needs from EKS: checks inconclusive",
  severity: "warning",
  description: "IAM denied some of the gate\u2019s read-only calls (DescribeCluster, ListUpdates, the access-entry calls, FilterLogEvents), so the checks that need them could not run. This is about the gate, not the deploy: kubectl needs none of these permissions.",
  remediation: "Grant the runner\u2019s role the least-privilege policy in the finding (also in the README), or accept the inconclusive checks.",
  run({ targets }) {
    const out = [];
    for (const { t, aws, api } of eksTargets(targets)) {
      const denied = deniedCalls(api);
      if (denied.length === 0) continue;
      const arn = aws.caller?.ok ? aws.caller.arn : "";
      const policy = validatorPolicy({
        cluster: api.clusterName,
        ...aws.region ? { region: aws.region } : {},
        ...accountOf(arn) ? { account: accountOf(arn) } : {},
        ...partitionOf(arn) ? { partition: partitionOf(arn) } : {}
      });
      out.push({
        message: `Context "${t.contextName}": ${arn || "the runner"} may not call ${denied.map((k) => VALIDATOR_ACTIONS[k]).join(", ")}; unchecked: ${denied.map((k) => CALL_PURPOSE[k]).join("; ")}.`,
        remediation: `Attach this policy to the runner\u2019s role:
\`\`\`json
${JSON.stringify(policy, null, 2)}
\`\`\``,
        context: t.contextName,
        evidence: { denied: denied.map((k) => VALIDATOR_ACTIONS[k]), cluster: api.clusterName }
      });
    }
    return out;
  }
});

// src/checks/exec/api-version-removed.ts
var api_version_removed_default = defineCheck({
  id: "exec/api-version-removed",
  title: "Exec plugin uses the removed v1alpha1 API",
  severity: "error",
  description: '`client.authentication.k8s.io/v1alpha1` was removed from client-go in Kubernetes 1.24. kubectl 1.24 and later (every current runner image) refuses such a user with `exec plugin: invalid apiVersion "client.authentication.k8s.io/v1alpha1"`. Kubeconfigs written by old `aws eks update-kubeconfig` versions still carry it.',
  remediation: "Regenerate the kubeconfig with a current tool, or change one line. EKS: `aws eks update-kubeconfig --name <cluster> --region <region>` with a current AWS CLI (v2 is preinstalled on GitHub-hosted runners) writes `client.authentication.k8s.io/v1beta1` and `--output json`. By hand: set `apiVersion: client.authentication.k8s.io/v1beta1` under `exec:` (or `v1` together with `interactiveMode: Never`). aws-iam-authenticator, gke-gcloud-auth-plugin and kubelogin all accept v1beta1 and v1.",
  run({ targets }) {
    const out = [];
    for (const t of targets) {
      const x = t.exec;
      if (x?.outcome !== "api-version-removed") continue;
      const user = t.user?.name ?? "?";
      const where = x.origin.line ? `${x.origin.file}:${x.origin.line}` : x.origin.file;
      out.push({
        message: `User "${user}" (${where}) runs \`${x.command}\` with apiVersion ${x.apiVersion ?? "?"}, removed in Kubernetes 1.24; kubectl fails with: ${x.detail ?? "invalid apiVersion"}.`,
        context: t.contextName,
        evidence: {
          user,
          command: x.command,
          apiVersion: x.apiVersion ?? null,
          file: x.origin.file,
          line: x.origin.line ?? null
        },
        location: { file: x.origin.file, ...x.origin.line ? { line: x.origin.line } : {} }
      });
    }
    return out;
  }
});

// src/checks/exec/config-invalid.ts
var config_invalid_default = defineCheck({
  id: "exec/config-invalid",
  title: "Exec plugin configuration is invalid",
  severity: "error",
  description: "kubectl validates `users[].user.exec` before running anything: `command` and `apiVersion` are required, every `env` entry needs a `name`, and `interactiveMode` must be `Never`, `IfAvailable` or `Always` (it is required for `client.authentication.k8s.io/v1`, defaulted to `IfAvailable` for v1beta1). Only v1 and v1beta1 are accepted API versions. Any of these stops kubectl with the error quoted in the finding.",
  remediation: "Fix the `exec` stanza of the user. A complete, CI-safe example:\n```yaml\nexec:\n  apiVersion: client.authentication.k8s.io/v1\n  command: aws\n  args: [eks, get-token, --cluster-name, <cluster>, --region, <region>, --output, json]\n  interactiveMode: Never\n```\nOr regenerate it with the platform tool: EKS `aws eks update-kubeconfig --name <cluster> --region <region>`; GKE `gcloud container clusters get-credentials <cluster> --region <region>`; AKS `az aks get-credentials -g <group> -n <cluster>` then `kubelogin convert-kubeconfig -l azurecli`; by hand `kubectl config set-credentials <user> --exec-api-version=client.authentication.k8s.io/v1 --exec-interactive-mode=Never --exec-command=<command>`.",
  run({ targets }) {
    const out = [];
    for (const t of targets) {
      const x = t.exec;
      if (x?.outcome !== "not-run") continue;
      const user = t.user?.name ?? "?";
      const where = x.origin.line ? `${x.origin.file}:${x.origin.line}` : x.origin.file;
      const problems = (x.detail ?? "the exec configuration is incomplete").split("; ");
      out.push({
        message: `The exec plugin of user "${user}" (${where}) was not run because kubectl would refuse its configuration: ${problems.join("; ")}.`,
        context: t.contextName,
        evidence: {
          user,
          command: x.command || null,
          apiVersion: x.apiVersion ?? null,
          interactiveMode: x.interactiveMode ?? null,
          problems,
          file: x.origin.file,
          line: x.origin.line ?? null
        },
        location: { file: x.origin.file, ...x.origin.line ? { line: x.origin.line } : {} }
      });
    }
    return out;
  }
});

// src/checks/exec/credential-expired.ts
var credential_expired_default = defineCheck({
  id: "exec/credential-expired",
  title: "Exec plugin returned an expired credential",
  severity: "error",
  description: "client-go caches an exec credential until its `expirationTimestamp` and runs the plugin again after that, so a short lifetime is normal (EKS tokens: 14 minutes) and is not reported: the report lists it as renewed by the plugin, and what can really run out is the session the plugin signs with (see aws/session-expiring). A credential that is already expired when the plugin returns it is a fault: it comes from a stale cache or a wrong clock, and the API server rejects it with 401 Unauthorized.",
  remediation: "Clear the plugin's cache and check the runner clock (`date -u`). aws: remove `~/.aws/cli/cache` and `~/.aws/sso/cache` and re-run `aws-actions/configure-aws-credentials`; int128 kubelogin: `rm -rf ~/.kube/cache/oidc-login`; Azure kubelogin: `kubelogin remove-tokens`; GKE: `gcloud auth print-access-token` to refresh.",
  run({ targets, now, settings }) {
    const out = [];
    for (const t of targets) {
      const x = t.exec;
      const expiresAt = x?.credential?.expirationTimestamp;
      if (x?.outcome !== "ok" || !expiresAt) continue;
      const verdict = judgeExpiry({ notAfter: expiresAt }, now, settings);
      if (verdict.state !== "expired") continue;
      const user = t.user?.name ?? "?";
      out.push({
        message: `The exec plugin \`${x.command}\` of user "${user}" returned a credential that ${verdict.phrase}; the API server will reject it.`,
        context: t.contextName,
        evidence: {
          user,
          command: x.command,
          expirationTimestamp: expiresAt,
          secondsLeft: verdict.secondsLeft ?? null,
          tokenFingerprint: x.credential?.token?.fingerprint ?? null,
          file: x.origin.file,
          line: x.origin.line ?? null
        },
        location: { file: x.origin.file, ...x.origin.line ? { line: x.origin.line } : {} }
      });
    }
    return out;
  }
});

// src/checks/exec/failed.ts
var OIDC_AWS = "In CI use `aws-actions/configure-aws-credentials@v4` with `role-to-assume: <role arn>` and `aws-region`, plus `permissions: id-token: write`, before this step";
var FIX = {
  "aws-sso-expired": `${OIDC_AWS} (SSO sessions need a browser). Locally: \`aws sso login --profile <profile>\`.`,
  "aws-profile-missing": `${OIDC_AWS}, and remove \`--profile\` / the AWS_PROFILE env entry from the exec stanza (or create the profile: \`aws configure set region <region> --profile <profile>\`).`,
  "aws-expired-token": `The session credentials expired: run \`aws-actions/configure-aws-credentials\` closer to this step or raise \`role-duration-seconds\` (and the role's MaxSessionDuration); locally refresh them (\`aws sso login\`, \`aws sts assume-role\`).`,
  "aws-no-credentials": `${OIDC_AWS}. With access keys use secrets AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY through the same action.`,
  "aws-assume-role-denied": `The caller may not assume the role: the role's trust policy must allow the caller (for GitHub OIDC: \`token.actions.githubusercontent.com:sub\` matching \`repo:<owner>/<repo>:*\`) and the caller needs \`sts:AssumeRole\` on it; check \`--role-arn\` / \`--role\` in the exec args.`,
  "aws-invalid-keys": "Rotate the access key (`aws iam create-access-key`) and update the repository secrets; better, switch to OIDC with `aws-actions/configure-aws-credentials` and `role-to-assume`.",
  "gcloud-reauth": "Use `google-github-actions/auth@v2` with `workload_identity_provider` and `service_account` (or `credentials_json`), then `google-github-actions/setup-gcloud@v2`. Locally: `gcloud auth login`.",
  "gcloud-no-account": "Authenticate first with `google-github-actions/auth@v2` (workload identity federation), then `google-github-actions/setup-gcloud@v2`. Locally: `gcloud auth login` or `gcloud config set account <account>`.",
  "azure-aadsts": "Sign in non-interactively: `azure/login@v2` with `client-id`, `tenant-id`, `subscription-id` and a federated credential for this repository (`permissions: id-token: write`), then `kubelogin convert-kubeconfig -l azurecli`. Locally: `az login`.",
  "kubectl-plugin-missing": "Install the kubectl plugin on the runner (e.g. `kubectl krew install oidc-login`) or call its binary directly in `command`."
};
var failed_default = defineCheck({
  id: "exec/failed",
  title: "Exec credential plugin failed",
  severity: "error",
  description: "The exec plugin exited with a non-zero status, so kubectl fails with `exec: executable <cmd> failed with exit code <n>` and never reaches the cluster. The finding quotes the end of its stderr (secrets masked) and, when the cause is recognised (expired AWS SSO session, missing profile, ExpiredToken, no credentials, denied AssumeRole, gcloud reauth, Entra ID AADSTS errors), the exact fix.",
  remediation: "Run the same command with the same environment in a step before this one to see the full error. EKS: `aws-actions/configure-aws-credentials` with `role-to-assume`; GKE: `google-github-actions/auth` + `setup-gcloud`; AKS: `azure/login` + `kubelogin convert-kubeconfig -l azurecli`; kubeadm/static credentials need no plugin.",
  run({ targets }) {
    const out = [];
    for (const t of targets) {
      const x = t.exec;
      if (x?.outcome !== "failed") continue;
      const user = t.user?.name ?? "?";
      const fix = x.cause ? FIX[x.cause] : void 0;
      const stderr = x.stderrExcerpt ? `
stderr (last lines, masked):
${x.stderrExcerpt}` : "";
      out.push({
        message: `The exec plugin of user "${user}" failed: ${x.detail ?? "non-zero exit"}${stderr}`,
        context: t.contextName,
        ...fix ? { remediation: fix } : {},
        evidence: {
          user,
          command: x.command,
          exitCode: x.exitCode ?? null,
          signal: x.signal ?? null,
          cause: x.cause ?? null,
          stderr: x.stderrExcerpt ?? null,
          durationMs: x.durationMs ?? null,
          file: x.origin.file,
          line: x.origin.line ?? null
        },
        location: { file: x.origin.file, ...x.origin.line ? { line: x.origin.line } : {} }
      });
    }
    return out;
  }
});

// src/checks/exec/interactive-required.ts
var interactive_required_default = defineCheck({
  id: "exec/interactive-required",
  title: "Exec plugin requires an interactive terminal",
  severity: "error",
  description: "With `interactiveMode: Always` client-go gives the plugin the terminal and refuses to run it when standard input is not one. A CI job has no TTY, so kubectl fails with `exec plugin cannot support interactive mode: standard input is not a terminal`. Plugins that need a person (browser or device-code logins, MFA prompts) cannot work in CI at all.",
  remediation: "Use a non-interactive login and set `interactiveMode: Never` (or `IfAvailable`). EKS: `aws-actions/configure-aws-credentials` with `role-to-assume` (OIDC, `permissions: id-token: write`) and `aws eks get-token`. GKE: `google-github-actions/auth` with `workload_identity_provider` + `google-github-actions/setup-gcloud` and `gke-gcloud-auth-plugin`. AKS: `azure/login` with OIDC, then `kubelogin convert-kubeconfig -l azurecli` (or `-l workloadidentity`). Generic OIDC (int128 kubelogin): use a service-account token or a client-credentials grant instead of a browser login.",
  run({ targets }) {
    const out = [];
    for (const t of targets) {
      const x = t.exec;
      if (x?.outcome !== "interactive-required") continue;
      const user = t.user?.name ?? "?";
      const where = x.origin.line ? `${x.origin.file}:${x.origin.line}` : x.origin.file;
      out.push({
        message: `User "${user}" (${where}) sets interactiveMode: ${x.interactiveMode ?? "Always"} for \`${x.command}\`; this job has no terminal, so kubectl fails with: ${x.detail ?? "standard input is not a terminal"}.`,
        context: t.contextName,
        evidence: {
          user,
          command: x.command,
          interactiveMode: x.interactiveMode ?? null,
          file: x.origin.file,
          line: x.origin.line ?? null
        },
        location: { file: x.origin.file, ...x.origin.line ? { line: x.origin.line } : {} }
      });
    }
    return out;
  }
});

// src/checks/exec/invalid-output.ts
var AWS_TEXT_FIX = "Make the AWS CLI print JSON: add `--output`, `json` to the exec `args` (current `aws eks update-kubeconfig` does this), or add an env entry `{name: AWS_DEFAULT_OUTPUT, value: json}` to the exec stanza. A profile with `output = text` or `table` in ~/.aws/config causes this.";
var invalid_output_default = defineCheck({
  id: "exec/invalid-output",
  title: "Exec credential plugin printed an unusable credential",
  severity: "error",
  description: "client-go reads the plugin's stdout as an ExecCredential JSON in the configured apiVersion, with a `status` holding a token or a client certificate and key that match. Anything else (text output, log lines on stdout, a different apiVersion, a missing status, only a certificate or only a key, unparsable PEM) makes kubectl fail with the error in the finding.",
  remediation: "Run the plugin by hand with `KUBERNETES_EXEC_INFO` set and check its stdout is one JSON ExecCredential. Set the exec `apiVersion` to what the plugin returns (aws, aws-iam-authenticator, kubelogin and gke-gcloud-auth-plugin echo v1 or v1beta1 from `KUBERNETES_EXEC_INFO`), force JSON output (AWS: `--output json`), and send logs to stderr.",
  run({ targets }) {
    const out = [];
    for (const t of targets) {
      const x = t.exec;
      if (x?.outcome !== "invalid-output") continue;
      const user = t.user?.name ?? "?";
      out.push({
        message: `The exec plugin \`${x.command}\` of user "${user}" exited 0 but kubectl cannot use its output: ${x.detail ?? "not an ExecCredential"}.`,
        context: t.contextName,
        ...x.cause === "aws-text-output" ? { remediation: AWS_TEXT_FIX } : {},
        evidence: {
          user,
          command: x.command,
          apiVersion: x.apiVersion ?? null,
          cause: x.cause ?? null,
          file: x.origin.file,
          line: x.origin.line ?? null
        },
        location: { file: x.origin.file, ...x.origin.line ? { line: x.origin.line } : {} }
      });
    }
    return out;
  }
});

// src/checks/exec/not-found.ts
var GKE = "Add `google-github-actions/setup-gcloud@v2` with `install_components: gke-gcloud-auth-plugin` (or `gcloud components install gke-gcloud-auth-plugin`, or the apt package `google-cloud-cli-gke-gcloud-auth-plugin`).";
var INSTALL = {
  aws: "Install AWS CLI v2 (preinstalled on GitHub-hosted ubuntu-latest; on self-hosted runners and containers: `curl -sSLo awscliv2.zip https://awscli.amazonaws.com/awscli-exe-linux-x86_64.zip && unzip -q awscliv2.zip && sudo ./aws/install`).",
  "aws-iam-authenticator": "aws-iam-authenticator is not preinstalled on GitHub runners: put a release binary from https://github.com/kubernetes-sigs/aws-iam-authenticator/releases on PATH (`chmod +x`), or switch to `aws eks get-token`: `aws eks update-kubeconfig --name <cluster> --region <region>`.",
  "gke-gcloud-auth-plugin": GKE,
  gcloud: GKE,
  kubelogin: "Add `azure/use-kubelogin@v1` (Azure kubelogin) before this step, then `kubelogin convert-kubeconfig -l azurecli` (after `azure/login`) or `-l workloadidentity`.",
  "kubectl-oidc_login": "Install int128/kubelogin (`kubectl krew install oidc-login`, or a release binary from https://github.com/int128/kubelogin/releases); its browser login cannot work in CI, so prefer a service-account token."
};
var not_found_default = defineCheck({
  id: "exec/not-found",
  title: "Exec credential plugin is not installed",
  severity: "error",
  description: "The user authenticates through an exec plugin whose command is not on the runner. A bare name is looked up on PATH; a name with a `/` is resolved against the folder of the kubeconfig file that defines the user. kubectl fails with `exec: executable <cmd> not found`.",
  remediation: "Install the plugin on the runner before this step (EKS: AWS CLI v2, preinstalled on ubuntu-latest; GKE: `google-github-actions/setup-gcloud` with `install_components: gke-gcloud-auth-plugin`; AKS: `azure/use-kubelogin`; OIDC: int128 kubelogin), or point `command` at an absolute path that exists.",
  run({ targets }) {
    const out = [];
    for (const t of targets) {
      const x = t.exec;
      if (x?.outcome !== "not-found") continue;
      const user = t.user?.name ?? "?";
      const name = x.command.split("/").pop() ?? x.command;
      const install = Object.hasOwn(INSTALL, name) ? INSTALL[name] : void 0;
      const hint3 = x.installHint ? `Install hint from the kubeconfig: ${x.installHint}` : "";
      const blocked = x.resolvedPath && /not (an )?executable|EACCES/.test(x.detail ?? "");
      const chmod = blocked ? `Make it executable: \`chmod +x ${x.resolvedPath}\`.` : "";
      out.push({
        message: `User "${user}" runs the exec plugin \`${x.command}\`, which is not on this runner: ${x.detail ?? "not found"}.${hint3 ? ` ${hint3}` : ""}`,
        context: t.contextName,
        ...install || hint3 || chmod ? { remediation: [chmod, install, hint3].filter(Boolean).join("\n\n") } : {},
        evidence: {
          user,
          command: x.command,
          resolvedPath: x.resolvedPath ?? null,
          installHint: x.installHint ?? null,
          file: x.origin.file,
          line: x.origin.line ?? null
        },
        location: { file: x.origin.file, ...x.origin.line ? { line: x.origin.line } : {} }
      });
    }
    return out;
  }
});

// src/checks/exec/timeout.ts
var timeout_default = defineCheck({
  id: "exec/timeout",
  title: "Exec credential plugin did not finish in time",
  severity: "error",
  description: "The exec plugin was still running when the time budget (`timeout` input) ran out, or it exited while a process it started kept stdout open (kubectl waits for stdout to close, so it would hang too). Plugins usually hang waiting for a login prompt, a browser, an MFA code or the network (instance metadata, STS, the identity provider).",
  remediation: "Run the command by hand in a step before this one, with the same environment and no stdin (`</dev/null`), to see where it waits. Make the login non-interactive (EKS: `aws-actions/configure-aws-credentials`; GKE: `google-github-actions/auth`; AKS: `azure/login` then `kubelogin convert-kubeconfig -l azurecli`), set `AWS_EC2_METADATA_DISABLED=true` off EC2, check the runner can reach the identity provider, or raise the `timeout` input if the plugin is merely slow.",
  run({ targets }) {
    const out = [];
    for (const t of targets) {
      const x = t.exec;
      if (x?.outcome !== "timeout") continue;
      const user = t.user?.name ?? "?";
      const secs = x.durationMs !== void 0 ? ` after ${(x.durationMs / 1e3).toFixed(1)}s` : "";
      const stderr = x.stderrExcerpt ? `
stderr (last lines, masked):
${x.stderrExcerpt}` : "";
      const heldOpen = x.cause === "stdout-held-open";
      out.push({
        message: `The exec plugin \`${x.command}\` of user "${user}" was stopped${secs}: ${x.detail ?? "it did not finish in time"}.${stderr}`,
        context: t.contextName,
        ...heldOpen ? {
          remediation: "The plugin (or a wrapper script) leaves a background process attached to stdout. Redirect that process's output (`cmd >/dev/null 2>&1 &`) or close stdout before starting it, so stdout closes when the plugin exits."
        } : {},
        evidence: {
          user,
          command: x.command,
          durationMs: x.durationMs ?? null,
          stdoutHeldOpen: heldOpen,
          stderr: x.stderrExcerpt ?? null,
          file: x.origin.file,
          line: x.origin.line ?? null
        },
        location: { file: x.origin.file, ...x.origin.line ? { line: x.origin.line } : {} }
      });
    }
    return out;
  }
});

// src/checks/kubeconfig/audit-glob-limit.ts
var CUT = {
  entries: (max) => `stopped after reading ${max.toLocaleString("en-US")} directory entries`,
  files: (max) => `matched more than ${max.toLocaleString("en-US")} files`,
  depth: (max) => `reaches more than ${max} directory levels below its first wildcard`
};
var audit_glob_limit_default = defineCheck({
  id: "kubeconfig/audit-glob-limit",
  title: "An audit glob was cut short: some kubeconfig files were not audited",
  severity: "warning",
  description: "The `kubeconfig` globs of an audit are expanded with bounded walks, so that a pattern such as `/**` cannot read the whole disk. One of them hit a bound: files past it were not audited, and an expiring credential there would go unreported.",
  remediation: "Narrow the pattern to the folders that hold kubeconfigs (`clusters/*/kubeconfig` rather than `**`), split it into several patterns, or list the files one per line.",
  run({ audit }) {
    return (audit?.globLimits ?? []).map((g) => ({
      message: `The pattern "${g.pattern}" ${CUT[g.stopped](g.max)}; kubeconfig files past that point were not audited.`,
      evidence: { pattern: g.pattern, stopped: g.stopped, max: g.max }
    }));
  }
});

// src/checks/kubeconfig/audit-no-match.ts
var audit_no_match_default = defineCheck({
  id: "kubeconfig/audit-no-match",
  title: "The audit matched no context",
  severity: "error",
  description: "In audit mode every context whose name matches one of the `contexts` globs is checked. None did, so nothing was audited \u2014 a renamed context or a typo in the glob would otherwise pass silently.",
  remediation: "Fix the `contexts` globs (`*` matches any run of characters, `?` one), or leave `contexts` empty to audit every context. `kubectl config get-contexts -o name` lists the names.",
  run({ audit, kubeconfig: kc, targets }) {
    if (!audit || targets.length > 0 || kc.contexts.size === 0) return [];
    const names = [...kc.contexts.keys()];
    return [
      {
        message: `No context matches ${audit.contexts.map((g) => `"${g}"`).join(", ")}; the kubeconfig defines ${nameList(names)}.`,
        evidence: { globs: audit.contexts, contexts: names }
      }
    ];
  }
});

// src/checks/kubeconfig/auth-provider-removed.ts
var GKE_FIX = "Install the plugin (`gcloud components install gke-gcloud-auth-plugin`, or `google-github-actions/setup-gcloud` with `install_components: gke-gcloud-auth-plugin`), then regenerate the kubeconfig: `gcloud container clusters get-credentials <cluster> --location <location> --project <project>`. It writes an exec entry for gke-gcloud-auth-plugin.";
var AKS_FIX = "Regenerate the kubeconfig and convert it to kubelogin: `az aks get-credentials -g <resource-group> -n <cluster>` then `kubelogin convert-kubeconfig -l azurecli` (after `azure/login`; use `-l workloadidentity` with OIDC federation, `-l spn` for a service principal). `azure/use-kubelogin` installs kubelogin.";
var REMOVED = {
  gcp: { plugin: "gke-gcloud-auth-plugin", fix: GKE_FIX },
  azure: { plugin: "kubelogin (https://github.com/Azure/kubelogin)", fix: AKS_FIX }
};
var auth_provider_removed_default = defineCheck({
  id: "kubeconfig/auth-provider-removed",
  title: "auth-provider plugin is removed or unknown",
  severity: "error",
  description: 'The in-tree `gcp` and `azure` auth-provider plugins were removed in Kubernetes 1.26 (client-go and kubectl 1.26+): kubectl fails with "The gcp auth plugin has been removed. Please use the "gke-gcloud-auth-plugin" kubectl/client-go credential plugin instead." (azure: kubelogin). Any provider other than `oidc` fails with `no Auth Provider found for name "<name>"`.',
  remediation: `GKE: ${GKE_FIX} AKS: ${AKS_FIX} Other providers: replace auth-provider with an exec credential plugin or a token.`,
  run({ targets }) {
    const out = [];
    for (const t of targets) {
      const u = t.user;
      const provider = u?.value["auth-provider"];
      if (!u || !provider) continue;
      const name = provider.name ?? "";
      if (name === "oidc") continue;
      const removed = REMOVED[name];
      const where = fieldAt(u, "auth-provider");
      const message = removed ? `User "${u.name}" (${where}) uses the "${name}" auth-provider, removed in Kubernetes 1.26; kubectl fails with "The ${name} auth plugin has been removed". Use ${removed.plugin}.` : `User "${u.name}" (${where}) uses the auth-provider "${name}", which kubectl does not have: "no Auth Provider found for name "${name}"".`;
      out.push({
        message,
        context: t.contextName,
        ...removed ? { remediation: removed.fix } : {},
        evidence: { user: u.name, authProvider: name, file: u.origin.file },
        location: fieldLocation(u, "auth-provider")
      });
    }
    return out;
  }
});

// src/checks/kubeconfig/basic-auth.ts
var basic_auth_default = defineCheck({
  id: "kubeconfig/basic-auth",
  title: "User authenticates with a username and password",
  severity: "error",
  description: "Static password files (`--basic-auth-file`) were removed from the API server in Kubernetes 1.19, so no current cluster accepts basic auth: every request gets 401 Unauthorized. kubectl still reads `username`/`password` and sends them.",
  remediation: "Switch the user to a supported method. Service account: `kubectl create token <sa> -n <namespace> --duration=2h` and `kubectl config set-credentials <user> --token <token>` (then `kubectl config unset users.<user>.username` and `.password`). EKS: `aws eks update-kubeconfig`; GKE: `gcloud container clusters get-credentials` (gke-gcloud-auth-plugin); AKS: `az aks get-credentials` + `kubelogin convert-kubeconfig -l azurecli`; kubeadm: `kubeadm kubeconfig user --client-name <name>` for a client certificate.",
  run({ targets }) {
    const out = [];
    for (const t of targets) {
      const u = t.user;
      if (!u || !(isSet(u.value.username) || isSet(u.value.password))) continue;
      const field2 = isSet(u.value.username) ? "username" : "password";
      out.push({
        message: `User "${u.name}" (${fieldAt(u, field2)}) uses basic auth (username/password), which API servers no longer accept since Kubernetes 1.19: expect 401 Unauthorized.`,
        context: t.contextName,
        evidence: {
          user: u.name,
          username: isSet(u.value.username),
          password: isSet(u.value.password),
          file: u.origin.file
        },
        location: fieldLocation(u, field2)
      });
    }
    return out;
  }
});

// src/checks/kubeconfig/cert-without-key.ts
var cert_without_key_default = defineCheck({
  id: "kubeconfig/cert-without-key",
  title: "Client certificate without a key, or key without a certificate",
  severity: "error",
  description: 'Client-certificate authentication needs both halves. A certificate without a key fails: "client-key-data or client-key must be specified for <user> to use the clientCert authentication method." A key without a certificate is ignored, so the user may have no credentials left (kubectl prompts `Please enter Username:`).',
  remediation: "Set both from the same key pair: `kubectl config set-credentials <user> --client-certificate <crt> --client-key <key> --embed-certs`. kubeadm: `kubeadm kubeconfig user --client-name <name>` writes both; check a pair matches with `openssl x509 -noout -pubkey -in crt | openssl sha256` and `openssl pkey -pubout -in key | openssl sha256`.",
  run({ targets }) {
    const out = [];
    for (const t of targets) {
      const u = t.user;
      if (!u) continue;
      const hasCert = isSet(u.value["client-certificate"]) || isSet(u.value["client-certificate-data"]);
      const hasKey = isSet(u.value["client-key"]) || isSet(u.value["client-key-data"]);
      if (hasCert === hasKey) continue;
      const certField = isSet(u.value["client-certificate-data"]) ? "client-certificate-data" : "client-certificate";
      const keyField = isSet(u.value["client-key-data"]) ? "client-key-data" : "client-key";
      const others = authMethods(u.value).length;
      const message = hasCert ? `User "${u.name}" sets ${certField} (${fieldAt(u, certField)}) but no client key; kubectl fails: "client-key-data or client-key must be specified for ${u.name} to use the clientCert authentication method."` : `User "${u.name}" sets ${keyField} (${fieldAt(u, keyField)}) but no client certificate; kubectl ignores the key` + (others > 0 ? "." : " and, with no other credentials, prompts `Please enter Username:` (EOF in CI).");
      out.push({
        message,
        severity: hasCert || others === 0 ? "error" : "warning",
        context: t.contextName,
        evidence: { user: u.name, certificate: hasCert, key: hasKey, file: u.origin.file },
        location: fieldLocation(u, hasCert ? certField : keyField)
      });
    }
    return out;
  }
});

// src/checks/kubeconfig/cluster-not-found.ts
var cluster_not_found_default2 = defineCheck({
  id: "kubeconfig/cluster-not-found",
  title: "Context points at a cluster that is not defined",
  severity: "error",
  description: 'A context whose `cluster:` is empty or names no defined cluster is not rejected by kubectl: it silently uses a default cluster, `http://localhost:8080` (or $KUBERNETES_MASTER), and fails with "The connection to the server localhost:8080 was refused". The cluster usually lives in a file that is not loaded, or was renamed.',
  remediation: "Define the cluster or point the context at an existing one: `kubectl config set-cluster <name> --server https://<host>:6443 --certificate-authority <ca.crt> --embed-certs`, then `kubectl config set-context <context> --cluster <name>`. Or regenerate the kubeconfig with the cloud CLI (`aws eks update-kubeconfig`, `gcloud container clusters get-credentials`, `az aks get-credentials`), and check that every file is listed in KUBECONFIG.",
  run({ targets, kubeconfig }) {
    const out = [];
    for (const t of targets) {
      if (!t.context || t.cluster) continue;
      const name = t.context.value.cluster;
      const where = fieldAt(t.context, "cluster");
      const what = name ? `names cluster "${name}", which is not defined in any loaded file (defined: ${nameList(kubeconfig.clusters.keys())})` : "does not name a cluster";
      out.push({
        message: `Context "${t.contextName}" (${where}) ${what}; kubectl silently falls back to http://localhost:8080.`,
        context: t.contextName,
        evidence: { context: t.contextName, cluster: name ?? null, file: t.context.origin.file },
        location: fieldLocation(t.context, "cluster")
      });
    }
    return out;
  }
});

// src/checks/kubeconfig/context-not-found.ts
var context_not_found_default = defineCheck({
  id: "kubeconfig/context-not-found",
  title: "Selected context does not exist",
  severity: "error",
  description: 'The context named by the `context` input (kubectl `--context`) or by `current-context` is not defined in any loaded file. kubectl fails with `context "<name>" does not exist` or `invalid configuration: context was not found for specified context: <name>`. EKS context names are cluster ARNs, GKE ones `gke_<project>_<location>_<cluster>`.',
  remediation: "Use a name from `kubectl config get-contexts -o name`, or create the context: `kubectl config set-context <name> --cluster <cluster> --user <user>`. EKS: `aws eks update-kubeconfig --name <cluster> --region <region> --alias <name>`; GKE: `gcloud container clusters get-credentials <cluster> --location <location>`; AKS: `az aks get-credentials -g <resource-group> -n <cluster> --context <name>`.",
  run({ kubeconfig: kc, requestedContext }) {
    const name = requestedContext || kc.currentContext?.name;
    if (!name || kc.contexts.has(name) || unloadableFile(kc)) return [];
    const names = [...kc.contexts.keys()];
    const near = names.filter(
      (n) => n.toLowerCase() === name.toLowerCase() || n.endsWith(`/${name}`)
    );
    const hint3 = near.length > 0 ? ` Did you mean ${nameList(near)}?` : "";
    const fromInput = Boolean(requestedContext);
    const origin = fromInput ? void 0 : kc.currentContext?.origin;
    const by = origin ? `current-context (${at(origin)})` : "the context input";
    return [
      {
        message: `Context "${name}", selected by ${by}, is not defined; defined contexts: ${nameList(names)}.${hint3}`,
        evidence: {
          context: name,
          selectedBy: fromInput ? "input" : "current-context",
          defined: names
        },
        ...origin ? { location: { file: origin.file, ...origin.line ? { line: origin.line } : {} } } : {}
      }
    ];
  }
});

// src/checks/kubeconfig/data-and-file.ts
var PAIRS = [
  [
    "cluster",
    "certificate-authority",
    (n) => `certificate-authority-data and certificate-authority are both specified for ${n}. certificate-authority-data will override.`
  ],
  [
    "user",
    "client-certificate",
    (n) => `client-cert-data and client-cert are both specified for ${n}. client-cert-data will override.`
  ],
  [
    "user",
    "client-key",
    (n) => `client-key-data and client-key are both specified for ${n}; client-key-data will override`
  ]
];
var data_and_file_default = defineCheck({
  id: "kubeconfig/data-and-file",
  title: "Both inline data and a file are set for the same credential",
  severity: "error",
  description: 'A cluster or user may give its CA, client certificate or client key either inline (`*-data`, base64) or as a file path, not both. kubectl refuses the context: "certificate-authority-data and certificate-authority are both specified for <cluster>. certificate-authority-data will override." \u2014 despite the wording, it does not go on.',
  remediation: "Keep one of the two. To embed the file: `kubectl config set-cluster <name> --certificate-authority <ca.crt> --embed-certs` (users: `kubectl config set-credentials <user> --client-certificate <crt> --client-key <key> --embed-certs`), then delete the path field; or delete the `*-data` field to use the file. `kubectl config view --flatten` writes a file with everything embedded.",
  run({ targets }) {
    const out = [];
    for (const t of targets) {
      for (const [kind, field2, wording] of PAIRS) {
        const entry = kind === "cluster" ? t.cluster : t.user;
        if (!entry) continue;
        const file = entry.value[field2];
        const data = entry.value[`${field2}-data`];
        if (!isSet(file) || !isSet(data)) continue;
        out.push({
          message: `${kind} "${entry.name}" sets both ${field2}-data (${fieldAt(entry, `${field2}-data`)}) and ${field2} (${fieldAt(entry, field2)}); kubectl fails: "${wording(entry.name)}"`,
          context: t.contextName,
          evidence: { kind, name: entry.name, field: field2, path: String(file), file: entry.origin.file },
          location: fieldLocation(entry, field2)
        });
      }
    }
    return out;
  }
});

// src/checks/kubeconfig/data-invalid.ts
var WHAT = {
  "bad-base64": "is not valid base64",
  "not-pem": "is not PEM",
  "not-certificate": "is not a valid certificate",
  "not-key": "is not a usable private key",
  empty: "is empty"
};
function invalid(t) {
  const loaded = [t.ca, t.clientCert, t.clientKey];
  return loaded.filter(
    (l) => l !== void 0 && !l.ok && l.problem in WHAT && !(l.source.kind === "file" && l.problem === "empty")
  );
}
var data_invalid_default = defineCheck({
  id: "kubeconfig/data-invalid",
  title: "Certificate or key data cannot be used",
  severity: "error",
  description: 'The *-data fields hold base64 of PEM, and the file fields name PEM files. kubectl refuses the whole kubeconfig file on bad base64 ("illegal base64 data at input byte N") and fails on data that is not a PEM certificate or key. Common causes: the value was base64-encoded twice, a DER file was used, the secret was truncated when it was pasted, or a certificate sits where the key belongs.',
  remediation: "Re-create the value from the original PEM file: `base64 -w0 < client.crt` (once, no line breaks) for a *-data field, or let kubectl embed it: `kubectl config set-credentials <user> --client-certificate=client.crt --client-key=client.key --embed-certs`. Convert DER with `openssl x509 -inform der -in cert.der -out cert.pem`. Check a PEM file with `openssl x509 -noout -subject -enddate -in cert.pem` or `openssl pkey -noout -in key.pem`.",
  run({ targets }) {
    const out = [];
    for (const t of targets) {
      for (const l of invalid(t)) {
        const where = l.source.kind === "file" ? ` (file ${l.source.path})` : "";
        out.push({
          message: `The ${l.source.field}${where} of ${l.source.field.startsWith("certificate-authority") ? `cluster "${t.cluster?.name}"` : `user "${t.user?.name}"`} ${WHAT[l.problem]}: ${l.detail}.`,
          context: t.contextName,
          evidence: { field: l.source.field, problem: l.problem, file: l.source.origin.file },
          location: {
            file: l.source.origin.file,
            ...l.source.origin.line ? { line: l.source.origin.line } : {}
          }
        });
      }
    }
    return out;
  }
});

// src/checks/kubeconfig/duplicate-key.ts
var duplicate_key_default = defineCheck({
  id: "kubeconfig/duplicate-key",
  title: "YAML key given twice; the last one wins",
  severity: "warning",
  description: "A key repeated in one YAML mapping is not an error for kubectl: the last value silently replaces the earlier one. A second `server:` or `token:` added under an entry, or a second `current-context:` at the end of the file, overrides what the reader of the file expects.",
  remediation: "Delete the repeated key so each appears once, keeping the value you mean. `kubectl config view --raw` shows what kubectl actually uses.",
  run({ kubeconfig }) {
    const out = [];
    for (const f of kubeconfig.files) {
      for (const d of f.duplicateKeys) {
        const where = d.line ? `${f.path}:${d.line}` : f.path;
        out.push({
          message: `\`${d.key}\` is given again at ${where}; kubectl keeps this last value and ignores the earlier one.`,
          evidence: { file: f.path, key: d.key, line: d.line ?? null },
          location: { file: f.path, ...d.line ? { line: d.line } : {} }
        });
      }
    }
    return out;
  }
});

// src/checks/kubeconfig/duplicate-name.ts
var duplicate_name_default = defineCheck({
  id: "kubeconfig/duplicate-name",
  title: "Name defined twice in one kubeconfig file",
  severity: "error",
  description: 'Within one file every cluster, user and context name must be unique. kubectl refuses a file with a repeated name: `error loading config file "<file>": error converting *[]NamedCluster into *map[string]*api.Cluster: duplicate name "<n>" in list`, and prints the entries, credentials included, into the log. Appending a second `aws eks update-kubeconfig` output or concatenating two files by hand causes this.',
  remediation: "Keep one definition per name: delete or rename the other (and the contexts that point at it). Merge kubeconfigs with kubectl rather than by concatenation: `KUBECONFIG=a:b kubectl config view --flatten > merged`. Cloud CLIs update an existing entry in place when run again on the same file.",
  run({ kubeconfig }) {
    const out = [];
    for (const f of kubeconfig.files) {
      for (const d of duplicateNames(f)) {
        const second = d.lines[1];
        out.push({
          message: `${d.kind} "${d.name}" is defined ${d.lines.length} times in ${f.path} (lines ${d.lines.join(", ")}); kubectl refuses to load the file: duplicate name "${d.name}" in list.`,
          evidence: { file: f.path, kind: d.kind, name: d.name, lines: d.lines.map(String) },
          location: { file: f.path, ...second ? { line: second } : {} }
        });
      }
    }
    return out;
  }
});

// src/checks/kubeconfig/empty-input.ts
var INLINE = "<input>";
var empty_input_default = defineCheck({
  id: "kubeconfig/empty-input",
  title: "Kubeconfig input is empty",
  severity: "error",
  description: "The `kubeconfig` input was set but arrived empty. In GitHub Actions `${{ secrets.NAME }}` evaluates to an empty string, without any error, when the secret does not exist, is misspelt, is an environment secret and the job has no `environment:`, or is not passed to this run (pull requests from forks; Dependabot runs get Dependabot secrets only).",
  remediation: "Check the secret name under Settings \u2192 Secrets and variables \u2192 Actions (names are case-insensitive but must match). For environment secrets add `environment: <name>` to the job. For Dependabot add the secret under Dependabot secrets. Fork pull requests never get secrets: skip the deploy with `if: github.event.pull_request.head.repo.full_name == github.repository`. Store the file base64-encoded (`base64 -w0 kubeconfig`) to avoid whitespace damage.",
  run({ input, kubeconfig }) {
    if (input.emptyKubeconfig) {
      const reason = input.emptyReason ? ` ${input.emptyReason}` : "";
      return [
        {
          message: `The kubeconfig input is set but empty: a secret that is missing or not available to this run evaluates to ''.${reason}`,
          evidence: { emptyReason: input.emptyReason ?? null }
        }
      ];
    }
    if (input.contentProblem) {
      return [{ message: `The kubeconfig input has no usable content: ${input.contentProblem}.` }];
    }
    const inline = kubeconfig.files.find((f) => f.path === INLINE && f.status === "empty");
    if (!inline) return [];
    return [
      {
        message: "The kubeconfig input holds only whitespace, comments or `null`: no clusters, users or contexts."
      }
    ];
  }
});

// src/checks/kubeconfig/file-unreadable.ts
var WHERE = {
  paths: "the kubeconfig input",
  env: "KUBECONFIG",
  default: "the default (~/.kube/config)",
  content: "the kubeconfig input"
};
function unreadableKubeconfigs(kc) {
  return kc.files.filter((f) => f.status === "unreadable").map((f) => ({
    message: `The kubeconfig file ${f.path} (from ${WHERE[kc.source.kind]}) ${f.error ?? "cannot be read"}. No context in it can be used.`,
    remediation: 'Point the `kubeconfig` input or KUBECONFIG at the kubeconfig file itself, not its folder; write it as a regular file, not a named pipe or a process substitution (`<(\u2026)`); and make it readable by the user the job runs as (a file written by a container runs as root: `sudo chown "$(id -u)" <file>`, or write it in a step run as that user).',
    evidence: { field: "kubeconfig", path: f.path, problem: "unreadable", setIn: kc.source.kind },
    location: { file: f.path }
  }));
}
function unreadable(t) {
  const loaded = [t.ca, t.clientCert, t.clientKey, t.tokenFile];
  return loaded.filter(
    (l) => l !== void 0 && !l.ok && l.source.kind === "file" && (l.problem === "unreadable" || l.problem === "empty")
  );
}
var file_unreadable_default = defineCheck({
  id: "kubeconfig/file-unreadable",
  title: "A kubeconfig file, or a file it references, cannot be read",
  severity: "error",
  description: 'certificate-authority, client-certificate, client-key and tokenFile name files. Relative paths resolve against the folder of the kubeconfig file that set them, not the working directory. A missing or unreadable file makes kubectl fail ("unable to read client-cert \u2026 due to open \u2026: no such file or directory"); an empty or missing tokenFile gives a 401. The kubeconfig file itself is reported here too when it exists but cannot be read: kubectl fails on a folder or a file the job may not read (`error loading config file`) and blocks on a FIFO.',
  remediation: 'Create the file on the runner before this step (for example write it from a secret with `printf "%s" "$CA_PEM" > ca.crt`), or embed the content instead of a path: `kubectl config set-cluster <name> --certificate-authority=<file> --embed-certs` and `kubectl config set-credentials <user> --client-certificate=<crt> --client-key=<key> --embed-certs`. Check that the path is relative to the kubeconfig file, not to the job\'s working directory.',
  run({ targets, kubeconfig }) {
    const out = unreadableKubeconfigs(kubeconfig);
    for (const t of targets) {
      for (const l of unreadable(t)) {
        const owner = l.source.field === "certificate-authority" ? `cluster "${t.cluster?.name}"` : `user "${t.user?.name}"`;
        out.push({
          message: `The ${l.source.field} file of ${owner}: ${l.detail}.`,
          context: t.contextName,
          evidence: {
            field: l.source.field,
            path: l.source.path ?? null,
            problem: l.problem,
            setIn: l.source.origin.file
          },
          location: {
            file: l.source.origin.file,
            ...l.source.origin.line ? { line: l.source.origin.line } : {}
          }
        });
      }
    }
    return out;
  }
});

// src/checks/kubeconfig/insecure-tls.ts
var insecure_tls_default = defineCheck({
  id: "kubeconfig/insecure-tls",
  title: "TLS verification is turned off",
  severity: "warning",
  description: "`insecure-skip-tls-verify: true` makes kubectl accept any server certificate, so anyone who can intercept the connection can read the credentials sent to it (tokens, client certificates) and what the deploy sends. It also hides a wrong server URL or a rotated CA.",
  remediation: 'Verify the server with its CA instead: `kubectl config set-cluster <name> --certificate-authority <ca.crt> --embed-certs --insecure-skip-tls-verify=false`. EKS: `aws eks describe-cluster --name <cluster> --query cluster.certificateAuthority.data`; GKE: `gcloud container clusters describe <cluster> --format "value(masterAuth.clusterCaCertificate)"`; AKS: `az aks get-credentials` embeds it; kubeadm: /etc/kubernetes/pki/ca.crt. If the certificate lacks the name you connect with, set `tls-server-name` rather than turning verification off.',
  run({ targets }) {
    const out = [];
    for (const t of targets) {
      const c = t.cluster;
      if (!c || c.value["insecure-skip-tls-verify"] !== true) continue;
      if (isSet(c.value["certificate-authority-data"]) || isSet(c.value["certificate-authority"]))
        continue;
      out.push({
        message: `Cluster "${c.name}" (${fieldAt(c, "insecure-skip-tls-verify")}) skips TLS verification: the server is not authenticated and credentials can be intercepted.`,
        context: t.contextName,
        evidence: { cluster: c.name, file: c.origin.file },
        location: fieldLocation(c, "insecure-skip-tls-verify")
      });
    }
    return out;
  }
});

// src/checks/kubeconfig/insecure-with-ca.ts
var insecure_with_ca_default = defineCheck({
  id: "kubeconfig/insecure-with-ca",
  title: "insecure-skip-tls-verify is set together with a CA",
  severity: "error",
  description: 'A cluster with `insecure-skip-tls-verify: true` and a `certificate-authority` or `certificate-authority-data` cannot be used: kubectl fails with "specifying a root certificates file with the insecure flag is not allowed" (also for inline CA data). Running `kubectl config set-cluster --insecure-skip-tls-verify` on an existing cluster causes it.',
  remediation: 'Remove `insecure-skip-tls-verify` and keep the CA so the server is verified: `kubectl config set-cluster <name> --insecure-skip-tls-verify=false`. If the CA does not match the server certificate, fetch the right one (EKS: `aws eks describe-cluster --query cluster.certificateAuthority.data`; GKE: `gcloud container clusters describe --format "value(masterAuth.clusterCaCertificate)"`; kubeadm: /etc/kubernetes/pki/ca.crt).',
  run({ targets }) {
    const out = [];
    for (const t of targets) {
      const c = t.cluster;
      if (!c || c.value["insecure-skip-tls-verify"] !== true) continue;
      const caField = isSet(c.value["certificate-authority-data"]) ? "certificate-authority-data" : isSet(c.value["certificate-authority"]) ? "certificate-authority" : void 0;
      if (!caField) continue;
      out.push({
        message: `Cluster "${c.name}" sets insecure-skip-tls-verify (${fieldAt(c, "insecure-skip-tls-verify")}) and ${caField} (${fieldAt(c, caField)}); kubectl fails: "specifying a root certificates file with the insecure flag is not allowed".`,
        context: t.contextName,
        evidence: { cluster: c.name, caField, file: c.origin.file },
        location: fieldLocation(c, "insecure-skip-tls-verify")
      });
    }
    return out;
  }
});

// src/checks/kubeconfig/invalid-namespace.ts
var DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
var invalid_namespace_default = defineCheck({
  id: "kubeconfig/invalid-namespace",
  title: "Context namespace is not a valid name",
  severity: "error",
  description: "A context's `namespace` must be a DNS-1123 label: at most 63 lowercase letters, digits and '-', starting and ending with a letter or digit. client-go's validation reports `namespace \"<ns>\" for context \"<ctx>\" does not conform to the kubernetes DNS_LABEL rules`, and the API server rejects or finds nothing in such a namespace, so the deploy goes nowhere.",
  remediation: "Set the real namespace: `kubectl config set-context <context> --namespace <name>` (see `kubectl get namespaces`), or pass `-n <name>` to each command. Watch for upper case, underscores and trailing spaces from templating.",
  run({ targets }) {
    const out = [];
    for (const t of targets) {
      const ns = t.context?.value.namespace;
      if (!t.context || !isSet(ns)) continue;
      if (ns.length <= 63 && DNS1123_LABEL.test(ns)) continue;
      out.push({
        message: `Namespace ${JSON.stringify(ns)} of context "${t.contextName}" (${fieldAt(t.context, "namespace")}) does not conform to the kubernetes DNS_LABEL rules.`,
        context: t.contextName,
        evidence: { context: t.contextName, namespace: ns, file: t.context.origin.file },
        location: fieldLocation(t.context, "namespace")
      });
    }
    return out;
  }
});

// src/checks/kubeconfig/key-mismatch.ts
var key_mismatch_default = defineCheck({
  id: "kubeconfig/key-mismatch",
  title: "Client key does not match the client certificate",
  severity: "error",
  description: 'The private key in client-key(-data) is not the key of the client certificate. kubectl fails before sending anything: "tls: private key does not match public key". It happens when a certificate was renewed but the old key kept, or the two came from different users.',
  remediation: "Put the matching pair in the kubeconfig: `kubectl config set-credentials <user> --client-certificate=<crt> --client-key=<key> --embed-certs`. Compare a pair with `openssl x509 -noout -pubkey -in crt | openssl sha256` and `openssl pkey -pubout -in key | openssl sha256`.",
  run({ targets }) {
    const out = [];
    for (const t of targets) {
      const pairs = [
        {
          match: t.keyMatchesCert,
          keyType: t.clientKey?.ok ? t.clientKey.value.keyType : void 0,
          exec: false
        },
        {
          match: t.exec?.credential?.keyMatchesCert,
          keyType: t.exec?.credential?.clientKey?.ok ? t.exec.credential.clientKey.value.keyType : void 0,
          exec: true
        }
      ];
      for (const pair of pairs) {
        if (pair.match !== false) continue;
        const bundle = clientCertBundles(t).find((b) => b.source.kind === "exec" === pair.exec);
        const leaf = bundle?.certs[0];
        const origin = bundle?.source.origin ?? t.user?.origin;
        const whose = pair.exec ? `the exec plugin of user "${t.user?.name}"` : `user "${t.user?.name}"`;
        out.push({
          message: `Context "${t.contextName}": the client key of ${whose} does not match its certificate "${leaf?.subject ?? "?"}" (certificate key ${leaf?.keyType ?? "?"}, private key ${pair.keyType ?? "?"}). kubectl fails with "tls: private key does not match public key".`,
          context: t.contextName,
          evidence: {
            certificateSubject: leaf?.subject ?? null,
            certificateFingerprint: leaf?.fingerprint ?? null,
            certificateKeyType: leaf?.keyType ?? null,
            privateKeyType: pair.keyType ?? null
          },
          ...origin ? { location: { file: origin.file, ...origin.line ? { line: origin.line } : {} } } : {}
        });
      }
    }
    return out;
  }
});

// src/checks/kubeconfig/multiple-auth-methods.ts
var multiple_auth_methods_default = defineCheck({
  id: "kubeconfig/multiple-auth-methods",
  title: "User sets conflicting authentication methods",
  severity: "error",
  description: 'client-go allows one of token and basic auth per user, and never `exec` together with `auth-provider`. kubectl refuses such a user: "more than one authentication method found for <user>; found [token basicAuth], only one is allowed" or "authProvider cannot be provided in combination with an exec plugin for <user>". (A client certificate with a token is allowed.)',
  remediation: "Keep the one method you mean and unset the rest, e.g. `kubectl config unset users.<user>.auth-provider` after moving to an exec plugin, or `kubectl config unset users.<user>.username` and `users.<user>.password` when using a token. Regenerating the kubeconfig with the cloud CLI writes a single method.",
  run({ targets }) {
    const out = [];
    for (const t of targets) {
      const u = t.user;
      if (!u) continue;
      const v = u.value;
      const found2 = [];
      if (isSet(v.token)) found2.push("token");
      if (isSet(v.username) || isSet(v.password)) found2.push("basicAuth");
      const errors = [];
      if (found2.length > 1) {
        errors.push({
          text: `more than one authentication method found for ${u.name}; found [${found2.join(" ")}], only one is allowed`,
          field: "token"
        });
      }
      if (v.exec && v["auth-provider"]) {
        errors.push({
          text: `authProvider cannot be provided in combination with an exec plugin for ${u.name}`,
          field: "auth-provider"
        });
      }
      for (const e of errors) {
        out.push({
          message: `User "${u.name}" (${fieldAt(u, e.field)}): kubectl fails with "${e.text}".`,
          context: t.contextName,
          evidence: { user: u.name, methods: found2, file: u.origin.file },
          location: fieldLocation(u, e.field)
        });
      }
    }
    return out;
  }
});

// src/checks/kubeconfig/no-credentials.ts
var no_credentials_default2 = defineCheck({
  id: "kubeconfig/no-credentials",
  title: "User has no credentials",
  severity: "error",
  description: "A user with no token, tokenFile, client certificate, exec plugin, auth-provider or username/password gives kubectl nothing to authenticate with. kubectl then prompts `Please enter Username:`; in CI there is no terminal, so it fails with `error: EOF` (or hangs when stdin stays open). A client key alone does not count.",
  remediation: 'Add credentials to the user. Token: `kubectl config set-credentials <user> --token "$(kubectl create token <sa> -n <namespace> --duration=2h)"`. EKS: `aws eks update-kubeconfig --name <cluster> --region <region>` (exec: aws eks get-token). GKE: `gcloud container clusters get-credentials <cluster> --location <location>`. AKS: `az aks get-credentials -g <rg> -n <cluster>` + `kubelogin convert-kubeconfig -l azurecli`. kubeadm: `kubeadm kubeconfig user --client-name <name>`.',
  run({ targets }) {
    const out = [];
    for (const t of targets) {
      const u = t.user;
      if (!u || authMethods(u.value).length > 0) continue;
      out.push({
        message: `User "${u.name}" (${fieldAt(u)}), used by context "${t.contextName}", has no credentials: kubectl prompts \`Please enter Username:\` and fails with EOF in CI.`,
        context: t.contextName,
        evidence: { user: u.name, fields: Object.keys(u.value), file: u.origin.file },
        location: fieldLocation(u)
      });
    }
    return out;
  }
});

// src/checks/kubeconfig/no-current-context.ts
var no_current_context_default = defineCheck({
  id: "kubeconfig/no-current-context",
  title: "No context selected",
  severity: "error",
  description: 'With no `context` input and no `current-context` in any kubeconfig file, kubectl has no context to use: it fails with "invalid configuration: no configuration has been provided" or falls back to http://localhost:8080. `aws eks update-kubeconfig` and the other cloud CLIs set current-context; hand-written or merged files often lack it.',
  remediation: "Select a context: set the `context` input, run `kubectl config use-context <name>` after writing the kubeconfig, or add `current-context: <name>` to the file. `kubectl config get-contexts` lists the names.",
  run({ kubeconfig: kc, requestedContext, input, audit }) {
    if (requestedContext || kc.currentContext || input.emptyKubeconfig) return [];
    if (audit && kc.contexts.size > 0) return [];
    if (unloadableFile(kc) || kc.files.every((f) => f.status === "missing")) return [];
    const names = [...kc.contexts.keys()];
    const files = kc.files.filter((f) => f.status !== "missing").map((f) => f.path);
    const message = names.length > 0 ? `No current-context is set in ${files.join(", ")} and no context was requested; defined contexts: ${nameList(names)}.` : `The kubeconfig (${files.join(", ")}) defines no contexts and no current-context.`;
    return [{ message, evidence: { files, contexts: names } }];
  }
});

// src/checks/kubeconfig/not-found.ts
var not_found_default2 = defineCheck({
  id: "kubeconfig/not-found",
  title: "Kubeconfig file not found",
  severity: "error",
  description: 'kubectl reads the files listed in KUBECONFIG (missing ones are skipped without a word) or, when KUBECONFIG is unset, `~/.kube/config`. With no file at all it has no cluster to talk to and falls back to `http://localhost:8080` ("The connection to the server localhost:8080 was refused"). A path given with `--kubeconfig` (or the `kubeconfig` input) that does not exist is an error (`stat <path>: no such file or directory`).',
  remediation: 'Write the kubeconfig before this step, or point the `kubeconfig` input / KUBECONFIG at it. EKS: `aws eks update-kubeconfig --name <cluster> --region <region>`; GKE: `gcloud container clusters get-credentials <cluster> --location <location>`; AKS: `az aks get-credentials -g <resource-group> -n <cluster>`; from a secret: `echo "$KUBECONFIG_B64" | base64 -d > "$HOME/.kube/config"`. Paths are relative to the workspace; `~` is not expanded inside KUBECONFIG (it is in this action\'s input).',
  run({ kubeconfig: kc, input }) {
    if (input.emptyKubeconfig || kc.source.kind === "content") return [];
    const missing = kc.files.filter((f) => f.status === "missing");
    if (missing.length === 0) return [];
    const paths = missing.map((f) => f.path);
    const evidence = { source: kc.source.kind, missing: paths, looked: kc.source.given };
    const where = kc.source.kind === "env" ? `the files listed in KUBECONFIG (${kc.source.given.join(", ")})` : kc.source.kind === "default" ? `${paths[0]} (KUBECONFIG is not set, so kubectl uses ~/.kube/config)` : `the kubeconfig input (${kc.source.given.join(", ")})`;
    if (missing.length === kc.files.length) {
      const single = kc.source.kind === "paths" && kc.files.length === 1;
      const message = single ? `The kubeconfig file ${paths[0]} does not exist; kubectl fails with "stat ${paths[0]}: no such file or directory".` : `No kubeconfig file was found: looked at ${where}. kubectl would fall back to http://localhost:8080 and fail.`;
      return [{ message, evidence }];
    }
    return paths.map((p) => ({
      message: `${p} is listed but does not exist; kubectl skips it silently, so anything defined only there (a context, cluster or user) is missing.`,
      severity: "warning",
      evidence: { ...evidence, missing: [p] }
    }));
  }
});

// src/checks/kubeconfig/proxy-url-invalid.ts
var SCHEMES = ["http:", "https:", "socks5:"];
function problem(proxy) {
  let url;
  try {
    url = new URL(proxy);
  } catch {
    return `could not parse: ${withoutUserInfo(proxy)}`;
  }
  if (!SCHEMES.includes(url.protocol)) {
    return `unsupported scheme "${url.protocol.slice(0, -1)}", must be http, https, or socks5`;
  }
  return url.hostname ? void 0 : "has no host";
}
var proxy_url_invalid_default = defineCheck({
  id: "kubeconfig/proxy-url-invalid",
  title: "Cluster proxy-url is invalid",
  severity: "error",
  description: 'A cluster\'s `proxy-url` must be an http, https or socks5 URL. Otherwise kubectl refuses the context: `invalid \'proxy-url\' "<url>" for cluster "<name>": unsupported scheme "<s>", must be http, https, or socks5`. When `proxy-url` is unset, HTTPS_PROXY/NO_PROXY apply instead.',
  remediation: "Fix or remove the proxy: `kubectl config set clusters.<name>.proxy-url http://proxy.example:3128` (or `socks5://127.0.0.1:1080` for an SSH tunnel, `ssh -D 1080 <bastion>`), or `kubectl config unset clusters.<name>.proxy-url` to use the environment.",
  run({ targets }) {
    const out = [];
    for (const t of targets) {
      const c = t.cluster;
      const proxy = c?.value["proxy-url"];
      if (!c || !isSet(proxy)) continue;
      const why2 = problem(proxy);
      if (!why2) continue;
      out.push({
        message: `proxy-url of cluster "${c.name}" (${fieldAt(c, "proxy-url")}) is invalid: ${why2}.`,
        context: t.contextName,
        evidence: { cluster: c.name, proxyUrl: withoutUserInfo(proxy), file: c.origin.file },
        location: fieldLocation(c, "proxy-url")
      });
    }
    return out;
  }
});

// src/checks/kubeconfig/redacted.ts
var redacted_default = defineCheck({
  id: "kubeconfig/redacted",
  title: "Kubeconfig holds redacted placeholders",
  severity: "error",
  description: "`kubectl config view` without `--raw` replaces secrets with `REDACTED` and certificate data with `DATA+OMITTED`. A kubeconfig copied from that output sends the word as a token (401 Unauthorized) or decodes the placeholder as certificate data, which is not a certificate.",
  remediation: "Export the kubeconfig again with the real values: `kubectl config view --raw --minify --flatten > kubeconfig` (then `base64 -w0 kubeconfig` for a secret), or regenerate it with the cloud CLI (`aws eks update-kubeconfig`, `gcloud container clusters get-credentials`, `az aks get-credentials`).",
  run({ targets, kubeconfig }) {
    const out = [];
    for (const t of targets) {
      for (const [kind, entry] of [
        ["cluster", t.cluster],
        ["user", t.user]
      ]) {
        if (!entry) continue;
        const file = entry.origin.file;
        const prefix = `${kind} "${entry.name}" `;
        const records = kubeconfig.files.find((f) => f.path === file)?.redacted ?? [];
        for (const r of records) {
          if (!r.field.startsWith(prefix)) continue;
          const where = r.line ? `${file}:${r.line}` : file;
          out.push({
            message: `${kind} "${entry.name}" has \`${r.field.slice(prefix.length)}\` = "${r.placeholder}" (${where}): a placeholder from \`kubectl config view\`, not the real value.`,
            context: t.contextName,
            evidence: { file, line: r.line ?? null, field: r.field, placeholder: r.placeholder },
            location: { file, ...r.line ? { line: r.line } : {} }
          });
        }
      }
    }
    return out;
  }
});

// src/checks/kubeconfig/server-invalid.ts
function problem2(server) {
  if (server !== server.trim() || /\s/.test(server)) {
    return {
      why: "contains whitespace (a stray space or newline from a secret or template)",
      severity: "error"
    };
  }
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(server)) {
    return {
      why: "has no scheme; kubectl then talks plain http://, with no TLS and no credentials",
      severity: "error"
    };
  }
  let url;
  try {
    url = new URL(server);
  } catch {
    return { why: "is not a valid URL", severity: "error" };
  }
  if (url.protocol === "http:") {
    return {
      why: "uses http://: kubectl applies credentials and TLS only to https servers, so requests go out anonymous and unencrypted",
      severity: "error"
    };
  }
  if (url.protocol !== "https:")
    return { why: `uses the unsupported scheme ${url.protocol}`, severity: "error" };
  if (url.username || url.password)
    return { why: "carries a user name or password in the URL", severity: "error" };
  if (url.search || url.hash)
    return { why: "has a query or fragment, which kubectl ignores", severity: "warning" };
  if (url.pathname !== "/" && !/\/k8s\/clusters\/[^/]+\/?$/.test(url.pathname)) {
    return {
      why: `has the path ${url.pathname}; every API path is appended to it (right only behind a proxy such as Rancher)`,
      severity: "warning"
    };
  }
  return void 0;
}
var server_invalid_default = defineCheck({
  id: "kubeconfig/server-invalid",
  title: "Cluster server URL is malformed or not https",
  severity: "error",
  description: "The cluster's `server:` must be an https URL such as `https://host:6443`. With http:// client-go sends no credentials and no TLS, and a URL without a scheme is treated as http://; whitespace pasted from a secret or an unexpected path makes requests miss the API server.",
  remediation: 'Set the exact endpoint: `kubectl config set-cluster <name> --server https://<host>:<port>`. EKS: `aws eks describe-cluster --name <cluster> --query cluster.endpoint`; GKE: `gcloud container clusters describe <cluster> --location <location> --format "value(endpoint)"` (prefix https://); AKS: `az aks show -g <rg> -n <cluster> --query fqdn` (https://\u2026:443); kubeadm: `https://<control-plane-endpoint>:6443`.',
  run({ targets }) {
    const out = [];
    for (const t of targets) {
      const c = t.cluster;
      const server = c?.value.server;
      if (!c || !isSet(server)) continue;
      const p = problem2(server);
      if (!p) continue;
      const shown2 = JSON.stringify(withoutUserInfo(server));
      out.push({
        message: `Server ${shown2} of cluster "${c.name}" (${fieldAt(c, "server")}) ${p.why}.`,
        severity: p.severity,
        context: t.contextName,
        evidence: { cluster: c.name, server: withoutUserInfo(server), file: c.origin.file },
        location: fieldLocation(c, "server")
      });
    }
    return out;
  }
});

// src/checks/kubeconfig/server-missing.ts
var server_missing_default = defineCheck({
  id: "kubeconfig/server-missing",
  title: "Cluster has no server",
  severity: "error",
  description: 'A cluster without `server:` gives kubectl no address: validation reports `no server found for cluster "<name>"`, and kubectl commands fall back to http://localhost:8080 ("The connection to the server localhost:8080 was refused").',
  remediation: 'Set the API server URL: `kubectl config set-cluster <name> --server https://<host>:6443`. EKS: `aws eks describe-cluster --name <cluster> --query cluster.endpoint`; GKE: `gcloud container clusters describe <cluster> --location <location> --format "value(endpoint)"`; AKS: `az aks show -g <resource-group> -n <cluster> --query fqdn`; kubeadm: the `controlPlaneEndpoint` (port 6443). Regenerating the kubeconfig with the cloud CLI sets it.',
  run({ targets }) {
    const out = [];
    for (const t of targets) {
      const c = t.cluster;
      if (!c || isSet(c.value.server)) continue;
      out.push({
        message: `Cluster "${c.name}" (${fieldAt(c)}), used by context "${t.contextName}", has no server URL.`,
        context: t.contextName,
        evidence: { cluster: c.name, file: c.origin.file, line: c.origin.line ?? null },
        location: fieldLocation(c)
      });
    }
    return out;
  }
});

// src/checks/kubeconfig/shadowed-entry.ts
function summary(kind, e) {
  if (kind === "cluster") {
    const server = e.value.server;
    return server ? `server ${withoutUserInfo(server)}` : "no server";
  }
  if (kind === "context") {
    const c = e.value;
    return `cluster "${c.cluster ?? ""}", user "${c.user ?? ""}"${c.namespace ? `, namespace "${c.namespace}"` : ""}`;
  }
  return describeAuth(e.value);
}
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${k}:${canonical(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
var shadowed_entry_default = defineCheck({
  id: "kubeconfig/shadowed-entry",
  title: "Entry shadowed by an earlier kubeconfig file",
  severity: "warning",
  description: "When KUBECONFIG lists several files, the first file that defines a cluster, user or context name wins the whole entry; later definitions of the same name are ignored field by field. A stale `~/.kube/config` listed first, or a runner that already has a kubeconfig, silently overrides the credentials this job wrote.",
  remediation: 'Give the entry a unique name, remove the stale definition, or order KUBECONFIG so the file you mean comes first (`export KUBECONFIG="$PWD/kubeconfig:$HOME/.kube/config"`). To use one file only, set KUBECONFIG to just that file or pass `--kubeconfig`.',
  run({ kubeconfig, targets }) {
    const out = [];
    for (const s of kubeconfig.shadowed) {
      const used = targets.filter(
        (t) => s.kind === "context" && t.contextName === s.name || s.kind === "cluster" && t.cluster?.name === s.name || s.kind === "user" && t.user?.name === s.name
      );
      for (const t of used) {
        const same = s.losers.every((l) => canonical(l.value) === canonical(s.winner.value));
        const ignored = s.losers.map((l) => `${at(l.origin)} (${summary(s.kind, l)})`).join("; ");
        out.push({
          message: `${s.kind} "${s.name}" is defined in several files; kubectl uses ${at(s.winner.origin)} (${summary(s.kind, s.winner)}) and ignores ${ignored}` + (same ? ", which is identical." : "."),
          severity: same ? "notice" : "warning",
          context: t.contextName,
          evidence: {
            kind: s.kind,
            name: s.name,
            winner: at(s.winner.origin),
            ignored: s.losers.map((l) => at(l.origin)),
            identical: same
          },
          location: {
            file: s.winner.origin.file,
            ...s.winner.origin.line ? { line: s.winner.origin.line } : {}
          }
        });
      }
    }
    return out;
  }
});

// src/checks/kubeconfig/unparseable.ts
var REFUSED = {
  size: {
    why: "A kubeconfig is a few kilobytes, so this file holds something else or far too much",
    fix: "Check what the file or secret really holds (`ls -l <file>`, `head -c 300 <file>`): a log, an archive, or many kubeconfigs pasted together. Give the job only the context it uses: `kubectl config view --minify --flatten --context <name> > deploy.kubeconfig`, and store that as the secret."
  },
  nodes: {
    why: "Thousands of contexts is far more than a deploy needs, and parsing them would take seconds",
    fix: "Give the job only the context it uses: `kubectl config view --minify --flatten --context <name> > deploy.kubeconfig`, and store that as the secret. To audit a large fleet, split it into several files and pass them as a glob (`kubeconfig: kubeconfigs/*.yaml`)."
  },
  aliases: {
    why: `Its YAML anchors and aliases multiply into a huge document (an alias bomb, "billion laughs"); kubectl's YAML reader refuses it too ("excessive aliasing")`,
    fix: "Do not use this file: a kubeconfig needs no YAML anchors. Regenerate it from its source (`aws eks update-kubeconfig`, `gcloud container clusters get-credentials`, `az aks get-credentials`, or your cluster's admin), and find out what wrote it."
  },
  depth: {
    why: "Its values nest deeper than any kubeconfig does (usually an alias that refers to itself)",
    fix: "Remove the self-referencing anchors and aliases near the line given, or regenerate the file with `kubectl config view --flatten` from a good copy."
  }
};
var unparseable_default = defineCheck({
  id: "kubeconfig/unparseable",
  title: "Kubeconfig cannot be parsed",
  severity: "error",
  description: 'kubectl refuses a kubeconfig file that is not valid YAML, is not a mapping, is not `apiVersion: v1` / `kind: Config`, or has a value of the wrong type (a number where text belongs, a quoted "true" for a boolean): `error loading config file "<file>": \u2026`. One bad file in KUBECONFIG fails every command, whichever context is used.',
  remediation: 'Fix the file at the line and column given. Common causes: tabs used for indentation; an unquoted value YAML reads as a number or boolean (quote it: `token: "12345"`, `current-context: "on"`); `insecure-skip-tls-verify: "true"` (drop the quotes); a secret holding base64 written to the file without decoding (`echo "$KUBECONFIG_B64" | base64 -d > file`); a manifest or ExecCredential pasted instead of a kubeconfig. Check with `kubectl config view --kubeconfig <file>`, or regenerate it with the cloud CLI.',
  run({ kubeconfig }) {
    const out = [];
    for (const f of kubeconfig.files) {
      if (f.status !== "invalid" || duplicateNames(f).length > 0) continue;
      const pos = f.position ? `:${f.position.line}:${f.position.column}` : "";
      const refused = f.refused ? REFUSED[f.refused] : void 0;
      out.push({
        message: refused ? `kube-preflight will not read ${f.path}${pos}: it ${f.error ?? "is refused"}. ${refused.why}.` : `kubectl cannot load ${f.path}${pos}: ${f.error ?? "invalid kubeconfig"}.`,
        ...refused ? { remediation: refused.fix } : {},
        evidence: {
          file: f.path,
          line: f.position?.line ?? null,
          column: f.position?.column ?? null,
          error: f.error ?? null,
          refused: f.refused ?? null
        },
        location: { file: f.path, ...f.position ?? {} }
      });
    }
    return out;
  }
});

// src/checks/kubeconfig/user-not-found.ts
var user_not_found_default = defineCheck({
  id: "kubeconfig/user-not-found",
  title: "Context points at a user that is not defined",
  severity: "error",
  description: "A context whose `user:` is empty or names no defined user is not rejected by kubectl: it connects with no credentials at all. kubectl then asks `Please enter Username:` and, with no terminal in CI, fails with `error: EOF`; other clients are answered 401 or 403 as `system:anonymous`. (A context missing its cluster too falls back to http://localhost:8080.)",
  remediation: "Define the user or point the context at an existing one: `kubectl config set-credentials <name> --token <token>` (or `--client-certificate`/`--client-key`, or `--exec-command`), then `kubectl config set-context <context> --user <name>`. Or regenerate the kubeconfig: EKS `aws eks update-kubeconfig --name <cluster> --region <region>`; GKE `gcloud container clusters get-credentials <cluster> --location <location>`; AKS `az aks get-credentials -g <resource-group> -n <cluster>` then `kubelogin convert-kubeconfig -l azurecli`.",
  run({ targets, kubeconfig }) {
    const out = [];
    for (const t of targets) {
      if (!t.context || t.user) continue;
      const name = t.context.value.user;
      const what = name ? `names user "${name}", which is not defined in any loaded file (defined: ${nameList(kubeconfig.users.keys())})` : "does not name a user";
      out.push({
        message: `Context "${t.contextName}" (${fieldAt(t.context, "user")}) ${what}; kubectl sends requests without credentials and prompts \`Please enter Username:\`, which fails with EOF in CI.`,
        context: t.contextName,
        evidence: { context: t.contextName, user: name ?? null, file: t.context.origin.file },
        location: fieldLocation(t.context, "user")
      });
    }
    return out;
  }
});

// src/checks/policy/invalid.ts
var invalid_default = defineCheck({
  id: "policy/invalid",
  title: "The policy file is invalid and was not applied",
  severity: "error",
  description: "The policy file (`.github/kube-preflight.yml`, or the one the `config` input names) has a problem: invalid YAML, an unknown key, a check id that does not exist, a severity or duration that cannot be read, or a suppression without a reason. A policy with any problem is not applied at all \u2014 no overrides, no suppressions, no defaults \u2014 so that a typo never hides a finding by accident. This finding cannot itself be suppressed.",
  remediation: "Fix the line named. The format: `defaults` (min-validity, warn-within, fail-on), `checks` (check id or glob \u2192 error | warning | notice | off) and `suppress` (a list of check, reason, optional context glob and until date YYYY-MM-DD); see the README.",
  run({ policy }) {
    const out = [];
    for (const p of policy?.problems ?? []) {
      out.push({
        message: `Policy file ${policy?.path}${p.line ? `:${p.line}` : ""} ${p.message}. The policy was not applied.`,
        evidence: { file: policy?.path ?? "", line: p.line ?? null, problem: p.message },
        location: { file: policy?.file ?? "", ...p.line ? { line: p.line } : {} }
      });
    }
    return out;
  }
});

// src/checks/policy/suppression-expired.ts
var suppression_expired_default = defineCheck({
  id: "policy/suppression-expired",
  title: "A suppression in the policy file has expired",
  severity: "notice",
  description: "A `suppress` entry\u2019s `until` date has passed, so the findings it hid are reported again. Suppressions expire on purpose: each one is a decision to re-check.",
  remediation: "Fix what the suppression hid, or, if the reason still holds, move `until` forward (and say why in `reason`). Remove the entry when it is no longer needed.",
  run({ policy, now }) {
    const out = [];
    for (const s of policy?.policy?.suppressions ?? []) {
      if (!s.until || now.getTime() < untilEnd(s.until)) continue;
      out.push({
        message: `The suppression of ${s.check}${s.context ? ` in contexts ${s.context}` : ""} (${policy?.path}:${s.line}) held until ${s.until}; its findings are reported again. Its reason was: ${s.reason}`,
        evidence: { check: s.check, context: s.context ?? null, until: s.until, reason: s.reason },
        location: { file: policy?.file ?? "", line: s.line }
      });
    }
    return out;
  }
});

// src/model/token.ts
var STS_CLOCK_SKEW_SECONDS = 300;
var JWT_LEEWAY_SECONDS = 60;
var KIND_NAMES = {
  eks: "EKS token",
  "legacy-service-account": "legacy service-account token",
  "service-account": "service-account token",
  gke: "GKE access token",
  aks: "Azure AD token",
  oidc: "OIDC ID token",
  jwt: "JWT",
  opaque: "bearer token"
};
function tokenKind(cred, t) {
  const { token } = cred;
  if (token.format === "eks") return "eks";
  if (token.issuer === "kubernetes/serviceaccount") return "legacy-service-account";
  if (token.subject?.startsWith("system:serviceaccount:")) return "service-account";
  const command = cred.source.kind === "exec" ? t.exec?.command.split("/").pop() ?? "" : "";
  if (/^(gke-gcloud-auth-plugin|gcloud)$/.test(command)) return "gke";
  if (command === "kubelogin" || /^https:\/\/(sts\.windows\.net|login\.microsoftonline\.com)\//.test(token.issuer ?? "")) {
    return "aks";
  }
  if (token.format === "jwt") return /^https:\/\//.test(token.issuer ?? "") ? "oidc" : "jwt";
  return "opaque";
}
var shift = (iso2, seconds) => new Date(Date.parse(iso2) - seconds * 1e3).toISOString();
function tokenWindow(token) {
  const window = {};
  if (token.expiresAt) window.notAfter = token.expiresAt;
  if (token.format === "eks") {
    if (token.notBefore) window.notBefore = shift(token.notBefore, STS_CLOCK_SKEW_SECONDS);
    return window;
  }
  const starts = [token.notBefore, token.issuedAt].filter((s) => Boolean(s));
  const latest = starts.sort().pop();
  if (latest) window.notBefore = shift(latest, JWT_LEEWAY_SECONDS);
  return window;
}
function tokenLabel(cred, t) {
  const name = KIND_NAMES[tokenKind(cred, t)];
  return `the ${name} in ${describeSource(cred.source)} of user "${t.user?.name ?? "?"}"`;
}
function tokenEvidence(cred, t) {
  const { token, source } = cred;
  const e = {
    user: t.user?.name ?? null,
    field: source.field,
    format: token.format,
    kind: tokenKind(cred, t),
    fingerprint: token.fingerprint
  };
  for (const key of [
    "issuer",
    "subject",
    "audience",
    "issuedAt",
    "notBefore",
    "expiresAt"
  ]) {
    const value = token[key];
    if (value !== void 0) e[key] = value;
  }
  if (token.eks) {
    e.stsHost = token.eks.host;
    e.region = token.eks.region;
    e.signedAt = token.eks.signedAt;
    e.accessKeyPrefix = token.eks.accessKeyPrefix;
    e.temporaryCredentials = token.eks.temporaryCredentials;
  }
  if (source.path) e.path = source.path;
  e.file = source.origin.file;
  e.line = source.origin.line ?? null;
  return e;
}
function tokenLocation(cred) {
  const { file, line } = cred.source.origin;
  return line ? { file, line } : { file };
}
function eksCluster(t, cred) {
  const arn = /^arn:aws[\w-]*:eks:([\w-]+):\d+:cluster\/(.+)$/.exec(t.cluster?.name ?? "");
  const args = t.exec?.args ?? [];
  const flag = args.indexOf("--cluster-name");
  const name = arn?.[2] ?? (flag >= 0 ? args[flag + 1] : void 0) ?? "<cluster>";
  return { name, region: arn?.[1] ?? (cred.token.eks?.region || "<region>") };
}
function serviceAccount(token) {
  const [, , ns, sa] = (token.subject ?? "").split(":");
  return ns && sa ? `${sa} -n ${ns}` : "<service-account> -n <namespace>";
}
function tokenFix(cred, t) {
  const kind = tokenKind(cred, t);
  const sa = serviceAccount(cred.token);
  switch (kind) {
    case "eks": {
      const c = eksCluster(t, cred);
      return `An \`aws eks get-token\` token is valid for only 15 minutes after it is signed, so a token minted earlier in the job or stored in a secret goes stale. Let kubectl mint a fresh one on every call through the exec plugin: after \`aws-actions/configure-aws-credentials\`, run \`aws eks update-kubeconfig --name ${c.name} --region ${c.region}\` and drop the static \`token:\`.`;
    }
    case "legacy-service-account":
    case "service-account":
      return `Mint a short-lived token for the service account: \`kubectl create token ${sa} --duration=2h\` (choose a duration that covers the job; the API server may cap it) and store it in the CI secret. Better, avoid stored tokens: use GitHub OIDC with workload identity (EKS access entries / IRSA, GKE Workload Identity Federation, AKS workload identity).`;
    case "gke":
      return "Let gke-gcloud-auth-plugin mint tokens: authenticate with `google-github-actions/auth` (Workload Identity Federation), add `google-github-actions/setup-gcloud` with `install_components: gke-gcloud-auth-plugin`, then `gcloud container clusters get-credentials <cluster> --location <location>`.";
    case "aks":
      return "Get a fresh Azure AD token through kubelogin: `azure/login`, then `az aks get-credentials -g <resource-group> -n <cluster>` and `kubelogin convert-kubeconfig -l azurecli` (or `-l workloadidentity`).";
    case "oidc":
      return "Log in to the identity provider again for a fresh ID token (kubelogin / `kubectl oidc-login`); in CI, browser logins cannot work, so prefer a short-lived service-account token (`kubectl create token <sa> -n <namespace> --duration=2h`) or GitHub OIDC trusted by the cluster.";
    default:
      return "Replace the token with a fresh one from its issuer: `kubectl create token <sa> -n <namespace> --duration=2h` for a service account, or the cloud exec plugin (EKS `aws eks update-kubeconfig`, GKE `gcloud container clusters get-credentials`, AKS `az aks get-credentials` + kubelogin).";
  }
}

// src/checks/token/expired.ts
var expired_default = defineCheck({
  id: "token/expired",
  title: "Bearer token has expired",
  severity: "error",
  description: 'The token a user authenticates with is past its expiry: the `exp` claim of a JWT, or 15 minutes after X-Amz-Date for an EKS token (STS ignores X-Amz-Expires). The API server answers every request with a bare 401 Unauthorized, and kubectl says "You must be logged in to the server".',
  remediation: "Replace the token with a fresh one: EKS \u2014 use the exec plugin (`aws eks update-kubeconfig --name <cluster> --region <region>`) instead of a token minted earlier; service accounts \u2014 `kubectl create token <sa> -n <namespace> --duration=2h`; OIDC \u2014 log in again (kubelogin); GKE/AKS \u2014 let gke-gcloud-auth-plugin / kubelogin mint tokens.",
  run({ targets, now, settings }) {
    const out = [];
    for (const t of targets) {
      for (const cred of tokenCredentials(t)) {
        const verdict = judgeExpiry(tokenWindow(cred.token), now, settings);
        if (verdict.state !== "expired") continue;
        const eks = cred.token.eks?.signedAt ? ` It was signed at ${cred.token.eks.signedAt}; EKS tokens live 15 minutes.` : "";
        out.push({
          message: `Context "${t.contextName}": ${tokenLabel(cred, t)} ${verdict.phrase}.${eks}`,
          remediation: tokenFix(cred, t),
          context: t.contextName,
          evidence: { ...tokenEvidence(cred, t), secondsLeft: verdict.secondsLeft ?? null },
          location: tokenLocation(cred)
        });
      }
    }
    return out;
  }
});

// src/checks/token/expiring.ts
var expiring_default = defineCheck({
  id: "token/expiring",
  title: "Bearer token expires soon",
  severity: "warning",
  description: "A static token (kubeconfig `token` or `tokenFile`) expires before the job can be expected to finish: an error inside `min-validity`, a warning inside `warn-within`. Tokens from exec plugins are left out: kubectl runs the plugin again for a new one. A static EKS token always lands here, since it lives only 15 minutes.",
  remediation: "Mint a token that outlives the job, or better, one per call: EKS \u2014 the exec plugin via `aws eks update-kubeconfig`; service accounts \u2014 `kubectl create token <sa> -n <namespace> --duration=2h`; OIDC/GKE/AKS \u2014 their exec plugins (kubelogin, gke-gcloud-auth-plugin).",
  run({ targets, now, settings }) {
    const out = [];
    for (const t of targets) {
      for (const cred of tokenCredentials(t)) {
        if (cred.source.kind === "exec") continue;
        const verdict = judgeExpiry(tokenWindow(cred.token), now, settings);
        if (verdict.state !== "expiring") continue;
        const eks = cred.token.format === "eks" ? " A static EKS token cannot cover a deploy." : "";
        out.push({
          message: `Context "${t.contextName}": ${tokenLabel(cred, t)} ${verdict.phrase}.${eks}`,
          ...verdict.severity ? { severity: verdict.severity } : {},
          remediation: tokenFix(cred, t),
          context: t.contextName,
          evidence: { ...tokenEvidence(cred, t), secondsLeft: verdict.secondsLeft ?? null },
          location: tokenLocation(cred)
        });
      }
    }
    return out;
  }
});

// src/checks/token/malformed.ts
var WHITESPACE_FIX = 'Remove the stray characters: keep `token: <value>` on one line in YAML (a `|` block adds a line break), write token files with `printf %s "$TOKEN" > file` rather than `echo`, and copy tokens as plain text (no byte-order mark or zero-width characters).';
var malformed_default = defineCheck({
  id: "token/malformed",
  title: "Bearer token is malformed",
  severity: "error",
  description: "The token cannot work as written: a JWT that does not decode (segments, base64url, JSON, claims), an EKS token whose presigned STS URL aws-iam-authenticator or STS would refuse (host, parameters, unsigned x-k8s-aws-id, X-Amz-Expires, size), or characters that break the Authorization header (line breaks, spaces, non-ASCII). The server only ever says 401 Unauthorized, so this names the cause.",
  remediation: "Mint the token again with its own tool rather than editing it: EKS \u2014 `aws eks update-kubeconfig --name <cluster> --region <region>` (exec plugin); service accounts \u2014 `kubectl create token <sa> -n <namespace> --duration=2h`; OIDC/GKE/AKS \u2014 their exec plugins. " + WHITESPACE_FIX,
  run({ targets }) {
    const out = [];
    for (const t of targets) {
      for (const cred of tokenCredentials(t)) {
        const problems = [
          ...cred.token.malformed ? [cred.token.malformed] : [],
          ...cred.token.eks?.problems ?? []
        ];
        if (problems.length === 0) continue;
        const eks = cred.token.eks?.problems.length ? " (aws-iam-authenticator or STS rejects it, and the client sees only 401)" : "";
        const characters = /whitespace|line break|control character|non-ASCII|empty/.test(
          cred.token.malformed ?? ""
        );
        out.push({
          message: `Context "${t.contextName}": ${tokenLabel(cred, t)} is malformed${eks}: ${problems.join("; ")}.`,
          remediation: characters ? WHITESPACE_FIX : tokenFix(cred, t),
          context: t.contextName,
          evidence: { ...tokenEvidence(cred, t), problems },
          location: tokenLocation(cred)
        });
      }
    }
    return out;
  }
});

// src/checks/token/no-expiry.ts
var no_expiry_default = defineCheck({
  id: "token/no-expiry",
  title: "Bearer token never expires",
  severity: "notice",
  description: "A JWT without an `exp` claim stays valid until its signing key or Secret is removed. The usual case is a legacy service-account token Secret (`kubernetes.io/service-account-token`, issuer `kubernetes/serviceaccount`): if the CI secret leaks, the cluster stays open. Opaque tokens are not reported: their lifetime cannot be read from them.",
  remediation: "Use short-lived credentials: `kubectl create token <sa> -n <namespace> --duration=2h` per run, or GitHub OIDC with workload identity (EKS access entries / IRSA, GKE Workload Identity Federation, AKS workload identity). Then delete the legacy token Secret.",
  run({ targets }) {
    const out = [];
    for (const t of targets) {
      for (const cred of tokenCredentials(t)) {
        const { token } = cred;
        if (token.format !== "jwt" || token.expiresAt || token.malformed) continue;
        if (cred.source.kind === "exec" && t.exec?.credential?.expirationTimestamp) continue;
        const legacy = tokenKind(cred, t) === "legacy-service-account";
        const what = legacy ? "a legacy service-account token Secret, which never expires and is not bound to a pod" : 'a JWT without an "exp" claim, valid until its signing key is rotated';
        out.push({
          message: `Context "${t.contextName}": ${tokenLabel(cred, t)} is ${what}${token.subject ? ` (subject ${token.subject})` : ""}.`,
          remediation: tokenFix(cred, t),
          context: t.contextName,
          evidence: tokenEvidence(cred, t),
          location: tokenLocation(cred)
        });
      }
    }
    return out;
  }
});

// src/checks/token/not-yet-valid.ts
var CLOCK_FIX = 'Check the runner clock: compare `date -u` with a trusted source (e.g. the `Date:` header of `curl -sI https://sts.amazonaws.com`), and `timedatectl status` should say "System clock synchronized: yes". Enable time sync on self-hosted runners (`sudo timedatectl set-ntp true`, or `sudo systemctl enable --now chrony` and `chronyc tracking`); containers share the host clock, so fix the host. If the token was minted on another machine, check that machine\u2019s clock too, then mint it again.';
function why(token) {
  if (token.format === "eks") {
    return `it is signed at ${token.notBefore}, more than 5 minutes ahead of this runner's clock, so STS rejects it ("Signature not yet current")`;
  }
  const claims = [
    token.notBefore ? `nbf ${token.notBefore}` : "",
    token.issuedAt ? `iat ${token.issuedAt}` : ""
  ].filter(Boolean);
  return `its ${claims.join(" and ")} lie in the future beyond the API server's 1-minute leeway`;
}
var not_yet_valid_default = defineCheck({
  id: "token/not-yet-valid",
  title: "Bearer token is not valid yet",
  severity: "error",
  description: "The token starts being valid in the future: a JWT `nbf`/`iat` more than a minute ahead, or an EKS token signed more than 5 minutes ahead (STS tolerance). Either this runner\u2019s clock is behind or the clock of the machine that minted the token is ahead; the server answers 401.",
  remediation: CLOCK_FIX,
  run({ targets, now, settings }) {
    const out = [];
    for (const t of targets) {
      for (const cred of tokenCredentials(t)) {
        const window = tokenWindow(cred.token);
        const verdict = judgeExpiry(window, now, settings);
        if (verdict.state !== "not-yet-valid" || !window.notBefore) continue;
        const ahead = (Date.parse(window.notBefore) - now.getTime()) / 1e3;
        out.push({
          message: `Context "${t.contextName}": ${tokenLabel(cred, t)} is not valid yet: ${why(cred.token)}. This runner's clock reads ${now.toISOString()}; the token becomes acceptable in ${formatDuration(ahead)}. The runner clock may be behind (or the minting machine's ahead).`,
          context: t.contextName,
          evidence: { ...tokenEvidence(cred, t), runnerTime: now.toISOString() },
          location: tokenLocation(cred)
        });
      }
    }
    return out;
  }
});

// src/checks/token/oidc-audience-mismatch.ts
var oidc_audience_mismatch_default = defineCheck({
  id: "token/oidc-audience-mismatch",
  title: "OIDC ID token is not for the configured client ID",
  severity: "warning",
  description: "The ID token\u2019s `aud` claim does not contain the client ID the kubeconfig names (auth-provider `client-id`, kubelogin `--oidc-client-id`). The API server accepts only ID tokens whose audience holds its own client ID (`--oidc-client-id` or the AuthenticationConfiguration audiences), which is almost always the same one \u2014 so this token is likely rejected with 401.",
  remediation: "Request the token for the cluster\u2019s client ID (kubelogin `--oidc-client-id`), or add this audience to the API server\u2019s OIDC configuration.",
  run({ targets }) {
    const out = [];
    for (const t of targets) {
      const clientId = t.oidc?.clientId;
      const token = t.oidc?.idToken ?? t.exec?.credential?.token;
      const aud = token?.audience;
      if (!clientId || !aud || aud.includes(clientId)) continue;
      out.push({
        message: `Context "${t.contextName}": the ID token from ${t.oidc?.issuer} has audience ${aud.map((a) => `"${a}"`).join(", ")}, which does not include the client ID "${clientId}".`,
        context: t.contextName,
        evidence: {
          clientId,
          audience: aud,
          issuer: t.oidc?.issuer ?? null,
          fingerprint: token.fingerprint
        }
      });
    }
    return out;
  }
});

// src/checks/token/oidc-issuer-mismatch.ts
var oidc_issuer_mismatch_default = defineCheck({
  id: "token/oidc-issuer-mismatch",
  title: "OIDC discovery document names another issuer",
  severity: "error",
  description: "The issuer\u2019s discovery document says its `issuer` is not the URL the kubeconfig (or the token\u2019s `iss`) uses. OIDC clients and the API server compare the two exactly \u2014 a trailing slash, `http` vs `https` or a different path all count \u2014 so token validation and refresh fail.",
  remediation: "Use the issuer URL exactly as the discovery document spells it, in the kubeconfig (`idp-issuer-url`, kubelogin `--oidc-issuer-url`) and in the API server\u2019s OIDC configuration.",
  run({ targets }) {
    const out = [];
    for (const t of targets) {
      const probe = t.live?.oidc;
      if (!probe?.reachable || probe.documentIssuer === void 0 || !t.oidc) continue;
      out.push({
        message: `Context "${t.contextName}": the discovery document at ${probe.discoveryUrl} names the issuer "${probe.documentIssuer}", but ${t.oidc.from === "token" ? "the token's iss" : "the kubeconfig"} says "${t.oidc.issuer}".`,
        remediation: `Use "${probe.documentIssuer}" as the issuer URL everywhere, or fix the issuer's configuration so it announces "${t.oidc.issuer}".`,
        context: t.contextName,
        evidence: { configured: t.oidc.issuer, announced: probe.documentIssuer, from: t.oidc.from }
      });
    }
    return out;
  }
});

// src/checks/token/oidc-issuer-unreachable.ts
var oidc_issuer_unreachable_default = defineCheck({
  id: "token/oidc-issuer-unreachable",
  title: "OIDC issuer's discovery document cannot be fetched",
  severity: "warning",
  description: "The context gets its tokens from an OpenID Connect issuer (auth-provider `oidc`, kubelogin, or an ID token from the issuer). The runner fetched `<issuer>/.well-known/openid-configuration`, as kubectl and kubelogin do before refreshing a token, and it failed. Once the current ID token expires, the runner cannot get a new one: an error when that happens inside min-validity, a notice when only the API server (not the runner) talks to the issuer.",
  remediation: "Make the issuer reachable from the runner (proxy, NO_PROXY, firewall, DNS), give the kubeconfig the issuer\u2019s CA (`idp-certificate-authority-data`, or kubelogin\u2019s `--certificate-authority`), or correct `idp-issuer-url` / `--oidc-issuer-url`.",
  run({ targets, now, settings }) {
    const out = [];
    for (const t of targets) {
      const probe = t.live?.oidc;
      const oidc = t.oidc;
      if (!probe || probe.reachable || !oidc) continue;
      const why2 = probe.failure ? probe.failure.detail : `it answered HTTP ${probe.status ?? "?"} without a discovery document`;
      const token = oidc.idToken ?? t.exec?.credential?.token;
      const verdict = token ? judgeExpiry({ notBefore: token.notBefore, notAfter: token.expiresAt }, now, settings) : void 0;
      const refreshes = oidc.from === "exec-args" || oidc.from === "auth-provider" && oidc.refreshToken;
      const soon = verdict?.state === "expired" || verdict?.severity === "error";
      const severity = oidc.from === "token" ? "notice" : refreshes && soon ? "error" : "warning";
      const consequence = oidc.from === "token" ? "The runner does not refresh this token itself; the API server must reach the issuer to validate it." : `The ID token ${verdict?.phrase ?? "has no known expiry"}; ${refreshes ? "renewing it needs the issuer" : "a new one needs the issuer"}, so ${soon ? "this run cannot get a valid token" : "the next renewal will fail from this runner"}.`;
      out.push({
        message: `Context "${t.contextName}": the OIDC issuer ${oidc.issuer} cannot be reached from this runner (${probe.discoveryUrl}: ${why2}). ${consequence}`,
        severity,
        context: t.contextName,
        evidence: {
          issuer: oidc.issuer,
          from: oidc.from,
          discoveryUrl: probe.discoveryUrl,
          status: probe.status ?? null,
          ...probe.failure?.kind === "unreachable" ? { reason: probe.failure.reason } : {},
          ...probe.failure?.kind === "tls" ? { tls: probe.failure.problem } : {}
        }
      });
    }
    return out;
  }
});

// src/checks/index.ts
var CHECKS = [
  credentials_expired_default,
  credentials_invalid_default,
  identity_mismatch_default,
  no_credentials_default,
  session_expiring_default,
  sts_unreachable_default,
  ca_expired_default,
  ca_expiring_default,
  client_expired_default,
  client_expiring_default,
  client_not_yet_valid_default,
  anonymous_default,
  clock_skew_default,
  forbidden_default,
  identity_mismatch_default2,
  permission_missing_default,
  server_error_default,
  tls_hostname_mismatch_default,
  tls_server_cert_expired_default,
  tls_untrusted_default,
  unauthorized_default,
  unreachable_default,
  version_skew_default,
  whoami_unavailable_default,
  access_entry_no_permissions_default,
  api_unavailable_default,
  auth_mode_ignores_configmap_default,
  aws_auth_invalid_default,
  aws_auth_role_path_default,
  aws_auth_sso_path_default,
  aws_auth_sts_arn_default,
  aws_auth_unreadable_default,
  ca_mismatch_default,
  cluster_not_active_default,
  cluster_not_found_default,
  endpoint_mismatch_default,
  endpoint_private_default,
  exec_identity_differs_default,
  principal_not_mapped_default,
  region_mismatch_default,
  token_cluster_mismatch_default,
  validator_permission_missing_default,
  api_version_removed_default,
  config_invalid_default,
  credential_expired_default,
  failed_default,
  interactive_required_default,
  invalid_output_default,
  not_found_default,
  timeout_default,
  audit_glob_limit_default,
  audit_no_match_default,
  auth_provider_removed_default,
  basic_auth_default,
  cert_without_key_default,
  cluster_not_found_default2,
  context_not_found_default,
  data_and_file_default,
  data_invalid_default,
  duplicate_key_default,
  duplicate_name_default,
  empty_input_default,
  file_unreadable_default,
  insecure_tls_default,
  insecure_with_ca_default,
  invalid_namespace_default,
  key_mismatch_default,
  multiple_auth_methods_default,
  no_credentials_default2,
  no_current_context_default,
  not_found_default2,
  proxy_url_invalid_default,
  redacted_default,
  server_invalid_default,
  server_missing_default,
  shadowed_entry_default,
  unparseable_default,
  user_not_found_default,
  invalid_default,
  suppression_expired_default,
  expired_default,
  expiring_default,
  malformed_default,
  no_expiry_default,
  not_yet_valid_default,
  oidc_audience_mismatch_default,
  oidc_issuer_mismatch_default,
  oidc_issuer_unreachable_default
];

// src/evaluate.ts
var CHECK_CRASHED = "internal/check-crashed";
function evaluate(checks, facts) {
  const findings = [];
  for (const check of checks) {
    try {
      for (const draft of check.run(facts)) {
        findings.push({
          id: check.id,
          severity: draft.severity ?? check.severity,
          title: check.title,
          message: draft.message,
          remediation: draft.remediation ?? check.remediation,
          ...draft.context !== void 0 ? { context: draft.context } : {},
          ...draft.evidence ? { evidence: draft.evidence } : {},
          ...draft.location ? { location: draft.location } : {}
        });
      }
    } catch (err) {
      findings.push({
        id: CHECK_CRASHED,
        severity: "error",
        title: "A kube-preflight check failed unexpectedly",
        message: `Check ${check.id} failed: ${err.message ?? String(err)}. Its result is unknown.`,
        remediation: "This is a bug in kube-preflight. Please report it with the JSON report attached (it contains no secrets).",
        evidence: { check: check.id }
      });
    }
  }
  return findings;
}

// src/gather/index.ts
import * as path6 from "node:path";

// src/gather/kubeconfig/index.ts
import * as path3 from "node:path";

// src/gather/kubeconfig/input.ts
var TOP_LEVEL_KEY = /^(apiVersion|kind|clusters|contexts|users|current-context|preferences)\s*:/m;
var JSON_KUBECONFIG = /^\{[\s\S]*"(apiVersion|kind|clusters|contexts|users|current-context)"\s*:/;
var STARTS_LIKE_CONTENT = /^(\{|---|#|(apiVersion|kind|clusters|contexts|users|current-context|preferences)\s*:)/;
function looksLikeKubeconfigText(text2) {
  const t = text2.replace(/^\uFEFF/, "").trimStart();
  return TOP_LEVEL_KEY.test(t) || JSON_KUBECONFIG.test(t);
}
function decodeBase64Kubeconfig(raw) {
  const compact = raw.replace(/\s+/g, "");
  if (compact.length < 16 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) return void 0;
  let text2;
  try {
    text2 = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.from(compact, "base64"));
  } catch {
    return void 0;
  }
  return looksLikeKubeconfigText(text2) ? text2 : void 0;
}
function looksLikeBase64Kubeconfig(raw) {
  return decodeBase64Kubeconfig(raw) !== void 0;
}
function interpretKubeconfigInput(raw, pathDelimiter = ":") {
  if (raw === void 0 || raw.trim() === "auto") return { kind: "auto" };
  const text2 = raw.trim();
  if (text2 === "") return { kind: "empty" };
  if (decodeBase64Kubeconfig(text2) !== void 0)
    return { kind: "content", text: text2, encoding: "base64" };
  if (text2.includes("\n") || STARTS_LIKE_CONTENT.test(text2.replace(/^\uFEFF/, ""))) {
    return { kind: "content", text: raw, encoding: "yaml" };
  }
  const paths = text2.split(pathDelimiter).map((p) => p.trim()).filter((p) => p !== "");
  if (paths.length === 0) return { kind: "empty" };
  return { kind: "paths", paths, explicit: paths.length === 1 };
}

// src/gather/kubeconfig/merge.ts
function mergeKind(kind, lists, shadowed) {
  const winners = /* @__PURE__ */ new Map();
  const losers = /* @__PURE__ */ new Map();
  lists.forEach((list, fileIndex) => {
    for (const entry of list) {
      const winner = winners.get(entry.name);
      if (!winner) winners.set(entry.name, { entry, fileIndex });
      else if (winner.fileIndex !== fileIndex) {
        losers.set(entry.name, [...losers.get(entry.name) ?? [], entry]);
      }
    }
  });
  for (const [name, lost] of losers) {
    const winner = winners.get(name)?.entry;
    if (winner) shadowed.push({ kind, name, winner, losers: lost });
  }
  return new Map([...winners].map(([name, w]) => [name, w.entry]));
}
function mergeFiles(source, files) {
  const shadowed = [];
  const merged = {
    source,
    files,
    clusters: mergeKind(
      "cluster",
      files.map((f) => f.clusters),
      shadowed
    ),
    users: mergeKind(
      "user",
      files.map((f) => f.users),
      shadowed
    ),
    contexts: mergeKind(
      "context",
      files.map((f) => f.contexts),
      shadowed
    ),
    shadowed
  };
  const setter = files.find((f) => f.currentContext?.name);
  if (setter?.currentContext) {
    const { name, line } = setter.currentContext;
    merged.currentContext = { name, origin: { file: setter.path, ...line ? { line } : {} } };
  }
  return merged;
}

// src/gather/kubeconfig/schema.ts
function fieldShape(shape, key) {
  if ("dict" in shape) return shape.dict;
  return Object.hasOwn(shape.struct, key) ? shape.struct[key] : void 0;
}
var extensions = { list: { struct: { name: "string", extension: "any" } } };
var CLUSTER = {
  struct: {
    server: "string",
    "tls-server-name": "string",
    "insecure-skip-tls-verify": "bool",
    "certificate-authority": "string",
    "certificate-authority-data": "bytes",
    "proxy-url": "string",
    "disable-compression": "bool",
    extensions
  }
};
var EXEC = {
  struct: {
    command: "string",
    args: { list: "string" },
    env: { list: { struct: { name: "string", value: "string" } } },
    apiVersion: "string",
    installHint: "string",
    provideClusterInfo: "bool",
    interactiveMode: "string"
  }
};
var USER = {
  struct: {
    "client-certificate": "string",
    "client-certificate-data": "bytes",
    "client-key": "string",
    "client-key-data": "bytes",
    token: "string",
    tokenFile: "string",
    as: "string",
    "as-uid": "string",
    "as-groups": { list: "string" },
    "as-user-extra": { dict: { list: "string" } },
    username: "string",
    password: "string",
    "auth-provider": { struct: { name: "string", config: { dict: "string" } } },
    exec: EXEC,
    extensions
  }
};
var CONTEXT = {
  struct: { cluster: "string", user: "string", namespace: "string", extensions }
};
var named = (field2, inner) => ({
  list: { struct: { name: "string", [field2]: inner } }
});
var CONFIG = {
  struct: {
    kind: "string",
    apiVersion: "string",
    preferences: { struct: { colors: "bool", extensions } },
    clusters: named("cluster", CLUSTER),
    users: named("user", USER),
    contexts: named("context", CONTEXT),
    "current-context": "string",
    extensions
  }
};
function expected(shape) {
  if (shape === "string") return "a string";
  if (shape === "bytes") return "a base64 string";
  if (shape === "bool") return "true or false";
  if (shape === "any") return "any value";
  return "list" in shape ? "a list" : "a mapping";
}
function found(node) {
  if (node.kind === "map") return "a mapping";
  if (node.kind === "seq") return "a list";
  const v = node.value;
  if (typeof v === "boolean") return `the boolean ${v}`;
  if (typeof v === "number") return "a number";
  return "a string";
}
function hint(shape, node) {
  if (node.kind !== "scalar") return "";
  if ((shape === "string" || shape === "bytes") && typeof node.value !== "string") {
    return " (quote the value so YAML reads it as text; kubectl reads YAML 1.1, where yes/no/on/off/y/n are booleans)";
  }
  if (shape === "bool" && typeof node.value === "string" && /^(true|false)$/i.test(node.value)) {
    return " (remove the quotes)";
  }
  return "";
}
function checkShape(node, shape, path9 = "") {
  if (!node || shape === "any") return void 0;
  if (node.kind === "scalar" && node.value === null) return void 0;
  const fail2 = () => ({
    message: `${path9 || "the document"} must be ${expected(shape)}, not ${found(node)}${hint(shape, node)}`,
    position: node.pos
  });
  if (shape === "string" || shape === "bytes") {
    return node.kind === "scalar" && typeof node.value === "string" ? void 0 : fail2();
  }
  if (shape === "bool") {
    return node.kind === "scalar" && typeof node.value === "boolean" ? void 0 : fail2();
  }
  if ("list" in shape) {
    if (node.kind !== "seq") return fail2();
    for (const [i, item] of node.items.entries()) {
      const err = checkShape(item, shape.list, `${path9}[${i}]`);
      if (err) return err;
    }
    return void 0;
  }
  if (node.kind !== "map") return fail2();
  for (const [key, field2] of node.fields) {
    const inner = fieldShape(shape, key);
    if (!inner) continue;
    const err = checkShape(field2.value, inner, path9 ? `${path9}.${key}` : key);
    if (err) return err;
  }
  return void 0;
}

// src/gather/kubeconfig/yaml-tree.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_NODES = 15e4;
var MAX_DEPTH = 64;
var TreeError = class extends Error {
  constructor(message, position, refused) {
    super(message);
    this.position = position;
    this.refused = refused;
  }
  position;
  refused;
};
function parseYamlTree(text2) {
  const estimate = estimateYamlNodes(text2);
  if (estimate > MAX_NODES) {
    const n = (x) => x.toLocaleString("en");
    const error = `holds about ${n(estimate)} YAML nodes, over the ${n(MAX_NODES)} limit; refusing to parse it`;
    return { ok: false, error, refused: "nodes" };
  }
  const { doc: first, lines } = parseFirstDocument(text2.replace(/^\uFEFF/, ""));
  if (!first) return { ok: true, root: void 0, duplicateKeys: [] };
  const posAt = (offset) => {
    const p = lines.linePos(offset ?? 0);
    return { line: p.line, column: p.col };
  };
  const problem3 = first.errors[0];
  if (problem3) {
    const deep = problem3.code === "RESOURCE_EXHAUSTION";
    return {
      ok: false,
      error: deep ? problem3.message : `YAML syntax error: ${problem3.message}`,
      position: posAt(problem3.pos[0]),
      ...deep ? { refused: "depth" } : {}
    };
  }
  const duplicateKeys = [];
  const resolve5 = aliasResolver(first);
  let budget = MAX_NODES;
  const build = (node, path9, depth) => {
    if (--budget < 0) {
      throw new TreeError(
        `expands to more than ${MAX_NODES.toLocaleString("en")} nodes (an alias bomb?); refusing to read it`,
        void 0,
        "aliases"
      );
    }
    if (depth > MAX_DEPTH)
      throw new TreeError(
        `nests deeper than ${MAX_DEPTH} levels (a recursive alias?)`,
        void 0,
        "depth"
      );
    if ((0, import_yaml.isAlias)(node)) {
      const target = resolve5(node);
      if (!target) throw new TreeError(`unknown anchor "*${node.source}"`, posAt(node.range?.[0]));
      return build(target, path9, depth + 1);
    }
    const pos = posAt(node?.range?.[0]);
    if ((0, import_yaml.isMap)(node)) {
      const fields = /* @__PURE__ */ new Map();
      const merged = /* @__PURE__ */ new Set();
      for (const pair of node.items) {
        const keyNode = pair.key;
        const key = scalarKey(keyNode);
        if ((0, import_yaml.isScalar)(keyNode) && (typeof keyNode.value === "symbol" || key === "<<")) {
          mergeInto(fields, merged, build(pair.value, path9, depth + 1));
          continue;
        }
        const keyPos = posAt(keyNode?.range?.[0]);
        if (fields.has(key) && !merged.has(key)) {
          duplicateKeys.push({ key: path9 ? `${path9}.${key}` : key, line: keyPos.line });
        }
        merged.delete(key);
        const child = path9 ? `${path9}.${key}` : key;
        fields.set(key, { keyPos, value: build(pair.value, child, depth + 1) });
      }
      return { kind: "map", pos, fields };
    }
    if ((0, import_yaml.isSeq)(node)) {
      return {
        kind: "seq",
        pos,
        items: node.items.map((item, i) => build(item, `${path9}[${i}]`, depth + 1))
      };
    }
    if ((0, import_yaml.isScalar)(node)) {
      const plain = node.type === "PLAIN" ? node.source : void 0;
      return { kind: "scalar", pos, value: goPlainScalar(plain, scalarValue(node.value)) };
    }
    return { kind: "scalar", pos, value: null };
  };
  try {
    const root = first.contents ? build(first.contents, "", 0) : void 0;
    const empty = !root || root.kind === "scalar" && root.value === null;
    return { ok: true, root: empty ? void 0 : root, duplicateKeys };
  } catch (err) {
    if (err instanceof TreeError) {
      return {
        ok: false,
        error: err.message,
        ...err.position ? { position: err.position } : {},
        ...err.refused ? { refused: err.refused } : {}
      };
    }
    throw err;
  }
}
function mergeInto(fields, merged, source) {
  const sources = source.kind === "seq" ? source.items : [source];
  for (const s of sources) {
    if (s.kind !== "map") throw new TreeError("a << merge key must refer to a mapping", s.pos);
    for (const [key, field2] of s.fields) {
      if (fields.has(key)) continue;
      fields.set(key, field2);
      merged.add(key);
    }
  }
}
function scalarKey(node) {
  if (!(0, import_yaml.isScalar)(node)) return "";
  if (typeof node.value === "symbol") return node.source ?? "<<";
  return node.value === null ? "null" : String(node.value);
}
function goPlainScalar(source, value) {
  if (source === void 0) return value;
  if (typeof value === "number" && source.includes(":")) return source;
  if (typeof value === "string" && /^[-+]?0o[0-7_]+$/.test(source))
    return Number.parseInt(source.replace(/[-+_]|0o/g, ""), 8);
  return value;
}
function scalarValue(value) {
  if (value === null || value === void 0) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    return value;
  }
  if (typeof value === "bigint") return Number(value);
  return String(value);
}

// src/gather/kubeconfig/secret-fields.ts
var PUBLIC_PROVIDER_KEYS = /* @__PURE__ */ new Set([
  "idp-issuer-url",
  "client-id",
  "cmd-path",
  "cmd-args",
  "token-key",
  "expiry-key",
  "expiry",
  "idp-certificate-authority",
  "extra-scopes",
  "scopes",
  "apiserver-id",
  "environment",
  "tenant-id",
  "config-mode"
]);
var PLACEHOLDERS = /* @__PURE__ */ new Set(["REDACTED", "DATA+OMITTED"]);
var PLAIN_EXEC_ENV = /* @__PURE__ */ new Set([
  "AWS_PROFILE",
  "AWS_REGION",
  "AWS_DEFAULT_REGION",
  "AWS_DEFAULT_OUTPUT",
  "AWS_STS_REGIONAL_ENDPOINTS",
  "AZURE_CONFIG_DIR",
  "CLOUDSDK_CORE_PROJECT"
]);
function registerUserSecrets(user, secrets) {
  const add = (value) => {
    if (typeof value === "string" && value && !PLACEHOLDERS.has(value.trim())) secrets.add(value);
  };
  add(user.token);
  add(user.password);
  add(user["client-key-data"]);
  for (const [key, value] of Object.entries(user["auth-provider"]?.config ?? {})) {
    if (!PUBLIC_PROVIDER_KEYS.has(key)) add(value);
  }
  for (const variable of user.exec?.env ?? []) {
    if (!PLAIN_EXEC_ENV.has(variable?.name)) add(variable?.value);
  }
}
function registerClusterSecrets(cluster2, secrets) {
  const proxy = cluster2["proxy-url"];
  if (typeof proxy !== "string") return;
  const password = /^[a-z][a-z0-9+.-]*:\/\/[^/@]*:([^/@]+)@/i.exec(proxy)?.[1];
  if (!password) return;
  secrets.add(password);
  try {
    secrets.add(decodeURIComponent(password));
  } catch {
  }
}

// src/gather/kubeconfig/parse.ts
var MAX_KUBECONFIG_BYTES = 10 * 1024 * 1024;
function tooLarge(bytes) {
  const mib = (n) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  return `is ${mib(bytes)} (${bytes.toLocaleString("en")} bytes), over the ${mib(MAX_KUBECONFIG_BYTES)} limit; refusing to parse it`;
}
var PLACEHOLDERS2 = ["REDACTED", "DATA+OMITTED"];
function blankFile(path9, dir, status) {
  return {
    path: path9,
    dir,
    status,
    clusters: [],
    users: [],
    contexts: [],
    redacted: [],
    duplicateKeys: []
  };
}
function invalid2(file, error, position, refused) {
  const out = {
    ...file,
    status: "invalid",
    error,
    ...refused ? { refused } : {},
    clusters: [],
    users: [],
    contexts: []
  };
  if (position) out.position = position;
  delete out.currentContext;
  return out;
}
function toPlain(node, shape, path9, sink) {
  if (!node || node.kind === "scalar" && node.value === null) return void 0;
  if (shape === "any") return plainAny(node);
  if (shape === "string" || shape === "bytes" || shape === "bool") {
    if (node.kind !== "scalar") return void 0;
    const want = shape === "bool" ? "boolean" : "string";
    if (typeof node.value !== want) return void 0;
    if (typeof node.value === "string" && PLACEHOLDERS2.includes(node.value.trim())) {
      sink(path9, node.value.trim(), node.pos.line);
    }
    return node.value;
  }
  if ("list" in shape) {
    if (node.kind !== "seq") return void 0;
    return node.items.map(
      (item, i) => toPlain(item, shape.list, `${path9}[${i}]`, sink) ?? zero(shape.list)
    );
  }
  if (node.kind !== "map") return void 0;
  const out = {};
  for (const [key, field2] of node.fields) {
    const inner = fieldShape(shape, key);
    if (!inner) continue;
    const value = toPlain(field2.value, inner, path9 ? `${path9}.${key}` : key, sink);
    if (value !== void 0)
      Object.defineProperty(out, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true
      });
  }
  return out;
}
function zero(shape) {
  if (shape === "string" || shape === "bytes") return "";
  if (shape === "bool") return false;
  if (shape === "any") return null;
  return "list" in shape ? [] : {};
}
function plainAny(node) {
  if (node.kind === "scalar") return node.value;
  if (node.kind === "seq") return node.items.map(plainAny);
  return Object.fromEntries([...node.fields].map(([k, f]) => [k, plainAny(f.value)]));
}
function entries(root, kind, shape, file, redacted) {
  const list = root.fields.get(`${kind}s`)?.value;
  if (list?.kind !== "seq") return [];
  return list.items.map((item) => {
    const fields = item.kind === "map" ? item.fields : /* @__PURE__ */ new Map();
    const nameNode = fields.get("name")?.value;
    const name = nameNode?.kind === "scalar" && typeof nameNode.value === "string" ? nameNode.value : "";
    const inner = fields.get(kind)?.value;
    const sink = (path9, placeholder, line) => redacted.push({ field: `${kind} "${name}" ${path9}`, placeholder, line });
    const value = toPlain(inner, shape, "", sink) ?? {};
    const fieldLines = {};
    if (inner?.kind === "map") {
      for (const [key, f] of inner.fields) fieldLines[key] = f.keyPos.line;
    }
    const origin = { file, line: item.pos.line, column: item.pos.column };
    return { name, value, origin, fieldLines };
  });
}
function duplicateName(file) {
  for (const [kind, list] of [
    ["cluster", file.clusters],
    ["user", file.users],
    ["context", file.contexts]
  ]) {
    const seen = /* @__PURE__ */ new Map();
    for (const e of list) {
      if (seen.has(e.name)) {
        const first = seen.get(e.name);
        return {
          message: `duplicate name "${e.name}" in list of ${kind}s (lines ${first} and ${e.origin.line}); kubectl refuses the file`,
          position: { line: e.origin.line ?? 1, column: e.origin.column ?? 1 }
        };
      }
      seen.set(e.name, e.origin.line);
    }
  }
  return void 0;
}
function rootProblem(root) {
  if (root.kind === "seq")
    return "the file is a YAML list; a kubeconfig is a mapping (apiVersion, kind, clusters, users, contexts)";
  if (root.kind === "scalar" && typeof root.value === "string" && looksLikeBase64Kubeconfig(root.value)) {
    return 'the file holds base64-encoded kubeconfig; decode it when writing the file (`echo "$KUBECONFIG_B64" | base64 -d > "$HOME/.kube/config"`)';
  }
  return "the file is a single value, not a mapping (apiVersion, kind, clusters, users, contexts)";
}
function typeProblem(root) {
  const shapeError = checkShape(root, CONFIG);
  if (shapeError) return shapeError;
  const kind = root.fields.get("kind");
  const apiVersion = root.fields.get("apiVersion");
  const text2 = (n) => n?.kind === "scalar" && typeof n.value === "string" ? n.value : "";
  const k = text2(kind?.value);
  const v = text2(apiVersion?.value);
  if (k && k !== "Config" || v && v !== "v1") {
    return {
      message: `apiVersion "${v}" kind "${k}" is not a kubeconfig; kubectl expects apiVersion: v1, kind: Config`,
      position: (k && k !== "Config" ? kind : apiVersion)?.keyPos
    };
  }
  return void 0;
}
function parseKubeconfigText(text2, path9, dir, secrets) {
  const file = blankFile(path9, dir, "loaded");
  if (text2.length > MAX_KUBECONFIG_BYTES / 4 && Buffer.byteLength(text2) > MAX_KUBECONFIG_BYTES) {
    const size = Buffer.byteLength(text2);
    return invalid2(file, tooLarge(size), void 0, "size");
  }
  if (text2.trim() === "") return { ...file, status: "empty" };
  const tree = parseYamlTree(text2);
  if (!tree.ok) return invalid2(file, tree.error, tree.position, tree.refused);
  file.duplicateKeys = tree.duplicateKeys;
  const root = tree.root;
  if (!root) return { ...file, status: "empty" };
  if (root.kind !== "map") return invalid2(file, rootProblem(root), root.pos);
  file.clusters = entries(root, "cluster", CLUSTER, path9, file.redacted);
  file.users = entries(root, "user", USER, path9, file.redacted);
  file.contexts = entries(root, "context", CONTEXT, path9, file.redacted);
  for (const user of file.users) registerUserSecrets(user.value, secrets);
  for (const cluster2 of file.clusters) registerClusterSecrets(cluster2.value, secrets);
  const current = root.fields.get("current-context");
  if (current?.value.kind === "scalar" && typeof current.value.value === "string" && current.value.value) {
    file.currentContext = { name: current.value.value, line: current.keyPos.line };
  }
  const problem3 = typeProblem(root);
  if (problem3) return invalid2(file, problem3.message, problem3.position);
  const duplicate = duplicateName(file);
  if (duplicate)
    return { ...file, status: "invalid", error: duplicate.message, position: duplicate.position };
  return file;
}

// src/gather/kubeconfig/read.ts
import { promises as fs2 } from "node:fs";
import * as path2 from "node:path";

// src/gather/files.ts
import { promises as fs } from "node:fs";
import * as path from "node:path";
var MAX_MATERIAL_BYTES = 1024 * 1024;
function resolveAgainst(dir, file) {
  return path.isAbsolute(file) ? file : path.resolve(dir, file);
}
async function readMaterialFile(file) {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return { ok: false, path: file, detail: "is a directory, not a file" };
    if (!stat.isFile())
      return { ok: false, path: file, detail: "is not a regular file (FIFO, socket or device)" };
    if (stat.size > MAX_MATERIAL_BYTES) {
      return {
        ok: false,
        path: file,
        detail: `is ${stat.size} bytes, larger than the ${MAX_MATERIAL_BYTES}-byte limit`
      };
    }
    return { ok: true, path: file, bytes: await fs.readFile(file) };
  } catch (err) {
    return { ok: false, path: file, detail: describeFsError(err) };
  }
}
function describeFsError(err) {
  const code = err.code;
  switch (code) {
    case "ENOENT":
      return "does not exist (ENOENT)";
    case "EACCES":
    case "EPERM":
      return `cannot be read: permission denied (${code})`;
    case "ENOTDIR":
      return "has a path component that is not a folder (ENOTDIR)";
    case "ELOOP":
      return "is a symbolic link loop (ELOOP)";
    default:
      return `cannot be read (${code ?? err.message})`;
  }
}

// src/gather/kubeconfig/read.ts
var utf8 = new TextDecoder("utf-8", { fatal: true });
async function readKubeconfigFile(file, secrets) {
  const base2 = blankFile(file, path2.dirname(file), "loaded");
  let bytes;
  let modifiedAt;
  try {
    const stat = await fs2.stat(file);
    if (stat.isDirectory())
      return { ...base2, status: "unreadable", error: "is a directory, not a file" };
    if (!stat.isFile()) {
      return {
        ...base2,
        status: "unreadable",
        error: "is not a regular file (a FIFO, socket or device); kubectl would block reading it"
      };
    }
    if (stat.size > MAX_KUBECONFIG_BYTES) {
      return {
        ...base2,
        status: "invalid",
        refused: "size",
        error: tooLarge(stat.size)
      };
    }
    bytes = await fs2.readFile(file);
    modifiedAt = stat.mtime.toISOString();
  } catch (err) {
    const code = err.code;
    if (code === "ENOENT") return { ...base2, status: "missing", error: "does not exist" };
    return { ...base2, status: "unreadable", error: describeFsError(err) };
  }
  let text2;
  try {
    text2 = utf8.decode(bytes);
  } catch {
    return { ...base2, status: "invalid", error: "is not UTF-8 text (a binary or UTF-16 file?)" };
  }
  return { ...parseKubeconfigText(text2, file, base2.dir, secrets), modifiedAt };
}

// src/gather/kubeconfig/targets.ts
function auditTargets(kc, globs, prefix = "") {
  const names = (name) => prefix ? [name, `${prefix}${name}`] : [name];
  return [...kc.contexts.entries()].filter(([name]) => globs.length === 0 || firstMatch(globs, names(name)) !== void 0).sort(([a], [b]) => a.localeCompare(b)).map(([name, context]) => {
    const { cluster: cluster2, user } = context.value;
    return {
      contextName: name,
      selectedBy: "audit",
      context,
      cluster: cluster2 ? kc.clusters.get(cluster2) : void 0,
      user: user ? kc.users.get(user) : void 0
    };
  });
}
function selectTargets(kc, requestedContext) {
  const requested = requestedContext?.trim() ? requestedContext : void 0;
  const name = requested ?? kc.currentContext?.name;
  if (!name) return [];
  const context = kc.contexts.get(name);
  if (!context) return [];
  const { cluster: cluster2, user } = context.value;
  return [
    {
      contextName: name,
      selectedBy: requested ? "input" : "current-context",
      context,
      cluster: cluster2 ? kc.clusters.get(cluster2) : void 0,
      user: user ? kc.users.get(user) : void 0
    }
  ];
}

// src/gather/kubeconfig/index.ts
var INLINE_PATH = "<input>";
function kubeconfigEnvList(value, delimiter3 = path3.delimiter) {
  return [...new Set((value ?? "").split(delimiter3).filter((p) => p !== ""))];
}
function resolveInputPath(p, env) {
  const expanded = p === "~" || p.startsWith("~/") ? path3.join(env.homeDir, p.slice(1)) : p;
  return path3.resolve(env.cwd, expanded);
}
async function readAll(source, paths, secrets) {
  const files = await Promise.all(paths.map((p) => readKubeconfigFile(p, secrets)));
  return mergeFiles(source, files);
}
async function loadKubeconfig(spec, env, secrets) {
  switch (spec.kind) {
    case "empty":
      return mergeFiles({ kind: "content", encoding: "yaml" }, [
        blankFile(INLINE_PATH, env.cwd, "empty")
      ]);
    case "content": {
      secrets.addDocument(spec.text);
      let text2 = spec.text;
      if (spec.encoding === "base64") {
        text2 = decodeBase64Kubeconfig(spec.text) ?? "";
        secrets.addDocument(text2);
      }
      const file = parseKubeconfigText(text2, INLINE_PATH, env.cwd, secrets);
      return mergeFiles({ kind: "content", encoding: spec.encoding }, [file]);
    }
    case "paths": {
      const paths = spec.paths.map((p) => resolveInputPath(p, env));
      return readAll({ kind: "paths", given: paths }, paths, secrets);
    }
    case "auto": {
      const list = kubeconfigEnvList(env.env.KUBECONFIG);
      if (list.length > 0) {
        const paths = list.map((p) => path3.resolve(env.cwd, p));
        return readAll({ kind: "env", given: paths }, paths, secrets);
      }
      const fallback = path3.join(env.homeDir, ".kube", "config");
      return readAll({ kind: "default", given: [fallback] }, [fallback], secrets);
    }
  }
}

// src/gather/pool.ts
async function inPool(items, limit, work) {
  let next = 0;
  const failures = [];
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++];
      await work(item).catch((err) => failures.push(err));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failures.length) throw failures[0];
}

// src/model/exec-args.ts
function flagValue(args, ...names) {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    for (const n of names) {
      if (a === n) return args[i + 1];
      if (a.startsWith(`${n}=`)) return a.slice(n.length + 1);
    }
  }
  return void 0;
}

// src/model/aws/eks-detect.ts
var SERVER = /^[a-z0-9]+\.[a-z0-9]+\.([a-z]{2}(?:-[a-z]+)+-\d)\.eks\.amazonaws\.com(?:\.cn)?$/i;
var CONTEXT_ARN = /^arn:(aws[a-z-]*):eks:([a-z0-9-]+):(\d{12}):cluster\/(.+)$/;
function base(command) {
  return command.split(/[\\/]/).pop()?.replace(/\.exe$/i, "") ?? "";
}
function detectEks(t, overrides = {}) {
  const signals = [];
  const found2 = {};
  let authenticator = "other";
  const exec = t.user?.value.exec;
  const args = (exec?.args ?? []).map(String);
  const env = new Map((exec?.env ?? []).map((e) => [e?.name, e?.value]));
  const cmd = base(exec?.command ?? "");
  if (cmd === "aws" && args.includes("eks") && args.includes("get-token")) {
    authenticator = "aws-cli";
    signals.push("exec `aws eks get-token`");
    found2.clusterName = flagValue(args, "--cluster-name") ?? flagValue(args, "--cluster-id");
    if (!flagValue(args, "--cluster-name") && flagValue(args, "--cluster-id"))
      found2.outpostsId = true;
    found2.region = flagValue(args, "--region");
    found2.roleArn = flagValue(args, "--role-arn") ?? flagValue(args, "--role");
    found2.profile = flagValue(args, "--profile");
  } else if (cmd === "aws-iam-authenticator" && args.includes("token")) {
    authenticator = "aws-iam-authenticator";
    signals.push("exec `aws-iam-authenticator token`");
    found2.clusterName = flagValue(args, "-i", "--cluster-id");
    found2.roleArn = flagValue(args, "-r", "--role");
    found2.region = flagValue(args, "--region");
  }
  found2.profile ??= env.get("AWS_PROFILE");
  found2.region ??= env.get("AWS_REGION") ?? env.get("AWS_DEFAULT_REGION");
  const execRegion = found2.region;
  found2.region = void 0;
  const execCluster = found2.clusterName;
  const contextCluster = CONTEXT_ARN.exec(t.contextName)?.[4];
  const host2 = hostOf(t.cluster?.value.server);
  const serverRegion = host2 ? SERVER.exec(host2)?.[1] : void 0;
  if (serverRegion) {
    signals.push(`server host ${host2}`);
    found2.region = serverRegion;
  }
  const ctx = CONTEXT_ARN.exec(t.contextName);
  if (ctx) {
    signals.push("context name is an EKS cluster ARN");
    found2.region ??= ctx[2];
    found2.accountId = ctx[3];
    found2.clusterName ??= ctx[4];
  }
  found2.region ??= execRegion;
  const token = [t.token, t.tokenFile].find((l) => l?.ok && l.value.format === "eks");
  const tokenRegion = token?.ok ? token.value.eks?.region : void 0;
  if (token?.ok) {
    if (authenticator === "other") authenticator = "static-token";
    signals.push("a static EKS token (k8s-aws-v1.)");
    found2.region ??= tokenRegion;
  }
  const regionSources = [
    ["exec", execRegion],
    ["server host", serverRegion],
    ["context ARN", ctx?.[2]]
  ].flatMap(([from, region2]) => region2 ? [{ from, region: region2 }] : []);
  if (overrides.cluster) found2.clusterName = overrides.cluster;
  if (overrides.region) found2.region = overrides.region;
  if (signals.length === 0 && !overrides.cluster) return void 0;
  if (signals.length === 0) signals.push("the eks-cluster input");
  const out = { authenticator, signals };
  if (execCluster) out.execCluster = execCluster;
  if (contextCluster) out.contextCluster = contextCluster;
  if (regionSources.length) out.regionSources = regionSources;
  if (found2.outpostsId) out.outpostsId = true;
  for (const k of ["clusterName", "region", "accountId", "roleArn", "profile"]) {
    const v = found2[k];
    if (v) out[k] = v;
  }
  return out;
}
function hostOf(server) {
  try {
    return server ? new URL(server).hostname : void 0;
  } catch {
    return void 0;
  }
}

// src/gather/aws/answer.ts
var clipMessage = (text2, secrets) => secrets.scrub(text2.split("\n")[0] ?? "").slice(0, 300);
function awsError(err, secrets) {
  const e = err;
  const message = (e.message ?? "").replace(/^AWS SDK error wrapper for \w+: /, "");
  const network = (e.code && /^E[A-Z]+$/.test(e.code) ? e.code : void 0) ?? /\b(E[A-Z]{4,})\b/.exec(message)?.[1];
  const sdkName = e.name && e.name !== "Error" ? e.name : void 0;
  const status = e.$metadata?.httpStatusCode;
  const attempts = e.$metadata?.attempts ?? 1;
  return {
    ok: false,
    // An HTTP answer means a service error (its name is the code); none means the network failed.
    code: (status ? sdkName : network) ?? sdkName ?? network ?? "Error",
    message: clipMessage(message, secrets),
    ...status ? { status } : {},
    ...attempts > 1 ? { attempts } : {}
  };
}
async function answer(secrets, f) {
  try {
    return { ok: true, value: await f() };
  } catch (err) {
    return awsError(err, secrets);
  }
}

// src/gather/aws/sdk.ts
function exportsOf(mod) {
  return "default" in mod && mod.default ? mod.default : mod;
}
async function credentialChain() {
  return exportsOf(await import("./dist-cjs-226IDJLD.js"));
}
async function stsClient() {
  return exportsOf(await import("./dist-cjs-S2Y45ETL.js"));
}
async function eksClient() {
  return exportsOf(await import("./dist-cjs-KWE6BHBJ.js"));
}
async function logsClient() {
  return exportsOf(await import("./dist-cjs-RTNMN7EY.js"));
}

// src/gather/aws/caller.ts
async function callerIdentity(o) {
  const { STSClient, GetCallerIdentityCommand } = await stsClient();
  const client = new STSClient({ region: o.region, credentials: o.credentials, maxAttempts: 2 });
  try {
    const got = await answer(
      o.secrets,
      () => client.send(new GetCallerIdentityCommand({}), {
        abortSignal: AbortSignal.timeout(Math.max(1, o.deadline - Date.now()))
      })
    );
    if (!got.ok) return got;
    const out = got.value;
    return { ok: true, arn: out.Arn ?? "", account: out.Account ?? "", userId: out.UserId ?? "" };
  } finally {
    client.destroy();
  }
}

// src/gather/aws/credentials.ts
import { promises as fs3 } from "node:fs";
import * as os from "node:os";
import * as path4 from "node:path";
var SOURCES = [
  [/STS_WEB_ID|WEB_ID_TOKEN/, "web-identity"],
  [/ENV_VARS/, "environment"],
  [/SSO/, "sso"],
  [/PROCESS/, "process"],
  [/SOURCE_PROFILE|ASSUME_ROLE/, "assume-role-profile"],
  [/PROFILE/, "profile"],
  [/HTTP/, "container"],
  [/IMDS/, "instance-metadata"]
];
function sourceOf(tags) {
  const keys = Object.keys(tags ?? {}).join(" ");
  return SOURCES.find(([re]) => re.test(keys))?.[1] ?? "unknown";
}
function beforeDeadline(p, deadline) {
  return new Promise((resolve5, reject) => {
    const timer = setTimeout(
      () => reject(Object.assign(new Error("the time budget ran out"), { name: "Timeout" })),
      Math.max(0, deadline - Date.now())
    );
    timer.unref();
    p.then(resolve5, reject).finally(() => clearTimeout(timer));
  });
}
async function profileMissing(profile, env) {
  const home = env.HOME || os.homedir();
  const files = [
    env.AWS_CONFIG_FILE || path4.join(home, ".aws", "config"),
    env.AWS_SHARED_CREDENTIALS_FILE || path4.join(home, ".aws", "credentials")
  ];
  const header = new RegExp(
    `^\\s*\\[(profile\\s+)?${profile.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*\\]`,
    "m"
  );
  for (const f of files) {
    const text2 = await fs3.readFile(f, "utf8").catch(() => "");
    if (header.test(text2)) return void 0;
  }
  return `the profile "${profile}" (AWS_PROFILE) is defined in neither ${files.join(" nor ")}`;
}
function providerError(e, profile, secrets) {
  if (/^Command failed: /.test(e.message ?? ""))
    return `the credential_process of profile "${profile ?? "default"}" failed (its command line is not shown: it may hold secrets)`;
  return clipMessage(e.message || e.name, secrets);
}
async function resolveCredentials(o) {
  const { defaultProvider } = await credentialChain();
  const provider = defaultProvider({
    ...o.profile ? { profile: o.profile } : {},
    timeout: 1e3,
    maxRetries: 0
  });
  let identity;
  try {
    identity = await beforeDeadline(provider(), o.deadline);
  } catch (err) {
    const e = err;
    const none = /could not load credentials from any providers/i.test(e.message);
    const detail = providerError(e, o.profile ?? o.env.AWS_PROFILE, o.secrets);
    const missing = o.profile ? await profileMissing(o.profile, o.env) : void 0;
    if (missing) return { facts: { ok: false, why: "error", detail: missing } };
    return { facts: { ok: false, why: none ? "none" : "error", detail } };
  }
  o.secrets.add(identity.secretAccessKey);
  if (identity.sessionToken) o.secrets.add(identity.sessionToken);
  const expiresAt = identity.expiration?.toISOString();
  return {
    identity,
    facts: {
      ok: true,
      value: {
        source: sourceOf(identity.$source),
        ...o.profile ? { profile: o.profile } : {},
        accessKeyPrefix: identity.accessKeyId.slice(0, 4),
        temporary: Boolean(identity.sessionToken) || identity.accessKeyId.startsWith("ASIA"),
        ...expiresAt ? { expiresAt } : {}
      }
    }
  };
}

// src/model/aws/principal-match.ts
var strip = (arn) => {
  const s = stripPath(arn);
  return (s.ok ? s.value : arn).toLowerCase();
};
function findAccessEntry(entries2, principal) {
  const want = principal.toLowerCase();
  return entries2.find((e) => e.toLowerCase() === want) ?? entries2.find((e) => e.includes(":role/") && strip(e) === strip(principal));
}

// src/gather/x509.ts
import { createPrivateKey, X509Certificate } from "node:crypto";
var END_AT = /-----END ([A-Z0-9 ]+)-----/y;
function pemBlocks(pem) {
  const text2 = pem.replace(/\r/g, "");
  const ends = /* @__PURE__ */ new Map();
  for (let at2 = text2.indexOf("-----END "); at2 >= 0; at2 = text2.indexOf("-----END ", at2 + 1)) {
    END_AT.lastIndex = at2;
    const type = END_AT.exec(text2)?.[1];
    if (type === void 0) continue;
    const list = ends.get(type) ?? [];
    ends.set(type, list);
    list.push(at2);
  }
  const next = /* @__PURE__ */ new Map();
  const blocks = [];
  const begin = /-----BEGIN ([A-Z0-9 ]+)-----/g;
  for (let m = begin.exec(text2); m; m = begin.exec(text2)) {
    const type = m[1];
    const offsets = ends.get(type) ?? [];
    let i = next.get(type) ?? 0;
    while (i < offsets.length && offsets[i] < begin.lastIndex) i++;
    next.set(type, i);
    const end = offsets[i];
    if (end === void 0) {
      begin.lastIndex = m.index + 1;
      continue;
    }
    begin.lastIndex = end + `-----END ${type}-----`.length;
    blocks.push({ type, text: text2.slice(m.index, begin.lastIndex) });
  }
  return blocks;
}
function readBlocks(pem) {
  if (pem.trim() === "") return { ok: false, problem: "empty", detail: "the value is empty" };
  const blocks = pemBlocks(pem);
  if (blocks.length > 0) return { ok: true, blocks };
  return {
    ok: false,
    problem: "not-pem",
    detail: "no PEM block found (is this DER, or base64-encoded twice?)"
  };
}
function typesOf(blocks) {
  return `${[...new Set(blocks.map((b) => b.type))].join(", ")} block(s)`;
}
function subjectField(subject, key) {
  return subject.split("\n").filter((l) => l.startsWith(`${key}=`)).map((l) => l.slice(key.length + 1));
}
function describe(cert, index) {
  const cn = subjectField(cert.subject, "CN")[0];
  const orgs = subjectField(cert.subject, "O");
  let selfSigned;
  try {
    selfSigned = cert.subject === cert.issuer && cert.verify(cert.publicKey);
  } catch {
    selfSigned = false;
  }
  return {
    subject: cert.subject.replace(/\n/g, ", "),
    issuer: cert.issuer.replace(/\n/g, ", "),
    serialNumber: cert.serialNumber,
    notBefore: new Date(cert.validFrom).toISOString(),
    notAfter: new Date(cert.validTo).toISOString(),
    fingerprint: cert.fingerprint256,
    keyType: cert.publicKey.asymmetricKeyType ?? "unknown",
    isCA: cert.ca,
    selfSigned,
    index,
    ...cn ? { commonName: cn } : {},
    ...orgs.length ? { organizations: orgs } : {}
  };
}
function parseCertificates(pem) {
  const read = readBlocks(pem);
  if (!read.ok) return read;
  const certBlocks = read.blocks.filter((b) => b.type === "CERTIFICATE");
  if (certBlocks.length === 0) {
    return {
      ok: false,
      problem: "not-certificate",
      detail: `contains ${typesOf(read.blocks)}, not a CERTIFICATE`
    };
  }
  const certs2 = [];
  for (const [i, block] of certBlocks.entries()) {
    try {
      certs2.push(describe(new X509Certificate(block.text), i));
    } catch (err) {
      const of = certBlocks.length > 1 ? ` ${i + 1} of ${certBlocks.length}` : "";
      return {
        ok: false,
        problem: "not-certificate",
        detail: `certificate${of} cannot be parsed (${err.message}); it may be truncated`
      };
    }
  }
  return { ok: true, certs: certs2 };
}
function parsePrivateKey(pem) {
  const read = readBlocks(pem);
  if (!read.ok) return read;
  const keyBlock = read.blocks.find((b) => b.type.endsWith("PRIVATE KEY"));
  if (!keyBlock) {
    return {
      ok: false,
      problem: "not-key",
      detail: `contains ${typesOf(read.blocks)}, not a PRIVATE KEY`
    };
  }
  if (keyBlock.type === "ENCRYPTED PRIVATE KEY" || /Proc-Type: 4,ENCRYPTED/.test(keyBlock.text)) {
    return {
      ok: false,
      problem: "not-key",
      detail: "the private key is encrypted; kubectl cannot use encrypted keys"
    };
  }
  try {
    const key = createPrivateKey({ key: keyBlock.text, format: "pem" });
    return { ok: true, keyType: key.asymmetricKeyType ?? "unknown", key };
  } catch (err) {
    return {
      ok: false,
      problem: "not-key",
      detail: `the private key cannot be parsed (${err.message})`
    };
  }
}
function keyMatchesCertificate(certPem, key) {
  const first = pemBlocks(certPem).find((b) => b.type === "CERTIFICATE");
  if (!first) return void 0;
  try {
    return new X509Certificate(first.text).checkPrivateKey(key);
  } catch {
    return void 0;
  }
}
function issuedByBundle(certPem, caPem) {
  const first = pemBlocks(certPem).find((b) => b.type === "CERTIFICATE");
  if (!first) return void 0;
  try {
    const leaf = new X509Certificate(first.text);
    const cas = pemBlocks(caPem).filter((b) => b.type === "CERTIFICATE").map((b) => new X509Certificate(b.text));
    if (cas.length === 0) return void 0;
    return cas.some((ca) => leaf.checkIssued(ca) && leaf.verify(ca.publicKey));
  } catch {
    return void 0;
  }
}

// src/gather/aws/authenticator-log.ts
var LOG_WINDOW_MINUTES = 30;
var withoutKeyIds = (line) => line.replace(/\b(?:AKIA|ASIA)[A-Z0-9]{12,}\b/g, "(access key id)");
var MAX_LINES = 5;
async function authenticatorLog(o) {
  const sdk = await logsClient();
  const client = new sdk.CloudWatchLogsClient({
    region: o.region,
    credentials: o.credentials,
    maxAttempts: 2
  });
  const logGroup = `/aws/eks/${o.clusterName}/cluster`;
  const arns = [o.principal, o.rawArn].filter((a) => !!a).map((a) => a.toLowerCase());
  try {
    return await answer(o.secrets, async () => {
      const cmd = new sdk.FilterLogEventsCommand({
        logGroupName: logGroup,
        logStreamNamePrefix: "authenticator",
        startTime: o.now() - LOG_WINDOW_MINUTES * 6e4,
        filterPattern: '"access denied"',
        limit: 100
      });
      const signal = AbortSignal.timeout(Math.max(1, o.deadline - Date.now()));
      const out = await client.send(cmd, { abortSignal: signal });
      const lines = (out.events ?? []).filter((e) => arns.some((a) => (e.message ?? "").toLowerCase().includes(a))).slice(-MAX_LINES).reverse().map((e) => ({
        at: new Date(e.timestamp ?? 0).toISOString(),
        message: withoutKeyIds(o.secrets.scrub((e.message ?? "").trim())).slice(0, 500)
      }));
      return { logGroup, sinceMinutes: LOG_WINDOW_MINUTES, lines };
    });
  } finally {
    client.destroy();
  }
}

// src/gather/base64.ts
function decodeStdBase64(text2) {
  const s = text2.replace(/[\r\n]/g, "");
  const bad = s.search(/[^A-Za-z0-9+/=]/);
  if (bad >= 0) return { ok: false, detail: `illegal base64 data at input byte ${bad}` };
  const pad = s.indexOf("=");
  if (pad >= 0 && (!/^={1,2}$/.test(s.slice(pad)) || s.length % 4 !== 0)) {
    return { ok: false, detail: `illegal base64 data at input byte ${pad}` };
  }
  if (s.length % 4 !== 0) {
    return {
      ok: false,
      detail: `illegal base64 data at input byte ${s.length - s.length % 4} (length is not a multiple of 4)`
    };
  }
  return { ok: true, bytes: Buffer.from(s, "base64") };
}

// src/gather/aws/eks-api.ts
var iso = (d) => d?.toISOString();
var MAX_UPDATES = 5;
var MAX_ENTRY_PAGES = 10;
function caOf(data) {
  if (!data) return void 0;
  const decoded = decodeStdBase64(data);
  if (!decoded.ok) return { ok: false, problem: decoded.detail };
  const parsed = parseCertificates(decoded.bytes.toString("utf8"));
  if (!parsed.ok) return { ok: false, problem: parsed.detail };
  const { certs: certs2 } = parsed;
  return {
    ok: true,
    fingerprints: certs2.map((c) => c.fingerprint),
    subjects: certs2.map((c) => c.subject)
  };
}
function cluster(c, name) {
  const vpc = c?.resourcesVpcConfig;
  const logTypes = (c?.logging?.clusterLogging ?? []).filter((l) => l.enabled).flatMap((l) => l.types ?? []);
  const out = { name: c?.name ?? name, status: c?.status ?? "UNKNOWN", logTypes };
  const fields = {
    arn: c?.arn,
    version: c?.version,
    platformVersion: c?.platformVersion,
    endpoint: c?.endpoint,
    ca: caOf(c?.certificateAuthority?.data),
    authenticationMode: c?.accessConfig?.authenticationMode,
    endpointPublicAccess: vpc?.endpointPublicAccess,
    endpointPrivateAccess: vpc?.endpointPrivateAccess,
    publicAccessCidrs: vpc?.publicAccessCidrs,
    createdAt: iso(c?.createdAt)
  };
  for (const [k, v] of Object.entries(fields)) if (v !== void 0) Object.assign(out, { [k]: v });
  return out;
}
function update(u, id) {
  const at2 = iso(u?.createdAt);
  return {
    id: u?.id ?? id,
    type: u?.type ?? "Unknown",
    status: u?.status ?? "Unknown",
    ...at2 ? { createdAt: at2 } : {},
    params: (u?.params ?? []).map((p) => ({ type: p.type ?? "", value: p.value ?? "" }))
  };
}
async function gatherEksApi(base2, who) {
  const o = base2;
  const sdk = await eksClient();
  const client = new sdk.EKSClient({
    region: o.region,
    credentials: o.credentials,
    maxAttempts: 3
  });
  const opts = () => ({ abortSignal: AbortSignal.timeout(Math.max(1, o.deadline - Date.now())) });
  const ask2 = (f) => answer(o.secrets, f);
  const name = o.clusterName;
  try {
    const described = await ask2(
      async () => cluster((await client.send(new sdk.DescribeClusterCommand({ name }), opts())).cluster, name)
    );
    const facts = { clusterName: name, cluster: described };
    if (!described.ok && described.code === "ResourceNotFoundException") return facts;
    const mode = described.ok ? described.value.authenticationMode : void 0;
    const updates = ask2(async () => {
      const list = await client.send(new sdk.ListUpdatesCommand({ name, maxResults: 20 }), opts());
      const ids = (list.updateIds ?? []).slice(-MAX_UPDATES);
      const all = await Promise.all(
        ids.map(async (updateId) => {
          const cmd = new sdk.DescribeUpdateCommand({ name, updateId });
          return update((await client.send(cmd, opts())).update, updateId);
        })
      );
      return all.sort((a, b) => (b.createdAt ?? "").localeCompare(a.createdAt ?? ""));
    });
    const principal = who.then((w2) => w2.principal);
    const mapping = mode !== "CONFIG_MAP" ? lookUpEntry(client, sdk, principal, name, opts, ask2) : void 0;
    const logs = described.ok && described.value.logTypes.includes("authenticator") ? who.then(
      (w2) => w2.principal ? authenticatorLog({ ...o, ...w2, principal: w2.principal }) : void 0
    ) : void 0;
    const [u, m, l, w] = await Promise.all([updates, mapping, logs, who]);
    facts.updates = u;
    if (w.principal) facts.principal = w.principal;
    if (m) Object.assign(facts, m);
    if (l) facts.authenticatorLog = l;
    return facts;
  } finally {
    client.destroy();
  }
}
async function lookUpEntry(client, sdk, principalOf, name, opts, ask2) {
  const listing = ask2(async () => {
    const all = [];
    let nextToken;
    for (let page = 0; page < MAX_ENTRY_PAGES; page++) {
      const cmd = new sdk.ListAccessEntriesCommand({ clusterName: name, nextToken });
      const out = await client.send(cmd, opts());
      all.push(...out.accessEntries ?? []);
      nextToken = out.nextToken;
      if (!nextToken) break;
    }
    return all;
  });
  const [listed, principal] = await Promise.all([listing, principalOf]);
  if (!principal) return void 0;
  if (!listed.ok && listed.code === "InvalidRequestException") return { accessEntry: listed };
  const arn = listed.ok ? findAccessEntry(listed.value, principal) : principal;
  if (!arn) return { accessEntry: { ok: true, value: null } };
  const entry = await ask2(async () => {
    const cmd = new sdk.DescribeAccessEntryCommand({ clusterName: name, principalArn: arn });
    try {
      const e = (await client.send(cmd, opts())).accessEntry;
      const created = iso(e?.createdAt);
      const modified = iso(e?.modifiedAt);
      return {
        principalArn: e?.principalArn ?? arn,
        ...e?.type ? { type: e.type } : {},
        ...e?.username ? { username: e.username } : {},
        kubernetesGroups: e?.kubernetesGroups ?? [],
        ...created ? { createdAt: created } : {},
        ...modified ? { modifiedAt: modified } : {}
      };
    } catch (err) {
      if (err.name === "ResourceNotFoundException") return null;
      throw err;
    }
  });
  if (!entry.ok || !entry.value) return { accessEntry: entry };
  const policies = await ask2(async () => {
    const cmd = new sdk.ListAssociatedAccessPoliciesCommand({
      clusterName: name,
      principalArn: arn
    });
    const out = await client.send(cmd, opts());
    return (out.associatedAccessPolicies ?? []).map((p) => {
      const at2 = iso(p.associatedAt);
      const ns = p.accessScope?.namespaces;
      return {
        policyArn: p.policyArn ?? "",
        scope: {
          type: p.accessScope?.type ?? "cluster",
          ...ns?.length ? { namespaces: ns } : {}
        },
        ...at2 ? { associatedAt: at2 } : {}
      };
    });
  });
  return { accessEntry: entry, accessPolicies: policies };
}

// src/gather/token/chars.ts
function codePoint(ch) {
  return `U+${ch.toString(16).toUpperCase().padStart(4, "0")}`;
}
function isControl(code, allowTab = false) {
  return code < 32 && !(allowTab && code === 9) || code === 127;
}
function indexWhere(text2, test) {
  for (let i = 0; i < text2.length; i++) if (test(text2.charCodeAt(i))) return i;
  return -1;
}

// src/gather/token/base64url.ts
function decodeBase64Url(text2, allowPadding) {
  let body = text2;
  if (allowPadding) {
    let pad = 0;
    while (pad <= 2 && text2[text2.length - 1 - pad] === "=") pad++;
    if (pad >= 1 && pad <= 2) body = text2.slice(0, text2.length - pad);
  }
  const bad = body.search(/[^A-Za-z0-9_-]/);
  if (bad >= 0) {
    const ch = body.codePointAt(bad) ?? 0;
    const shown2 = ch >= 33 && ch <= 126 ? `'${String.fromCodePoint(ch)}'` : codePoint(ch);
    const hint3 = ch === 43 || ch === 47 ? " (standard base64, not base64url)" : "";
    return {
      ok: false,
      detail: `illegal base64 data at input byte ${bad}: ${shown2}${hint3}`
    };
  }
  if (body.length % 4 === 1) {
    return {
      ok: false,
      detail: `illegal base64 data at input byte ${body.length - 1} (truncated: length ${body.length} is 1 more than a multiple of 4)`
    };
  }
  return { ok: true, bytes: Buffer.from(body, "base64url") };
}

// src/gather/token/go-url.ts
var URL_SHAPE = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)(?:\?([^#]*))?(?:#.*)?$/s;
function splitUrl(text2) {
  const ctl = indexWhere(text2, (c) => isControl(c));
  if (ctl >= 0) return `net/url: invalid control character in URL (at byte ${ctl})`;
  const m = URL_SHAPE.exec(text2);
  if (!m) return "not an absolute URL (expected https://sts.<region>.amazonaws.com/?\u2026)";
  const authority = m[2] ?? "";
  const path9 = queryUnescape(m[3] ?? "", false);
  if (path9 === void 0) return "net/url: invalid URL escape in the path";
  return {
    scheme: (m[1] ?? "").toLowerCase(),
    host: authority.slice(authority.lastIndexOf("@") + 1),
    path: path9,
    rawQuery: m[4] ?? ""
  };
}
function queryUnescape(text2, plusIsSpace = true) {
  if (/%(?![0-9A-Fa-f]{2})/.test(text2)) return void 0;
  const spaced = plusIsSpace ? text2.replace(/\+/g, " ") : text2;
  const parts = [];
  let run2 = 0;
  for (let i = spaced.indexOf("%"); i >= 0; i = spaced.indexOf("%", run2)) {
    parts.push(Buffer.from(spaced.slice(run2, i), "utf8"));
    parts.push(Buffer.from([parseInt(spaced.slice(i + 1, i + 3), 16)]));
    run2 = i + 3;
  }
  parts.push(Buffer.from(spaced.slice(run2), "utf8"));
  return Buffer.concat(parts).toString("utf8");
}
function parseGoQuery(rawQuery) {
  const values = /* @__PURE__ */ new Map();
  let error;
  for (const pair of rawQuery.split("&")) {
    if (pair.includes(";")) {
      error ??= "invalid semicolon separator in query";
      continue;
    }
    if (pair === "") continue;
    const eq = pair.indexOf("=");
    const key = queryUnescape(eq < 0 ? pair : pair.slice(0, eq));
    const value = queryUnescape(eq < 0 ? "" : pair.slice(eq + 1));
    if (key === void 0 || value === void 0) {
      const name = eq > 0 && /^[A-Za-z0-9-]{1,40}$/.test(pair.slice(0, eq)) ? pair.slice(0, eq) : "";
      error ??= `invalid URL escape in query parameter${name ? ` "${name}"` : ""}`;
      continue;
    }
    values.set(key, [...values.get(key) ?? [], value]);
  }
  return error ? { values, error } : { values };
}

// src/gather/token/eks.ts
var EKS_PREFIX = "k8s-aws-v1.";
var MAX_TOKEN_BYTES = 4096;
var EKS_TOKEN_LIFETIME_SECONDS = 15 * 60;
var ALLOWED_PARAMS = /* @__PURE__ */ new Set([
  "action",
  "version",
  "x-amz-algorithm",
  "x-amz-credential",
  "x-amz-date",
  "x-amz-expires",
  "x-amz-security-token",
  "x-amz-signature",
  "x-amz-signedheaders"
]);
var SECRET_PARAMS = /* @__PURE__ */ new Set(["x-amz-security-token", "x-amz-signature"]);
var STS_DOMAINS = /* @__PURE__ */ new Set([
  "amazonaws.com",
  "amazonaws.com.cn",
  "amazonaws.eu",
  "c2s.ic.gov",
  "sc2s.sgov.gov",
  "cloud.adc-e.uk",
  "csp.hci.ic.gov",
  "api.aws",
  "api.amazonwebservices.com.cn",
  "api.amazonwebservices.eu"
]);
var REGION_LABEL = /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$/;
var GLOBAL_HOST = "sts.amazonaws.com";
function parseAmzDate(text2) {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text2);
  if (!m) return void 0;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  const exact = date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && date.getUTCHours() === h && date.getUTCMinutes() === mi && date.getUTCSeconds() === s;
  return exact ? date.toISOString() : void 0;
}
function hostRegion(host2) {
  if (host2 === GLOBAL_HOST) return "us-east-1";
  const m = /^sts(?:-fips)?\.([^.]+)\.(.+)$/.exec(host2);
  return m?.[1] && REGION_LABEL.test(m[1]) && STS_DOMAINS.has(m[2] ?? "") ? m[1] : void 0;
}
function maskQuerySecrets(rawQuery, query, secrets) {
  for (const pair of rawQuery.split("&")) {
    const eq = pair.indexOf("=");
    if (eq > 0 && SECRET_PARAMS.has(pair.slice(0, eq).toLowerCase()))
      secrets.add(pair.slice(eq + 1));
  }
  for (const [key, values] of query.values) {
    if (SECRET_PARAMS.has(key.toLowerCase())) values.forEach(secrets.add);
  }
}
function queryProblems(query, lower) {
  const problems = [];
  if (query.error) problems.push(`malformed query parameter (${query.error})`);
  const seen = /* @__PURE__ */ new Map();
  for (const [key, values] of query.values) {
    const low = key.toLowerCase();
    if (seen.has(low))
      problems.push(`duplicate query parameter found: "${key}" (also given as "${seen.get(low)}")`);
    else seen.set(low, key);
    if (!ALLOWED_PARAMS.has(low)) problems.push(`non-whitelisted query parameter "${key}"`);
    if (values.length !== 1) {
      problems.push(
        `query parameter with multiple values not supported ("${key}" is given ${values.length} times)`
      );
    }
  }
  const action = lower.get("action");
  if (action !== "GetCallerIdentity") {
    problems.push(
      `unexpected action parameter in pre-signed URL (${action === void 0 ? "no Action" : `Action=${action}`}, expected GetCallerIdentity)`
    );
  }
  const signed = (lower.get("x-amz-signedheaders") ?? "").split(";");
  if (!signed.some((h) => h.toLowerCase() === "x-k8s-aws-id")) {
    problems.push("client did not sign the x-k8s-aws-id header in the pre-signed URL");
  }
  const expires = lower.get("x-amz-expires") ?? "";
  if (!/^[+-]?\d+$/.test(expires) || Number(expires) < 0 || Number(expires) > 900) {
    problems.push(
      `invalid X-Amz-Expires parameter in pre-signed URL: ${expires === "" ? "missing" : JSON.stringify(expires)} (must be an integer from 0 to 900)`
    );
  }
  const date = lower.get("x-amz-date");
  if (!date) problems.push("X-Amz-Date parameter must be present in pre-signed URL");
  else if (!parseAmzDate(date)) {
    problems.push(
      `error parsing X-Amz-Date parameter ${JSON.stringify(date)} into format 20060102T150405Z`
    );
  }
  return problems;
}
function signatureProblems(lower, region2) {
  const problems = [];
  if (lower.get("x-amz-algorithm") !== "AWS4-HMAC-SHA256") {
    problems.push("X-Amz-Algorithm is not AWS4-HMAC-SHA256: STS rejects the signature");
  }
  if (!lower.get("x-amz-signature"))
    problems.push("X-Amz-Signature is missing: the URL is not signed");
  const credential = lower.get("x-amz-credential");
  const [akid = "", day = "", scopeRegion = "", service = "", terminator = ""] = (credential ?? "").split("/");
  if (!credential || !akid || (credential.match(/\//g) ?? []).length !== 4 || terminator !== "aws4_request") {
    problems.push(
      "X-Amz-Credential is not <access-key-id>/<yyyymmdd>/<region>/sts/aws4_request: STS rejects the signature"
    );
    return problems;
  }
  if (service !== "sts")
    problems.push(
      `the credential scope names service "${service}", not "sts": STS rejects the signature`
    );
  if (region2 && scopeRegion !== region2) {
    problems.push(
      `the signature is scoped to region "${scopeRegion}" but the URL goes to the ${region2} STS endpoint: STS rejects it ("Credential should be scoped to a valid region")`
    );
  }
  const date = lower.get("x-amz-date") ?? "";
  if (parseAmzDate(date) && day !== date.slice(0, 8)) {
    problems.push(
      `the credential scope date ${day} is not the day of X-Amz-Date ${date}: STS rejects the signature`
    );
  }
  if (akid.startsWith("ASIA") && !lower.has("x-amz-security-token")) {
    problems.push(
      "the access key is temporary (ASIA\u2026) but X-Amz-Security-Token is missing: STS rejects it"
    );
  }
  return problems;
}
function decodeEksToken(token, secrets) {
  const problems = [];
  const size = Buffer.byteLength(token, "utf8");
  if (size > MAX_TOKEN_BYTES)
    problems.push(
      `token is too large (${size} bytes; the authenticator accepts at most ${MAX_TOKEN_BYTES})`
    );
  const body = token.slice(EKS_PREFIX.length);
  const fail2 = (reason) => ({
    ok: false,
    malformed: [...problems, reason].join("; ")
  });
  if (body === "") return fail2(`nothing follows the "${EKS_PREFIX}" prefix`);
  let decoded = decodeBase64Url(body, false);
  if (!decoded.ok) {
    const padded = decodeBase64Url(body, true);
    if (!padded.ok)
      return fail2(`the text after "${EKS_PREFIX}" is not base64url: ${decoded.detail}`);
    problems.push(
      `${decoded.detail}: the authenticator decodes unpadded base64url (Go RawURLEncoding), so "=" padding makes it reject the token`
    );
    decoded = padded;
  }
  const urlText = decoded.bytes.toString("utf8");
  secrets.add(urlText);
  const url = splitUrl(urlText);
  if (typeof url === "string") return fail2(`the decoded pre-signed URL cannot be parsed: ${url}`);
  const query = parseGoQuery(url.rawQuery);
  maskQuerySecrets(url.rawQuery, query, secrets);
  const lower = /* @__PURE__ */ new Map();
  for (const [key, values] of query.values)
    if (!lower.has(key.toLowerCase())) lower.set(key.toLowerCase(), values[0] ?? "");
  if (url.scheme !== "https") problems.push(`unexpected scheme "${url.scheme}" in pre-signed URL`);
  const region2 = hostRegion(url.host);
  if (!region2)
    problems.push(
      `unexpected hostname "${url.host}" in pre-signed URL (expected sts.<region>.amazonaws.com or ${GLOBAL_HOST})`
    );
  if (url.path !== "/")
    problems.push(`unexpected path in pre-signed URL (${JSON.stringify(url.path)}, expected "/")`);
  problems.push(...queryProblems(query, lower), ...signatureProblems(lower, region2));
  const credential = (lower.get("x-amz-credential") ?? "").split("/");
  const accessKeyPrefix = (credential[0] ?? "").slice(0, 4);
  const expires = lower.get("x-amz-expires") ?? "";
  const eks = {
    host: url.host,
    region: region2 ?? credential[2] ?? "",
    signedAt: parseAmzDate(lower.get("x-amz-date") ?? "") ?? "",
    accessKeyPrefix,
    temporaryCredentials: lower.has("x-amz-security-token") || accessKeyPrefix === "ASIA",
    signedHeaders: (lower.get("x-amz-signedheaders") ?? "").split(";").filter(Boolean),
    problems
  };
  if (/^[+-]?\d+$/.test(expires)) eks.expiresParam = Number(expires);
  return { ok: true, eks };
}

// src/gather/aws/eks-token.ts
import { createHash, createHmac } from "node:crypto";

// src/gather/aws/http-get.ts
import * as http from "node:http";
import * as https from "node:https";
var MAX_BODY = 64 * 1024;
var httpGet = (url, headers, timeoutMs) => new Promise((resolve5, reject) => {
  const get3 = url.startsWith("https:") ? https.get : http.get;
  const timer = setTimeout(() => {
    const err = new Error(`no answer within ${timeoutMs} ms`);
    err.name = "TimeoutError";
    req.destroy(err);
  }, timeoutMs);
  const done = (err, out) => {
    clearTimeout(timer);
    if (err) reject(err);
    else resolve5(out);
  };
  const req = get3(url, { headers, agent: false }, (res) => {
    let body = "";
    res.setEncoding("utf8");
    res.on("data", (chunk) => {
      if (body.length < MAX_BODY) body += chunk.slice(0, MAX_BODY - body.length);
    });
    res.on("end", () => done(void 0, { status: res.statusCode ?? 0, body }));
    res.on("error", (err) => done(err));
  });
  req.on("error", (err) => done(err));
});

// src/gather/aws/eks-token.ts
var LEGACY_GLOBAL = /^(aws-global|us-(east|west)-[12]|eu-(west-[123]|central-1|north-1)|ap-(northeast-1|south-1|southeast-[12])|ca-central-1|sa-east-1)$/;
var PARTITION = /^(cn|eusc-de|us-iso|us-isob|us-isof|eu-isoe)-\w+-\d+$/;
var SUFFIXES = {
  cn: "amazonaws.com.cn",
  "eusc-de": "amazonaws.eu",
  "us-iso": "c2s.ic.gov",
  "us-isob": "sc2s.sgov.gov",
  "us-isof": "csp.hci.ic.gov",
  "eu-isoe": "cloud.adc-e.uk"
};
var REGION_LABEL2 = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
var URL_EXPIRES_SECONDS = 60;
var ADVERTISED_MINUTES = 14;
var enc = (s) => encodeURIComponent(s).replace(
  /[!'()*]/g,
  (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
);
var sha256 = (s) => createHash("sha256").update(s).digest("hex");
var hmac = (key, data) => createHmac("sha256", key).update(data).digest();
function stsEndpoint(region2, sts = "regional") {
  if (!REGION_LABEL2.test(region2)) throw new Error(`invalid region ${JSON.stringify(region2)}`);
  if (region2 === "aws-global" || sts === "global" && LEGACY_GLOBAL.test(region2))
    return { host: "sts.amazonaws.com", signingRegion: "us-east-1" };
  const suffix = SUFFIXES[PARTITION.exec(region2)?.[1] ?? ""] ?? "amazonaws.com";
  return { host: `sts.${region2}.${suffix}`, signingRegion: region2 };
}
function eksToken(input) {
  const { accessKeyId, secretAccessKey, sessionToken } = input.credentials;
  if (!accessKeyId || !secretAccessKey)
    throw new Error("credentials need an access key id and a secret");
  const clusterId = input.clusterId.trim().replace(/\s+/g, " ");
  if (!clusterId) throw new Error("clusterId is empty");
  const endpoint = stsEndpoint(input.region, input.sts);
  const host2 = input.host ?? endpoint.host;
  const scopeRegion = input.host === void 0 ? endpoint.signingRegion : input.region;
  const seconds = Math.floor(input.now.getTime() / 1e3) * 1e3;
  if (!Number.isFinite(seconds)) throw new Error("now is not a valid date");
  const when = new Date(seconds).toISOString().replace(/[-:]|\.\d{3}/g, "");
  const scope = `${when.slice(0, 8)}/${scopeRegion}/sts/aws4_request`;
  const signedHeaders = "host;x-k8s-aws-id";
  const params = [
    ["Action", "GetCallerIdentity"],
    ["Version", "2011-06-15"],
    ["X-Amz-Algorithm", "AWS4-HMAC-SHA256"],
    ["X-Amz-Credential", `${accessKeyId}/${scope}`],
    ["X-Amz-Date", when],
    ["X-Amz-Expires", String(URL_EXPIRES_SECONDS)],
    ["X-Amz-SignedHeaders", signedHeaders]
  ];
  if (sessionToken) params.push(["X-Amz-Security-Token", sessionToken]);
  const query = params.map(([k, v]) => `${enc(k)}=${enc(v)}`);
  const headers = `host:${host2}
x-k8s-aws-id:${clusterId}
`;
  const request = ["GET", "/", [...query].sort().join("&"), headers, signedHeaders, sha256("")];
  const toSign = ["AWS4-HMAC-SHA256", when, scope, sha256(request.join("\n"))].join("\n");
  let key = `AWS4${secretAccessKey}`;
  for (const part of scope.split("/")) key = hmac(key, part);
  const scheme = input.host === void 0 ? "https" : input.scheme ?? "https";
  const url = `${scheme}://${host2}/?${query.join("&")}&X-Amz-Signature=${hmac(key, toSign).toString("hex")}`;
  const expiresAt = new Date(seconds + ADVERTISED_MINUTES * 6e4).toISOString();
  return {
    token: EKS_PREFIX + Buffer.from(url).toString("base64url"),
    expiresAt: expiresAt.replace(/\.\d{3}Z$/, "Z"),
    url
  };
}
var ALLOWED_PARAM = /^(action|version|x-amz-(algorithm|credential|date|expires|security-token|signature|signedheaders))$/;
var STS_HOST = /^sts(-fips)?\.([a-z0-9-]+\.)?(amazonaws\.(com|com\.cn|eu)|c2s\.ic\.gov|sc2s\.sgov\.gov|cloud\.adc-e\.uk|csp\.hci\.ic\.gov|api\.aws|api\.amazonwebservices\.(com\.cn|eu))$/;
var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
var fail = (status, code, message) => code === void 0 ? { ok: false, status, message } : { ok: false, status, code, message };
var malformed = (message) => fail(0, "MalformedToken", message);
function field(body, name) {
  const xml = new RegExp(`<${name}>([^<]*)</${name}>`).exec(body)?.[1];
  if (xml !== void 0)
    return xml.replace(/&(amp|lt|gt|quot|apos);/g, (_, e) => ENTITIES[e] ?? "");
  const json2 = new RegExp(`"${name}"\\s*:\\s*("(?:[^"\\\\]|\\\\.)*")`).exec(body)?.[1];
  try {
    return json2 === void 0 ? void 0 : JSON.parse(json2);
  } catch {
    return void 0;
  }
}
function checkQuery(rawQuery, secrets) {
  const values = /* @__PURE__ */ new Map();
  for (const pair of rawQuery.split("&").filter(Boolean)) {
    const eq = pair.includes("=") ? pair.indexOf("=") : pair.length;
    let key;
    let value;
    try {
      key = decodeURIComponent(pair.slice(0, eq)).toLowerCase();
      value = decodeURIComponent(pair.slice(eq + 1).replace(/\+/g, " "));
    } catch {
      return malformed("malformed query parameter in pre-signed URL");
    }
    if (values.has(key)) return malformed(`duplicate query parameter found: "${key}"`);
    if (!ALLOWED_PARAM.test(key)) return malformed(`non-whitelisted query parameter "${key}"`);
    values.set(key, value);
    if (/signature|security-token/.test(key)) secrets.push(value, pair.slice(eq + 1));
  }
  if (values.get("action") !== "GetCallerIdentity")
    return malformed("unexpected action parameter in pre-signed URL");
  if (!(values.get("x-amz-signedheaders") ?? "").toLowerCase().split(";").includes("x-k8s-aws-id"))
    return malformed("client did not sign the x-k8s-aws-id header in the pre-signed URL");
  return void 0;
}
async function replayEksToken(token, clusterId, opts) {
  if (Buffer.byteLength(token) > 4096) return malformed("token is too large");
  if (!token.startsWith(EKS_PREFIX))
    return malformed(`token is missing expected "${EKS_PREFIX}" prefix`);
  const decoded = decodeBase64Url(token.slice(EKS_PREFIX.length), false);
  if (!decoded.ok) return malformed(decoded.detail);
  const url = decoded.bytes.toString("utf8");
  const parts = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)(\/[^?#]*)?(?:\?([^#]*))?$/i.exec(url);
  if (!parts) return malformed("the pre-signed URL cannot be parsed");
  const [, scheme = "", host2 = "", path9 = "", rawQuery = ""] = parts;
  const secrets = [token, token.slice(EKS_PREFIX.length), url, rawQuery];
  const refused = checkQuery(rawQuery, secrets);
  if (refused || path9 !== "/") return refused ?? malformed("unexpected path in pre-signed URL");
  const scrub = (text2) => secrets.reduce((out, s) => s.length < 8 ? out : out.split(s).join("***"), text2);
  let [target, destination] = [`https://${host2}${path9}?${rawQuery}`, host2];
  if (opts.endpointOverride !== void 0) {
    const origin = URL.canParse(opts.endpointOverride) ? new URL(opts.endpointOverride) : null;
    if (origin?.protocol !== "http:" && origin?.protocol !== "https:")
      return fail(0, "BadEndpoint", "endpointOverride is not an http(s) URL");
    [target, destination] = [`${origin.origin}${path9}?${rawQuery}`, origin.host];
  } else if (scheme !== "https") {
    return malformed(`unexpected scheme "${scheme}" in pre-signed URL`);
  } else if (!STS_HOST.test(host2.toLowerCase())) {
    return fail(0, "UntrustedHost", `refusing to send the token to "${host2}": not an AWS STS host`);
  }
  let status;
  let body;
  try {
    const headers = { "x-k8s-aws-id": clusterId, accept: "application/json" };
    ({ status, body } = await (opts.get ?? httpGet)(target, headers, opts.timeoutMs));
  } catch (err) {
    const e = err;
    if (e.name === "TimeoutError")
      return fail(0, "Timeout", `no answer from ${destination} within ${opts.timeoutMs} ms`);
    return fail(0, "NetworkError", scrub(`cannot reach ${destination}: ${e.code ?? e.message}`));
  }
  if (status !== 200) {
    const detail = field(body, "Message") ?? body.replace(/\s+/g, " ").trim();
    const code = field(body, "Code") ?? (body.includes("Throttling") ? "Throttling" : void 0);
    const text2 = `error from AWS (expected 200, got ${status}): ${detail}`;
    return fail(status, code, scrub(text2).slice(0, 400));
  }
  const result = /GetCallerIdentityResult/.test(body) ? body : "";
  const [arn, account, userId] = ["Arn", "Account", "UserId"].map((name) => field(result, name));
  if (!arn || !account || !userId) {
    const root = /<([A-Za-z][\w:.-]*)[\s>]/.exec(body.replace(/<\?[^>]*\?>/, ""))?.[1];
    const what = root ? `<${root}>` : body.trimStart().startsWith("{") ? "JSON" : "text";
    return fail(200, "MalformedResponse", `the answer is not a GetCallerIdentity result (${what})`);
  }
  if (arn.includes(":assumed-role/") && !/^[^:]+:[^:]+$/.test(userId))
    return fail(200, "MalformedResponse", "malformed UserID for an assumed role");
  return { ok: true, arn, account, userId };
}

// src/gather/aws/token-identity.ts
var REPLAY_MS = 5e3;
function signedFor(token, endpoint) {
  const decoded = decodeBase64Url(token.slice(EKS_PREFIX.length), false);
  const url = decoded.ok ? decoded.bytes.toString("utf8") : "";
  return URL.canParse(url) && URL.canParse(endpoint) && new URL(url).host === new URL(endpoint).host;
}
function expectedCluster(eks) {
  if (eks.outpostsId) return eks.contextCluster ?? eks.clusterName;
  return eks.clusterName === eks.execCluster ? eks.contextCluster ?? eks.clusterName : eks.clusterName;
}
async function tokenIdentity(token, eks, o) {
  const clusterId = eks.outpostsId ? eks.execCluster : expectedCluster(eks);
  if (!clusterId) return void 0;
  const configured = o.env.AWS_ENDPOINT_URL_STS || o.env.AWS_ENDPOINT_URL;
  const endpoint = configured && signedFor(token.value, configured) ? configured : void 0;
  const replay = (id) => replayEksToken(token.value, id, {
    timeoutMs: Math.max(1, Math.min(REPLAY_MS, o.deadline - Date.now())),
    ...endpoint ? { endpointOverride: endpoint } : {}
  });
  const first = await replay(clusterId);
  const facts = { from: token.from, clusterId, replay: first };
  const other = eks.execCluster;
  if (!first.ok && first.code === "SignatureDoesNotMatch" && other && other !== clusterId) {
    const second = await replay(other);
    if (second.ok) facts.signedFor = other;
  }
  return facts;
}

// src/gather/aws/index.ts
function region(eks, o) {
  if (o.region) return { region: o.region, regionFrom: "input" };
  if (eks.region) return { region: eks.region, regionFrom: "kubeconfig" };
  const fromEnv = o.env.AWS_REGION || o.env.AWS_DEFAULT_REGION;
  if (fromEnv) return { region: fromEnv, regionFrom: "environment" };
  return { region: "us-east-1", regionFrom: "default" };
}
async function gatherAws(eks, o) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const facts = { eks, ...region(eks, o) };
  try {
    return await ask(facts, o);
  } catch (err) {
    const detail = o.secrets.scrub(`unexpected error: ${err?.message ?? String(err)}`);
    return { ...facts, credentials: { ok: false, why: "error", detail } };
  }
}
async function ask(facts, o) {
  const resolved = await resolveCredentials({
    ...o.env.AWS_PROFILE ? { profile: o.env.AWS_PROFILE } : {},
    deadline: o.deadline,
    secrets: o.secrets,
    env: o.env
  });
  facts.credentials = resolved.facts;
  const token = (o.token ?? Promise.resolve(void 0)).then(
    (t) => t ? tokenIdentity(t, facts.eks, o) : void 0
  );
  token.catch(() => {
  });
  const withToken = async () => {
    const t = await token;
    if (t) facts.token = t;
    return facts;
  };
  if (!resolved.identity) return withToken();
  const caller = await callerIdentity({
    region: facts.region,
    credentials: resolved.identity,
    deadline: o.deadline,
    secrets: o.secrets
  });
  facts.caller = caller;
  const clusterName = expectedCluster(facts.eks);
  if (!caller.ok || !clusterName) return withToken();
  const who = withToken().then((f) => {
    const seen = principalSeen(f);
    return seen ? { rawArn: seen.arn, principal: seen.canonical } : { rawArn: caller.arn };
  });
  const [eksApi] = await Promise.all([
    gatherEksApi(
      {
        clusterName,
        region: facts.region,
        credentials: resolved.identity,
        deadline: o.deadline,
        secrets: o.secrets,
        now: o.now
      },
      who
    ),
    who
  ]);
  facts.eksApi = eksApi;
  return facts;
}

// src/gather/aws/speculative-token.ts
var schemeOf = (url) => new URL(url).protocol === "http:" ? "http" : "https";
function speculate(t, eks, env, now) {
  const u = t.user?.value;
  const exec = u?.exec;
  if (!exec || eks.authenticator !== "aws-cli" || eks.roleArn || eks.profile) return void 0;
  if (eks.outpostsId || !eks.execCluster) return void 0;
  if (u.token || u.tokenFile || u["auth-provider"] || u["client-certificate-data"])
    return void 0;
  if (u["client-certificate"] || u.username || u.password) return void 0;
  if ((exec.env ?? []).some((e) => /^AWS_/i.test(String(e?.name)))) return void 0;
  const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey } = env;
  if (!accessKeyId || !secretAccessKey) return void 0;
  const args = (exec.args ?? []).map(String);
  const region2 = flagValue(args, "--region") ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION);
  if (!region2) return void 0;
  const endpoint = env.AWS_ENDPOINT_URL_STS || env.AWS_ENDPOINT_URL;
  if (endpoint && !URL.canParse(endpoint)) return void 0;
  const input = {
    clusterId: eks.execCluster,
    region: region2,
    credentials: {
      accessKeyId,
      secretAccessKey,
      ...env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}
    },
    ...env.AWS_STS_REGIONAL_ENDPOINTS === "legacy" ? { sts: "global" } : {},
    ...endpoint ? { host: new URL(endpoint).host, scheme: schemeOf(endpoint) } : {}
  };
  let guess;
  try {
    guess = eksToken({ ...input, now });
  } catch {
    return void 0;
  }
  return {
    token: guess.token,
    url: guess.url,
    confirmedBy(pluginToken, signedAt) {
      if (!pluginToken || !signedAt || Number.isNaN(Date.parse(signedAt))) return false;
      return eksToken({ ...input, now: new Date(signedAt) }).token === pluginToken;
    }
  };
}

// src/gather/aws/sts-endpoint.ts
var ENDPOINT_PROBLEM = /^unexpected (scheme|hostname) /;
function trustStsEndpoint(t, env) {
  const endpoint = env.AWS_ENDPOINT_URL_STS || env.AWS_ENDPOINT_URL;
  if (!endpoint || !URL.canParse(endpoint)) return;
  const host2 = new URL(endpoint).host;
  const tokens = [t.token, t.tokenFile].map((l) => l?.ok ? l.value : void 0);
  for (const token of [...tokens, t.exec?.credential?.token]) {
    const eks = token?.eks;
    if (eks?.host === host2) eks.problems = eks.problems.filter((p) => !ENDPOINT_PROBLEM.test(p));
  }
}

// src/gather/cluster/index.ts
import { performance as performance3 } from "node:perf_hooks";

// src/model/resources.ts
var TABLE = `
[core] v1 | bindings Binding N | componentstatuses ComponentStatus C cs
| configmaps ConfigMap N cm | endpoints Endpoints N ep | events Event N ev
| limitranges LimitRange N limits | namespaces Namespace C ns /finalize,status
| nodes Node C no /proxy,status | persistentvolumeclaims PersistentVolumeClaim N pvc /status
| persistentvolumes PersistentVolume C pv /status
| pods Pod N po /attach,binding,ephemeralcontainers,eviction,exec,log,portforward,proxy,resize,status
| podtemplates PodTemplate N | replicationcontrollers ReplicationController N rc /scale,status
| resourcequotas ResourceQuota N quota /status | secrets Secret N
| serviceaccounts ServiceAccount N sa /token | services Service N svc /proxy,status
| groups - V | users - V
[apiregistration.k8s.io] v1 | apiservices APIService C /status
[apps] v1 | controllerrevisions ControllerRevision N | daemonsets DaemonSet N ds /status
| deployments Deployment N deploy /scale,status | replicasets ReplicaSet N rs /scale,status
| statefulsets StatefulSet N sts /scale,status
[events.k8s.io] v1 | events Event N ev
[authentication.k8s.io] v1 | selfsubjectreviews SelfSubjectReview C | tokenreviews TokenReview C
| uids - V | userextras - V
[authorization.k8s.io] v1 | localsubjectaccessreviews LocalSubjectAccessReview N
| selfsubjectaccessreviews SelfSubjectAccessReview C
| selfsubjectrulesreviews SelfSubjectRulesReview C | subjectaccessreviews SubjectAccessReview C
[autoscaling] v2 v1 | horizontalpodautoscalers HorizontalPodAutoscaler N hpa /status
[batch] v1 | cronjobs CronJob N cj /status | jobs Job N /status
[certificates.k8s.io] v1
| certificatesigningrequests CertificateSigningRequest C csr /approval,status
| clustertrustbundles ClusterTrustBundle C
| podcertificaterequests PodCertificateRequest N /status | signers - V
[networking.k8s.io] v1 | ingressclasses IngressClass C | ingresses Ingress N ing /status
| ipaddresses IPAddress C ip | networkpolicies NetworkPolicy N netpol
| servicecidrs ServiceCIDR C /status
[policy] v1 | poddisruptionbudgets PodDisruptionBudget N pdb /status
[rbac.authorization.k8s.io] v1 | clusterrolebindings ClusterRoleBinding C
| clusterroles ClusterRole C | rolebindings RoleBinding N | roles Role N
[storage.k8s.io] v1 | csidrivers CSIDriver C | csinodes CSINode C /status
| csistoragecapacities CSIStorageCapacity N | storageclasses StorageClass C sc
| volumeattachments VolumeAttachment C /status
| volumeattributesclasses VolumeAttributesClass C vac
[admissionregistration.k8s.io] v1 | mutatingadmissionpolicies MutatingAdmissionPolicy C
| mutatingadmissionpolicybindings MutatingAdmissionPolicyBinding C
| mutatingwebhookconfigurations MutatingWebhookConfiguration C
| validatingadmissionpolicies ValidatingAdmissionPolicy C /status
| validatingadmissionpolicybindings ValidatingAdmissionPolicyBinding C
| validatingwebhookconfigurations ValidatingWebhookConfiguration C
[apiextensions.k8s.io] v1 | customresourcedefinitions CustomResourceDefinition C crd crds /status
[scheduling.k8s.io] v1 | priorityclasses PriorityClass C pc
[coordination.k8s.io] v1 | leases Lease N
[node.k8s.io] v1 | runtimeclasses RuntimeClass C
[discovery.k8s.io] v1 | endpointslices EndpointSlice N
[resource.k8s.io] v1 | deviceclasses DeviceClass C | devicetaintrules DeviceTaintRule C /status
| resourceclaims ResourceClaim N /status | resourceclaimtemplates ResourceClaimTemplate N
| resourceslices ResourceSlice C
[flowcontrol.apiserver.k8s.io] v1 | flowschemas FlowSchema C /status
| prioritylevelconfigurations PriorityLevelConfiguration C /status
[storagemigration.k8s.io] v1 | storageversionmigrations StorageVersionMigration C /status
`;
function parseTable(text2) {
  const out = [];
  let group = "";
  let versions = [];
  for (const line of text2.trim().split(/\s*[\n|]\s*/)) {
    const [head = "", kind = "", scope = "", ...more] = line.trim().split(" ");
    if (head.startsWith("[")) {
      group = head === "[core]" ? "" : head.slice(1, -1);
      versions = [kind, scope, ...more].filter(Boolean);
      continue;
    }
    const subs = more.find((s) => s.startsWith("/"));
    out.push({
      group,
      resource: head,
      singular: kind === "-" ? "" : kind.toLowerCase(),
      kind: kind === "-" ? "" : kind,
      shortNames: more.filter((s) => !s.startsWith("/")),
      namespaced: scope === "N",
      versions: scope === "V" ? [] : versions,
      subresources: subs ? subs.slice(1).split(",") : [],
      ...scope === "V" ? { virtual: true } : {}
    });
  }
  return out;
}
var BUILTIN = { resources: parseTable(TABLE) };
var named2 = (r, name) => name === r.resource || name === (r.singular || r.kind.toLowerCase());
function expand(rs, q) {
  const inGroup = (r) => !q.group || r.group === q.group;
  if (rs.some((r) => inGroup(r) && named2(r, q.resource))) return q;
  const hit = rs.find((r) => inGroup(r) && r.shortNames.includes(q.resource));
  if (hit) return { group: hit.group, version: "", resource: hit.resource };
  if (!q.group) return q;
  const pre = rs.find((r) => r.group.startsWith(q.group) && r.shortNames.includes(q.resource));
  return pre ? { ...q, group: pre.group, resource: pre.resource } : q;
}
function lookup(rs, q) {
  const is = (r) => named2(r, q.resource);
  if (q.group && q.version)
    return rs.find((r) => r.group === q.group && r.versions.includes(q.version) && is(r));
  if (q.group)
    return rs.find((r) => r.group === q.group && is(r)) ?? rs.find((r) => r.group.startsWith(q.group) && is(r));
  return rs.find(is);
}
function findResource(index, type) {
  const rs = index.resources;
  const t = type.toLowerCase();
  const segs = t.split(".");
  if (segs.length >= 3) {
    const [resource = "", version = ""] = segs;
    const hit = lookup(rs, expand(rs, { resource, version, group: segs.slice(2).join(".") }));
    if (hit) return hit;
  }
  const dot = t.indexOf(".");
  const q = dot < 0 ? { resource: t, group: "" } : { resource: t.slice(0, dot), group: t.slice(dot + 1) };
  return lookup(rs, expand(rs, { ...q, version: "" }));
}
function typeOf(req) {
  const r = (req.resource ?? "").toLowerCase();
  if (r.includes(".") || !req.group) return r;
  return [r, req.version, req.group].filter(Boolean).join(".").toLowerCase();
}
var isWildcard = (type) => type === "*" || type.startsWith("*.");
function needsDiscovery(req) {
  if (req.nonResourceURL !== void 0) return false;
  const type = typeOf(req);
  return !isWildcard(type) && !findResource(BUILTIN, type);
}
function resolveRequirement(req, opts) {
  const { verb } = req;
  if (req.nonResourceURL !== void 0)
    return { attributes: { verb, nonResourceURL: req.nonResourceURL }, resolvedBy: "as-written" };
  const type = typeOf(req);
  const namespace = req.allNamespaces ? "" : req.namespace ?? opts.defaultNamespace;
  const extra = {
    ...req.subresource ? { subresource: req.subresource } : {},
    ...req.name !== void 0 ? { name: req.name } : {}
  };
  const { index } = opts;
  const served = index && !isWildcard(type) ? findResource(index, type) : void 0;
  const hit = served ?? (isWildcard(type) ? void 0 : findResource(BUILTIN, type));
  const segs = type.split(".");
  const versioned = segs.length >= 3 && /^v\d+((alpha|beta)\d+)?$/.test(segs[1] ?? "");
  const group = hit?.group ?? segs.slice(versioned ? 2 : 1).join(".");
  const known = served !== void 0 || hit?.virtual === true || isWildcard(type);
  const certain = index && (known || !(index.incomplete || index.staleGroups?.includes(group)));
  const unknownResource = certain ? { unknownResource: !known } : {};
  if (hit) {
    const ns = hit.namespaced ? namespace : "";
    const attributes2 = { verb, group: hit.group, resource: hit.resource, ...extra, namespace: ns };
    return { attributes: attributes2, resolvedBy: served ? "discovery" : "builtin", ...unknownResource };
  }
  const attributes = { verb, group, resource: segs[0] ?? "", ...extra, namespace };
  return { attributes, resolvedBy: "as-written", ...unknownResource };
}

// src/gather/cluster/api.ts
function json(body) {
  try {
    return JSON.parse(body.toString("utf8"));
  } catch {
    return void 0;
  }
}
var obj = (v) => typeof v === "object" && v !== null && !Array.isArray(v) ? v : {};
function statusOf(answer2) {
  const doc = obj(json(answer2.body));
  const message = typeof doc.message === "string" ? doc.message.slice(0, 1e3) : void 0;
  const reason = typeof doc.reason === "string" ? doc.reason : void 0;
  return { code: answer2.status, ...reason ? { reason } : {}, ...message ? { message } : {} };
}
async function serverVersion(call) {
  const answer2 = await call("GET", "/version");
  if (!answer2.ok || answer2.status !== 200) return void 0;
  const doc = obj(json(answer2.body));
  const gitVersion = typeof doc.gitVersion === "string" ? doc.gitVersion : "";
  const parsed = parseGitVersion(gitVersion) ?? {
    major: Number.parseInt(String(doc.major), 10),
    minor: Number.parseInt(String(doc.minor), 10)
  };
  if (!Number.isFinite(parsed.major) || !Number.isFinite(parsed.minor)) return void 0;
  return {
    gitVersion,
    ...parsed,
    ...typeof doc.platform === "string" ? { platform: doc.platform } : {}
  };
}
var SECRET_EXTRA = /access-?key|secret|token|password/i;
function userInfo(raw) {
  const u = obj(raw);
  if (typeof u.username !== "string") return void 0;
  const extra = {};
  for (const [k, v] of Object.entries(obj(u.extra))) {
    if (SECRET_EXTRA.test(k) || !Array.isArray(v)) continue;
    extra[k] = v.filter((x) => typeof x === "string").map((x) => x.slice(0, 512));
  }
  return {
    username: u.username,
    ...typeof u.uid === "string" && u.uid ? { uid: u.uid } : {},
    groups: Array.isArray(u.groups) ? u.groups.filter((g) => typeof g === "string") : [],
    extra
  };
}
var WHOAMI_VERSIONS = ["v1", "v1beta1", "v1alpha1"];
async function whoAmI(call) {
  for (const version of WHOAMI_VERSIONS) {
    const apiVersion = `authentication.k8s.io/${version}`;
    const answer2 = await call("POST", `/apis/${apiVersion}/selfsubjectreviews`, {
      apiVersion,
      kind: "SelfSubjectReview"
    });
    if (!answer2.ok) return void 0;
    if (answer2.status === 404) continue;
    if (answer2.status === 201 || answer2.status === 200) {
      const user = userInfo(obj(obj(json(answer2.body)).status).userInfo);
      if (user) return { ok: true, apiVersion: version, user };
      return { ok: false, why: "failed", status: { code: answer2.status, message: "no userInfo" } };
    }
    const why2 = answer2.status === 403 ? "forbidden" : answer2.status === 401 ? "unauthorized" : "failed";
    return { ok: false, why: why2, status: statusOf(answer2) };
  }
  return { ok: false, why: "not-served", status: { code: 404, reason: "NotFound" } };
}
async function accessReview(call, a) {
  const spec = a.nonResourceURL !== void 0 ? { nonResourceAttributes: { path: a.nonResourceURL, verb: a.verb } } : {
    resourceAttributes: {
      verb: a.verb,
      ...a.group !== void 0 ? { group: a.group } : {},
      ...a.version ? { version: a.version } : {},
      ...a.resource ? { resource: a.resource } : {},
      ...a.subresource ? { subresource: a.subresource } : {},
      ...a.name ? { name: a.name } : {},
      ...a.namespace ? { namespace: a.namespace } : {}
    }
  };
  const answer2 = await call("POST", "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews", {
    apiVersion: "authorization.k8s.io/v1",
    kind: "SelfSubjectAccessReview",
    spec
  });
  if (!answer2.ok) return { error: { code: 0, message: "no answer (see the connection finding)" } };
  if (answer2.status !== 201 && answer2.status !== 200) return { error: statusOf(answer2) };
  const status = obj(obj(json(answer2.body)).status);
  const text2 = (v) => typeof v === "string" && v ? v.slice(0, 1e3) : void 0;
  const reason = text2(status.reason);
  const evaluationError = text2(status.evaluationError);
  return {
    allowed: status.allowed === true,
    ...status.denied === true ? { denied: true } : {},
    ...reason ? { reason } : {},
    ...evaluationError ? { evaluationError } : {}
  };
}
function clockFrom(answers) {
  let best;
  for (const a of answers) {
    if (!a.ok || !a.headers.date) continue;
    const server = Date.parse(a.headers.date);
    if (Number.isNaN(server)) continue;
    const rtt = a.receivedAt.getTime() - a.sentAt.getTime();
    const mid = a.sentAt.getTime() + rtt / 2;
    if (!best || rtt < best.rtt) best = { rtt, skew: server + 500 - mid, date: a.headers.date };
  }
  if (!best) return void 0;
  return {
    serverDate: new Date(Date.parse(best.date)).toISOString(),
    skewSeconds: Math.round(best.skew / 1e3),
    uncertaintySeconds: Math.round((0.5 + best.rtt / 2e3) * 10) / 10
  };
}

// src/gather/cluster/discovery.ts
var DISCOVERY_ACCEPT = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json";
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var arr = (v) => Array.isArray(v) ? v : [];
var str = (v) => typeof v === "string" ? v : "";
var strs = (v) => arr(v).filter((s) => typeof s === "string");
function isAggregatedDiscovery(doc) {
  return isObj(doc) && doc.kind === "APIGroupDiscoveryList" && /^apidiscovery\.k8s\.io\/v2(beta1)?$/.test(str(doc.apiVersion));
}
var Builder = class {
  byKey = /* @__PURE__ */ new Map();
  staleGroups = /* @__PURE__ */ new Set();
  add(r, version) {
    if (!r.resource) return;
    const prev = this.byKey.get(`${r.group}/${r.resource}`);
    if (!prev) this.byKey.set(`${r.group}/${r.resource}`, { ...r, versions: [version] });
    else if (!prev.versions.includes(version)) prev.versions.push(version);
  }
  addSubresource(group, resource, sub) {
    const r = this.byKey.get(`${group}/${resource}`);
    if (r && !r.subresources.includes(sub)) r.subresources.push(sub);
  }
  /** Core first (kubectl's fixed top priority), otherwise the order the resources were added in. */
  build(incomplete) {
    const all = [...this.byKey.values()];
    const resources = [...all.filter((r) => r.group === ""), ...all.filter((r) => r.group !== "")];
    for (const r of resources) r.subresources.sort();
    return {
      resources,
      ...this.staleGroups.size ? { staleGroups: [...this.staleGroups] } : {},
      ...incomplete ? { incomplete: true } : {}
    };
  }
};
function parseAggregatedDiscovery(docs) {
  const b = new Builder();
  let incomplete = docs.length === 0;
  for (const doc of docs) {
    if (!isAggregatedDiscovery(doc)) {
      incomplete = true;
      continue;
    }
    for (const item of arr(doc.items)) {
      if (!isObj(item)) continue;
      const group = str(isObj(item.metadata) ? item.metadata.name : void 0);
      for (const v of arr(item.versions)) {
        if (!isObj(v)) continue;
        const version = str(v.version);
        if (v.freshness === "Stale") b.staleGroups.add(group);
        for (const r of arr(v.resources)) {
          if (!isObj(r)) continue;
          const kind = str(isObj(r.responseKind) ? r.responseKind.kind : void 0);
          const resource = str(r.resource);
          b.add(
            {
              group,
              resource,
              singular: str(r.singularResource) || kind.toLowerCase(),
              kind,
              shortNames: strs(r.shortNames),
              namespaced: r.scope === "Namespaced",
              versions: [],
              subresources: []
            },
            version
          );
          for (const s of arr(r.subresources))
            if (isObj(s) && str(s.subresource))
              b.addSubresource(group, resource, str(s.subresource));
        }
      }
    }
  }
  return b.build(incomplete);
}

// src/gather/cluster/transport.ts
import { setMaxListeners } from "node:events";
import { performance as performance2 } from "node:perf_hooks";

// src/gather/cluster/address.ts
import { promises as dns } from "node:dns";
import { BlockList, isIP } from "node:net";
function parseServer(server) {
  let url;
  try {
    url = new URL(server);
  } catch {
    return void 0;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return void 0;
  const scheme = url.protocol === "https:" ? "https" : "http";
  const host2 = stripBrackets(url.hostname).replace(/\.$/, "");
  if (!host2) return void 0;
  const port = url.port ? Number(url.port) : scheme === "https" ? 443 : 80;
  url.username = "";
  url.password = "";
  return {
    scheme,
    host: host2,
    port,
    prefix: trimEndOf(url.pathname, "/"),
    hostPort: joinHostPort(host2, port),
    display: url.toString().replace(/\/$/, "")
  };
}
var stripBrackets = (h) => h.startsWith("[") && h.endsWith("]") ? h.slice(1, -1) : h;
var joinHostPort = (host2, port) => `${host2.includes(":") ? `[${host2}]` : host2}:${port}`;
function ipFamily(host2) {
  return isIP(host2.replace(/%.*$/, ""));
}
function blockList(cidrs) {
  const list = new BlockList();
  for (const cidr of cidrs) {
    const [net = "", bits] = cidr.split("/");
    list.addSubnet(net, Number(bits), isIP(net) === 6 ? "ipv6" : "ipv4");
  }
  return list;
}
var CIDRS = [
  // 0.0.0.0 and :: reach this machine on Linux, as kind-style kubeconfigs sometimes rely on.
  ["loopback", ["127.0.0.0/8", "::1/128", "0.0.0.0/32", "::/128"]],
  ["private", ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "fc00::/7"]],
  ["link-local", ["169.254.0.0/16", "fe80::/10"]]
];
var classes;
function inList(list, ip) {
  const family = ipFamily(ip);
  if (family === 0) return false;
  try {
    return list.check(ip.replace(/%.*$/, ""), family === 6 ? "ipv6" : "ipv4");
  } catch {
    return false;
  }
}
function addressClass(ip) {
  if (ipFamily(ip) === 0) return "unknown";
  classes ??= CIDRS.map(([cls, cidrs]) => [cls, blockList(cidrs)]);
  return classes.find(([, list]) => inList(list, ip))?.[0] ?? "public";
}
function classOfAll(addresses) {
  return addresses[0] === void 0 ? "unknown" : addressClass(addresses[0]);
}
var isLoopback = (ip) => addressClass(ip) === "loopback";
function notFound(host2) {
  return Object.assign(new Error(`getaddrinfo ENOTFOUND ${host2}`), {
    code: "ENOTFOUND",
    hostname: host2
  });
}
var defaultLookup = async (host2) => {
  const name = host2.toLowerCase().replace(/\.$/, "");
  const family = ipFamily(name);
  if (family) return [{ address: name, family }];
  if (name === "invalid" || name.endsWith(".invalid")) throw notFound(host2);
  if (name === "localhost" || name.endsWith(".localhost")) {
    return [
      { address: "127.0.0.1", family: 4 },
      { address: "::1", family: 6 }
    ];
  }
  const found2 = await dns.lookup(host2, { all: true, verbatim: true });
  return found2.map(({ address, family: family2 }) => ({ address, family: family2 }));
};
function netLookup(lookup2) {
  return (host2, options, callback) => {
    lookup2(host2).then(
      (found2) => {
        if (found2.length === 0) return callback(notFound(host2), "", 0);
        if (options.all) return callback(null, found2);
        const first = found2[0];
        callback(null, first.address, first.family);
      },
      (err) => callback(err, "", 0)
    );
  };
}
async function resolveHost(host2, lookup2, signal) {
  if (signal.aborted) return "aborted";
  let onAbort = () => {
  };
  const aborted = new Promise((resolve5) => onAbort = () => resolve5("aborted"));
  signal.addEventListener("abort", onAbort, { once: true });
  try {
    const found2 = await Promise.race([lookup2(host2), aborted]);
    if (found2 !== "aborted" && found2.length === 0) return { error: notFound(host2) };
    return found2;
  } catch (error) {
    return { error };
  } finally {
    signal.removeEventListener("abort", onAbort);
  }
}

// src/gather/cluster/classify.ts
var TransportError = class extends Error {
  constructor(code, message, proxyStatus) {
    super(message);
    this.code = code;
    this.proxyStatus = proxyStatus;
  }
  code;
  proxyStatus;
};
var took = (ms) => ms < 1e3 ? `${Math.round(ms)} ms` : `${(ms / 1e3).toFixed(1)} s`;
var UNTRUSTED = /* @__PURE__ */ new Set([
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "CERT_SIGNATURE_FAILURE",
  "CERT_UNTRUSTED"
]);
var EXPIRED = /* @__PURE__ */ new Set(["CERT_HAS_EXPIRED", "CERT_NOT_YET_VALID"]);
var OTHER_VERIFY = /* @__PURE__ */ new Set([
  "CERT_REJECTED",
  "INVALID_CA",
  "INVALID_PURPOSE",
  "PATH_LENGTH_EXCEEDED",
  "UNABLE_TO_DECRYPT_CERT_SIGNATURE",
  "UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY",
  "ERROR_IN_CERT_NOT_BEFORE_FIELD",
  "ERROR_IN_CERT_NOT_AFTER_FIELD",
  "HOSTNAME_MISMATCH"
]);
var DNS = /* @__PURE__ */ new Set(["ENOTFOUND", "EAI_AGAIN", "EAI_FAIL", "EAI_NONAME", "EAI_NODATA"]);
var RESET = /* @__PURE__ */ new Set(["ECONNRESET", "EPIPE", "ECONNABORTED", "ERR_STREAM_PREMATURE_CLOSE"]);
var NO_ROUTE = /* @__PURE__ */ new Set(["EHOSTUNREACH", "ENETUNREACH", "EHOSTDOWN", "ENETDOWN"]);
function codeOf(err) {
  const e = err;
  if (typeof e?.code === "string") return e.code;
  return e?.errors?.length ? codeOf(e.errors[0]) : void 0;
}
function sslReason(err) {
  const m = /error:[0-9A-F]+:[^:]*:[^:]*:([a-z0-9 ,'-]+)/i.exec(String(err?.message));
  return m?.[1]?.trim();
}
function notTls(code, reason) {
  return code === "ERR_SSL_WRONG_VERSION_NUMBER" || code === "ERR_SSL_PACKET_LENGTH_TOO_LONG" || /wrong version number|packet length too long|record layer failure|http request/.test(
    reason ?? ""
  );
}
var isTlsCode = (code) => !!code && (/^ERR_(SSL|TLS|OSSL)_/.test(code) || code === "EPROTO");
var PHASE_WORDS = {
  dns: "while resolving the name",
  proxy: "while going through the proxy",
  connect: "while connecting",
  tls: "during the TLS handshake",
  response: "before a complete response"
};
function unreachable(reason, phase, code, detail, proxyStatus) {
  return {
    kind: "unreachable",
    reason,
    phase,
    ...code ? { code } : {},
    ...proxyStatus ? { proxyStatus } : {},
    detail
  };
}
function timeoutFailure(phase, c, aborted = false) {
  const what = {
    dns: `resolving the name of ${c.hostPort} did not complete`,
    proxy: `going through the proxy ${c.proxy ?? ""} to ${c.hostPort} did not complete`,
    connect: `the TCP connection to ${c.hostPort} did not complete`,
    tls: `the TLS handshake with ${c.hostPort} did not complete`,
    response: `${c.hostPort} did not send a complete response`
  };
  const why2 = aborted ? `before the run was cancelled (after ${took(c.ms)})` : `within ${took(c.ms)}, when the time budget ran out`;
  return unreachable(
    "timeout",
    phase,
    aborted ? "ABORT_ERR" : "ETIMEDOUT",
    `${what[phase]} ${why2}.`
  );
}
function tlsProblem(code) {
  if (!code) return void 0;
  if (UNTRUSTED.has(code)) return "untrusted";
  if (EXPIRED.has(code)) return "server-cert-expired";
  if (code === "ERR_TLS_CERT_ALTNAME_INVALID") return "hostname-mismatch";
  if (OTHER_VERIFY.has(code) || isTlsCode(code)) return "other";
  return void 0;
}
function tlsDetail(problem3, code, err, c) {
  const cert = `the certificate of ${c.hostPort}`;
  const by = c.caGiven ? "the kubeconfig CA" : "Node's default root CAs";
  const text2 = {
    untrusted: `${cert} is not signed by ${by}`,
    "hostname-mismatch": `${cert} is not valid for the name ${c.checkedName}`,
    "server-cert-expired": code === "CERT_NOT_YET_VALID" ? `${cert} is not yet valid (or the runner's clock is behind)` : `${cert} has expired (or the runner's clock is ahead)`,
    other: `the TLS handshake with ${c.hostPort} failed${sslReason(err) ? `: ${sslReason(err)}` : ""}`
  };
  return `${text2[problem3]} (${code}, after ${took(c.ms)}).`;
}
function classify(err, phase, c) {
  const code = codeOf(err);
  const after = `after ${took(c.ms)}`;
  const tag = code ? `${code}, ${after}` : after;
  if (err instanceof TransportError && phase !== "proxy") {
    return unreachable("protocol", phase, code, `${err.message} (${after}).`);
  }
  if (code === "ETIMEDOUT") return timeoutFailure(phase, c);
  if (phase === "proxy") {
    const status = err instanceof TransportError ? err.proxyStatus : void 0;
    const what2 = err instanceof TransportError ? err.message : code && DNS.has(code) ? "its name could not be resolved" : code === "ECONNREFUSED" ? "it refused the connection" : code && RESET.has(code) ? "it closed the connection" : tlsProblem(code) ? `the TLS handshake with it failed${sslReason(err) ? `: ${sslReason(err)}` : ""}` : `the connection failed`;
    const to = `the proxy ${c.proxy ?? ""} could not open a connection to ${c.hostPort}`;
    return unreachable("proxy", phase, code, `${to}: ${what2} (${tag}).`, status);
  }
  if (code && DNS.has(code)) {
    const host2 = c.hostPort.replace(/:\d+$/, "");
    return unreachable("dns", "dns", code, `the name ${host2} could not be resolved (${tag}).`);
  }
  if (code === "ECONNREFUSED") {
    return unreachable("refused", phase, code, `${c.hostPort} refused the connection (${tag}).`);
  }
  if (code && NO_ROUTE.has(code)) {
    return unreachable("no-route", phase, code, `there is no route to ${c.hostPort} (${tag}).`);
  }
  const reason = sslReason(err);
  if (notTls(code, reason) || code?.startsWith("HPE_")) {
    const what2 = phase === "tls" ? `${c.hostPort} did not answer in TLS (${reason ?? "not TLS"}), as a plain HTTP port would` : `${c.hostPort} did not answer in HTTP`;
    return unreachable("protocol", phase, code, `${what2} (${tag}).`);
  }
  if (code && RESET.has(code) || /socket hang up/.test(String(err?.message))) {
    const where = PHASE_WORDS[phase];
    return unreachable(
      "reset",
      phase,
      code,
      `${c.hostPort} closed the connection ${where} (${tag}).`
    );
  }
  const problem3 = tlsProblem(code);
  if (problem3 && code) {
    return { kind: "tls", problem: problem3, code, detail: tlsDetail(problem3, code, err, c) };
  }
  const what = code ? `failed ${PHASE_WORDS[phase]}` : `failed ${PHASE_WORDS[phase]} for an unknown reason`;
  return unreachable("reset", phase, code, `the connection to ${c.hostPort} ${what} (${tag}).`);
}

// src/gather/cluster/dial.ts
import { connect as netConnect, isIP as isIP2 } from "node:net";
import { connect as tlsConnect } from "node:tls";
function startTls(raw, options, track) {
  const socket = tlsConnect({ ...options, socket: raw });
  track(socket);
  raw.on("error", (err) => socket.destroy(err));
  return socket;
}
var abortError = () => Object.assign(new Error("aborted"), { code: "ABORT_ERR" });
function until(socket, event, signal) {
  return new Promise((resolve5, reject) => {
    const done = (err) => {
      socket.off(event, ok).off("error", done).off("close", closed);
      signal.removeEventListener("abort", aborted);
      if (err) reject(err);
      else resolve5();
    };
    const ok = () => done();
    const closed = () => done(Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }));
    const aborted = () => {
      done(abortError());
      socket.destroy();
    };
    if (signal.aborted) return aborted();
    socket.once(event, ok).once("error", done).once("close", closed);
    signal.addEventListener("abort", aborted, { once: true });
  });
}
var Reader = class {
  constructor(socket, signal) {
    this.socket = socket;
    this.signal = signal;
    socket.on("data", this.onData);
  }
  socket;
  signal;
  buf = Buffer.alloc(0);
  onData = (chunk) => {
    this.buf = Buffer.concat([this.buf, chunk]);
  };
  async take(enough) {
    for (let n = enough(); ; n = enough()) {
      if (n !== void 0) {
        const out = this.buf.subarray(0, n);
        this.buf = this.buf.subarray(n);
        return out;
      }
      if (this.buf.length > 16384) throw new TransportError("EPROTO", "its answer is too long");
      await until(this.socket, "data", this.signal);
    }
  }
  bytes(n) {
    return this.take(() => this.buf.length >= n ? n : void 0);
  }
  headerBlock() {
    return this.take(() => {
      const end = this.buf.indexOf("\r\n\r\n");
      return end < 0 ? void 0 : end + 4;
    });
  }
  /** Stops reading; bytes already past the handshake go back to the stream. */
  release() {
    this.socket.off("data", this.onData).pause();
    if (this.buf.length) this.socket.unshift(this.buf);
  }
};
async function tcp(ctx, host2, port) {
  const socket = netConnect({ host: host2, port, lookup: netLookup(ctx.lookup) });
  ctx.track(socket);
  await until(socket, "connect", ctx.signal);
  return socket;
}
async function httpConnect(ctx, socket, p, target) {
  const auth = p.username !== void 0 ? `Proxy-Authorization: Basic ${Buffer.from(`${p.username}:${p.password ?? ""}`).toString("base64")}\r
` : "";
  socket.write(`CONNECT ${target} HTTP/1.1\r
Host: ${target}\r
${auth}\r
`);
  const reader = new Reader(socket, ctx.signal);
  const head = (await reader.headerBlock()).toString("latin1");
  reader.release();
  const m = /^HTTP\/1\.[01] (\d{3})[^\r\n]*/.exec(head);
  if (!m) throw new TransportError("EPROTO", "it did not answer CONNECT in HTTP");
  const status = Number(m[1]);
  if (status < 200 || status > 299) {
    const line = m[0].slice(9, 80).replace(/[^\x20-\x7e]/g, "");
    throw new TransportError("PROXY_STATUS", `it answered CONNECT with ${line}`, status);
  }
}
var SOCKS_REPLIES = [
  "succeeded",
  "general SOCKS server failure",
  "connection not allowed by ruleset",
  "network unreachable",
  "host unreachable",
  "connection refused",
  "TTL expired",
  "command not supported",
  "address type not supported"
];
function ipv6Bytes(ip) {
  const [head = "", tail = ""] = ip.replace(/%.*$/, "").split("::");
  const groups = (s) => s ? s.split(":").flatMap((g) => g.includes(".") ? v4Groups(g) : [parseInt(g, 16)]) : [];
  const v4Groups = (g) => {
    const [a = 0, b = 0, c = 0, d = 0] = g.split(".").map(Number);
    return [a << 8 | b, c << 8 | d];
  };
  const h = groups(head);
  const t = groups(tail);
  const all = ip.includes("::") ? [...h, ...Array(8 - h.length - t.length).fill(0), ...t] : h;
  return Buffer.from(all.flatMap((g) => [g >> 8, g & 255]));
}
async function socks5(ctx, socket, p, host2, port) {
  const reader = new Reader(socket, ctx.signal);
  const fail2 = (what) => new TransportError("SOCKS_FAILURE", what);
  const withAuth = p.username !== void 0;
  socket.write(Buffer.from(withAuth ? [5, 2, 0, 2] : [5, 1, 0]));
  const [ver, method] = await reader.bytes(2);
  if (ver !== 5) throw fail2("it does not speak SOCKS5");
  if (method === 2 && withAuth) {
    const user = Buffer.from(p.username ?? "");
    const pass = Buffer.from(p.password ?? "");
    socket.write(
      Buffer.concat([Buffer.from([1, user.length]), user, Buffer.from([pass.length]), pass])
    );
    const [, status] = await reader.bytes(2);
    if (status !== 0) throw fail2("it rejected the username and password");
  } else if (method !== 0) {
    throw fail2(withAuth ? "it accepts none of our methods" : "it requires a username and password");
  }
  const family = isIP2(host2);
  const addr = family === 4 ? Buffer.from([1, ...host2.split(".").map(Number)]) : family === 6 ? Buffer.concat([Buffer.from([4]), ipv6Bytes(host2)]) : Buffer.concat([Buffer.from([3, Buffer.byteLength(host2)]), Buffer.from(host2)]);
  socket.write(
    Buffer.concat([Buffer.from([5, 1, 0]), addr, Buffer.from([port >> 8, port & 255])])
  );
  const [, rep = 1, , atyp] = await reader.bytes(4);
  if (rep !== 0) throw fail2(`it answered: ${SOCKS_REPLIES[rep] ?? `reply ${rep}`}`);
  const len = atyp === 1 ? 4 : atyp === 4 ? 16 : (await reader.bytes(1))[0] ?? 0;
  await reader.bytes(len + 2);
  reader.release();
}
async function dial(ctx, host2, port, mode, next, onPhase) {
  const p = ctx.proxy;
  if (!p) {
    onPhase("connect");
    const socket2 = await tcp(ctx, host2, port);
    onPhase(next);
    return socket2;
  }
  onPhase("proxy");
  let socket = await tcp(ctx, p.host, p.port);
  try {
    if (p.scheme === "https") {
      const secure = startTls(socket, ctx.proxyTls ?? {}, ctx.track);
      socket = secure;
      await until(secure, "secureConnect", ctx.signal);
    }
    if (p.scheme === "socks5") await socks5(ctx, socket, p, host2, port);
    else if (mode === "tunnel") await httpConnect(ctx, socket, p, joinHostPort(host2, port));
  } catch (err) {
    socket.destroy();
    throw err;
  }
  onPhase(next);
  return socket;
}

// src/gather/cluster/agent.ts
import * as http2 from "node:http";
import * as https2 from "node:https";
var MAX_SOCKETS = 8;
var STATE = /* @__PURE__ */ Symbol("kube-preflight.connection");
var ConnState = class {
  constructor(phase, now) {
    this.phase = phase;
    this.now = now;
  }
  phase;
  now;
  sentAt;
  tlsVersion;
  setPhase(phase) {
    this.phase = phase;
    if (phase === "response") this.sentAt ??= this.now();
  }
  secured(tlsVersion) {
    if (tlsVersion) this.tlsVersion = tlsVersion;
    this.setPhase("response");
  }
};
var Slots = class {
  constructor(free) {
    this.free = free;
  }
  free;
  waiters = [];
  acquire(signal) {
    if (signal.aborted) return Promise.resolve(false);
    if (this.free > 0) {
      this.free--;
      return Promise.resolve(true);
    }
    return new Promise((resolve5) => {
      const go = () => {
        signal.removeEventListener("abort", stop);
        resolve5(true);
      };
      const stop = () => {
        this.waiters = this.waiters.filter((w) => w !== go);
        resolve5(false);
      };
      this.waiters.push(go);
      signal.addEventListener("abort", stop, { once: true });
    });
  }
  release() {
    const next = this.waiters.shift();
    if (next) next();
    else this.free++;
  }
};
function makeAgent(a) {
  const options = { keepAlive: true, maxSockets: MAX_SOCKETS };
  const agent = a.scheme === "https" ? new https2.Agent(options) : new http2.Agent(options);
  const next = a.scheme === "https" ? "tls" : "response";
  agent.createConnection = (reqOptions, cb) => {
    const state = reqOptions[STATE];
    const onPhase = (p) => state?.setPhase(p);
    dial(a.dial, a.host, a.port, a.forward ? "forward" : "tunnel", next, onPhase).then(
      (raw) => {
        if (next === "response") return cb?.(null, raw);
        const socket = startTls(raw, a.tls, a.track);
        socket.once("secureConnect", () => state?.secured(socket.getProtocol() ?? void 0));
        cb?.(null, socket);
      },
      (err) => cb?.(err, void 0)
    );
    return void 0;
  };
  return agent;
}

// src/gather/cluster/exchange.ts
import * as http3 from "node:http";
import * as https3 from "node:https";
import { performance } from "node:perf_hooks";

// src/gather/cluster/tls-diagnose.ts
import { X509Certificate as X509Certificate2 } from "node:crypto";
import {
  checkServerIdentity,
  createSecureContext
} from "node:tls";
var toPem = (der) => `-----BEGIN CERTIFICATE-----
${der.toString("base64").replace(/.{64}/g, "$&\n").replace(/\n?$/, "\n")}-----END CERTIFICATE-----
`;
function bundleCerts(pem) {
  const out = [];
  for (const block of pemBlocks(pem)) {
    if (block.type !== "CERTIFICATE") continue;
    try {
      out.push(new X509Certificate2(block.text));
    } catch {
    }
  }
  return out;
}
function peerChain(socket) {
  const ders = [];
  const seen = /* @__PURE__ */ new Set();
  let cert = socket.getPeerCertificate(true);
  while (cert?.raw && !seen.has(cert.fingerprint256)) {
    seen.add(cert.fingerprint256);
    ders.push(cert.raw);
    cert = cert.issuerCertificate;
  }
  return ders;
}
function altNamesOf(san) {
  if (!san) return [];
  return san.split(/,\s*/).map((n) => n.replace(/^(DNS|IP Address):/, "").replace(/^"(.*)"$/, "$1")).filter(Boolean);
}
function anchoredIn(chain, caPem) {
  const top = chain[chain.length - 1];
  if (!top) return false;
  const prints = new Set(chain.map((c) => c.fingerprint256));
  return bundleCerts(caPem).some((ca) => {
    if (prints.has(ca.fingerprint256)) return true;
    try {
      return top.checkIssued(ca) && top.verify(ca.publicKey);
    } catch {
      return false;
    }
  });
}
function describeChain(ders, caPem) {
  if (ders.length === 0) return {};
  const parsed = parseCertificates(ders.map(toPem).join(""));
  const certs2 = ders.map((d) => new X509Certificate2(d));
  return {
    ...parsed.ok ? { presented: parsed.certs } : {},
    ...caPem !== void 0 ? { anchoredInKubeconfigCa: anchoredIn(certs2, caPem) } : {},
    altNames: altNamesOf(certs2[0]?.subjectAltName)
  };
}
function goCheckServerIdentity(host2, cert) {
  if (!cert.subjectaltname) {
    return Object.assign(
      new Error(
        `Hostname/IP does not match certificate's altnames: the certificate has no subjectAltName (Go ignores the Common Name)`
      ),
      { code: "ERR_TLS_CERT_ALTNAME_INVALID", host: host2 }
    );
  }
  return checkServerIdentity(host2, cert);
}
function readPresentedChain(tls, caPem, signal) {
  return new Promise((resolve5) => {
    let done = false;
    const finish = (facts) => {
      if (done) return;
      done = true;
      signal.removeEventListener("abort", abort);
      tls.destroy();
      resolve5(facts);
    };
    const abort = () => finish({});
    tls.once("secureConnect", () => {
      try {
        finish(describeChain(peerChain(tls), caPem));
      } catch {
        finish({});
      }
    });
    tls.once("error", () => finish({}));
    tls.once("close", () => finish({}));
    if (signal.aborted) abort();
    else signal.addEventListener("abort", abort, { once: true });
  });
}
function secureContextOf(o) {
  if (o.insecure && o.ca !== void 0) {
    return "client-go refuses insecure-skip-tls-verify together with a CA bundle";
  }
  if (o.ca !== void 0 && bundleCerts(o.ca).length === 0) {
    return "the CA bundle contains no certificate that can be parsed";
  }
  try {
    return createSecureContext({
      ...o.ca !== void 0 ? { ca: o.ca } : {},
      ...o.cert && o.key ? { cert: o.cert, key: o.key } : {}
    });
  } catch (err) {
    const code = codeOf(err) ?? "no code";
    return code === "ERR_OSSL_X509_KEY_VALUES_MISMATCH" ? `the client key does not belong to the client certificate (${code})` : `the client certificate or key cannot be loaded into TLS (${code})`;
  }
}

// src/gather/cluster/exchange.ts
var RETRYABLE = /* @__PURE__ */ new Set(["ECONNRESET", "EPIPE"]);
function flatHeaders(h) {
  const out = {};
  for (const [k, v] of Object.entries(h)) if (v !== void 0) out[k] = [v].flat().join(", ");
  return out;
}
function withPresented(f, p, err, name) {
  if (f.kind !== "tls") return f;
  const mismatch = f.problem === "hostname-mismatch";
  const altNames = p.altNames ?? altNamesOf(err?.cert?.subjectaltname);
  return {
    ...f,
    ...p.presented ? { presented: p.presented } : {},
    ...p.anchoredInKubeconfigCa !== void 0 ? { anchoredInKubeconfigCa: p.anchoredInKubeconfigCa } : {},
    ...mismatch ? { altNames, checkedName: name } : {}
  };
}
function attempt(s, mayRetry) {
  return new Promise((resolve5) => {
    const state = new ConnState(s.proxy ? "proxy" : "connect", s.now);
    const ms = () => performance.now() - s.t0;
    let settled = false;
    let answered = false;
    const finish = (ex) => {
      settled = true;
      s.signal.removeEventListener("abort", onAbort);
      if (ex === "retry" || !ex.ok) req.destroy();
      resolve5(ex);
    };
    const fail2 = (err) => {
      if (settled) return;
      if (mayRetry && req.reusedSocket && !answered && RETRYABLE.has(codeOf(err) ?? "")) {
        return finish("retry");
      }
      const durationMs = ms();
      const failure = classify(err, state.phase, s.context(durationMs));
      if (failure.kind !== "tls") return finish({ ok: false, failure, durationMs });
      settled = true;
      req.destroy();
      s.diagnose().then(
        (p) => finish({
          ok: false,
          failure: withPresented(failure, p, err, s.context(0).checkedName),
          durationMs
        }),
        () => finish({ ok: false, failure, durationMs })
      );
    };
    const onAbort = () => {
      if (settled) return;
      const failure = timeoutFailure(state.phase, s.context(ms()), s.cancelled());
      finish({ ok: false, failure, durationMs: ms() });
    };
    const auth = s.forward && s.proxy?.username !== void 0 ? {
      "Proxy-Authorization": `Basic ${Buffer.from(`${s.proxy.username}:${s.proxy.password ?? ""}`).toString("base64")}`
    } : {};
    const path9 = `${s.server.prefix}${s.path.startsWith("/") ? "" : "/"}${s.path}`;
    const options = {
      agent: s.agent,
      host: s.server.host,
      port: s.server.port,
      method: s.method,
      path: s.forward ? `http://${s.server.hostPort}${path9}` : path9,
      headers: {
        "User-Agent": s.userAgent,
        ...s.headers,
        ...auth,
        ...s.body !== void 0 ? { "Content-Length": String(Buffer.byteLength(s.body)) } : {}
      },
      [STATE]: state
    };
    const req = (s.server.scheme === "https" ? https3 : http3).request(options, (res) => {
      answered = true;
      state.setPhase("response");
      const receivedAt = s.now();
      const limit = s.maxBodyBytes;
      const tooLarge2 = (n) => new TransportError(
        "BODY_TOO_LARGE",
        `${s.server.hostPort} sent a response body of ${n} bytes, over the limit of ${limit}`
      );
      const declared = Number(res.headers["content-length"]);
      if (declared > limit) return fail2(tooLarge2(String(declared)));
      const chunks = [];
      let size = 0;
      res.on("data", (chunk) => {
        size += chunk.length;
        if (size > limit) fail2(tooLarge2(`more than ${limit}`));
        else chunks.push(chunk);
      });
      res.once("error", fail2);
      res.once("close", () => {
        if (!res.complete) fail2(Object.assign(new Error("aborted"), { code: "ECONNRESET" }));
      });
      res.once("end", () => {
        if (settled) return;
        finish({
          ok: true,
          status: res.statusCode ?? 0,
          headers: flatHeaders(res.headers),
          body: Buffer.concat(chunks),
          sentAt: state.sentAt ?? receivedAt,
          receivedAt,
          durationMs: ms(),
          ...state.tlsVersion ? { tlsVersion: state.tlsVersion } : {}
        });
      });
    });
    req.once("socket", () => {
      if (req.reusedSocket) state.setPhase("response");
    });
    req.on("error", fail2);
    s.signal.addEventListener("abort", onAbort, { once: true });
    if (s.signal.aborted) return onAbort();
    req.end(s.body);
  });
}
async function sendRequest(s, slots) {
  if (!await slots.acquire(s.signal)) {
    const failure = timeoutFailure(
      s.proxy ? "proxy" : "connect",
      s.context(performance.now() - s.t0),
      s.cancelled()
    );
    return { ok: false, failure, durationMs: performance.now() - s.t0 };
  }
  try {
    const first = await attempt(s, true);
    return first === "retry" ? await attempt(s, false) : first;
  } finally {
    setImmediate(() => slots.release());
  }
}

// src/gather/cluster/proxy.ts
import { BlockList as BlockList2 } from "node:net";
var DEFAULT_PORTS = { http: 80, https: 443, socks5: 1080 };
var SCHEMES2 = /* @__PURE__ */ new Set(["http", "https", "socks5"]);
function parseUrl(value) {
  try {
    return new URL(value);
  } catch {
    return void 0;
  }
}
var schemeOf2 = (url) => url.protocol.replace(/:$/, "");
function choice(url, source, variable) {
  const scheme = schemeOf2(url);
  const host2 = stripBrackets(url.hostname);
  const port = url.port ? Number(url.port) : DEFAULT_PORTS[scheme];
  const decode = (s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  return {
    scheme,
    host: host2,
    port,
    ...url.username ? { username: decode(url.username) } : {},
    ...url.password ? { password: decode(url.password) } : {},
    facts: {
      url: `${scheme}://${joinHostPort(host2, port)}`,
      source,
      ...variable ? { variable } : {}
    }
  };
}
function parseEnvProxy(value) {
  const url = parseUrl(value);
  if (url && SCHEMES2.has(schemeOf2(url))) return url;
  return parseUrl(`http://${value}`) ?? url;
}
function envAny(env, names) {
  for (const name of names) {
    const value = env[name];
    if (value) return { name, value };
  }
  return void 0;
}
function ipList(ip, bits) {
  const family = ipFamily(ip);
  if (!family) return void 0;
  const list = new BlockList2();
  const type = family === 4 ? "ipv4" : "ipv6";
  try {
    if (bits === void 0) list.addAddress(ip, type);
    else list.addSubnet(ip, bits, type);
  } catch {
    return void 0;
  }
  return list;
}
function noProxyMatcher(raw) {
  const entry = raw.trim().toLowerCase();
  if (!entry) return void 0;
  if (entry === "*") return "all";
  const cidr = /^([^/]+)\/(\d{1,3})$/.exec(entry);
  const cidrList = cidr && ipList(cidr[1], Number(cidr[2]));
  if (cidrList) return { ip: true, match: (h) => inList(cidrList, h) };
  const hp = /^(\[[^\]]*\]|[^:[\]]*):([^:[\]]*)$/.exec(entry);
  const host2 = hp ? stripBrackets(hp[1]) : entry;
  const port = hp ? hp[2] : "";
  if (!host2) return void 0;
  const one = ipList(host2);
  if (one) return { ip: true, match: (h, p) => inList(one, h) && (!port || port === p) };
  const bare = host2.startsWith("*.") ? host2.slice(1) : host2;
  const suffix = bare.startsWith(".") ? bare : `.${bare}`;
  const matchHost = !bare.startsWith(".");
  return {
    match: (h, p) => (h.endsWith(suffix) || matchHost && h === suffix.slice(1)) && (!port || port === p)
  };
}
function useEnvProxy(host2, port, noProxy) {
  const h = host2.trim().toLowerCase();
  if (h === "localhost" || ipFamily(h) && isLoopback(h)) return false;
  const isIp = ipFamily(h) !== 0;
  for (const raw of noProxy.split(",")) {
    const m = noProxyMatcher(raw);
    if (m === "all") return false;
    if (m && (!m.ip || isIp) && m.match(h, String(port))) return false;
  }
  return true;
}
function selectProxy(target, proxyUrl, env) {
  if (proxyUrl) {
    const url2 = parseUrl(proxyUrl);
    if (!url2) return { ok: false, detail: "the kubeconfig proxy-url is not a valid URL" };
    if (!SCHEMES2.has(schemeOf2(url2))) {
      return {
        ok: false,
        detail: `the kubeconfig proxy-url scheme "${schemeOf2(url2)}" is not http, https or socks5`
      };
    }
    if (!url2.hostname) return { ok: false, detail: "the kubeconfig proxy-url has no host" };
    return { ok: true, proxy: choice(url2, "proxy-url") };
  }
  const names = target.scheme === "https" ? ["HTTPS_PROXY", "https_proxy"] : ["HTTP_PROXY", "http_proxy"];
  const found2 = envAny(env, names);
  const url = found2 && parseEnvProxy(found2.value);
  if (!found2 || !url || !SCHEMES2.has(schemeOf2(url)) || !url.hostname) return { ok: true };
  if (target.scheme === "http" && env.REQUEST_METHOD) {
    return { ok: false, detail: `Go refuses ${found2.name} in a CGI environment (REQUEST_METHOD)` };
  }
  const noProxy = envAny(env, ["NO_PROXY", "no_proxy"])?.value ?? "";
  if (!useEnvProxy(target.host, target.port, noProxy)) return { ok: true };
  return { ok: true, proxy: choice(url, "environment", found2.name) };
}

// src/gather/cluster/transport.ts
function createTransport(o) {
  const parts = parseServer(o.server);
  const host2 = parts?.host ?? "";
  const port = parts?.port ?? 0;
  const life = new AbortController();
  setMaxListeners(0, life.signal);
  const sockets = /* @__PURE__ */ new Set();
  const track = (s) => {
    sockets.add(s);
    s.once("close", () => sockets.delete(s));
  };
  let ended;
  let agent;
  const end = (why2) => {
    if (ended) return;
    ended = why2;
    clearTimeout(timer);
    o.signal?.removeEventListener("abort", cancel);
    life.abort();
    agent?.destroy();
    for (const s of sockets) s.destroy();
    sockets.clear();
  };
  const cancel = () => end("cancelled");
  const timer = setTimeout(() => end("deadline"), Math.min(2 ** 31 - 1, o.deadline - Date.now()));
  timer.unref();
  o.signal?.addEventListener("abort", cancel, { once: true });
  const selection = parts ? selectProxy(parts, o.proxyUrl, o.env) : void 0;
  const proxy = selection?.ok ? selection.proxy : void 0;
  const context = secureContextOf(o);
  const problemText = !parts ? "the server URL is not an absolute http(s) URL" : selection && !selection.ok ? selection.detail : typeof context === "string" ? context : void 0;
  const problem3 = problemText ? { kind: "client-config", detail: `${problemText}.` } : void 0;
  const checkedName = o.serverName || host2;
  const sniOf = (name) => ipFamily(name) ? {} : { servername: name };
  const tlsOptions = {
    ...typeof context === "string" ? {} : { secureContext: context },
    rejectUnauthorized: !o.insecure,
    checkServerIdentity: goCheckServerIdentity,
    ALPNProtocols: ["http/1.1"]
  };
  const rawLookup = o.lookup ?? defaultLookup;
  let resolved;
  const proxyName = o.serverName || proxy?.host || "";
  const dctx = {
    lookup: (h) => h === host2 && resolved ? Promise.resolve(resolved) : rawLookup(h),
    ...proxy ? { proxy } : {},
    proxyTls: { ...tlsOptions, host: proxyName, ...sniOf(proxyName) },
    signal: life.signal,
    track
  };
  const forward = parts?.scheme === "http" && !!proxy && proxy.scheme !== "socks5";
  if (parts) {
    const tls = { ...tlsOptions, host: checkedName, ...sniOf(checkedName) };
    agent = makeAgent({ scheme: parts.scheme, host: host2, port, dial: dctx, forward, tls, track });
  }
  const failureContext = (ms) => ({
    hostPort: parts?.hostPort ?? "the server",
    ...proxy ? { proxy: proxy.facts.url.replace(/^[a-z0-9]+:\/\//, "") } : {},
    ms,
    caGiven: o.ca !== void 0,
    checkedName
  });
  async function resolveEndpoint() {
    const t0 = performance2.now();
    const endpoint2 = {
      server: parts?.display ?? o.server.replace(/\/\/[^/@]*@/, "//"),
      host: host2,
      port,
      ...o.serverName ? { serverName: o.serverName } : {},
      addresses: [],
      addressClass: "unknown",
      ...proxy ? { proxy: proxy.facts } : {},
      insecure: o.insecure === true
    };
    if (problem3) return { ok: false, endpoint: endpoint2, failure: problem3 };
    if (ipFamily(host2)) {
      return {
        ok: true,
        endpoint: { ...endpoint2, addresses: [host2], addressClass: addressClass(host2) }
      };
    }
    if (proxy) return { ok: true, endpoint: endpoint2 };
    const settled = await resolveHost(host2, rawLookup, life.signal);
    const ms = performance2.now() - t0;
    if (settled === "aborted") {
      const failure = timeoutFailure("dns", failureContext(ms), ended !== "deadline");
      return { ok: false, endpoint: endpoint2, failure };
    }
    if (!Array.isArray(settled)) {
      return { ok: false, endpoint: endpoint2, failure: classify(settled.error, "dns", failureContext(ms)) };
    }
    resolved = settled;
    const addresses = settled.map((a) => a.address);
    return { ok: true, endpoint: { ...endpoint2, addresses, addressClass: classOfAll(addresses) } };
  }
  let endpointResult;
  const endpoint = () => endpointResult ??= resolveEndpoint();
  let presented;
  const diagnose = () => presented ??= dial(dctx, host2, port, "tunnel", "tls", () => {
  }).then(
    (raw) => {
      const options = { rejectUnauthorized: false, ca: [], ...sniOf(checkedName) };
      return readPresentedChain(startTls(raw, options, track), o.ca, life.signal);
    },
    () => ({})
  );
  const slots = new Slots(MAX_SOCKETS);
  let inflight = 0;
  if (o.signal?.aborted) cancel();
  return {
    endpoint,
    async request(method, path9, ro = {}) {
      const t0 = performance2.now();
      if (problem3 || !parts || !agent) {
        const failure = problem3 ?? { kind: "client-config", detail: "no usable server URL." };
        return { ok: false, failure, durationMs: 0 };
      }
      if (inflight++ === 0) timer.ref();
      try {
        const ep = proxy ? void 0 : await endpoint();
        if (ep && !ep.ok)
          return { ok: false, failure: ep.failure, durationMs: performance2.now() - t0 };
        const send = {
          method,
          path: path9,
          ...ro,
          t0,
          server: parts,
          agent,
          ...proxy ? { proxy } : {},
          forward,
          signal: life.signal,
          cancelled: () => ended !== "deadline",
          now: o.now,
          userAgent: o.userAgent,
          maxBodyBytes: o.maxBodyBytes ?? 8 * 1024 * 1024,
          context: failureContext,
          diagnose
        };
        return await sendRequest(send, slots);
      } finally {
        if (--inflight === 0) timer.unref();
      }
    },
    close: () => end("closed")
  };
}

// src/gather/cluster/oidc-probe.ts
var DISCOVERY_PATH = "/.well-known/openid-configuration";
async function probeIssuer(issuer, caPem, env) {
  const base2 = trimEndOf(issuer, "/");
  const discoveryUrl = `${base2}${DISCOVERY_PATH}`;
  const transport = createTransport({ server: base2, ...caPem ? { ca: caPem } : {}, ...env });
  try {
    const ep = await transport.endpoint();
    if (!ep.ok) return { discoveryUrl, reachable: false, failure: ep.failure };
    const ex = await transport.request("GET", DISCOVERY_PATH, {
      headers: { Accept: "application/json" }
    });
    if (!ex.ok) return { discoveryUrl, reachable: false, failure: ex.failure };
    if (ex.status !== 200) return { discoveryUrl, reachable: false, status: ex.status };
    let doc = {};
    try {
      doc = JSON.parse(ex.body.toString("utf8"));
    } catch {
      return { discoveryUrl, reachable: false, status: ex.status };
    }
    const documentIssuer = typeof doc.issuer === "string" ? doc.issuer : void 0;
    let tokenEndpoint;
    try {
      tokenEndpoint = new URL(String(doc.token_endpoint)).host;
    } catch {
      tokenEndpoint = void 0;
    }
    return {
      discoveryUrl,
      reachable: true,
      status: ex.status,
      ...documentIssuer !== void 0 && documentIssuer !== issuer ? { documentIssuer } : {},
      ...tokenEndpoint ? { tokenEndpoint } : {}
    };
  } finally {
    transport.close();
  }
}

// src/gather/cluster/outgoing.ts
var REMOVED_PROVIDERS = /* @__PURE__ */ new Set(["gcp", "azure"]);
function impersonation(t, headers) {
  const u = t.user?.value;
  if (!u?.as) return void 0;
  headers["Impersonate-User"] = u.as;
  if (u["as-uid"]) headers["Impersonate-Uid"] = u["as-uid"];
  const groups = u["as-groups"] ?? [];
  if (groups.length) headers["Impersonate-Group"] = groups;
  for (const [k, v] of Object.entries(u["as-user-extra"] ?? {})) {
    headers[`Impersonate-Extra-${encodeURIComponent(k)}`] = v;
  }
  return u.as;
}
function unusable(t, now) {
  const u = t.user?.value;
  if (!u) return void 0;
  const oidc = t.oidc;
  const exp = oidc?.from === "auth-provider" ? oidc.idToken?.expiresAt : void 0;
  if (exp && Date.parse(exp) <= now.getTime() && oidc?.refreshToken) {
    return `the OIDC id-token expired at ${exp}; kubectl would first refresh it at ${oidc.issuer} with the refresh-token, which the gate does not do (it would rotate your tokens)`;
  }
  const provider = u["auth-provider"]?.name;
  if (provider && REMOVED_PROVIDERS.has(provider))
    return `kubectl no longer has the "${provider}" auth-provider, so it cannot get a credential`;
  if (t.clientCert && !t.clientCert.ok) return `the client certificate ${t.clientCert.detail}`;
  if (t.clientKey && !t.clientKey.ok) return `the client key ${t.clientKey.detail}`;
  if (t.clientCert && !t.clientKey) return "a client certificate is set without its key";
  if (t.keyMatchesCert === false) return "the client key does not match the client certificate";
  if (t.tokenFile && !t.tokenFile.ok) return `the tokenFile ${t.tokenFile.detail}`;
  if (t.token && !t.token.ok) return `the token ${t.token.detail}`;
  return void 0;
}
function outgoing(t, wire, now) {
  const headers = {};
  const out = { sent: [], headers };
  const bad = unusable(t, now);
  if (bad) return { ...out, unusable: bad };
  const u = t.user?.value ?? {};
  const provider = u["auth-provider"];
  const idToken = provider?.name === "oidc" ? provider.config?.["id-token"] : void 0;
  const bearer = [
    ["tokenFile", wire.tokenFile],
    ["token", wire.token],
    ["auth-provider", idToken],
    ["exec", wire.execToken]
  ];
  const chosen = bearer.find(([, v]) => v);
  const execNeeded = Boolean(u.exec) && !chosen?.[1] && !wire.clientCert;
  if (execNeeded && t.exec && t.exec.outcome !== "ok") {
    return { ...out, unusable: `the exec plugin gave no credential (${t.exec.outcome})` };
  }
  if (chosen?.[1]) {
    headers.Authorization = `Bearer ${chosen[1]}`;
    out.sent.push("bearer-token");
    out.bearerSource = chosen[0];
  } else if (u.username || u.password) {
    const basic = Buffer.from(`${u.username ?? ""}:${u.password ?? ""}`).toString("base64");
    headers.Authorization = `Basic ${basic}`;
    out.sent.push("basic-auth");
  }
  const cert = wire.clientCert ?? wire.execCert;
  const key = wire.clientCert ? wire.clientKey : wire.execKey;
  if (cert && key) {
    out.cert = cert;
    out.key = key;
    out.sent.unshift("client-certificate");
  }
  const as = impersonation(t, headers);
  if (as) out.impersonating = as;
  return out;
}

// src/gather/cluster/index.ts
function skipped(why2) {
  return { skipped: why2, sent: [], access: [], calls: [] };
}
function recorder(transport, live, headers) {
  const answers = [];
  const failures = [];
  const call = async (method, path9, body, extra) => {
    const ex = await transport.request(method, path9, {
      headers: {
        Accept: "application/json",
        ...headers,
        ...body !== void 0 ? { "Content-Type": "application/json" } : {},
        ...extra
      },
      ...body !== void 0 ? { body: JSON.stringify(body) } : {}
    });
    const durationMs = Math.round(ex.durationMs);
    live.calls.push({ method, path: path9, ...ex.ok ? { status: ex.status } : {}, durationMs });
    if (!ex.ok) {
      failures.push(ex);
      return { ok: false };
    }
    const answer2 = ex;
    answers.push(answer2);
    return answer2;
  };
  return { call, answers, failures };
}
async function discover(call) {
  const docs = [];
  for (const path9 of ["/api", "/apis"]) {
    const a = await call("GET", path9, void 0, { Accept: DISCOVERY_ACCEPT });
    if (!a.ok || a.status !== 200) return void 0;
    try {
      docs.push(JSON.parse(a.body.toString("utf8")));
    } catch {
      return void 0;
    }
  }
  return docs.every(isAggregatedDiscovery) ? parseAggregatedDiscovery(docs) : void 0;
}
async function checkAccess(call, requirements, defaultNamespace) {
  if (requirements.length === 0) return [];
  const index = requirements.some(needsDiscovery) ? await discover(call) : void 0;
  return Promise.all(
    requirements.map(async (requirement) => {
      const resolved = resolveRequirement(requirement, {
        defaultNamespace,
        ...index ? { index } : {}
      });
      const answer2 = await accessReview(call, resolved.attributes);
      return { requirement, ...resolved, ...answer2 };
    })
  );
}
async function readAwsAuth(call) {
  const a = await call("GET", "/api/v1/namespaces/kube-system/configmaps/aws-auth");
  if (!a.ok || a.status === 401) return void 0;
  if (a.status === 404) return { status: "absent" };
  if (a.status !== 200) {
    const s = statusOf(a);
    return { status: "unreadable", code: s.code, ...s.message ? { message: s.message } : {} };
  }
  const data = JSON.parse(a.body.toString("utf8")).data;
  const strings = {};
  for (const [k, v] of Object.entries(data ?? {})) if (typeof v === "string") strings[k] = v;
  return { status: "read", data: strings };
}
async function gatherLive(t, wire, env, extras = {}) {
  const server = t.cluster?.value.server;
  if (!t.cluster) return skipped("the context names no usable cluster");
  if (!server) return skipped("the cluster has no server");
  try {
    if (!/^https?:$/.test(new URL(server).protocol))
      return skipped("the server URL is not http(s)");
  } catch {
    return skipped("the server URL is not valid");
  }
  const started = performance3.now();
  const out = outgoing(t, wire, env.env.now());
  const credential = out.headers.Authorization?.split(" ")[1];
  if (credential) env.secrets.add(credential);
  const live = {
    sent: out.sent,
    ...out.bearerSource ? { bearerSource: out.bearerSource } : {},
    ...out.impersonating ? { impersonating: out.impersonating } : {},
    ...out.unusable ? { unusable: out.unusable } : {},
    access: [],
    calls: []
  };
  const c = t.cluster.value;
  const transport = createTransport({
    server,
    ...wire.ca ? { ca: wire.ca } : {},
    insecure: c["insecure-skip-tls-verify"] === true,
    ...c["tls-server-name"] ? { serverName: c["tls-server-name"] } : {},
    ...out.cert && out.key ? { cert: out.cert, key: out.key } : {},
    ...c["proxy-url"] ? { proxyUrl: c["proxy-url"] } : {},
    env: env.env.env,
    deadline: env.deadline,
    signal: env.env.signal,
    now: env.env.now,
    userAgent: env.userAgent
  });
  try {
    const ep = await transport.endpoint();
    live.endpoint = ep.endpoint;
    if (!ep.ok) {
      live.transport = { ok: false, failure: ep.failure };
      return live;
    }
    const rec = recorder(transport, live, out.unusable ? {} : out.headers);
    const namespace = t.context?.value.namespace || "default";
    const [version, whoami, access, oidc, awsAuth] = await Promise.all([
      serverVersion(rec.call),
      out.unusable ? void 0 : whoAmI(rec.call),
      out.unusable ? [] : checkAccess(rec.call, env.requirements, namespace),
      t.oidc ? probeIssuer(t.oidc.issuer, wire.oidcCa, {
        env: env.env.env,
        deadline: env.deadline,
        signal: env.env.signal,
        now: env.env.now,
        userAgent: env.userAgent
      }) : void 0,
      extras.awsAuth && !out.unusable ? readAwsAuth(rec.call).catch(() => void 0) : void 0
    ]);
    if (oidc) live.oidc = oidc;
    if (awsAuth) live.awsAuth = awsAuth;
    if (version) live.version = version;
    if (whoami) live.whoami = whoami;
    live.access = access;
    const clock = clockFrom(rec.answers);
    if (clock) live.clock = clock;
    const first = rec.failures[0];
    live.transport = rec.answers.length > 0 || !first ? { ok: true } : { ok: false, failure: first.failure };
    const rejected = rec.answers.find((a) => a.ok && a.status === 401);
    if (rejected?.ok && !out.unusable) live.unauthorized = statusOf(rejected);
    return live;
  } finally {
    transport.close();
    const kubectl = await env.kubectl;
    if (kubectl) live.kubectl = kubectl;
    live.durationMs = Math.round(performance3.now() - started);
  }
}

// src/gather/exec.ts
import * as path5 from "node:path";
import { performance as performance4 } from "node:perf_hooks";

// src/gather/exec/causes.ts
var AADSTS = {
  "700016": "the application (client id) was not found in the tenant",
  "700024": "the federated (OIDC) token is expired or not yet valid",
  "70021": "no federated identity credential matches the GitHub OIDC token (issuer/subject)",
  "7000215": "the client secret is invalid",
  "7000222": "the client secret has expired",
  "50173": "the grant was revoked (password changed or session reset); sign in again",
  "50076": "multi-factor authentication is required, which a CI job cannot do",
  "50079": "multi-factor authentication enrolment is required, which a CI job cannot do"
};
var RULES = [
  {
    cause: "aws-sso-expired",
    test: /Error when retrieving token from sso: Token has expired and refresh failed|The SSO session associated with this profile has expired|Error loading SSO Token/i,
    detail: () => "The AWS SSO (IAM Identity Center) session has expired or was never started."
  },
  {
    cause: "aws-profile-missing",
    test: /The config profile \(([^)\n]*)\) could not be found/,
    detail: (m) => `The AWS CLI profile "${m[1]}" is not defined on this runner.`
  },
  {
    cause: "aws-expired-token",
    test: /ExpiredToken|security token included in the request is expired/,
    detail: () => "The AWS session credentials have expired (ExpiredToken)."
  },
  {
    cause: "aws-no-credentials",
    test: /Unable to locate credentials/,
    detail: () => "The AWS CLI found no credentials (Unable to locate credentials)."
  },
  {
    cause: "aws-assume-role-denied",
    test: /\(AccessDenied\)[^\n]*AssumeRole[^\n]*?(?:on resource: (arn:\S+))?$/m,
    detail: (m) => `Assuming the IAM role was denied (AccessDenied on sts:AssumeRole${m[1] ? ` for ${m[1]}` : ""}).`
  },
  {
    cause: "aws-invalid-keys",
    test: /InvalidClientTokenId|SignatureDoesNotMatch/,
    detail: (m) => `AWS rejected the access keys (${m[0]}): they are wrong, deleted or rotated.`
  },
  {
    cause: "gcloud-reauth",
    test: /Reauthentication required|reauth related error|invalid_grant/i,
    detail: () => "gcloud needs to re-authenticate: its stored login is no longer valid."
  },
  {
    cause: "gcloud-no-account",
    test: /You do not currently have an active account selected/,
    detail: () => "gcloud has no active account on this runner."
  },
  {
    cause: "azure-aadsts",
    test: /AADSTS(\d+)/,
    detail: (m) => {
      const code = m[1] ?? "";
      const meaning = AADSTS[code] ?? "Microsoft Entra ID refused the sign-in";
      return `Microsoft Entra ID error AADSTS${code}: ${meaning}.`;
    }
  },
  {
    cause: "kubectl-plugin-missing",
    test: /unknown command "([\w-]+)" for "kubectl"/,
    detail: (m) => `kubectl has no "${m[1]}" plugin on this runner.`
  }
];
function recogniseFailure(stderr) {
  for (const rule of RULES) {
    const m = stderr.match(rule.test);
    if (m) return { cause: rule.cause, detail: rule.detail(m) };
  }
  return void 0;
}
function stderrExcerpt(stderr) {
  const lines = stderr.replace(/\r\n?/g, "\n").trimEnd().split("\n").slice(-10);
  const text2 = lines.join("\n").trim();
  if (!text2) return void 0;
  return text2.length > 1e3 ? `\u2026${text2.slice(-999)}` : text2;
}

// src/gather/exec/info.ts
var EXEC_EXTENSION = "client.authentication.k8s.io/exec";
async function caData(cluster2, baseDir) {
  const data = cluster2["certificate-authority-data"];
  if (data) {
    const decoded = decodeStdBase64(data);
    return decoded.ok ? decoded.bytes.toString("base64") : void 0;
  }
  const file = cluster2["certificate-authority"];
  if (!file) return void 0;
  const read = await readMaterialFile(resolveAgainst(baseDir, file));
  return read.ok ? read.bytes.toString("base64") : void 0;
}
async function clusterInfo(cluster2, baseDir) {
  const c = cluster2.value;
  const ca = await caData(c, baseDir);
  const extension = (c.extensions ?? []).find((e) => e?.name === EXEC_EXTENSION);
  const info = { server: c.server ?? "" };
  if (c["tls-server-name"]) info["tls-server-name"] = c["tls-server-name"];
  if (c["insecure-skip-tls-verify"]) info["insecure-skip-tls-verify"] = true;
  if (ca) info["certificate-authority-data"] = ca;
  if (c["proxy-url"]) info["proxy-url"] = c["proxy-url"];
  if (c["disable-compression"]) info["disable-compression"] = true;
  if (extension?.extension !== void 0 && extension.extension !== null) {
    info.config = extension.extension;
  }
  return info;
}
async function buildExecInfo(apiVersion, provideClusterInfo, cluster2, baseDir) {
  const spec = {};
  if (provideClusterInfo && cluster2) spec.cluster = await clusterInfo(cluster2, baseDir);
  spec.interactive = false;
  return JSON.stringify({ kind: "ExecCredential", apiVersion, spec });
}

// src/gather/token.ts
import { createHash as createHash2 } from "node:crypto";

// src/gather/token/jwt.ts
var MAX_SECONDS = 253402300799;
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function segmentJson(name, segment) {
  if (segment === "") return { ok: false, detail: `the ${name} segment is empty` };
  const decoded = decodeBase64Url(segment, true);
  if (!decoded.ok)
    return { ok: false, detail: `the ${name} segment is not base64url: ${decoded.detail}` };
  try {
    return { ok: true, value: JSON.parse(decoded.bytes.toString("utf8")) };
  } catch (err) {
    return { ok: false, detail: `the ${name} segment is not JSON (${err.message})` };
  }
}
function describeJson(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "string")
    return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}\u2026` : v)}`;
  if (typeof v === "object") return "an object";
  return `${typeof v} ${String(v)}`;
}
function looksLikeJwt(text2) {
  if (text2.startsWith("eyJ")) return true;
  const parts = text2.split(".");
  if (parts.length !== 3 || !parts[0]) return false;
  const header = decodeBase64Url(parts[0], true);
  return header.ok && header.bytes.toString("utf8").trimStart().startsWith("{");
}
function numericDate(name, v, problems) {
  if (v === void 0 || v === null) return void 0;
  if (typeof v !== "number" || !Number.isFinite(v)) {
    problems.push(
      `claim "${name}" must be seconds since 1970 (a NumericDate), not ${describeJson(v)}`
    );
    return void 0;
  }
  if (v < 0 || v > MAX_SECONDS) {
    const ms = v > 1e12 ? " (it looks like milliseconds)" : "";
    problems.push(`claim "${name}" is ${v}, not a plausible time in seconds${ms}`);
    return void 0;
  }
  return new Date(Math.round(v * 1e3)).toISOString();
}
function stringClaim(name, v, problems) {
  if (v === void 0 || v === null) return void 0;
  if (typeof v === "string") return v;
  problems.push(`claim "${name}" must be a string, not ${describeJson(v)}`);
  return void 0;
}
function audience(v, problems) {
  if (v === void 0 || v === null) return void 0;
  if (typeof v === "string") return [v];
  if (Array.isArray(v) && v.every((a) => typeof a === "string")) return v;
  problems.push(`claim "aud" must be a string or an array of strings, not ${describeJson(v)}`);
  return void 0;
}
var text = (v) => typeof v === "string" && v ? v : void 0;
function serviceAccount2(claims) {
  const bound = claims["kubernetes.io"];
  if (isObject(bound)) {
    const sa = isObject(bound.serviceaccount) ? bound.serviceaccount : {};
    const namespace2 = text(bound.namespace);
    const name2 = text(sa.name);
    if (!namespace2 || !name2) return void 0;
    const uid2 = text(sa.uid);
    return { namespace: namespace2, name: name2, ...uid2 ? { uid: uid2 } : {}, bound: true };
  }
  const legacy = (k) => text(claims[`kubernetes.io/serviceaccount/${k}`]);
  const namespace = legacy("namespace");
  const name = legacy("service-account.name");
  if (!namespace || !name) return void 0;
  const uid = legacy("service-account.uid");
  const secretName = legacy("secret.name");
  return {
    namespace,
    name,
    ...uid ? { uid } : {},
    ...secretName ? { secretName } : {},
    bound: false
  };
}
function readClaims(claims, problems) {
  const fields = {};
  const iat = numericDate("iat", claims.iat, problems);
  const nbf = numericDate("nbf", claims.nbf, problems);
  const exp = numericDate("exp", claims.exp, problems);
  if (exp && iat && Date.parse(exp) <= Date.parse(iat)) {
    problems.push(`claim "exp" (${exp}) is not after "iat" (${iat})`);
  }
  if (exp && nbf && Date.parse(nbf) >= Date.parse(exp)) {
    problems.push(`claim "nbf" (${nbf}) is not before "exp" (${exp})`);
  }
  if (iat) fields.issuedAt = iat;
  if (nbf) fields.notBefore = nbf;
  if (exp) fields.expiresAt = exp;
  const iss = stringClaim("iss", claims.iss, problems);
  const sub = stringClaim("sub", claims.sub, problems);
  const aud = audience(claims.aud, problems);
  if (iss !== void 0) fields.issuer = iss;
  if (sub !== void 0) fields.subject = sub;
  if (aud) fields.audience = aud;
  const sa = serviceAccount2(claims);
  if (sa) fields.serviceAccount = sa;
  return fields;
}
function decodeJwt(text2) {
  const problems = [];
  const parts = text2.split(".");
  if (parts.length === 5) {
    problems.push(
      "has 5 dot-separated segments: it is an encrypted JWT (JWE), and Kubernetes accepts only signed JWTs (3 segments)"
    );
    return { fields: {}, problems };
  }
  if (parts.length !== 3) {
    problems.push(
      `has ${parts.length} dot-separated segment${parts.length === 1 ? "" : "s"}; a signed JWT has 3 (header.payload.signature)`
    );
    return { fields: {}, problems };
  }
  const [headerText = "", payloadText = "", signature = ""] = parts;
  const header = segmentJson("header", headerText);
  let alg;
  if (!header.ok) problems.push(header.detail);
  else if (!isObject(header.value))
    problems.push(`the header is ${describeJson(header.value)}, not a JSON object`);
  else if (typeof header.value.alg !== "string")
    problems.push('the header has no "alg" (signature algorithm)');
  else alg = header.value.alg;
  const payload = segmentJson("payload", payloadText);
  let fields = {};
  if (!payload.ok) problems.push(payload.detail);
  else if (!isObject(payload.value)) {
    problems.push(`the payload is ${describeJson(payload.value)}, not a JSON object of claims`);
  } else fields = readClaims(payload.value, problems);
  if (alg === "none" || signature === "") {
    problems.push(
      'it is unsigned (alg "none" or an empty signature), which the API server rejects'
    );
  } else {
    const sig = decodeBase64Url(signature, true);
    if (!sig.ok) problems.push(`the signature segment is not base64url: ${sig.detail}`);
  }
  return { fields, problems };
}

// src/gather/token.ts
var MAX_DECODE_BYTES = 64 * 1024;
var GO_SPACE = "\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
var IS_GO_SPACE = new RegExp(`[${GO_SPACE}]`);
function normalizeFileToken(text2) {
  let start = 0;
  let end = text2.length;
  while (start < end && IS_GO_SPACE.test(text2[start])) start++;
  while (end > start && IS_GO_SPACE.test(text2[end - 1])) end--;
  return text2.slice(start, end);
}
function tokenFingerprint(raw) {
  return createHash2("sha256").update(raw, "utf8").digest("hex").slice(0, 16);
}
function headerProblems(raw) {
  if (raw === "") return ["the token is empty"];
  const problems = [];
  const ctl = indexWhere(raw, (c) => isControl(c, true));
  if (ctl >= 0) {
    const what = raw[ctl] === "\n" || raw[ctl] === "\r" ? "a line break" : "a control character";
    problems.push(
      `it contains ${what} (${codePoint(raw.charCodeAt(ctl))}) at position ${ctl}: Go's HTTP client refuses to send it (\`net/http: invalid header field value for "Authorization"\`)`
    );
  }
  if (/^[ \t]/.test(raw)) {
    problems.push(
      'it starts with whitespace: the API server splits "Bearer <token>" on spaces, finds an empty token and does not authenticate the request (it runs as system:anonymous, or gets 401)'
    );
  }
  const inner = trimEndOf(raw, " 	").slice(1).search(/[ \t]/);
  if (inner >= 0) {
    problems.push(
      `it contains whitespace at position ${inner + 1}: the API server keeps only the part before it, so authentication fails (401)`
    );
  }
  const wide = indexWhere(raw, (c) => c > 127);
  if (wide >= 0) {
    const ch = raw.codePointAt(wide) ?? 0;
    const name = ch === 65279 ? " (a byte-order mark)" : ch >= 8203 && ch <= 8205 ? " (a zero-width space)" : "";
    problems.push(
      `it contains the non-ASCII character ${codePoint(ch)}${name} at position ${wide}: tokens are ASCII, so it cannot match`
    );
  }
  return problems;
}
function formatOf(core) {
  if (core.startsWith(EKS_PREFIX)) return "eks";
  return looksLikeJwt(core) ? "jwt" : "opaque";
}
function decodeBody(facts, core, secrets, problems) {
  if (facts.format === "jwt") {
    const jwt = decodeJwt(core);
    Object.assign(facts, jwt.fields);
    problems.push(...jwt.problems);
  } else if (facts.format === "eks") {
    const eks = decodeEksToken(core, secrets);
    if (!eks.ok) {
      problems.push(eks.malformed);
      return;
    }
    facts.eks = eks.eks;
    if (eks.eks.signedAt) {
      const signed = Date.parse(eks.eks.signedAt);
      facts.issuedAt = eks.eks.signedAt;
      facts.notBefore = eks.eks.signedAt;
      facts.expiresAt = new Date(signed + EKS_TOKEN_LIFETIME_SECONDS * 1e3).toISOString();
    }
  }
}
function describeToken(raw, secrets) {
  secrets.add(raw);
  const length = Buffer.byteLength(raw, "utf8");
  const core = normalizeFileToken(raw).replace(/^\ufeff/, "");
  const facts = { format: formatOf(core), fingerprint: tokenFingerprint(raw), length };
  const problems = headerProblems(raw);
  if (length > MAX_DECODE_BYTES) {
    problems.push(
      `the token is ${length} bytes, over the ${MAX_DECODE_BYTES / 1024} KiB decoding limit, so it was not decoded (was a whole file pasted in place of the token?)`
    );
  } else {
    try {
      decodeBody(facts, core, secrets, problems);
    } catch (err) {
      problems.push(`it could not be decoded (${err.message})`);
    }
  }
  if (problems.length > 0) facts.malformed = problems.join("; ");
  return facts;
}

// src/gather/exec/output.ts
var RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
function invalid3(detail, cause) {
  return { outcome: "invalid-output", detail, ...cause ? { cause } : {} };
}
var CREDENTIAL_LIKE = [
  /^k8s-aws-v1\.[\w-]+$/,
  /^[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,}$/,
  /^[A-Za-z0-9+/_=-]{32,}$/
];
function maskWords(text2, secrets) {
  for (const word of text2.split(/[\s|"',:;{}[\]]+/)) {
    if (CREDENTIAL_LIKE.some((re) => re.test(word))) secrets.add(word);
  }
}
var AWS_RENDERINGS = [
  /^(\S+\t)?ExecCredential(\t\S+)?$/m,
  /^STATUS\t/m,
  /^\|+\s*(apiVersion|kind|expirationTimestamp|token)\s*\|/m,
  /^kind:\s*ExecCredential\s*$/m
];
function notJson(text2) {
  if (AWS_RENDERINGS.some((re) => re.test(text2))) {
    return invalid3(
      "decoding stdout: the AWS CLI printed text/table output: set `--output json` in args or AWS_DEFAULT_OUTPUT=json in exec env",
      "aws-text-output"
    );
  }
  const brace = text2.indexOf("{");
  if (brace > 0) {
    try {
      JSON.parse(text2.slice(brace));
      return invalid3(
        `decoding stdout: ${brace} bytes of other text come before the JSON ExecCredential; the plugin must print logs to stderr, not stdout`
      );
    } catch {
    }
  }
  return invalid3(
    `decoding stdout: the plugin printed ${Buffer.byteLength(text2)} bytes that are not JSON`
  );
}
function shown(v) {
  if (typeof v === "string")
    return /^[A-Za-z0-9._/-]{0,48}$/.test(v) ? v : `<a string of ${v.length} characters>`;
  if (v === null || typeof v === "number" || typeof v === "boolean") return String(v);
  return Array.isArray(v) ? "<a list>" : "<an object>";
}
function str2(v) {
  return typeof v === "string" ? v : void 0;
}
function registerStdoutSecrets(stdout, secrets) {
  const text2 = stdout.toString("utf8");
  let status;
  try {
    status = JSON.parse(text2)?.status;
  } catch {
    status = void 0;
  }
  if (typeof status !== "object" || status === null || Array.isArray(status)) {
    return maskWords(text2, secrets);
  }
  for (const field2 of ["token", "clientKeyData"]) {
    const value = status[field2];
    if (typeof value === "string") secrets.add(value);
    else if (value !== void 0) maskWords(JSON.stringify(value), secrets);
  }
}
function rawCredential(stdout) {
  try {
    const status = JSON.parse(stdout.toString("utf8")).status;
    return {
      ...str2(status?.token) ? { token: str2(status?.token) } : {},
      ...str2(status?.clientCertificateData) ? { cert: str2(status?.clientCertificateData) } : {},
      ...str2(status?.clientKeyData) ? { key: str2(status?.clientKeyData) } : {}
    };
  } catch {
    return {};
  }
}
function interpretOutput(stdout, overflow, apiVersion, origin, secrets) {
  registerStdoutSecrets(stdout, secrets);
  const text2 = stdout.toString("utf8");
  if (overflow) {
    return invalid3("decoding stdout: the plugin printed more than 1 MiB on stdout");
  }
  if (!text2.trim()) return invalid3("decoding stdout: the plugin printed nothing on stdout");
  let doc;
  try {
    doc = JSON.parse(text2);
  } catch {
    return notJson(text2);
  }
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) {
    return invalid3(
      `decoding stdout: expected a JSON object, got ${Array.isArray(doc) ? "an array" : typeof doc}`
    );
  }
  const cred = doc;
  const status = cred.status;
  const isObject2 = typeof status === "object" && status !== null && !Array.isArray(status);
  if (cred.kind === void 0) return invalid3("decoding stdout: Object 'Kind' is missing");
  if (cred.kind !== "ExecCredential") {
    return invalid3(`decoding stdout: kind is "${shown(cred.kind)}", expected "ExecCredential"`);
  }
  if (cred.apiVersion !== apiVersion) {
    return invalid3(
      `exec plugin is configured to use API version ${apiVersion}, plugin returned version ${shown(cred.apiVersion ?? "")}`
    );
  }
  if (!isObject2) return invalid3("exec plugin didn't return a status field");
  for (const field2 of ["token", "clientCertificateData", "clientKeyData", "expirationTimestamp"]) {
    const v = status[field2];
    if (v !== void 0 && v !== null && typeof v !== "string") {
      return invalid3(`decoding stdout: status.${field2} must be a string, not ${typeof v}`);
    }
  }
  const token = str2(status.token) ?? "";
  const certPem = str2(status.clientCertificateData) ?? "";
  const keyPem = str2(status.clientKeyData) ?? "";
  const expiry = str2(status.expirationTimestamp) ?? "";
  if (expiry && (!RFC3339.test(expiry) || Number.isNaN(Date.parse(expiry)))) {
    return invalid3(
      `decoding stdout: status.expirationTimestamp "${expiry}" is not an RFC 3339 time`
    );
  }
  if (!token && !certPem && !keyPem) {
    return invalid3("exec plugin didn't return a token or cert/key pair");
  }
  if (!certPem !== !keyPem)
    return invalid3("exec plugin returned only certificate or key, not both");
  return describeCredential(token, certPem, keyPem, expiry, origin, secrets);
}
function describeCredential(token, certPem, keyPem, expiry, origin, secrets) {
  const credential = {};
  if (expiry) credential.expirationTimestamp = new Date(expiry).toISOString();
  if (token) credential.token = describeToken(token, secrets);
  if (!certPem) return { outcome: "ok", credential };
  const source = { field: "exec", kind: "exec", origin };
  const certs2 = parseCertificates(certPem);
  const key = parsePrivateKey(keyPem);
  credential.clientCert = certs2.ok ? { ok: true, value: certs2.certs, source } : { ok: false, problem: certs2.problem, detail: certs2.detail, source };
  credential.clientKey = key.ok ? { ok: true, value: { keyType: key.keyType }, source } : { ok: false, problem: key.problem, detail: key.detail, source };
  if (!certs2.ok || !key.ok) {
    const why2 = !certs2.ok ? `certificate ${certs2.detail}` : `key ${key.ok ? "" : key.detail}`;
    return {
      outcome: "invalid-output",
      detail: `failed parsing client key/certificate: ${why2}`,
      credential
    };
  }
  const matches = keyMatchesCertificate(certPem, key.key);
  if (matches !== void 0) credential.keyMatchesCert = matches;
  if (matches === false) {
    return {
      outcome: "invalid-output",
      detail: "failed parsing client key/certificate: tls: private key does not match public key",
      credential
    };
  }
  return { outcome: "ok", credential };
}

// src/gather/exec/validate.ts
var EXEC_V1 = "client.authentication.k8s.io/v1";
var EXEC_V1BETA1 = "client.authentication.k8s.io/v1beta1";
var EXEC_V1ALPHA1 = "client.authentication.k8s.io/v1alpha1";
var MODES = /* @__PURE__ */ new Set(["Never", "IfAvailable", "Always"]);
function effectiveInteractiveMode(cfg) {
  if (cfg.interactiveMode) return cfg.interactiveMode;
  if (cfg.apiVersion === EXEC_V1BETA1 || cfg.apiVersion === EXEC_V1ALPHA1) return "IfAvailable";
  return void 0;
}
function validateExecConfig(userName, cfg) {
  const suffix = `for ${userName} to use exec authentication plugin`;
  const problems = [];
  if (!cfg.command) problems.push(`command must be specified ${suffix}`);
  if (!cfg.apiVersion) problems.push(`apiVersion must be specified ${suffix}`);
  if ((cfg.env ?? []).some((v) => !v?.name)) {
    problems.push(`env variable name must be specified ${suffix}`);
  }
  const mode = effectiveInteractiveMode(cfg);
  if (!mode) problems.push(`interactiveMode must be specified ${suffix}`);
  else if (!MODES.has(mode)) problems.push(`invalid interactiveMode for ${userName}: "${mode}"`);
  const version = cfg.apiVersion;
  const versionProblem = version && version !== EXEC_V1 && version !== EXEC_V1BETA1 ? `exec plugin: invalid apiVersion "${version}"` : void 0;
  if (problems.length > 0) {
    return {
      ok: false,
      outcome: "not-run",
      detail: [...problems, ...versionProblem ? [versionProblem] : []].join("; ")
    };
  }
  if (versionProblem) {
    const outcome = version === EXEC_V1ALPHA1 ? "api-version-removed" : "not-run";
    return { ok: false, outcome, detail: versionProblem };
  }
  if (mode === "Always") {
    return {
      ok: false,
      outcome: "interactive-required",
      detail: "exec plugin cannot support interactive mode: standard input is not a terminal"
    };
  }
  return { ok: true, interactiveMode: mode };
}
function stripControlChars(text2) {
  return text2.replace(/\u001b\][^\u0007\u001b]*(\u0007|\u001b\\)?/g, "").replace(/\u001b\[[0-?]*[ -/]*[@-~]/g, "").replace(/\u001b[@-_]?/g, "").replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "").trim();
}

// src/gather/exec.ts
function secretArgs(args) {
  const out = [];
  const flag = /^--?([\w-]*(secret|password|passwd)[\w-]*|token|api-key|access-key)$/i;
  args.forEach((arg, i) => {
    const eq = arg.indexOf("=");
    if (eq > 0 && flag.test(arg.slice(0, eq))) out.push(arg.slice(eq + 1));
    else if (flag.test(arg) && i + 1 < args.length) out.push(args[i + 1]);
  });
  return out;
}
function clusterDir(cluster2, user, baseDir, env) {
  const file = cluster2.origin.file;
  if (file === user.origin.file) return baseDir;
  return path5.isAbsolute(file) ? path5.dirname(file) : env.cwd;
}
function execOrigin(user) {
  const line = user.fieldLines.exec ?? user.origin.line;
  return { file: user.origin.file, ...line ? { line } : {} };
}
async function runExecPlugin(user, cluster2, baseDir, env, secrets, wire = {}, onSpawn) {
  const cfg = user.value.exec ?? {};
  const entries2 = Array.isArray(cfg.env) ? cfg.env : [];
  for (const e of entries2) {
    if (typeof e?.value === "string" && !PLAIN_EXEC_ENV.has(e.name)) secrets.add(e.value);
  }
  const args = Array.isArray(cfg.args) ? cfg.args.map(String) : [];
  for (const value of secretArgs(args)) secrets.add(value);
  const mode = effectiveInteractiveMode(cfg);
  const facts = {
    command: cfg.command ?? "",
    args: args.map((a) => secrets.scrub(a)),
    ...cfg.apiVersion ? { apiVersion: cfg.apiVersion } : {},
    ...mode ? { interactiveMode: mode } : {},
    ...cfg.installHint ? { installHint: stripControlChars(cfg.installHint) } : {},
    outcome: "not-run",
    envNames: entries2.map((e) => e?.name ?? "").filter(Boolean),
    origin: execOrigin(user)
  };
  try {
    const result = await run(facts, user, cluster2, baseDir, env, secrets, onSpawn);
    if (result.facts.outcome === "ok" && result.stdout) {
      const raw = rawCredential(result.stdout);
      if (raw.token) wire.execToken = raw.token;
      if (raw.cert) wire.execCert = raw.cert;
      if (raw.key) wire.execKey = raw.key;
    }
    return result.facts;
  } catch (err) {
    return {
      ...facts,
      outcome: "failed",
      detail: secrets.scrub(`exec: ${err.message}`)
    };
  }
}
async function run(facts, user, cluster2, baseDir, env, secrets, onSpawn) {
  const cfg = user.value.exec ?? {};
  const plan = validateExecConfig(user.name, cfg);
  if (!plan.ok) return { facts: { ...facts, outcome: plan.outcome, detail: plan.detail } };
  const resolved = await resolveCommand(facts.command, baseDir, env.env.PATH);
  if (resolved.path) facts.resolvedPath = resolved.path;
  if (!resolved.ok) return { facts: { ...facts, outcome: "not-found", detail: resolved.detail } };
  const apiVersion = cfg.apiVersion;
  const dir = cluster2 ? clusterDir(cluster2, user, baseDir, env) : baseDir;
  const info = await buildExecInfo(apiVersion, cfg.provideClusterInfo === true, cluster2, dir);
  const childEnv = {};
  for (const [k, v] of Object.entries(env.env)) if (v !== void 0) childEnv[k] = v;
  for (const e of cfg.env ?? []) if (e?.name) childEnv[e.name] = String(e.value ?? "");
  childEnv.KUBERNETES_EXEC_INFO = info;
  if (env.signal.aborted || env.deadline <= Date.now()) {
    const detail = "the plugin was not started: the run was cancelled or its time budget is spent";
    return { facts: { ...facts, outcome: "timeout", detail } };
  }
  const started = performance4.now();
  const result = await runBounded({
    file: resolved.path,
    args: Array.isArray(cfg.args) ? cfg.args.map(String) : [],
    env: childEnv,
    cwd: env.cwd,
    deadline: env.deadline,
    signal: env.signal,
    ...onSpawn ? { onSpawn } : {}
  });
  facts.durationMs = Math.round(performance4.now() - started);
  return {
    facts: judge(facts, result, apiVersion, secrets),
    ...result.kind === "exited" ? { stdout: result.stdout } : {}
  };
}
function judge(facts, result, apiVersion, secrets) {
  if (result.kind === "spawn-error") {
    const missing = result.code === "ENOENT" || result.code === "EACCES";
    const detail = missing ? `exec: executable ${facts.command} not found (${result.code})` : `exec: ${result.message}`;
    return { ...facts, outcome: missing ? "not-found" : "failed", detail: secrets.scrub(detail) };
  }
  if (result.kind === "timeout") {
    const why2 = result.reason === "aborted" ? "the run was cancelled" : "the run's time budget ran out";
    const excerpt2 = stderrExcerpt(stripControlChars(secrets.scrub(result.stderr)));
    return {
      ...facts,
      outcome: "timeout",
      detail: `the plugin did not finish before ${why2}; it was stopped (SIGTERM, then SIGKILL)`,
      ...excerpt2 ? { stderrExcerpt: excerpt2 } : {}
    };
  }
  const exited = {
    ...facts,
    ...result.code !== null ? { exitCode: result.code } : {},
    ...result.signal ? { signal: result.signal } : {}
  };
  const ok = result.code === 0;
  registerStdoutSecrets(result.stdout, secrets);
  const output = ok ? interpretOutput(result.stdout, result.stdoutOverflow, apiVersion, facts.origin, secrets) : void 0;
  const stderr = stripControlChars(secrets.scrub(result.stderr));
  const excerpt = stderrExcerpt(stderr);
  const withExcerpt = { ...exited, ...excerpt ? { stderrExcerpt: excerpt } : {} };
  if (!ok) {
    const recognised = recogniseFailure(stderr);
    const base2 = `exec: executable ${facts.command} failed with exit code ${result.code ?? -1}`;
    const how = result.signal ? ` (killed by ${result.signal})` : "";
    return {
      ...withExcerpt,
      outcome: "failed",
      detail: recognised ? `${base2}${how}. ${recognised.detail}` : `${base2}${how}`,
      ...recognised ? { cause: recognised.cause } : {}
    };
  }
  if (result.stdoutHeldOpen) {
    return {
      ...withExcerpt,
      outcome: "timeout",
      cause: "stdout-held-open",
      detail: "the plugin exited, but a process it started kept stdout open; kubectl waits for stdout to close, so it would hang"
    };
  }
  const out = output;
  return {
    ...withExcerpt,
    outcome: out.outcome,
    ...out.detail ? { detail: out.detail } : {},
    ...out.cause ? { cause: out.cause } : {},
    ...out.credential ? { credential: out.credential } : {}
  };
}

// src/gather/materials.ts
var PLACEHOLDERS3 = /* @__PURE__ */ new Set(["REDACTED", "DATA+OMITTED"]);
function fieldSource(entry, field2, kind, path9) {
  const line = entry.fieldLines[field2] ?? entry.origin.line;
  return {
    field: field2,
    kind,
    ...path9 ? { path: path9 } : {},
    origin: { file: entry.origin.file, ...line ? { line } : {} }
  };
}
async function readRaw(entry, values, dataField, fileField, dir, secret) {
  const data = values[dataField];
  if (typeof data === "string" && data !== "") {
    const source = fieldSource(entry, dataField, "data");
    if (PLACEHOLDERS3.has(data.trim()))
      return {
        ok: false,
        problem: "redacted",
        detail: `is the placeholder "${data.trim()}"`,
        source
      };
    const decoded = decodeStdBase64(data);
    if (!decoded.ok) return { ok: false, problem: "bad-base64", detail: decoded.detail, source };
    const text2 = decoded.bytes.toString("latin1");
    secret(text2);
    return { ok: true, text: text2, source };
  }
  const file = values[fileField];
  if (typeof file === "string" && file !== "") {
    const abs = resolveAgainst(dir, file);
    const source = fieldSource(entry, fileField, "file", abs);
    const read = await readMaterialFile(abs);
    if (!read.ok)
      return { ok: false, problem: "unreadable", detail: `${abs} ${read.detail}`, source };
    const text2 = read.bytes.toString("latin1");
    secret(text2);
    return { ok: true, text: text2, source };
  }
  return void 0;
}
function isDoubleBase64(text2) {
  const t = text2.trim();
  return /^[A-Za-z0-9+/=\r\n]+$/.test(t) && Buffer.from(t, "base64").toString("latin1").includes("-----BEGIN");
}
function looksLikeDer(text2) {
  return text2.charCodeAt(0) === 48 && !text2.includes("-----BEGIN");
}
function certs(raw) {
  if (!raw || !raw.ok) return raw;
  const parsed = parseCertificates(raw.text);
  if (parsed.ok) return { ok: true, value: parsed.certs, source: raw.source };
  return {
    ok: false,
    problem: parsed.problem,
    detail: hint2(raw.text, parsed.detail),
    source: raw.source
  };
}
function hint2(text2, detail) {
  if (isDoubleBase64(text2))
    return `${detail}; the value is base64-encoded twice (decode it once more)`;
  if (looksLikeDer(text2))
    return `${detail}; it looks like DER: convert it with \`openssl x509 -inform der -outform pem\``;
  return detail;
}
async function loadCluster(t, cluster2, dir, wire) {
  const values = cluster2.value;
  const raw = await readRaw(
    cluster2,
    values,
    "certificate-authority-data",
    "certificate-authority",
    dir,
    () => {
    }
  );
  if (raw?.ok) wire.ca = raw.text;
  t.ca = certs(raw);
}
async function loadUser(t, user, dir, secrets, wire) {
  const values = user.value;
  const certRaw = await readRaw(
    user,
    values,
    "client-certificate-data",
    "client-certificate",
    dir,
    () => {
    }
  );
  const keyRaw = await readRaw(user, values, "client-key-data", "client-key", dir, secrets.add);
  t.clientCert = certs(certRaw);
  if (certRaw?.ok) wire.clientCert = certRaw.text;
  if (keyRaw?.ok) wire.clientKey = keyRaw.text;
  if (keyRaw && keyRaw.ok) {
    const key = parsePrivateKey(keyRaw.text);
    t.clientKey = key.ok ? { ok: true, value: { keyType: key.keyType }, source: keyRaw.source } : {
      ok: false,
      problem: key.problem,
      detail: hint2(keyRaw.text, key.detail),
      source: keyRaw.source
    };
    if (key.ok && certRaw?.ok && t.clientCert?.ok)
      t.keyMatchesCert = keyMatchesCertificate(certRaw.text, key.key);
  } else if (keyRaw) {
    t.clientKey = keyRaw;
  }
  if (typeof user.value.token === "string" && user.value.token !== "") {
    const source = fieldSource(user, "token", "data");
    if (!PLACEHOLDERS3.has(user.value.token.trim())) wire.token = user.value.token;
    t.token = PLACEHOLDERS3.has(user.value.token.trim()) ? {
      ok: false,
      problem: "redacted",
      detail: `is the placeholder "${user.value.token.trim()}"`,
      source
    } : { ok: true, value: describeToken(user.value.token, secrets), source };
  }
  if (typeof user.value.tokenFile === "string" && user.value.tokenFile !== "") {
    const abs = resolveAgainst(dir, user.value.tokenFile);
    const source = fieldSource(user, "tokenFile", "file", abs);
    const read = await readMaterialFile(abs);
    t.tokenFile = read.ok ? tokenFromFile(read.bytes.toString("utf8"), source, secrets) : { ok: false, problem: "unreadable", detail: `${abs} ${read.detail}`, source };
    if (read.ok && t.tokenFile.ok) wire.tokenFile = normalizeFileToken(read.bytes.toString("utf8"));
  }
}
function tokenFromFile(text2, source, secrets) {
  secrets.add(text2);
  const token = normalizeFileToken(text2);
  if (token === "")
    return { ok: false, problem: "empty", detail: `${source.path} is empty`, source };
  return { ok: true, value: describeToken(token, secrets), source };
}
async function loadMaterials(t, dirOf, secrets, wire = {}) {
  const jobs = [];
  if (t.cluster) jobs.push(loadCluster(t, t.cluster, dirOf(t.cluster.origin.file), wire));
  if (t.user) jobs.push(loadUser(t, t.user, dirOf(t.user.origin.file), secrets, wire));
  await Promise.all(jobs);
}

// src/gather/oidc.ts
function oidcIssuer(token) {
  const iss = token?.issuer;
  if (!iss || token?.serviceAccount || !/^https:\/\//i.test(iss)) return void 0;
  return iss;
}
async function caFrom(data, file, dir) {
  if (data) {
    const decoded = decodeStdBase64(data);
    return decoded.ok ? decoded.bytes.toString("latin1") : void 0;
  }
  if (!file) return void 0;
  const read = await readMaterialFile(resolveAgainst(dir, file));
  return read.ok ? read.bytes.toString("latin1") : void 0;
}
async function oidcSetup(t, dir, secrets) {
  const provider = t.user?.value["auth-provider"];
  if (provider?.name === "oidc") {
    const c = provider.config ?? {};
    const issuer2 = c["idp-issuer-url"] ?? "";
    if (!issuer2) return void 0;
    const caPem = await caFrom(
      c["idp-certificate-authority-data"],
      c["idp-certificate-authority"],
      dir
    );
    const idToken = c["id-token"] ? describeToken(c["id-token"], secrets) : void 0;
    return {
      config: {
        issuer: issuer2,
        from: "auth-provider",
        ...c["client-id"] ? { clientId: c["client-id"] } : {},
        ...idToken ? { idToken } : {},
        refreshToken: Boolean(c["refresh-token"])
      },
      ...caPem ? { caPem } : {}
    };
  }
  const args = t.exec?.args ?? [];
  const argIssuer = flagValue(args, "--oidc-issuer-url");
  if (argIssuer) {
    const clientId = flagValue(args, "--oidc-client-id");
    const caPem = await caFrom(
      flagValue(args, "--certificate-authority-data"),
      flagValue(args, "--certificate-authority"),
      dir
    );
    return {
      config: {
        issuer: argIssuer,
        from: "exec-args",
        ...clientId ? { clientId } : {},
        refreshToken: false
      },
      ...caPem ? { caPem } : {}
    };
  }
  const token = [t.tokenFile, t.token].find((l) => l?.ok);
  const jwt = token?.ok ? token.value : t.exec?.credential?.token;
  const issuer = oidcIssuer(jwt);
  return issuer ? { config: { issuer, from: "token", refreshToken: false } } : void 0;
}

// src/gather/target.ts
function execEnv(env) {
  const grace = Math.min(KILL_GRACE_MS, Math.max(0, env.deadline - Date.now()) / 2);
  return { ...env, deadline: env.deadline - grace };
}
function awsTarget(t, config) {
  if (config.aws === "false") return void 0;
  const eks = detectEks(t, {
    ...config.eksCluster ? { cluster: config.eksCluster } : {},
    ...config.awsRegion ? { region: config.awsRegion } : {}
  });
  if (eks || config.aws === "auto") return eks;
  return { authenticator: "other", signals: ["the aws input is true"] };
}
function clusterToken(t, wire) {
  if (wire.execToken?.startsWith(EKS_PREFIX)) return { value: wire.execToken, from: "exec" };
  const staticToken = [t.token, t.tokenFile].some((l) => l?.ok && l.value.format === "eks");
  return staticToken && wire.token ? { value: wire.token, from: "static" } : void 0;
}
async function gatherTarget(t, o) {
  const { env, secrets, live, config } = o;
  const wire = {};
  const user = t.user;
  let spawned = () => {
  };
  const started = new Promise((resolve5) => spawned = resolve5);
  const plugin = user?.value.exec ? runExecPlugin(
    user,
    t.cluster,
    o.dirOf(user.origin.file),
    execEnv(env),
    secrets,
    wire,
    spawned
  ).then((exec) => {
    t.exec = exec;
  }) : void 0;
  plugin?.catch(() => {
  });
  if (plugin) await Promise.race([started, plugin.catch(() => {
  })]);
  env.started?.();
  await loadMaterials(t, o.dirOf, secrets, wire);
  const eks = awsTarget(t, config);
  const aws = (token) => eks && live ? gatherAws(eks, {
    env: env.env,
    secrets,
    deadline: live.deadline,
    now: () => env.now().getTime(),
    ...config.awsRegion ? { region: config.awsRegion } : {},
    token
  }) : void 0;
  const liveOf = (w) => live ? gatherLive(t, w, live, { awsAuth: Boolean(eks) }) : void 0;
  const guess = eks && live && plugin ? speculate(t, eks, env.env, env.now()) : void 0;
  if (guess) [guess.token, guess.url].forEach(secrets.add);
  const early = guess ? Promise.all([
    liveOf({ ...wire, execToken: guess.token }),
    aws(Promise.resolve({ value: guess.token, from: "exec" }))
  ]) : void 0;
  early?.catch(() => {
  });
  let tokenKnown = () => {
  };
  const awsLater = guess ? void 0 : aws(new Promise((resolve5) => tokenKnown = resolve5));
  try {
    await plugin;
    trustStsEndpoint(t, env.env);
  } finally {
    tokenKnown(clusterToken(t, wire));
  }
  const oidc = await oidcSetup(t, o.dirOf(t.user?.origin.file ?? "<input>"), secrets);
  if (oidc) {
    t.oidc = oidc.config;
    if (oidc.caPem) wire.oidcCa = oidc.caPem;
  }
  const cert = wire.clientCert ?? wire.execCert;
  const issued = cert && wire.ca ? issuedByBundle(cert, wire.ca) : void 0;
  if (issued !== void 0) t.clientCertIssuedByCa = issued;
  let remote;
  const signedAt = t.exec?.credential?.token?.eks?.signedAt;
  const confirmed = guess && !oidc && t.exec?.outcome === "ok" && guess.confirmedBy(wire.execToken, signedAt);
  if (confirmed) {
    remote = await early;
  } else {
    const token = Promise.resolve(clusterToken(t, wire));
    remote = await Promise.all([liveOf(wire), awsLater ?? aws(token)]);
    await early?.catch(() => void 0);
  }
  const [liveFacts, awsFacts] = remote;
  t.live = liveFacts ?? { skipped: "offline", sent: [], access: [], calls: [] };
  if (eks) t.aws = awsFacts ?? { eks, skipped: "offline: AWS was not asked" };
}

// src/gather/index.ts
function emptySecretReason(env) {
  const event = env.GITHUB_EVENT_NAME ?? "";
  const actor = env.GITHUB_ACTOR ?? "";
  if (/dependabot/i.test(actor)) {
    return "This run was triggered by Dependabot, whose workflows get Dependabot secrets, not Actions secrets.";
  }
  if (event === "pull_request" || event === "pull_request_review" || event === "pull_request_target") {
    return `This run was triggered by ${event}; secrets are not passed to workflows from forked repositories.`;
  }
  return void 0;
}
var PROXY_VARIABLES = [
  "HTTPS_PROXY",
  "https_proxy",
  "HTTP_PROXY",
  "http_proxy",
  "NO_PROXY",
  "no_proxy"
];
function runnerFacts(env) {
  const kind = env.RUNNER_ENVIRONMENT;
  return {
    ...kind === "github-hosted" || kind === "self-hosted" ? { environment: kind } : {},
    proxyVariables: PROXY_VARIABLES.filter((v) => env[v])
  };
}
function liveDeadline(env) {
  const left = Math.max(0, env.deadline - Date.now());
  return env.deadline - Math.min(500, left * 0.1);
}
async function gather(config, env, secrets, early = {}) {
  const now = env.now();
  const kubectl = config.offline ? void 0 : early.kubectl ?? kubectlVersion({ ...env, deadline: liveDeadline(env) });
  const spec = interpretKubeconfigInput(config.kubeconfig);
  const emptyReason = spec.kind === "empty" ? emptySecretReason(env.env) : void 0;
  const input = {
    emptyKubeconfig: spec.kind === "empty",
    ...emptyReason ? { emptyReason } : {}
  };
  const kubeconfig = await loadKubeconfig(spec, env, secrets);
  const dirs = new Map(kubeconfig.files.map((f) => [f.path, f.dir]));
  const dirOf = (file) => dirs.get(file) ?? (file === "<input>" ? env.cwd : path6.dirname(file));
  const audit = config.mode === "audit";
  const targets = audit ? auditTargets(kubeconfig, config.contexts, config.contextPrefix) : selectTargets(kubeconfig, config.context);
  const live = config.offline || targets.length === 0 ? void 0 : {
    env,
    secrets,
    requirements: config.requirements,
    userAgent: `kube-preflight/${VERSION}`,
    deadline: liveDeadline(env),
    kubectl: kubectl ?? Promise.resolve(void 0)
  };
  await inPool(
    targets,
    audit ? config.concurrency : targets.length || 1,
    (t) => gatherTarget(t, { env, secrets, dirOf, live, config })
  );
  return {
    now,
    settings: {
      minValiditySeconds: config.minValiditySeconds,
      warnWithinSeconds: config.warnWithinSeconds,
      offline: config.offline,
      requirements: config.requirements,
      expectIdentity: config.expectIdentity
    },
    runner: runnerFacts(env.env),
    input,
    ...audit ? { audit: { contexts: config.contexts } } : {},
    ...config.context ? { requestedContext: config.context } : {},
    kubeconfig,
    targets,
    ...config.policy ? { policy: config.policy } : {}
  };
}

// src/gather/kubeconfig/audit-files.ts
import * as fs4 from "node:fs";
import * as path7 from "node:path";
var GLOB_BOUNDS = { entries: 1e5, files: 1e4, depth: 12 };
var GLOB = /[*?]/;
function auditEntries(raw, delimiter3 = path7.delimiter) {
  const text2 = raw?.trim();
  if (!text2 || text2 === "auto" || looksLikeKubeconfigText(text2)) return void 0;
  const entries2 = text2.split(/\r?\n/).flatMap((line) => line.split(delimiter3)).map((e) => e.trim()).filter((e) => e !== "" && !e.startsWith("#"));
  return entries2.length > 1 || entries2.some((e) => GLOB.test(e)) ? entries2 : void 0;
}
function entriesOf(dir, budget) {
  if (budget.left <= 0) {
    budget.stopped ??= "entries";
    return [];
  }
  try {
    const entries2 = fs4.readdirSync(dir, { withFileTypes: true });
    budget.left -= entries2.length;
    return entries2;
  } catch {
    return [];
  }
}
var hidden = (name, segment) => name.startsWith(".") && !segment.startsWith(".");
function expandGlob(pattern, cwd, bounds = GLOB_BOUNDS) {
  const abs = path7.resolve(cwd, pattern);
  if (!GLOB.test(pattern)) return { files: [abs] };
  const parts = abs.split(path7.sep);
  if (parts.at(-1) === "**") parts.push("*");
  const first = parts.findIndex((p) => GLOB.test(p));
  const base2 = parts.slice(0, first).join(path7.sep) || path7.sep;
  const out = /* @__PURE__ */ new Set();
  const budget = { left: bounds.entries };
  const walk = (dir, rest, depth) => {
    if (out.size >= bounds.files) budget.stopped ??= "files";
    if (depth > bounds.depth) budget.stopped ??= "depth";
    if (out.size >= bounds.files || depth > bounds.depth) return;
    const [head, ...tail] = rest;
    if (head === void 0) return;
    if (head === "**") {
      walk(dir, tail, depth);
      for (const e of entriesOf(dir, budget))
        if (e.isDirectory() && !hidden(e.name, head)) walk(path7.join(dir, e.name), rest, depth + 1);
      return;
    }
    for (const e of entriesOf(dir, budget)) {
      if (!globMatch(head, e.name) || hidden(e.name, head)) continue;
      const full = path7.join(dir, e.name);
      if (tail.length === 0) {
        if (out.size >= bounds.files) {
          budget.stopped ??= "files";
          return;
        }
        if (e.isFile() || e.isSymbolicLink()) out.add(full);
      } else if (e.isDirectory()) walk(full, tail, depth + 1);
    }
  };
  walk(base2, parts.slice(first), 0);
  const files = [...out].sort();
  return budget.stopped ? { files, stopped: budget.stopped } : { files };
}

// src/policy/apply.ts
var exempt = (id) => id.startsWith("policy/") || id.startsWith("internal/");
function severityFor(policy, id) {
  if (policy.severity[id]) return [policy.severity[id], id];
  const key = Object.keys(policy.severity).find((k) => globMatch(k, id));
  return key ? [policy.severity[key], key] : void 0;
}
function applyPolicy(findings, facts, now, names = (c) => [c]) {
  const policy = facts?.policy;
  if (!facts || !policy) return { findings, suppressed: [] };
  const active = [];
  const suppressed = [];
  for (const f of findings) {
    if (exempt(f.id)) {
      active.push(f);
      continue;
    }
    const sev = severityFor(policy, f.id);
    if (sev?.[0] === "off") {
      const line = policy.severityLines[sev[1]] ?? 0;
      const reason = `check turned off (checks: ${sev[1]}: off)`;
      suppressed.push({ ...f, suppressed: { reason, file: facts.path, line } });
      continue;
    }
    const finding = sev ? { ...f, severity: sev[0] } : f;
    const s = policy.suppressions.find(
      (x) => globMatch(x.check, f.id) && (!x.context || f.context !== void 0 && names(f.context).some((n) => globMatch(x.context, n))) && (!x.until || now.getTime() < untilEnd(x.until))
    );
    if (!s) {
      active.push(finding);
      continue;
    }
    const by = { reason: s.reason, file: facts.path, line: s.line };
    suppressed.push({ ...finding, suppressed: s.until ? { ...by, until: s.until } : by });
  }
  return { findings: active, suppressed };
}

// src/audit-files.ts
function auditFileList(config, cwd) {
  if (config.mode !== "audit") return void 0;
  const entries2 = auditEntries(config.kubeconfig);
  if (!entries2) return void 0;
  const globLimits = [];
  const files = entries2.flatMap((e) => {
    const { files: found2, stopped } = expandGlob(e, cwd);
    if (stopped) globLimits.push({ pattern: e, stopped, max: GLOB_BOUNDS[stopped] });
    return found2.length ? found2 : [path8.resolve(cwd, e)];
  });
  return { files: [...new Set(files)], globLimits };
}
var RUN_WIDE = /* @__PURE__ */ new Set([
  "kubeconfig/audit-glob-limit",
  "kubeconfig/audit-no-match",
  "policy/invalid",
  "policy/suppression-expired"
]);
var PER_FILE = CHECKS.filter((c) => !RUN_WIDE.has(c.id));
var ONCE = CHECKS.filter((c) => RUN_WIDE.has(c.id));
async function auditFiles(files, config, env, secrets, early = {}, globLimits = []) {
  const outer = Math.min(files.length, config.concurrency);
  const inner = Math.max(1, Math.floor(config.concurrency / outer));
  const results = new Array(files.length);
  const bare = /* @__PURE__ */ new Map();
  const kubectl = early.kubectl ?? (config.offline ? void 0 : kubectlVersion(env));
  const shared = kubectl ? { kubectl } : {};
  await inPool([...files.keys()], outer, async (i) => {
    const file = files[i];
    const prefix = `${fileIn(env.cwd, file) ?? file}:`;
    const perFile = { ...config, kubeconfig: file, concurrency: inner, contextPrefix: prefix };
    const facts2 = await gather(perFile, env, secrets, shared);
    const name = (c) => {
      bare.set(`${prefix}${c}`, c);
      return `${prefix}${c}`;
    };
    results[i] = {
      facts: {
        ...facts2,
        targets: facts2.targets.map((t) => ({ ...t, contextName: name(t.contextName) })),
        kubeconfig: {
          ...facts2.kubeconfig,
          contexts: new Map([...facts2.kubeconfig.contexts].map(([c, e]) => [name(c), e]))
        }
      },
      findings: evaluate(PER_FILE, facts2).map(
        (f) => f.context === void 0 ? f : { ...f, context: name(f.context) }
      )
    };
  });
  const first = results[0];
  const facts = {
    ...first.facts,
    ...first.facts.audit && globLimits.length ? { audit: { ...first.facts.audit, globLimits } } : {},
    targets: results.flatMap((r) => r.facts.targets),
    kubeconfig: {
      ...first.facts.kubeconfig,
      contexts: new Map(results.flatMap((r) => [...r.facts.kubeconfig.contexts]))
    }
  };
  const all = [...results.flatMap((r) => r.findings), ...evaluate(ONCE, facts)];
  const names = (c) => [c, ...bare.has(c) ? [bare.get(c)] : []];
  return { facts, ...applyPolicy(all, facts.policy, facts.now, names) };
}

// src/gather/secrets.ts
var MIN_SECRET_LENGTH = 4;
var MIN_LINE_LENGTH = 8;
var SecretSet = class {
  constructor(onSecret = () => {
  }) {
    this.onSecret = onSecret;
  }
  onSecret;
  /** Everything scrubbed from output: secrets and their long lines. */
  values = /* @__PURE__ */ new Set();
  /** What was handed to the mask callback. */
  masked = /* @__PURE__ */ new Set();
  /** Registers a secret value (a token, key, password, presigned URL) and masks it at once. */
  add = (secret) => {
    if (secret.trim().length < MIN_SECRET_LENGTH || this.masked.has(secret)) return;
    this.masked.add(secret);
    this.onSecret(secret);
    this.values.add(secret);
    for (const line of secret.split(/\r?\n/)) {
      if (line.trim().length >= MIN_LINE_LENGTH) this.values.add(line.trim());
    }
  };
  /** Masks a whole document (inline kubeconfig content) without scrubbing each of its lines. */
  addDocument = (text2) => {
    if (text2.trim().length >= MIN_SECRET_LENGTH) this.onSecret(text2);
  };
  get size() {
    return this.values.size;
  }
  /**
   * Replaces every known secret in `text` with `***`, the longest match first, in one pass over the
   * text. Secrets are looked up by their first and last characters and their length (see index()),
   * so thousands of secrets sharing a prefix (service-account JWTs of one cluster share their
   * header) cost a few lookups per position, not one comparison per secret.
   */
  scrub(text2) {
    const index = this.index();
    if (index.size === 0) return text2;
    const at2 = (i) => {
      const group = index.get(text2.slice(i, i + MIN_SECRET_LENGTH));
      if (!group) return void 0;
      for (const [length, byTail] of group) {
        if (i + length > text2.length) continue;
        const tail = text2.slice(i + length - Math.min(TAIL, length), i + length);
        const hit = byTail.get(tail)?.find((v) => text2.startsWith(v, i));
        if (hit) return hit;
      }
      return void 0;
    };
    let out = "";
    let last = 0;
    for (let i = 0; i + MIN_SECRET_LENGTH <= text2.length; ) {
      const hit = at2(i);
      if (hit === void 0) {
        i++;
        continue;
      }
      let end = i + hit.length;
      for (let j = i + 1; j < end; j++) end = Math.max(end, j + (at2(j)?.length ?? 0));
      out += `${text2.slice(last, i)}***`;
      i = last = end;
    }
    return out + text2.slice(last);
  }
  cached;
  /** Secrets by their first characters, then by length (longest first), then by their last ones. */
  index() {
    if (this.cached?.size === this.values.size) return this.cached.index;
    const index = /* @__PURE__ */ new Map();
    for (const v of [...this.values].sort((a, b) => b.length - a.length)) {
      const key = v.slice(0, MIN_SECRET_LENGTH);
      const group = index.get(key) ?? /* @__PURE__ */ new Map();
      index.set(key, group);
      const byTail = group.get(v.length) ?? /* @__PURE__ */ new Map();
      group.set(v.length, byTail);
      const tail = v.slice(-TAIL);
      byTail.set(tail, [...byTail.get(tail) ?? [], v]);
    }
    this.cached = { size: this.values.size, index };
    return index;
  }
};
var TAIL = 8;

// src/engine.ts
async function runEngine(config, deps) {
  const secrets = new SecretSet(deps.mask);
  for (const value of config.secretInputs ?? []) secrets.add(value);
  const now = deps.now ?? (() => /* @__PURE__ */ new Date());
  const budgetMs = config.timeoutSeconds * 1e3;
  const controller = new AbortController();
  setMaxListeners2(Math.max(10, config.concurrency * 32), controller.signal);
  const timer = setTimeout(() => controller.abort(new Error("timeout")), budgetMs);
  timer.unref();
  try {
    const env = {
      env: deps.env,
      cwd: deps.cwd ?? process.cwd(),
      homeDir: deps.env.HOME || os2.homedir(),
      now,
      mask: secrets.add,
      signal: controller.signal,
      deadline: Date.now() + budgetMs,
      ...deps.started ? { started: deps.started } : {}
    };
    const list = auditFileList(config, env.cwd);
    if (list) {
      const { facts: facts2, findings: findings2, suppressed: suppressed2 } = await auditFiles(
        list.files,
        config,
        env,
        secrets,
        deps.early,
        list.globLimits
      );
      return { report: buildReport(findings2, facts2, VERSION, suppressed2), secrets };
    }
    const facts = await gather(config, env, secrets, deps.early);
    const { findings, suppressed } = applyPolicy(evaluate(CHECKS, facts), facts.policy, facts.now);
    return { report: buildReport(findings, facts, VERSION, suppressed), secrets };
  } finally {
    clearTimeout(timer);
    deps.started?.();
  }
}

export {
  CHECKS,
  runEngine
};
