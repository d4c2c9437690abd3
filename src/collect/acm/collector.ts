/**
 * ACM, per region: every certificate of every key type and key pair origin
 * (ListCertificates at the maximum page size, with the filters that leave none out), then
 * DescribeCertificate for each (paced at its documented quota) for validation, renewal,
 * use and options.
 */
import { DescribeCertificateCommand, paginateListCertificates, type CertificateSummary } from '@aws-sdk/client-acm';
import type { CollectContext, Collector } from '../collector.ts';
import { allPages, mapConcurrent } from '../paging.ts';
import { listAllCertificatesInput, mapCertificate } from './map.ts';

export const acmCollector: Collector = {
  service: 'acm',
  scope: 'regional',
  actions: ['acm:ListCertificates', 'acm:DescribeCertificate'],
  collect: collectAcm,
};

/** ListCertificates accepts up to 1000 items a page (ACM API Reference, `MaxItems`). */
const PAGE_SIZE = 1000;
/** Requests in flight at once; the pacer holds DescribeCertificate to its quota (10 per second). */
const DESCRIBE_CONCURRENCY = 10;

async function collectAcm(ctx: CollectContext): Promise<void> {
  const client = ctx.client('acm');
  const listed = await ctx.call('ListCertificates', () =>
    allPages(paginateListCertificates({ client, pageSize: PAGE_SIZE }, listAllCertificatesInput()), (p) => p.CertificateSummaryList),
  );
  if (!listed.ok) return;
  const certificates = listed.value.filter((c): c is CertificateSummary & { CertificateArn: string } => c.CertificateArn !== undefined);
  await mapConcurrent(certificates, DESCRIBE_CONCURRENCY, async (summary) => {
    const described = await ctx.call(
      'DescribeCertificate',
      () => client.send(new DescribeCertificateCommand({ CertificateArn: summary.CertificateArn }), ctx.sendOptions),
      { resource: summary.CertificateArn },
    );
    // Without the detail the certificate still exists: keep what the summary said.
    ctx.addNode(mapCertificate(ctx.account, ctx.region, summary, described.ok ? described.value.Certificate : undefined));
  });
}
