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
 * Restrictions that narrow who may use a resource without naming accounts. `organization`
 * (aws:PrincipalOrgID, aws:SourceOrgID), `org-path` (aws:PrincipalOrgPaths,
 * aws:SourceOrgPaths), `vpc` (aws:SourceVpc), `vpce` (aws:SourceVpce), `source-ip`
 * (aws:SourceIp), `principal-id` (aws:userid), `access-point` (s3:DataAccessPointAccount or
 * s3:DataAccessPointArn) and `source-arn` (aws:SourceArn naming a resource with no account,
 * such as a bucket).
 */
export type PolicyScopeKind = 'organization' | 'org-path' | 'vpc' | 'vpce' | 'source-ip' | 'principal-id' | 'access-point' | 'source-arn';

export type PolicyScope = {
  kind: PolicyScopeKind;
  /** The values access is limited to, as the policy writes them (`${aws:ResourceOrgID}` is the owner's organization). */
  values: string[];
  /** The statements (Sid, or `#index`) that impose the restriction. */
  statements: string[];
  /** Every value is inside the trust settings (a trusted organization id, or the owner's own organization). */
  trusted: boolean;
};

/** A service principal that a policy allows. */
export type PolicyServiceGrant = {
  service: string;
  /** The accounts it may act for (aws:SourceAccount, aws:SourceArn, aws:SourceOwner), sorted. */
  accounts: string[];
  /** False when no condition limits on whose behalf it acts (the confused-deputy case). */
  scoped: boolean;
  statements: string[];
};

/** What one statement does, after its conditions and the Deny statements. */
export type PolicyStatementVerdict = {
  /** `Sid`, or `#index` (zero-based position in `Statement`) when it has none. */
  statement: string;
  effect: 'Allow' | 'Deny';
  /** Allow: any principal in any account (for S3, also anonymous callers) keeps access through it. */
  public?: boolean;
  /** Allow: the 12-digit accounts (the owner included) it grants by name or by an account condition, sorted. */
  accounts?: string[];
  /** Allow: restrictions that leave access open to unnamed accounts, within a scope. */
  scopes?: { kind: PolicyScopeKind; values: string[] }[];
  /** Allow: service principals it grants. */
  services?: string[];
  /** Allow: other principals it grants (canonical users, federated identity providers, principals of no account). */
  principals?: string[];
  /** Deny: the Allow statements whose access it removes or narrows. */
  narrows?: string[];
  /** One line: who it names, and why its conditions and the Deny statements leave what they leave. */
  reason: string;
};

/**
 * The verdict of `src/policy` on a KMS key policy or an S3 bucket policy (derived). With
 * `status: 'unknown'` (malformed or unsupported policy) only `reason` and `statements` are
 * set: `public`, `externalAccounts` and `scopes` are absent, never `false` or empty.
 */
export type PolicyVerdict = {
  status: 'ok' | 'unknown';
  /** One line: the verdict and the statements behind it, or why there is none. */
  reason: string;
  /** Any principal in any account (for S3, also an anonymous caller) is granted access. */
  public?: boolean;
  /** Other 12-digit accounts granted access (through a principal or an account condition), trusted ones excluded, sorted. */
  externalAccounts?: string[];
  /** Other accounts granted access that the trust settings list, sorted. */
  trustedAccounts?: string[];
  scopes?: PolicyScope[];
  services?: PolicyServiceGrant[];
  /** Canonical users, federated identity providers and principals of no account that are granted access. */
  otherPrincipals?: string[];
  statements: PolicyStatementVerdict[];
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
  /**
   * Derived: the policy denies every principal all S3 actions on the bucket and its objects
   * when `aws:SecureTransport` is false; false for a bucket with no policy.
   */
  secureTransportEnforced?: boolean;
};

export type Ec2VolumeAttributes = DataResourceAttributes & {
  volumeId: string;
  encrypted?: boolean;
  kmsKeyId?: string;
  state?: string;
  sizeGiB?: number;
  volumeType?: string;
  availabilityZone?: string;
  snapshotId?: string;
  attachedInstances?: string[];
  createTime?: string;
};

export type Ec2SnapshotAttributes = DataResourceAttributes & {
  snapshotId: string;
  encrypted?: boolean;
  kmsKeyId?: string;
  state?: string;
  volumeId?: string;
  volumeSizeGiB?: number;
  startTime?: string;
  description?: string;
  ownerId?: string;
  /** Confirmed with `DescribeSnapshotAttribute createVolumePermission` (group `all`). */
  public?: boolean;
  /** Accounts the snapshot is shared with, when the attribute was read. */
  sharedWithAccounts?: string[];
};

export type Ec2EbsDefaultsAttributes = DataResourceAttributes & {
  encryptionByDefault?: boolean;
  /** As returned by `GetEbsDefaultKmsKeyId`. */
  defaultKmsKeyId?: string;
  /** `block-all-sharing`, `block-new-sharing` or `unblocked`. */
  snapshotBlockPublicAccess?: string;
};

export type RdsStorageAttributes = DataResourceAttributes & {
  engine?: string;
  storageEncrypted?: boolean;
  /** `sse-kms`, `sse-rds` (AWS owned key, even when `storageEncrypted` is false) or `none`. */
  storageEncryptionType?: string;
  kmsKeyId?: string;
  status?: string;
};

export type RdsInstanceAttributes = RdsStorageAttributes & {
  dbInstanceIdentifier: string;
  dbClusterIdentifier?: string;
  engineVersion?: string;
  instanceClass?: string;
  publiclyAccessible?: boolean;
};

export type RdsClusterAttributes = RdsStorageAttributes & {
  dbClusterIdentifier: string;
  engineVersion?: string;
  members?: string[];
};

export type RdsSnapshotAttributes = RdsStorageAttributes & {
  snapshotIdentifier: string;
  /** The instance or cluster it was taken from. */
  sourceIdentifier?: string;
  /** `manual`, `automated`, `shared`, `public`, `awsbackup`. */
  snapshotType?: string;
  snapshotCreateTime?: string;
  /** Manual snapshots only, from the restore attribute (`all`). */
  public?: boolean;
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
