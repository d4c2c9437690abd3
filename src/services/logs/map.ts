/**
 * Pure mapping of CloudWatch Logs API responses to graph nodes and pending edges. No I/O.
 */
import type { LogGroup } from '@aws-sdk/client-cloudwatch-logs';
import type { Mapped } from '../../collect/mapped.ts';
import { resourceNode } from '../../collect/mapped.ts';
import { compact, iso } from '../../collect/paging.ts';
import type { LogsLogGroupAttributes } from './types.ts';

export interface LogsScope {
  partition: string;
  account: string;
  region: string;
}

/**
 * The log group's ARN without the `:*` that DescribeLogGroups's `arn` ends with (its
 * `logGroupArn` has none): the form other services (CloudTrail, IAM policies) use.
 */
export function logGroupArn(scope: LogsScope, g: LogGroup): string {
  if (g.logGroupArn) return g.logGroupArn;
  if (g.arn) return g.arn.replace(/:\*$/, '');
  return `arn:${scope.partition}:logs:${scope.region}:${scope.account}:log-group:${g.logGroupName ?? ''}`;
}

export function mapLogGroup(scope: LogsScope, g: LogGroup): Mapped<LogsLogGroupAttributes> {
  const id = logGroupArn(scope, g);
  const name = g.logGroupName ?? id;
  const kmsKeyId = g.kmsKeyId || null;
  const attributes: LogsLogGroupAttributes = compact({
    logGroupName: name,
    kmsKeyId,
    // Log group data is always encrypted at rest: by CloudWatch Logs unless a KMS key is
    // associated with the group (CloudWatch Logs User Guide, "Encrypt log data in CloudWatch
    // Logs using AWS Key Management Service").
    encryptionMode: kmsKeyId === null ? 'aws-owned' : 'kms',
    retentionInDays: g.retentionInDays ?? null,
    logGroupClass: g.logGroupClass,
    dataProtectionStatus: g.dataProtectionStatus,
    creationTime: g.creationTime === undefined ? undefined : iso(new Date(g.creationTime)),
  } satisfies LogsLogGroupAttributes);
  const node = resourceNode(scope, 'logs.log-group', id, name, {}, attributes);
  const edges =
    kmsKeyId === null
      ? []
      : [
          {
            from: id,
            kind: 'encrypted-by' as const,
            field: 'logGroups[].kmsKeyId',
            ref: kmsKeyId,
            target: { kind: 'kms-key' as const, context: { ...scope } },
          },
        ];
  return { node, edges };
}
