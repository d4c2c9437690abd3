import type { PendingEdge } from '../graph/build.ts';
import type { GraphNode, NodeType } from '../graph/types.ts';

/**
 * What every mapper returns for one resource: its node and the references it holds (none
 * for a resource that refers to nothing). A collector adds it with `ctx.add`.
 */
export interface Mapped<A extends object = Record<string, unknown>> {
  node: GraphNode<A>;
  edges: readonly PendingEdge[];
}

/** Tags in the `{ Key, Value }` shape of EC2, RDS and most other services, as a map. */
export function tagMap(tags: readonly { Key?: string | undefined; Value?: string | undefined }[] | undefined): Record<string, string> {
  return Object.fromEntries((tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
}

/** A node of a regional resource of the task's account. */
export function resourceNode<A extends object>(
  scope: { account: string; region: string },
  type: NodeType,
  id: string,
  name: string,
  tags: Record<string, string>,
  attributes: A,
): GraphNode<A> {
  return { id, type, account: scope.account, region: scope.region, name, tags, attributes };
}
