// Generated kubeconfigs for the benchmarks: `n` contexts with service-account tokens on servers
// under .example (never contacted: the benchmarks that use them run offline).
function b64url(o) {
  return Buffer.from(JSON.stringify(o)).toString('base64url');
}

/** A JWT-shaped token (unsigned: offline checks decode, never verify) valid for `days`. */
export function token(i, days = 90) {
  const exp = Math.floor(Date.now() / 1000) + days * 86400;
  return `${b64url({ alg: 'RS256' })}.${b64url({ sub: `system:serviceaccount:ci:sa${i}`, exp, iat: Math.floor(Date.now() / 1000) - 100 })}.c2ln`;
}

/** A kubeconfig of `n` contexts (ctx-0 current), each with its own cluster and token user. */
export function tokenFleet(n) {
  const lines = ['apiVersion: v1', 'kind: Config', 'current-context: ctx-0', 'clusters:'];
  for (let i = 0; i < n; i++)
    lines.push(
      `  - name: cluster-${i}`,
      '    cluster:',
      `      server: https://c${i}.k8s.example:6443`,
    );
  lines.push('contexts:');
  for (let i = 0; i < n; i++) {
    lines.push(
      `  - name: ctx-${i}`,
      '    context:',
      `      cluster: cluster-${i}`,
      `      user: user-${i}`,
      '      namespace: apps',
    );
  }
  lines.push('users:');
  // Expiries spread over a year, so that the audit's expiry order has work to do.
  for (let i = 0; i < n; i++)
    lines.push(
      `  - name: user-${i}`,
      '    user:',
      `      token: ${token(i, 1 + ((i * 37) % 365))}`,
    );
  return `${lines.join('\n')}\n`;
}
