import { CreateDomainCommand, OpenSearchClient, type TLSSecurityPolicy } from '@aws-sdk/client-opensearch';
import type { ClientFactory } from '../../collect/clients.ts';
import { fillPlaceholders, type SeededAccount } from '../../demo/seed/definition.ts';
import type { OpenSearchDomainDefinition } from './types.ts';

export async function seedOpenSearch(clients: ClientFactory, seeded: SeededAccount, domains: OpenSearchDomainDefinition[]): Promise<void> {
  for (const d of domains) {
    const vars = { account: seeded.account, region: d.region, keys: seeded.keys };
    const key = fillPlaceholders(d.kmsKey, vars);
    await clients.get('es', OpenSearchClient, seeded.account, d.region).send(
      new CreateDomainCommand({
        DomainName: d.name,
        EngineVersion: 'OpenSearch_2.13',
        EncryptionAtRestOptions: { Enabled: d.encryptionAtRest ?? key !== undefined, ...(key === undefined ? {} : { KmsKeyId: key }) },
        NodeToNodeEncryptionOptions: { Enabled: d.nodeToNode ?? false },
        // Without endpoint options the service's defaults apply.
        ...(d.enforceHttps === undefined && d.tlsPolicy === undefined
          ? {}
          : {
              DomainEndpointOptions: {
                EnforceHTTPS: d.enforceHttps ?? false,
                ...(d.tlsPolicy === undefined ? {} : { TLSSecurityPolicy: d.tlsPolicy as TLSSecurityPolicy }),
              },
            }),
      }),
    );
  }
}
