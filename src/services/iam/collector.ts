/**
 * IAM, once per account: every server certificate (`ListServerCertificates` at the largest
 * page size). A failed listing is a global gap (region ''): listeners that name a server
 * certificate then point at an `external` node that says it was not collected.
 */
import { IAMClient, ListServerCertificatesCommand, type ServerCertificateMetadata } from '@aws-sdk/client-iam';
import { phasedCollector, type CollectContext, type Collector, type Listing } from '../../collect/collector.ts';
import { bool, date, listing, obj, str } from '../../collect/responses.ts';
import { PAGE_SIZES, iam } from './index.ts';
import { mapServerCertificate } from './map.ts';

export const iamCollector: Collector = phasedCollector({
  service: iam.name,
  scope: iam.scope,
  responses: {
    'iam:ListServerCertificates': listing(
      'ServerCertificateMetadataList',
      obj({ ServerCertificateName: str, ServerCertificateId: str, Arn: str, Path: str, UploadDate: date, Expiration: date }, ['Arn']),
      { IsTruncated: bool, Marker: str },
    ),
  },
  list: listServerCertificates,
});

async function listServerCertificates(ctx: CollectContext): Promise<Listing> {
  const listed = await ctx.paginate(
    ctx.client(IAMClient),
    {
      command: (marker) => new ListServerCertificatesCommand({ MaxItems: PAGE_SIZES.serverCertificates, Marker: marker }),
      next: (p) => (p.IsTruncated === true ? p.Marker : undefined),
      items: (p) => p.ServerCertificateMetadataList,
      truncated: (p) => p.IsTruncated,
    },
    { region: '' },
  );
  // A listing that failed part-way keeps the certificates of the pages it read.
  const certificates = listed.value.filter((m): m is ServerCertificateMetadata & { Arn: string } => m.Arn !== undefined && m.Arn !== '');
  for (const m of certificates) ctx.add(mapServerCertificate(ctx.account, m));
  return { census: { service: 'iam', serverCertificates: certificates.length }, details: async () => {} };
}
