/**
 * Where a condition is evaluated: the scope (the target node, a related node, or an element
 * of an array attribute), the scopes named with `as`, and the evidence and bindings that an
 * evaluation collects.
 */
import type { Graph } from '../graph/graph.ts';
import type { GraphEdge, GraphNode } from '../graph/types.ts';
import type { Coverage } from './coverage.ts';
import type { TV } from './truth.ts';
import type { Evidence } from './types.ts';

/** Where a condition is evaluated: a node (the target or a related node) or an element of an array attribute. */
export interface Scope {
  /** The node (for an element: the node that holds the array). */
  node: GraphNode;
  /** The edge this node was reached through, in a traversal. */
  edge?: GraphEdge;
  /** The value paths start from: the node's attributes, or the element. */
  value: unknown;
  element: boolean;
  /** How evidence names it: a node id, or `node id#path[i]`. */
  label: string;
  /** How messages name it. */
  display: string;
}

export interface VarFrame {
  name: string;
  scope: Scope;
  parent: VarFrame | undefined;
}

export interface EvalEnv {
  graph: Graph;
  coverage: Coverage;
  params: Record<string, unknown>;
  /** Scan time, ms since the epoch. */
  now: number;
  scope: Scope;
  vars: VarFrame | undefined;
  /** Collected when not null. */
  evidence: Evidence[] | null;
  /** Named results of quantifiers (`as`), for messages; collected when not null. */
  bindings: Record<string, string[]> | null;
}

export type Cond = (env: EvalEnv) => TV;

/** The environment for a related node or element (no object spread: this runs once per related node). */
export function childEnv(env: EvalEnv, scope: Scope, as: string | undefined): EvalEnv {
  return {
    graph: env.graph,
    coverage: env.coverage,
    params: env.params,
    now: env.now,
    scope,
    vars: as ? { name: as, scope, parent: env.vars } : env.vars,
    evidence: env.evidence ? [] : null,
    bindings: env.bindings,
  };
}

export function rootEnv(base: Pick<EvalEnv, 'graph' | 'coverage' | 'params' | 'now'>, node: GraphNode, collect: boolean): EvalEnv {
  const scope: Scope = { node, value: node.attributes, element: false, label: node.id, display: node.name };
  return {
    graph: base.graph,
    coverage: base.coverage,
    params: base.params,
    now: base.now,
    scope,
    vars: { name: 'target', scope, parent: undefined },
    evidence: collect ? [] : null,
    bindings: collect ? {} : null,
  };
}

/** The scope named `name` by an enclosing `as` (or `target`), if any. */
export function namedScope(env: EvalEnv, name: string): Scope | undefined {
  let frame = env.vars;
  while (frame && frame.name !== name) frame = frame.parent;
  return frame?.scope;
}
