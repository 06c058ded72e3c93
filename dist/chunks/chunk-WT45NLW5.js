import { createRequire as __kpCreateRequire } from 'node:module';
const require = __kpCreateRequire(import.meta.url);
var DEFAULT_POLICY_PATH=".github/kube-preflight.yml";var TOO_LARGE="is larger than 256 KiB",untilEnd=until=>Date.parse(`${until}T00:00:00Z`)+864e5;export{DEFAULT_POLICY_PATH,TOO_LARGE,untilEnd};
