/**
 * Merging the snapshots of several accounts (the organization scan's per-account results)
 * into one: nodes by id (a collected resource replaces an `external` stand-in for it), edges
 * and gaps together, the scan metadata combined. Accounts that were expected but have no
 * snapshot become gaps, so the merged scan is incomplete rather than silently smaller.
 */
import { compare, Graph } from './graph.ts';
import { SNAPSHOT_SCHEMA_VERSION, type Snapshot, type SnapshotEdge, type SnapshotNode } from './snapshot-types.ts';
import type { Gap, GraphNode } from './types.ts';

export function mergeSnapshots(
  snapshots: readonly Snapshot[],
  options: { expectedAccounts?: readonly string[]; id: string },
): { snapshot: Snapshot; graph: Graph } {
  const nodes = new Map<string, SnapshotNode>();
  for (const s of snapshots) {
    for (const node of s.graph.nodes) {
      const existing = nodes.get(node.id);
      if (!existing || (existing.type === 'external' && node.type !== 'external')) nodes.set(node.id, node);
    }
  }
  const edges = new Map<string, SnapshotEdge>();
  for (const s of snapshots)
    for (const e of s.graph.edges) edges.set(`${e.from}\u0000${e.kind}\u0000${e.to}\u0000${e.via?.field ?? ''}`, e);
  const scanned = new Set(snapshots.flatMap((s) => s.scan.accounts));
  const missing = (options.expectedAccounts ?? []).filter((a) => !scanned.has(a));
  const gaps: Gap[] = [
    ...snapshots.flatMap((s) => s.gaps),
    ...missing.map((account) => ({
      account,
      region: '',
      service: '*',
      operation: 'ScanAccount',
      code: 'NoResults',
      message: 'no results for this account in this run: its scan failed or did not finish',
    })),
  ];
  const first = snapshots[0];
  const times = snapshots.map((s) => [s.scan.startedAt, s.scan.finishedAt] as const);
  const union = <T>(values: T[]) => [...new Set(values)].sort((a, b) => compare(String(a), String(b)));
  const snapshot: Snapshot = {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    tool: first?.tool ?? { name: 'cryptoposture', version: '' },
    scan: {
      id: options.id,
      startedAt: times.map((t) => t[0]).sort()[0] ?? new Date(0).toISOString(),
      finishedAt:
        times
          .map((t) => t[1])
          .sort()
          .at(-1) ?? new Date(0).toISOString(),
      caller: first?.scan.caller ?? null,
      partition: first?.scan.partition ?? 'aws',
      accounts: union([...scanned, ...missing]),
      regions: union(snapshots.flatMap((s) => s.scan.regions)),
      services: union(snapshots.flatMap((s) => s.scan.services)),
      complete: missing.length === 0 && snapshots.every((s) => s.scan.complete),
      unfinished: snapshots.flatMap((s) => s.scan.unfinished),
      apiCalls: snapshots.flatMap((s) => s.scan.apiCalls),
    },
    gaps,
    graph: { nodes: [...nodes.values()], edges: [...edges.values()] },
  };
  const graph = new Graph(snapshot.graph.nodes as unknown as GraphNode[], snapshot.graph.edges, snapshot.gaps);
  // Canonical order, as a snapshot written by a scan has it.
  snapshot.graph = { nodes: graph.nodes as unknown as SnapshotNode[], edges: [...graph.edges] };
  snapshot.gaps = [...graph.gaps];
  return { snapshot, graph };
}
