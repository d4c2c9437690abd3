/**
 * ARN patterns read field by field. An ARN is `arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE`
 * and the resource may itself hold colons (IAM User Guide, "IAM identifiers", ARN format).
 * `ArnLike` checks each of the six colon-delimited fields on its own (IAM User Guide, "IAM
 * JSON policy elements: Condition operators", ARN condition operators); a real ARN has no
 * colon in its first five fields, so a `StringLike` pattern on an ARN key can match only the
 * same way. A wildcard in the resource field therefore never opens the account field.
 */
import { globMatch, hasWildcard } from './glob.ts';

export interface ArnFields {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

/** The fields of an ARN (or ARN pattern), or undefined when it does not have six of them. */
export function splitArn(value: string): ArnFields | undefined {
  const parts = value.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return undefined;
  return {
    partition: parts[1]!,
    service: parts[2]!,
    region: parts[3]!,
    account: parts[4]!,
    resource: parts.slice(5).join(':'),
  };
}

/**
 * What a pattern says about the account of the ARNs it matches: a fixed account, `open`
 * (a wildcard that can stand for any account, or a pattern too short to have fields), or
 * `none` (the ARN format has no account, as for S3 buckets).
 */
export type ArnAccount = { kind: 'fixed'; account: string } | { kind: 'open' } | { kind: 'none' };

export function arnPatternAccount(pattern: string, like: boolean): ArnAccount {
  const fields = splitArn(pattern);
  if (fields === undefined) return like && hasWildcard(pattern) ? { kind: 'open' } : { kind: 'fixed', account: pattern };
  if (like && hasWildcard(fields.account)) return { kind: 'open' };
  return fields.account === '' ? { kind: 'none' } : { kind: 'fixed', account: fields.account };
}

/** Whether the resource field of a pattern matches every resource (`*`): it names no one in particular. */
export function coversEveryResource(pattern: string): boolean {
  const fields = splitArn(pattern);
  return fields !== undefined && /^\*+$/.test(fields.resource);
}

/** Whether an ARN pattern matches a concrete ARN, each field on its own. */
export function arnMatches(pattern: string, arn: string, ignoreCase = false): boolean {
  const p = splitArn(pattern);
  const v = splitArn(arn);
  if (p === undefined || v === undefined) return globMatch(pattern, arn, ignoreCase);
  return (
    globMatch(p.partition, v.partition, ignoreCase) &&
    globMatch(p.service, v.service, ignoreCase) &&
    globMatch(p.region, v.region, ignoreCase) &&
    globMatch(p.account, v.account, ignoreCase) &&
    globMatch(p.resource, v.resource, ignoreCase)
  );
}
