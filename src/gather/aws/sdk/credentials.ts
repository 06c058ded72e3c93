/** The default credential chain alone (not the whole credential-providers package, Cognito and all). */
export { defaultProvider } from '@aws-sdk/credential-provider-node';
