/**
 * KMS, per region: every key (ListKeys at the maximum page size), its metadata, policy,
 * rotation status (only for keys that can rotate), tags and grants (customer managed keys
 * only: AWS managed keys have neither), and every alias. The listing phase is ListKeys and
 * ListAliases; the per-key calls are the detail phase.
 */
import {
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  ListAliasesCommand,
  ListGrantsCommand,
  ListKeysCommand,
  ListResourceTagsCommand,
  type AliasListEntry,
  type KeyListEntry,
} from '@aws-sdk/client-kms';
import { phasedCollector, type CollectContext, type Collector, type Listing } from '../../collect/collector.ts';
import { mapConcurrent, type PageSpec } from '../../collect/paging.ts';
import { PAGE_SIZES } from './index.ts';
import { bool, date, list, listing, obj, policyDocument, str } from '../../collect/responses.ts';
import { keyEdges, mapAlias, mapKey, rotationSkippedReason, type KeyDetails } from './map.ts';

export const kmsCollector: Collector = phasedCollector({
  service: 'kms',
  scope: 'regional',
  actions: [
    'kms:ListKeys',
    'kms:ListAliases',
    'kms:DescribeKey',
    'kms:GetKeyPolicy',
    'kms:GetKeyRotationStatus',
    'kms:ListResourceTags',
    'kms:ListGrants',
  ],
  responses: {
    'kms:ListKeys': listing('Keys', obj({ KeyId: str, KeyArn: str }, ['KeyId']), { NextMarker: str, Truncated: bool }),
    'kms:ListAliases': listing('Aliases', obj({ AliasName: str, AliasArn: str, TargetKeyId: str }, ['AliasName']), {
      NextMarker: str,
      Truncated: bool,
    }),
    'kms:DescribeKey': obj(
      {
        KeyMetadata: obj(
          {
            KeyId: str,
            Arn: str,
            KeyState: str,
            KeyManager: str,
            Enabled: bool,
            MultiRegion: bool,
            CreationDate: date,
            DeletionDate: date,
          },
          ['KeyId'],
        ),
      },
      ['KeyMetadata'],
    ),
    'kms:GetKeyPolicy': obj({ Policy: policyDocument }, ['Policy']),
    'kms:GetKeyRotationStatus': obj({ KeyRotationEnabled: bool, RotationPeriodInDays: { type: 'integer' } }, ['KeyRotationEnabled']),
    'kms:ListResourceTags': listing('Tags', obj({ TagKey: str, TagValue: str }, ['TagKey']), { NextMarker: str, Truncated: bool }),
    'kms:ListGrants': listing('Grants', obj({ GrantId: str, GranteePrincipal: str, Operations: list(str) }), {
      NextMarker: str,
      Truncated: bool,
    }),
  },
  list: listKms,
});

/** KMS listings page with `Marker` / `NextMarker` and say `Truncated` while more pages follow. */
function kmsPages<P extends { NextMarker?: string | undefined; Truncated?: boolean | undefined }, I>(
  send: (marker: string | undefined) => Promise<P>,
  items: (page: P) => readonly I[] | undefined,
): PageSpec<P, I> {
  return { page: send, next: (p) => p.NextMarker, items, truncated: (p) => p.Truncated };
}

const marker = (token: string | undefined) => (token === undefined ? {} : { Marker: token });

/** Every AWS managed key has an `alias/aws/...` alias: the keys without one are customer managed. */
const AWS_MANAGED_ALIAS = 'alias/aws/';

async function listKms(ctx: CollectContext): Promise<Listing> {
  const client = ctx.client('kms');
  const [keys, aliases] = await Promise.all([
    ctx.list(
      'ListKeys',
      kmsPages(
        (t) => client.send(new ListKeysCommand({ Limit: PAGE_SIZES.keys, ...marker(t) }), ctx.sendOptions),
        (p) => p.Keys,
      ),
    ),
    ctx.list(
      'ListAliases',
      kmsPages(
        (t) => client.send(new ListAliasesCommand({ Limit: PAGE_SIZES.aliases, ...marker(t) }), ctx.sendOptions),
        (p) => p.Aliases,
      ),
    ),
  ]);

  // A listing that failed part-way keeps the pages it read (its gap covers the rest).
  const aliasesByKey = new Map<string, string[]>();
  const listed = new Set(keys.value.map((k) => k.KeyId ?? ''));
  for (const alias of aliases.value) {
    addAlias(ctx, alias, listed);
    if (alias.TargetKeyId && alias.AliasName) {
      const names = aliasesByKey.get(alias.TargetKeyId) ?? [];
      names.push(alias.AliasName);
      aliasesByKey.set(alias.TargetKeyId, names);
    }
  }
  const listedKeys = keys.value;
  // Before DescribeKey, the customer managed keys are guessed from the aliases, and each is
  // assumed to rotate and to have one page of tags and of grants: an upper bound in AWS.
  const awsManaged = new Set(
    aliases.value.filter((a) => a.AliasName?.startsWith(AWS_MANAGED_ALIAS) && a.TargetKeyId).map((a) => a.TargetKeyId),
  );
  const customerKeys = listedKeys.filter((k) => !awsManaged.has(k.KeyId)).length;
  return {
    census: {
      service: 'kms',
      keys: listedKeys.length,
      aliases: aliases.value.length,
      customerKeys,
      rotatableKeys: customerKeys,
      tagPages: customerKeys,
      grantPages: customerKeys,
      estimated: true,
    },
    details: async () => {
      await mapConcurrent(listedKeys, 16, (key) => collectKey(ctx, key, aliasesByKey.get(key.KeyId ?? '') ?? []));
    },
  };
}

function addAlias(ctx: CollectContext, alias: AliasListEntry, listedKeyIds: ReadonlySet<string>): void {
  const { node, edges } = mapAlias(ctx.partition, ctx.account, ctx.region, alias, listedKeyIds);
  ctx.addNode(node);
  for (const edge of edges) ctx.addEdge(edge);
}

async function collectKey(ctx: CollectContext, key: KeyListEntry, aliases: string[]): Promise<void> {
  const client = ctx.client('kms');
  const keyId = key.KeyId ?? '';
  const resource = key.KeyArn;
  const described = await ctx.call('DescribeKey', () => client.send(new DescribeKeyCommand({ KeyId: keyId }), ctx.sendOptions), {
    resource,
  });
  if (!described.ok || !described.value.KeyMetadata) {
    // Without metadata the key still exists: keep it with what ListKeys said, attributes unknown.
    ctx.addNode(
      mapKey(ctx.partition, ctx.account, ctx.region, {
        metadata: { KeyId: keyId, Arn: key.KeyArn, AWSAccountId: ctx.account },
        described: false,
        aliases,
      }),
    );
    return;
  }
  const metadata = described.value.KeyMetadata;
  const customer = metadata.KeyManager === 'CUSTOMER';
  const canRotate = rotationSkippedReason(metadata) === undefined;

  const [policy, rotation, tags, grants] = await Promise.all([
    ctx.call('GetKeyPolicy', () => client.send(new GetKeyPolicyCommand({ KeyId: keyId, PolicyName: 'default' }), ctx.sendOptions), {
      resource,
    }),
    canRotate
      ? ctx.call('GetKeyRotationStatus', () => client.send(new GetKeyRotationStatusCommand({ KeyId: keyId }), ctx.sendOptions), {
          resource,
        })
      : undefined,
    customer
      ? ctx.list(
          'ListResourceTags',
          kmsPages(
            (t) => client.send(new ListResourceTagsCommand({ KeyId: keyId, Limit: PAGE_SIZES.tags, ...marker(t) }), ctx.sendOptions),
            (p) => p.Tags,
          ),
          { resource },
        )
      : undefined,
    customer
      ? ctx.list(
          'ListGrants',
          kmsPages(
            (t) => client.send(new ListGrantsCommand({ KeyId: keyId, Limit: PAGE_SIZES.grants, ...marker(t) }), ctx.sendOptions),
            (p) => p.Grants,
          ),
          { resource },
        )
      : undefined,
  ]);

  const details: KeyDetails = { metadata, aliases };
  if (policy.ok && policy.value.Policy !== undefined) details.policy = policy.value.Policy;
  if (rotation?.ok) details.rotation = rotation.value;
  // AWS managed keys cannot be tagged; their grants (made by AWS services) are not read.
  if (tags === undefined) details.tags = [];
  else if (tags.ok) details.tags = tags.value;
  if (grants?.ok) details.grants = grants.value;
  const node = mapKey(ctx.partition, ctx.account, ctx.region, details);
  ctx.addNode(node);
  for (const edge of keyEdges(node, ctx.partition)) ctx.addEdge(edge);
}
