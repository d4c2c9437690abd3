/**
 * ACM, per region: every certificate of every key type and key pair origin
 * (ListCertificates at the maximum page size, with the filters that leave none out), then
 * DescribeCertificate for each (paced at its documented quota) for validation, renewal,
 * use and options.
 */
import { DescribeCertificateCommand, ListCertificatesCommand, type CertificateSummary, ACMClient } from '@aws-sdk/client-acm';
import { phasedCollector, type CollectContext, type Collector, type Listing } from '../../collect/collector.ts';
import { mapConcurrent } from '../../collect/paging.ts';
import { PAGE_SIZES, acm } from './index.ts';
import { date, list, listing, obj, str } from '../../collect/responses.ts';
import { listAllCertificatesInput, mapCertificate } from './map.ts';

export const acmCollector: Collector = phasedCollector({
  service: acm.name,
  scope: acm.scope,
  responses: {
    'acm:ListCertificates': listing(
      'CertificateSummaryList',
      obj({ CertificateArn: str, DomainName: str, NotAfter: date }, ['CertificateArn']),
      {
        NextToken: str,
      },
    ),
    'acm:DescribeCertificate': obj(
      {
        Certificate: obj(
          { CertificateArn: str, Status: str, Type: str, NotAfter: date, InUseBy: list(str), KeyAlgorithm: str, RenewalEligibility: str },
          ['CertificateArn'],
        ),
      },
      ['Certificate'],
    ),
  },
  list: listAcm,
});

/** Requests in flight at once; the pacer holds DescribeCertificate to its quota (10 per second). */
const DESCRIBE_CONCURRENCY = 10;

/** ListCertificates accepts up to 1000 items a page (ACM API Reference, `MaxItems`). */
async function listAcm(ctx: CollectContext): Promise<Listing> {
  const client = ctx.client(ACMClient);
  const listed = await ctx.paginate(client, {
    command: (token) =>
      new ListCertificatesCommand({
        ...listAllCertificatesInput(),
        MaxItems: PAGE_SIZES.certificates,
        ...(token === undefined ? {} : { NextToken: token }),
      }),
    next: (p) => p.NextToken,
    items: (p) => p.CertificateSummaryList,
  });
  const certificates = listed.value.filter((c): c is CertificateSummary & { CertificateArn: string } => c.CertificateArn !== undefined);
  return {
    census: { service: 'acm', certificates: certificates.length },
    details: () => describeAll(ctx, certificates),
  };
}

async function describeAll(ctx: CollectContext, certificates: readonly (CertificateSummary & { CertificateArn: string })[]): Promise<void> {
  const client = ctx.client(ACMClient);
  await mapConcurrent(certificates, DESCRIBE_CONCURRENCY, async (summary) => {
    const described = await ctx.send(client, new DescribeCertificateCommand({ CertificateArn: summary.CertificateArn }), {
      resource: summary.CertificateArn,
    });
    // Without the detail the certificate still exists: keep what the summary said.
    ctx.add(mapCertificate(ctx.account, ctx.region, summary, described.ok ? described.value.Certificate : undefined));
  });
}
