/** The tests' PKI is the demo's (src/demo/pki.ts): certificates built by hand, any validity. */
export * from '../../src/demo/pki.js';
