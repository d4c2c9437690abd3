/**
 * Derived attributes, computed once when the graph is built so that rules only read them:
 * key health, the encryption level of every data resource, how many endpoints present each
 * certificate, external grantees of keys, and
 * the policy analysis of key and bucket policies (`src/policy`).
 */
import { analyzePolicy, enforcesSecureTransport } from '../policy/index.ts';
import { parseArn } from './arn.ts';
import {
  DATA_RESOURCE_TYPES,
  ENCRYPTION_LEVELS,
  USES_CERTIFICATE,
  type EncryptionLevel,
  type ExternalAttributes,
  type KeyHealth,
  type DataResourceAttributes,
} from './attributes.ts';
import type { AcmCertificateAttributes } from '../services/acm/types.ts';
import { type KmsKeyAttributes } from '../services/kms/types.ts';
import { type S3BucketAttributes } from '../services/s3/types.ts';
import { SERVICE_LIST } from '../services/registry.ts';
import type { Graph } from './graph.ts';
import type { GraphNode, NodeType } from './types.ts';

/**
 * The attributes `deriveAttributes` computes, by node type: never set by collectors, and
 * never stated by rule fixtures (their runner derives them as a scan does).
 */
export const DERIVED_ATTRIBUTES: Partial<Record<NodeType, readonly string[]>> = {
  'kms.key': ['health', 'policyAnalysis', 'externalGrantees'],
  's3.bucket': ['policyAnalysis', 'secureTransportEnforced', 'encryptionLevel'],
  external: ['health'],
  ...Object.fromEntries(DATA_RESOURCE_TYPES.filter((t) => t !== 's3.bucket').map((t) => [t, ['encryptionLevel']])),
  ...Object.fromEntries(
    SERVICE_LIST.flatMap((m) => Object.entries(m.nodeTypes).flatMap(([type, t]) => (t.derived ? [[type, t.derived]] : []))),
  ),
};

export function deriveAttributes(graph: Graph): void {
  for (const node of graph.nodes) {
    if (node.type === 'kms.key') deriveKey(node as GraphNode<KmsKeyAttributes>);
    else if (node.type === 's3.bucket') deriveBucket(node as GraphNode<S3BucketAttributes>);
    else if (node.type === 'external') deriveExternal(node as GraphNode<ExternalAttributes>);
  }
  const dataTypes: readonly string[] = DATA_RESOURCE_TYPES;
  for (const node of graph.nodes) {
    if (dataTypes.includes(node.type)) {
      const level = encryptionLevelOf(graph, node as GraphNode<DataResourceAttributes>);
      if (level !== undefined) (node.attributes as DataResourceAttributes).encryptionLevel = level;
    }
  }
  for (const node of graph.nodesOfType('acm.certificate')) deriveCertificateUsers(graph, node);
}

/** How many collected resources present each certificate: distinct sources of its `uses-certificate` edges. */
function deriveCertificateUsers(graph: Graph, node: GraphNode): void {
  const users = new Set(graph.incoming(node.id, USES_CERTIFICATE).map((e) => e.from));
  (node.attributes as AcmCertificateAttributes).presentedBy = users.size;
}

/**
 * A snapshot written before `presentedBy` existed (same schema version: attributes may be
 * added) gets it from its own edges when it is read, so that the rules that count a
 * certificate's endpoints decide as they do on a new scan.
 */
export function deriveMissingCertificateUsers(graph: Graph): void {
  for (const node of graph.nodesOfType('acm.certificate')) {
    if ((node.attributes as AcmCertificateAttributes).presentedBy === undefined) deriveCertificateUsers(graph, node);
  }
}

/** Key health from the raw key state. */
export function keyHealth(keyState: string | undefined): KeyHealth | undefined {
  switch (keyState) {
    case 'Enabled':
    case 'Updating':
      return 'enabled';
    case 'Disabled':
      return 'disabled';
    case 'PendingDeletion':
    case 'PendingReplicaDeletion':
      return 'pending-deletion';
    case 'PendingImport':
      return 'pending-import';
    case 'Unavailable':
    case 'Creating':
      return 'unavailable';
    default:
      return undefined;
  }
}

function deriveKey(node: GraphNode<KmsKeyAttributes>): void {
  const a = node.attributes;
  const health = keyHealth(a.keyState);
  if (health !== undefined) a.health = health;
  if (a.grants !== undefined) {
    const external = new Set<string>();
    for (const grant of a.grants) {
      for (const principal of [grant.granteePrincipal, grant.retiringPrincipal ?? undefined]) {
        const account = principalAccount(principal);
        if (account !== undefined && account !== node.account) external.add(principal as string);
      }
    }
    a.externalGrantees = [...external].sort();
  }
  if (a.policy !== undefined) a.policyAnalysis = analyzePolicy(a.policy, 'kms', node.account);
}

/** A bucket policy that was read (null: the bucket has none) gets a verdict; one not read stays absent. */
function deriveBucket(node: GraphNode<S3BucketAttributes>): void {
  const a = node.attributes;
  if (a.policy === undefined) return;
  a.policyAnalysis = analyzePolicy(a.policy, 's3', node.account);
  const secure = enforcesSecureTransport(a.policy, node.id);
  if (secure !== undefined) a.secureTransportEnforced = secure;
}

/** The account of an IAM principal (ARN or bare account id); undefined for service principals. */
export function principalAccount(principal: string | undefined): string | undefined {
  if (principal === undefined) return undefined;
  if (/^\d{12}$/.test(principal)) return principal;
  const arn = parseArn(principal);
  return arn && /^\d{12}$/.test(arn.account) ? arn.account : undefined;
}

function deriveExternal(node: GraphNode<ExternalAttributes>): void {
  const a = node.attributes;
  if (a.resourceType === 'kms.key' && a.reason === 'not-found' && !a.awsManagedAlias) a.health = 'missing';
}

/**
 * `none` and `aws-owned` come from the resource itself; for `kms`, the level is the weakest
 * over the keys the resource is encrypted by (`encrypted-by`, or `default-key` for account
 * settings). Unknown when the mode was not read or a key's manager cannot be known.
 */
export function encryptionLevelOf(graph: Graph, node: GraphNode<DataResourceAttributes>): EncryptionLevel | undefined {
  const mode = node.attributes.encryptionMode;
  if (mode === undefined) return undefined;
  if (mode === 'none') return 'none';
  if (mode === 'aws-owned') return 'aws-owned';
  const keys = [...graph.targets(node.id, 'encrypted-by'), ...graph.targets(node.id, 'default-key')];
  if (keys.length === 0) return undefined;
  let weakest: EncryptionLevel | undefined;
  for (const key of keys) {
    const level = keyLevel(node, key);
    if (level === undefined) return undefined;
    if (weakest === undefined || ENCRYPTION_LEVELS.indexOf(level) < ENCRYPTION_LEVELS.indexOf(weakest)) weakest = level;
  }
  return weakest;
}

function keyLevel(resource: GraphNode, key: GraphNode): EncryptionLevel | undefined {
  if (key.type === 'kms.key') {
    const a = key.attributes as KmsKeyAttributes;
    if (a.keyManager === 'AWS') return 'aws-managed-kms';
    if (a.keyManager !== 'CUSTOMER') return undefined;
    return a.origin === 'EXTERNAL_KEY_STORE' ? 'external-key-store' : 'customer-managed-kms';
  }
  if (key.type === 'external') {
    const a = key.attributes as unknown as ExternalAttributes;
    if (a.awsManagedAlias) return 'aws-managed-kms';
    // AWS managed keys cannot be used from another account, so a key of another account is
    // a customer managed key.
    if (key.account !== '' && key.account !== resource.account) return 'customer-managed-kms';
  }
  return undefined;
}
