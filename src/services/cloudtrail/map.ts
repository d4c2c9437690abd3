/**
 * Pure mapping of CloudTrail API responses to graph nodes, and the reading of event
 * selectors that tells whether a trail records KMS management events. No I/O.
 */
import type {
  AdvancedEventSelector,
  AdvancedFieldSelector,
  EventSelector,
  GetEventSelectorsResponse,
  GetTrailStatusResponse,
  Trail,
} from '@aws-sdk/client-cloudtrail';
import { arns, parseArn } from '../../graph/arn.ts';
import type {
  CloudTrailEventCoverage,
  CloudTrailEventSelectors,
  CloudTrailFieldSelector,
  CloudTrailRegionAttributes,
  CloudTrailTrailAttributes,
} from './types.ts';
import type { PendingEdge } from '../../graph/build.ts';
import type { GraphNode } from '../../graph/types.ts';
import { compact, iso } from '../../collect/paging.ts';

export const KMS_EVENT_SOURCE = 'kms.amazonaws.com';

/** Where a trail lives: its ARN, owner account and home region. */
export interface TrailHome {
  arn: string;
  account: string;
  region: string;
}

/**
 * The home of a trail as DescribeTrails reports it in `region` of `account`. A trail
 * listed there may be homed in another region (a multi-region trail) or belong to another
 * account (an organization trail of the management account).
 */
export function trailHome(trail: Trail, partition: string, account: string, region: string): TrailHome {
  const parsed = trail.TrailARN === undefined ? undefined : parseArn(trail.TrailARN);
  const home = trail.HomeRegion ?? parsed?.region ?? region;
  const owner = parsed?.account || account;
  return { arn: trail.TrailARN ?? arns.cloudtrailTrail(partition, home, owner, trail.Name ?? ''), account: owner, region: home };
}

function mapBasicSelector(s: EventSelector): NonNullable<CloudTrailEventSelectors['basic']>[number] {
  return compact({
    readWriteType: s.ReadWriteType,
    includeManagementEvents: s.IncludeManagementEvents,
    excludeManagementEventSources: s.ExcludeManagementEventSources,
    dataResources: s.DataResources?.map((d) => compact({ type: d.Type, values: d.Values })),
  });
}

function mapFieldSelector(f: AdvancedFieldSelector): CloudTrailFieldSelector {
  return compact({
    field: f.Field ?? '',
    equals: f.Equals,
    notEquals: f.NotEquals,
    startsWith: f.StartsWith,
    notStartsWith: f.NotStartsWith,
    endsWith: f.EndsWith,
    notEndsWith: f.NotEndsWith,
  });
}

function mapAdvancedSelector(s: AdvancedEventSelector): NonNullable<CloudTrailEventSelectors['advanced']>[number] {
  return compact({ name: s.Name, fieldSelectors: (s.FieldSelectors ?? []).map(mapFieldSelector) });
}

export function mapEventSelectors(r: GetEventSelectorsResponse): CloudTrailEventSelectors {
  return compact({
    basic: r.EventSelectors && r.EventSelectors.length > 0 ? r.EventSelectors.map(mapBasicSelector) : null,
    advanced: r.AdvancedEventSelectors && r.AdvancedEventSelectors.length > 0 ? r.AdvancedEventSelectors.map(mapAdvancedSelector) : null,
  });
}

/** Three-valued logic: an advanced selector on a field we cannot judge makes its verdict unknown. */
type Verdict = boolean | 'unknown';

function and(verdicts: Verdict[]): Verdict {
  if (verdicts.includes(false)) return false;
  return verdicts.includes('unknown') ? 'unknown' : true;
}

function or(verdicts: Verdict[]): Verdict {
  if (verdicts.includes(true)) return true;
  return verdicts.includes('unknown') ? 'unknown' : false;
}

/** Whether `value` satisfies every operator of a field selector (values of one operator are alternatives). */
export function fieldMatches(f: CloudTrailFieldSelector, value: string): boolean {
  const checks: boolean[] = [];
  if (f.equals) checks.push(f.equals.includes(value));
  if (f.startsWith) checks.push(f.startsWith.some((p) => value.startsWith(p)));
  if (f.endsWith) checks.push(f.endsWith.some((p) => value.endsWith(p)));
  if (f.notEquals) checks.push(!f.notEquals.includes(value));
  if (f.notStartsWith) checks.push(!f.notStartsWith.some((p) => value.startsWith(p)));
  if (f.notEndsWith) checks.push(!f.notEndsWith.some((p) => value.endsWith(p)));
  return checks.every(Boolean);
}

/**
 * Whether an advanced selector matches a management event of `eventSource` that is read-only
 * or not. The fields of one selector are ANDed; for trails, management events can be
 * selected on `eventCategory` (required), `eventSource` and `readOnly` (CloudTrail API
 * Reference, `AdvancedFieldSelector`). A selector without `eventCategory` selects nothing;
 * a field we do not model makes the verdict unknown.
 */
function advancedSelects(s: NonNullable<CloudTrailEventSelectors['advanced']>[number], eventSource: string, readOnly: boolean): Verdict {
  if (!s.fieldSelectors.some((f) => f.field === 'eventCategory')) return false;
  return and(
    s.fieldSelectors.map((f): Verdict => {
      switch (f.field) {
        case 'eventCategory':
          return fieldMatches(f, 'Management');
        case 'eventSource':
          return fieldMatches(f, eventSource);
        case 'readOnly':
          return fieldMatches(f, String(readOnly));
        default:
          return 'unknown';
      }
    }),
  );
}

/**
 * Whether a basic selector matches a management event of `eventSource`: management events
 * are included unless `IncludeManagementEvents` is false, `ReadWriteType` defaults to `All`,
 * and `ExcludeManagementEventSources` drops the sources it names (CloudTrail API Reference,
 * `EventSelector`).
 */
function basicSelects(s: NonNullable<CloudTrailEventSelectors['basic']>[number], eventSource: string, readOnly: boolean): boolean {
  if (s.includeManagementEvents === false) return false;
  if (s.excludeManagementEventSources?.includes(eventSource)) return false;
  const type = s.readWriteType ?? 'All';
  return type === 'All' || type === (readOnly ? 'ReadOnly' : 'WriteOnly');
}

/**
 * Which management events of `eventSource` a trail records, from its selectors; undefined
 * when that cannot be told. An event is logged when it matches any selector.
 *
 * A trail without selectors of either kind logs every read and write management event: that
 * is the documented default (`EventSelector`: "trails created without specific event
 * selectors will be configured to log all read and write management events"), which AWS
 * returns as an explicit basic selector and emulators as two empty lists. Empty lists on a
 * trail that says it has custom selectors cannot be read either way, so they are unknown.
 */
export function managementEventCoverage(
  selectors: CloudTrailEventSelectors,
  eventSource: string,
  hasCustomEventSelectors: boolean | undefined,
): CloudTrailEventCoverage | undefined {
  let read: Verdict;
  let write: Verdict;
  if (selectors.advanced) {
    read = or(selectors.advanced.map((s) => advancedSelects(s, eventSource, true)));
    write = or(selectors.advanced.map((s) => advancedSelects(s, eventSource, false)));
  } else if (selectors.basic) {
    read = selectors.basic.some((s) => basicSelects(s, eventSource, true));
    write = selectors.basic.some((s) => basicSelects(s, eventSource, false));
  } else {
    if (hasCustomEventSelectors !== false) return undefined;
    read = true;
    write = true;
  }
  if (read === 'unknown' || write === 'unknown') return undefined;
  return read ? (write ? 'all' : 'read-only') : write ? 'write-only' : 'none';
}

/**
 * Whether a trail records KMS management events, read as "the writes": the events that
 * change keys (`PutKeyPolicy`, `DisableKey`, `ScheduleKeyDeletion`, `CreateGrant`, ...) are
 * write events, while the cryptographic operations (`Encrypt`, `Decrypt`,
 * `GenerateDataKey`) and `Describe*`/`List*` calls are read-only events (their log entries
 * carry `"readOnly": true` in the KMS Developer Guide's examples). A `WriteOnly` trail
 * therefore still records every change to a key, which is what an investigation of key
 * tampering needs; whether key usage is recorded too is `kmsManagementEvents` (`all`).
 */
export function recordsKmsManagementEvents(coverage: CloudTrailEventCoverage | undefined): boolean | undefined {
  if (coverage === undefined) return undefined;
  return coverage === 'all' || coverage === 'write-only';
}

export interface TrailDetails {
  trail: Trail;
  /** Undefined when GetTrailStatus failed (a gap says why). */
  status?: GetTrailStatusResponse;
  /** Undefined when GetEventSelectors failed. */
  selectors?: GetEventSelectorsResponse;
}

/** A trail node (collected in its home region) with its `logs-to` and `encrypted-by` edges. */
export function mapTrail(
  partition: string,
  home: TrailHome,
  d: TrailDetails,
): { node: GraphNode<CloudTrailTrailAttributes>; edges: PendingEdge[] } {
  const t = d.trail;
  const selectors = d.selectors ? mapEventSelectors(d.selectors) : undefined;
  const kms = selectors ? managementEventCoverage(selectors, KMS_EVENT_SOURCE, t.HasCustomEventSelectors) : undefined;
  const s = d.status;
  const attributes: CloudTrailTrailAttributes = compact({
    trailName: t.Name ?? parseArn(home.arn)?.resourceId ?? home.arn,
    homeRegion: home.region,
    isMultiRegionTrail: t.IsMultiRegionTrail,
    isOrganizationTrail: t.IsOrganizationTrail,
    includeGlobalServiceEvents: t.IncludeGlobalServiceEvents,
    s3BucketName: t.S3BucketName,
    s3KeyPrefix: t.S3KeyPrefix || null,
    kmsKeyId: t.KmsKeyId || null,
    // Without a KMS key, CloudTrail log files are encrypted with SSE-S3 (AWS Control Tower
    // control reference, CT.CLOUDTRAIL.PR.1: "by default, the log files delivered by
    // CloudTrail to your buckets are encrypted by ... SSE-S3").
    encryptionMode: t.KmsKeyId ? 'kms' : 'aws-owned',
    logFileValidationEnabled: t.LogFileValidationEnabled,
    cloudWatchLogsLogGroupArn: t.CloudWatchLogsLogGroupArn || null,
    hasCustomEventSelectors: t.HasCustomEventSelectors,
    isLogging: s?.IsLogging,
    // Absent when GetTrailStatus failed; null when it answered without the field (no error, no time).
    latestDeliveryError: s && (s.LatestDeliveryError || null),
    latestDeliveryTime: s && (iso(s.LatestDeliveryTime) ?? null),
    latestDigestDeliveryError: s && (s.LatestDigestDeliveryError || null),
    startLoggingTime: s && (iso(s.StartLoggingTime) ?? null),
    stopLoggingTime: s && (iso(s.StopLoggingTime) ?? null),
    eventSelectors: selectors,
    kmsManagementEvents: kms,
    recordsKmsManagementEvents: recordsKmsManagementEvents(kms),
  } satisfies CloudTrailTrailAttributes);
  const node: GraphNode<CloudTrailTrailAttributes> = {
    id: home.arn,
    type: 'cloudtrail.trail',
    account: home.account,
    region: home.region,
    name: attributes.trailName,
    tags: {},
    attributes,
  };
  const edges: PendingEdge[] = [];
  if (t.S3BucketName) {
    edges.push({
      from: node.id,
      kind: 'logs-to',
      field: 'trailList[].S3BucketName',
      ref: t.S3BucketName,
      target: { kind: 'resource', id: arns.s3Bucket(partition, t.S3BucketName), type: 's3.bucket', service: 's3' },
    });
  }
  if (t.KmsKeyId) {
    edges.push({
      from: node.id,
      kind: 'encrypted-by',
      field: 'trailList[].KmsKeyId',
      ref: t.KmsKeyId,
      target: { kind: 'kms-key', context: { partition, account: home.account, region: home.region } },
    });
  }
  return { node, edges };
}

/**
 * The synthetic node that says which trails log one region of one account, with a
 * `logged-by` edge to each. `trails` is undefined when DescribeTrails failed: the node then
 * has no count, so that "no trail" is never concluded from a failed call.
 */
export function mapRegion(
  partition: string,
  account: string,
  region: string,
  trails: readonly TrailHome[] | undefined,
): { node: GraphNode<CloudTrailRegionAttributes>; edges: PendingEdge[] } {
  const node: GraphNode<CloudTrailRegionAttributes> = {
    id: arns.cloudtrailRegion(partition, region, account),
    type: 'cloudtrail.region',
    account,
    region,
    name: `CloudTrail coverage of ${region}`,
    tags: {},
    attributes: trails === undefined ? {} : { trailCount: trails.length },
  };
  const edges = (trails ?? []).map((t): PendingEdge => ({
    from: node.id,
    kind: 'logged-by',
    field: 'trailList[].TrailARN',
    ref: t.arn,
    target: { kind: 'resource', id: t.arn, type: 'cloudtrail.trail', service: 'cloudtrail', account: t.account, region: t.region },
  }));
  return { node, edges };
}
