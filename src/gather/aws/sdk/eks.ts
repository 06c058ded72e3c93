/** The EKS client and the read-only commands the gate sends (named, so the bundle carries no others). */
export {
  DescribeAccessEntryCommand,
  DescribeClusterCommand,
  DescribeUpdateCommand,
  EKSClient,
  ListAccessEntriesCommand,
  ListAssociatedAccessPoliciesCommand,
  ListUpdatesCommand,
} from '@aws-sdk/client-eks';
