import { CloudFrontClient, CreateDistributionCommand, type Origin, type ViewerCertificate } from '@aws-sdk/client-cloudfront';
import type { ClientFactory } from '../../collect/clients.ts';
import type { SeededAccount } from '../../demo/seed/definition.ts';
import type { DistributionDefinition, DistributionOriginDefinition } from './types.ts';

/** The managed cache policy CachingOptimized (CloudFront Developer Guide, "Use managed cache policies"). */
const CACHING_OPTIMIZED = '658327ea-f89d-4fab-a63d-7e88639e58f6';

function origin(o: DistributionOriginDefinition): Origin {
  if (o.protocolPolicy === undefined) return { Id: o.id, DomainName: o.domainName, S3OriginConfig: { OriginAccessIdentity: '' } };
  const protocols = o.sslProtocols ?? ['TLSv1.2'];
  return {
    Id: o.id,
    DomainName: o.domainName,
    CustomOriginConfig: {
      HTTPPort: 80,
      HTTPSPort: 443,
      OriginProtocolPolicy: o.protocolPolicy,
      OriginSslProtocols: { Quantity: protocols.length, Items: protocols },
    },
  };
}

/** Creates each distribution, enabled, in the account's global CloudFront. */
export async function seedDistributions(
  clients: ClientFactory,
  seeded: SeededAccount,
  distributions: readonly DistributionDefinition[],
): Promise<void> {
  const client = clients.get('cloudfront', CloudFrontClient, seeded.account, 'us-east-1');
  for (const d of distributions) {
    const certificate = d.certificate === undefined ? undefined : (seeded.certificates.get(d.certificate) ?? d.certificate);
    const viewer: ViewerCertificate =
      certificate === undefined
        ? { CloudFrontDefaultCertificate: true }
        : {
            ACMCertificateArn: certificate,
            SSLSupportMethod: 'sni-only',
            MinimumProtocolVersion: (d.minimumProtocolVersion ?? 'TLSv1.2_2021') as never,
          };
    const behaviors = d.behaviors ?? [];
    const aliases = d.aliases ?? [];
    await client.send(
      new CreateDistributionCommand({
        DistributionConfig: {
          CallerReference: d.ref,
          Comment: d.ref,
          Enabled: true,
          Aliases: { Quantity: aliases.length, Items: aliases },
          Origins: { Quantity: d.origins.length, Items: d.origins.map(origin) },
          DefaultCacheBehavior: {
            TargetOriginId: d.origins[0]?.id ?? '',
            ViewerProtocolPolicy: d.viewerProtocolPolicy,
            CachePolicyId: CACHING_OPTIMIZED,
          },
          CacheBehaviors: {
            Quantity: behaviors.length,
            Items: behaviors.map((b) => ({
              PathPattern: b.pathPattern,
              TargetOriginId: b.origin,
              ViewerProtocolPolicy: b.viewerProtocolPolicy,
              CachePolicyId: CACHING_OPTIMIZED,
            })),
          },
          ViewerCertificate: viewer,
        },
      }),
    );
  }
}
