import { defineCheck } from '../../model/check.js';
import type { FindingDraft } from '../../model/finding.js';
import { fieldAt, fieldLocation, isSet } from '../../model/kubeconfig-rules.js';

export default defineCheck({
  id: 'kubeconfig/multiple-auth-methods',
  title: 'User sets conflicting authentication methods',
  severity: 'error',
  description:
    'client-go allows one of token and basic auth per user, and never `exec` together with ' +
    '`auth-provider`. kubectl refuses such a user: "more than one authentication method found for ' +
    '<user>; found [token basicAuth], only one is allowed" or "authProvider cannot be provided in ' +
    'combination with an exec plugin for <user>". (A client certificate with a token is allowed.)',
  remediation:
    'Keep the one method you mean and unset the rest, e.g. `kubectl config unset ' +
    'users.<user>.auth-provider` after moving to an exec plugin, or `kubectl config unset ' +
    'users.<user>.username` and `users.<user>.password` when using a token. Regenerating the ' +
    'kubeconfig with the cloud CLI writes a single method.',
  run({ targets }) {
    const out: FindingDraft[] = [];
    for (const t of targets) {
      const u = t.user;
      if (!u) continue;
      const v = u.value;
      const found: string[] = [];
      if (isSet(v.token)) found.push('token');
      if (isSet(v.username) || isSet(v.password)) found.push('basicAuth');
      const errors: { text: string; field: string }[] = [];
      if (found.length > 1) {
        errors.push({
          text: `more than one authentication method found for ${u.name}; found [${found.join(' ')}], only one is allowed`,
          field: 'token',
        });
      }
      if (v.exec && v['auth-provider']) {
        errors.push({
          text: `authProvider cannot be provided in combination with an exec plugin for ${u.name}`,
          field: 'auth-provider',
        });
      }
      for (const e of errors) {
        out.push({
          message: `User "${u.name}" (${fieldAt(u, e.field)}): kubectl fails with "${e.text}".`,
          context: t.contextName,
          evidence: { user: u.name, methods: found, file: u.origin.file },
          location: fieldLocation(u, e.field),
        });
      }
    }
    return out;
  },
});
