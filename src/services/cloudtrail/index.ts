/**
 * AWS CloudTrail, per region: the trails that apply to the region (DescribeTrails), and for
 * each trail whose home is the region, its status and event selectors; plus a node per
 * region saying which trails log it.
 *
 * Quotas: the read APIs it calls are listed at 10 transactions per second in the AWS General
 * Reference "AWS CloudTrail endpoints and quotas" (not confirmed in the stored copy of the
 * documentation; kept as a conservative value). LookupEvents (2 per second, CloudTrail API
 * Reference) is not called.
 */
import { defineService, perSecond, SHARED_EDGE_DOCS, type Census } from '../service.ts';
import type { CloudTrailTypes } from './types.ts';

export interface CloudTrailCensus extends Census {
  service: 'cloudtrail';
  /** Trails of the account whose home is this region (GetTrailStatus + GetEventSelectors each). */
  trailsHomedHere: number;
}

export const cloudtrail = defineService<CloudTrailTypes, CloudTrailCensus>({
  name: 'cloudtrail',
  title: 'AWS CloudTrail',
  scope: 'regional',
  api: { client: 'cloudtrail', protocol: 'json' },
  nodeTypes: {
    'cloudtrail.trail': { title: 'CloudTrail trail', dataResource: true, asffType: 'AwsCloudTrailTrail' },
    'cloudtrail.region': { title: 'CloudTrail coverage of a region' },
  },
  edges: {
    'encrypted-by': { doc: SHARED_EDGE_DOCS['encrypted-by'], from: ['cloudtrail.trail'], to: ['kms.key'] },
    'logs-to': { doc: 'CloudTrail trail -> the S3 bucket that receives its log files', from: ['cloudtrail.trail'], to: ['s3.bucket'] },
    'logged-by': { doc: 'cloudtrail.region -> a trail that logs that region', from: ['cloudtrail.region'], to: ['cloudtrail.trail'] },
  },
  actions: ['cloudtrail:DescribeTrails', 'cloudtrail:GetTrailStatus', 'cloudtrail:GetEventSelectors'],
  quotas: {
    'cloudtrail:DescribeTrails': perSecond(10),
    'cloudtrail:GetTrailStatus': perSecond(10),
    'cloudtrail:GetEventSelectors': perSecond(10),
  },
  pageSizes: {},
  calls: (c) => [
    { operation: 'DescribeTrails', calls: 1, phase: 'list' },
    { operation: 'GetTrailStatus', calls: c.trailsHomedHere, phase: 'detail' },
    { operation: 'GetEventSelectors', calls: c.trailsHomedHere, phase: 'detail' },
  ],
  roundTrips: (c) => ({ list: 1, detail: c.trailsHomedHere > 0 ? 1 : 0 }),
  collector: async () => (await import('./collector.ts')).cloudtrailCollector,
  seeder: async () => (await import('./seed.ts')).seedTrails,
});
