/**
 * Amazon CloudFront, once per account: every distribution with its cache behaviors, origins
 * and viewer certificate, from ListDistributions (the summaries carry all of it).
 */
import { CloudFrontClient, ListDistributionsCommand } from '@aws-sdk/client-cloudfront';
import { phasedCollector, type CollectContext, type Collector, type Listing } from '../../collect/collector.ts';
import { bool, list, obj, str } from '../../collect/responses.ts';
import { PAGE_SIZES, cloudfront } from './index.ts';
import { mapDistribution } from './map.ts';

const items = (item: unknown) => obj({ Items: list(item) });
const behavior = { ViewerProtocolPolicy: str, TargetOriginId: str };

export const cloudfrontCollector: Collector = phasedCollector({
  service: cloudfront.name,
  scope: cloudfront.scope,
  responses: {
    'cloudfront:ListDistributions': obj(
      {
        DistributionList: obj(
          {
            Items: list(
              obj(
                {
                  Id: str,
                  ARN: str,
                  DomainName: str,
                  Enabled: bool,
                  Aliases: items(str),
                  Origins: items(
                    obj(
                      {
                        Id: str,
                        DomainName: str,
                        CustomOriginConfig: obj({ OriginProtocolPolicy: str, OriginSslProtocols: items(str) }),
                      },
                      ['Id'],
                    ),
                  ),
                  DefaultCacheBehavior: obj(behavior),
                  CacheBehaviors: items(obj({ PathPattern: str, ...behavior })),
                  ViewerCertificate: obj({ ACMCertificateArn: str, IAMCertificateId: str, MinimumProtocolVersion: str }),
                },
                ['Id'],
              ),
            ),
            IsTruncated: bool,
            NextMarker: str,
          },
          ['IsTruncated'],
        ),
      },
      ['DistributionList'],
    ),
  },
  list: listDistributions,
});

async function listDistributions(ctx: CollectContext): Promise<Listing> {
  // A list-level gap is global (region ''): every distribution of the account is missing.
  const distributions = await ctx.paginate(
    ctx.client(CloudFrontClient),
    {
      command: (marker) => new ListDistributionsCommand({ MaxItems: PAGE_SIZES.distributions, Marker: marker }),
      next: (p) => (p.DistributionList?.IsTruncated ? p.DistributionList.NextMarker : undefined),
      items: (p) => p.DistributionList?.Items,
      truncated: (p) => p.DistributionList?.IsTruncated,
    },
    { region: '' },
  );
  // A listing that failed part-way keeps the distributions of the pages it read.
  for (const d of distributions.value) ctx.add(mapDistribution(ctx.account, ctx.partition, d));
  return { census: { service: 'cloudfront', distributions: distributions.value.length }, details: async () => {} };
}
