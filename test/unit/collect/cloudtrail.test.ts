/**
 * The CloudTrail collector against canned AWS answers (the real client stack), for what
 * the emulator does not model (organization trails of another account, delivery errors,
 * the default event selector returned explicitly, HasCustomEventSelectors), and the
 * reading of event selectors as a table of pure cases.
 */
import type { GetEventSelectorsResponse, GetTrailStatusResponse, Trail } from '@aws-sdk/client-cloudtrail';
import { describe, expect, it } from 'vitest';
import { cloudtrailCollector } from '../../../src/services/cloudtrail/collector.ts';
import { KMS_EVENT_SOURCE, managementEventCoverage, recordsKmsManagementEvents } from '../../../src/services/cloudtrail/map.ts';
import { collectAll } from '../../../src/collect/index.ts';
import type { ExternalAttributes } from '../../../src/graph/attributes.ts';
import type {
  CloudTrailEventSelectors,
  CloudTrailRegionAttributes,
  CloudTrailTrailAttributes,
} from '../../../src/services/cloudtrail/types.ts';
import { buildGraph } from '../../../src/graph/build.ts';
import { awsError, CannedAws, type CannedAnswers } from '../../support/canned-aws.ts';

const ACCOUNT = '111122223333';
const MANAGEMENT_ACCOUNT = '999988887777';
const REGIONS = ['eu-west-1', 'us-east-1'];
const trailArn = (region: string, name: string, account = ACCOUNT) => `arn:aws:cloudtrail:${region}:${account}:trail/${name}`;
const regionNode = (region: string) => `arn:aws:cloudtrail:${region}:${ACCOUNT}:region-coverage`;

const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;

/** Homed in us-east-1, logs every region, encrypted with a customer key, records only write events. */
const MAIN: Trail = {
  Name: 'main',
  TrailARN: trailArn('us-east-1', 'main'),
  HomeRegion: 'us-east-1',
  IsMultiRegionTrail: true,
  IsOrganizationTrail: false,
  S3BucketName: 'central-trail-logs',
  KmsKeyId: KEY,
  LogFileValidationEnabled: true,
  HasCustomEventSelectors: true,
  IncludeGlobalServiceEvents: true,
};
/** Homed in eu-west-1, that region only, SSE-S3, KMS events excluded, failing delivery. */
const EU_AUDIT: Trail = {
  Name: 'eu-audit',
  TrailARN: trailArn('eu-west-1', 'eu-audit'),
  HomeRegion: 'eu-west-1',
  IsMultiRegionTrail: false,
  IsOrganizationTrail: false,
  S3BucketName: 'eu-audit-logs',
  LogFileValidationEnabled: false,
  HasCustomEventSelectors: true,
};
/** The organization's trail, owned by the management account. */
const ORG: Trail = {
  Name: 'org-trail',
  TrailARN: trailArn('us-east-1', 'org-trail', MANAGEMENT_ACCOUNT),
  HomeRegion: 'us-east-1',
  IsMultiRegionTrail: true,
  IsOrganizationTrail: true,
  S3BucketName: 'org-trail-logs',
};
/** This account's trail homed in a region the scan does not cover. */
const APAC: Trail = {
  Name: 'apac',
  TrailARN: trailArn('ap-southeast-2', 'apac'),
  HomeRegion: 'ap-southeast-2',
  IsMultiRegionTrail: true,
  S3BucketName: 'apac-logs',
};

const TRAILS_BY_REGION: Record<string, Trail[]> = {
  'eu-west-1': [MAIN, EU_AUDIT, ORG, APAC],
  'us-east-1': [MAIN, ORG, APAC],
};

const STATUS: Record<string, GetTrailStatusResponse> = {
  [MAIN.TrailARN!]: { IsLogging: true, LatestDeliveryTime: new Date('2026-12-01T10:00:00Z') },
  [EU_AUDIT.TrailARN!]: {
    IsLogging: true,
    LatestDeliveryError: 'AccessDenied',
    StartLoggingTime: new Date('2026-01-01T00:00:00Z'),
  },
};

const SELECTORS: Record<string, GetEventSelectorsResponse> = {
  [MAIN.TrailARN!]: {
    TrailARN: MAIN.TrailARN,
    AdvancedEventSelectors: [
      {
        Name: 'Management writes',
        FieldSelectors: [
          { Field: 'eventCategory', Equals: ['Management'] },
          { Field: 'readOnly', Equals: ['false'] },
        ],
      },
    ],
  },
  [EU_AUDIT.TrailARN!]: {
    TrailARN: EU_AUDIT.TrailARN,
    EventSelectors: [
      { ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [], ExcludeManagementEventSources: [KMS_EVENT_SOURCE] },
    ],
  },
};

/**
 * Answers like AWS in each region (the region of the client that asks), except where
 * `overrides` says otherwise; `calls` records which call was made where.
 */
function cannedTrails(overrides: NonNullable<CannedAnswers['cloudtrail']> = {}): CannedAws {
  return new CannedAws({
    cloudtrail: {
      DescribeTrails: (_input, call) => ({ trailList: TRAILS_BY_REGION[call.region] ?? [] }),
      GetTrailStatus: (input: { Name: string }) => STATUS[input.Name] ?? {},
      GetEventSelectors: (input: { TrailName: string }) => SELECTORS[input.TrailName] ?? {},
      ...overrides,
    },
  });
}

async function collect(aws: CannedAws) {
  const outcome = await collectAll({
    accounts: [ACCOUNT],
    regions: REGIONS,
    services: ['cloudtrail'],
    partition: 'aws',
    clients: aws.clients(),
    collectors: { cloudtrail: cloudtrailCollector },
  });
  return buildGraph(outcome.data);
}

describe('CloudTrail collector (canned AWS answers)', () => {
  it('collects each trail once, in its home region: one call per region plus two per trail', async () => {
    const aws = cannedTrails();
    const graph = await collect(aws);
    const calls = aws.calls;

    const describeCalls = calls.filter((c) => c.operation === 'DescribeTrails');
    expect(describeCalls.map((c) => c.region).sort()).toEqual(REGIONS);
    for (const c of describeCalls) expect(c.input).toEqual({ includeShadowTrails: true });
    const perTrail = calls
      .filter((c) => c.operation !== 'DescribeTrails')
      .map((c) => `${c.operation} ${c.region} ${String(c.input['Name'] ?? c.input['TrailName'])}`)
      .sort();
    expect(perTrail).toEqual([
      `GetEventSelectors eu-west-1 ${EU_AUDIT.TrailARN}`,
      `GetEventSelectors us-east-1 ${MAIN.TrailARN}`,
      `GetTrailStatus eu-west-1 ${EU_AUDIT.TrailARN}`,
      `GetTrailStatus us-east-1 ${MAIN.TrailARN}`,
    ]);
    expect(calls).toHaveLength(REGIONS.length + 2 * 2);

    // One node per trail of this account homed in a scanned region.
    expect(
      graph
        .nodesOfType('cloudtrail.trail')
        .map((n) => n.id)
        .sort(),
    ).toEqual([EU_AUDIT.TrailARN, MAIN.TrailARN].sort());
    const main = graph.node(MAIN.TrailARN!)!;
    expect(main.region).toBe('us-east-1');
    expect(main.attributes as CloudTrailTrailAttributes).toMatchObject({
      trailName: 'main',
      homeRegion: 'us-east-1',
      isMultiRegionTrail: true,
      isOrganizationTrail: false,
      s3BucketName: 'central-trail-logs',
      kmsKeyId: KEY,
      encryptionMode: 'kms',
      logFileValidationEnabled: true,
      isLogging: true,
      latestDeliveryTime: '2026-12-01T10:00:00.000Z',
      kmsManagementEvents: 'write-only',
      recordsKmsManagementEvents: true,
    });
    expect((main.attributes as CloudTrailTrailAttributes).eventSelectors).toEqual({
      basic: null,
      advanced: [
        {
          name: 'Management writes',
          fieldSelectors: [
            { field: 'eventCategory', equals: ['Management'] },
            { field: 'readOnly', equals: ['false'] },
          ],
        },
      ],
    });
    expect(graph.targets(main.id, 'encrypted-by').map((n) => n.id)).toEqual([KEY]);
    expect(graph.targets(main.id, 'logs-to').map((n) => n.id)).toEqual(['arn:aws:s3:::central-trail-logs']);

    const eu = graph.node(EU_AUDIT.TrailARN!)!.attributes as CloudTrailTrailAttributes;
    expect(eu).toMatchObject({
      encryptionMode: 'aws-owned',
      encryptionLevel: 'aws-owned',
      latestDeliveryError: 'AccessDenied',
      startLoggingTime: '2026-01-01T00:00:00.000Z',
      kmsManagementEvents: 'none',
      recordsKmsManagementEvents: false,
    });
    expect(eu.eventSelectors?.basic?.[0]?.excludeManagementEventSources).toEqual([KMS_EVENT_SOURCE]);
    expect(graph.targets(EU_AUDIT.TrailARN!, 'encrypted-by')).toEqual([]);

    // Each region says which trails log it; trails homed elsewhere are external nodes.
    const loggedBy = (region: string) =>
      graph
        .targets(regionNode(region), 'logged-by')
        .map((n) => n.id)
        .sort();
    expect(loggedBy('eu-west-1')).toEqual([APAC.TrailARN, EU_AUDIT.TrailARN, MAIN.TrailARN, ORG.TrailARN].sort());
    expect(loggedBy('us-east-1')).toEqual([APAC.TrailARN, MAIN.TrailARN, ORG.TrailARN].sort());
    expect(graph.node(regionNode('eu-west-1'))!.attributes as CloudTrailRegionAttributes).toEqual({ trailCount: 4 });
    const org = graph.node(ORG.TrailARN!)!;
    expect(org).toMatchObject({ type: 'external', account: MANAGEMENT_ACCOUNT, region: 'us-east-1' });
    expect(org.attributes as ExternalAttributes).toMatchObject({ resourceType: 'cloudtrail.trail', reason: 'other-account' });
    expect(graph.node(APAC.TrailARN!)!.attributes as ExternalAttributes).toMatchObject({
      resourceType: 'cloudtrail.trail',
      reason: 'region-not-scanned',
    });
    expect(graph.gaps).toEqual([]);
  });

  it('keeps a trail whose selectors are denied, with the KMS verdict unknown and a gap naming the trail', async () => {
    const aws = cannedTrails({
      GetEventSelectors: (input: { TrailName: string }) => {
        if (input.TrailName === MAIN.TrailARN) {
          throw awsError('AccessDeniedException', 'not authorized to perform cloudtrail:GetEventSelectors', 400);
        }
        return SELECTORS[input.TrailName] ?? {};
      },
    });
    const graph = await collect(aws);
    const main = graph.node(MAIN.TrailARN!)!.attributes as CloudTrailTrailAttributes;
    expect(main.isLogging).toBe(true);
    for (const absent of ['eventSelectors', 'kmsManagementEvents', 'recordsKmsManagementEvents']) expect(main).not.toHaveProperty(absent);
    expect(graph.gaps).toEqual([
      {
        account: ACCOUNT,
        region: 'us-east-1',
        service: 'cloudtrail',
        operation: 'GetEventSelectors',
        code: 'AccessDeniedException',
        message: 'not authorized to perform cloudtrail:GetEventSelectors',
        resource: MAIN.TrailARN,
      },
    ]);
  });

  it('says nothing about the trails of a region whose DescribeTrails failed, and records the gap', async () => {
    const aws = cannedTrails({
      DescribeTrails: (_input, call) => {
        if (call.region === 'us-east-1') throw awsError('AccessDeniedException', 'denied', 400);
        return { trailList: TRAILS_BY_REGION[call.region] ?? [] };
      },
    });
    const graph = await collect(aws);
    // The us-east-1 region node exists, with no trail count: unknown, not "no trail".
    expect(graph.node(regionNode('us-east-1'))!.attributes).toEqual({});
    expect(graph.targets(regionNode('us-east-1'), 'logged-by')).toEqual([]);
    // The trail homed there is seen from eu-west-1, but its home region could not be read.
    expect(graph.node(MAIN.TrailARN!)!.attributes as ExternalAttributes).toMatchObject({ reason: 'not-collected' });
    expect(graph.gaps).toMatchObject([{ region: 'us-east-1', operation: 'DescribeTrails', code: 'AccessDeniedException' }]);
  });
});

type Basic = NonNullable<CloudTrailEventSelectors['basic']>[number];
type Advanced = NonNullable<CloudTrailEventSelectors['advanced']>[number];
const management = { field: 'eventCategory', equals: ['Management'] };

describe('which KMS management events a trail records', () => {
  const basic = (...selectors: Basic[]): CloudTrailEventSelectors => ({ basic: selectors });
  const advanced = (...selectors: Advanced[]): CloudTrailEventSelectors => ({ advanced: selectors });
  const cases: [string, CloudTrailEventSelectors, boolean | undefined, ReturnType<typeof managementEventCoverage>][] = [
    ['basic: all management events', basic({ readWriteType: 'All', includeManagementEvents: true }), true, 'all'],
    ['basic: defaults (no ReadWriteType, IncludeManagementEvents absent)', basic({}), true, 'all'],
    ['basic: write-only', basic({ readWriteType: 'WriteOnly', includeManagementEvents: true }), true, 'write-only'],
    ['basic: read-only', basic({ readWriteType: 'ReadOnly' }), true, 'read-only'],
    ['basic: management events off (data events only)', basic({ readWriteType: 'All', includeManagementEvents: false }), true, 'none'],
    ['basic: KMS excluded', basic({ readWriteType: 'All', excludeManagementEventSources: [KMS_EVENT_SOURCE] }), true, 'none'],
    ['basic: only RDS Data API excluded', basic({ excludeManagementEventSources: ['rdsdata.amazonaws.com'] }), true, 'all'],
    [
      'basic: any selector that matches logs the event',
      basic({ readWriteType: 'ReadOnly', excludeManagementEventSources: [KMS_EVENT_SOURCE] }, { readWriteType: 'WriteOnly' }),
      true,
      'write-only',
    ],
    ['advanced: all management events', advanced({ fieldSelectors: [management] }), true, 'all'],
    [
      'advanced: KMS excluded with eventSource NotEquals',
      advanced({ fieldSelectors: [management, { field: 'eventSource', notEquals: [KMS_EVENT_SOURCE] }] }),
      true,
      'none',
    ],
    [
      'advanced: only RDS Data API excluded',
      advanced({ fieldSelectors: [management, { field: 'eventSource', notEquals: ['rdsdata.amazonaws.com'] }] }),
      true,
      'all',
    ],
    ['advanced: write-only', advanced({ fieldSelectors: [management, { field: 'readOnly', equals: ['false'] }] }), true, 'write-only'],
    [
      'advanced: KMS excluded from one selector, logged by another',
      advanced(
        { fieldSelectors: [management, { field: 'eventSource', notEquals: [KMS_EVENT_SOURCE] }] },
        { fieldSelectors: [management, { field: 'readOnly', equals: ['true'] }] },
      ),
      true,
      'read-only',
    ],
    [
      'advanced: data events only',
      advanced({
        fieldSelectors: [
          { field: 'eventCategory', equals: ['Data'] },
          { field: 'resources.type', equals: ['AWS::S3::Object'] },
        ],
      }),
      true,
      'none',
    ],
    [
      'advanced: a field that is not modelled makes the verdict unknown',
      advanced({ fieldSelectors: [management, { field: 'eventName', notEquals: ['Decrypt'] }] }),
      true,
      undefined,
    ],
    ['no selectors on a trail with the default ones (an emulator)', {}, false, 'all'],
    ['no selectors on a trail that says it has custom ones', {}, true, undefined],
  ];

  it.each(cases)('%s', (_name, selectors, hasCustom, expected) => {
    expect(managementEventCoverage(selectors, KMS_EVENT_SOURCE, hasCustom)).toBe(expected);
  });

  it('counts a trail as recording KMS management events when it records the writes', () => {
    expect(recordsKmsManagementEvents('all')).toBe(true);
    expect(recordsKmsManagementEvents('write-only')).toBe(true);
    expect(recordsKmsManagementEvents('read-only')).toBe(false);
    expect(recordsKmsManagementEvents('none')).toBe(false);
    expect(recordsKmsManagementEvents(undefined)).toBeUndefined();
  });
});
