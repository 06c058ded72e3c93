/** The live and AWS phases' code: loaded (with node:tls, node:https, …) only for a run that is not offline. */
export { gatherAws } from './aws/index.js';
export { speculate } from './aws/speculative-token.js';
export { gatherLive } from './cluster/index.js';
