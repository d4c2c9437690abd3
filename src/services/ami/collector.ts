/**
 * EC2 AMIs, per region: the images the account owns, from DescribeImages (`Owners=self`, never
 * other accounts' public images) at the largest page size. Everything the rules need is in
 * the listing (`Public`, the block-device mappings), so there is no detail phase.
 */
import { DescribeImagesCommand, EC2Client } from '@aws-sdk/client-ec2';
import { phasedCollector, type CollectContext, type Collector, type Listing } from '../../collect/collector.ts';
import { bool, list, listing, obj, str } from '../../collect/responses.ts';
import { PAGE_SIZES, ami } from './index.ts';
import { mapImage, type AmiScope } from './map.ts';

export const amiCollector: Collector = phasedCollector({
  service: ami.name,
  scope: ami.scope,
  responses: {
    'ec2:DescribeImages': listing(
      'Images',
      obj(
        {
          ImageId: str,
          OwnerId: str,
          Public: bool,
          State: str,
          CreationDate: str,
          BlockDeviceMappings: list(
            obj({ DeviceName: str, Ebs: obj({ SnapshotId: str, Encrypted: bool, KmsKeyId: str }), VirtualName: str }),
          ),
        },
        ['ImageId'],
      ),
      { NextToken: str },
    ),
  },
  list: listImages,
});

async function listImages(ctx: CollectContext): Promise<Listing> {
  const scope: AmiScope = { partition: ctx.partition, account: ctx.account, region: ctx.region };
  const images = await ctx.paginate(ctx.client(EC2Client), {
    command: (token) => new DescribeImagesCommand({ Owners: ['self'], MaxResults: PAGE_SIZES.images, NextToken: token }),
    next: (p) => p.NextToken,
    items: (p) => p.Images,
  });
  // A listing that failed part-way keeps the images of the pages it read.
  for (const image of images.value) ctx.add(mapImage(scope, image));
  return { census: { service: 'ami', images: images.value.length }, details: async () => {} };
}
