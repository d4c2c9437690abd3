/**
 * What Amazon S3 adds to the graph, at the type level (checked against its declaration, `index.ts`):
 * its node types' attributes, the kinds of its edges, and its part of an account definition.
 */
import type { DataResourceAttributes, PolicyVerdict } from '../../graph/attributes.ts';

export interface S3Types {
  name: 's3';
  nodes: { 's3.bucket': S3BucketAttributes };
  edges: { 'encrypted-by': true; 'replica-encrypted-by': true; 'replicates-to': true };
  seed: BucketDefinition[];
}

export type S3EncryptionRule = {
  /**
   * `AES256` (SSE-S3), `aws:kms` (SSE-KMS), `aws:kms:dsse` (DSSE-KMS); absent when the rule
   * sets no default (a rule may hold only `BlockedEncryptionTypes`).
   */
  sseAlgorithm?: string;
  /** As configured: key id, key ARN, alias name or alias ARN; null when the rule names none (SSE-S3, or SSE-KMS with the AWS managed key `alias/aws/s3`). */
  kmsMasterKeyId?: string | null;
  bucketKeyEnabled?: boolean;
  /** e.g. `['SSE-C']` when SSE-C uploads are blocked, `['NONE']` when explicitly allowed. */
  blockedEncryptionTypes?: string[];
};

export type S3ReplicationRule = {
  id?: string;
  status: string;
  priority?: number;
  /** The rule's prefix (`Filter.Prefix`, `Filter.And.Prefix` or the legacy `Prefix`). */
  prefix?: string;
  /** `Destination.Bucket`: the destination bucket's ARN. The `replicates-to` edge points at it. */
  destinationBucket: string;
  /** `Destination.Account`, when the rule names the destination's owner. */
  destinationAccount?: string;
  /** The destination bucket's region, when this scan listed it (a bucket of the scanned account). */
  destinationRegion?: string;
  storageClass?: string;
  /** `Destination.EncryptionConfiguration.ReplicaKmsKeyID`; the `replica-encrypted-by` edge points at the key; null when the rule names none. */
  replicaKmsKeyId?: string | null;
  /** The region named in `replicaKmsKeyId` when it is an ARN. */
  replicaKmsKeyRegion?: string;
  /** `SourceSelectionCriteria.SseKmsEncryptedObjects.Status`: `Enabled` replicates SSE-KMS objects; null when the rule does not say. */
  sseKmsEncryptedObjects?: string | null;
  deleteMarkerReplication?: string;
};

export type S3BucketAttributes = DataResourceAttributes & {
  creationDate?: string;
  /**
   * `configured`: the bucket has a default-encryption configuration (AWS returns one for
   * every bucket: SSE-S3 when nothing else was set).
   * `implicit`: none was returned (an emulator's 404 `ServerSideEncryptionConfigurationNotFoundError`);
   * since January 2023 AWS encrypts every new object with SSE-S3 regardless, so the bucket is
   * treated as SSE-S3 (`encryptionRules: []`, `defaultEncryption: 'sse-s3'`, `encryptionMode: 'aws-owned'`).
   */
  encryptionSource?: 'configured' | 'implicit';
  /** Every rule of the default-encryption configuration, in the order AWS returned them. */
  encryptionRules?: S3EncryptionRule[];
  /** `sse-s3`, `sse-kms`, `dsse-kms`: the strongest default among the rules (SSE-S3 when no rule sets one). */
  defaultEncryption?: 'sse-s3' | 'sse-kms' | 'dsse-kms';
  /** True when a rule enables the S3 Bucket Key. */
  bucketKeyEnabled?: boolean;
  /** True when a rule's `BlockedEncryptionTypes` blocks SSE-C uploads. */
  sseCBlocked?: boolean;
  /** `Enabled`, `Suspended`, or `Disabled` (never enabled). */
  versioning?: string;
  /** `Enabled` or `Disabled` (never configured). */
  mfaDelete?: string;
  /** The bucket policy (parsed), or null when the bucket has none. */
  policy?: unknown;
  /** The replication configuration, or null when there is none. */
  replication?: { role?: string | null; rules: S3ReplicationRule[] } | null;
  /** Derived. */
  policyAnalysis?: PolicyVerdict;
  /**
   * Derived: the policy denies every principal all S3 actions on the bucket and its objects
   * when `aws:SecureTransport` is false; false for a bucket with no policy.
   */
  secureTransportEnforced?: boolean;
};

// The service's part of an emulator account definition (`fixtures/demo/account.json`).

export interface BucketEncryptionDefinition {
  /** `AES256` (SSE-S3), `aws:kms` (SSE-KMS), `aws:kms:dsse` (DSSE-KMS). */
  algorithm: 'AES256' | 'aws:kms' | 'aws:kms:dsse';
  /** The KMS key: `@ref`, an alias name, a key id or ARN; absent: the AWS managed key `aws/s3`. */
  key?: string;
  bucketKey?: boolean;
  /** Block SSE-C uploads (`BlockedEncryptionTypes`). */
  blockSseC?: boolean;
}

export interface ReplicationRuleDefinition {
  id?: string;
  priority?: number;
  prefix?: string;
  /** Destination bucket name or ARN. */
  destination: string;
  /** The destination bucket's owner (`Destination.Account`). */
  account?: string;
  /** `ReplicaKmsKeyID`: `@ref` or a key ARN. */
  replicaKey?: string;
  /** `SourceSelectionCriteria.SseKmsEncryptedObjects` enabled: replicate SSE-KMS objects. */
  sseKmsEncryptedObjects?: boolean;
  /** Default `Enabled`. */
  status?: 'Enabled' | 'Disabled';
}

export interface BucketDefinition {
  /** Bucket names are global: tests put `{{account}}` in them. */
  name: string;
  region: string;
  /** The default-encryption configuration; absent: none is set. */
  encryption?: BucketEncryptionDefinition;
  /** The bucket policy. */
  policy?: object;
  versioning?: 'Enabled' | 'Suspended';
  /** Replication needs versioning on the bucket. */
  replication?: { role?: string; rules: ReplicationRuleDefinition[] };
}
