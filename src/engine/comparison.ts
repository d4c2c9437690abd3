/**
 * Comparisons: one subject (`attr`, `daysUntil`, `orgOf`, `param`, ...) and one operator
 * (`eq`, `in`, `gt`, `matches`, ...; see `language.ts`) against an operand (a literal, a parameter, or an
 * attribute of a named scope). An absent attribute makes a comparison unknown, except for
 * `exists` and where `ifAbsent` says what absence means (honoured only when no gap may hide
 * the node's data).
 */
import { escapePointer } from '../schema/validate.ts';
import { compilePath, type Resolver } from './attribute-paths.ts';
import { isObject, never, problem, type CompileContext, type Lexical } from './condition-compile.ts';
import { namedScope, type Cond, type EvalEnv, type Scope } from './condition-env.ts';
import { compilePattern, type TextPattern } from './limits.ts';
import { apply, deriver } from './operators.ts';
import {
  COMBINATORS,
  COMPARISON_OPTIONS,
  NUMERIC_OPERATORS,
  OPERATORS,
  SUBJECTS,
  term,
  type OperandKind,
  type Operator,
  type Subject,
} from './language.ts';
import { T, F, U, tvName, type TV } from './truth.ts';
import { attributesShape, knownProperties } from './shapes.ts';
import type { Evidence } from './types.ts';

type Operand = (env: EvalEnv) => unknown;

export interface OperandInfo {
  fn: Operand;
  literal?: unknown;
  param?: string;
}

export function compileOperand(raw: unknown, pointer: string, ctx: CompileContext, lex: Lexical): OperandInfo | undefined {
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
          const scope = namedScope(env, name);
          return scope ? resolve(scope) : undefined;
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

/** Checks an operator's operand against the kind of value the language table says it takes. */
function operandFits(kind: OperandKind, operand: OperandInfo, pointer: string, ctx: CompileContext, op: string): boolean {
  const literal = 'literal' in operand;
  const lit = operand.literal;
  const ptype = paramType(ctx, operand.param);
  let message: string | undefined;
  switch (kind) {
    case 'boolean':
      if (!literal || typeof lit !== 'boolean') message = 'must be true or false';
      break;
    case 'number':
      if ((literal && typeof lit !== 'number') || (ptype !== undefined && ptype !== 'number' && ptype !== 'integer'))
        message = `"${op}" compares numbers: give a number or a numeric parameter`;
      break;
    case 'list':
      if ((literal && !Array.isArray(lit)) || (ptype !== undefined && ptype !== 'array'))
        message = `"${op}" needs a list: give an array or an array parameter`;
      break;
    case 'regex':
      if (!literal || typeof lit !== 'string') message = `"${op}" needs a regular expression string`;
      break;
    default:
      break;
  }
  if (message !== undefined) ctx.problems.push({ pointer, message });
  return message === undefined;
}

/** The RE2 pattern of a `matches` operand (linear-time matching), or undefined after reporting why it is refused. */
function compileRegex(source: string, pointer: string, ctx: CompileContext): TextPattern | undefined {
  const compiled = compilePattern(source);
  if ('problem' in compiled) {
    ctx.problems.push({ pointer, message: compiled.problem });
    return undefined;
  }
  return compiled.pattern;
}

/**
 * Whether an absent value at `path` means "there is none": only when no gap may hide the
 * node's data. An `external` node was never read: only the attributes that the graph
 * builder gives it (`resourceType`, `reason`, `awsManagedAlias`, ...) are known.
 */
function absenceIsKnown(env: EvalEnv, scope: Scope, path: string): boolean {
  if (scope.node.type === 'external') return !scope.element && externalAttributes().has(path.split('.')[0]!);
  return env.coverage.nodeGaps(scope.node).length === 0;
}

let externalNames: Set<string> | undefined;
function externalAttributes(): Set<string> {
  externalNames ??= new Set(knownProperties(attributesShape(['external'])));
  return externalNames;
}

export function compileComparison(json: Record<string, unknown>, pointer: string, ctx: CompileContext, lex: Lexical): Cond {
  const keys = Object.keys(json);
  const subjects = keys.filter((k): k is Subject => (SUBJECTS as readonly string[]).includes(k));
  const operators = keys.filter((k): k is Operator => (OPERATORS as readonly string[]).includes(k));
  const options = keys.filter((k) => (COMPARISON_OPTIONS as readonly string[]).includes(k));
  const others = keys.filter((k) => !(subjects as string[]).includes(k) && !(operators as string[]).includes(k) && !options.includes(k));
  const before = ctx.problems.length;
  for (const k of others) {
    ctx.problems.push({
      pointer: `${pointer}/${escapePointer(k)}`,
      message: `unknown operator "${k}" (operators: ${OPERATORS.join(', ')}; subjects: ${SUBJECTS.join(', ')}; combinators: ${COMBINATORS.join(', ')}, edge, each)`,
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
    return problem(ctx, `${pointer}/ifAbsent`, '"exists" already answers for an absent attribute; "ifAbsent" has no use here');

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
  if (!operandFits(term('operator', op).operand, operand, operandPointer, ctx, op)) return never;
  const regex = op === 'matches' ? compileRegex(lit as string, operandPointer, ctx) : undefined;
  if (op === 'matches' && !regex) return never;
  if (term('subject', subject).gives === 'days' && !NUMERIC_OPERATORS.includes(op) && op !== 'exists') {
    return problem(ctx, pointer, `"${subject}" gives a number of days: compare it with ${NUMERIC_OPERATORS.join(', ')}`);
  }
  const ifAbsent: TV | undefined = ifAbsentRaw === undefined ? undefined : ifAbsentRaw ? T : F;
  const derive = deriver(subject);
  const isTag = typeof subjectRaw === 'string' && subjectRaw.startsWith('@tags.');

  return (env) => {
    const scope = env.scope;
    const raw = read(scope, env);
    let result: TV;
    let derived: unknown;
    let expected: unknown;
    if (raw === undefined) {
      // Absence decides only when no gap may hide the data: then `exists` is false, a
      // missing tag is none, and `ifAbsent` gives the answer. Otherwise it is unknown.
      const decided = absenceIsKnown(env, scope, label);
      if (!decided) result = U;
      else if (op === 'exists') result = lit ? F : T;
      else if (ifAbsent !== undefined) result = ifAbsent;
      else if (isTag) {
        expected = operand.fn(env);
        result = expected === undefined ? U : apply(op, derive(null, env.now), expected, regex);
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
