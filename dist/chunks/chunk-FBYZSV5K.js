import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);

// src/policy/model.ts
var DEFAULT_POLICY_PATH = ".github/kube-preflight.yml";
var MAX_POLICY_BYTES = 256 * 1024;
var TOO_LARGE = `is larger than ${MAX_POLICY_BYTES / 1024} KiB`;
var untilEnd = (until) => Date.parse(`${until}T00:00:00Z`) + 864e5;

export {
  DEFAULT_POLICY_PATH,
  MAX_POLICY_BYTES,
  TOO_LARGE,
  untilEnd
};
