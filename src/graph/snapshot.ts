/**
 * Writing and reading snapshots. Reading validates against the generated JSON Schema and
 * names the JSON path of every problem; a snapshot read back gives the identical graph.
 */
import { deriveMissingCertificateUsers } from './derive.ts';
import { readFile } from 'node:fs/promises';
import { SnapshotError, type ValidationProblem } from '../errors.ts';
import { compileSchema } from '../schema/validate.ts';
import { loadJsonResource } from '../resources.ts';
import { Graph } from './graph.ts';
import { migrateSnapshot } from './snapshot-migrations.ts';
import type { Snapshot, SnapshotNode } from './snapshot-types.ts';
import type { GraphNode } from './types.ts';

export type SnapshotMetadata = Omit<Snapshot, 'graph' | 'gaps'>;

const validator = () => compileSchema<Snapshot>(loadJsonResource('schemas/snapshot.schema.json'));

/** The snapshot document of a built graph (gaps come from the graph). */
export function toSnapshot(graph: Graph, meta: SnapshotMetadata): Snapshot {
  return {
    ...meta,
    gaps: [...graph.gaps],
    graph: { nodes: graph.nodes as unknown as SnapshotNode[], edges: [...graph.edges] },
  };
}

/** Serializes with a stable layout: canonical node and edge order come from the graph. */
export function serializeSnapshot(snapshot: Snapshot): string {
  return `${JSON.stringify(snapshot, null, 2)}\n`;
}

/**
 * Validates a parsed document as a snapshot, after migrating one of an earlier format
 * version (snapshot-migrations.ts); throws SnapshotError with JSON paths.
 */
export function parseSnapshot(document: unknown, file: string): { snapshot: Snapshot; graph: Graph; migratedFrom?: number } {
  const migration = migrateSnapshot(document);
  if (migration.problems) throw new SnapshotError(file, migration.problems);
  document = migration.document;
  const validate = validator();
  const problems = validate.problems(document);
  if (problems.length > 0) throw new SnapshotError(file, problems);
  const snapshot = document as Snapshot;
  const integrity = integrityProblems(snapshot);
  if (integrity.length > 0) throw new SnapshotError(file, integrity);
  // Never trusted from the file: a snapshot that lists gaps is incomplete whatever it claims.
  snapshot.scan.complete = snapshot.gaps.length === 0 && snapshot.scan.unfinished.length === 0;
  const graph = new Graph(snapshot.graph.nodes as unknown as GraphNode[], snapshot.graph.edges, snapshot.gaps);
  deriveMissingCertificateUsers(graph);
  return { snapshot, graph, ...(migration.migratedFrom === undefined ? {} : { migratedFrom: migration.migratedFrom }) };
}

/** What a schema cannot say: ids are unique and every edge joins two nodes. */
function integrityProblems(snapshot: Snapshot): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const ids = new Set<string>();
  snapshot.graph.nodes.forEach((node, i) => {
    if (ids.has(node.id)) problems.push({ pointer: `/graph/nodes/${i}/id`, message: `duplicates the id ${node.id}` });
    ids.add(node.id);
  });
  snapshot.graph.edges.forEach((edge, i) => {
    if (!ids.has(edge.from)) problems.push({ pointer: `/graph/edges/${i}/from`, message: `names no node (${edge.from})` });
    if (!ids.has(edge.to)) problems.push({ pointer: `/graph/edges/${i}/to`, message: `names no node (${edge.to})` });
  });
  return problems;
}

export async function readSnapshotFile(file: string): Promise<{ snapshot: Snapshot; graph: Graph; migratedFrom?: number }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new SnapshotError(file, [{ pointer: '', message: `cannot be read: ${(e as Error).message}` }], e);
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (e) {
    throw new SnapshotError(file, [{ pointer: '', message: `is not valid JSON: ${(e as Error).message}` }], e);
  }
  return parseSnapshot(document, file);
}
