/**
 * CloudTrail, per region: one DescribeTrails call (shadow trails included) returns every
 * trail that logs the region, including multi-region trails and organization trails homed
 * elsewhere. Each region gets a `cloudtrail.region` node with a `logged-by` edge to each of
 * those trails. A trail itself is collected once, by the task of its home region, with
 * GetTrailStatus and GetEventSelectors: one call per region plus two per trail. Trails homed
 * in another account or in a region outside the scan become `external` nodes through the
 * edges.
 */
import {
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
  type Trail,
  CloudTrailClient,
} from '@aws-sdk/client-cloudtrail';
import { cloudtrail } from './index.ts';
import { phasedCollector, type CollectContext, type Collector, type Listing } from '../../collect/collector.ts';
import { mapConcurrent } from '../../collect/paging.ts';
import { bool, list, listing, obj, str } from '../../collect/responses.ts';
import { mapRegion, mapTrail, trailHome, type TrailHome } from './map.ts';

export const cloudtrailCollector: Collector = phasedCollector({
  service: cloudtrail.name,
  scope: cloudtrail.scope,
  responses: {
    'cloudtrail:DescribeTrails': listing(
      'trailList',
      obj({ Name: str, TrailARN: str, HomeRegion: str, KmsKeyId: str, IsMultiRegionTrail: bool, IsOrganizationTrail: bool }, ['TrailARN']),
    ),
    'cloudtrail:GetTrailStatus': obj({ IsLogging: bool }, ['IsLogging']),
    'cloudtrail:GetEventSelectors': obj({ TrailARN: str, EventSelectors: list(obj({})), AdvancedEventSelectors: list(obj({})) }),
  },
  list: listCloudTrail,
});

/** Trails collected at once in one region; the pacer holds each operation to its quota. */
const TRAIL_CONCURRENCY = 5;

async function listCloudTrail(ctx: CollectContext): Promise<Listing> {
  const client = ctx.client(CloudTrailClient);
  // DescribeTrails is not paginated: it returns every trail of the region at once.
  const described = await ctx.send(client, new DescribeTrailsCommand({ includeShadowTrails: true }));
  const trails = described.ok ? (described.value.trailList ?? []) : undefined;
  const homes = trails?.map((t) => ({ trail: t, home: trailHome(t, ctx.partition, ctx.account, ctx.region) }));
  ctx.add(
    mapRegion(
      ctx.partition,
      ctx.account,
      ctx.region,
      homes?.map((h) => h.home),
    ),
  );
  const homedHere = (homes ?? []).filter((h) => h.home.account === ctx.account && h.home.region === ctx.region);
  return {
    census: { service: 'cloudtrail', trailsHomedHere: homedHere.length },
    details: async () => {
      await mapConcurrent(homedHere, TRAIL_CONCURRENCY, (h) => collectTrail(ctx, h.trail, h.home));
    },
  };
}

async function collectTrail(ctx: CollectContext, trail: Trail, home: TrailHome): Promise<void> {
  const client = ctx.client(CloudTrailClient);
  const resource = home.arn;
  const [status, selectors] = await Promise.all([
    ctx.send(client, new GetTrailStatusCommand({ Name: home.arn }), { resource }),
    ctx.send(client, new GetEventSelectorsCommand({ TrailName: home.arn }), { resource }),
  ]);
  ctx.add(
    mapTrail(ctx.partition, home, {
      trail,
      ...(status.ok ? { status: status.value } : {}),
      ...(selectors.ok ? { selectors: selectors.value } : {}),
    }),
  );
}
