/**
 * A declarative description of an AWS account's resources, seeded into the emulator for the
 * demo and for integration tests (`fixtures/demo/account.json` is one).
 *
 * Strings may hold placeholders: `{{account}}` (the account id), `{{region}}` (the
 * resource's region), and `@name` as a whole string for the ARN of the key declared with
 * `"ref": "name"`.
 */

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

export interface AccountDefinition {
  /** Default: the emulator's default account, 123456789012. */
  account?: string;
  description?: string;
  /** The regions the account uses (the demo scans these). */
  regions?: string[];
  kms?: KeyDefinition[];
  ebs?: EbsDefinition;
  rds?: RdsDefinition;
}

/** What seeding created: key ARNs by ref, for tests to assert against. */
export interface SeededAccount {
  account: string;
  keys: Map<string, string>;
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
