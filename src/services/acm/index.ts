/**
 * AWS Certificate Manager, per region: every certificate (ListCertificates with the filters
 * that leave none out), then DescribeCertificate for each.
 *
 * Quotas: ACM User Guide, "Quotas" (acm-limits), "API rate quotas": DescribeCertificate 10,
 * ListCertificates 8 requests per second, per account and Region.
 */
import { defineService, pages, perSecond, type Census } from '../service.ts';
import type { AcmTypes } from './types.ts';

export interface AcmCensus extends Census {
  service: 'acm';
  certificates: number;
}

/** ListCertificates accepts up to 1000 items a page (ACM API Reference, `MaxItems`). */
export const PAGE_SIZES = { certificates: 1000 } as const;

export const acm = defineService<AcmTypes, AcmCensus>({
  name: 'acm',
  title: 'AWS Certificate Manager',
  scope: 'regional',
  api: { client: 'acm', protocol: 'json' },
  nodeTypes: {
    'acm.certificate': { title: 'ACM certificate', asffType: 'AwsCertificateManagerCertificate', derived: ['presentedBy'] },
  },
  edges: {},
  actions: ['acm:ListCertificates', 'acm:DescribeCertificate'],
  quotas: {
    'acm:ListCertificates': perSecond(8),
    'acm:DescribeCertificate': perSecond(10),
  },
  pageSizes: PAGE_SIZES,
  calls: (c) => [
    { operation: 'ListCertificates', calls: pages(c.certificates, PAGE_SIZES.certificates), phase: 'list' },
    { operation: 'DescribeCertificate', calls: c.certificates, phase: 'detail' },
  ],
  roundTrips: (c) => ({ list: pages(c.certificates, PAGE_SIZES.certificates), detail: c.certificates > 0 ? 1 : 0 }),
  collector: async () => (await import('./collector.ts')).acmCollector,
  seeder: async () => (await import('./seed.ts')).seedCertificates,
});
