/** The STS client and the one command the gate sends (named, so the bundle carries no others). */
export { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
