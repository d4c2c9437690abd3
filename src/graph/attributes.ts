/**
 * The normalized attributes of each node type: one documented shape per type, camelCase,
 * dates as ISO 8601 strings. This is the contract between collectors (which fill them)
 * and rules (which read them).
 *
 * Conventions:
 * - An attribute that could not be read is absent (`undefined`), and a gap record says
 *   why. Rules treat absence as `unknown`, never as `pass`.
 * - `null` means "read, and there is none" (a bucket without a policy: `policy: null`).
 * - Raw key references (`kmsKeyId`) are kept as AWS returned them, for evidence; the
 *   resolved key is the target of the node's `encrypted-by` edge.
 * - Attributes marked "derived" are computed once when the graph is built
 *   (`derive.ts`), never by collectors or rules.
 */

/** From weakest to strongest; derived on every data resource. */
export const ENCRYPTION_LEVELS = ['none', 'aws-owned', 'aws-managed-kms', 'customer-managed-kms', 'external-key-store'] as const;
export type EncryptionLevel = (typeof ENCRYPTION_LEVELS)[number];

/** How a data resource says it is encrypted; set by collectors, input to `encryptionLevel`. */
export type EncryptionMode = 'none' | 'aws-owned' | 'kms';

/** Key health, derived from the key state (and `missing` for a reference to a key that does not exist). */
export const KEY_HEALTH = ['enabled', 'disabled', 'pending-deletion', 'pending-import', 'unavailable', 'missing'] as const;
export type KeyHealth = (typeof KEY_HEALTH)[number];

/** Attributes every data resource (bucket, volume, snapshot, database, trail) carries. */
export type DataResourceAttributes = {
  /** Collected: how the resource says it is encrypted. */
  encryptionMode?: EncryptionMode;
  /** Derived: `encryptionMode` combined with the manager and origin of the key it is encrypted by. */
  encryptionLevel?: EncryptionLevel;
};

/**
 * The verdict of `src/policy` on a resource policy, stored on keys and buckets (derived).
 * `status: 'unknown'` when the policy could not be analysed (malformed, unsupported).
 */
export type PolicyVerdict = {
  status: 'ok' | 'unknown';
  public: boolean;
  externalAccounts: string[];
  scopes: { kind: string; values: string[]; statements: string[] }[];
  statements: { statement: string; effect: string; grants: string; reason: string }[];
  reason?: string;
};

export type KmsGrant = {
  grantId: string;
  name?: string;
  granteePrincipal: string;
  retiringPrincipal?: string;
  issuingAccount?: string;
  operations: string[];
  constraints?: { encryptionContextEquals?: Record<string, string>; encryptionContextSubset?: Record<string, string> };
  creationDate?: string;
};

export type RotationSkippedReason =
  | 'aws-managed'
  | 'asymmetric'
  | 'hmac'
  | 'imported-material'
  | 'custom-key-store'
  /** Pending deletion, pending import or unavailable: rotation status cannot be read. */
  | 'key-state';

export type KmsKeyAttributes = {
  keyId: string;
  arn: string;
  description?: string;
  /** `AWS` for AWS managed keys (aliases `alias/aws/*`), `CUSTOMER` otherwise. */
  keyManager?: 'AWS' | 'CUSTOMER';
  keySpec?: string;
  keyUsage?: string;
  /** `AWS_KMS`, `EXTERNAL` (imported material), `AWS_CLOUDHSM`, `EXTERNAL_KEY_STORE`. */
  origin?: string;
  /** The raw key state (`Enabled`, `Disabled`, `PendingDeletion`, `PendingReplicaDeletion`, `PendingImport`, `Unavailable`, `Creating`, `Updating`). */
  keyState?: string;
  enabled?: boolean;
  creationDate?: string;
  deletionDate?: string;
  pendingDeletionWindowInDays?: number;
  /** Imported key material: when it expires. */
  validTo?: string;
  expirationModel?: string;
  multiRegion?: boolean;
  multiRegionKeyType?: 'PRIMARY' | 'REPLICA';
  primaryKeyArn?: string;
  replicaKeyArns?: string[];
  customKeyStoreId?: string;
  /** Automatic rotation; absent when not read, and `rotationSkippedReason` says why it was not asked. */
  rotationEnabled?: boolean;
  rotationPeriodInDays?: number;
  nextRotationDate?: string;
  rotationSkippedReason?: RotationSkippedReason;
  /** The key policy document (parsed JSON), or the raw text when it is not valid JSON. */
  policy?: unknown;
  aliases?: string[];
  grants?: KmsGrant[];
  /** Derived. */
  health?: KeyHealth;
  /** Derived: the policy analyzer's verdict on `policy`. */
  policyAnalysis?: PolicyVerdict;
  /** Derived: grantee or retiring principals of grants that belong to another account. */
  externalGrantees?: string[];
};

export type KmsAliasAttributes = {
  aliasName: string;
  targetKeyId?: string;
  /** True for `alias/aws/*`: the alias of an AWS managed key. */
  awsManaged: boolean;
};

export type AcmCertificateAttributes = {
  domainName?: string;
  subjectAlternativeNames?: string[];
  /** `ISSUED`, `PENDING_VALIDATION`, `EXPIRED`, `FAILED`, `REVOKED`, `INACTIVE`, `VALIDATION_TIMED_OUT`. */
  status?: string;
  /** `AMAZON_ISSUED`, `IMPORTED`, `PRIVATE`. */
  type?: string;
  keyAlgorithm?: string;
  signatureAlgorithm?: string;
  notBefore?: string;
  notAfter?: string;
  createdAt?: string;
  issuedAt?: string;
  importedAt?: string;
  revokedAt?: string;
  inUse?: boolean;
  inUseBy?: string[];
  /** `ELIGIBLE` or `INELIGIBLE`. */
  renewalEligibility?: string;
  /** From the renewal summary: `PENDING_AUTO_RENEWAL`, `PENDING_VALIDATION`, `SUCCESS`, `FAILED`. */
  renewalStatus?: string;
  renewalStatusReason?: string;
  renewalUpdatedAt?: string;
  /** Distinct validation methods over all domains (`DNS`, `EMAIL`, `HTTP`). */
  validationMethods?: string[];
  domainValidations?: { domainName: string; validationMethod?: string; validationStatus?: string }[];
  /** `ENABLED` or `DISABLED`. */
  transparencyLogging?: string;
  failureReason?: string;
  managedBy?: string;
  keyPairOrigin?: string;
  certificateAuthorityArn?: string;
  exported?: boolean;
};

export type S3EncryptionRule = {
  /** `AES256` (SSE-S3), `aws:kms` (SSE-KMS), `aws:kms:dsse` (DSSE-KMS). */
  sseAlgorithm: string;
  kmsMasterKeyId?: string;
  bucketKeyEnabled?: boolean;
  /** e.g. `['SSE-C']` when SSE-C uploads are blocked. */
  blockedEncryptionTypes?: string[];
};

export type S3ReplicationRule = {
  id?: string;
  status: string;
  priority?: number;
  prefix?: string;
  destinationBucket: string;
  destinationAccount?: string;
  storageClass?: string;
  replicaKmsKeyId?: string;
  /** `SourceSelectionCriteria.SseKmsEncryptedObjects.Status`: `Enabled` replicates SSE-KMS objects. */
  sseKmsEncryptedObjects?: string;
  deleteMarkerReplication?: string;
};

export type S3BucketAttributes = DataResourceAttributes & {
  creationDate?: string;
  /**
   * `configured`: the bucket has a default-encryption configuration.
   * `implicit`: none was returned (an emulator's 404); since January 2023 AWS encrypts every
   * new object with SSE-S3 regardless, so the bucket is treated as SSE-S3.
   */
  encryptionSource?: 'configured' | 'implicit';
  encryptionRules?: S3EncryptionRule[];
  /** `sse-s3`, `sse-kms`, `dsse-kms`: the strongest default among the rules. */
  defaultEncryption?: 'sse-s3' | 'sse-kms' | 'dsse-kms';
  bucketKeyEnabled?: boolean;
  /** True when SSE-C uploads are blocked by the encryption configuration. */
  sseCBlocked?: boolean;
  /** `Enabled`, `Suspended`, or `Disabled` (never enabled). */
  versioning?: string;
  mfaDelete?: string;
  /** The bucket policy (parsed), or null when the bucket has none. */
  policy?: unknown;
  /** The replication configuration, or null when there is none. */
  replication?: { role?: string; rules: S3ReplicationRule[] } | null;
  /** Derived. */
  policyAnalysis?: PolicyVerdict;
  /** Derived: the policy denies requests whose `aws:SecureTransport` is false. */
  secureTransportEnforced?: boolean;
};

export type Ec2VolumeAttributes = DataResourceAttributes & {
  volumeId: string;
  encrypted?: boolean;
  kmsKeyId?: string;
  /** `creating`, `available`, `in-use`, `deleting`, `deleted`, `error`. */
  state?: string;
  sizeGiB?: number;
  volumeType?: string;
  availabilityZone?: string;
  /** The snapshot the volume was created from; null when it was not created from one. */
  snapshotId?: string | null;
  attachedInstances?: string[];
  createTime?: string;
};

export type Ec2SnapshotAttributes = DataResourceAttributes & {
  snapshotId: string;
  encrypted?: boolean;
  kmsKeyId?: string;
  /** `pending`, `completed`, `error`, `recoverable`, `recovering`. */
  state?: string;
  volumeId?: string;
  volumeSizeGiB?: number;
  startTime?: string;
  description?: string;
  ownerId?: string;
  /**
   * Whether any AWS account may create volumes from the snapshot. `DescribeSnapshots` with
   * `RestorableByUserIds=all` lists the candidates, each confirmed with
   * `DescribeSnapshotAttribute createVolumePermission` (group `all`); a snapshot that the
   * candidate listing did not return is `false`. Absent when either call failed.
   */
  public?: boolean;
  /** Accounts with create-volume permission, when the attribute was read (public candidates only). */
  sharedWithAccounts?: string[];
};

export type Ec2EbsDefaultsAttributes = DataResourceAttributes & {
  /** `GetEbsEncryptionByDefault`: new volumes and snapshot copies are encrypted (encryptionMode `kms`) or not (`none`). */
  encryptionByDefault?: boolean;
  /** As returned by `GetEbsDefaultKmsKeyId`; the target of the node's `default-key` edge. */
  defaultKmsKeyId?: string;
  /** `GetSnapshotBlockPublicAccessState`: `block-all-sharing`, `block-new-sharing` or `unblocked`. */
  snapshotBlockPublicAccess?: string;
};

export type RdsStorageAttributes = DataResourceAttributes & {
  engine?: string;
  /** True when encrypted with a KMS key (AWS managed or customer managed); false for `sse-rds`. */
  storageEncrypted?: boolean;
  /** `sse-kms`, `sse-rds` (AWS owned key, even when `storageEncrypted` is false) or `none`. */
  storageEncryptionType?: string;
  /**
   * The key as RDS returned it. An emulator's placeholder for the default key (moto's
   * `default_kms_key_id`) is recorded as the ARN of the alias `aws/rds` in the resource's region.
   */
  kmsKeyId?: string;
  status?: string;
};

export type RdsInstanceAttributes = RdsStorageAttributes & {
  dbInstanceIdentifier: string;
  /** The cluster the instance belongs to (Aurora, Multi-AZ DB clusters). */
  dbClusterIdentifier?: string;
  engineVersion?: string;
  instanceClass?: string;
  storageType?: string;
  publiclyAccessible?: boolean;
};

export type RdsClusterAttributes = RdsStorageAttributes & {
  dbClusterIdentifier: string;
  engineVersion?: string;
  /** `provisioned`, `serverless`, `parallelquery`, `global`, `multimaster`. */
  engineMode?: string;
  /** Identifiers of the member DB instances. */
  members?: string[];
};

export type RdsSnapshotAttributes = RdsStorageAttributes & {
  snapshotIdentifier: string;
  /** The instance or cluster it was taken from. */
  sourceIdentifier?: string;
  /** `manual`, `automated`, `shared`, `public`, `awsbackup`. */
  snapshotType?: string;
  snapshotCreateTime?: string;
  /**
   * Manual snapshots: the `restore` attribute holds `all`. Automated snapshots cannot be
   * shared (only a manual copy can), so they are `false` without a call.
   */
  public?: boolean;
  /** Accounts in the `restore` attribute (manual snapshots); `[]` for automated snapshots. */
  sharedWithAccounts?: string[];
};

export type CloudTrailEventSelectors = {
  basic?: {
    readWriteType?: string;
    includeManagementEvents?: boolean;
    excludeManagementEventSources?: string[];
  }[];
  advanced?: {
    name?: string;
    fieldSelectors: {
      field: string;
      equals?: string[];
      notEquals?: string[];
      startsWith?: string[];
      notStartsWith?: string[];
      endsWith?: string[];
      notEndsWith?: string[];
    }[];
  }[];
};

export type CloudTrailTrailAttributes = DataResourceAttributes & {
  trailName: string;
  homeRegion?: string;
  isMultiRegionTrail?: boolean;
  isOrganizationTrail?: boolean;
  s3BucketName?: string;
  kmsKeyId?: string;
  logFileValidationEnabled?: boolean;
  isLogging?: boolean;
  latestDeliveryError?: string;
  eventSelectors?: CloudTrailEventSelectors;
  /** Whether the trail records management events whose source is `kms.amazonaws.com`. */
  recordsKmsManagementEvents?: boolean;
};

/** Which trails log one region; the trails are the targets of `logged-by` edges. */
export type CloudTrailRegionAttributes = {
  /** How many trails DescribeTrails returned for the region (shadow trails included). */
  trailCount?: number;
};

export type ExternalAttributes = {
  /** The node type the reference points at, had it been collected. */
  resourceType: string;
  /**
   * `other-account`: belongs to an account that was not scanned.
   * `region-not-scanned`: same account, a region outside the scan.
   * `not-collected`: the account and region were scanned but a gap hid the resource.
   * `not-found`: the account and region were fully collected and the resource is not there.
   * `unparsable`: the reference is in no form we know.
   */
  reason: 'other-account' | 'region-not-scanned' | 'not-collected' | 'not-found' | 'unparsable';
  /** The raw references that led here. */
  references: string[];
  /** A KMS alias `alias/aws/<service>`: the AWS managed key of that service (created on first use). */
  awsManagedAlias?: boolean;
  /** Derived for KMS keys: `missing` when `reason` is `not-found`. */
  health?: KeyHealth;
};

export type AttributesByType = {
  'kms.key': KmsKeyAttributes;
  'kms.alias': KmsAliasAttributes;
  'acm.certificate': AcmCertificateAttributes;
  's3.bucket': S3BucketAttributes;
  'ec2.volume': Ec2VolumeAttributes;
  'ec2.snapshot': Ec2SnapshotAttributes;
  'ec2.ebs-defaults': Ec2EbsDefaultsAttributes;
  'rds.instance': RdsInstanceAttributes;
  'rds.cluster': RdsClusterAttributes;
  'rds.snapshot': RdsSnapshotAttributes;
  'rds.cluster-snapshot': RdsSnapshotAttributes;
  'cloudtrail.trail': CloudTrailTrailAttributes;
  'cloudtrail.region': CloudTrailRegionAttributes;
  external: ExternalAttributes;
};

/** Node types that hold data and therefore get `encryptionLevel`. */
export const DATA_RESOURCE_TYPES = [
  's3.bucket',
  'ec2.volume',
  'ec2.snapshot',
  'ec2.ebs-defaults',
  'rds.instance',
  'rds.cluster',
  'rds.snapshot',
  'rds.cluster-snapshot',
  'cloudtrail.trail',
] as const;
