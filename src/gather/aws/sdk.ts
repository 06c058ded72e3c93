/**
 * The AWS SDK packages are CommonJS: a bundled `import()` hands their exports back under
 * `default`, Node's own loader as named exports. Either way, these return the exports.
 */
type Mod<T> = T | { default: T };

function exportsOf<T extends object>(mod: Mod<T>): T {
  return 'default' in mod && mod.default ? (mod.default as T) : (mod as T);
}

/** The default credential chain alone (not the whole credential-providers package, Cognito and all). */
export async function credentialChain() {
  return exportsOf(await import('@aws-sdk/credential-provider-node'));
}

export async function stsClient() {
  return exportsOf(await import('@aws-sdk/client-sts'));
}

export async function eksClient() {
  return exportsOf(await import('@aws-sdk/client-eks'));
}

export async function logsClient() {
  return exportsOf(await import('@aws-sdk/client-cloudwatch-logs'));
}
