/**
 * The AWS SDK, loaded when an AWS phase needs it. Each loader imports a module that names the
 * client and commands it uses, so the bundle (the SDK's ES module builds) leaves the rest of each
 * client out: every other command, its shapes and the client's aggregated class, waiters and
 * paginators.
 */
export const credentialChain = () => import('./sdk/credentials.js');
export const stsClient = () => import('./sdk/sts.js');
export const eksClient = () => import('./sdk/eks.js');
export const logsClient = () => import('./sdk/logs.js');
