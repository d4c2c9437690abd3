/**
 * The condition language: compiled once per rule into closures, evaluated per node with
 * three-valued logic (true / false / unknown).
 *
 * - A comparison has one subject (`attr`, `daysUntil`, `daysSince`, `size`, `accountOf`,
 *   `regionOf`, `orgOf`, `numberIn`, `param`) and one operator (`eq`, `ne`, `in`, `notIn`, `exists`,
 *   `gt`, `gte`, `lt`, `lte`, `contains`, `matches`). An absent attribute makes it unknown,
 *   except for `exists` (never unknown) and where `ifAbsent` says what absence means
 *   (honoured only when no gap may hide the node's data).
 * - `all` / `any` / `not` combine conditions (Kleene logic: false wins in `all`, true in `any`).
 * - `edge` traverses edges to related nodes, `each` iterates an array attribute; both take
 *   one quantifier (`some`, `all`, `none`, or `count` with a comparison) and an optional
 *   `where` filter. A traversal whose related nodes a gap may hide cannot conclude from
 *   their absence: it answers unknown instead.
 *
 * Unknown operators, undeclared parameters and attribute paths that the node type does not
 * have are reported at load time with their JSON pointer.
 */
import type { Graph } from '../graph/graph.ts';
import { EDGE_KINDS, NODE_TYPES, type EdgeKind, type GraphEdge, type GraphNode, type NodeType } from '../graph/types.ts';
import type { ValidationProblem } from '../errors.ts';
import { escapePointer } from '../schema/validate.ts';
import type { Coverage } from './coverage.ts';
import { reachableTypes } from './edges.ts';
import { apply, compareNumbers, deriver } from './operators.ts';
import { attributesShape, elementShape, knownProperties, shapeAt, type Shape } from './shapes.ts';
import { EvalError, F, OPERATORS, SUBJECTS, T, tvName, U, type Operator, type Subject, type TV } from './truth.ts';
import type { Evidence } from './types.ts';

export { F, T, U, tvName, EvalError, OPERATORS, SUBJECTS, type TV, type Operator, type Subject } from './truth.ts';

const QUANTIFIERS = ['some', 'all', 'none', 'count'] as const;
type Quantifier = (typeof QUANTIFIERS)[number];
const NUMERIC: readonly string[] = ['gt', 'gte', 'lt', 'lte'];

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

interface VarFrame {
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
function childEnv(env: EvalEnv, scope: Scope, as: string | undefined): EvalEnv {
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

// ---------------------------------------------------------------------------------------
// Compilation
// ---------------------------------------------------------------------------------------

/** What the compiler knows about a scope. */
interface ScopeInfo {
  shape: Shape | undefined;
  element: boolean;
  /** Node types of the nearest node scope. */
  types: readonly NodeType[];
}

export interface CompileContext {
  problems: ValidationProblem[];
  /** Declared parameters and their JSON Schemas. */
  params: Record<string, Record<string, unknown>>;
  /** Names bound by `as` anywhere in the rule (for message placeholders). */
  bindings: Set<string>;
}

interface Lexical {
  scope: ScopeInfo;
  vars: Map<string, ScopeInfo>;
}

export function compileCondition(json: unknown, pointer: string, ctx: CompileContext, targetTypes: readonly NodeType[]): Cond {
  const scope: ScopeInfo = { shape: attributesShape(targetTypes), element: false, types: targetTypes };
  return compile(json, pointer, ctx, { scope, vars: new Map([['target', scope]]) });
}

const never: Cond = () => U;

function problem(ctx: CompileContext, pointer: string, message: string): Cond {
  ctx.problems.push({ pointer, message });
  return never;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function compile(json: unknown, pointer: string, ctx: CompileContext, lex: Lexical): Cond {
  if (!isObject(json)) return problem(ctx, pointer, 'must be a condition object');
  const keys = Object.keys(json);
  if ('edge' in json) return compileTraversal(json, pointer, ctx, lex);
  if ('each' in json) return compileEach(json, pointer, ctx, lex);
  if ('all' in json || 'any' in json) {
    const op = 'all' in json ? 'all' : 'any';
    if (keys.length !== 1) return problem(ctx, `${pointer}/${keys.find((k) => k !== op)}`, `unexpected key next to "${op}"`);
    const list = json[op];
    if (!Array.isArray(list) || list.length === 0) return problem(ctx, `${pointer}/${op}`, 'must be a non-empty array of conditions');
    const children = list.map((c, i) => compile(c, `${pointer}/${op}/${i}`, ctx, lex));
    return op === 'all' ? allOf(children) : anyOf(children);
  }
  if ('not' in json) {
    if (keys.length !== 1) return problem(ctx, `${pointer}/${keys.find((k) => k !== 'not')}`, 'unexpected key next to "not"');
    const child = compile(json['not'], `${pointer}/not`, ctx, lex);
    return (env) => {
      const v = child(env);
      return v === U ? U : v === T ? F : T;
    };
  }
  return compileComparison(json, pointer, ctx, lex);
}

function allOf(children: Cond[]): Cond {
  return (env) => {
    const ev = env.evidence;
    const start = ev ? ev.length : 0;
    let unknown = false;
    for (const child of children) {
      const mark = ev ? ev.length : 0;
      const v = child(env);
      if (v === F) {
        if (ev) ev.splice(start, mark - start); // only the child that decided
        return F;
      }
      if (v === U) unknown = true;
    }
    return unknown ? U : T;
  };
}

function anyOf(children: Cond[]): Cond {
  return (env) => {
    const ev = env.evidence;
    const start = ev ? ev.length : 0;
    let unknown = false;
    for (const child of children) {
      const mark = ev ? ev.length : 0;
      const v = child(env);
      if (v === T) {
        if (ev) ev.splice(start, mark - start);
        return T;
      }
      if (v === U) unknown = true;
    }
    return unknown ? U : F;
  };
}

// --- paths -----------------------------------------------------------------------------

type Resolver = (scope: Scope) => unknown;

const NODE_FIELDS = ['@id', '@type', '@account', '@region', '@name', '@tags', '@ref', '@field'] as const;

/** Compiles an attribute path (`a.b.c`, `@region`, `@tags.team`, `@` for the element itself). */
function compilePath(path: unknown, pointer: string, ctx: CompileContext, info: ScopeInfo): Resolver | undefined {
  if (typeof path !== 'string' || path === '') {
    ctx.problems.push({ pointer, message: 'must be an attribute path (e.g. "rotationEnabled" or "policyAnalysis.public")' });
    return undefined;
  }
  const segments = path.split('.');
  const head = segments[0]!;
  if (head === '@') {
    if (!info.element) {
      ctx.problems.push({ pointer, message: '"@" (the element itself) is only valid inside "each"' });
      return undefined;
    }
    return walk(segments.slice(1), (s) => s.value);
  }
  if (head.startsWith('@')) {
    if (!(NODE_FIELDS as readonly string[]).includes(head)) {
      ctx.problems.push({ pointer, message: `unknown node field "${head}" (known: ${NODE_FIELDS.join(', ')})` });
      return undefined;
    }
    const rest = segments.slice(1);
    if (head !== '@tags' && rest.length > 0) {
      ctx.problems.push({ pointer, message: `"${head}" has no fields` });
      return undefined;
    }
    switch (head) {
      case '@id':
        return (s) => s.node.id;
      case '@type':
        return (s) => s.node.type;
      case '@account':
        return (s) => s.node.account || undefined;
      case '@region':
        return (s) => s.node.region || undefined;
      case '@name':
        return (s) => s.node.name;
      case '@ref':
        return (s) => s.edge?.via?.ref;
      case '@field':
        return (s) => s.edge?.via?.field;
      default:
        return walk(rest, (s) => s.node.tags);
    }
  }
  if (info.shape && shapeAt(info.shape, segments) === undefined) {
    const known = knownProperties(info.shape);
    const where = info.element ? 'the elements here' : `node type ${info.types.join(' / ')}`;
    ctx.problems.push({
      pointer,
      message: `unknown attribute "${path}" for ${where}${known.length > 0 ? ` (known: ${known.join(', ')})` : ''}`,
    });
    return undefined;
  }
  return walk(segments, (s) => s.value);
}

function walk(segments: readonly string[], start: (s: Scope) => unknown): Resolver {
  if (segments.length === 0) return start;
  if (segments.length === 1) {
    const only = segments[0]!;
    return (s) => step(start(s), only);
  }
  return (s) => {
    let v = start(s);
    for (const seg of segments) {
      v = step(v, seg);
      if (v === undefined || v === null) return v;
    }
    return v;
  };
}

function step(v: unknown, seg: string): unknown {
  if (v === undefined || v === null) return v;
  if (typeof v !== 'object') return undefined;
  return (v as Record<string, unknown>)[seg];
}

function shapeOf(path: string, info: ScopeInfo): Shape | undefined {
  if (!info.shape) return undefined;
  if (path === '@') return info.shape;
  if (path.startsWith('@')) return undefined;
  return shapeAt(info.shape, path.split('.'));
}

// --- comparisons -----------------------------------------------------------------------

type Operand = (env: EvalEnv) => unknown;

interface OperandInfo {
  fn: Operand;
  literal?: unknown;
  param?: string;
}

function compileOperand(raw: unknown, pointer: string, ctx: CompileContext, lex: Lexical): OperandInfo | undefined {
  if (isObject(raw)) {
    if ('param' in raw) {
      const name = raw['param'];
      if (typeof name !== 'string' || Object.keys(raw).length !== 1) {
        ctx.problems.push({ pointer, message: 'a parameter reference is {"param": "name"}' });
        return undefined;
      }
      if (!(name in ctx.params)) {
        ctx.problems.push({
          pointer: `${pointer}/param`,
          message: `names no declared parameter ("${name}"); declare it under /params/properties`,
        });
        return undefined;
      }
      return { fn: (env) => env.params[name], param: name };
    }
    if ('var' in raw) {
      const name = raw['var'];
      const info = typeof name === 'string' ? lex.vars.get(name) : undefined;
      if (typeof name !== 'string' || info === undefined) {
        ctx.problems.push({
          pointer: `${pointer}/var`,
          message: `names no enclosing scope (declare it with "as"; "target" is the rule's target)`,
        });
        return undefined;
      }
      const resolve = compilePath(raw['attr'], `${pointer}/attr`, ctx, info);
      if (!resolve) return undefined;
      return {
        fn: (env) => {
          let frame = env.vars;
          while (frame && frame.name !== name) frame = frame.parent;
          return frame ? resolve(frame.scope) : undefined;
        },
      };
    }
    ctx.problems.push({ pointer, message: 'must be a value, {"param": "name"} or {"var": "name", "attr": "path"}' });
    return undefined;
  }
  if (Array.isArray(raw) && raw.some((x) => isObject(x) || Array.isArray(x))) {
    ctx.problems.push({ pointer, message: 'a list value may hold only strings, numbers, booleans and null' });
    return undefined;
  }
  return { fn: () => raw, literal: raw };
}

function paramType(ctx: CompileContext, name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const t = ctx.params[name]?.['type'];
  return typeof t === 'string' ? t : undefined;
}

function compileComparison(json: Record<string, unknown>, pointer: string, ctx: CompileContext, lex: Lexical): Cond {
  const keys = Object.keys(json);
  const subjects = keys.filter((k) => (SUBJECTS as readonly string[]).includes(k)) as Subject[];
  const operators = keys.filter((k) => (OPERATORS as readonly string[]).includes(k)) as Operator[];
  const others = keys.filter((k) => !subjects.includes(k as Subject) && !operators.includes(k as Operator) && k !== 'ifAbsent');
  const before = ctx.problems.length;
  for (const k of others) {
    ctx.problems.push({
      pointer: `${pointer}/${escapePointer(k)}`,
      message: `unknown operator "${k}" (operators: ${OPERATORS.join(', ')}; subjects: ${SUBJECTS.join(', ')}; combinators: all, any, not, edge, each)`,
    });
  }
  if (subjects.length !== 1) {
    ctx.problems.push({ pointer, message: `needs exactly one subject (${SUBJECTS.join(', ')}), found ${subjects.length}` });
  }
  if (operators.length !== 1) {
    ctx.problems.push({ pointer, message: `needs exactly one operator (${OPERATORS.join(', ')}), found ${operators.length}` });
  }
  if (ctx.problems.length > before) return never;
  const subject = subjects[0]!;
  const op = operators[0]!;
  const ifAbsentRaw = json['ifAbsent'];
  if (ifAbsentRaw !== undefined && typeof ifAbsentRaw !== 'boolean') return problem(ctx, `${pointer}/ifAbsent`, 'must be true or false');
  if (ifAbsentRaw !== undefined && op === 'exists')
    return problem(ctx, `${pointer}/ifAbsent`, '"exists" is never unknown; "ifAbsent" has no use here');

  // Subject.
  let read: Resolver | ((s: Scope, env: EvalEnv) => unknown);
  let label: string;
  const subjectRaw = json[subject];
  if (subject === 'param') {
    if (typeof subjectRaw !== 'string' || !(subjectRaw in ctx.params)) {
      return problem(ctx, `${pointer}/param`, `names no declared parameter (${JSON.stringify(subjectRaw)})`);
    }
    read = (_s, env) => env.params[subjectRaw];
    label = `param.${subjectRaw}`;
  } else {
    const resolve = compilePath(subjectRaw, `${pointer}/${subject}`, ctx, lex.scope);
    if (!resolve) return never;
    read = resolve;
    label = subjectRaw as string;
  }

  // Operand, checked against the operator.
  const operandPointer = `${pointer}/${op}`;
  const operand = compileOperand(json[op], operandPointer, ctx, lex);
  if (!operand) return never;
  const lit = operand.literal;
  const ptype = paramType(ctx, operand.param);
  const isLiteral = 'literal' in operand;
  if (op === 'exists' && (!isLiteral || typeof lit !== 'boolean')) return problem(ctx, operandPointer, 'must be true or false');
  if (
    NUMERIC.includes(op) &&
    ((isLiteral && typeof lit !== 'number') || (ptype !== undefined && ptype !== 'number' && ptype !== 'integer'))
  ) {
    return problem(ctx, operandPointer, `"${op}" compares numbers: give a number or a numeric parameter`);
  }
  if ((op === 'in' || op === 'notIn') && ((isLiteral && !Array.isArray(lit)) || (ptype !== undefined && ptype !== 'array'))) {
    return problem(ctx, operandPointer, `"${op}" needs a list: give an array or an array parameter`);
  }
  let regex: RegExp | undefined;
  if (op === 'matches') {
    if (!isLiteral || typeof lit !== 'string') return problem(ctx, operandPointer, '"matches" needs a regular expression string');
    try {
      regex = new RegExp(lit, 'u');
    } catch (e) {
      return problem(ctx, operandPointer, `is not a valid regular expression: ${(e as Error).message}`);
    }
  }
  if ((subject === 'daysUntil' || subject === 'daysSince') && !NUMERIC.includes(op) && op !== 'exists') {
    return problem(ctx, pointer, `"${subject}" gives a number of days: compare it with gt, gte, lt or lte`);
  }
  const ifAbsent: TV | undefined = ifAbsentRaw === undefined ? undefined : ifAbsentRaw ? T : F;
  const derive = deriver(subject);

  return (env) => {
    const scope = env.scope;
    const raw = read(scope, env);
    let result: TV;
    let derived: unknown;
    let expected: unknown;
    if (raw === undefined) {
      if (op === 'exists') result = lit ? F : T;
      else if (ifAbsent !== undefined && scope.node.type !== 'external' && env.coverage.nodeGaps(scope.node).length === 0) {
        result = ifAbsent;
      } else result = U;
    } else if (op === 'exists') {
      result = (raw !== null) === lit ? T : F;
    } else {
      derived = derive(raw, env.now);
      expected = operand.fn(env);
      result = expected === undefined ? U : apply(op, derived, expected, regex);
    }
    if (env.evidence) {
      const item: Evidence = { kind: 'attribute', node: scope.label, path: label, operator: op, outcome: tvName(result) };
      if (raw !== undefined) item.value = raw;
      if (subject !== 'attr' && subject !== 'param' && derived !== undefined) {
        item.subject = subject;
        item.derived = derived;
      }
      if (op !== 'exists') item.expected = expected ?? operand.fn(env);
      if (operand.param) item.param = operand.param;
      env.evidence.push(item);
    }
    return result;
  };
}

// --- quantifiers -----------------------------------------------------------------------

interface QuantifierSpec {
  kind: Quantifier;
  cond?: Cond;
  count?: { op: string; operand: OperandInfo };
}

function compileQuantifier(
  json: Record<string, unknown>,
  pointer: string,
  ctx: CompileContext,
  inner: Lexical,
): QuantifierSpec | undefined {
  const present = QUANTIFIERS.filter((q) => q in json);
  if (present.length !== 1) {
    ctx.problems.push({ pointer, message: `needs exactly one quantifier (${QUANTIFIERS.join(', ')}), found ${present.length}` });
    return undefined;
  }
  const kind = present[0]!;
  if (kind !== 'count') return { kind, cond: compile(json[kind], `${pointer}/${kind}`, ctx, inner) };
  const spec = json['count'];
  const countPointer = `${pointer}/count`;
  if (!isObject(spec) || Object.keys(spec).length !== 1) {
    ctx.problems.push({ pointer: countPointer, message: 'must be one comparison, e.g. {"gte": 1}' });
    return undefined;
  }
  const op = Object.keys(spec)[0]!;
  if (![...NUMERIC, 'eq', 'ne'].includes(op)) {
    ctx.problems.push({
      pointer: `${countPointer}/${escapePointer(op)}`,
      message: `unknown operator "${op}" (count takes eq, ne, gt, gte, lt, lte)`,
    });
    return undefined;
  }
  const operand = compileOperand(spec[op], `${countPointer}/${op}`, ctx, inner);
  if (!operand) return undefined;
  if ('literal' in operand && typeof operand.literal !== 'number') {
    ctx.problems.push({ pointer: `${countPointer}/${op}`, message: 'must be a number or a numeric parameter' });
    return undefined;
  }
  return { kind, count: { op, operand } };
}

interface Tally {
  matched: Scope[];
  failed: Scope[];
  unknownMatch: Scope[];
  unknownFail: Scope[];
  evidence: Map<Scope, Evidence[]> | undefined;
}

/** Evaluates membership (`where`) and the quantifier's condition for one related node or element. */
function tallyOne(env: EvalEnv, child: EvalEnv, where: Cond | undefined, spec: QuantifierSpec, tally: Tally): void {
  const m = where ? where(child) : T;
  if (m === F) return;
  const c = spec.cond ? spec.cond(child) : T;
  const match: TV = m === T ? c : c === F ? F : U;
  const notC: TV = c === U ? U : c === T ? F : T;
  const fail: TV = m === T ? notC : notC === F ? F : U;
  if (match === T) tally.matched.push(child.scope);
  else if (fail === T) tally.failed.push(child.scope);
  else {
    if (match === U) tally.unknownMatch.push(child.scope);
    if (fail === U) tally.unknownFail.push(child.scope);
  }
  if (child.evidence && child.evidence.length > 0) (tally.evidence ??= new Map()).set(child.scope, child.evidence);
}

function conclude(env: EvalEnv, spec: QuantifierSpec, tally: Tally, incomplete: boolean): { result: TV; deciding: Scope[] } {
  switch (spec.kind) {
    case 'some':
      if (tally.matched.length > 0) return { result: T, deciding: tally.matched };
      return { result: tally.unknownMatch.length > 0 || incomplete ? U : F, deciding: tally.unknownMatch };
    case 'none':
      if (tally.matched.length > 0) return { result: F, deciding: tally.matched };
      return { result: tally.unknownMatch.length > 0 || incomplete ? U : T, deciding: tally.unknownMatch };
    case 'all':
      if (tally.failed.length > 0) return { result: F, deciding: tally.failed };
      return { result: tally.unknownFail.length > 0 || incomplete ? U : T, deciding: tally.unknownFail };
    case 'count': {
      const { op, operand } = spec.count!;
      const n = operand.fn(env);
      if (typeof n !== 'number') return { result: U, deciding: [] };
      const min = tally.matched.length;
      const max = incomplete ? Infinity : min + tally.unknownMatch.length;
      const atMin = compareNumbers(op, min, n);
      let result: TV;
      if (min === max) result = atMin ? T : F;
      else {
        // The count lies in [min, max]: decided only when the comparison agrees over the whole range.
        const candidates = op === 'eq' || op === 'ne' ? [min, n, max] : [min, max];
        const answers = candidates.filter((x) => x >= min && x <= max).map((x) => compareNumbers(op, x, n));
        result = answers.every((a) => a) ? T : answers.every((a) => !a) ? F : U;
      }
      return { result, deciding: [...tally.matched, ...tally.unknownMatch] };
    }
  }
}

const MAX_NESTED = 10;

function record(
  env: EvalEnv,
  spec: QuantifierSpec,
  tally: Tally,
  outcome: { result: TV; deciding: Scope[] },
  as: string | undefined,
  base:
    | Omit<Extract<Evidence, { kind: 'related' }>, 'matched' | 'failed' | 'unknown' | 'outcome' | 'quantifier'>
    | { kind: 'elements'; node: string; path: string },
): void {
  if (as && env.bindings) env.bindings[as] = outcome.deciding.map((s) => s.display);
  if (!env.evidence) return;
  const unknown = [...new Set([...tally.unknownMatch, ...tally.unknownFail])];
  const quantifier = spec.kind === 'count' ? `count ${spec.count!.op} ${String(spec.count!.operand.fn(env))}` : spec.kind;
  env.evidence.push({
    ...base,
    quantifier,
    matched: tally.matched.map((s) => s.label),
    failed: tally.failed.map((s) => s.label),
    unknown: unknown.map((s) => s.label),
    outcome: tvName(outcome.result),
  } as Evidence);
  for (const s of outcome.deciding.slice(0, MAX_NESTED)) env.evidence.push(...(tally.evidence?.get(s) ?? []));
}

function compileTraversal(json: Record<string, unknown>, pointer: string, ctx: CompileContext, lex: Lexical): Cond {
  const allowed = ['edge', 'direction', 'types', 'from', 'where', 'as', ...QUANTIFIERS];
  for (const k of Object.keys(json)) {
    if (!allowed.includes(k))
      return problem(ctx, `${pointer}/${escapePointer(k)}`, `unknown key "${k}" in an edge traversal (allowed: ${allowed.join(', ')})`);
  }
  const rawKinds = Array.isArray(json['edge']) ? json['edge'] : [json['edge']];
  const kinds: EdgeKind[] = [];
  for (const [i, k] of rawKinds.entries()) {
    if (!(EDGE_KINDS as readonly unknown[]).includes(k)) {
      const p = Array.isArray(json['edge']) ? `${pointer}/edge/${i}` : `${pointer}/edge`;
      return problem(ctx, p, `unknown edge kind ${JSON.stringify(k)} (known: ${EDGE_KINDS.join(', ')})`);
    }
    kinds.push(k as EdgeKind);
  }
  const direction = json['direction'] ?? 'out';
  if (direction !== 'out' && direction !== 'in') return problem(ctx, `${pointer}/direction`, 'must be "out" or "in"');
  let types: NodeType[] | undefined;
  if (json['types'] !== undefined) {
    const raw = json['types'];
    if (!Array.isArray(raw) || raw.length === 0) return problem(ctx, `${pointer}/types`, 'must be a non-empty list of node types');
    const bad = raw.findIndex((t) => !(NODE_TYPES as readonly unknown[]).includes(t));
    if (bad >= 0) return problem(ctx, `${pointer}/types/${bad}`, `unknown node type ${JSON.stringify(raw[bad])}`);
    types = raw as NodeType[];
  }
  const from = json['from'];
  if (from !== undefined && (typeof from !== 'string' || !lex.vars.has(from) || lex.vars.get(from)!.element)) {
    return problem(ctx, `${pointer}/from`, 'must name an enclosing node scope ("target", or a traversal\'s "as")');
  }
  const as = json['as'];
  if (as !== undefined && (typeof as !== 'string' || !/^[A-Za-z][A-Za-z0-9]*$/.test(as) || as === 'target')) {
    return problem(ctx, `${pointer}/as`, 'must be a name of letters and digits (not "target")');
  }
  if (typeof as === 'string') ctx.bindings.add(as);
  const related = reachableTypes(kinds, direction, types);
  const info: ScopeInfo = { shape: attributesShape(related), element: false, types: related };
  const inner: Lexical = { scope: info, vars: new Map(lex.vars) };
  if (typeof as === 'string') inner.vars.set(as, info);
  const where = json['where'] === undefined ? undefined : compile(json['where'], `${pointer}/where`, ctx, inner);
  const spec = compileQuantifier(json, pointer, ctx, inner);
  if (!spec) return never;
  const fromName = typeof from === 'string' ? from : undefined;
  const asName = typeof as === 'string' ? as : undefined;
  const single = kinds.length === 1 ? kinds[0] : undefined;

  return (env) => {
    let origin = env.scope.node;
    if (fromName) {
      let frame = env.vars;
      while (frame && frame.name !== fromName) frame = frame.parent;
      if (frame) origin = frame.scope.node;
    }
    const edges = direction === 'out' ? env.graph.outgoing(origin.id, single) : env.graph.incoming(origin.id, single);
    const tally: Tally = { matched: [], failed: [], unknownMatch: [], unknownFail: [], evidence: undefined };
    const seen = new Set<string>();
    for (const edge of edges) {
      if (!single && !kinds.includes(edge.kind)) continue;
      const otherId = direction === 'out' ? edge.to : edge.from;
      if (seen.has(otherId)) continue;
      seen.add(otherId);
      const other = env.graph.node(otherId)!;
      if (types && !types.includes(other.type)) continue;
      const scope: Scope = { node: other, edge, value: other.attributes, element: false, label: other.id, display: other.name };
      tallyOne(env, childEnv(env, scope, asName), where, spec, tally);
    }
    const incomplete = env.coverage.mayHideRelated(origin, direction, kinds, types);
    const outcome = conclude(env, spec, tally, incomplete);
    record(env, spec, tally, outcome, asName, { kind: 'related', node: origin.id, edges: kinds, direction, incomplete });
    return outcome.result;
  };
}

function compileEach(json: Record<string, unknown>, pointer: string, ctx: CompileContext, lex: Lexical): Cond {
  const allowed = ['each', 'where', 'as', 'absentIsEmpty', ...QUANTIFIERS];
  for (const k of Object.keys(json)) {
    if (!allowed.includes(k))
      return problem(ctx, `${pointer}/${escapePointer(k)}`, `unknown key "${k}" in "each" (allowed: ${allowed.join(', ')})`);
  }
  const path = json['each'];
  const resolve = compilePath(path, `${pointer}/each`, ctx, lex.scope);
  if (!resolve) return never;
  const listShape = shapeOf(path as string, lex.scope);
  const items = listShape ? elementShape(listShape) : undefined;
  if (listShape && !items) return problem(ctx, `${pointer}/each`, `"${String(path)}" is not a list`);
  const as = json['as'];
  if (as !== undefined && (typeof as !== 'string' || !/^[A-Za-z][A-Za-z0-9]*$/.test(as) || as === 'target')) {
    return problem(ctx, `${pointer}/as`, 'must be a name of letters and digits (not "target")');
  }
  if (typeof as === 'string') ctx.bindings.add(as);
  const info: ScopeInfo = { shape: items, element: true, types: lex.scope.types };
  const inner: Lexical = { scope: info, vars: new Map(lex.vars) };
  if (typeof as === 'string') inner.vars.set(as, info);
  const where = json['where'] === undefined ? undefined : compile(json['where'], `${pointer}/where`, ctx, inner);
  const spec = compileQuantifier(json, pointer, ctx, inner);
  if (!spec) return never;
  const absentIsEmpty = json['absentIsEmpty'];
  if (absentIsEmpty !== undefined && typeof absentIsEmpty !== 'boolean')
    return problem(ctx, `${pointer}/absentIsEmpty`, 'must be true or false');
  const asName = typeof as === 'string' ? as : undefined;
  const pathText = path as string;

  return (env) => {
    const parent = env.scope;
    let list = resolve(parent);
    // An absent list counts as empty only when asked, and only when no gap may hide the node's data.
    if (list === undefined && absentIsEmpty && parent.node.type !== 'external' && env.coverage.nodeGaps(parent.node).length === 0)
      list = null;
    if (list === undefined) {
      if (env.evidence)
        env.evidence.push({ kind: 'attribute', node: parent.label, path: pathText, operator: `each ${spec.kind}`, outcome: 'unknown' });
      return U;
    }
    if (list !== null && !Array.isArray(list)) throw new EvalError(`"each" needs a list at ${pathText}, got ${JSON.stringify(list)}`);
    const tally: Tally = { matched: [], failed: [], unknownMatch: [], unknownFail: [], evidence: undefined };
    (list ?? []).forEach((element: unknown, i: number) => {
      const id = isObject(element) && typeof element['id'] === 'string' ? element['id'] : undefined;
      const display = id ?? (isObject(element) || Array.isArray(element) ? `${pathText}[${i}]` : String(element));
      const scope: Scope = {
        node: parent.node,
        ...(parent.edge ? { edge: parent.edge } : {}),
        value: element,
        element: true,
        label: `${parent.node.id}#${pathText}[${i}]`,
        display,
      };
      tallyOne(env, childEnv(env, scope, asName), where, spec, tally);
    });
    const outcome = conclude(env, spec, tally, false);
    record(env, spec, tally, outcome, asName, { kind: 'elements', node: parent.node.id, path: pathText });
    return outcome.result;
  };
}
