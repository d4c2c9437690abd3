/**
 * EFS, per region: one paged listing, `DescribeFileSystems`, whose answer holds every file
 * system's encryption and key. There is no detail phase.
 */
import { DescribeFileSystemsCommand, EFSClient } from '@aws-sdk/client-efs';
import { phasedCollector, type CollectContext, type Collector, type Listing } from '../../collect/collector.ts';
import { bool, date, listing, num, obj, str } from '../../collect/responses.ts';
import { efs, PAGE_SIZES } from './index.ts';
import { mapFileSystem, type EfsScope } from './map.ts';

export const efsCollector: Collector = phasedCollector({
  service: efs.name,
  scope: efs.scope,
  responses: {
    'elasticfilesystem:DescribeFileSystems': listing(
      'FileSystems',
      obj({ FileSystemId: str, FileSystemArn: str, Encrypted: bool, KmsKeyId: str, NumberOfMountTargets: num, CreationTime: date }, [
        'FileSystemId',
      ]),
      { NextMarker: str },
    ),
  },
  list: listFileSystems,
});

async function listFileSystems(ctx: CollectContext): Promise<Listing> {
  const scope: EfsScope = { partition: ctx.partition, account: ctx.account, region: ctx.region };
  const fileSystems = await ctx.paginate(ctx.client(EFSClient), {
    command: (token) =>
      new DescribeFileSystemsCommand({ MaxItems: PAGE_SIZES.fileSystems, ...(token === undefined ? {} : { Marker: token }) }),
    next: (page) => page.NextMarker,
    items: (page) => page.FileSystems,
  });
  // A listing that failed part-way keeps the file systems of the pages it read.
  for (const f of fileSystems.value) ctx.add(mapFileSystem(scope, f));
  return { census: { service: 'efs', fileSystems: fileSystems.value.length }, details: async () => {} };
}
