/**
 * The condition keys that say who calls or where a request comes from, by dimension.
 * Every other key (kms:ViaService, kms:EncryptionContext:*, aws:SecureTransport,
 * aws:username, tags...) describes the request, which a caller shapes, or is not unique
 * to one caller (any account can have a user named `alice`): it never narrows who may
 * call. Key names are matched case-insensitively, as IAM does.
 */

/**
 * `account`: the caller's account. `source-account`: the account on whose behalf a service
 * principal calls. `is-service`: whether the caller is a service principal. The others are
 * "free" dimensions: facts about the caller that the policy cannot tie to an account.
 */
export type Dim =
  | 'account'
  | 'source-account'
  | 'is-service'
  | 'organization'
  | 'org-path'
  | 'source-org'
  | 'source-org-path'
  | 'vpc'
  | 'vpce'
  | 'source-ip'
  | 'principal-id'
  | 'access-point'
  | 'source-arn';

export type ValueKind = 'account' | 'arn' | 'access-point' | 'org' | 'org-path' | 'id' | 'ip' | 'userid' | 'bool';

export interface KeyInfo {
  dim: Dim;
  value: ValueKind;
}

export const IDENTITY_KEYS: Readonly<Record<string, KeyInfo>> = {
  'aws:principalaccount': { dim: 'account', value: 'account' },
  'kms:calleraccount': { dim: 'account', value: 'account' },
  'aws:principalarn': { dim: 'account', value: 'arn' },
  'aws:sourceaccount': { dim: 'source-account', value: 'account' },
  'aws:sourceowner': { dim: 'source-account', value: 'account' },
  'aws:sourcearn': { dim: 'source-account', value: 'arn' },
  'aws:principalisawsservice': { dim: 'is-service', value: 'bool' },
  'aws:principalorgid': { dim: 'organization', value: 'org' },
  'aws:principalorgpaths': { dim: 'org-path', value: 'org-path' },
  'aws:sourceorgid': { dim: 'source-org', value: 'org' },
  'aws:sourceorgpaths': { dim: 'source-org-path', value: 'org-path' },
  'aws:sourcevpc': { dim: 'vpc', value: 'id' },
  'aws:sourcevpce': { dim: 'vpce', value: 'id' },
  'aws:sourceip': { dim: 'source-ip', value: 'ip' },
  'aws:userid': { dim: 'principal-id', value: 'userid' },
  's3:dataaccesspointaccount': { dim: 'access-point', value: 'account' },
  's3:dataaccesspointarn': { dim: 'access-point', value: 'access-point' },
};

/** Why a key that is not an identity key does not narrow the caller (for reasons). */
export function nonIdentityNote(key: string): string {
  switch (key.toLowerCase()) {
    case 'kms:viaservice':
      return `${key} names the service a request comes through, not who calls`;
    case 'aws:username':
      return `${key} is not unique across accounts`;
    case 'aws:vpcsourceip':
      return `${key} is a private address that any VPC may use`;
    default:
      return `${key} describes the request, not who calls`;
  }
}

/** The kinds of caller a statement can grant access to. */
export type CallerKind = 'aws' | 'anonymous' | 'service';

export type Presence = 'always' | 'maybe' | 'never';

/**
 * Whether a free dimension's key is in the request context, per kind of caller (IAM User
 * Guide, global condition keys, "Availability"): the organization keys only when the
 * caller's account is in an organization, the VPC keys only through a VPC endpoint,
 * aws:SourceIp except through a VPC endpoint, the source keys only for service principals.
 */
export function presence(dim: Dim, kind: CallerKind): Presence {
  switch (dim) {
    case 'organization':
    case 'org-path':
      return kind === 'aws' ? 'maybe' : 'never';
    case 'source-org':
    case 'source-org-path':
    case 'source-arn':
      return kind === 'service' ? 'maybe' : 'never';
    case 'vpc':
    case 'vpce':
      return kind === 'service' ? 'never' : 'maybe';
    case 'principal-id':
      return kind === 'aws' ? 'always' : 'maybe';
    default:
      return 'maybe';
  }
}

/** How a free dimension is reported as a scope. */
export const SCOPE_KIND = {
  organization: 'organization',
  'org-path': 'org-path',
  'source-org': 'organization',
  'source-org-path': 'org-path',
  vpc: 'vpc',
  vpce: 'vpce',
  'source-ip': 'source-ip',
  'principal-id': 'principal-id',
  'access-point': 'access-point',
  'source-arn': 'source-arn',
} as const;

export type FreeDim = keyof typeof SCOPE_KIND;

export function isFreeDim(dim: Dim): dim is FreeDim {
  return dim in SCOPE_KIND;
}
