/**
 * Pure mapping of S3 API responses to graph nodes and pending edges. No I/O.
 */
import type { GetBucketVersioningOutput, ReplicationConfiguration, ReplicationRule, ServerSideEncryptionRule } from '@aws-sdk/client-s3';
import { arns, parseArn } from '../../graph/arn.ts';
import type { S3BucketAttributes, S3EncryptionRule, S3ReplicationRule } from './types.ts';
import type { PendingEdge } from '../../graph/build.ts';
import type { GraphNode } from '../../graph/types.ts';
import { parsePolicy } from '../../collect/policy-document.ts';
import { compact, iso } from '../../collect/paging.ts';

/** The AWS managed key S3 uses for SSE-KMS when a rule names no key. */
export const S3_AWS_MANAGED_KEY_ALIAS = 'alias/aws/s3';

/**
 * The region of a `GetBucketLocation` answer. Buckets in us-east-1 answer a null (absent)
 * or empty constraint, and the legacy constraint `EU` means eu-west-1 (S3 API reference,
 * GetBucketLocation).
 */
export function regionFromLocationConstraint(constraint: string | null | undefined): string {
  if (constraint === undefined || constraint === null || constraint === '') return 'us-east-1';
  if (constraint === 'EU') return 'eu-west-1';
  return constraint;
}

/** What `GetBucketEncryption` answered: the rules, or that the bucket has no configuration (an emulator's 404). */
export type EncryptionAnswer = { configured: true; rules: readonly ServerSideEncryptionRule[] } | { configured: false };

export interface BucketDetails {
  name: string;
  region: string;
  creationDate?: Date;
  /** Each is undefined when it could not be read (a gap says why). */
  encryption?: EncryptionAnswer;
  /** The policy text, or null when the bucket has none. */
  policy?: string | null;
  versioning?: Pick<GetBucketVersioningOutput, 'Status' | 'MFADelete'>;
  /** The replication configuration, or null when there is none. */
  replication?: ReplicationConfiguration | null;
}

const KMS_ALGORITHMS = new Set(['aws:kms', 'aws:kms:dsse']);

export function mapEncryptionRule(r: ServerSideEncryptionRule): S3EncryptionRule {
  return compact({
    sseAlgorithm: r.ApplyServerSideEncryptionByDefault?.SSEAlgorithm,
    kmsMasterKeyId: r.ApplyServerSideEncryptionByDefault?.KMSMasterKeyID || null,
    bucketKeyEnabled: r.BucketKeyEnabled,
    blockedEncryptionTypes: r.BlockedEncryptionTypes?.EncryptionType ? [...r.BlockedEncryptionTypes.EncryptionType] : undefined,
  });
}

/** The encryption attributes of a bucket from its `GetBucketEncryption` answer. */
export function encryptionAttributes(answer: EncryptionAnswer): S3BucketAttributes {
  if (!answer.configured) {
    // No configuration: AWS has applied SSE-S3 to every new object since January 2023.
    return {
      encryptionSource: 'implicit',
      encryptionRules: [],
      defaultEncryption: 'sse-s3',
      encryptionMode: 'aws-owned',
      bucketKeyEnabled: false,
      sseCBlocked: false,
    };
  }
  const rules = answer.rules.map(mapEncryptionRule);
  const algorithms = new Set(rules.map((r) => r.sseAlgorithm));
  const defaultEncryption = algorithms.has('aws:kms:dsse') ? 'dsse-kms' : algorithms.has('aws:kms') ? 'sse-kms' : 'sse-s3';
  return {
    encryptionSource: 'configured',
    encryptionRules: rules,
    defaultEncryption,
    encryptionMode: defaultEncryption === 'sse-s3' ? 'aws-owned' : 'kms',
    bucketKeyEnabled: rules.some((r) => r.bucketKeyEnabled === true),
    sseCBlocked: rules.some((r) => r.blockedEncryptionTypes?.includes('SSE-C') === true),
  };
}

/** The bucket name in a `Destination.Bucket` value (an ARN, or a bare name). */
export function bucketNameOf(destination: string): string {
  return destination.startsWith('arn:') ? (parseArn(destination)?.resourceId ?? destination) : destination;
}

function rulePrefix(r: ReplicationRule): string | undefined {
  return r.Filter?.Prefix ?? r.Filter?.And?.Prefix ?? r.Prefix;
}

/**
 * One replication rule. `regionOf` gives the region of a bucket of the scanned account
 * (from ListBuckets), so the destination's region is known even when it was not collected.
 */
export function mapReplicationRule(
  r: ReplicationRule,
  account: string,
  regionOf: (bucket: string) => string | undefined,
): S3ReplicationRule {
  const destination = r.Destination?.Bucket ?? '';
  const destinationAccount = r.Destination?.Account;
  const replicaKey = r.Destination?.EncryptionConfiguration?.ReplicaKmsKeyID || undefined;
  const replicaKeyArn = replicaKey?.startsWith('arn:') ? parseArn(replicaKey) : undefined;
  const ownBucket = destinationAccount === undefined || destinationAccount === account;
  return compact({
    id: r.ID,
    status: r.Status ?? '',
    priority: r.Priority,
    prefix: rulePrefix(r),
    destinationBucket: destination,
    destinationAccount,
    destinationRegion: ownBucket && destination !== '' ? regionOf(bucketNameOf(destination)) : undefined,
    storageClass: r.Destination?.StorageClass,
    replicaKmsKeyId: replicaKey ?? null,
    replicaKmsKeyRegion: replicaKeyArn?.region || undefined,
    sseKmsEncryptedObjects: r.SourceSelectionCriteria?.SseKmsEncryptedObjects?.Status ?? null,
    deleteMarkerReplication: r.DeleteMarkerReplication?.Status,
  });
}

/** A bucket node and the references it holds (keys, replication destinations). */
export function mapBucket(
  partition: string,
  account: string,
  d: BucketDetails,
  regionOf: (bucket: string) => string | undefined = () => undefined,
): { node: GraphNode<S3BucketAttributes>; edges: PendingEdge[] } {
  const id = arns.s3Bucket(partition, d.name);
  const replication =
    d.replication === undefined
      ? undefined
      : d.replication === null
        ? null
        : compact({
            role: d.replication.Role || null,
            rules: (d.replication.Rules ?? []).map((r) => mapReplicationRule(r, account, regionOf)),
          });
  const attributes: S3BucketAttributes = compact({
    creationDate: iso(d.creationDate),
    ...(d.encryption === undefined ? {} : encryptionAttributes(d.encryption)),
    versioning: d.versioning === undefined ? undefined : (d.versioning.Status ?? 'Disabled'),
    mfaDelete: d.versioning === undefined ? undefined : (d.versioning.MFADelete ?? 'Disabled'),
    policy: d.policy === null ? null : parsePolicy(d.policy),
    replication,
  });
  const node: GraphNode<S3BucketAttributes> = { id, type: 's3.bucket', account, region: d.region, name: d.name, tags: {}, attributes };
  const edges = [
    ...encryptionEdges(id, partition, account, d.region, d.encryption),
    ...(replication ? replicationEdges(id, partition, account, d.region, replication.rules) : []),
  ];
  return { node, edges };
}

function encryptionEdges(from: string, partition: string, account: string, region: string, answer?: EncryptionAnswer): PendingEdge[] {
  if (!answer?.configured) return [];
  const edges: PendingEdge[] = [];
  answer.rules.forEach((rule, i) => {
    const byDefault = rule.ApplyServerSideEncryptionByDefault;
    if (!byDefault?.SSEAlgorithm || !KMS_ALGORITHMS.has(byDefault.SSEAlgorithm)) return;
    const field = `ServerSideEncryptionConfiguration.Rules[${i}].ApplyServerSideEncryptionByDefault.KMSMasterKeyID`;
    const named = byDefault.KMSMasterKeyID || undefined;
    edges.push({
      from,
      kind: 'encrypted-by',
      // Without a key id, S3 uses the AWS managed key of S3.
      field: named === undefined ? `${field} (absent: the AWS managed key)` : field,
      ref: named ?? S3_AWS_MANAGED_KEY_ALIAS,
      target: { kind: 'kms-key', context: { partition, account, region } },
    });
  });
  return edges;
}

function replicationEdges(
  from: string,
  partition: string,
  account: string,
  region: string,
  rules: readonly S3ReplicationRule[],
): PendingEdge[] {
  const edges: PendingEdge[] = [];
  rules.forEach((rule, i) => {
    if (rule.destinationBucket === '') return;
    const field = `ReplicationConfiguration.Rules[${i}].Destination`;
    // A destination with a known region is a bucket this account listed.
    const destinationAccount = rule.destinationAccount ?? (rule.destinationRegion === undefined ? undefined : account);
    edges.push({
      from,
      kind: 'replicates-to',
      field: `${field}.Bucket`,
      ref: rule.destinationBucket,
      target: {
        kind: 'resource',
        id: arns.s3Bucket(partition, bucketNameOf(rule.destinationBucket)),
        type: 's3.bucket',
        service: 's3',
        ...(destinationAccount === undefined ? {} : { account: destinationAccount }),
        ...(rule.destinationRegion === undefined ? {} : { region: rule.destinationRegion }),
      },
    });
    if (typeof rule.replicaKmsKeyId === 'string') {
      edges.push({
        from,
        kind: 'replica-encrypted-by',
        field: `${field}.EncryptionConfiguration.ReplicaKmsKeyID`,
        ref: rule.replicaKmsKeyId,
        target: {
          kind: 'kms-key',
          // The replica key belongs to the destination: its account, and the region in its ARN,
          // else the destination bucket's, else the source's.
          context: {
            partition,
            account: rule.destinationAccount ?? account,
            region: rule.replicaKmsKeyRegion ?? rule.destinationRegion ?? region,
          },
        },
      });
    }
  });
  return edges;
}
