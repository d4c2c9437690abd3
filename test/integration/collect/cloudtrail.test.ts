import { describe, expect, it } from 'vitest';
import { seedAccount, type AccountDefinition } from '../../../src/demo/seed/index.ts';
import type { ExternalAttributes } from '../../../src/graph/attributes.ts';
import type { CloudTrailRegionAttributes, CloudTrailTrailAttributes } from '../../../src/services/cloudtrail/types.ts';
import type { Graph } from '../../../src/graph/graph.ts';
import { takeSnapshot } from '../../../src/scan.ts';
import { actAs, emulatorClients, emulatorEndpoint } from '../../support/emulator.ts';
import { startFaultProxy } from '../../support/fault-proxy.ts';

const ACCOUNT = '123456789012';
const OTHER_ACCOUNT = '210987654321';
const regionNode = (region: string, account = ACCOUNT) => `arn:aws:cloudtrail:${region}:${account}:region-coverage`;

const definition: AccountDefinition = {
  kms: [{ ref: 'trail-logs', region: 'us-east-1', description: 'CloudTrail log files' }],
  cloudtrail: [
    { name: 'main', region: 'us-east-1', bucket: 'ct-main-logs', kmsKey: '@trail-logs', multiRegion: true, logFileValidation: true },
    {
      name: 'eu-no-kms',
      region: 'eu-west-1',
      bucket: 'ct-eu-logs',
      eventSelectors: [{ readWriteType: 'All', includeManagementEvents: true, excludeManagementEventSources: ['kms.amazonaws.com'] }],
    },
    {
      name: 'stopped',
      region: 'eu-west-1',
      bucket: 'ct-eu-logs',
      logging: false,
      advancedEventSelectors: [
        {
          name: 'management writes',
          fieldSelectors: [
            { field: 'eventCategory', equals: ['Management'] },
            { field: 'readOnly', equals: ['false'] },
          ],
        },
      ],
    },
  ],
};

const loggedBy = (graph: Graph, region: string, account = ACCOUNT) =>
  graph
    .targets(regionNode(region, account), 'logged-by')
    .map((n) => n.id)
    .sort();

describe('CloudTrail collector against the emulator', () => {
  it('collects each trail once, in its home region, and which trails log each region', async () => {
    const seeded = await seedAccount(emulatorClients(), definition);
    const { graph, snapshot } = await takeSnapshot({
      endpoint: emulatorEndpoint(),
      regions: ['eu-west-1', 'us-east-1'],
      services: ['cloudtrail', 'kms'],
    });
    const arn = (name: string) => seeded.trails.get(name)!;
    const attributes = (name: string) => graph.node(arn(name))!.attributes as CloudTrailTrailAttributes;

    expect(
      graph
        .nodesOfType('cloudtrail.trail')
        .map((n) => n.id)
        .sort(),
    ).toEqual([...seeded.trails.values()].sort());
    expect(graph.node(arn('main'))).toMatchObject({ region: 'us-east-1', account: ACCOUNT, name: 'main' });
    expect(attributes('main')).toMatchObject({
      trailName: 'main',
      homeRegion: 'us-east-1',
      isMultiRegionTrail: true,
      isOrganizationTrail: false,
      s3BucketName: 'ct-main-logs',
      kmsKeyId: seeded.keys.get('trail-logs'),
      encryptionMode: 'kms',
      encryptionLevel: 'customer-managed-kms',
      logFileValidationEnabled: true,
      isLogging: true,
      // moto returns no selectors for a trail that has the default ones (all management events).
      eventSelectors: {},
      kmsManagementEvents: 'all',
      recordsKmsManagementEvents: true,
    });
    expect(graph.targets(arn('main'), 'encrypted-by').map((n) => n.id)).toEqual([seeded.keys.get('trail-logs')]);
    expect(graph.targets(arn('main'), 'logs-to').map((n) => n.id)).toEqual(['arn:aws:s3:::ct-main-logs']);
    // S3 was not scanned: the bucket is an external node that says so.
    expect(graph.node('arn:aws:s3:::ct-main-logs')!.attributes as ExternalAttributes).toMatchObject({
      resourceType: 's3.bucket',
      reason: 'not-collected',
    });

    expect(attributes('eu-no-kms')).toMatchObject({
      homeRegion: 'eu-west-1',
      isMultiRegionTrail: false,
      encryptionMode: 'aws-owned',
      encryptionLevel: 'aws-owned',
      isLogging: true,
      eventSelectors: {
        basic: [{ readWriteType: 'All', includeManagementEvents: true, excludeManagementEventSources: ['kms.amazonaws.com'] }],
      },
      kmsManagementEvents: 'none',
      recordsKmsManagementEvents: false,
    });
    expect(attributes('stopped')).toMatchObject({ isLogging: false, kmsManagementEvents: 'write-only', recordsKmsManagementEvents: true });
    expect(attributes('stopped').eventSelectors?.advanced?.[0]?.name).toBe('management writes');

    // The multi-region trail logs both regions; each single-region trail its own.
    expect(loggedBy(graph, 'eu-west-1')).toEqual([arn('eu-no-kms'), arn('main'), arn('stopped')].sort());
    expect(loggedBy(graph, 'us-east-1')).toEqual([arn('main')]);
    expect(graph.node(regionNode('eu-west-1'))!.attributes as CloudTrailRegionAttributes).toEqual({ trailCount: 3 });

    // One DescribeTrails per region, GetTrailStatus and GetEventSelectors once per trail.
    const attempts = (operation: string) =>
      snapshot.scan.apiCalls.filter((c) => c.service === 'cloudtrail' && c.operation === operation).reduce((n, c) => n + c.attempts, 0);
    expect(attempts('DescribeTrails')).toBe(2);
    expect(attempts('GetTrailStatus')).toBe(3);
    expect(attempts('GetEventSelectors')).toBe(3);
    expect(snapshot.gaps).toEqual([]);
    expect(snapshot.scan.complete).toBe(true);
  });

  it('makes a trail homed in a region outside the scan an external node', async () => {
    const seeded = await seedAccount(emulatorClients(), definition);
    const { graph } = await takeSnapshot({ endpoint: emulatorEndpoint(), regions: ['eu-west-1'], services: ['cloudtrail'] });
    const main = graph.node(seeded.trails.get('main')!)!;
    expect(main.type).toBe('external');
    expect(main.attributes as ExternalAttributes).toMatchObject({ resourceType: 'cloudtrail.trail', reason: 'region-not-scanned' });
    expect(loggedBy(graph, 'eu-west-1')).toEqual([...seeded.trails.values()].sort());
  });

  it('scans a second account on its own', async () => {
    await seedAccount(emulatorClients(), definition);
    const other = await seedAccount(emulatorClients(), {
      account: OTHER_ACCOUNT,
      cloudtrail: [{ name: 'their-trail', region: 'eu-west-1', bucket: 'ct-other-account-logs' }],
    });
    const { graph, snapshot } = await takeSnapshot({
      endpoint: emulatorEndpoint(),
      regions: ['eu-west-1', 'us-east-1'],
      services: ['cloudtrail'],
      customizeClients: actAs(OTHER_ACCOUNT),
    });
    expect(snapshot.scan.caller?.account).toBe(OTHER_ACCOUNT);
    const trails = graph.nodesOfType('cloudtrail.trail');
    expect(trails.map((t) => t.id)).toEqual([other.trails.get('their-trail')]);
    expect(trails[0]).toMatchObject({ account: OTHER_ACCOUNT, region: 'eu-west-1' });
    expect(loggedBy(graph, 'eu-west-1', OTHER_ACCOUNT)).toEqual([other.trails.get('their-trail')]);
    expect(graph.node(regionNode('us-east-1', OTHER_ACCOUNT))!.attributes as CloudTrailRegionAttributes).toEqual({ trailCount: 0 });
    expect(snapshot.gaps).toEqual([]);
  });

  it('records a trail call throttled past its retries as a gap on that trail, and keeps the rest', async () => {
    const seeded = await seedAccount(emulatorClients(), definition);
    const proxy = await startFaultProxy(emulatorEndpoint(), [
      { service: 'cloudtrail', operation: 'GetTrailStatus', region: 'us-east-1', fault: 'throttled' },
    ]);
    try {
      const { graph, snapshot } = await takeSnapshot({
        endpoint: proxy.endpoint,
        regions: ['eu-west-1', 'us-east-1'],
        services: ['cloudtrail'],
        maxAttempts: 2,
      });
      const main = graph.node(seeded.trails.get('main')!)!.attributes as CloudTrailTrailAttributes;
      expect(main).not.toHaveProperty('isLogging');
      expect(main).toMatchObject({ isMultiRegionTrail: true, kmsManagementEvents: 'all' });
      expect((graph.node(seeded.trails.get('stopped')!)!.attributes as CloudTrailTrailAttributes).isLogging).toBe(false);
      expect(snapshot.gaps).toMatchObject([
        {
          region: 'us-east-1',
          service: 'cloudtrail',
          operation: 'GetTrailStatus',
          code: 'ThrottlingException',
          resource: seeded.trails.get('main'),
        },
      ]);
      const status = snapshot.scan.apiCalls.find((c) => c.region === 'us-east-1' && c.operation === 'GetTrailStatus');
      expect(status).toMatchObject({ attempts: 2, throttled: 2 });
    } finally {
      await proxy.close();
    }
  });
});
