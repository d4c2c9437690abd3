/**
 * The snapshot: the serialized graph plus scan metadata. It is the primary piece of
 * compliance evidence, so its JSON Schema (`schemas/snapshot.schema.json`) is generated
 * from these types and committed; a test fails when the two drift apart.
 */
import type { RegisteredServiceTypes } from '../services/registry.ts';
import type { ExternalAttributes } from './attributes.ts';
import type { EdgeKind, Gap, Service } from './types.ts';

export const SNAPSHOT_SCHEMA_VERSION = 2;

/** A resource referenced by a collected one but not itself collected. */
export interface ExternalNodeTypes {
  nodes: { external: ExternalAttributes };
}

/** One record per node type, its attributes typed by the type (the shape of a snapshot's node). */
type NodeRecords<S extends { nodes: object }> = S extends unknown
  ? {
      [T in keyof S['nodes']]: {
        id: string;
        type: T;
        account: string;
        region: string;
        name: string;
        tags: Record<string, string>;
        attributes: S['nodes'][T];
      };
    }[keyof S['nodes']]
  : never;

/** One node of the graph, its attributes typed by its node type: every node type of the registry's services, and `external`. */
export type SnapshotNode = NodeRecords<RegisteredServiceTypes | ExternalNodeTypes>;

export interface SnapshotEdge {
  from: string;
  to: string;
  kind: EdgeKind;
  via?: { ref: string; field: string };
}

/** HTTP attempts (retries included) made for one operation in one account and region. */
export interface ApiCallCount {
  account: string;
  region: string;
  service: string;
  operation: string;
  attempts: number;
  /** Attempts that AWS answered with a throttling error. */
  throttled: number;
  /** Attempts answered with any other error, expected ones included (an S3 bucket without a policy answers NoSuchBucketPolicy). */
  errors: number;
}

/** A unit of collection (service in one account and region) that did not finish. */
export interface UnfinishedTask {
  account: string;
  region: string;
  service: Service;
  /** `interrupted` (SIGINT/SIGTERM), `deadline` (Lambda time running out), `not-started`. */
  reason: 'interrupted' | 'deadline' | 'not-started';
}

/**
 * How much of the planned collection succeeded. A call is one request of a collector (one
 * page of a listing), retries not counted; an answer that means "none" (no bucket policy)
 * succeeded. Calls that a stopped task or an account that could not be entered never made
 * are planned and not succeeded (a task that never listed counts as one call).
 */
export interface CollectionCoverage {
  plannedCalls: number;
  succeededCalls: number;
}

export interface CallerIdentity {
  account: string;
  arn: string;
  userId: string;
}

/** The tool that wrote a document. */
export interface ToolInfo {
  name: 'cryptoposture';
  version: string;
}

export interface Snapshot {
  /** @const 2 */
  schemaVersion: 2;
  tool: ToolInfo;
  scan: ScanMetadata;
  gaps: Gap[];
  graph: {
    nodes: SnapshotNode[];
    edges: SnapshotEdge[];
  };
}

/** What a scan covered and how it went; shared by the snapshot, findings.json and evidence manifests. */
export interface ScanMetadata {
  id: string;
  /** @format date-time */
  startedAt: string;
  /** @format date-time */
  finishedAt: string;
  caller: CallerIdentity | null;
  partition: string;
  /** The endpoint override (an emulator), when one was used. */
  endpoint?: string;
  accounts: string[];
  regions: string[];
  services: Service[];
  /** False when gaps or unfinished tasks mean some data is missing (derived from them again when a snapshot is read). */
  complete: boolean;
  unfinished: UnfinishedTask[];
  /** The share of planned calls that succeeded; absent in snapshots written before it was counted. */
  coverage?: CollectionCoverage;
  apiCalls: ApiCallCount[];
}
