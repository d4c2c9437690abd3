/**
 * What AWS CloudTrail adds to the graph, at the type level (checked against its declaration, `index.ts`):
 * its node types' attributes, the kinds of its edges, and its part of an account definition.
 */
import type { DataResourceAttributes } from '../../graph/attributes.ts';

export interface CloudTrailTypes {
  name: 'cloudtrail';
  nodes: { 'cloudtrail.trail': CloudTrailTrailAttributes; 'cloudtrail.region': CloudTrailRegionAttributes };
  edges: { 'encrypted-by': true; 'logs-to': true; 'logged-by': true };
  seed: TrailDefinition[];
}

/** One condition of an advanced event selector: a field of the event record and the values it must (not) match. */
export type CloudTrailFieldSelector = {
  /** `eventCategory`, `eventSource`, `readOnly`, `eventName`, `resources.type`, ... */
  field: string;
  equals?: string[];
  notEquals?: string[];
  startsWith?: string[];
  notStartsWith?: string[];
  endsWith?: string[];
  notEndsWith?: string[];
};

/** A trail's event selectors as GetEventSelectors returned them (a trail has one kind or the other; null: none of that kind). */
export type CloudTrailEventSelectors = {
  basic?:
    | {
        /** `All`, `ReadOnly` or `WriteOnly`. */
        readWriteType?: string;
        includeManagementEvents?: boolean;
        /** Event sources whose management events are not logged (`kms.amazonaws.com`, `rdsdata.amazonaws.com`). */
        excludeManagementEventSources?: string[];
        dataResources?: { type?: string; values?: string[] }[];
      }[]
    | null;
  advanced?:
    | {
        name?: string;
        fieldSelectors: CloudTrailFieldSelector[];
      }[]
    | null;
};

/** Which management events of one event source a trail records. */
export type CloudTrailEventCoverage = 'all' | 'write-only' | 'read-only' | 'none';

/**
 * A CloudTrail trail (`cloudtrail.trail`, id: the trail ARN), collected once, in its home
 * region. Trails that log a scanned region but are homed elsewhere (another account's
 * organization trail, a home region outside the scan) are `external` nodes.
 */
export type CloudTrailTrailAttributes = DataResourceAttributes & {
  trailName: string;
  homeRegion?: string;
  isMultiRegionTrail?: boolean;
  isOrganizationTrail?: boolean;
  includeGlobalServiceEvents?: boolean;
  /** The bucket that receives the log files (the target of the `logs-to` edge). */
  s3BucketName?: string;
  /** Null when the trail has no prefix. */
  s3KeyPrefix?: string | null;
  /** As DescribeTrails returned it; the resolved key is the target of the `encrypted-by` edge; null when the trail has none (SSE-S3). */
  kmsKeyId?: string | null;
  logFileValidationEnabled?: boolean;
  /** Null when the trail delivers no events to CloudWatch Logs. */
  cloudWatchLogsLogGroupArn?: string | null;
  hasCustomEventSelectors?: boolean;
  /** From GetTrailStatus: absent when it failed; null for "read, and none" (no error, never delivered, never stopped). */
  isLogging?: boolean;
  latestDeliveryError?: string | null;
  latestDeliveryTime?: string | null;
  latestDigestDeliveryError?: string | null;
  startLoggingTime?: string | null;
  stopLoggingTime?: string | null;
  eventSelectors?: CloudTrailEventSelectors;
  /** Which KMS (`kms.amazonaws.com`) management events the selectors record; absent when they could not be read or judged. */
  kmsManagementEvents?: CloudTrailEventCoverage;
  /**
   * Whether the trail records the write management events of KMS (key policy changes,
   * disabling, scheduled deletion, ...): `kmsManagementEvents` is `all` or `write-only`.
   */
  recordsKmsManagementEvents?: boolean;
};

/** Which trails log one region; the trails are the targets of `logged-by` edges. */
export type CloudTrailRegionAttributes = {
  /** How many trails DescribeTrails returned for the region (shadow trails included); absent when it could not be read. */
  trailCount?: number;
};

// The service's part of an emulator account definition (`fixtures/demo/account.json`).

/** A basic event selector of a trail (CloudTrail `EventSelector`). */
export interface TrailEventSelectorDefinition {
  readWriteType?: 'All' | 'ReadOnly' | 'WriteOnly';
  includeManagementEvents?: boolean;
  excludeManagementEventSources?: string[];
}

/** An advanced event selector of a trail (CloudTrail `AdvancedEventSelector`). */
export interface TrailAdvancedEventSelectorDefinition {
  name?: string;
  fieldSelectors: CloudTrailFieldSelector[];
}

/** A CloudTrail trail, created in its home region. */
export interface TrailDefinition {
  name: string;
  /** The home region. */
  region: string;
  /** The bucket that receives the log files; created (empty, in the home region) when it does not exist. */
  bucket: string;
  /** The KMS key for the log files: `@ref` of a declared key, or an id, alias or ARN. */
  kmsKey?: string;
  multiRegion?: boolean;
  logFileValidation?: boolean;
  /** Default true: the trail is started after it is created. */
  logging?: boolean;
  /** Basic or advanced selectors (not both); default: CloudTrail's (every management event). */
  eventSelectors?: TrailEventSelectorDefinition[];
  advancedEventSelectors?: TrailAdvancedEventSelectorDefinition[];
  tags?: Record<string, string>;
}
