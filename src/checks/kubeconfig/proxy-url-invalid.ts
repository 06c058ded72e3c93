import { defineCheck } from '../../model/check.js';
import type { FindingDraft } from '../../model/finding.js';
import { fieldAt, fieldLocation, isSet, withoutUserInfo } from '../../model/kubeconfig-rules.js';

const SCHEMES = ['http:', 'https:', 'socks5:'];

function problem(proxy: string): string | undefined {
  let url: URL;
  try {
    url = new URL(proxy);
  } catch {
    return `could not parse: ${withoutUserInfo(proxy)}`;
  }
  if (!SCHEMES.includes(url.protocol)) {
    return `unsupported scheme "${url.protocol.slice(0, -1)}", must be http, https, or socks5`;
  }
  return url.hostname ? undefined : 'has no host';
}

export default defineCheck({
  id: 'kubeconfig/proxy-url-invalid',
  title: 'Cluster proxy-url is invalid',
  severity: 'error',
  description:
    "A cluster's `proxy-url` must be an http, https or socks5 URL. Otherwise kubectl refuses the " +
    'context: `invalid \'proxy-url\' "<url>" for cluster "<name>": unsupported scheme "<s>", must ' +
    'be http, https, or socks5`. When `proxy-url` is unset, HTTPS_PROXY/NO_PROXY apply instead.',
  remediation:
    'Fix or remove the proxy: `kubectl config set clusters.<name>.proxy-url ' +
    'http://proxy.example:3128` (or `socks5://127.0.0.1:1080` for an SSH tunnel, `ssh -D 1080 ' +
    '<bastion>`), or `kubectl config unset clusters.<name>.proxy-url` to use the environment.',
  run({ targets }) {
    const out: FindingDraft[] = [];
    for (const t of targets) {
      const c = t.cluster;
      const proxy = c?.value['proxy-url'];
      if (!c || !isSet(proxy)) continue;
      const why = problem(proxy);
      if (!why) continue;
      out.push({
        message: `proxy-url of cluster "${c.name}" (${fieldAt(c, 'proxy-url')}) is invalid: ${why}.`,
        context: t.contextName,
        evidence: { cluster: c.name, proxyUrl: withoutUserInfo(proxy), file: c.origin.file },
        location: fieldLocation(c, 'proxy-url'),
      });
    }
    return out;
  },
});
