/**
 * The JSON Schema of rule fixtures (`schemas/rule-fixture.schema.json`), generated from the
 * snapshot schema by `npm run generate`: a fixture node's attributes are checked against
 * the attribute types of its node type, unknown keys are errors, and the attributes that a
 * scan derives (`health`, `encryptionLevel`, `policyAnalysis`, ...) are not allowed, since
 * the fixture runner derives them from the raw attributes with the scan's own code.
 */
import { DERIVED_ATTRIBUTES } from '../graph/derive.ts';
import type { NodeType } from '../graph/types.ts';
import { SEVERITIES, STATUSES } from './types.ts';

type Schema = Record<string, unknown>;

/** The keys of a fixture node that state what the rule should answer. */
export const EXPECTATION_KEYS = ['expect', 'expectSeverity', 'expectMessage', 'why'] as const;

function nodeBranch(type: NodeType, attributes: Schema): Schema {
  return {
    type: 'object',
    required: ['id', 'type', 'attributes'],
    additionalProperties: false,
    properties: {
      id: { type: 'string' },
      type: { type: 'string', const: type },
      account: { type: 'string', description: 'Default 111122223333.' },
      region: { type: 'string', description: 'Default eu-west-1.' },
      name: { type: 'string', description: 'Default: the last part of the id.' },
      tags: { type: 'object', additionalProperties: { type: 'string' } },
      attributes: { ...attributes, description: `The raw attributes of a ${type} (derived ones are computed by the runner).` },
      expect: { type: 'string', enum: [...STATUSES], description: 'The status the rule must give this node.' },
      expectSeverity: { type: 'string', enum: [...SEVERITIES], description: 'The effective severity (after the ladder).' },
      expectMessage: { type: 'string', description: 'The exact rendered message.' },
      why: { type: 'string', description: 'What this case shows.' },
    },
  };
}

/** Every `#/definitions/...` name that `value` refers to, transitively. */
function reachable(value: unknown, definitions: Record<string, Schema>, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) reachable(v, definitions, found);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string' && v.startsWith('#/definitions/')) {
        const name = v.slice('#/definitions/'.length);
        if (!found.has(name) && definitions[name]) {
          found.add(name);
          reachable(definitions[name], definitions, found);
        }
      } else reachable(v, definitions, found);
    }
  }
  return found;
}

/** Builds the rule fixture schema from the snapshot schema (`schemas/snapshot.schema.json`). */
export function ruleFixtureSchema(snapshot: { definitions: Record<string, Schema> }): Schema {
  const source = structuredClone(snapshot.definitions);
  const branches: Schema[] = [];
  for (const branch of (source['SnapshotNode']?.['oneOf'] ?? []) as Schema[]) {
    const props = branch['properties'] as Record<string, Schema>;
    const type = props['type']!['const'] as NodeType;
    const attributes = props['attributes']!;
    const ref = attributes['$ref'] as string;
    const definition = source[ref.slice('#/definitions/'.length)]!;
    const derived = DERIVED_ATTRIBUTES[type] ?? [];
    const properties = definition['properties'] as Record<string, Schema>;
    for (const name of derived) delete properties[name];
    if (Array.isArray(definition['required'])) definition['required'] = definition['required'].filter((r) => !derived.includes(r));
    branches.push(nodeBranch(type, attributes));
  }
  const root: Schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://cryptoposture.dev/schemas/rule-fixture-1.schema.json',
    title: 'cryptoposture rule fixture',
    description:
      "A small graph and the expected outcome of one rule on its nodes (fixtures/rules/<rule id>/*.json). Every node of the rule's target type must say what it expects. Generated from the snapshot schema by npm run generate.",
    type: 'object',
    required: ['description', 'nodes'],
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      description: { type: 'string', minLength: 1 },
      scanTime: { type: 'string', format: 'date-time', description: 'The scan time (default 2025-06-01T00:00:00Z).' },
      services: {
        type: 'array',
        description: 'The services the scan collected (default: all).',
        items: { $ref: '#/definitions/Service' },
      },
      params: { type: 'object', description: 'Parameter values for this fixture (validated against the rule).' },
      gaps: { type: 'array', items: { $ref: '#/definitions/Gap' } },
      nodes: { type: 'array', minItems: 1, items: { $ref: '#/definitions/FixtureNode' } },
      edges: { type: 'array', items: { $ref: '#/definitions/SnapshotEdge' } },
    },
  };
  const definitions: Record<string, Schema> = {
    FixtureNode: {
      type: 'object',
      discriminator: { propertyName: 'type' },
      required: ['type'],
      properties: {
        type: { type: 'string', enum: branches.map((b) => (b['properties'] as Record<string, Schema>)['type']!['const']) },
      },
      oneOf: branches,
    },
  };
  const used = reachable([root, definitions], source);
  for (const name of [...used].sort()) definitions[name] = source[name]!;
  return { ...root, definitions };
}
