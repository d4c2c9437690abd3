/**
 * AWS KMS, per region: keys (metadata, policy, rotation, tags, grants) and aliases.
 *
 * Quotas: KMS Developer Guide, "Request quotas" (requests-per-second), table "Request quotas
 * for each AWS KMS API operation": DescribeKey 2000, GetKeyPolicy 1000, GetKeyRotationStatus
 * 1000, ListAliases 500, ListKeys 500, ListGrants 100, ListResourceTags 2000 per second, each
 * calculated independently per account and Region.
 *
 * Call model: ListKeys and ListAliases list; every key costs DescribeKey and GetKeyPolicy,
 * rotation status only for keys that can rotate, and tags and grants (one call per page
 * each) only for customer managed keys: between 2 and 4 calls (plus extra pages) per key.
 * Counts that need DescribeKey are estimated after the listing (upper bounds).
 */
import { defineService, pages, perSecond, type Census } from '../service.ts';
import type { KmsTypes } from './types.ts';

export interface KmsCensus extends Census {
  service: 'kms';
  keys: number;
  aliases: number;
  customerKeys: number;
  /** Keys whose rotation status is read (customer managed, symmetric, AWS key material, usable state). */
  rotatableKeys: number;
  /** ListResourceTags pages over all customer managed keys (at least one per key). */
  tagPages: number;
  /** ListGrants pages over all customer managed keys (at least one per key). */
  grantPages: number;
}

export const PAGE_SIZES = { keys: 1000, aliases: 100, tags: 50, grants: 100 } as const;

export const kms = defineService<KmsTypes, KmsCensus>({
  name: 'kms',
  title: 'AWS KMS',
  scope: 'regional',
  api: { client: 'kms', protocol: 'json' },
  nodeTypes: {
    'kms.key': { title: 'KMS key', asffType: 'AwsKmsKey' },
    'kms.alias': { title: 'KMS alias' },
  },
  edges: {
    'alias-of': { doc: 'kms.alias -> kms.key', from: ['kms.alias'], to: ['kms.key'] },
    'replica-of': { doc: 'multi-region replica key -> its primary key', from: ['kms.key'], to: ['kms.key'] },
  },
  actions: [
    'kms:ListKeys',
    'kms:ListAliases',
    'kms:DescribeKey',
    'kms:GetKeyPolicy',
    'kms:GetKeyRotationStatus',
    'kms:ListResourceTags',
    'kms:ListGrants',
  ],
  quotas: {
    'kms:ListKeys': perSecond(500),
    'kms:ListAliases': perSecond(500),
    'kms:DescribeKey': perSecond(2000),
    'kms:GetKeyPolicy': perSecond(1000),
    'kms:GetKeyRotationStatus': perSecond(1000),
    'kms:ListGrants': perSecond(100),
    'kms:ListResourceTags': perSecond(2000),
  },
  pageSizes: PAGE_SIZES,
  calls: (c) => [
    { operation: 'ListKeys', calls: pages(c.keys, PAGE_SIZES.keys), phase: 'list' },
    { operation: 'ListAliases', calls: pages(c.aliases, PAGE_SIZES.aliases), phase: 'list' },
    { operation: 'DescribeKey', calls: c.keys, phase: 'detail' },
    { operation: 'GetKeyPolicy', calls: c.keys, phase: 'detail' },
    { operation: 'GetKeyRotationStatus', calls: c.rotatableKeys, phase: 'detail' },
    { operation: 'ListResourceTags', calls: c.tagPages, phase: 'detail' },
    { operation: 'ListGrants', calls: c.grantPages, phase: 'detail' },
  ],
  roundTrips: (c) => {
    const customer = c.customerKeys > 0;
    // DescribeKey, then policy / rotation / tag pages / grant pages in parallel; pages of one key follow each other.
    const perKeyPages = customer ? Math.max(1, Math.ceil(c.tagPages / c.customerKeys), Math.ceil(c.grantPages / c.customerKeys)) : 1;
    return {
      list: Math.max(pages(c.keys, PAGE_SIZES.keys), pages(c.aliases, PAGE_SIZES.aliases)),
      detail: c.keys > 0 ? 1 + perKeyPages : 0,
    };
  },
  collector: async () => (await import('./collector.ts')).kmsCollector,
  seeder: async () => (await import('./seed.ts')).seedKeys,
});
