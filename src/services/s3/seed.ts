import {
  CreateBucketCommand,
  PutBucketEncryptionCommand,
  PutBucketPolicyCommand,
  PutBucketReplicationCommand,
  PutBucketVersioningCommand,
  type BucketLocationConstraint,
  type ReplicationRule,
  type ServerSideEncryption,
  type ServerSideEncryptionRule,
  S3Client,
} from '@aws-sdk/client-s3';
import type { ClientFactory } from '../../collect/clients.ts';
import { fillPlaceholders, type SeededAccount } from '../../demo/seed/definition.ts';
import type { BucketDefinition, BucketEncryptionDefinition, ReplicationRuleDefinition } from './types.ts';

export async function seedBuckets(clients: ClientFactory, seeded: SeededAccount, buckets: readonly BucketDefinition[]): Promise<void> {
  const filled = buckets.map((b) => fillPlaceholders(b, { account: seeded.account, region: b.region, keys: seeded.keys }));
  // Every bucket first: a replication rule may point at a bucket declared after it.
  for (const b of filled) {
    await clients.get('s3', S3Client, seeded.account, b.region).send(
      new CreateBucketCommand({
        Bucket: b.name,
        ...(b.region === 'us-east-1' ? {} : { CreateBucketConfiguration: { LocationConstraint: b.region as BucketLocationConstraint } }),
      }),
    );
  }
  for (const b of filled) {
    const s3 = clients.get('s3', S3Client, seeded.account, b.region);
    if (b.encryption) {
      await s3.send(
        new PutBucketEncryptionCommand({ Bucket: b.name, ServerSideEncryptionConfiguration: { Rules: [encryptionRule(b.encryption)] } }),
      );
    }
    if (b.policy) await s3.send(new PutBucketPolicyCommand({ Bucket: b.name, Policy: JSON.stringify(b.policy) }));
    // Versioning before replication, which needs it.
    if (b.versioning) await s3.send(new PutBucketVersioningCommand({ Bucket: b.name, VersioningConfiguration: { Status: b.versioning } }));
    if (b.replication) {
      await s3.send(
        new PutBucketReplicationCommand({
          Bucket: b.name,
          ReplicationConfiguration: {
            Role: b.replication.role ?? `arn:aws:iam::${seeded.account}:role/s3-replication`,
            Rules: b.replication.rules.map(replicationRule),
          },
        }),
      );
    }
  }
}

function encryptionRule(e: BucketEncryptionDefinition): ServerSideEncryptionRule {
  return {
    ApplyServerSideEncryptionByDefault: {
      SSEAlgorithm: e.algorithm as ServerSideEncryption,
      ...(e.key === undefined ? {} : { KMSMasterKeyID: e.key }),
    },
    ...(e.bucketKey === undefined ? {} : { BucketKeyEnabled: e.bucketKey }),
    ...(e.blockSseC ? { BlockedEncryptionTypes: { EncryptionType: ['SSE-C'] } } : {}),
  };
}

function replicationRule(r: ReplicationRuleDefinition, index: number): ReplicationRule {
  return {
    ...(r.id === undefined ? {} : { ID: r.id }),
    Priority: r.priority ?? index + 1,
    Status: r.status ?? 'Enabled',
    Filter: { Prefix: r.prefix ?? '' },
    DeleteMarkerReplication: { Status: 'Disabled' },
    Destination: {
      Bucket: r.destination.startsWith('arn:') ? r.destination : `arn:aws:s3:::${r.destination}`,
      ...(r.account === undefined ? {} : { Account: r.account }),
      ...(r.replicaKey === undefined ? {} : { EncryptionConfiguration: { ReplicaKmsKeyID: r.replicaKey } }),
    },
    ...(r.sseKmsEncryptedObjects ? { SourceSelectionCriteria: { SseKmsEncryptedObjects: { Status: 'Enabled' } } } : {}),
  };
}
