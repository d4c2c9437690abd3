/**
 * OpenSearch Service, per region: the listing phase reads every domain name
 * (`ListDomainNames`, not paginated); the detail phase describes the domains five at a time
 * (`DescribeDomains`), whose answer holds encryption at rest and its key, node-to-node
 * encryption and the endpoint's HTTPS options. A domain whose description fails or is left
 * out of the answer is still a node, with its name only: a gap names it, and its settings
 * are unknown.
 */
import { DescribeDomainsCommand, ListDomainNamesCommand, OpenSearchClient } from '@aws-sdk/client-opensearch';
import { phasedCollector, type CollectContext, type Collector, type Listing } from '../../collect/collector.ts';
import { mapConcurrent } from '../../collect/paging.ts';
import { bool, list, obj, str } from '../../collect/responses.ts';
import { DESCRIBE_CONCURRENCY, opensearch, PAGE_SIZES } from './index.ts';
import { domainArn, mapDomain, unreadDomain, type OpenSearchScope } from './map.ts';

export const opensearchCollector: Collector = phasedCollector({
  service: opensearch.name,
  scope: opensearch.scope,
  responses: {
    'es:ListDomainNames': obj({ DomainNames: list(obj({ DomainName: str, EngineType: str }, ['DomainName'])) }),
    'es:DescribeDomains': obj(
      {
        DomainStatusList: list(
          obj(
            {
              DomainName: str,
              ARN: str,
              DomainId: str,
              EngineVersion: str,
              Endpoint: str,
              Deleted: bool,
              EncryptionAtRestOptions: obj({ Enabled: bool, KmsKeyId: str }),
              NodeToNodeEncryptionOptions: obj({ Enabled: bool }),
              DomainEndpointOptions: obj({
                EnforceHTTPS: bool,
                TLSSecurityPolicy: str,
                CustomEndpointEnabled: bool,
                CustomEndpoint: str,
                CustomEndpointCertificateArn: str,
              }),
            },
            ['DomainName'],
          ),
        ),
      },
      ['DomainStatusList'],
    ),
  },
  list: listDomains,
});

/** `items` in groups of `size`. */
function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

async function listDomains(ctx: CollectContext): Promise<Listing> {
  const scope: OpenSearchScope = { partition: ctx.partition, account: ctx.account, region: ctx.region };
  const client = ctx.client(OpenSearchClient);
  const listed = await ctx.send(client, new ListDomainNamesCommand({}));
  const names = listed.ok ? [...new Set((listed.value.DomainNames ?? []).map((d) => d.DomainName ?? '').filter((n) => n !== ''))] : [];
  return {
    census: { service: 'opensearch', domains: names.length },
    details: async () => {
      await mapConcurrent(batches(names, PAGE_SIZES.domainsPerDescribe), DESCRIBE_CONCURRENCY, async (batch) => {
        const described = await ctx.send(client, new DescribeDomainsCommand({ DomainNames: batch }), {
          resource: domainArn(scope, batch[0]!),
        });
        if (!described.ok) {
          // One call for the batch, one gap per domain it hid.
          for (const name of batch.slice(1)) ctx.recordGap(described.operation, described.error, { resource: domainArn(scope, name) });
        }
        const statuses = described.ok ? (described.value.DomainStatusList ?? []) : [];
        for (const status of statuses) ctx.add(mapDomain(scope, status));
        // A domain the answer left out (deleted since the listing) keeps its name only.
        const answered = new Set(statuses.map((s) => s.DomainName));
        for (const name of batch) if (!answered.has(name)) ctx.add(unreadDomain(scope, name));
      });
    },
  };
}
