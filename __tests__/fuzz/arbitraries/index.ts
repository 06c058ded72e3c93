/**
 * Generators for the fuzz tests: random structures rendered as YAML and JSON, mutations of real
 * seeds (kubeconfigs, PEM certificates and keys, base64 fields, JWTs, presigned EKS tokens, exec
 * plugin output) and the text-level damage files suffer (BOM, CRLF, tabs, truncation, binary junk,
 * duplicate keys, anchors and alias bombs, deep nesting, huge strings).
 */
export { aliasBomb, bombAnchor } from './alias-bomb.js';
export { arn, awsAuthData, ssoRoleArn } from './aws.js';
export { execStdout } from './exec-output.js';
export {
  kubeconfigInput,
  kubeconfigObject,
  kubeconfigText,
  PLUGIN,
  V1,
  V1BETA1,
} from './kubeconfig.js';
export { anyValue, huge, maybeHuge, NOW, special, text } from './misc.js';
export { base64Field, certPem, intactPem, keyPem, pemVariant, seeds } from './pem.js';
export { durationText, policyText, requirementsText } from './policy.js';
export { eksToken, jwt, token } from './tokens.js';
export { damage, mutateTree, render, yamlFrom } from './yaml.js';
