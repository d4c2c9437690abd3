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

import { SERVICE_LIST } from '../services/registry.ts';
import type { SnapshotNode } from './snapshot-types.ts';
import type { NodeType } from './types.ts';

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
  /** Null when the grant has no name. */
  name?: string | null;
  granteePrincipal: string;
  /** Null when the grant names no retiring principal. */
  retiringPrincipal?: string | null;
  issuingAccount?: string;
  operations: string[];
  /** Null when the grant has no encryption context constraints. */
  constraints?: { encryptionContextEquals?: Record<string, string>; encryptionContextSubset?: Record<string, string> } | null;
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
  /** Null when the key has no description (DescribeKey answered an empty one); absent when DescribeKey failed. */
  description?: string | null;
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
  /** null when the key is not in a custom key store. */
  customKeyStoreId?: string | null;
  /** Automatic rotation; absent when not read, and `rotationSkippedReason` says why it was not asked. */
  rotationEnabled?: boolean;
  rotationPeriodInDays?: number;
  nextRotationDate?: string;
  /** null when rotation status was asked for. */
  rotationSkippedReason?: RotationSkippedReason | null;
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

/** One domain of a certificate and how it was (or is being) validated. */
export type AcmDomainValidation = {
  domainName: string;
  /** `DNS`, `EMAIL` or `HTTP`. */
  validationMethod?: string;
  /** `PENDING_VALIDATION`, `SUCCESS` or `FAILED`. */
  validationStatus?: string;
  /** The domain that validation emails were sent for (email validation). */
  validationDomain?: string;
  /** The addresses validation emails were sent to (email validation). */
  validationEmails?: string[];
};

/**
 * An ACM certificate (`acm.certificate`, id: the certificate ARN). The summary fields come
 * from `ListCertificates`; the rest from `DescribeCertificate`, and are absent (with a gap
 * naming the certificate) when that call failed.
 */
export type AcmCertificateAttributes = {
  domainName?: string;
  /** Absent when only the truncated summary list was read. */
  subjectAlternativeNames?: string[];
  /** `ISSUED`, `PENDING_VALIDATION`, `EXPIRED`, `FAILED`, `REVOKED`, `INACTIVE`, `VALIDATION_TIMED_OUT`. */
  status?: string;
  /** `AMAZON_ISSUED`, `IMPORTED`, `PRIVATE`. */
  type?: string;
  /** `RSA_1024`, `RSA_2048`, `RSA_3072`, `RSA_4096`, `EC_prime256v1`, `EC_secp384r1`, `EC_secp521r1`. */
  keyAlgorithm?: string;
  /** e.g. `SHA256WITHRSA`, `SHA384WITHECDSA`. */
  signatureAlgorithm?: string;
  issuer?: string;
  serial?: string;
  notBefore?: string;
  notAfter?: string;
  createdAt?: string;
  issuedAt?: string;
  importedAt?: string;
  revokedAt?: string;
  revocationReason?: string;
  inUse?: boolean;
  /** ARNs of the AWS resources that use the certificate (load balancers, distributions, ...). */
  inUseBy?: string[];
  /** `ELIGIBLE` or `INELIGIBLE`. */
  renewalEligibility?: string;
  /** From the renewal summary: `PENDING_AUTO_RENEWAL`, `PENDING_VALIDATION`, `SUCCESS`, `FAILED`; null when ACM has no renewal summary. */
  renewalStatus?: string | null;
  /** Why the last renewal failed (a `FailureReason` value); null when it did not fail or there is no renewal summary. */
  renewalStatusReason?: string | null;
  renewalUpdatedAt?: string | null;
  /** Validation of each domain for the managed renewal; null without a renewal summary. */
  renewalDomainValidations?: AcmDomainValidation[] | null;
  /** Distinct validation methods over all domains (`DNS`, `EMAIL`, `HTTP`); `[]` for imported certificates. */
  validationMethods?: string[];
  domainValidations?: AcmDomainValidation[];
  /** `ENABLED` or `DISABLED`. */
  transparencyLogging?: string;
  /** Whether the certificate may be exported (`ENABLED`, `DISABLED`). */
  exportOption?: string;
  exported?: boolean;
  /** Why the certificate request failed (a `FailureReason` value); null when it did not. */
  failureReason?: string | null;
  /** The AWS service that manages the certificate (`CLOUDFRONT`). */
  managedBy?: string;
  /** `AWS_MANAGED`, `CUSTOMER_PROVIDED` or `ACME`. */
  keyPairOrigin?: string;
  certificateAuthorityArn?: string;
  keyUsages?: string[];
  extendedKeyUsages?: string[];
};

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

export type Ec2VolumeAttributes = DataResourceAttributes & {
  volumeId: string;
  encrypted?: boolean;
  /** As DescribeVolumes returned it; null when the volume is not encrypted (absent when encrypted and AWS names no key). */
  kmsKeyId?: string | null;
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
  /** As DescribeSnapshots returned it; null when the snapshot is not encrypted (absent when encrypted and AWS names no key). */
  kmsKeyId?: string | null;
  /** `pending`, `completed`, `error`, `recoverable`, `recovering`. */
  state?: string;
  volumeId?: string;
  volumeSizeGiB?: number;
  startTime?: string;
  /** Null when the snapshot has no description. */
  description?: string | null;
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
  /** `sse-kms`, `sse-rds` (AWS owned key, even when `storageEncrypted` is false) or `none`; null when RDS does not say. */
  storageEncryptionType?: string | null;
  /**
   * The key as RDS returned it. An emulator's placeholder for the default key (moto's
   * `default_kms_key_id`) is recorded as the ARN of the alias `aws/rds` in the resource's region.
   * Null when the storage is not encrypted with a KMS key (`none` or `sse-rds`); absent when
   * it is and RDS names no key.
   */
  kmsKeyId?: string | null;
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

/** One condition of an advanced event selector: a field of the event record and the values it must (not) match. */
export type CloudTrailFieldSelector = {
  /** `eventCategory`, `eventSource`, `readOnly`, `eventName`, `resources.type`, ... */
  field: string;
  equals?: string[];
  notEquals?: string[];
  startsWith?: string[];
  notStartsWith?: string[];
  endsWith?: string[];
  notEndsWith?: string[];
};

/** A trail's event selectors as GetEventSelectors returned them (a trail has one kind or the other; null: none of that kind). */
export type CloudTrailEventSelectors = {
  basic?:
    | {
        /** `All`, `ReadOnly` or `WriteOnly`. */
        readWriteType?: string;
        includeManagementEvents?: boolean;
        /** Event sources whose management events are not logged (`kms.amazonaws.com`, `rdsdata.amazonaws.com`). */
        excludeManagementEventSources?: string[];
        dataResources?: { type?: string; values?: string[] }[];
      }[]
    | null;
  advanced?:
    | {
        name?: string;
        fieldSelectors: CloudTrailFieldSelector[];
      }[]
    | null;
};

/** Which management events of one event source a trail records. */
export type CloudTrailEventCoverage = 'all' | 'write-only' | 'read-only' | 'none';

/**
 * A CloudTrail trail (`cloudtrail.trail`, id: the trail ARN), collected once, in its home
 * region. Trails that log a scanned region but are homed elsewhere (another account's
 * organization trail, a home region outside the scan) are `external` nodes.
 */
export type CloudTrailTrailAttributes = DataResourceAttributes & {
  trailName: string;
  homeRegion?: string;
  isMultiRegionTrail?: boolean;
  isOrganizationTrail?: boolean;
  includeGlobalServiceEvents?: boolean;
  /** The bucket that receives the log files (the target of the `logs-to` edge). */
  s3BucketName?: string;
  /** Null when the trail has no prefix. */
  s3KeyPrefix?: string | null;
  /** As DescribeTrails returned it; the resolved key is the target of the `encrypted-by` edge; null when the trail has none (SSE-S3). */
  kmsKeyId?: string | null;
  logFileValidationEnabled?: boolean;
  /** Null when the trail delivers no events to CloudWatch Logs. */
  cloudWatchLogsLogGroupArn?: string | null;
  hasCustomEventSelectors?: boolean;
  /** From GetTrailStatus: absent when it failed; null for "read, and none" (no error, never delivered, never stopped). */
  isLogging?: boolean;
  latestDeliveryError?: string | null;
  latestDeliveryTime?: string | null;
  latestDigestDeliveryError?: string | null;
  startLoggingTime?: string | null;
  stopLoggingTime?: string | null;
  eventSelectors?: CloudTrailEventSelectors;
  /** Which KMS (`kms.amazonaws.com`) management events the selectors record; absent when they could not be read or judged. */
  kmsManagementEvents?: CloudTrailEventCoverage;
  /**
   * Whether the trail records the write management events of KMS (key policy changes,
   * disabling, scheduled deletion, ...): `kmsManagementEvents` is `all` or `write-only`.
   */
  recordsKmsManagementEvents?: boolean;
};

/** Which trails log one region; the trails are the targets of `logged-by` edges. */
export type CloudTrailRegionAttributes = {
  /** How many trails DescribeTrails returned for the region (shadow trails included); absent when it could not be read. */
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
   * `owner-unknown`: the reference does not say which account owns it (an S3 bucket ARN, e.g.
   *   a trail's central log bucket) and it is not among the scanned account's resources.
   * `unparsable`: the reference is in no form we know.
   */
  reason: 'other-account' | 'region-not-scanned' | 'not-collected' | 'not-found' | 'owner-unknown' | 'unparsable';
  /** The raw references that led here. */
  references: string[];
  /** A KMS alias `alias/aws/<service>`: the AWS managed key of that service (created on first use). */
  awsManagedAlias?: boolean;
  /** Derived for KMS keys: `missing` when `reason` is `not-found`. */
  health?: KeyHealth;
};

/** Each node type's attributes. */
export type AttributesByType = { [T in NodeType]: Extract<SnapshotNode, { type: T }>['attributes'] };

/** Node types that hold data and therefore get `encryptionLevel` (declared by their service modules). */
export const DATA_RESOURCE_TYPES: readonly NodeType[] = SERVICE_LIST.flatMap((m) =>
  Object.entries(m.nodeTypes)
    .filter(([, t]) => t.dataResource === true)
    .map(([type]) => type as NodeType),
);
