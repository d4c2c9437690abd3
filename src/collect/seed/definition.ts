/**
 * A declarative description of an AWS account's resources, seeded into the emulator for the
 * demo and for integration tests (`fixtures/demo/account.json` is one).
 *
 * Strings may hold placeholders: `{{account}}` (the account id), `{{region}}` (the
 * resource's region), and `@name` as a whole string for the ARN of the key declared with
 * `"ref": "name"`.
 */
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

export interface AccountDefinition {
  /** Default: the emulator's default account, 123456789012. */
  account?: string;
  description?: string;
  /** The regions the account uses (the demo scans these). */
  regions?: string[];
  kms?: KeyDefinition[];
  /** Created after the keys, so that they may point at them. */
  s3?: BucketDefinition[];
  acm?: CertificateDefinition[];
  cloudtrail?: TrailDefinition[];
}

/** What seeding created, for tests to assert against: key ARNs by ref, certificate ARNs by ref, trail ARNs by name. */
export interface SeededAccount {
  account: string;
  keys: Map<string, string>;
  certificates: Map<string, string>;
  trails: Map<string, string>;
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
