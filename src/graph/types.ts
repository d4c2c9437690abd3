/**
 * The resource graph: nodes (resources and account/region-level settings), edges between
 * them, and collection gaps. The shapes of each node type's attributes are in
 * `attributes.ts`; the JSON Schema of a serialized graph is `schemas/snapshot.schema.json`.
 */

import type { RegisteredServiceTypes } from '../services/registry.ts';
import { SERVICE_LIST } from '../services/registry.ts';
import type { SnapshotNode } from './snapshot-types.ts';

export type NodeType = SnapshotNode['type'];
type EdgeKindsOf<S> = S extends { edges: infer E } ? keyof E : never;
export type EdgeKind = EdgeKindsOf<RegisteredServiceTypes>;

/** Every node type, in registry order, `external` last. */
export const NODE_TYPES: readonly NodeType[] = [...SERVICE_LIST.flatMap((m) => Object.keys(m.nodeTypes) as NodeType[]), 'external'];

/** Every edge kind a service produces, in registry order. */
export const EDGE_KINDS: readonly EdgeKind[] = [...new Set(SERVICE_LIST.flatMap((m) => Object.keys(m.edges) as EdgeKind[]))];

export interface GraphNode<A extends object = Record<string, unknown>> {
  /** Canonical ARN (a KMS key by key ARN, never by alias) or a synthetic ARN of the same shape. */
  id: string;
  type: NodeType;
  account: string;
  /** The node's region; '' for global resources with no region. */
  region: string;
  name: string;
  tags: Record<string, string>;
  attributes: A;
}

export interface GraphEdge {
  from: string;
  to: string;
  kind: EdgeKind;
  /** Where the reference came from: the raw value AWS returned and the field that held it. */
  via?: { ref: string; field: string };
}

/** Something the scan could not read. Rules whose data it hides yield `unknown`. */
export interface Gap {
  account: string;
  /** '' for global calls. */
  region: string;
  service: string;
  operation: string;
  /** AWS error code (`AccessDeniedException`, `OptInRequired`, ...) or one of ours (`NonAwsResponse`, `Interrupted`). */
  code: string;
  message: string;
  /** The resource whose data is missing, when the gap concerns one resource only. */
  resource?: string;
}

/** The services the scanner knows, as named on the command line (the registry's). */
export type Service = RegisteredServiceTypes['name'];
export const SERVICES: readonly Service[] = SERVICE_LIST.map((m) => m.name as Service);

export function isService(value: string): value is Service {
  return (SERVICES as readonly string[]).includes(value);
}
