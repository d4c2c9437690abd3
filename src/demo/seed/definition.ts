/**
 * A declarative description of an AWS account's resources, seeded into the emulator for the
 * demo and for integration tests (`fixtures/demo/account.json` is one).
 *
 * Strings may hold placeholders: `{{account}}` (the account id), `{{region}}` (the
 * resource's region), and `@name` as a whole string for the ARN of the key declared with
 * `"ref": "name"`.
 */
import type { RegisteredServiceTypes } from '../../services/registry.ts';
import type { CloudTrailFieldSelector } from '../../graph/attributes.ts';
import type { CertificateKeyAlgorithm } from './certificate.ts';

export interface GrantDefinition {
  grantee: string;
  operations: string[];
  retiring?: string;
  name?: string;
  encryptionContextSubset?: Record<string, string>;
}

export interface KeyDefinition {
  /** The name other resources use to point at this key (`@name`). */
  ref: string;
  region: string;
  description?: string;
  aliases?: string[];
  /** Default `SYMMETRIC_DEFAULT`. */
  keySpec?: string;
  /** Default `ENCRYPT_DECRYPT` (or `SIGN_VERIFY` for ECC and RSA signing keys when given). */
  keyUsage?: string;
  /** Default `AWS_KMS`; `EXTERNAL` creates a key awaiting imported material. */
  origin?: 'AWS_KMS' | 'EXTERNAL';
  /** Automatic rotation, optionally with a period in days (90-2560). */
  rotation?: boolean | { periodInDays: number };
  tags?: Record<string, string>;
  /** The key policy; default: the default key policy (the account root may do everything). */
  policy?: object;
  /** Default `Enabled`. */
  state?: 'Enabled' | 'Disabled' | 'PendingDeletion';
  multiRegion?: boolean;
  /** Regions to replicate a multi-region key into (the replicas get refs `<ref>@<region>`). */
  replicaRegions?: string[];
  /**
   * The key policy of every replica, set with PutKeyPolicy after ReplicateKey; default: what
   * ReplicateKey gives (AWS: the default key policy; the emulator: a copy of the primary's).
   */
  replicaPolicy?: object;
  grants?: GrantDefinition[];
}

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

/** An ACM certificate: requested from ACM, or a generated self-signed one imported into it. */
export interface CertificateDefinition {
  /** The name tests use to find the certificate's ARN; default: the domain. */
  ref?: string;
  region: string;
  domain: string;
  subjectAlternativeNames?: string[];
  /** `requested`: RequestCertificate (Amazon issued); `imported`: ImportCertificate of a generated certificate. */
  source: 'requested' | 'imported';
  /**
   * Default `RSA_2048`. For a requested certificate ACM issues RSA_2048, EC_prime256v1 or
   * EC_secp384r1 (emulators may ignore it); an imported one is generated with this key.
   */
  keyAlgorithm?: CertificateKeyAlgorithm;
  /** Requested certificates: default `DNS`. */
  validationMethod?: 'DNS' | 'EMAIL';
  /** Imported certificates: days from now until it expires (default 365). */
  daysValid?: number;
  /** Requested certificates: certificate transparency logging (default: ACM's, enabled). */
  transparencyLogging?: boolean;
  tags?: Record<string, string>;
}

/** A basic event selector of a trail (CloudTrail `EventSelector`). */
export interface TrailEventSelectorDefinition {
  readWriteType?: 'All' | 'ReadOnly' | 'WriteOnly';
  includeManagementEvents?: boolean;
  excludeManagementEventSources?: string[];
}

/** An advanced event selector of a trail (CloudTrail `AdvancedEventSelector`). */
export interface TrailAdvancedEventSelectorDefinition {
  name?: string;
  fieldSelectors: CloudTrailFieldSelector[];
}

/** A CloudTrail trail, created in its home region. */
export interface TrailDefinition {
  name: string;
  /** The home region. */
  region: string;
  /** The bucket that receives the log files; created (empty, in the home region) when it does not exist. */
  bucket: string;
  /** The KMS key for the log files: `@ref` of a declared key, or an id, alias or ARN. */
  kmsKey?: string;
  multiRegion?: boolean;
  logFileValidation?: boolean;
  /** Default true: the trail is started after it is created. */
  logging?: boolean;
  /** Basic or advanced selectors (not both); default: CloudTrail's (every management event). */
  eventSelectors?: TrailEventSelectorDefinition[];
  advancedEventSelectors?: TrailAdvancedEventSelectorDefinition[];
  tags?: Record<string, string>;
}

export interface EbsDefaultsDefinition {
  region: string;
  /** `EnableEbsEncryptionByDefault` or `DisableEbsEncryptionByDefault`. */
  encryptionByDefault: boolean;
  /** The default key for EBS encryption (`@ref`, key id or ARN); default: the AWS managed key `aws/ebs`. */
  defaultKey?: string;
}

export interface VolumeDefinition {
  /** The name snapshots use to point at this volume. */
  ref: string;
  region: string;
  /** Default: the region's first zone (`<region>a`). */
  availabilityZone?: string;
  /** Default 8. */
  sizeGiB?: number;
  /** Default `gp3`. */
  volumeType?: string;
  /** Default false, or true when `kmsKey` is given. */
  encrypted?: boolean;
  /** The key (`@ref`, key id or ARN); an encrypted volume without one uses the account's default key. */
  kmsKey?: string;
  tags?: Record<string, string>;
}

export interface EbsSnapshotDefinition {
  ref: string;
  /** The `ref` of the volume it is taken from; the snapshot is in the volume's region. */
  volume: string;
  description?: string;
  /** Create-volume permission for group `all`. */
  public?: boolean;
  /** Accounts given create-volume permission. */
  sharedWith?: string[];
  tags?: Record<string, string>;
}

export interface EbsDefinition {
  /** Encryption by default and the default key, per region. */
  defaults?: EbsDefaultsDefinition[];
  volumes?: VolumeDefinition[];
  snapshots?: EbsSnapshotDefinition[];
}

export interface DbClusterDefinition {
  /** The DB cluster identifier. */
  id: string;
  region: string;
  /** Default `aurora-postgresql`. */
  engine?: string;
  /** Default false, or true when `kmsKey` is given. */
  storageEncrypted?: boolean;
  /** The key (`@ref`, key id or ARN); an encrypted cluster without one uses the AWS managed key `aws/rds`. */
  kmsKey?: string;
  tags?: Record<string, string>;
}

export interface DbInstanceDefinition {
  /** The DB instance identifier. */
  id: string;
  region: string;
  /** Default `postgres` (or the cluster's engine for a cluster member). */
  engine?: string;
  /** Default `db.t3.micro`. */
  instanceClass?: string;
  /** Default 20 (not used for cluster members). */
  allocatedStorageGiB?: number;
  /** Default false, or true when `kmsKey` is given (cluster members: the cluster's storage). */
  storageEncrypted?: boolean;
  kmsKey?: string;
  /** The identifier of the cluster this instance is a member of (Aurora). */
  cluster?: string;
  publiclyAccessible?: boolean;
  tags?: Record<string, string>;
}

export interface DbSnapshotDefinition {
  /** The snapshot identifier. */
  id: string;
  /** A manual snapshot of this DB instance ... */
  instance?: string;
  /** ... or of this DB cluster (exactly one of the two). */
  cluster?: string;
  /** `all` in the snapshot's restore attribute. */
  public?: boolean;
  /** Accounts in the restore attribute. */
  sharedWith?: string[];
}

export interface RdsDefinition {
  clusters?: DbClusterDefinition[];
  instances?: DbInstanceDefinition[];
  /** Manual snapshots (the emulator also takes an automated one of every instance and cluster). */
  snapshots?: DbSnapshotDefinition[];
}

/** An account: its id and regions, and one section per service (each module's `seed` type). */
export type AccountDefinition = {
  /** Default: the emulator's default account, 123456789012. */
  account?: string;
  description?: string;
  /** The regions the account uses (the demo scans these). */
  regions?: string[];
} & { [S in RegisteredServiceTypes as S['name']]?: S['seed'] };

/** What seeding created, for tests to assert against: key ARNs by ref, certificate ARNs by ref, trail ARNs by name. */
export interface SeededAccount {
  account: string;
  keys: Map<string, string>;
  certificates: Map<string, string>;
  trails: Map<string, string>;

  /** ARNs of the volumes and snapshots by ref, when the definition has EBS resources. */
  ebs?: { volumes: Map<string, string>; snapshots: Map<string, string> };
  /** ARNs of the instances, clusters and manual snapshots by identifier, when the definition has RDS resources. */
  rds?: { instances: Map<string, string>; clusters: Map<string, string>; snapshots: Map<string, string> };
}

/** Replaces placeholders in every string of a JSON value. */
export function fillPlaceholders<T>(value: T, vars: { account: string; region?: string; keys?: Map<string, string> }): T {
  const fill = (v: unknown): unknown => {
    if (typeof v === 'string') {
      if (v.startsWith('@') && vars.keys?.has(v.slice(1))) return vars.keys.get(v.slice(1));
      return v.replaceAll('{{account}}', vars.account).replaceAll('{{region}}', vars.region ?? '{{region}}');
    }
    if (Array.isArray(v)) return v.map(fill);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [fill(k) as string, fill(x)]));
    return v;
  };
  return fill(value) as T;
}
