import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import {
  aliasResolver,
  estimateYamlNodes,
  firstMatch,
  parseFirstDocument,
  require_dist
} from "./chunk-4A4SSQ3P.js";
import {
  formatDuration
} from "./chunk-DXAEI2LH.js";
import {
  __toESM
} from "./chunk-H5DNCB4H.js";

// src/model/cluster.ts
var ANONYMOUS = "system:anonymous";
function liveTargets(targets) {
  return targets.flatMap((t) => t.live && !t.live.skipped ? [{ t, live: t.live }] : []);
}
function userInMessage(message) {
  return /User "((?:[^"\\]|\\.)*)"/.exec(message ?? "")?.[1];
}
function seenAs(live) {
  if (live.whoami?.ok) return live.whoami.user.username;
  const fromWhoami = live.whoami && !live.whoami.ok ? live.whoami.status?.message : void 0;
  const forbidden = live.access.find(
    (a) => a.error && "message" in a.error && a.error.code === 403
  );
  return userInMessage(fromWhoami) ?? userInMessage(
    forbidden?.error && "message" in forbidden.error ? forbidden.error.message : void 0
  );
}
function groupsSeen(live) {
  return live.whoami?.ok ? live.whoami.user.groups : [];
}
function deniedAccess(live) {
  return live.access.filter((a) => a.allowed === false && !a.error);
}
function liveDenied(live) {
  if (!live) return false;
  const w = live.whoami;
  return deniedAccess(live).length > 0 || Boolean(w && !w.ok && w.why === "forbidden");
}
function describeAccess(a) {
  if (a.nonResourceURL !== void 0) return `${a.verb} path ${a.nonResourceURL}`;
  const res = [a.resource ?? "*", a.subresource].filter(Boolean).join("/");
  const type = a.group ? `${res}.${a.group}` : res;
  const name = a.name ? ` "${a.name}"` : "";
  const where2 = a.namespace ? ` in namespace "${a.namespace}"` : " cluster-wide";
  return `${a.verb} ${type}${name}${where2}`;
}
function rbacFix(a, username) {
  const sa = /^system:serviceaccount:([^:]+):(.+)$/.exec(username ?? "");
  const subject = sa ? `--serviceaccount=${sa[1]}:${sa[2]}` : `--user=${username ?? "<user>"}`;
  const ns = a.namespace ? ` -n ${a.namespace}` : "";
  const kind = a.namespace ? "role" : "clusterrole";
  const name = `kube-preflight-${a.verb}-${(a.resource ?? "path").replace(/[^a-z0-9]/g, "")}`.slice(
    0,
    60
  );
  const rule = a.nonResourceURL !== void 0 ? `--verb=${a.verb} --non-resource-url=${a.nonResourceURL}` : `--verb=${a.verb} --resource=${[a.resource, a.subresource].filter(Boolean).join("/")}${a.group ? `.${a.group}` : ""}${a.name ? ` --resource-name=${a.name}` : ""}`;
  return `\`kubectl create ${kind} ${name} ${rule}${ns}\` then \`kubectl create ${kind}binding ${name} --${kind}=${name} ${subject}${ns}\``;
}

// src/diagnose/model.ts
function cause(c) {
  const likelihood = c.score >= 80 ? "high" : c.score >= 50 ? "medium" : "low";
  return { ...c, likelihood };
}
function ranked(causes) {
  return [...causes].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

// src/diagnose/access.ts
function anonymousCauses(t) {
  const live = t.live;
  const malformed = [t.token, t.tokenFile].find((l) => l?.ok && l.value.malformed);
  if (malformed?.ok && /whitespace/.test(malformed.value.malformed ?? "")) {
    return [
      cause({
        id: "token-whitespace",
        title: "The token starts with whitespace, so the server sees an empty token and treats the request as anonymous",
        score: 95,
        evidence: [malformed.value.malformed ?? ""],
        settle: "The token/malformed finding.",
        fix: "Strip the whitespace from the stored token."
      })
    ];
  }
  return [
    cause({
      id: "no-credentials",
      title: `User "${t.context?.value.user ?? "?"}" sends no credentials, so every request runs as ${ANONYMOUS}`,
      score: live?.sent.length === 0 ? 95 : 60,
      evidence: [`sent: ${live?.sent.join(", ") || "nothing"}`],
      settle: "`kubectl config view --minify` shows the user entry.",
      fix: "Give the user real credentials (token, client certificate or exec plugin)."
    })
  ];
}
var MISSING_ROLE = /(cluster)?role(\.rbac\.authorization\.k8s\.io)? "([^"]+)" not found/i;
function permissionCauses(t, facts, denied) {
  const live = t.live;
  if (!live) return [];
  const user = seenAs(live);
  const groups = groupsSeen(live);
  const out = [];
  const expected = facts.settings.expectIdentity;
  if (user && expected.length && !firstMatch(expected, [user])) {
    out.push(
      cause({
        id: "wrong-identity",
        title: `The server sees "${user}", not the identity the deploy expects (${expected.join(", ")}): the permissions may belong to the other one`,
        score: 90,
        evidence: [`username ${user}`, `groups ${groups.join(", ") || "(none)"}`],
        settle: "Which credentials this job really uses (the kubeconfig user, an earlier credentials step).",
        fix: "Use the expected identity\u2019s credentials, or update expect-identity."
      })
    );
  }
  for (const a of denied) {
    if (!a.attributes) continue;
    const missingRole = MISSING_ROLE.exec(a.reason ?? "");
    const what = describeAccess(a.attributes);
    out.push(
      cause({
        id: missingRole ? "binding-to-missing-role" : "rbac-missing",
        title: missingRole ? `A binding for "${user ?? "?"}" points at ${missingRole[1] ? "ClusterRole" : "Role"} "${missingRole[3]}", which does not exist` : `No RBAC rule lets "${user ?? "?"}"${groups.length ? ` (groups ${groups.join(", ")})` : ""} ${what}`,
        score: missingRole ? 95 : 85,
        evidence: [
          `require: ${a.requirement.line}`,
          ...a.reason ? [`authorizer: ${a.reason}`] : [],
          ...a.unknownResource ? ["the server does not serve this resource type"] : []
        ],
        settle: `\`kubectl auth can-i ${a.requirement.line.replace(/^kubectl auth can-i /, "")} --as=${user ?? "<user>"}\` with admin credentials, and \`kubectl get rolebindings,clusterrolebindings -A -o wide\` for the subject.`,
        fix: missingRole ? `Create the missing role "${missingRole[3]}", or point the binding at an existing one.` : rbacFix(a.attributes, user)
      })
    );
  }
  return out;
}

// src/model/aws/arn.ts
var KNOWN_PARTITIONS = [
  "aws",
  "aws-cn",
  "aws-us-gov",
  "aws-iso",
  "aws-iso-b",
  "aws-iso-e",
  "aws-iso-f",
  "aws-eusc"
];
function isKnownPartition(p) {
  return KNOWN_PARTITIONS.includes(p);
}
function parseArn(arn) {
  if (!arn.startsWith("arn:")) return { ok: false, error: "arn: invalid prefix" };
  const parts = arn.split(":");
  if (parts.length < 6) return { ok: false, error: "arn: not enough sections" };
  const [, partition, service, region, account] = parts;
  return {
    ok: true,
    value: { partition, service, region, account, resource: parts.slice(5).join(":") }
  };
}
function parseKnown(arn) {
  const parsed2 = parseArn(arn);
  if (!parsed2.ok) return { ok: false, error: `arn '${arn}' is invalid: '${parsed2.error}'` };
  if (!isKnownPartition(parsed2.value.partition)) {
    return { ok: false, error: `arn '${arn}' does not have a recognized partition` };
  }
  return parsed2;
}
function canonicalizeArn(arn) {
  const parsed2 = parseKnown(arn);
  if (!parsed2.ok) return parsed2;
  const { partition, service, account, resource } = parsed2.value;
  const parts = resource.split("/");
  const kind = parts[0];
  if (service === "sts") {
    if (kind === "federated-user") return { ok: true, value: arn, type: "federated-user" };
    if (kind !== "assumed-role") {
      return { ok: false, error: `unrecognized resource ${resource} for service sts` };
    }
    if (parts.length < 3) {
      return { ok: false, error: `assumed-role arn '${arn}' does not have a role` };
    }
    const role = parts.slice(1, -1).join("/");
    return {
      ok: true,
      value: `arn:${partition}:iam::${account}:role/${role}`,
      type: "assumed-role"
    };
  }
  if (service === "iam") {
    if (kind === "role" || kind === "user" || kind === "root") {
      return { ok: true, value: arn, type: kind };
    }
    return { ok: false, error: `unrecognized resource ${resource} for service iam` };
  }
  return {
    ok: false,
    error: `service ${service} in arn ${arn} is not a valid service for identities`
  };
}
function stripPath(arn) {
  const parsed2 = parseKnown(arn);
  if (!parsed2.ok) return parsed2;
  const { partition, account, resource } = parsed2.value;
  const parts = resource.split("/");
  if (parts[0] !== "role" || parts.length <= 2) return { ok: true, value: arn };
  return { ok: true, value: `arn:${partition}:iam::${account}:role/${parts[parts.length - 1]}` };
}
var SSO_PATH = /^role\/aws-reserved\/sso\.amazonaws\.com\/(?:[a-z0-9-]+\/)?AWSReservedSSO_/;
function isSsoRoleArn(arn) {
  const parsed2 = parseArn(arn);
  if (!parsed2.ok) return false;
  const { service, resource } = parsed2.value;
  if (service === "iam") return SSO_PATH.test(resource) || /^role\/AWSReservedSSO_/.test(resource);
  return service === "sts" && /^assumed-role\/AWSReservedSSO_[^/]*\/[^/]+$/.test(resource);
}
function partitionOf(arn) {
  const parsed2 = parseArn(arn);
  return parsed2.ok ? parsed2.value.partition : void 0;
}
function accountOf(arn) {
  const parsed2 = parseArn(arn);
  return parsed2.ok && parsed2.value.account ? parsed2.value.account : void 0;
}
var ARN_FIX_WHY = {
  "role-path": "has a path, but callers are matched by their role ARN without one",
  "sts-arn": "is an STS session ARN, but callers are matched by their IAM role ARN",
  "sso-path": "keeps the aws-reserved/sso.amazonaws.com/ path, but SSO callers are matched without it"
};
function arnFix(arn) {
  const canonical = canonicalizeArn(arn);
  if (!canonical.ok) return void 0;
  if (canonical.type === "assumed-role") {
    const stripped2 = stripPath(canonical.value);
    return { reason: "sts-arn", fixedArn: stripped2.ok ? stripped2.value : canonical.value };
  }
  if (canonical.type !== "role") return void 0;
  const stripped = stripPath(arn);
  if (!stripped.ok || stripped.value === arn) return void 0;
  const resource = arn.split(":").slice(5).join(":");
  return { reason: SSO_PATH.test(resource) ? "sso-path" : "role-path", fixedArn: stripped.value };
}
function arnLike(arn, pattern) {
  const split = (s) => s.startsWith("arn:") ? s.split(":") : [];
  const a = split(arn);
  const p = split(pattern);
  if (a.length < 6 || p.length < 6) return false;
  const sections = (x) => [...x.slice(0, 5), x.slice(5).join(":")];
  const pats = sections(p);
  return sections(a).every((s, i) => {
    const glob = (pats[i] ?? "").replace(
      /[.+^${}()|[\]\\*?]/g,
      (c) => c === "*" ? ".*" : c === "?" ? ".?" : `\\${c}`
    );
    return new RegExp(`^${glob}$`).test(s);
  });
}

// src/model/aws/access-entries.ts
var TEMPLATE_VARIABLES = [
  "AccountID",
  "SessionName",
  "SessionNameRaw",
  "AccessKeyID",
  "EC2PrivateDNSName"
];
function unknownTemplateVariables(template) {
  const known = TEMPLATE_VARIABLES;
  return [...template.matchAll(/\{\{(.*?)\}\}/g)].filter((m) => !known.includes(m[1] ?? "")).map((m) => m[0]);
}
function renderTemplate(template, caller) {
  const session = caller.sessionName ?? "";
  const needsEc2Lookup = template.includes("{{EC2PrivateDNSName}}");
  if (needsEc2Lookup && !/^i-(\w{8}|\w{17})$/.test(session)) {
    return { ok: false, error: "SessionName did not contain an instance id" };
  }
  const value = template.replaceAll("{{AccountID}}", () => caller.accountId).replaceAll("{{SessionName}}", () => session.replaceAll("@", "-")).replaceAll("{{SessionNameRaw}}", () => session).replaceAll("{{AccessKeyID}}", () => caller.accessKeyId ?? "");
  return { ok: true, value, needsEc2Lookup };
}
var RESERVED_USERNAME_PREFIXES = ["system:", "eks:", "aws:", "amazon:", "iam:"];
function customUsernameProblem(username) {
  const reserved = RESERVED_USERNAME_PREFIXES.find((p) => username.startsWith(p));
  if (reserved) return `username "${username}" starts with the reserved prefix "${reserved}"`;
  const at = username.indexOf("{{SessionName}}");
  if (at >= 0 && !username.slice(0, at).includes(":")) {
    return `username "${username}": {{SessionName}} must come after a colon`;
  }
  return void 0;
}
var NODE_USERNAMES = /* @__PURE__ */ new Map([
  ["EC2_LINUX", "system:node:{{EC2PrivateDNSName}}"],
  ["EC2_WINDOWS", "system:node:{{EC2PrivateDNSName}}"],
  ["FARGATE_LINUX", "system:node:{{SessionName}}"],
  ["HYBRID_LINUX", "system:node:{{SessionName}}"]
]);
function defaultUsername(principalArn, type = "STANDARD") {
  const parsed2 = parseArn(principalArn);
  if (!parsed2.ok) return { ok: false, error: `principal ARN '${principalArn}': ${parsed2.error}` };
  const { partition, service, account, resource } = parsed2.value;
  const [kind, ...rest] = resource.split("/");
  const name = rest[rest.length - 1];
  const role = service === "iam" && kind === "role" && !!name;
  if (type === "STANDARD") {
    if (service === "iam" && kind === "user" && name) return { ok: true, value: principalArn };
    if (role)
      return {
        ok: true,
        value: `arn:${partition}:sts::${account}:assumed-role/${name}/{{SessionName}}`
      };
    return { ok: false, error: `'${principalArn}' is not an IAM user or role ARN` };
  }
  const value = NODE_USERNAMES.get(type);
  if (!value)
    return { ok: false, error: `no documented default username for access entry type ${type}` };
  if (!role)
    return { ok: false, error: `a ${type} access entry needs an IAM role, not '${principalArn}'` };
  return { ok: true, value };
}
var accessEntriesAvailable = (mode) => mode !== "CONFIG_MAP";
var awsAuthApplies = (mode) => mode !== "API";
function effectiveMapping(mode, accessEntry, awsAuth) {
  const unknown = mode ? "" : " (authentication mode unknown: assuming API_AND_CONFIG_MAP)";
  if (accessEntry && accessEntriesAvailable(mode)) {
    const d = accessEntry.username ? void 0 : defaultUsername(accessEntry.principalArn, accessEntry.type);
    const username = accessEntry.username ?? (d?.ok ? d.value : void 0);
    const wins = !!awsAuth && awsAuthApplies(mode);
    return {
      source: "access-entry",
      reason: wins ? "access-entry-wins" : "access-entry",
      detail: `${wins ? "the access entry takes precedence over the aws-auth mapping of the same principal" : "mapped by an access entry"}${unknown}`,
      ...username !== void 0 ? { username } : {},
      groups: accessEntry.kubernetesGroups ?? [],
      ...awsAuth ? { ignored: "aws-auth" } : {}
    };
  }
  const ignoredEntry = accessEntry ? { ignored: "access-entry" } : {};
  if (!awsAuthApplies(mode)) {
    if (!awsAuth)
      return {
        source: "none",
        reason: "not-mapped",
        detail: "API mode: no access entry for this principal"
      };
    return {
      source: "none",
      reason: "aws-auth-ignored",
      detail: "API mode: aws-auth is ignored, and there is no access entry",
      ignored: "aws-auth"
    };
  }
  if (awsAuth) {
    return {
      source: "aws-auth",
      reason: "aws-auth",
      detail: `mapped by aws-auth ${awsAuth.source}${mode === "CONFIG_MAP" ? " (CONFIG_MAP mode: access entries do not apply)" : unknown}`,
      username: awsAuth.username,
      groups: awsAuth.groups,
      ...awsAuth.error ? { error: awsAuth.error } : {},
      ...ignoredEntry
    };
  }
  if (!accessEntriesAvailable(mode)) {
    return {
      source: "none",
      reason: "access-entries-unavailable",
      detail: "CONFIG_MAP mode: only aws-auth maps principals, and it has no mapping for this one",
      ...ignoredEntry
    };
  }
  return {
    source: "none",
    reason: "not-mapped",
    detail: `neither an access entry nor aws-auth maps this principal${unknown}`
  };
}
function policyShortName(arn) {
  const m = /^arn:[^:]+:eks::aws:cluster-access-policy\/(.+)$/.exec(arn);
  return m?.[1] ?? arn;
}

// src/model/aws/aws-auth-match.ts
function matches(e, canonical, ssoMatch) {
  if (e.kind === "sso") return ssoMatch && arnLike(canonical.toLowerCase(), e.arn);
  return e.arn.toLowerCase() === canonical.toLowerCase();
}
function mapIdentity(config, caller, opts = {}) {
  for (const [source, list] of [
    ["mapRoles", config.roles],
    ["mapUsers", config.users]
  ]) {
    const hits = list.filter((e) => matches(e, caller.canonicalArn, !!opts.ssoMatch));
    const byKey = new Map(hits.map((e) => [e.kind === "user" ? e.arn : e.arn.toLowerCase(), e]));
    const entry = [...byKey.values()][0];
    if (!entry) continue;
    const base = {
      source,
      entry,
      shadowed: hits.filter((e) => e !== entry),
      deterministic: byKey.size === 1
    };
    let needsEc2Lookup = false;
    const render = (t, what) => {
      const r = renderTemplate(t, caller);
      if (!r.ok) throw new Error(`error rendering ${what} template "${t}": ${r.error}`);
      needsEc2Lookup ||= r.needsEc2Lookup;
      return r.value;
    };
    try {
      const username2 = render(entry.username ?? "", "username");
      const groups = entry.groups.map((g) => render(g, "group"));
      return { ...base, username: username2, groups, needsEc2Lookup };
    } catch (err) {
      return { ...base, username: "", groups: [], needsEc2Lookup, error: err.message };
    }
  }
  if (!config.accounts.includes(caller.accountId)) return void 0;
  const username = caller.canonicalArn;
  return {
    source: "mapAccounts",
    username,
    groups: [],
    needsEc2Lookup: false,
    shadowed: [],
    deterministic: true
  };
}

// src/model/aws/aws-auth-yaml.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_NODES = 2e4;
var GO_TAB = /^ *(?:- +)*(?:-\t|[^\s#'"{[-][^#'"]*?:\t)/;
var UNQUOTED_BRACES = 'invalid map key: a mapping used as a key (an unquoted value starting with "{{"? quote it)';
var YamlError = class extends Error {
  constructor(message, line) {
    super(message);
    this.line = line;
  }
  line;
};
var isNull = (y) => !y || y.t === "s" && y.v === null;
var describeNode = (y) => y.t === "map" ? "a mapping" : y.t === "seq" ? "a list" : `${typeof y.v} ${y.raw}`;
function readYaml(text) {
  const tab = text.split("\n").findIndex((l) => GO_TAB.test(l));
  if (tab >= 0) {
    return { ok: false, line: tab + 1, error: "found character that cannot start any token" };
  }
  if (estimateYamlNodes(text) > 2 * MAX_NODES)
    return { ok: false, error: `holds far more than ${MAX_NODES} nodes; refusing to read it` };
  const { doc, lines } = parseFirstDocument(text);
  const lineOf = (n) => lines.linePos(n?.range?.[0] ?? 0).line;
  const err = doc?.errors[0];
  if (err) return { ok: false, line: lines.linePos(err.pos[0]).line, error: err.message };
  const resolve = doc ? aliasResolver(doc) : () => void 0;
  let budget = MAX_NODES;
  const walk = (n, depth) => {
    if (--budget < 0 || depth > 64)
      throw new YamlError(`expands to more than ${MAX_NODES} nodes (an alias bomb?)`);
    if ((0, import_yaml.isAlias)(n)) return walk(resolve(n), depth + 1);
    if ((0, import_yaml.isMap)(n)) {
      const merged = [];
      const pairs = [];
      for (const p of n.items) {
        if (!(0, import_yaml.isScalar)(p.key)) throw new YamlError(UNQUOTED_BRACES, lineOf(p.key));
        const v2 = walk(p.value, depth + 1);
        if (typeof p.key.value === "symbol" || p.key.value === "<<") {
          const sources = v2.t === "seq" ? [...v2.items].reverse() : [v2];
          for (const m of sources)
            if (m.t === "map") merged.push(...m.pairs.map((q) => ({ ...q, merged: true })));
          continue;
        }
        const key = p.key.value === null ? "null" : String(p.key.value);
        pairs.push({ key, line: lineOf(p.key), v: v2 });
      }
      return { t: "map", line: lineOf(n), pairs: [...merged, ...pairs] };
    }
    if ((0, import_yaml.isSeq)(n))
      return { t: "seq", line: lineOf(n), items: n.items.map((i) => walk(i, depth + 1)) };
    const s = (0, import_yaml.isScalar)(n) ? n : void 0;
    const raw = s?.type === "PLAIN" ? s.source ?? "" : String(s?.value ?? "");
    let v = s?.value ?? null;
    if (typeof v === "number" && raw.includes(":")) v = raw;
    return { t: "s", line: lineOf(n), v, raw };
  };
  try {
    return { ok: true, root: doc?.contents ? walk(doc.contents, 0) : void 0 };
  } catch (e) {
    if (!(e instanceof YamlError)) throw e;
    return { ok: false, error: e.message, ...e.line ? { line: e.line } : {} };
  }
}

// src/model/aws/aws-auth-lint.ts
var KNOWN_TEMPLATES = TEMPLATE_VARIABLES.map((v) => `{{${v}}}`).join(", ");
var SSO_GATED = "sso entries match only with the authenticator's SSORoleMatch feature gate (off by default; EKS support unconfirmed): map the role ARN as rolearn instead";
function reservedPrefix(username) {
  if (username.startsWith("system:node:")) return void 0;
  return RESERVED_USERNAME_PREFIXES.find((p) => username.startsWith(p));
}
function lintAwsAuth(config, opts = {}) {
  const out = config.problems.map((p) => ({
    kind: p.code === "yaml" || p.code === "duplicate-key" ? "invalid-yaml" : "invalid-entry",
    key: p.key,
    ...p.line ? { line: p.line } : {},
    detail: `${p.key}: ${p.message}${p.code === "yaml" ? ` (the authenticator ignores all of ${p.key})` : ""}`
  }));
  const otherAccount = (acct, what, at) => {
    const cluster = opts.clusterAccount;
    if (!cluster || !acct || acct === cluster) return;
    const detail = `${what} is in account ${acct}, not the cluster's ${cluster}: right for a cross-account principal, otherwise a mistake`;
    out.push({ kind: "account-mismatch", ...at, detail });
  };
  for (const e of [...config.roles, ...config.users]) {
    const at = {
      key: e.kind === "user" ? "mapUsers" : "mapRoles",
      entry: e,
      line: e.line
    };
    const add = (kind, detail, fixedArn) => out.push({ kind, ...at, detail, ...fixedArn ? { fixedArn } : {} });
    const field = e.kind === "user" ? "userarn" : "rolearn";
    if (e.kind === "sso") {
      add("invalid-entry", SSO_GATED);
      otherAccount(e.sso?.accountID, `sso accountID ${e.sso?.accountID}`, at);
    } else {
      const fix = arnFix(e.arn);
      const canonical = canonicalizeArn(e.arn);
      if (fix)
        add(
          fix.reason,
          `${field} ${e.arn} ${ARN_FIX_WHY[fix.reason]}: use ${fix.fixedArn}`,
          fix.fixedArn
        );
      else if (!canonical.ok)
        add("invalid-entry", `${field} ${e.arn} can never match: ${canonical.error}`);
      otherAccount(accountOf(e.arn), `${field} ${e.arn}`, at);
    }
    const username = e.username ?? "";
    const prefix = reservedPrefix(username);
    if (prefix) {
      add(
        "username-reserved",
        `username "${username}" starts with "${prefix}", a prefix reserved for Kubernetes or EKS identities`
      );
    }
    for (const t of [username, ...e.groups]) {
      for (const bad of unknownTemplateVariables(t)) {
        add(
          "bad-template",
          `"${t}": ${bad} is not a template variable and stays as written (known: ${KNOWN_TEMPLATES})`
        );
      }
      if (e.kind === "user" && t.includes("{{EC2PrivateDNSName}}")) {
        add(
          "bad-template",
          `"${t}": an IAM user has no session name, so {{EC2PrivateDNSName}} always fails and the token is denied`
        );
      }
    }
  }
  for (const a of config.accounts) {
    if (!/^\d{12}$/.test(a)) {
      out.push({
        kind: "invalid-entry",
        key: "mapAccounts",
        detail: `mapAccounts: "${a}" is not a 12-digit account id`
      });
    }
    otherAccount(a, `mapAccounts entry ${a}`, { key: "mapAccounts" });
  }
  return out;
}

// src/model/aws/aws-auth.ts
function parseAwsAuth(data) {
  const cfg = { roles: [], users: [], accounts: [], problems: [] };
  const report = (key, p) => cfg.problems.push({ key, ...p });
  for (const key of ["mapUsers", "mapRoles", "mapAccounts"]) {
    const text = data[key];
    if (text === void 0 || ["", '""', "''", "``"].includes(text.trim())) continue;
    const y = readYaml(text);
    if (!y.ok) {
      report(key, { line: y.line, code: "yaml", dropped: true, message: y.error });
      continue;
    }
    if (isNull(y.root)) continue;
    const root = y.root;
    if (root.t !== "seq") {
      const message = `expected a list, got ${describeNode(root)}: all of ${key} is ignored`;
      report(key, { line: root.line, code: "type", dropped: true, message });
    } else if (key === "mapAccounts") {
      for (const a of root.items) {
        if (a.t === "s") {
          if (a.v !== null) cfg.accounts.push(a.raw);
        } else
          report(key, {
            line: a.line,
            code: "type",
            dropped: true,
            message: `expected an account id, got ${describeNode(a)}`
          });
      }
    } else {
      for (const item of root.items) {
        const e = readEntry(key, item, (p) => report(key, p));
        if (e) (key === "mapRoles" ? cfg.roles : cfg.users).push(e);
      }
    }
  }
  return cfg;
}
var ROLE_FIELDS = ["rolearn", "sso", "username", "groups", "userid"];
var USER_FIELDS = ["userarn", "username", "groups", "userid"];
var SSO_FIELDS = ["permissionsetname", "accountid", "partition"];
function fields(y, known, report) {
  const out = /* @__PURE__ */ new Map();
  for (const p of y.t === "map" ? y.pairs : []) {
    const f = p.key.toLowerCase();
    const prev = out.get(f);
    if (!known.includes(f)) {
      report({
        line: p.line,
        code: "unknown-field",
        dropped: false,
        message: `unknown field "${p.key}" is ignored`
      });
    } else if (prev && !prev.merged) {
      const message = `duplicate key "${p.key}" (also "${prev.key}"): only one value is used`;
      report({ line: p.line, code: "duplicate-key", dropped: false, message });
    }
    if (known.includes(f) && (!prev || prev.merged || p.key >= prev.key)) out.set(f, p);
  }
  return new Map([...out].map(([k, { v }]) => [k, v]));
}
function str(y, name, report) {
  if (isNull(y)) return "";
  if (y?.t === "s" && typeof y.v === "string") return y.v;
  const message = `${name}: expected a string, got ${describeNode(y)}; the authenticator reads it as empty`;
  report({ line: y?.line, code: "type", dropped: false, message });
  return "";
}
function readEntry(key, item, report) {
  if (item.t !== "map" && !isNull(item)) {
    report({
      line: item.line,
      code: "type",
      dropped: false,
      message: `expected a mapping, got ${describeNode(item)}`
    });
  }
  const role = key === "mapRoles";
  const f = fields(item, role ? ROLE_FIELDS : USER_FIELDS, report);
  const arn = str(f.get(role ? "rolearn" : "userarn"), role ? "rolearn" : "userarn", report);
  const g = f.get("groups");
  const groups = [];
  if (g?.t === "seq") g.items.forEach((i) => groups.push(str(i, "groups[]", report)));
  else if (!isNull(g)) {
    const message = `groups: expected a list, got ${describeNode(g)}; the entry gets no groups`;
    report({ line: g?.line, code: "type", dropped: false, message });
  }
  const ssoY = f.get("sso");
  let sso;
  if (!isNull(ssoY)) {
    const s = fields(ssoY, SSO_FIELDS, report);
    if (ssoY?.t !== "map")
      report({
        line: ssoY?.line,
        code: "type",
        dropped: false,
        message: `sso: expected a mapping, got ${describeNode(ssoY)}`
      });
    sso = {
      permissionSetName: str(s.get("permissionsetname"), "sso.permissionSetName", report),
      accountID: str(s.get("accountid"), "sso.accountID", report)
    };
    const partition = str(s.get("partition"), "sso.partition", report);
    if (partition) sso.partition = partition;
  }
  const invalid = validate(role, arn, sso);
  if (invalid) {
    report({ line: item.line, code: "validation", dropped: true, message: invalid });
    return void 0;
  }
  const username = str(f.get("username"), "username", report);
  const userid = str(f.get("userid"), "userid", report);
  const entry = {
    kind: sso ? "sso" : role ? "role" : "user",
    arn: arn || ssoPattern(sso),
    groups,
    line: item.line
  };
  if (username) entry.username = username;
  if (userid) entry.userid = userid;
  if (sso) entry.sso = sso;
  return entry;
}
function validate(role, arn, sso) {
  if (!role) return arn ? void 0 : "value for userarn must be supplied";
  if (!arn && !sso) return "one of rolearn or SSO must be supplied";
  if (arn && sso) return "only one of rolearn or SSO can be supplied";
  if (!sso) return void 0;
  if (!/^[0-9]{12}$/.test(sso.accountID))
    return `AccountID '${sso.accountID}' is not a valid AWS Account ID`;
  if (!/^[\w+=,.@-]{1,32}$/.test(sso.permissionSetName)) {
    return `PermissionSetName '${sso.permissionSetName}' is not a valid AWS SSO PermissionSet Name`;
  }
  if (sso.partition && !isKnownPartition(sso.partition))
    return `partition '${sso.partition}' is not a valid AWS partition`;
  return void 0;
}
function ssoPattern(sso) {
  const p = sso.partition ? "" : "aws";
  return `arn:${p}:iam::${sso.accountID}:role/AWSReservedSSO_${sso.permissionSetName}_*`.toLowerCase();
}

// src/model/aws/view.ts
function awsTargets(targets) {
  return targets.flatMap((t) => t.aws && !t.aws.skipped ? [{ t, aws: t.aws }] : []);
}
function eksWhy(aws) {
  return aws.eks.signals.join(", ");
}
var EXPIRED = /^(ExpiredToken|ExpiredTokenException|RequestExpired|TokenRefreshRequired)$/;
var INVALID = /^(InvalidClientTokenId|SignatureDoesNotMatch|IncompleteSignature|UnrecognizedClientException|InvalidAccessKeyId|InvalidSignatureException|AuthFailure)$/;
var isExpiredCode = (code) => EXPIRED.test(code ?? "");
var isInvalidCode = (code) => INVALID.test(code ?? "");
function callerExpired(aws) {
  return aws.caller?.ok === false && isExpiredCode(aws.caller.code);
}
function callerInvalid(aws) {
  return aws.caller?.ok === false && isInvalidCode(aws.caller.code);
}
function providerExpired(aws) {
  const c = aws.credentials;
  return c?.ok === false && c.why === "error" && /expired|refresh/i.test(c.detail);
}
var parsed = /* @__PURE__ */ new WeakMap();
function awsAuthOf(t) {
  const read = t.live?.awsAuth;
  if (read?.status !== "read") return void 0;
  let cached = parsed.get(read);
  if (!cached) {
    const config = parseAwsAuth(read.data);
    const account = t.aws?.eks.accountId ?? (t.aws?.caller?.ok ? t.aws.caller.account : void 0);
    cached = { config, lints: lintAwsAuth(config, account ? { clusterAccount: account } : {}) };
    parsed.set(read, cached);
  }
  return { ...cached, line: (l) => `${l.key ?? "aws-auth"}${l.line ? ` line ${l.line}` : ""}` };
}
function callerPrincipal(aws) {
  if (!aws?.caller?.ok) return void 0;
  const c = canonicalizeArn(aws.caller.arn);
  return c.ok ? c.value : void 0;
}

// src/model/text.ts
function trimEndOf(s, chars) {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1])) end--;
  return s.slice(0, end);
}

// src/model/aws/eks-view.ts
function eksTargets(targets) {
  return awsTargets(targets).flatMap(({ t, aws }) => {
    const api = aws.eksApi;
    if (!api) return [];
    return [{ t, aws, api, ...api.cluster.ok ? { cluster: api.cluster.value } : {} }];
  });
}
function principalSeen(aws) {
  const arn = aws.token?.replay.ok ? aws.token.replay.arn : aws.caller?.ok ? aws.caller.arn : void 0;
  if (!arn) return void 0;
  const c = canonicalizeArn(arn);
  return c.ok ? { arn, canonical: c.value } : void 0;
}
var sessionOf = (arn) => /:assumed-role\/.+\/([^/]+)$/.exec(arn)?.[1] ?? void 0;
function authModeOf(v) {
  const entry = v.api.accessEntry;
  if (v.cluster?.authenticationMode) return v.cluster.authenticationMode;
  return entry?.ok === false && entry.code === "InvalidRequestException" ? "CONFIG_MAP" : void 0;
}
function mappingOf(v) {
  const seen = principalSeen(v.aws);
  const entry = v.api.accessEntry;
  const effectiveMode = authModeOf(v);
  const configMapOnly = effectiveMode === "CONFIG_MAP";
  if (!seen || !entry && !configMapOnly) return void 0;
  if (entry?.ok === false && !configMapOnly) return void 0;
  const auth = awsAuthOf(v.t);
  const hasEntry = Boolean(entry?.ok && entry.value);
  if (!auth && v.t.live?.awsAuth?.status !== "absent" && effectiveMode !== "API") {
    if (v.t.live?.unauthorized && v.aws.token?.replay.ok && !hasEntry)
      return {
        source: "none",
        reason: effectiveMode === "CONFIG_MAP" ? "access-entries-unavailable" : "not-mapped",
        detail: `${effectiveMode === "CONFIG_MAP" ? "CONFIG_MAP mode, so only aws-auth can map it" : "no access entry"}, and the 401 for a token STS accepts shows aws-auth (which this identity cannot read) does not map it either`
      };
    if (!hasEntry || effectiveMode === "CONFIG_MAP") return void 0;
  }
  const account = accountOf(seen.canonical) ?? "";
  const session = sessionOf(seen.arn);
  const awsAuth = auth ? mapIdentity(auth.config, {
    canonicalArn: seen.canonical,
    arn: seen.arn,
    accountId: account,
    ...session ? { sessionName: session } : {}
  }) : void 0;
  const accessEntry = entry?.ok && entry.value ? entry.value : void 0;
  const m = effectiveMapping(effectiveMode, accessEntry, awsAuth);
  return awsAuth ? { ...m, awsAuth } : m;
}
function publicAccessLimitedTo(c) {
  const cidrs = c.publicAccessCidrs ?? [];
  return c.endpointPublicAccess && cidrs.length > 0 && !cidrs.includes("0.0.0.0/0") ? cidrs : void 0;
}
function normalEndpoint(url) {
  if (!url) return void 0;
  try {
    const u = new URL(url);
    const port = u.port && u.port !== "443" ? `:${u.port}` : "";
    return `${u.protocol}//${u.hostname.toLowerCase()}${port}${trimEndOf(u.pathname, "/")}`;
  } catch {
    return url.trim().toLowerCase();
  }
}

// src/diagnose/eks-access.ts
var READS = /* @__PURE__ */ new Set(["get", "list", "watch"]);
function eksAccessCauses(t, denied) {
  const [v] = eksTargets([t]);
  const entry = v?.api.accessEntry?.ok ? v.api.accessEntry.value : void 0;
  const policies = v?.api.accessPolicies?.ok ? v.api.accessPolicies.value : void 0;
  if (!v || !entry || !policies || mappingOf(v)?.source !== "access-entry") return [];
  const cmd = `aws eks associate-access-policy --cluster-name ${v.api.clusterName}${v.aws.region ? ` --region ${v.aws.region}` : ""} --principal-arn ${entry.principalArn}`;
  const settle = `\`aws eks list-associated-access-policies --cluster-name ${v.api.clusterName} --principal-arn ${entry.principalArn}\``;
  if (entry.type && entry.type !== "STANDARD") return [];
  if (policies.length === 0 && entry.kubernetesGroups.length > 0) return [];
  if (policies.length === 0)
    return [
      cause({
        id: "eks-access-entry-empty",
        title: `The access entry of ${entry.principalArn} has no access policy and no Kubernetes groups: EKS authenticates it and grants it nothing`,
        score: 92,
        evidence: ["associated access policies: none", "kubernetesGroups: none"],
        settle,
        fix: `\`${cmd} --policy-arn arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy --access-scope type=namespace,namespaces=<ns>\`, or give the entry groups RBAC binds.`
      })
    ];
  const out = [];
  const listed = policies.map(
    (p) => `${policyShortName(p.policyArn)} (${p.scope.type === "namespace" ? `namespaces ${(p.scope.namespaces ?? []).join(", ")}` : "cluster-wide"})`
  );
  for (const a of denied) {
    const ns = a.attributes?.namespace;
    if (!a.attributes) continue;
    const covering = policies.filter(
      (p) => p.scope.type === "cluster" || !!ns && !!firstMatch(p.scope.namespaces ?? [], [ns])
    );
    const what = describeAccess(a.attributes);
    if (covering.length === 0) {
      const scope = ns ? `type=namespace,namespaces=${[...policies[0]?.scope.namespaces ?? [], ns].join(",")}` : "type=cluster";
      out.push(
        cause({
          id: "eks-policy-scope",
          title: ns ? `The access entry's policies do not reach namespace "${ns}": ${listed.join("; ")}` : `The access entry's policies are namespace-scoped, but the deploy needs to ${what}: ${listed.join("; ")}`,
          score: 90,
          evidence: [`require: ${a.requirement.line}`, ...listed.map((l) => `policy ${l}`)],
          settle,
          fix: `Widen the policy's scope: \`${cmd} --policy-arn ${policies[0]?.policyArn} --access-scope ${scope}\`.`
        })
      );
    } else if (covering.every((p) => /AmazonEKSViewPolicy$/.test(p.policyArn)) && !READS.has(a.attributes.verb)) {
      out.push(
        cause({
          id: "eks-policy-view-only",
          title: `The access entry grants only AmazonEKSViewPolicy where the deploy needs to ${what}`,
          score: 88,
          evidence: [`require: ${a.requirement.line}`, ...listed.map((l) => `policy ${l}`)],
          settle,
          fix: `\`${cmd} --policy-arn arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy --access-scope ${ns ? `type=namespace,namespaces=${ns}` : "type=cluster"}\`.`
        })
      );
    }
  }
  return out;
}

// src/model/credentials.ts
function clientCertBundles(t) {
  const out = [];
  if (t.clientCert?.ok)
    out.push({ role: "client", source: t.clientCert.source, certs: t.clientCert.value });
  const fromExec = t.exec?.credential?.clientCert;
  if (fromExec?.ok) out.push({ role: "client", source: fromExec.source, certs: fromExec.value });
  return out;
}
function caBundles(t) {
  return t.ca?.ok ? [{ role: "ca", source: t.ca.source, certs: t.ca.value }] : [];
}
function tokenCredentials(t) {
  const out = [];
  for (const loaded of [t.token, t.tokenFile]) {
    if (loaded?.ok) out.push({ source: loaded.source, token: loaded.value });
  }
  const idToken = t.oidc?.from === "auth-provider" ? t.oidc.idToken : void 0;
  if (idToken && !t.oidc?.refreshToken && t.user) {
    const line = t.user.fieldLines["auth-provider"] ?? t.user.origin.line;
    const origin = { file: t.user.origin.file, ...line ? { line } : {} };
    out.push({ source: { field: "auth-provider id-token", kind: "data", origin }, token: idToken });
  }
  const execToken = t.exec?.credential?.token;
  if (execToken && t.exec) {
    out.push({ source: { field: "exec", kind: "exec", origin: t.exec.origin }, token: execToken });
  }
  return out;
}
function describeSource(source) {
  const where2 = source.origin.line ? `${source.origin.file}:${source.origin.line}` : source.origin.file;
  if (source.kind === "file") return `${source.field} file ${source.path ?? ""} (set at ${where2})`;
  if (source.kind === "exec") return `the exec plugin's credential (user at ${where2})`;
  return `${source.field} (${where2})`;
}

// src/diagnose/timeline.ts
function sentCredentials(t) {
  const live = t.live;
  if (!live) return [];
  const out = [];
  if (live.sent.includes("client-certificate")) {
    const [bundle] = clientCertBundles(t);
    const leaf = bundle?.certs[0];
    if (leaf)
      out.push({
        label: `client certificate "${leaf.subject}"`,
        kind: "certificate",
        notBefore: leaf.notBefore,
        notAfter: leaf.notAfter,
        issuedAt: leaf.notBefore
      });
  }
  const source = live.bearerSource;
  const token = source === "tokenFile" ? t.tokenFile : source === "token" ? t.token : void 0;
  if (token?.ok) out.push(tokenCredential(`token from ${source}`, token.value));
  const idToken = t.oidc?.idToken;
  if (source === "auth-provider" && idToken)
    out.push(tokenCredential("OIDC id-token from the auth-provider", idToken));
  if (source === "exec" && t.exec?.credential) {
    const c = t.exec.credential;
    const label = `token from exec plugin \`${t.exec.command}\``;
    if (c.token) out.push(tokenCredential(label, c.token, c.expirationTimestamp));
    else if (c.expirationTimestamp)
      out.push({ label, kind: "exec-credential", notAfter: c.expirationTimestamp });
  }
  return out;
}
function tokenCredential(label, token, execExpiry) {
  const notAfter = [token.expiresAt, execExpiry].filter((v) => Boolean(v)).sort((a, b) => Date.parse(a) - Date.parse(b))[0];
  return {
    label: `${label} [${token.format}]`,
    kind: "token",
    ...token.notBefore ? { notBefore: token.notBefore } : {},
    ...notAfter ? { notAfter } : {},
    ...token.issuedAt ? { issuedAt: token.issuedAt } : {},
    token
  };
}
function skewOf(t) {
  return t.live?.clock?.skewSeconds ?? 0;
}
var PRIMARY = {
  expired: ["5m", 300],
  changed: ["30m", 1800],
  issued: ["1h", 3600]
};
function windowOf(kind, ageSeconds, widen) {
  if (ageSeconds < 0) return void 0;
  const [window, limit] = PRIMARY[kind];
  if (ageSeconds <= limit) return window;
  return widen && ageSeconds <= 86400 ? "24h" : void 0;
}
function ago(seconds) {
  return `${formatDuration(Math.abs(seconds))} ${seconds >= 0 ? "ago" : "from now"}`;
}
function kubeconfigAge(t, facts) {
  const file = t.user?.origin.file;
  const f = facts.kubeconfig.files.find((x) => x.path === file);
  if (!f?.modifiedAt) return void 0;
  return { file: f.path, ageSeconds: (facts.now.getTime() - Date.parse(f.modifiedAt)) / 1e3 };
}

// src/diagnose/tls.ts
var INTERCEPTORS = /zscaler|inspection|netskope|palo ?alto|fortinet|fortigate|blue ?coat|forcepoint|websense|sophos|check ?point|cisco umbrella|mcafee|symantec|barracuda|kaspersky|eset|avast|bitdefender|mitmproxy|charles proxy|fiddler|burp|squid|proxy/i;
function chainText(f) {
  const chain = f.presented ?? [];
  if (chain.length === 0) return "the server presented no readable chain";
  return chain.map((c) => `"${c.subject}" (issuer "${c.issuer}", SHA-256 ${c.fingerprint.slice(0, 23)}\u2026)`).join(" \u2192 ");
}
function untrusted(t, facts, f) {
  const out = [];
  const top = f.presented?.[f.presented.length - 1];
  const leaf = f.presented?.[0];
  const ca = t.ca?.ok ? t.ca.value[0] : void 0;
  const proxy = t.live?.endpoint?.proxy;
  const issuerText = [top?.issuer, top?.subject, leaf?.issuer].join(" ");
  const intercepted = INTERCEPTORS.test(issuerText);
  if (intercepted || proxy) {
    out.push(
      cause({
        id: "tls-intercepting-proxy",
        title: intercepted ? `The certificate was issued by "${top?.issuer ?? leaf?.issuer}", which looks like a TLS-inspecting proxy, not the cluster` : `Traffic goes through the proxy ${proxy?.url}, which may re-sign TLS with its own CA`,
        score: intercepted ? 90 : 65,
        evidence: [
          `presented chain: ${chainText(f)}`,
          ...proxy ? [`proxy ${proxy.url} (${proxy.variable ?? proxy.source})`] : []
        ],
        settle: "Whether the presented issuer is your network\u2019s inspection CA (ask the network team), and whether the same server shows the cluster CA from outside that network.",
        fix: "Exclude the API server from TLS inspection (or add it to NO_PROXY); do not trust the proxy CA for the cluster instead."
      })
    );
  }
  if (!ca) {
    out.push(
      cause({
        id: "ca-missing",
        title: "The kubeconfig has no certificate-authority, and the server\u2019s certificate is not from a public CA",
        score: 90,
        evidence: [`presented chain: ${chainText(f)}`, "trusted: the system CA store only"],
        settle: "The cluster CA (kubeadm: /etc/kubernetes/pki/ca.crt; managed clusters: the console or `describe-cluster`).",
        fix: "Add `certificate-authority-data` (base64 of the cluster CA PEM) to the cluster entry."
      })
    );
  } else if (!f.anchoredInKubeconfigCa) {
    const written = kubeconfigAge(t, facts);
    const issued = leaf ? Date.parse(leaf.notBefore) : NaN;
    const newer = written && Number.isFinite(issued) && issued > facts.now.getTime() - written.ageSeconds * 1e3;
    out.push(
      cause({
        id: "stale-ca",
        title: newer ? `The server's certificate was issued after the kubeconfig was written, by another CA: the cluster was re-created or its CA rotated` : "The server's certificate does not chain to the kubeconfig's CA: a stale kubeconfig (cluster re-created or CA rotated) or a server URL that points at another cluster",
        score: newer ? 90 : 80,
        evidence: [
          `kubeconfig CA "${ca.subject}" SHA-256 ${ca.fingerprint.slice(0, 23)}\u2026, valid from ${ca.notBefore}`,
          `presented chain: ${chainText(f)}`,
          ...written ? [`kubeconfig written ${ago(written.ageSeconds)}`] : []
        ],
        settle: "The cluster's current CA (managed clusters: `aws eks describe-cluster --query cluster.certificateAuthority`, `az aks get-credentials`, `gcloud container clusters describe`), compared by fingerprint.",
        fix: "Fetch the kubeconfig again from the cluster (or replace certificate-authority-data with the current CA)."
      })
    );
  }
  if (leaf?.selfSigned) {
    out.push(
      cause({
        id: "self-signed-server",
        title: `The server presents a self-signed certificate "${leaf.subject}": not the cluster's serving certificate, or an API server that generated its own`,
        score: 55,
        evidence: [`presented: ${chainText(f)}`],
        settle: "What listens at this address (a load balancer or ingress with a default certificate?).",
        fix: "Point `server` at the API server itself, or give the load balancer the cluster certificate."
      })
    );
  }
  return out;
}
function hostname(t, f) {
  const names = f.altNames ?? [];
  const set = t.cluster?.value["tls-server-name"];
  return [
    cause({
      id: set ? "tls-server-name-wrong" : "wrong-host",
      title: set ? `tls-server-name "${set}" is not a name in the server's certificate` : `The server certificate is not valid for "${f.checkedName ?? t.live?.endpoint?.host}"`,
      score: 90,
      evidence: [
        `certificate names: ${names.join(", ") || "(none)"}`,
        `checked: ${f.checkedName ?? "?"}`
      ],
      settle: "The certificate\u2019s names above, against the server URL of the kubeconfig.",
      fix: names.length ? `Use one of ${names.map((n) => n.replace(/^(DNS|IP Address):/, "")).join(", ")} in \`server\`, or set \`tls-server-name\` to one of them.` : "Use the API server\u2019s real name in `server`."
    })
  ];
}
function expired(facts, f) {
  const leaf = f.presented?.[0];
  if (!leaf) return [];
  const now = facts.now.getTime();
  const after = Date.parse(leaf.notAfter);
  const before = Date.parse(leaf.notBefore);
  if (before > now) {
    return [
      cause({
        id: "runner-clock-behind",
        title: `The server certificate is valid only from ${leaf.notBefore} (${ago((now - before) / 1e3)}): the runner's clock is behind, or the certificate was just issued by a machine whose clock is ahead`,
        score: 80,
        evidence: [
          `server certificate "${leaf.subject}" notBefore ${leaf.notBefore}`,
          `runner time ${facts.now.toISOString()}`
        ],
        settle: "The runner's time sync (`timedatectl status`) against a trusted clock.",
        fix: "Fix the runner clock (NTP)."
      })
    ];
  }
  return [
    cause({
      id: "server-cert-expired",
      title: `The API server's certificate expired ${ago((now - after) / 1e3)}`,
      score: after < now ? 90 : 40,
      evidence: [`server certificate "${leaf.subject}" notAfter ${leaf.notAfter}`],
      settle: "On the control plane: `kubeadm certs check-expiration`.",
      fix: "Renew the serving certificate (kubeadm: `kubeadm certs renew apiserver`, then restart kube-apiserver)."
    })
  ];
}
function tlsCauses(t, facts, f) {
  if (f.problem === "untrusted") return untrusted(t, facts, f);
  if (f.problem === "hostname-mismatch") return hostname(t, f);
  if (f.problem === "server-cert-expired") return expired(facts, f);
  return [];
}

// src/model/aws/mapping-fix.ts
var POLICY = "arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy";
var nameOf = (arn) => arn.split("/").pop() ?? "deployer";
function mappingFix(o) {
  const region = o.region ? ` --region ${o.region}` : "";
  const role = o.principal.includes(":role/");
  const scope = o.namespaces?.length ? `type=namespace,namespaces=${o.namespaces.join(",")}` : "type=cluster";
  const sso = isSsoRoleArn(o.principal);
  const getRole = `\`aws iam get-role --role-name ${nameOf(o.principal)} --query Role.Arn\``;
  const pathNote = sso ? ` This is an IAM Identity Center (SSO) role: its full ARN has the path \`aws-reserved/sso.amazonaws.com/<region>/\` (${getRole}); the access entry needs that full ARN.` : role ? ` If the role has an IAM path, give its full ARN here (${getRole}): access entries keep the path.` : "";
  const entry = `Create an access entry and give it a policy:
\`aws eks create-access-entry --cluster-name ${o.cluster}${region} --principal-arn ${o.principal}\`
\`aws eks associate-access-policy --cluster-name ${o.cluster}${region} --principal-arn ${o.principal} --policy-arn ${POLICY} --access-scope ${scope}\`
(eksctl: list it under \`accessConfig.accessEntries\` in the ClusterConfig and run \`eksctl create accessentry -f cluster.yaml\`).${pathNote}`;
  const key = role ? "rolearn" : "userarn";
  const username = role ? `${nameOf(o.principal)}:{{SessionName}}` : nameOf(o.principal);
  const configMap = `Or map it in aws-auth (\`kubectl edit configmap aws-auth -n kube-system\`), under ${role ? "mapRoles" : "mapUsers"}, with the ARN exactly as written here (${role ? "the role, not the session ARN `arn:aws:sts::\u2026:assumed-role/\u2026`; " : ""}no path${sso ? ", not even `aws-reserved/sso.amazonaws.com/\u2026`" : ""}):
\`- ${key}: ${o.principal}\` / \`  username: ${username}\` / \`  groups: [<a group your RBAC binds>]\`
(eksctl: \`eksctl create iamidentitymapping --cluster ${o.cluster}${region} --arn ${o.principal} --username ${username} --group <group>\`).`;
  const creator = "A CONFIG_MAP cluster\u2019s creator is cluster-admin without any entry: running as the identity that created the cluster also works.";
  if (o.mode === "API") return entry;
  if (o.mode === "CONFIG_MAP")
    return `${configMap}
${creator} Access entries need the authentication mode API_AND_CONFIG_MAP first.`;
  const unknown = o.mode ? "" : "The authentication mode is unknown. ";
  return `${entry}
${configMap}
${unknown}${creator}`;
}

// src/diagnose/eks.ts
var LOGS = "The cluster\u2019s authenticator log (`/aws/eks/<cluster>/cluster`, streams `authenticator-*`): its `access denied` line for this ARN names the reason.";
function sessionCauses(aws) {
  const expired2 = callerExpired(aws) || providerExpired(aws);
  if (!expired2 && !callerInvalid(aws)) return [];
  const said = aws.caller?.ok === false ? `sts:GetCallerIdentity: ${aws.caller.code}: ${aws.caller.message}` : aws.credentials?.ok === false ? `credential provider: ${aws.credentials.detail}` : "STS refused the credentials";
  const source = aws.credentials?.ok ? ` (from ${aws.credentials.value.source})` : "";
  return [
    cause({
      id: expired2 ? "aws-session-expired" : "aws-credentials-invalid",
      title: expired2 ? `The runner's AWS session${source} has expired, so the EKS token it signs is refused` : `STS does not accept the runner's AWS credentials${source}, so neither does the cluster`,
      score: expired2 ? 98 : 94,
      evidence: [said],
      settle: "`aws sts get-caller-identity` in the same step, with the same environment.",
      fix: expired2 ? "Get a fresh session right before the deploy: re-run aws-actions/configure-aws-credentials (or raise role-duration-seconds); for an SSO profile, `aws sso login`." : "Fix the credentials the job gets (the secret, the role the OIDC step assumes, or the profile)."
    })
  ];
}
function tokenCauses(aws) {
  const token = aws.token;
  if (!token) return [];
  if (token.signedFor)
    return [
      cause({
        id: "eks-token-other-cluster",
        title: `The EKS token is made for cluster "${token.signedFor}", not "${token.clusterId}"`,
        score: 97,
        evidence: [
          `STS verifies the token with x-k8s-aws-id "${token.signedFor}" and rejects it with "${token.clusterId}"`
        ],
        settle: "Nothing more: the authenticator replays the token with its own cluster name.",
        fix: `Set the exec plugin's --cluster-name to "${token.clusterId}" (aws eks update-kubeconfig --name ${token.clusterId}).`
      })
    ];
  const r = token.replay;
  if (r.ok || !r.code) return [];
  const expired2 = isExpiredCode(r.code) || /\bSignature expired\b/.test(r.message);
  const invalid = isInvalidCode(r.code) || r.code === "AccessDenied";
  if (!expired2 && !invalid) return [];
  return [
    cause({
      id: expired2 ? "eks-token-expired" : "eks-token-rejected-by-sts",
      title: expired2 ? "STS rejects the EKS token as expired: its signature is older than 15 minutes, or the AWS session that signed it has ended" : `STS rejects the EKS token (${r.code}): the credentials that signed it are not valid`,
      score: 96,
      evidence: [`replayed to STS: ${r.status} ${r.code}: ${r.message}`],
      settle: "The exec plugin\u2019s credentials: `aws sts get-caller-identity` with the same profile and role.",
      fix: expired2 ? "Refresh the AWS session (re-run aws-actions/configure-aws-credentials, or a longer role-duration-seconds) and get a new token." : "Fix the credentials the exec plugin uses (profile, role, environment)."
    })
  ];
}
function mappingCauses(v, facts, widen) {
  const seen = principalSeen(v.aws);
  const m = mappingOf(v);
  if (!seen || !m) return [];
  const mode = authModeOf(v);
  const fix = mappingFix({
    cluster: v.api.clusterName,
    principal: seen.canonical,
    ...v.aws.region ? { region: v.aws.region } : {},
    ...mode ? { mode } : {}
  });
  if (m.source === "none") {
    const change = v.api.updates?.ok ? v.api.updates.value.find((u) => u.params.some((p) => p.type === "AuthenticationMode")) : void 0;
    const age2 = change?.createdAt ? (facts.now.getTime() - Date.parse(change.createdAt)) / 1e3 : void 0;
    const window = age2 === void 0 ? void 0 : windowOf("changed", age2, widen);
    const lint = awsAuthOf(v.t)?.lints.find(
      (l) => l.fixedArn?.toLowerCase() === seen.canonical.toLowerCase()
    );
    return [
      cause({
        id: m.reason === "aws-auth-ignored" ? "eks-aws-auth-ignored" : "eks-principal-not-mapped",
        title: m.reason === "aws-auth-ignored" ? `${seen.canonical} is mapped only in aws-auth, which API authentication mode ignores` : `${seen.canonical} is mapped by nothing: ${m.detail}`,
        score: 95,
        ...window ? { window } : {},
        evidence: [
          `authentication mode ${mode ?? "unknown"}`,
          `access entry: ${v.api.accessEntry?.ok ? "none" : "not available in CONFIG_MAP mode"}`,
          ...lint ? [`aws-auth ${lint.key ?? ""} has ${lint.entry?.arn}: ${lint.detail}`] : [],
          ...change?.createdAt ? [
            `authentication mode changed to ${change.params.find((p) => p.type === "AuthenticationMode")?.value} ${ago(age2 ?? 0)} (update ${change.id})`
          ] : []
        ],
        settle: LOGS,
        fix: lint?.fixedArn ? `Write the aws-auth entry as ${lint.fixedArn}; or:
${fix}` : fix
      })
    ];
  }
  if (m.error)
    return [
      cause({
        id: "eks-mapping-template",
        title: `aws-auth maps ${seen.canonical}, but its username template fails: ${m.error}`,
        score: 90,
        evidence: [m.detail],
        settle: LOGS,
        fix: "Use a template the caller can fill ({{SessionName}} needs an assumed role; {{EC2PrivateDNSName}} an instance id)."
      })
    ];
  const entry = v.api.accessEntry?.ok ? v.api.accessEntry.value : void 0;
  const created = entry?.createdAt ?? entry?.modifiedAt;
  const age = created ? (facts.now.getTime() - Date.parse(created)) / 1e3 : void 0;
  return [
    cause({
      id: "eks-mapped-yet-rejected",
      title: `EKS maps ${seen.canonical} (${m.detail}), yet the token is rejected: the IAM role was deleted and re-created since the mapping was made (EKS keeps the old role id), or the mapping is seconds old`,
      score: 60,
      ...age !== void 0 && age < 300 ? { window: "5m" } : {},
      evidence: [
        `${m.source}${m.username ? ` username ${m.username}` : ""}`,
        ...created ? [`access entry written ${ago(age ?? 0)}`] : []
      ],
      settle: `${LOGS} \`aws iam get-role --role-name <role> --query Role.CreateDate\` later than the entry's createdAt means it was re-created.`,
      fix: "Delete and re-create the access entry (or aws-auth entry) so that it records the current role."
    })
  ];
}
function logCauses(v) {
  const log = v.api.authenticatorLog;
  const line = log?.ok ? log.value.lines[0] : void 0;
  if (!line) return [];
  const said = /error="([^"]+)"/.exec(line.message)?.[1] ?? line.message;
  return [
    cause({
      id: "eks-authenticator-denied",
      title: `EKS's authenticator denied this principal: ${said}`,
      score: 99,
      evidence: [`${line.at} ${line.message}`],
      settle: "Settled: this is the cluster\u2019s own log line.",
      fix: /not mapped/i.test(said) ? "Map the principal (see the eks/principal-not-mapped finding)." : "Fix what the authenticator names."
    })
  ];
}
function clusterCauses(v) {
  const c = v.api.cluster;
  if (c.ok || c.code !== "ResourceNotFoundException") return [];
  const caller = v.aws.caller?.ok ? v.aws.caller.account : void 0;
  const named = v.aws.eks.accountId;
  const otherAccount = Boolean(caller && named && caller !== named);
  return [
    cause({
      id: otherAccount ? "eks-other-account" : "eks-cluster-not-found",
      title: otherAccount ? `The runner's AWS credentials are for account ${caller}, but the cluster is in account ${named}` : `EKS has no cluster "${v.api.clusterName}" in ${v.aws.region} for these credentials`,
      score: otherAccount ? 93 : 85,
      evidence: [
        `DescribeCluster ${v.api.clusterName} in ${v.aws.region}: ResourceNotFoundException`,
        ...caller ? [`caller account ${caller}`] : [],
        ...named ? [`context ARN account ${named}`] : []
      ],
      settle: `\`aws eks list-clusters --region ${v.aws.region}\` with the same credentials.`,
      fix: otherAccount ? `Assume a role in account ${named} (or map this account's role into the cluster there).` : "Fix the cluster name or region in the kubeconfig (aws eks update-kubeconfig)."
    })
  ];
}
function eksCauses(t, facts, widen) {
  const [a] = awsTargets([t]);
  if (!a) return [];
  const own = [...sessionCauses(a.aws), ...tokenCauses(a.aws)];
  const [v] = eksTargets([t]);
  if (!v) return own;
  return [...logCauses(v), ...own, ...clusterCauses(v), ...mappingCauses(v, facts, widen)];
}

// src/diagnose/rejected.ts
function rejectedCauses(c) {
  const token = c.token;
  if (!token) return [];
  if (token.malformed) {
    return [
      cause({
        id: "token-malformed",
        title: `The ${c.label} is malformed: ${token.malformed}`,
        score: 90,
        evidence: [`token fingerprint ${token.fingerprint}, ${token.length} bytes`],
        settle: "See the token/malformed finding: the defect alone makes the server reject it.",
        fix: "Store the token exactly as issued (no line breaks, spaces or quotes)."
      })
    ];
  }
  const sa = token.serviceAccount;
  if (sa) {
    return [
      cause({
        id: "service-account-token-rejected",
        title: `The service-account token for ${sa.namespace}/${sa.name} is in its validity window but rejected: the account${sa.secretName ? " or its Secret" : ""} was deleted or re-created, or the token comes from another cluster`,
        score: 70,
        evidence: [
          `sub ${token.subject ?? "?"}${sa.uid ? `, service account uid ${sa.uid}` : ""}`,
          `iss ${token.issuer ?? "?"}, issued ${token.issuedAt ?? "?"}`,
          ...sa.secretName ? [`legacy Secret ${sa.secretName}`] : []
        ],
        settle: `With working credentials: \`kubectl get serviceaccount ${sa.name} -n ${sa.namespace} -o jsonpath='{.metadata.uid}'\` \u2014 ${sa.uid ? `a uid other than ${sa.uid} means it was re-created; ` : ""}NotFound means it was deleted. The kube-apiserver log names the exact reason.`,
        fix: `Create a new token: \`kubectl create token ${sa.name} -n ${sa.namespace} --duration=1h\`, and update the secret that holds it.`
      })
    ];
  }
  if (token.format === "jwt") {
    return [
      cause({
        id: "oidc-token-rejected",
        title: `The API server does not accept this JWT from issuer ${token.issuer ?? "(none)"} for audience ${token.audience?.join(", ") ?? "(none)"}`,
        score: 65,
        evidence: [`iss ${token.issuer ?? "?"}`, `aud ${token.audience?.join(", ") ?? "?"}`],
        settle: "The API server's OIDC settings (--oidc-issuer-url and --oidc-client-id, or its AuthenticationConfiguration jwt issuers): issuer, audience and username claim must match the token.",
        fix: "Use a token from the issuer and client ID the cluster trusts, or add this issuer to the cluster\u2019s authentication configuration."
      })
    ];
  }
  if (token.format === "eks") {
    return [
      cause({
        id: "eks-identity-not-mapped",
        title: "The EKS token is in its 15-minute window, so EKS does not map the IAM identity that signed it",
        score: 70,
        evidence: [
          `signed ${token.eks?.signedAt ?? "?"} in ${token.eks?.region ?? "?"}`,
          `access key ${token.eks?.accessKeyPrefix ?? "?"}\u2026 (${token.eks?.temporaryCredentials ? "temporary" : "long-lived"})`
        ],
        settle: "The cluster's access entries (`aws eks list-access-entries`) and the aws-auth ConfigMap for the caller's ARN (`aws sts get-caller-identity`).",
        fix: "Map the IAM principal: `aws eks create-access-entry --cluster-name <c> --principal-arn <role ARN>` and `aws eks associate-access-policy \u2026`."
      })
    ];
  }
  return [
    cause({
      id: "static-token-rejected",
      title: "The static token is not known to the server: revoked, rotated, expired on the server side, or for another cluster",
      score: 60,
      evidence: [`token fingerprint ${token.fingerprint}, ${token.length} bytes`],
      settle: "The cluster's token source: its static token file, or bootstrap tokens (`kubectl -n kube-system get secrets --field-selector type=bootstrap.kubernetes.io/token`).",
      fix: "Issue a new token from the cluster, or use a service-account token (`kubectl create token`)."
    })
  ];
}

// src/diagnose/unauthorized.ts
var SKEW_SETTLE = "Compare the runner's clock (`date -u`) with the server's Date header (`curl -skI <server>/version | grep -i date`) and the runner's time sync (`timedatectl status`).";
function timeCauses(c, t, facts, widen) {
  const now = facts.now.getTime();
  const skew = skewOf(t);
  const leeway = c.token?.serviceAccount ? 6e4 : 0;
  const nbLeeway = c.token?.format === "eks" ? 3e5 : leeway;
  const serverNow = now + skew * 1e3;
  const out = [];
  if (c.notAfter) {
    const exp = Date.parse(c.notAfter) + leeway;
    if (exp <= serverNow && Date.parse(c.notAfter) > now) {
      out.push(
        cause({
          id: "clock-skew",
          title: `The server's clock is ${formatDuration(skew)} ahead of the runner's: the ${c.label} is still valid for the runner but already expired for the server`,
          score: 92,
          evidence: [
            `${c.label} expires ${c.notAfter}`,
            `measured clock skew ${skew}s (server minus runner)`
          ],
          settle: SKEW_SETTLE,
          fix: "Fix the runner clock (NTP), or renew the credential well before it expires."
        })
      );
    } else if (exp <= serverNow) {
      const age = (serverNow - Date.parse(c.notAfter)) / 1e3;
      const window = windowOf("expired", age, widen);
      out.push(
        cause({
          id: "credential-expired",
          title: `The ${c.label} expired ${ago(age)}${window === "5m" ? ", during or just before this job" : ""}`,
          score: 100,
          ...window ? { window } : {},
          evidence: [`${c.label} notAfter ${c.notAfter}`, `now ${facts.now.toISOString()}`],
          settle: "Nothing more is needed: the server rejects credentials past their expiry. Its log shows `x509: certificate has expired` or `token is expired` for this request.",
          fix: c.kind === "certificate" ? "Issue a new client certificate and update the kubeconfig or the secret that holds it." : "Get a fresh token (re-run the step that creates it, or shorten the time between that step and the deploy)."
        })
      );
    }
  }
  if (c.notBefore) {
    const nb = Date.parse(c.notBefore) - nbLeeway;
    if (nb > serverNow) {
      const skewed = Date.parse(c.notBefore) <= now;
      out.push(
        cause({
          id: skewed ? "clock-skew" : "credential-not-yet-valid",
          title: skewed ? `The server's clock is ${formatDuration(-skew)} behind the runner's: the ${c.label} is not valid yet for the server` : `The ${c.label} is not valid until ${c.notBefore} (${ago((now - nb) / 1e3)})`,
          score: skewed ? 92 : 95,
          evidence: [
            `${c.label} notBefore ${c.notBefore}`,
            `measured clock skew ${skew}s (server minus runner)`
          ],
          settle: skewed ? SKEW_SETTLE : "The clock of the machine that issued it: a credential minted by a machine whose clock runs ahead is not valid yet anywhere else.",
          fix: skewed ? "Fix the clocks (NTP on the runner and the control plane's nodes)." : "Re-issue the credential from a machine with a correct clock, or wait until it becomes valid."
        })
      );
    }
  }
  if (c.kind === "certificate" && c.issuedAt) {
    const age = (now - Date.parse(c.issuedAt)) / 1e3;
    const window = windowOf("issued", age, widen);
    if (window && out.length === 0) {
      out.push(
        cause({
          id: "credential-recently-issued",
          title: `The ${c.label} was issued ${ago(age)} and is rejected: it was likely signed by a CA this cluster does not trust`,
          score: window === "1h" ? 45 : 25,
          window,
          evidence: [`${c.label} notBefore ${c.issuedAt}`],
          settle: "The issuer of the new certificate against the API server's --client-ca-file (`openssl verify -CAfile <client-ca> client.crt`).",
          fix: "Issue the certificate from the cluster\u2019s client CA (kubeadm: `kubeadm kubeconfig user`)."
        })
      );
    }
  }
  return out;
}
function oidcCauses(t) {
  const oidc = t.oidc;
  if (!oidc || !t.live?.sent.includes("bearer-token")) return [];
  const out = [];
  const token = oidc.idToken ?? t.exec?.credential?.token;
  if (oidc.clientId && token?.audience && !token.audience.includes(oidc.clientId)) {
    out.push(
      cause({
        id: "oidc-audience-mismatch",
        title: `The ID token's audience (${token.audience.join(", ")}) does not include the client ID "${oidc.clientId}" the API server most likely expects`,
        score: 85,
        evidence: [`aud ${token.audience.join(", ")}`, `client-id ${oidc.clientId}`],
        settle: "The API server's --oidc-client-id (or its AuthenticationConfiguration audiences).",
        fix: "Request the token for the cluster\u2019s client ID."
      })
    );
  }
  const announced = t.live?.oidc?.documentIssuer;
  if (announced !== void 0) {
    out.push(
      cause({
        id: "oidc-issuer-mismatch",
        title: `The issuer announces itself as "${announced}", not "${oidc.issuer}": exact-match validation fails`,
        score: 85,
        evidence: [`discovery ${t.live?.oidc?.discoveryUrl ?? ""}`],
        settle: "The API server's --oidc-issuer-url against the discovery document's issuer.",
        fix: `Use "${announced}" as the issuer URL in the kubeconfig and the API server.`
      })
    );
  }
  return out;
}
function contextCauses(t, facts, widen) {
  const live = t.live;
  const out = [];
  if (live && live.sent.length === 0) {
    out.push(
      cause({
        id: "no-credentials",
        title: `User "${t.context?.value.user ?? "?"}" sends no credentials, and this server does not allow anonymous requests`,
        score: 95,
        evidence: ["no client certificate, token, exec plugin or auth-provider in the user entry"],
        settle: "`kubectl config view --minify` shows the user entry without credential fields.",
        fix: "Add credentials to the user (a token, client certificate, or exec plugin)."
      })
    );
  }
  if (live?.sent.includes("basic-auth")) {
    out.push(
      cause({
        id: "basic-auth-removed",
        title: "The user authenticates with username/password, which kube-apiserver removed in 1.19",
        score: 90,
        evidence: ["username/password set in the user entry"],
        settle: "The server version; no current Kubernetes accepts basic auth.",
        fix: "Use a token or client certificate instead."
      })
    );
  }
  if (live?.sent.includes("client-certificate") && t.clientCertIssuedByCa === false) {
    const leaf = sentCredentials(t).find((c) => c.kind === "certificate");
    out.push(
      cause({
        id: "client-ca-mismatch",
        title: "The client certificate was not issued by the kubeconfig's cluster CA, which kubeadm, k3s and kind clusters also use to verify clients",
        score: 80,
        evidence: [
          `${leaf?.label ?? "client certificate"} issued by ${t.clientCert?.ok ? t.clientCert.value[0]?.issuer : "?"}`,
          `cluster CA ${t.ca?.ok ? t.ca.value[0]?.subject : "?"}`
        ],
        settle: "The API server's --client-ca-file: `openssl verify -CAfile <client-ca> client.crt` (kubeadm: /etc/kubernetes/pki/ca.crt).",
        fix: "Use a client certificate issued for this cluster (the kubeconfig may mix two clusters)."
      })
    );
  }
  out.push(...oidcCauses(t));
  const written = kubeconfigAge(t, facts);
  const window = written ? windowOf("changed", written.ageSeconds, widen) : void 0;
  if (written && window) {
    out.push(
      cause({
        id: "kubeconfig-rewritten",
        title: `${written.file} was written ${ago(written.ageSeconds)}: an earlier step may have put another cluster's or user's credentials in it`,
        score: window === "30m" ? 45 : 20,
        window,
        evidence: [`modified ${ago(written.ageSeconds)}`],
        settle: "The steps before this one that write the kubeconfig (aws eks update-kubeconfig, azure/k8s-set-context, `echo $KUBECONFIG_DATA > \u2026`): which cluster and user did they set?",
        fix: "Point this step at the kubeconfig the deploy really uses, or fix the step that wrote it."
      })
    );
  }
  return out;
}
function unauthorizedCauses(t, facts) {
  const build = (widen) => {
    const causes = [];
    for (const c of sentCredentials(t)) {
      const timed = timeCauses(c, t, facts, widen);
      causes.push(...timed);
      if (!timed.some((x) => x.id !== "credential-recently-issued"))
        causes.push(...rejectedCauses(c));
    }
    const eks = eksCauses(t, facts, widen);
    const generic = eks.length ? causes.filter((c) => c.id !== "eks-identity-not-mapped") : causes;
    return [...generic, ...eks, ...contextCauses(t, facts, widen)];
  };
  const narrow = build(false);
  if (narrow.some((c) => c.window || c.id === "credential-expired")) return { causes: narrow };
  const wide = build(true);
  const note = wide.some((c) => c.window === "24h") ? "Nothing expired in the last 5 minutes, nothing was rewritten in the last 30 minutes and no certificate was issued in the last hour, so the search widened to 24 hours." : "Nothing expired, changed or was issued in the last 24 hours.";
  return { causes: wide, windowNote: note };
}

// src/diagnose/unreachable.ts
var PRIVATE_NAME = /\.(internal|local|lan|corp|cluster\.local|svc)$|privatelink|\.private\.|eks\.amazonaws\.com$|azmk8s\.io$/i;
function where(t) {
  const ep = t.live?.endpoint;
  return ep ? `${ep.host}:${ep.port}` : t.cluster?.value.server ?? "?";
}
function dns(t, facts, f) {
  const host = t.live?.endpoint?.host ?? "";
  const hosted = facts.runner.environment === "github-hosted";
  if (/\.invalid$/i.test(host)) {
    return [
      cause({
        id: "placeholder-host",
        title: `"${host}" is under the reserved .invalid domain: a placeholder, never a real server`,
        score: 95,
        evidence: [f.detail],
        settle: "The server line of the kubeconfig.",
        fix: "Put the real API server URL in `server`."
      })
    ];
  }
  const out = [
    cause({
      id: "host-does-not-resolve",
      title: `"${host}" does not resolve: a typo, a deleted cluster, or a name from a private DNS zone`,
      score: 60,
      evidence: [f.detail],
      settle: `\`getent hosts ${host}\` on the runner and on a machine inside the cluster's network.`,
      fix: "Correct the server URL, or fetch the kubeconfig again if the cluster was re-created."
    })
  ];
  if (PRIVATE_NAME.test(host)) {
    out.push(
      cause({
        id: "private-dns",
        title: `"${host}" looks like a name that only resolves inside a private network${hosted ? ", and this is a GitHub-hosted runner" : ""}`,
        score: hosted ? 90 : 70,
        evidence: [f.detail, `runner: ${facts.runner.environment ?? "unknown"}`],
        settle: "Whether the cluster endpoint is private (EKS endpointPrivateAccess, AKS private cluster, GKE private endpoint).",
        fix: "Run this job on a self-hosted runner inside the network, or enable the public endpoint with an allow-list."
      })
    );
  }
  return out;
}
function timeout(t, facts, f) {
  const cls = t.live?.endpoint?.addressClass;
  const hosted = facts.runner.environment === "github-hosted";
  if (f.phase === "tls") {
    return [
      cause({
        id: "not-an-apiserver",
        title: `TCP to ${where(t)} connects, but the TLS handshake never completes: something other than the API server answers there`,
        score: 75,
        evidence: [f.detail],
        settle: `What listens on ${where(t)} (a load balancer without healthy backends, a port-forward without a target, the wrong port).`,
        fix: "Point `server` at the API server port, and check the load balancer\u2019s backends."
      })
    ];
  }
  if (f.phase === "response") {
    return [
      cause({
        id: "apiserver-not-answering",
        title: `${where(t)} accepted the request but sent no complete answer in time: an overloaded API server or a proxy holding the request`,
        score: 70,
        evidence: [f.detail],
        settle: "The API server\u2019s health (`/readyz?verbose`) and load, or the proxy in between.",
        fix: "Retry later, raise `timeout`, or fix the component that holds the request."
      })
    ];
  }
  if (cls === "loopback") {
    return [
      cause({
        id: "local-listener-stuck",
        title: `Something on this runner holds ${where(t)} but does not accept connections: a hung port-forward, tunnel or local proxy`,
        score: 85,
        evidence: [f.detail],
        settle: `\`ss -ltnp 'sport = :${t.live?.endpoint?.port ?? 0}'\` on the runner shows which process listens there.`,
        fix: "Restart the port-forward or tunnel (or the local cluster) before this step."
      })
    ];
  }
  if (cls === "private" || cls === "link-local") {
    return [
      cause({
        id: "private-endpoint",
        title: `${where(t)} is a private address${hosted ? ", which a GitHub-hosted runner cannot reach" : " that this runner cannot reach"}`,
        score: hosted ? 95 : 75,
        evidence: [
          f.detail,
          `addresses ${t.live?.endpoint?.addresses.join(", ") ?? "?"}`,
          `runner: ${facts.runner.environment ?? "unknown"}`
        ],
        settle: "The route from the runner to that network (VPC peering, VPN, security groups).",
        fix: hosted ? "Use a self-hosted runner in the cluster\u2019s network, or the cluster\u2019s public endpoint." : "Open the path from this runner to the API server (security group, firewall, route)."
      })
    ];
  }
  return [
    cause({
      id: "firewall-drops",
      title: `Packets to ${where(t)} are dropped: a firewall or the cluster\u2019s authorized-network list does not admit this runner`,
      score: 80,
      evidence: [f.detail, `address class ${cls ?? "unknown"}`],
      settle: "The endpoint allow-list (EKS publicAccessCidrs, AKS authorized IP ranges, GKE master authorized networks) against the runner\u2019s public IP; GitHub-hosted runner IPs change between runs.",
      fix: "Admit the runner (or use a runner with a fixed egress IP) in the cluster\u2019s endpoint allow-list."
    })
  ];
}
function unreachableCauses(t, facts, f) {
  const settlePort = `\`nc -vz ${t.live?.endpoint?.host ?? "host"} ${t.live?.endpoint?.port ?? 443}\` from the runner.`;
  switch (f.reason) {
    case "dns":
      return dns(t, facts, f);
    case "timeout":
      return timeout(t, facts, f);
    case "refused":
      if (t.live?.endpoint?.addressClass === "loopback")
        return [
          cause({
            id: "local-tunnel-not-running",
            title: `Nothing listens on ${where(t)} on this runner: a port-forward, SSH tunnel or local cluster (kind, minikube) that is not running here`,
            score: 90,
            evidence: [f.detail],
            settle: "Which step should start the local endpoint, and whether the kubeconfig was copied from a developer machine.",
            fix: "Start the tunnel or local cluster before this step, or use a kubeconfig with the cluster\u2019s real address."
          })
        ];
      return [
        cause({
          id: "port-closed",
          title: `${where(t)} refuses connections: wrong port, or the API server is down`,
          score: 80,
          evidence: [f.detail],
          settle: settlePort,
          fix: "Check the port in `server` (usually 443 or 6443) and the API server\u2019s state."
        })
      ];
    case "proxy":
      return [
        cause({
          id: "proxy-refused",
          title: `The proxy ${t.live?.endpoint?.proxy?.url ?? ""} did not open a tunnel to the API server`,
          score: 90,
          evidence: [f.detail],
          settle: "The proxy\u2019s logs or policy for this destination, and its credentials.",
          fix: "Allow the API server through the proxy, or add it to NO_PROXY when it is reachable directly."
        })
      ];
    case "protocol":
      return [
        cause({
          id: "plain-http-port",
          title: `${where(t)} does not speak TLS: a plain-HTTP port (the old insecure port, a proxy or health port)`,
          score: 90,
          evidence: [f.detail],
          settle: settlePort,
          fix: "Use the API server\u2019s secure port with https://."
        })
      ];
    default:
      return [
        cause({
          id: f.reason === "reset" ? "connection-reset" : "no-route",
          title: f.reason === "reset" ? `The connection to ${where(t)} was reset: a firewall, proxy or load balancer cut it` : `There is no network route from this runner to ${where(t)}`,
          score: 80,
          evidence: [f.detail],
          settle: settlePort,
          fix: "Check the firewall, proxy and routes between the runner and the API server."
        })
      ];
  }
}

// src/diagnose/index.ts
var UNKNOWN_401 = cause({
  id: "unknown-rejection",
  title: "The server rejected the credential without saying why (401 bodies never do)",
  score: 10,
  evidence: [],
  settle: "The kube-apiserver log for this request: `Unable to authenticate the request` with the authenticator\u2019s error.",
  fix: "Get a fresh credential for this cluster."
});
function sentText(live) {
  return live.sent.length ? live.sent.join(" + ") : "no credentials";
}
function diagnoseTarget(t, facts) {
  const live = t.live;
  if (!live || live.skipped) return void 0;
  const server = live.endpoint?.server ?? t.cluster?.value.server ?? "?";
  const make = (problem, observed, causes, windowNote) => ({
    context: t.contextName,
    problem,
    observed,
    ...windowNote ? { windowNote } : {},
    causes: ranked(causes)
  });
  const tr = live.transport;
  if (tr && !tr.ok && tr.failure.kind === "unreachable") {
    const f = tr.failure;
    return make("unreachable", `${server}: ${f.detail}`, unreachableCauses(t, facts, f));
  }
  if (tr && !tr.ok && tr.failure.kind === "tls") {
    const f = tr.failure;
    return make("tls", `TLS with ${server} failed: ${f.detail}`, tlsCauses(t, facts, f));
  }
  if (live.unauthorized) {
    const { causes, windowNote } = unauthorizedCauses(t, facts);
    const observed = `401 Unauthorized from ${server} for ${sentText(live)}`;
    return make("unauthorized", observed, causes.length ? causes : [UNKNOWN_401], windowNote);
  }
  const user = seenAs(live);
  if (user === ANONYMOUS) {
    return make("anonymous", `${server} treats the requests as ${ANONYMOUS}`, anonymousCauses(t));
  }
  const denied = deniedAccess(live);
  if (liveDenied(live)) {
    const observed = denied.length ? `${user ?? "the identity"} lacks ${denied.length} required permission(s) on ${server}` : `${user ?? "the identity"} may not even create a SelfSubjectReview on ${server}`;
    const causes = [...eksAccessCauses(t, denied), ...permissionCauses(t, facts, denied)];
    return make("forbidden", observed, causes);
  }
  return void 0;
}

// src/model/finding.ts
var SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
function bySeverity(a, b) {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.id.localeCompare(b.id);
}

// src/report/eks.ts
function endpointAccess(c) {
  if (c.endpointPublicAccess === void 0 && c.endpointPrivateAccess === void 0)
    return void 0;
  const limited = publicAccessLimitedTo(c);
  const pub = c.endpointPublicAccess ? limited ? `public (${limited.join(", ")})` : "public" : "";
  return [pub, c.endpointPrivateAccess ? "private" : ""].filter(Boolean).join(" + ") || "none";
}
function eksReport(t) {
  const [v] = eksTargets([t]);
  if (!v) return void 0;
  const c = v.cluster;
  const seen = principalSeen(v.aws);
  const m = mappingOf(v);
  const policies = v.api.accessPolicies?.ok ? v.api.accessPolicies.value.map((p) => policyShortName(p.policyArn)) : void 0;
  const log = v.api.authenticatorLog;
  const access = c ? endpointAccess(c) : void 0;
  return {
    ...!v.api.cluster.ok ? { error: v.api.cluster.code } : {},
    ...c ? { status: c.status } : {},
    ...authModeOf(v) ? { authMode: authModeOf(v) } : {},
    ...access ? { endpointAccess: access } : {},
    ...seen ? { clusterSees: seen.canonical } : {},
    ...m ? {
      mapping: {
        source: m.source,
        detail: m.detail,
        ...m.username ? { username: m.username } : {},
        ...m.groups ? { groups: m.groups } : {},
        ...m.source === "access-entry" && policies ? { policies } : {}
      }
    } : {},
    ...c ? {
      authenticatorLog: !c.logTypes.includes("authenticator") ? "off" : !log ? "not asked" : !log.ok ? `not readable (${log.code})` : log.value.lines.length ? `${log.value.lines.length} access denied in ${log.value.sinceMinutes} min` : `no access denied in ${log.value.sinceMinutes} min`
    } : {}
  };
}

// src/report/aws.ts
function awsReport(t) {
  const aws = t.aws;
  if (!aws) return void 0;
  const cred = aws.credentials?.ok ? aws.credentials.value : void 0;
  const caller = aws.caller;
  const canonical = caller?.ok ? canonicalizeArn(caller.arn) : void 0;
  const eks = eksReport(t);
  return {
    ...aws.eks.clusterName ? { eksCluster: aws.eks.clusterName } : {},
    ...aws.region ? { region: aws.region } : {},
    signals: aws.eks.signals,
    ...aws.skipped ? { skipped: aws.skipped } : {},
    ...cred ? { credentialSource: cred.source } : {},
    ...cred?.expiresAt ? { sessionExpiresAt: cred.expiresAt } : {},
    ...caller?.ok ? { callerArn: caller.arn, accountId: caller.account } : {},
    ...canonical?.ok ? { principalArn: canonical.value } : {},
    ...caller && !caller.ok ? { callerError: caller.code } : {},
    ...eks ? { eks } : {}
  };
}

// src/report/live.ts
function status(t, diagnosis) {
  const live = t.live;
  if (!live || live.skipped) return "skipped";
  if (diagnosis) return diagnosis.problem;
  if (live.unusable || live.transport?.ok === false) return "not-sent";
  return "ok";
}
function liveReport(t, diagnosis) {
  const live = t.live;
  if (!live) return void 0;
  const report = { status: status(t, diagnosis), sent: live.sent, permissions: [] };
  if (live.skipped) return { ...report, note: live.skipped };
  if (live.unusable) report.note = `no request with credentials was made: ${live.unusable}`;
  const tr = live.transport;
  if (tr && !tr.ok && tr.failure.kind === "client-config")
    report.note = `no request was made, as kubectl would refuse too: ${tr.failure.detail}`;
  if (live.version) report.serverVersion = live.version.gitVersion;
  if (live.endpoint) report.addressClass = live.endpoint.addressClass;
  if (live.endpoint?.proxy) report.proxy = live.endpoint.proxy.url;
  const user = seenAs(live);
  if (live.whoami?.ok) {
    const u = live.whoami.user;
    report.identity = {
      username: u.username,
      ...u.uid ? { uid: u.uid } : {},
      groups: u.groups,
      extra: u.extra,
      source: `SelfSubjectReview ${live.whoami.apiVersion}`
    };
  } else if (user) {
    report.identity = { username: user, groups: [], extra: {}, source: "403 Status message" };
  }
  if (live.clock) report.clockSkewSeconds = live.clock.skewSeconds;
  report.permissions = live.access.map((a) => ({
    require: a.requirement.line,
    ...a.attributes ? { check: describeAccess(a.attributes) } : {},
    allowed: a.error ? null : a.allowed ?? null,
    ...a.reason || a.error ? { reason: a.reason ?? (a.error && "message" in a.error ? a.error.message : void 0) } : {}
  }));
  if (live.durationMs !== void 0) report.durationMs = live.durationMs;
  return report;
}

// src/report/model.ts
var SCHEMA_VERSION = 1;
function authMethod(t) {
  const u = t.user?.value;
  if (!u) return "none";
  const methods = [];
  if (u.exec) methods.push("exec");
  if (u["auth-provider"]) methods.push(`auth-provider:${u["auth-provider"].name ?? "?"}`);
  if (u["client-certificate"] || u["client-certificate-data"]) methods.push("client-certificate");
  if (u.token || u.tokenFile) methods.push("token");
  if (u.username || u.password) methods.push("basic-auth");
  return methods.join("+") || "none";
}
function offlineIdentity(t) {
  for (const bundle of clientCertBundles(t)) {
    const leaf = bundle.certs[0];
    if (leaf?.commonName) return leaf.commonName;
  }
  for (const { token } of tokenCredentials(t)) if (token.subject) return token.subject;
  return void 0;
}
function credentialRows(t) {
  const rows = [];
  for (const bundle of [...clientCertBundles(t), ...caBundles(t)]) {
    for (const c of bundle.certs) {
      rows.push({
        kind: bundle.role === "ca" ? "ca-certificate" : "client-certificate",
        source: describeSource(bundle.source),
        subject: c.subject,
        notBefore: c.notBefore,
        notAfter: c.notAfter,
        fingerprint: c.fingerprint
      });
    }
  }
  const plugin = { renewedBy: "exec plugin" };
  for (const { source, token } of tokenCredentials(t)) {
    rows.push({
      kind: "token",
      source: `${describeSource(source)} [${token.format}]`,
      ...source.kind === "exec" ? plugin : {},
      ...token.subject ? { subject: token.subject } : {},
      ...token.notBefore ? { notBefore: token.notBefore } : {},
      ...token.expiresAt ? { notAfter: token.expiresAt } : {},
      fingerprint: token.fingerprint
    });
  }
  const exp = t.exec?.credential?.expirationTimestamp;
  if (exp && !rows.some((r) => r.notAfter === exp)) {
    rows.push({
      kind: "exec-credential",
      source: `exec plugin ${t.exec?.command ?? ""}`,
      notAfter: exp,
      ...plugin
    });
  }
  const aws = t.aws?.credentials?.ok ? t.aws.credentials.value : void 0;
  if (aws?.expiresAt) {
    rows.push({
      kind: "aws-session",
      source: `AWS credentials (${aws.source})`,
      ...t.aws?.caller?.ok ? { subject: t.aws.caller.arn } : {},
      notAfter: aws.expiresAt
    });
  }
  return rows;
}
function contextReport(t, facts) {
  const diagnosis = diagnoseTarget(t, facts);
  const live = liveReport(t, diagnosis);
  const identity = live?.identity?.username ?? offlineIdentity(t);
  return {
    name: t.contextName,
    ...t.context?.value.cluster ? { cluster: t.context.value.cluster } : {},
    ...t.cluster?.value.server ? { server: t.cluster.value.server } : {},
    ...t.context?.value.user ? { user: t.context.value.user } : {},
    ...t.context?.value.namespace ? { namespace: t.context.value.namespace } : {},
    authMethod: authMethod(t),
    ...identity ? { identity } : {},
    credentials: credentialRows(t),
    ...live ? { live } : {},
    ...t.aws ? { aws: awsReport(t) } : {},
    ...diagnosis ? { diagnosis } : {}
  };
}
function byExpiry(contexts) {
  const at = (iso) => iso ? Date.parse(iso) : Infinity;
  return [...contexts].sort(
    (a, b) => at(a.expiresAt) - at(b.expiresAt) || a.name.localeCompare(b.name)
  );
}
function expiring(rows) {
  return rows.filter((r) => r.kind !== "ca-certificate" && !r.renewedBy && r.notAfter).sort((a, b) => Date.parse(a.notAfter) - Date.parse(b.notAfter));
}
function resultOf(findings) {
  if (findings.some((f) => f.severity === "error")) return "fail";
  if (findings.some((f) => f.severity === "warning")) return "warn";
  return "pass";
}
function buildReport(findings, facts, version, suppressed = []) {
  const sorted = [...findings].sort(bySeverity);
  const contexts = facts.targets.map((t) => {
    const c = contextReport(t, facts);
    const [first] = expiring(c.credentials);
    const mine = sorted.filter((f) => f.context === c.name);
    return {
      ...c,
      ...first ? { expiresAt: first.notAfter, expiringKind: first.kind } : {},
      status: resultOf(mine)
    };
  });
  const expiresAt = expiring(contexts.flatMap((c) => c.credentials))[0]?.notAfter;
  const identified = contexts.find((c) => c.identity);
  const identity = identified?.identity;
  const groups = identified?.live?.identity?.groups;
  const serverVersion = contexts.find((c) => c.live?.serverVersion)?.live?.serverVersion;
  const skew = contexts.find((c) => c.live?.clockSkewSeconds !== void 0)?.live?.clockSkewSeconds;
  const aws = contexts.find((c) => c.aws)?.aws;
  const count = (s) => sorted.filter((f) => f.severity === s).length;
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: "kube-preflight", version },
    generatedAt: facts.now.toISOString(),
    result: resultOf(sorted),
    counts: { errors: count("error"), warnings: count("warning"), notices: count("notice") },
    ...identity ? { identity } : {},
    ...groups ? { groups } : {},
    ...serverVersion ? { serverVersion } : {},
    ...skew !== void 0 ? { clockSkewSeconds: skew } : {},
    ...aws?.callerArn ? { awsCallerArn: aws.callerArn } : {},
    ...aws?.principalArn ? { awsPrincipalArn: aws.principalArn } : {},
    ...aws?.accountId ? { awsAccountId: aws.accountId } : {},
    ...aws?.eksCluster ? { eksCluster: aws.eksCluster } : {},
    ...aws?.eks?.authMode ? { eksAuthMode: aws.eks.authMode } : {},
    ...expiresAt ? {
      expiresAt,
      secondsToExpiry: Math.floor((Date.parse(expiresAt) - facts.now.getTime()) / 1e3)
    } : {},
    findings: sorted,
    ...suppressed.length ? { suppressed: [...suppressed].sort(bySeverity) } : {},
    ...facts.policy ? { policy: { path: facts.policy.path, applied: !!facts.policy.policy } } : {},
    ...facts.audit ? { mode: "audit" } : {},
    contexts
  };
}

export {
  ANONYMOUS,
  liveTargets,
  seenAs,
  groupsSeen,
  liveDenied,
  describeAccess,
  rbacFix,
  stripPath,
  partitionOf,
  accountOf,
  customUsernameProblem,
  awsTargets,
  eksWhy,
  callerExpired,
  callerInvalid,
  providerExpired,
  awsAuthOf,
  callerPrincipal,
  trimEndOf,
  eksTargets,
  principalSeen,
  authModeOf,
  mappingOf,
  publicAccessLimitedTo,
  normalEndpoint,
  clientCertBundles,
  caBundles,
  tokenCredentials,
  describeSource,
  mappingFix,
  diagnoseTarget,
  byExpiry,
  buildReport
};
