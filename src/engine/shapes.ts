/**
 * The documented shape of each node type's attributes, read from the generated snapshot
 * schema (itself generated from `src/graph/attributes.ts`), so that the rule loader can
 * reject an attribute path that no collector fills: a typo in a rule is a load error, not
 * a rule that is silently `unknown` forever.
 */
import type { NodeType } from '../graph/types.ts';
import { loadJsonResource } from '../resources.ts';

type Schema = Record<string, unknown>;

/** A set of JSON Schemas a value may match; `any` when nothing is known (e.g. a policy document). */
export type Shape = { any: true } | { any: false; schemas: Schema[] };

const ANY: Shape = { any: true };

let definitions: Record<string, Schema> | undefined;
let byType: Map<string, Schema> | undefined;

function load(): void {
  if (byType) return;
  const root = loadJsonResource<{ definitions: Record<string, Schema> }>('schemas/snapshot.schema.json');
  definitions = root.definitions;
  byType = new Map();
  for (const branch of (definitions['SnapshotNode']?.['oneOf'] ?? []) as Schema[]) {
    const props = branch['properties'] as Record<string, Schema>;
    const type = props['type']?.['const'] as string;
    byType.set(type, props['attributes'] as Schema);
  }
}

function resolve(schema: Schema): Schema[] {
  const ref = schema['$ref'];
  if (typeof ref === 'string') {
    const target = definitions?.[ref.replace('#/definitions/', '')];
    return target ? resolve(target) : [];
  }
  const union = (schema['anyOf'] ?? schema['oneOf']) as Schema[] | undefined;
  if (union) return union.flatMap(resolve);
  return [schema];
}

/** The attributes shape of nodes of these types. */
export function attributesShape(types: readonly NodeType[]): Shape {
  load();
  const schemas = types.flatMap((t) => resolve(byType!.get(t) ?? {}));
  return normalize(schemas);
}

function normalize(schemas: Schema[]): Shape {
  const concrete = schemas.filter((s) => !(s['type'] === 'null'));
  if (concrete.length === 0 || concrete.some((s) => s['type'] === undefined && s['properties'] === undefined && s['items'] === undefined)) {
    return ANY;
  }
  return { any: false, schemas: concrete };
}

/** The shape at `segments` below `shape`, or undefined when no schema has that path. */
export function shapeAt(shape: Shape, segments: readonly string[]): Shape | undefined {
  let current: Shape = shape;
  for (const segment of segments) {
    if (current.any) return ANY;
    const next: Schema[] = [];
    for (const s of current.schemas) {
      const props = s['properties'] as Record<string, Schema> | undefined;
      if (props && segment in props) next.push(...resolve(props[segment]!));
      else if (
        s['additionalProperties'] !== undefined &&
        s['additionalProperties'] !== false &&
        typeof s['additionalProperties'] === 'object'
      ) {
        next.push(...resolve(s['additionalProperties'] as Schema));
      } else if (s['type'] === 'array' && /^\d+$/.test(segment) && s['items']) next.push(...resolve(s['items'] as Schema));
    }
    if (next.length === 0) return undefined;
    current = normalize(next);
  }
  return current;
}

/** The shape of one element of the arrays at `shape`, or undefined when it is not an array. */
export function elementShape(shape: Shape): Shape | undefined {
  if (shape.any) return ANY;
  const items = shape.schemas.filter((s) => s['type'] === 'array' && s['items']).flatMap((s) => resolve(s['items'] as Schema));
  return items.length === 0 ? undefined : normalize(items);
}

/** Property names known at `shape`, for error messages. */
export function knownProperties(shape: Shape): string[] {
  if (shape.any) return [];
  const names = new Set<string>();
  for (const s of shape.schemas) for (const k of Object.keys((s['properties'] as object | undefined) ?? {})) names.add(k);
  return [...names].sort();
}
