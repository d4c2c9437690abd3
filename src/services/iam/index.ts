/**
 * IAM, once per account (a global service): the server certificates that load balancers may
 * present instead of ACM certificates (`ListServerCertificates`; the listing holds everything
 * read, so there is no detail phase).
 *
 * Quotas: not documented. The IAM User Guide's "IAM and AWS STS quotas" (reference_iam-quotas)
 * lists object quotas (20 server certificates per account, raisable) but no request rate for
 * `ListServerCertificates`: not paced; the SDK's adaptive retries back off when throttled.
 *
 * Call model: one call per page of 1,000 certificates, at least one, to the partition's IAM endpoint.
 */
import { defineService, pages, type Census } from '../service.ts';
import type { IamTypes } from './types.ts';

export interface IamCensus extends Census {
  service: 'iam';
  serverCertificates: number;
}

/** `MaxItems` is 1 to 1000 (IAM API Reference, ListServerCertificates). */
export const PAGE_SIZES = { serverCertificates: 1000 } as const;

export const iam = defineService<IamTypes, IamCensus>({
  name: 'iam',
  title: 'AWS IAM (server certificates)',
  scope: 'global',
  api: { client: 'iam', protocol: 'query' },
  nodeTypes: {
    'iam.server-certificate': { title: 'IAM server certificate' },
  },
  edges: {},
  actions: ['iam:ListServerCertificates'],
  quotas: {},
  pageSizes: PAGE_SIZES,
  calls: (c) => [{ operation: 'ListServerCertificates', calls: pages(c.serverCertificates, PAGE_SIZES.serverCertificates), phase: 'list' }],
  roundTrips: (c) => ({ list: pages(c.serverCertificates, PAGE_SIZES.serverCertificates), detail: 0 }),
  collector: async () => (await import('./collector.ts')).iamCollector,
  seeder: async () => (await import('./seed.ts')).seedServerCertificates,
});
