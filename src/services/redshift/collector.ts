/**
 * Redshift, per region: the listing phase pages through `DescribeClusters` (encryption and
 * key of each cluster, and the parameter group it uses); the detail phase reads each
 * distinct parameter group once (`DescribeClusterParameters`) for its `require_ssl` value,
 * then adds the clusters. A group that cannot be read leaves `requireSsl` absent on its
 * clusters (their TLS rule is unknown), and its gap names the group.
 */
import { DescribeClusterParametersCommand, DescribeClustersCommand, RedshiftClient, type Cluster } from '@aws-sdk/client-redshift';
import { phasedCollector, type CollectContext, type Collector, type Listing } from '../../collect/collector.ts';
import { mapConcurrent } from '../../collect/paging.ts';
import { bool, date, list, listing, obj, str } from '../../collect/responses.ts';
import { PAGE_SIZES, PARAMETER_CONCURRENCY, redshift } from './index.ts';
import { mapCluster, parameterGroupArn, parameterGroupOf, requireSslOf, type RedshiftScope, type RequireSsl } from './map.ts';

export const redshiftCollector: Collector = phasedCollector({
  service: redshift.name,
  scope: redshift.scope,
  responses: {
    'redshift:DescribeClusters': listing(
      'Clusters',
      obj(
        {
          ClusterIdentifier: str,
          Encrypted: bool,
          KmsKeyId: str,
          ClusterParameterGroups: list(obj({ ParameterGroupName: str, ParameterApplyStatus: str })),
          ClusterCreateTime: date,
        },
        ['ClusterIdentifier'],
      ),
      { Marker: str },
    ),
    'redshift:DescribeClusterParameters': listing('Parameters', obj({ ParameterName: str, ParameterValue: str, Source: str }), {
      Marker: str,
    }),
  },
  list: listClusters,
});

async function listClusters(ctx: CollectContext): Promise<Listing> {
  const scope: RedshiftScope = { partition: ctx.partition, account: ctx.account, region: ctx.region };
  const client = ctx.client(RedshiftClient);
  // A listing that failed part-way keeps the clusters of the pages it read.
  const listed = await ctx.paginate(client, {
    command: (token) => new DescribeClustersCommand({ MaxRecords: PAGE_SIZES.clusters, ...(token === undefined ? {} : { Marker: token }) }),
    next: (page) => page.Marker,
    items: (page) => page.Clusters,
  });
  const clusters: Cluster[] = listed.value;
  const groups = [...new Set(clusters.map(parameterGroupOf).filter((g): g is string => g !== undefined))];
  return {
    census: { service: 'redshift', clusters: clusters.length, parameterGroups: groups.length },
    details: async () => {
      const tls = new Map<string, RequireSsl | undefined>();
      await mapConcurrent(groups, PARAMETER_CONCURRENCY, async (group) => {
        const parameters = await ctx.paginate(
          client,
          {
            command: (token) =>
              new DescribeClusterParametersCommand({
                ParameterGroupName: group,
                MaxRecords: PAGE_SIZES.parameters,
                ...(token === undefined ? {} : { Marker: token }),
              }),
            next: (page) => page.Marker,
            items: (page) => page.Parameters,
          },
          { resource: parameterGroupArn(scope, group) },
        );
        // A page that names `require_ssl` answers; only a complete list can say that the group does not set it.
        const named = parameters.value.some((p) => p.ParameterName?.toLowerCase() === 'require_ssl');
        tls.set(group, parameters.ok || named ? requireSslOf(parameters.value) : undefined);
      });
      for (const cluster of clusters) {
        const group = parameterGroupOf(cluster);
        ctx.add(mapCluster(scope, cluster, group === undefined ? undefined : tls.get(group)));
      }
    },
  };
}
