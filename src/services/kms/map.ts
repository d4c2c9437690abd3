/**
 * Pure mapping of KMS API responses to graph nodes. No I/O.
 */
import type { AliasListEntry, GrantListEntry, KeyMetadata, Tag } from '@aws-sdk/client-kms';
import { arns } from '../../graph/arn.ts';
import { isAwsManagedAliasName } from '../../graph/key-ref.ts';
import type { KmsAliasAttributes, KmsGrant, KmsKeyAttributes, RotationSkippedReason } from './types.ts';
import type { PendingEdge } from '../../graph/build.ts';
import type { GraphNode } from '../../graph/types.ts';
import { compact, iso } from '../../collect/paging.ts';
import { parsePolicy } from '../../collect/policy-document.ts';

export interface KeyRotation {
  KeyRotationEnabled?: boolean | undefined;
  RotationPeriodInDays?: number | undefined;
  NextRotationDate?: Date | undefined;
}

/** Why rotation status is not asked for a key, or undefined when it should be. */
export function rotationSkippedReason(m: KeyMetadata): RotationSkippedReason | undefined {
  if (m.KeyManager === 'AWS') return 'aws-managed';
  if (m.CustomKeyStoreId !== undefined || m.Origin === 'AWS_CLOUDHSM' || m.Origin === 'EXTERNAL_KEY_STORE') return 'custom-key-store';
  if (m.Origin === 'EXTERNAL') return 'imported-material';
  const spec = m.KeySpec ?? 'SYMMETRIC_DEFAULT';
  if (spec.startsWith('HMAC_')) return 'hmac';
  if (spec !== 'SYMMETRIC_DEFAULT') return 'asymmetric';
  if (
    m.KeyState === 'PendingDeletion' ||
    m.KeyState === 'PendingReplicaDeletion' ||
    m.KeyState === 'PendingImport' ||
    m.KeyState === 'Unavailable'
  )
    return 'key-state';
  return undefined;
}

/**
 * Who manages a key: what DescribeKey says, except that a key an `alias/aws/*` alias points
 * at is AWS managed whatever it says. AWS reserves those aliases for its managed keys
 * (CreateAlias refuses them), so only an emulator answers otherwise: moto creates the key of
 * `alias/aws/<service>` on first use and reports it as `CUSTOMER`.
 */
export function keyManagerOf(keyManager: KeyMetadata['KeyManager'], aliases: readonly string[]): KmsKeyAttributes['keyManager'] {
  return aliases.some(isAwsManagedAliasName) ? 'AWS' : keyManager;
}

export function mapGrant(g: GrantListEntry): KmsGrant {
  const constraints = g.Constraints
    ? compact({
        encryptionContextEquals: g.Constraints.EncryptionContextEquals,
        encryptionContextSubset: g.Constraints.EncryptionContextSubset,
      })
    : undefined;
  return compact({
    grantId: g.GrantId ?? '',
    name: g.Name || null,
    granteePrincipal: g.GranteePrincipal ?? '',
    retiringPrincipal: g.RetiringPrincipal || null,
    issuingAccount: g.IssuingAccount,
    operations: [...(g.Operations ?? [])].sort(),
    constraints: constraints && Object.keys(constraints).length > 0 ? constraints : null,
    creationDate: iso(g.CreationDate),
  });
}

export interface KeyDetails {
  metadata: KeyMetadata;
  /** False when DescribeKey failed and `metadata` holds only what ListKeys said: nothing it lacks was read. */
  described?: boolean;
  /** Undefined when it could not be read (a gap says why). */
  policy?: string;
  rotation?: KeyRotation;
  tags?: Tag[];
  grants?: GrantListEntry[];
  aliases: string[];
}

/** A key node and its edges (a multi-region replica points at its primary). */
export function mapKey(
  partition: string,
  account: string,
  region: string,
  d: KeyDetails,
): { node: GraphNode<KmsKeyAttributes>; edges: PendingEdge[] } {
  const m = d.metadata;
  const keyArn = m.Arn ?? arns.kmsKey(partition, region, account, m.KeyId ?? '');
  const described = d.described !== false;
  const skipped = described ? (rotationSkippedReason(m) ?? null) : undefined;
  // Read, and none only when DescribeKey answered.
  const none = described ? null : undefined;
  const attributes: KmsKeyAttributes = compact({
    keyId: m.KeyId ?? '',
    arn: keyArn,
    description: m.Description || none,
    keyManager: keyManagerOf(m.KeyManager, d.aliases),
    keySpec: m.KeySpec,
    keyUsage: m.KeyUsage,
    origin: m.Origin,
    keyState: m.KeyState,
    enabled: m.Enabled,
    creationDate: iso(m.CreationDate),
    deletionDate: iso(m.DeletionDate),
    pendingDeletionWindowInDays: m.PendingDeletionWindowInDays,
    validTo: iso(m.ValidTo),
    expirationModel: m.ExpirationModel,
    multiRegion: m.MultiRegion,
    multiRegionKeyType: m.MultiRegionConfiguration?.MultiRegionKeyType,
    primaryKeyArn: m.MultiRegionConfiguration?.PrimaryKey?.Arn,
    replicaKeyArns: m.MultiRegionConfiguration?.ReplicaKeys?.map((r) => r.Arn ?? '')
      .filter((a) => a !== '')
      .sort(),
    customKeyStoreId: m.CustomKeyStoreId ?? none,
    rotationEnabled: d.rotation?.KeyRotationEnabled,
    rotationPeriodInDays: d.rotation?.RotationPeriodInDays,
    nextRotationDate: iso(d.rotation?.NextRotationDate),
    rotationSkippedReason: skipped,
    policy: parsePolicy(d.policy),
    aliases: [...d.aliases].sort(),
    grants: d.grants?.map(mapGrant).sort((a, b) => (a.grantId < b.grantId ? -1 : 1)),
  });
  const node: GraphNode<KmsKeyAttributes> = {
    id: keyArn,
    type: 'kms.key',
    account,
    region,
    name: d.aliases.length > 0 ? [...d.aliases].sort()[0]! : (m.KeyId ?? keyArn),
    tags: Object.fromEntries((d.tags ?? []).map((t) => [t.TagKey ?? '', t.TagValue ?? ''])),
    attributes,
  };
  return { node, edges: keyEdges(node, partition) };
}

/** Edges of a key: a multi-region replica points at its primary. */
function keyEdges(node: GraphNode<KmsKeyAttributes>, partition: string): PendingEdge[] {
  const primary = node.attributes.primaryKeyArn;
  if (node.attributes.multiRegionKeyType !== 'REPLICA' || primary === undefined) return [];
  return [
    {
      from: node.id,
      kind: 'replica-of',
      field: 'KeyMetadata.MultiRegionConfiguration.PrimaryKey.Arn',
      ref: primary,
      target: { kind: 'kms-key', context: { partition, account: node.account, region: node.region } },
    },
  ];
}

/**
 * An alias and its `alias-of` edge. The edge is made only when the target key was listed:
 * in AWS an alias always names an existing key, but emulators list the reserved
 * `alias/aws/*` names with targets that do not exist, which must not become "missing keys".
 */
export function mapAlias(
  partition: string,
  account: string,
  region: string,
  a: AliasListEntry,
  listedKeyIds: ReadonlySet<string>,
): { node: GraphNode<KmsAliasAttributes>; edges: PendingEdge[] } {
  const name = a.AliasName ?? '';
  const id = a.AliasArn ?? arns.kmsAlias(partition, region, account, name);
  const node: GraphNode<KmsAliasAttributes> = {
    id,
    type: 'kms.alias',
    account,
    region,
    name,
    tags: {},
    attributes: compact({ aliasName: name, targetKeyId: a.TargetKeyId, awsManaged: name.startsWith('alias/aws/') }),
  };
  const edges: PendingEdge[] =
    a.TargetKeyId === undefined || !listedKeyIds.has(a.TargetKeyId)
      ? []
      : [
          {
            from: id,
            kind: 'alias-of',
            field: 'Aliases[].TargetKeyId',
            ref: a.TargetKeyId,
            target: { kind: 'kms-key', context: { partition, account, region } },
          },
        ];
  return { node, edges };
}
