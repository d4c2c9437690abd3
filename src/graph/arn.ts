/**
 * Amazon Resource Names: parsing, formatting and partitions.
 *
 * An ARN is `arn:partition:service:region:account:resource`. The resource part may itself
 * contain `:` and `/` (`db:mydb`, `key/1234`, `alias/aws/s3`, `snapshot:rds:mydb-2024`).
 * Region and account may be empty (S3 buckets, IAM, EC2 snapshots have no account).
 */

export interface Arn {
  partition: string;
  service: string;
  region: string;
  account: string;
  /** Everything after the fifth colon, untouched. */
  resource: string;
  /** `key` in `key/1234`, `db` in `db:mydb`; '' when the resource has no type prefix. */
  resourceType: string;
  /** `1234` in `key/1234`, `aws/s3` in `alias/aws/s3`, the bucket name for S3. */
  resourceId: string;
}

const PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc'] as const;
export type Partition = (typeof PARTITIONS)[number];

export function isPartition(value: string): value is Partition {
  return (PARTITIONS as readonly string[]).includes(value);
}

/** Parses an ARN, or returns undefined when the string is not one. */
export function parseArn(value: string): Arn | undefined {
  if (!value.startsWith('arn:')) return undefined;
  const parts = value.split(':');
  if (parts.length < 6) return undefined;
  const [, partition, service, region, account] = parts as [string, string, string, string, string];
  const resource = parts.slice(5).join(':');
  if (partition === '' || service === '' || resource === '') return undefined;
  const { resourceType, resourceId } = splitResource(service, resource);
  return { partition, service, region, account, resource, resourceType, resourceId };
}

function splitResource(service: string, resource: string): { resourceType: string; resourceId: string } {
  // S3 bucket and object ARNs have no type prefix: arn:aws:s3:::bucket/key.
  if (service === 's3') return { resourceType: '', resourceId: resource };
  const slash = resource.indexOf('/');
  const colon = resource.indexOf(':');
  const cut = slash === -1 ? colon : colon === -1 ? slash : Math.min(slash, colon);
  if (cut === -1) return { resourceType: '', resourceId: resource };
  return { resourceType: resource.slice(0, cut), resourceId: resource.slice(cut + 1) };
}

export function formatArn(arn: Omit<Arn, 'resourceType' | 'resourceId'>): string {
  return `arn:${arn.partition}:${arn.service}:${arn.region}:${arn.account}:${arn.resource}`;
}

/** The partition a region belongs to (`cn-north-1` -> `aws-cn`). */
export function partitionOfRegion(region: string): Partition {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  if (region.startsWith('us-isob-')) return 'aws-iso-b';
  if (region.startsWith('us-isof-')) return 'aws-iso-f';
  if (region.startsWith('eu-isoe-')) return 'aws-iso-e';
  if (region.startsWith('us-iso-')) return 'aws-iso';
  if (region.startsWith('eusc-')) return 'aws-eusc';
  return 'aws';
}

export function isAccountId(value: string): boolean {
  return /^\d{12}$/.test(value);
}

/** Canonical ARN builders for the resource types the graph holds. */
export const arns = {
  kmsKey: (partition: string, region: string, account: string, keyId: string) => `arn:${partition}:kms:${region}:${account}:key/${keyId}`,
  kmsAlias: (partition: string, region: string, account: string, aliasName: string) =>
    `arn:${partition}:kms:${region}:${account}:${aliasName.startsWith('alias/') ? aliasName : `alias/${aliasName}`}`,
  s3Bucket: (partition: string, bucket: string) => `arn:${partition}:s3:::${bucket}`,
  ebsVolume: (partition: string, region: string, account: string, volumeId: string) =>
    `arn:${partition}:ec2:${region}:${account}:volume/${volumeId}`,
  /** EC2 snapshot ARNs carry no account (as AWS documents them). */
  ebsSnapshot: (partition: string, region: string, snapshotId: string) => `arn:${partition}:ec2:${region}::snapshot/${snapshotId}`,
  /** Synthetic: the account's EBS encryption-by-default setting in one region. */
  ebsDefaults: (partition: string, region: string, account: string) =>
    `arn:${partition}:ec2:${region}:${account}:ebs-encryption-by-default`,
  /** Synthetic: which trails log one region of one account. */
  cloudtrailRegion: (partition: string, region: string, account: string) =>
    `arn:${partition}:cloudtrail:${region}:${account}:region-coverage`,
  cloudtrailTrail: (partition: string, region: string, account: string, name: string) =>
    `arn:${partition}:cloudtrail:${region}:${account}:trail/${name}`,
  rds: (
    partition: string,
    region: string,
    account: string,
    kind: 'db' | 'cluster' | 'snapshot' | 'cluster-snapshot' | 'pg' | 'cluster-pg' | 'cert',
    id: string,
  ) => `arn:${partition}:rds:${region}:${account}:${kind}:${id}`,
} as const;
