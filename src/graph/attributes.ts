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
import type { EdgeKind, NodeType } from './types.ts';
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

/** TLS protocol versions, oldest first, as the report and the rules name them. */
export const TLS_VERSIONS = ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const;
export type TlsVersion = (typeof TLS_VERSIONS)[number];

/**
 * Attributes every TLS endpoint (a node type declared `tlsEndpoint`) carries, so that the
 * "In transit" section of the report and the certificate rules can read any of them alike.
 * Absent when not read; `null` when read and not applicable (no TLS on a plain HTTP listener).
 */
export type TlsEndpointAttributes = {
  /** Collected: reachable from the internet (an internet-facing load balancer, a distribution, a public API domain). */
  internetFacing?: boolean;
  /** Collected: the protocol clients speak to it (`HTTPS`, `HTTP`, `TLS`, `TCP`, `SSL`, ...). */
  protocol?: string;
  /** Collected: the port clients connect to; null where the service fixes none (a distribution). */
  port?: number | null;
  /** Collected: the host names clients connect to (a load balancer's DNS name, a distribution's aliases). */
  hostNames?: string[];
  /** Collected: serves clients without TLS (an HTTP listener that does not redirect to HTTPS, a behavior allowing HTTP). */
  plaintextAccepted?: boolean;
  /** Collected: the security policy that sets its protocols and ciphers (ELB SSL policy, CloudFront minimum protocol version, API Gateway security policy); null without TLS. */
  tlsPolicy?: string | null;
  /** Collected: the oldest TLS version that policy accepts; null without TLS. */
  minTlsVersion?: TlsVersion | null;
};

/** The edge from a TLS endpoint to a certificate it presents. */
export const USES_CERTIFICATE: EdgeKind = 'uses-certificate';

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

/** Node types where clients' TLS connections arrive (declared `tlsEndpoint` by their service modules). */
export const TLS_ENDPOINT_TYPES: readonly NodeType[] = SERVICE_LIST.flatMap((m) =>
  Object.entries(m.nodeTypes)
    .filter(([, t]) => t.tlsEndpoint === true)
    .map(([type]) => type as NodeType),
);

/** Node types that hold data and therefore get `encryptionLevel` (declared by their service modules). */
export const DATA_RESOURCE_TYPES: readonly NodeType[] = SERVICE_LIST.flatMap((m) =>
  Object.entries(m.nodeTypes)
    .filter(([, t]) => t.dataResource === true)
    .map(([type]) => type as NodeType),
);
