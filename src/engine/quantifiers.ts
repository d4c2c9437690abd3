/**
 * Quantifiers over related nodes (`edge`) or list elements (`each`): `some`, `all`, `none`,
 * or `count` with a comparison, after an optional `where` filter, in three-valued logic. When
 * a gap may hide related nodes, a quantifier that would conclude from their absence is
 * unknown. `as` names the deciding nodes or elements for messages.
 */
import { escapePointer } from '../schema/validate.ts';
import { compileOperand, type OperandInfo } from './comparison.ts';
import { isObject, problem, type CompileContext, type CompileFn, type Lexical } from './condition-compile.ts';
import type { Cond, EvalEnv, Scope } from './condition-env.ts';
import { compareNumbers } from './operators.ts';
import { COUNT_OPERATORS, QUANTIFIERS, type Quantifier } from './language.ts';
import { F, T, tvName, U, type TV } from './truth.ts';
import type { Evidence } from './types.ts';

/** Checks an `as` name and declares it for message placeholders (`name` is absent when there is none). */
export function bindingName(json: Record<string, unknown>, pointer: string, ctx: CompileContext): { name?: string; ok: boolean } {
  const as = json['as'];
  if (as === undefined) return { ok: true };
  if (typeof as !== 'string' || !/^[A-Za-z][A-Za-z0-9]*$/.test(as) || as === 'target') {
    problem(ctx, `${pointer}/as`, 'must be a name of letters and digits (not "target")');
    return { ok: false };
  }
  ctx.bindings.add(as);
  return { name: as, ok: true };
}

/** An empty tally. */
export function newTally(): Tally {
  return { matched: [], failed: [], unknownMatch: [], unknownFail: [], evidence: undefined };
}

export interface QuantifierSpec {
  kind: Quantifier;
  cond?: Cond;
  count?: { op: string; operand: OperandInfo };
}

export function compileQuantifier(
  json: Record<string, unknown>,
  pointer: string,
  ctx: CompileContext,
  inner: Lexical,
  compile: CompileFn,
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
  if (!(COUNT_OPERATORS as readonly string[]).includes(op)) {
    ctx.problems.push({
      pointer: `${countPointer}/${escapePointer(op)}`,
      message: `unknown operator "${op}" (count takes ${COUNT_OPERATORS.join(', ')})`,
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

export interface Tally {
  matched: Scope[];
  failed: Scope[];
  unknownMatch: Scope[];
  unknownFail: Scope[];
  evidence: Map<Scope, Evidence[]> | undefined;
}

/** Evaluates membership (`where`) and the quantifier's condition for one related node or element. */
export function tallyOne(env: EvalEnv, child: EvalEnv, where: Cond | undefined, spec: QuantifierSpec, tally: Tally): void {
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

export function conclude(env: EvalEnv, spec: QuantifierSpec, tally: Tally, incomplete: boolean): { result: TV; deciding: Scope[] } {
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

export function record(
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
