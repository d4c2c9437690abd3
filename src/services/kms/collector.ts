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
  type KeyListEntry,
  KMSClient,
} from '@aws-sdk/client-kms';
import type { OutputOf, SdkCommand } from '../../collect/command.ts';
import { phasedCollector, type CollectContext, type Collector, type Listing } from '../../collect/collector.ts';
import { mapConcurrent } from '../../collect/paging.ts';
import { PAGE_SIZES, kms } from './index.ts';
import { bool, date, list, listing, obj, policyDocument, str } from '../../collect/responses.ts';
import { mapAlias, mapKey, rotationSkippedReason, type KeyDetails } from './map.ts';

export const kmsCollector: Collector = phasedCollector({
  service: kms.name,
  scope: kms.scope,
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
function kmsPages<C extends SdkCommand, I>(
  command: (marker: { Marker?: string }) => C,
  items: (page: OutputOf<C>) => readonly I[] | undefined,
) {
  return {
    command: (token: string | undefined) => command(token === undefined ? {} : { Marker: token }),
    items,
    next: (page: { NextMarker?: string | undefined }) => page.NextMarker,
    truncated: (page: { Truncated?: boolean | undefined }) => page.Truncated,
  };
}

/** Every AWS managed key has an `alias/aws/...` alias: the keys without one are customer managed. */
const AWS_MANAGED_ALIAS = 'alias/aws/';

async function listKms(ctx: CollectContext): Promise<Listing> {
  const client = ctx.client(KMSClient);
  const [keys, aliases] = await Promise.all([
    ctx.paginate(
      client,
      kmsPages(
        (marker) => new ListKeysCommand({ Limit: PAGE_SIZES.keys, ...marker }),
        (p) => p.Keys,
      ),
    ),
    ctx.paginate(
      client,
      kmsPages(
        (marker) => new ListAliasesCommand({ Limit: PAGE_SIZES.aliases, ...marker }),
        (p) => p.Aliases,
      ),
    ),
  ]);

  // A listing that failed part-way keeps the pages it read (its gap covers the rest).
  const aliasesByKey = new Map<string, string[]>();
  const listed = new Set(keys.value.map((k) => k.KeyId ?? ''));
  for (const alias of aliases.value) {
    ctx.add(mapAlias(ctx.partition, ctx.account, ctx.region, alias, listed));
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

async function collectKey(ctx: CollectContext, key: KeyListEntry, aliases: string[]): Promise<void> {
  const client = ctx.client(KMSClient);
  const keyId = key.KeyId ?? '';
  const resource = key.KeyArn;
  const described = await ctx.send(client, new DescribeKeyCommand({ KeyId: keyId }), { resource });
  if (!described.ok || !described.value.KeyMetadata) {
    // Without metadata the key still exists: keep it with what ListKeys said, attributes unknown.
    ctx.add(
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
    ctx.send(client, new GetKeyPolicyCommand({ KeyId: keyId, PolicyName: 'default' }), { resource }),
    canRotate ? ctx.send(client, new GetKeyRotationStatusCommand({ KeyId: keyId }), { resource }) : undefined,
    customer
      ? ctx.paginate(
          client,
          kmsPages(
            (marker) => new ListResourceTagsCommand({ KeyId: keyId, Limit: PAGE_SIZES.tags, ...marker }),
            (p) => p.Tags,
          ),
          { resource },
        )
      : undefined,
    customer
      ? ctx.paginate(
          client,
          kmsPages(
            (marker) => new ListGrantsCommand({ KeyId: keyId, Limit: PAGE_SIZES.grants, ...marker }),
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
  ctx.add(mapKey(ctx.partition, ctx.account, ctx.region, details));
}
