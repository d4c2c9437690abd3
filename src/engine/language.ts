/**
 * The rule language, defined once: every subject, operator, quantifier, combinator and key
 * of a condition, with its kind, what its value is (the operand), one line of documentation
 * and one example. The compiler takes its lists and operand checks from this table; the
 * condition definitions of `rules/rule.schema.json` (`npm run generate`) and the reference
 * in docs/writing-rules.md (`npm run docs:rules`) are generated from it.
 */

/** What a term's value is. */
export type OperandKind =
  /** An attribute path of the current node or element. */
  | 'path'
  /** The name of a parameter declared under `params`. */
  | 'parameter'
  /** A literal, `{"param": name}` or `{"var": name, "attr": path}`. */
  | 'value'
  /** A number, or a number-valued operand. */
  | 'number'
  /** A list, or a list-valued operand. */
  | 'list'
  /** `true` or `false`, written literally. */
  | 'boolean'
  /** A regular expression, written literally. */
  | 'regex'
  /** A condition. */
  | 'condition'
  /** A non-empty list of conditions. */
  | 'conditions'
  /** One comparison of a count: `{"gte": 1}`. */
  | 'count'
  /** An edge kind, or a list of them. */
  | 'edge-kinds'
  /** `out` or `in`. */
  | 'direction'
  /** A name of letters and digits. */
  | 'name'
  /** Nothing: the term is a path itself (a node field). */
  | 'none';

export type TermKind =
  /** What a comparison reads (exactly one per comparison). */
  | 'subject'
  /** How a comparison compares (exactly one per comparison). */
  | 'operator'
  /** A key that changes how a comparison treats an absent value. */
  | 'comparison-option'
  /** Combines conditions. */
  | 'combinator'
  /** Decides over related nodes or list elements (exactly one per `edge` or `each`). */
  | 'quantifier'
  /** A key of an edge traversal. */
  | 'traversal'
  /** A key of a list iteration. */
  | 'iteration'
  /** A field of the node itself, read as an attribute path (`@region`) and in messages (`{@region}`). */
  | 'node-field';

export interface Term {
  name: string;
  kind: TermKind;
  operand: OperandKind;
  doc: string;
  example: Readonly<Record<string, unknown>>;
  /** Subjects: what they give (`days` is a number of days, compared only with numeric operators or `exists`). */
  gives?: 'value' | 'days';
  /** Node fields: whether a message placeholder may name it. */
  inMessages?: boolean;
}

export const LANGUAGE = [
  // Subjects.
  {
    name: 'attr',
    kind: 'subject',
    operand: 'path',
    gives: 'value',
    doc: 'The value at an attribute path (a.b.c) of the current node or element, a node field (@region, below), or @ for the element itself.',
    example: { attr: 'rotationEnabled', eq: true },
  },
  {
    name: 'daysUntil',
    kind: 'subject',
    operand: 'path',
    gives: 'days',
    doc: 'Days from the scan time until the ISO 8601 timestamp at this path (negative once it has passed).',
    example: { daysUntil: 'notAfter', lt: 30 },
  },
  {
    name: 'daysSince',
    kind: 'subject',
    operand: 'path',
    gives: 'days',
    doc: 'Days from the ISO 8601 timestamp at this path until the scan time.',
    example: { daysSince: 'creationDate', gt: 365 },
  },
  {
    name: 'accountOf',
    kind: 'subject',
    operand: 'path',
    gives: 'value',
    doc: 'The 12-digit account of the ARN(s) or account id(s) at this path; null for a service principal.',
    example: { accountOf: 'primaryKeyArn', in: { param: 'trustedAccounts' } },
  },
  {
    name: 'orgOf',
    kind: 'subject',
    operand: 'path',
    gives: 'value',
    doc: 'The AWS Organizations id that the organization id(s) or organization path(s) at this path start with (o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/ -> o-a1b2c3d4e5); null for any other value.',
    example: { each: 'policyAnalysis.scopes', all: { orgOf: 'values', in: { param: 'trustedOrganizations' } } },
  },
  {
    name: 'numberIn',
    kind: 'subject',
    operand: 'path',
    gives: 'value',
    doc: 'The first whole number in the string(s) at this path (RSA_2048 -> 2048); null when there is none.',
    example: { numberIn: 'keyAlgorithm', gte: 2048 },
  },
  {
    name: 'param',
    kind: 'subject',
    operand: 'parameter',
    gives: 'value',
    doc: "A parameter's value.",
    example: { param: 'requireCustomerManagedKey', eq: false },
  },
  // Operators.
  { name: 'eq', kind: 'operator', operand: 'value', doc: 'Equal (deep equality).', example: { attr: 'keyState', eq: 'Enabled' } },
  { name: 'ne', kind: 'operator', operand: 'value', doc: 'Not equal.', example: { attr: 'status', ne: 'EXPIRED' } },
  {
    name: 'in',
    kind: 'operator',
    operand: 'list',
    doc: 'The value (or every element of a list value) is in the list.',
    example: { attr: 'defaultEncryption', in: ['sse-kms', 'dsse-kms'] },
  },
  {
    name: 'notIn',
    kind: 'operator',
    operand: 'list',
    doc: 'The value (or no element of a list value) is in the list.',
    example: { attr: 'status', notIn: ['FAILED', 'VALIDATION_TIMED_OUT'] },
  },
  {
    name: 'exists',
    kind: 'operator',
    operand: 'boolean',
    doc: 'true: present and not null; false: null, or absent when no collection gap may hide it. Unknown when a gap may hide the value.',
    example: { attr: 'kmsKeyId', exists: true },
  },
  { name: 'gt', kind: 'operator', operand: 'number', doc: 'Greater than.', example: { daysSince: 'creationDate', gt: 365 } },
  { name: 'gte', kind: 'operator', operand: 'number', doc: 'Greater than or equal.', example: { numberIn: 'keyAlgorithm', gte: 2048 } },
  { name: 'lt', kind: 'operator', operand: 'number', doc: 'Less than.', example: { daysUntil: 'notAfter', lt: 30 } },
  { name: 'lte', kind: 'operator', operand: 'number', doc: 'Less than or equal.', example: { daysUntil: 'notAfter', lte: 0 } },
  {
    name: 'contains',
    kind: 'operator',
    operand: 'value',
    doc: 'A list contains the value, or a string the substring.',
    example: { attr: 'validationMethods', contains: 'EMAIL' },
  },
  {
    name: 'matches',
    kind: 'operator',
    operand: 'regex',
    doc: 'The string matches the regular expression, in RE2 syntax (linear time: no lookaround or backreferences; at most 1,000 characters).',
    example: { attr: 'keyAlgorithm', matches: '^EC_' },
  },
  {
    name: 'ifAbsent',
    kind: 'comparison-option',
    operand: 'boolean',
    doc: 'The answer when the attribute is absent and no collection gap may hide it (default: unknown).',
    example: { attr: 'renewalStatus', ne: 'FAILED', ifAbsent: true },
  },
  // Combinators.
  {
    name: 'all',
    kind: 'combinator',
    operand: 'conditions',
    doc: 'Every condition holds (false wins over unknown).',
    example: {
      all: [
        { attr: 'enabled', eq: true },
        { attr: 'keyManager', eq: 'CUSTOMER' },
      ],
    },
  },
  {
    name: 'any',
    kind: 'combinator',
    operand: 'conditions',
    doc: 'At least one condition holds (true wins over unknown).',
    example: {
      any: [
        { attr: 'storageEncrypted', eq: true },
        { attr: 'storageEncryptionType', eq: 'sse-rds' },
      ],
    },
  },
  {
    name: 'not',
    kind: 'combinator',
    operand: 'condition',
    doc: 'The condition does not hold (unknown stays unknown).',
    example: { not: { attr: 'keyManager', eq: 'AWS' } },
  },
  // Quantifiers (of `edge` and `each`).
  {
    name: 'some',
    kind: 'quantifier',
    operand: 'condition',
    doc: 'At least one related node or element satisfies the condition.',
    example: { each: 'replication.rules', some: { attr: 'status', eq: 'Enabled' } },
  },
  {
    name: 'all',
    kind: 'quantifier',
    operand: 'condition',
    doc: 'Every related node or element satisfies the condition (true when there is none).',
    example: { edge: 'encrypted-by', all: { attr: 'health', eq: 'enabled' } },
  },
  {
    name: 'none',
    kind: 'quantifier',
    operand: 'condition',
    doc: 'No related node or element satisfies the condition.',
    example: { edge: 'encrypted-by', direction: 'in', none: { attr: '@type', eq: 's3.bucket' } },
  },
  {
    name: 'count',
    kind: 'quantifier',
    operand: 'count',
    doc: 'How many related nodes or elements (that pass `where`) there are, compared with eq, ne, gt, gte, lt or lte.',
    example: { edge: 'logged-by', where: { attr: 'isLogging', eq: true }, count: { gte: 1 } },
  },
  // Edge traversal.
  {
    name: 'edge',
    kind: 'traversal',
    operand: 'edge-kinds',
    doc: 'Follows edges of this kind (or these kinds) to the related nodes.',
    example: { edge: 'encrypted-by', all: { attr: 'health', eq: 'enabled' } },
  },
  {
    name: 'direction',
    kind: 'traversal',
    operand: 'direction',
    doc: 'out (default): edges from this node; in: edges pointing at it.',
    example: { edge: 'encrypted-by', direction: 'in', count: { gte: 1 } },
  },
  {
    name: 'where',
    kind: 'traversal',
    operand: 'condition',
    doc: 'Only related nodes for which this holds are counted.',
    example: { edge: 'logged-by', where: { attr: 'isLogging', eq: true }, some: { attr: 'recordsKmsManagementEvents', eq: true } },
  },
  {
    name: 'as',
    kind: 'traversal',
    operand: 'name',
    doc: 'Names the deciding nodes: {$name} in messages, {"var": name, "attr": path} in operands.',
    example: { edge: 'encrypted-by', as: 'badKeys', all: { attr: 'health', eq: 'enabled' } },
  },
  // List iteration.
  {
    name: 'each',
    kind: 'iteration',
    operand: 'path',
    doc: 'Iterates the list at this path; inside, paths start at the element (@ is the element itself).',
    example: { each: 'policyAnalysis.externalAccounts', all: { attr: '@', in: { param: 'trustedAccounts' } } },
  },
  {
    name: 'where',
    kind: 'iteration',
    operand: 'condition',
    doc: 'Only elements for which this holds are counted.',
    example: {
      each: 'replication.rules',
      where: { attr: 'status', eq: 'Enabled' },
      all: { attr: 'sseKmsEncryptedObjects', eq: 'Enabled' },
    },
  },
  {
    name: 'as',
    kind: 'iteration',
    operand: 'name',
    doc: 'Names the deciding elements: {$name} in messages, {"var": name, "attr": path} in operands.',
    example: { each: 'policyAnalysis.externalAccounts', as: 'untrusted', all: { attr: '@', in: { param: 'trustedAccounts' } } },
  },
  // Node fields.
  {
    name: '@id',
    kind: 'node-field',
    operand: 'none',
    inMessages: true,
    doc: "The node's id (an ARN).",
    example: { attr: '@id', matches: ':key/mrk-' },
  },
  {
    name: '@type',
    kind: 'node-field',
    operand: 'none',
    inMessages: true,
    doc: 'The node type (s3.bucket, external, ...).',
    example: { attr: '@type', eq: 's3.bucket' },
  },
  {
    name: '@account',
    kind: 'node-field',
    operand: 'none',
    inMessages: true,
    doc: "The node's account.",
    example: { attr: '@account', eq: '111122223333' },
  },
  {
    name: '@region',
    kind: 'node-field',
    operand: 'none',
    inMessages: true,
    doc: "The node's region (absent for a global resource).",
    example: { attr: '@region', in: ['eu-west-1', 'eu-central-1'] },
  },
  {
    name: '@name',
    kind: 'node-field',
    operand: 'none',
    inMessages: true,
    doc: "The node's display name.",
    example: { attr: '@name', matches: '^prod-' },
  },
  {
    name: '@tags',
    kind: 'node-field',
    operand: 'none',
    inMessages: true,
    doc: 'A tag as @tags.KEY; a missing tag is none when no gap may hide the node, else unknown.',
    example: { attr: '@tags.team', exists: true },
  },
  {
    name: '@ref',
    kind: 'node-field',
    operand: 'none',
    inMessages: false,
    doc: 'Inside a traversal: the raw reference (as AWS returned it) that the edge to this related node came from.',
    example: { edge: 'encrypted-by', direction: 'in', none: { attr: '@ref', matches: '^alias/' } },
  },
  {
    name: '@field',
    kind: 'node-field',
    operand: 'none',
    inMessages: false,
    doc: 'Inside a traversal: the API field that held that reference.',
    example: { edge: 'encrypted-by', direction: 'in', none: { attr: '@field', eq: 'KmsKeyId' } },
  },
] as const satisfies readonly Term[];

type Entry = (typeof LANGUAGE)[number];
type NamesOf<K extends TermKind> = Extract<Entry, { kind: K }>['name'];

function namesOf<K extends TermKind>(kind: K): readonly NamesOf<K>[] {
  return LANGUAGE.filter((t) => t.kind === kind).map((t) => t.name as NamesOf<K>);
}

export type Subject = NamesOf<'subject'>;
export type Operator = NamesOf<'operator'>;
export type Quantifier = NamesOf<'quantifier'>;

export const SUBJECTS = namesOf('subject');
export const OPERATORS = namesOf('operator');
export const QUANTIFIERS = namesOf('quantifier');
export const COMBINATORS = namesOf('combinator');
/** Keys of an edge traversal besides its quantifier. */
export const TRAVERSAL_KEYS = namesOf('traversal');
/** Keys of a list iteration besides its quantifier. */
export const ITERATION_KEYS = namesOf('iteration');
export const COMPARISON_OPTIONS = namesOf('comparison-option');
/** Fields of the node itself (`@region`); `@tags` takes a key (`@tags.team`). */
export const NODE_FIELDS = namesOf('node-field');
/** The node fields a message placeholder may name. */
export const MESSAGE_NODE_FIELDS: readonly string[] = LANGUAGE.filter(
  (t) => t.kind === 'node-field' && t.inMessages && t.name !== '@tags',
).map((t) => t.name);

/** The operators that compare numbers. */
export const NUMERIC_OPERATORS: readonly Operator[] = LANGUAGE.filter((t) => t.kind === 'operator' && t.operand === 'number').map(
  (t) => t.name as Operator,
);
/** The comparisons that `count` takes. */
export const COUNT_OPERATORS: readonly Operator[] = ['eq', 'ne', ...NUMERIC_OPERATORS];

/** The term of a subject, operator, ... by kind and name. */
export function term(kind: TermKind, name: string): Term {
  const found = LANGUAGE.find((t) => t.kind === kind && t.name === name);
  if (!found) throw new Error(`no ${kind} "${name}" in the rule language`);
  return found;
}

export function termsOf(kind: TermKind): readonly Term[] {
  return LANGUAGE.filter((t) => t.kind === kind);
}
