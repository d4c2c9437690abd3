/**
 * docs/writing-rules.md, generated from the language table (`language.ts`), the edge kinds
 * the engine knows (`edges.ts`) and the attribute types of every node type (the snapshot
 * schema), so that the reference cannot drift from what the compiler accepts and what the
 * collectors fill. `npm run docs:rules` writes it; `--check` fails on drift.
 */
import { DERIVED_ATTRIBUTES } from '../graph/derive.ts';
import type { NodeType } from '../graph/types.ts';
import { EDGE_ENDS, RULE_EDGE_KINDS } from './edges.ts';
import { termsOf, type OperandKind, type TermKind } from './language.ts';

type Schema = Record<string, unknown>;

const OPERAND_LABELS: Record<OperandKind, string> = {
  path: 'attribute path',
  parameter: 'parameter name',
  value: 'value',
  number: 'number',
  list: 'list',
  boolean: '`true` / `false`',
  regex: 'regular expression',
  condition: 'condition',
  conditions: 'list of conditions',
  count: '`{"gte": 1}`',
  'edge-kinds': 'edge kind or list of them',
  direction: '`out` / `in`',
  name: 'name',
  none: '—',
};

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

function code(value: unknown): string {
  return `\`${JSON.stringify(value)}\``;
}

function termTable(kind: TermKind): string[] {
  const out = ['| term | value | meaning | example |', '|---|---|---|---|'];
  for (const t of termsOf(kind)) out.push(`| \`${t.name}\` | ${OPERAND_LABELS[t.operand]} | ${cell(t.doc)} | ${cell(code(t.example))} |`);
  return out;
}

const INTRO = [
  'A rule is one JSON file (schema `rules/rule.schema.json`, which editors use to complete and check it) that',
  'targets one or more node types (`target`). Three conditions decide its outcome on each node: `applies`',
  '(false: `not_applicable`), `unknownWhen` (true: `unknown`) and `check` (true: `pass`, false: `fail`). On a',
  'failure, the first step of `severityLadder` whose `when` holds raises the severity. `message.fail` explains the',
  'failure with placeholders (below); `evidence` lists attribute paths copied into every result, and `related` lists',
  'edge traversals (`edge`, `direction`, `where`, `as`) whose nodes are named in the message (`{$name}`) and the',
  'evidence of every decided result without deciding it (the endpoints that present a certificate). A rule file nests',
  'at most 32 JSON levels, and a `matches` pattern runs on RE2 (see `matches` below); a rule past either limit is',
  'refused when it is loaded, with its file and JSON path.',
  '',
  '## Present, empty and unknown',
  '',
  'Conditions have three values: true, false and unknown. Unknown propagates: false wins in `all`, true in `any`.',
  '',
  '- A collector writes `null` for "read, and there is none" (a bucket without a policy: `policy: null`) and leaves',
  '  an attribute out only when it was not read; a gap record says why.',
  "- A comparison on an absent attribute is unknown when a collection gap may hide the node's data. When none may,",
  '  `exists` is false, a missing tag (`@tags.KEY`) is none, and `ifAbsent` gives the answer; otherwise it stays',
  '  unknown. An `external` node (referenced, never read) knows only its own attributes (`resourceType`, `reason`, ...).',
  '- A traversal or quantifier whose related nodes a gap or an unscanned service may hide does not conclude from',
  '  their absence: it answers unknown.',
];

const OPERANDS = [
  '## Operands',
  '',
  'The value of an operator is a literal (string, number, boolean, null, or a list of them), `{"param": "name"}`',
  '(a parameter declared under `params` with a default and a description), or `{"var": "name", "attr": "path"}`',
  "(an attribute of an enclosing scope: `target` is the rule's node, other names are given with `as`).",
];

const MESSAGES = [
  '## Messages',
  '',
  'Placeholders in braces are filled from the target node and checked when the rule loads:',
  '',
  '- `{attribute.path}`: an attribute; `{@name}`, `{@id}`, `{@region}`, `{@account}`, `{@type}`, `{@tags.KEY}`: node fields;',
  '- `{param.name}`: a parameter;',
  '- `{$name}`: the related nodes or elements that decided a quantifier declared with `"as": "name"`; `{count:$name}`: how many;',
  '- `{daysUntil:path}`, `{daysSince:path}`: whole days relative to the scan time;',
  '- `{plural:SUBJECT|one|other}`: `one` when SUBJECT (`$name` or a number placeholder) is 1, else `other`.',
];

const FIXTURES = [
  '## Fixtures',
  '',
  'Every rule has fixtures: small graphs with the outcome the rule must give each node of its target type',
  '(`fixtures/rules/<rule id>/*.json` for the built-in pack, `DIR/fixtures/<rule id>/*.json` for custom rules in',
  '`DIR`, schema `schemas/rule-fixture.schema.json`). `cryptoposture rules test DIR` runs them.',
  '',
  "- A node states its raw attributes, checked against its node type's attribute types (below): an unknown",
  '  attribute or a value of the wrong type is an error naming the file and the JSON path.',
  '- Derived attributes (marked below) are not written: the runner derives them from the raw ones with the code a',
  '  scan uses (a key policy gives `policyAnalysis`, the key state `health`, the key an `encrypted-by` edge points',
  '  at `encryptionLevel`).',
  '- `expect` (a status), `expectSeverity`, `expectMessage` and `why` sit on the node, next to `attributes`.',
  '- `params`, `scanTime`, `services` (the services the scan collected) and `gaps` set the scene; every rule needs',
  '  at least one `pass` and one `fail` case, and no two cases may be the same input.',
];

/** A type, as a reader would say it, from a JSON Schema; `$ref`s are collected for the type reference. */
function typeText(schema: Schema, refs: Set<string>): string {
  const ref = schema['$ref'];
  if (typeof ref === 'string') {
    const name = ref.replace('#/definitions/', '');
    refs.add(name);
    return `[${name}](#${name.toLowerCase()})`;
  }
  const union = (schema['anyOf'] ?? schema['oneOf']) as Schema[] | undefined;
  if (union) return union.map((s) => typeText(s, refs)).join(' or ');
  if (Array.isArray(schema['enum'])) return (schema['enum'] as unknown[]).map((v) => code(v)).join(', ');
  if (schema['const'] !== undefined) return code(schema['const']);
  const type = schema['type'];
  if (Array.isArray(type)) return type.map((t) => typeText({ ...schema, type: t }, refs)).join(' or ');
  switch (type) {
    case 'array':
      return `list of ${schema['items'] ? typeText(schema['items'] as Schema, refs) : 'any'}`;
    case 'object': {
      const props = schema['properties'] as Record<string, Schema> | undefined;
      if (props) return `object (${Object.keys(props).join(', ')})`;
      const extra = schema['additionalProperties'];
      return typeof extra === 'object' && extra !== null ? `map of names to ${typeText(extra as Schema, refs)}` : 'object';
    }
    case undefined:
      return 'any JSON';
    default:
      return String(type);
  }
}

function attributeTable(definition: Schema, derived: readonly string[], refs: Set<string>): string[] {
  const props = (definition['properties'] ?? {}) as Record<string, Schema>;
  const required = new Set((definition['required'] as string[] | undefined) ?? []);
  const out = ['| attribute | type | meaning |', '|---|---|---|'];
  for (const [name, schema] of Object.entries(props)) {
    const notes = [derived.includes(name) ? '**derived**' : '', required.has(name) ? 'always present' : ''].filter(Boolean);
    const description = cell(String(schema['description'] ?? '').replace(/^Derived(\.|:)\s*/, ''));
    out.push(`| \`${name}\` | ${cell(typeText(schema, refs))} | ${[...notes, description].filter(Boolean).join('; ')} |`);
  }
  return out;
}

export function renderWritingRules(snapshot: { definitions: Record<string, Schema> }): string {
  const defs = snapshot.definitions;
  const out: string[] = [
    '# Writing rules',
    '',
    '<!-- Generated from src/engine/language.ts and schemas/snapshot.schema.json by `npm run docs:rules`; do not edit. -->',
    '',
  ];
  out.push(...INTRO, '', '## Conditions', '');
  out.push('A condition is a comparison, a combination of conditions, an edge traversal or a list iteration.', '');
  out.push(
    '### Comparisons',
    '',
    'One subject (what is read) and one operator (how it is compared).',
    '',
    '#### Subjects',
    '',
    ...termTable('subject'),
  );
  out.push('', '#### Node fields', '', 'Read with `attr` (and, except `@ref` and `@field`, in messages: `{@region}`).', '');
  out.push(...termTable('node-field'));
  out.push('', '#### Operators', '', ...termTable('operator'), '', '#### Options', '', ...termTable('comparison-option'));
  out.push('', '### Combinators', '', ...termTable('combinator'));
  out.push('', '### Edge traversals', '', 'Keys of `{"edge": ...}`; exactly one quantifier (below).', '', ...termTable('traversal'));
  out.push('', 'Edge kinds (the node types at each end; `external` is a referenced node that was not collected):', '');
  out.push('| edge | from | to |', '|---|---|---|');
  for (const kind of RULE_EDGE_KINDS) out.push(`| \`${kind}\` | ${EDGE_ENDS[kind].from.join(', ')} | ${EDGE_ENDS[kind].to.join(', ')} |`);
  out.push('', '### List iterations', '', 'Keys of `{"each": ...}`; exactly one quantifier (below).', '', ...termTable('iteration'));
  out.push('', '### Quantifiers', '', ...termTable('quantifier'));
  out.push('', ...OPERANDS, '', ...MESSAGES, '', ...FIXTURES, '', '## Attributes by node type', '');
  out.push('What each node type carries (from `schemas/snapshot.schema.json`). An attribute that was not read is absent.', '');
  const refs = new Set<string>();
  for (const branch of (defs['SnapshotNode']?.['oneOf'] ?? []) as Schema[]) {
    const props = branch['properties'] as Record<string, Schema>;
    const type = props['type']!['const'] as NodeType;
    const name = (props['attributes']!['$ref'] as string).replace('#/definitions/', '');
    out.push(`### ${type}`, '', ...attributeTable(defs[name]!, DERIVED_ATTRIBUTES[type] ?? [], refs), '');
  }
  out.push('## Attribute types', '');
  const done = new Set<string>();
  const pending = () => [...refs].filter((r) => !done.has(r)).sort();
  for (let next = pending(); next.length > 0; next = pending()) {
    for (const name of next) {
      done.add(name);
      const definition = defs[name]!;
      out.push(`### ${name}`, '');
      if (definition['description']) out.push(cell(String(definition['description'])), '');
      if (definition['properties']) out.push(...attributeTable(definition, [], refs), '');
      else out.push(`One of: ${typeText({ ...definition, description: undefined }, refs)}.`, '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
