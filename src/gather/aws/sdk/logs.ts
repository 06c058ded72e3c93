/** The CloudWatch Logs client and the one command the gate sends (the authenticator's log lines). */
export { CloudWatchLogsClient, FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
