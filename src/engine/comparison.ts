/**
 * Comparisons: one subject (`attr`, `daysUntil`, `orgOf`, `param`, ...) and one operator
 * (`eq`, `in`, `gt`, `matches`, ...) against an operand (a literal, a parameter, or an
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
import { NUMERIC_OPERATORS, OPERATORS, SUBJECTS, T, F, U, tvName, type Operator, type Subject, type TV } from './truth.ts';
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

export function compileComparison(json: Record<string, unknown>, pointer: string, ctx: CompileContext, lex: Lexical): Cond {
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
    NUMERIC_OPERATORS.includes(op) &&
    ((isLiteral && typeof lit !== 'number') || (ptype !== undefined && ptype !== 'number' && ptype !== 'integer'))
  ) {
    return problem(ctx, operandPointer, `"${op}" compares numbers: give a number or a numeric parameter`);
  }
  if ((op === 'in' || op === 'notIn') && ((isLiteral && !Array.isArray(lit)) || (ptype !== undefined && ptype !== 'array'))) {
    return problem(ctx, operandPointer, `"${op}" needs a list: give an array or an array parameter`);
  }
  let regex: TextPattern | undefined;
  if (op === 'matches') {
    if (!isLiteral || typeof lit !== 'string') return problem(ctx, operandPointer, '"matches" needs a regular expression string');
    const compiled = compilePattern(lit);
    if ('problem' in compiled) return problem(ctx, operandPointer, compiled.problem);
    regex = compiled.pattern;
  }
  if ((subject === 'daysUntil' || subject === 'daysSince') && !NUMERIC_OPERATORS.includes(op) && op !== 'exists') {
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
