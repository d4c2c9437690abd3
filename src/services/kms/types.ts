/**
 * What AWS KMS adds to the graph, at the type level (checked against its declaration, `index.ts`):
 * its node types' attributes, the kinds of its edges, and its part of an account definition.
 */
import type { KeyHealth, PolicyVerdict } from '../../graph/attributes.ts';

export interface KmsTypes {
  name: 'kms';
  nodes: { 'kms.key': KmsKeyAttributes; 'kms.alias': KmsAliasAttributes };
  edges: { 'alias-of': true; 'replica-of': true };
  seed: KeyDefinition[];
}

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
  /**
   * `AWS` for AWS managed keys (aliases `alias/aws/*`), `CUSTOMER` otherwise. A key with an
   * `alias/aws/*` alias is `AWS` even when DescribeKey says `CUSTOMER` (an emulator's answer).
   */
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

// The service's part of an emulator account definition (`fixtures/demo/account.json`).

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
