import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
import {
  renderTerminal
} from "./chunk-AHPMM5OX.js";
import {
  runEngine
} from "./chunk-BSGRJSND.js";
import "./chunk-DF4FYQDL.js";
import {
  parseConfig
} from "./chunk-LGUC3XMW.js";
import "./chunk-I4BLV3Y7.js";
import "./chunk-FBYZSV5K.js";
import {
  renderSummary
} from "./chunk-UQX6GARV.js";
import "./chunk-P7UKCDW3.js";
import "./chunk-F77AKLAS.js";
import "./chunk-V3ZPJ5RY.js";
import "./chunk-4A4SSQ3P.js";
import "./chunk-DXAEI2LH.js";
import "./chunk-H5DNCB4H.js";

// src/demo/run.ts
import { mkdtempSync as mkdtempSync2, rmSync, writeFileSync as writeFileSync2 } from "node:fs";
import * as os from "node:os";
import * as path2 from "node:path";

// src/demo/sandbox.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";

// src/demo/pki.ts
import {
  generateKeyPairSync,
  randomBytes,
  sign,
  X509Certificate
} from "node:crypto";
import { isIP } from "node:net";
function len(n) {
  if (n < 128) return Buffer.from([n]);
  const bytes = [];
  for (let v = n; v > 0; v >>= 8) bytes.unshift(v & 255);
  return Buffer.from([128 | bytes.length, ...bytes]);
}
var tlv = (tag, ...content) => {
  const body = Buffer.concat(content);
  return Buffer.concat([Buffer.from([tag]), len(body.length), body]);
};
var seq = (...c) => tlv(48, ...c);
var set = (...c) => tlv(49, ...c);
var explicit = (n, ...c) => tlv(160 + n, ...c);
var bool = (v) => tlv(1, Buffer.from([v ? 255 : 0]));
var octets = (b) => tlv(4, b);
var bits = (b) => tlv(3, Buffer.from([0]), b);
var utf8 = (s) => tlv(12, Buffer.from(s, "utf8"));
var nul = () => Buffer.from([5, 0]);
function int(b) {
  const body = b[0] !== void 0 && b[0] & 128 ? Buffer.concat([Buffer.from([0]), b]) : b;
  return tlv(2, body);
}
function oid(dotted) {
  const [a, b, ...rest] = dotted.split(".").map(Number);
  const out = [a * 40 + b];
  for (const n of rest) {
    const chunk = [n & 127];
    for (let v = n >> 7; v > 0; v >>= 7) chunk.unshift(v & 127 | 128);
    out.push(...chunk);
  }
  return tlv(6, Buffer.from(out));
}
function time(d) {
  const iso = d.toISOString().replace(/[-:T]/g, "").slice(0, 14) + "Z";
  const y = d.getUTCFullYear();
  return y >= 1950 && y < 2050 ? tlv(23, Buffer.from(iso.slice(2))) : tlv(24, Buffer.from(iso));
}
function name(cn, orgs = []) {
  const rdn = (type, value) => set(seq(oid(type), utf8(value)));
  return seq(...orgs.map((o) => rdn("2.5.4.10", o)), rdn("2.5.4.3", cn));
}
function signatureAlgorithm(key) {
  const type = key.asymmetricKeyType;
  if (type === "rsa") return { der: seq(oid("1.2.840.113549.1.1.11"), nul()), hash: "sha256" };
  if (type === "ed25519") return { der: seq(oid("1.3.101.112")), hash: null };
  const p384 = key.asymmetricKeyDetails?.namedCurve === "secp384r1";
  return {
    der: seq(oid(p384 ? "1.2.840.10045.4.3.3" : "1.2.840.10045.4.3.2")),
    hash: p384 ? "sha384" : "sha256"
  };
}
function extensions(o) {
  const ext = (id, critical, value) => seq(oid(id), ...critical ? [bool(true)] : [], octets(value));
  const list = [ext("2.5.29.19", true, seq(...o.isCA ? [bool(true)] : []))];
  list.push(
    ext(
      "2.5.29.15",
      true,
      o.isCA ? tlv(3, Buffer.from([1, 6])) : tlv(3, Buffer.from([5, 160]))
    )
  );
  const eku = {
    client: ["1.3.6.1.5.5.7.3.2"],
    server: ["1.3.6.1.5.5.7.3.1"],
    both: ["1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2"],
    none: []
  }[o.usage];
  if (!o.isCA && eku.length) list.push(ext("2.5.29.37", false, seq(...eku.map(oid))));
  if (o.sans.length) {
    const names = o.sans.map((s) => {
      const ip = isIP(s);
      if (ip === 4) return tlv(135, Buffer.from(s.split(".").map(Number)));
      return tlv(130, Buffer.from(s, "ascii"));
    });
    list.push(ext("2.5.29.17", false, seq(...names)));
  }
  return explicit(3, seq(...list));
}
function makeKey(type = "p256") {
  switch (type) {
    case "rsa":
      return generateKeyPairSync("rsa", { modulusLength: 2048 });
    case "ed25519":
      return generateKeyPairSync("ed25519");
    default:
      return generateKeyPairSync("ec", {
        namedCurve: type === "p384" ? "secp384r1" : "prime256v1"
      });
  }
}
var DAY = 864e5;
function makeCert(o) {
  const pair = o.keyPair ?? makeKey(o.keyType);
  const signer = o.issuer?.key ?? pair.privateKey;
  const alg = signatureAlgorithm(signer);
  const notBefore = o.notBefore ?? new Date(Date.now() - DAY);
  const notAfter = o.notAfter ?? new Date(Date.now() + 365 * DAY);
  const subject = name(o.cn, o.orgs);
  const tbs = seq(
    explicit(0, int(Buffer.from([2]))),
    int(Buffer.concat([Buffer.from([1]), randomBytes(15)])),
    alg.der,
    o.issuer ? o.issuer.subjectDer : subject,
    seq(time(notBefore), time(notAfter)),
    subject,
    pair.publicKey.export({ type: "spki", format: "der" }),
    extensions({
      isCA: o.isCA ?? false,
      sans: o.sans ?? [],
      usage: o.usage ?? (o.isCA ? "none" : "client")
    })
  );
  const der = seq(tbs, alg.der, bits(sign(alg.hash, tbs, signer)));
  const certPem = `-----BEGIN CERTIFICATE-----
${der.toString("base64").replace(/.{64}/g, "$&\n").replace(/\n?$/, "\n")}-----END CERTIFICATE-----
`;
  const keyPem = pair.privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  return {
    certPem,
    keyPem,
    key: pair.privateKey,
    cert: new X509Certificate(certPem),
    cn: o.cn,
    subjectDer: subject
  };
}
function makeCA(o = { cn: "test-ca" }) {
  return makeCert({ ...o, isCA: true });
}
var b64 = (pem) => Buffer.from(pem).toString("base64");

// src/demo/sandbox.ts
var MINUTE = 6e4;
var DAY2 = 864e5;
function token(sub, expiresInMs, now) {
  const part = (o) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const exp = Math.floor((now + expiresInMs) / 1e3);
  return `${part({ alg: "RS256", kid: "demo" })}.${part({ iss: "https://kubernetes.default.svc", sub, iat: Math.floor(now / 1e3) - 600, exp })}.${randomBytes2(64).toString("base64url")}`;
}
function makeSandbox(now = Date.now()) {
  const dir = mkdtempSync(path.join(tmpdir(), "kube-preflight-demo-"));
  const ca = makeCA({
    cn: "demo-cluster-ca",
    notBefore: new Date(now - 400 * DAY2),
    notAfter: new Date(now + 3e3 * DAY2)
  });
  const expired = makeCert({
    cn: "prod-deployer",
    orgs: ["deployers"],
    issuer: ca,
    notBefore: new Date(now - 92 * DAY2),
    notAfter: new Date(now - 2 * DAY2)
  });
  const caData = b64(ca.certPem);
  const cluster = (name2, host) => `- name: ${name2}
  cluster:
    server: https://${host}:6443
    certificate-authority-data: ${caData}`;
  const platform = [
    "apiVersion: v1",
    "kind: Config",
    "current-context: prod",
    "clusters:",
    cluster("prod", "prod.k8s.invalid"),
    cluster("staging", "staging.k8s.invalid"),
    cluster("shared", "shared-platform.k8s.invalid"),
    cluster("dev", "dev.k8s.invalid"),
    "contexts:",
    "- {name: prod, context: {cluster: prod, user: prod-deployer, namespace: apps}}",
    "- {name: staging, context: {cluster: staging, user: staging-sso}}",
    "- {name: ci, context: {cluster: shared, user: ci-bot}}",
    "- {name: dev, context: {cluster: dev, user: dev}}",
    "users:",
    "- name: prod-deployer",
    "  user:",
    `    client-certificate-data: ${b64(expired.certPem)}`,
    `    client-key-data: ${b64(expired.keyPem)}`,
    "- name: staging-sso",
    "  user:",
    "    exec:",
    "      apiVersion: client.authentication.k8s.io/v1beta1",
    "      command: kp-demo-sso-login",
    "      args: [token, --cluster, staging]",
    "      installHint: Install kp-demo-sso-login from the platform team (example.invalid/sso).",
    "      interactiveMode: Never",
    "- name: ci-bot",
    `  user: {token: ${token("system:serviceaccount:ci:deployer", 8 * MINUTE, now)}}`,
    "- name: dev",
    `  user: {token: ${token("system:serviceaccount:dev:deployer", 90 * DAY2, now)}}`,
    ""
  ].join("\n");
  const team = [
    "apiVersion: v1",
    "kind: Config",
    "clusters:",
    cluster("shared", "shared-team.k8s.invalid"),
    "contexts:",
    "- {name: team, context: {cluster: shared, user: dev}}",
    ""
  ].join("\n");
  const files = ["platform.yaml", "team.yaml"].map((f) => path.join(dir, f));
  writeFileSync(files[0], platform, { mode: 384 });
  writeFileSync(files[1], team, { mode: 384 });
  return {
    dir,
    kubeconfig: files.join(path.delimiter),
    faults: {
      prod: "a client certificate that expired two days ago",
      staging: "an exec plugin that is not installed",
      ci: "a token that expires in 8 minutes, in the middle of a 15-minute deploy",
      team: "a cluster name that platform.yaml already defines, so kubectl uses the other server",
      dev: "healthy"
    }
  };
}

// src/demo/run.ts
async function runDemo(io) {
  const sandbox = makeSandbox();
  try {
    await audit(io, sandbox);
  } finally {
    rmSync(sandbox.dir, { recursive: true, force: true });
  }
  if (io.live) await liveCheck(io, io.live);
}
var bolder = (io) => (s) => io.colour ? `\x1B[1m${s}\x1B[0m` : s;
var UNUSED_REPORT = path2.join(os.tmpdir(), "kube-preflight-demo-report.json");
async function audit(io, sandbox) {
  const bold = bolder(io);
  io.out(
    `${bold("kube-preflight demo")}: an audit of generated kubeconfigs with realistic faults
  KUBECONFIG=${sandbox.kubeconfig}
` + Object.entries(sandbox.faults).map(([ctx, what]) => `  ${ctx.padEnd(8)} ${what}`).join("\n") + "\n  (offline: the servers are under .invalid and are never contacted)\n\n"
  );
  const values = { mode: "audit", offline: "true", "warn-within": "30d" };
  const config = parseConfig((name2) => values[name2], { reportPath: UNUSED_REPORT });
  const env = { ...io.env, KUBECONFIG: sandbox.kubeconfig, HOME: sandbox.dir };
  const { report, secrets } = await runEngine(config, { env, cwd: sandbox.dir });
  io.out(secrets.scrub(renderTerminal(report, io.colour)));
  const summary = io.summaryFile ?? path2.join(mkdtempSync2(path2.join(os.tmpdir(), "kube-preflight-demo-summary-")), "summary.md");
  writeFileSync2(summary, secrets.scrub(renderSummary(report)));
  io.out(`
The job summary GitHub would show is in ${summary}
`);
}
async function liveCheck(io, live) {
  const bold = bolder(io);
  io.out(`
${bold("Live")}: the gate against the running cluster in ${live.kubeconfig}
`);
  io.out(live.require.map((r) => `  require: ${r}
`).join("") + "\n");
  const values = {
    kubeconfig: live.kubeconfig,
    require: live.require.join("\n"),
    "warn-within": "1h"
  };
  const config = parseConfig((name2) => values[name2], { reportPath: UNUSED_REPORT });
  const { report, secrets } = await runEngine(config, { env: { ...io.env, KUBECONFIG: "" } });
  io.out(secrets.scrub(renderTerminal(report, io.colour)));
}
export {
  runDemo
};
