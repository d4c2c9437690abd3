import { APIGatewayClient, CreateDomainNameCommand as CreateRestDomainNameCommand } from '@aws-sdk/client-api-gateway';
import { ApiGatewayV2Client, CreateDomainNameCommand as CreateV2DomainNameCommand } from '@aws-sdk/client-apigatewayv2';
import type { ClientFactory } from '../../collect/clients.ts';
import type { SeededAccount } from '../../demo/seed/definition.ts';
import type { CustomDomainDefinition } from './types.ts';

/** Creates each custom domain name with its certificate, endpoint type and security policy. */
export async function seedCustomDomains(
  clients: ClientFactory,
  seeded: SeededAccount,
  domains: readonly CustomDomainDefinition[],
): Promise<void> {
  for (const d of domains) {
    const certificate = seeded.certificates.get(d.certificate) ?? d.certificate;
    const type = d.endpointType ?? 'REGIONAL';
    if (d.api === 'v2') {
      await clients.get('apigatewayv2', ApiGatewayV2Client, seeded.account, d.region).send(
        new CreateV2DomainNameCommand({
          DomainName: d.name,
          DomainNameConfigurations: [
            {
              CertificateArn: certificate,
              EndpointType: type as 'REGIONAL',
              ...(d.securityPolicy ? { SecurityPolicy: d.securityPolicy } : {}),
            },
          ],
        }),
      );
    } else {
      await clients.get('apigateway', APIGatewayClient, seeded.account, d.region).send(
        new CreateRestDomainNameCommand({
          domainName: d.name,
          ...(type === 'EDGE' ? { certificateArn: certificate } : { regionalCertificateArn: certificate }),
          endpointConfiguration: { types: [type] },
          ...(d.securityPolicy ? { securityPolicy: d.securityPolicy } : {}),
        }),
      );
    }
  }
}
