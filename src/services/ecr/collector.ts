/**
 * Amazon ECR, per region: every private repository of the account's registry, with its
 * encryption configuration, from DescribeRepositories at the largest page size.
 */
import { DescribeRepositoriesCommand, ECRClient } from '@aws-sdk/client-ecr';
import { phasedCollector, type CollectContext, type Collector, type Listing } from '../../collect/collector.ts';
import { date, listing, obj, str } from '../../collect/responses.ts';
import { PAGE_SIZES, ecr } from './index.ts';
import { mapRepository, type EcrScope } from './map.ts';

export const ecrCollector: Collector = phasedCollector({
  service: ecr.name,
  scope: ecr.scope,
  responses: {
    'ecr:DescribeRepositories': listing(
      'repositories',
      obj(
        {
          repositoryArn: str,
          repositoryName: str,
          registryId: str,
          createdAt: date,
          encryptionConfiguration: obj({ encryptionType: str, kmsKey: str }, ['encryptionType']),
        },
        ['repositoryArn', 'repositoryName'],
      ),
      { nextToken: str },
    ),
  },
  list: listRepositories,
});

async function listRepositories(ctx: CollectContext): Promise<Listing> {
  const scope: EcrScope = { partition: ctx.partition, account: ctx.account, region: ctx.region };
  const repositories = await ctx.paginate(ctx.client(ECRClient), {
    command: (token) => new DescribeRepositoriesCommand({ maxResults: PAGE_SIZES.repositories, nextToken: token }),
    next: (p) => p.nextToken,
    items: (p) => p.repositories,
  });
  // A listing that failed part-way keeps the repositories of the pages it read.
  for (const repository of repositories.value) ctx.add(mapRepository(scope, repository));
  return { census: { service: 'ecr', repositories: repositories.value.length }, details: async () => {} };
}
