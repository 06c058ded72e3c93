/**
 * The AWS SDK packages are CommonJS: a bundled `import()` hands their exports back under
 * `default`, Node's own loader as named exports. Either way, these return the exports.
 */
type Mod<T> = T | { default: T };

function exportsOf<T extends object>(mod: Mod<T>): T {
  return 'default' in mod && mod.default ? (mod.default as T) : (mod as T);
}

export async function credentialProviders() {
  return exportsOf(await import('@aws-sdk/credential-providers'));
}

export async function stsClient() {
  return exportsOf(await import('@aws-sdk/client-sts'));
}
