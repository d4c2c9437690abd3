/**
 * AWS Secrets Manager, per region: every secret's metadata from `ListSecrets` alone (key,
 * rotation settings and dates, tags); no per-secret call is needed, and a secret's value is
 * never read (no `GetSecretValue`, `BatchGetSecretValue` or `DescribeSecret`).
 *
 * Quotas: Secrets Manager User Guide, "AWS Secrets Manager quotas" (reference_limits), per
 * account and Region; ListSecrets 100 requests per second (raised from 50 as announced in
 * "AWS Secrets Manager increases API requests per second limits", What's New, November 2022;
 * the quotas table's row was not in the stored copy of the page).
 *
 * Call model: the listing only (at least one page); no detail phase.
 */
import { defineService, pages, perSecond, SHARED_EDGE_DOCS, type Census } from '../service.ts';
import type { SecretsManagerTypes } from './types.ts';

export interface SecretsManagerCensus extends Census {
  service: 'secretsmanager';
  secrets: number;
}

/** `ListSecrets` returns at most 100 secrets a page (Secrets Manager API Reference, `MaxResults`). */
export const PAGE_SIZES = { secrets: 100 } as const;

export const secretsmanager = defineService<SecretsManagerTypes, SecretsManagerCensus>({
  name: 'secretsmanager',
  title: 'AWS Secrets Manager',
  scope: 'regional',
  api: { client: 'secretsmanager', protocol: 'json' },
  nodeTypes: {
    'secretsmanager.secret': { title: 'Secrets Manager secret', dataResource: true, asffType: 'AwsSecretsManagerSecret' },
  },
  edges: {
    'encrypted-by': { doc: SHARED_EDGE_DOCS['encrypted-by'], from: ['secretsmanager.secret'], to: ['kms.key'] },
  },
  actions: ['secretsmanager:ListSecrets'],
  quotas: { 'secretsmanager:ListSecrets': perSecond(100) },
  pageSizes: PAGE_SIZES,
  calls: (c) => [{ operation: 'ListSecrets', calls: pages(c.secrets, PAGE_SIZES.secrets), phase: 'list' }],
  roundTrips: (c) => ({ list: pages(c.secrets, PAGE_SIZES.secrets), detail: 0 }),
  collector: async () => (await import('./collector.ts')).secretsManagerCollector,
  seeder: async () => (await import('./seed.ts')).seedSecrets,
});
