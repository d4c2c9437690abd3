/**
 * `each`: a quantifier over the elements of an array attribute (`replication.rules`,
 * `policyAnalysis.externalAccounts`), optionally filtered by `where`. An absent list (not
 * read) is unknown; a list read and empty is `null` or `[]`.
 */
import { escapePointer } from '../schema/validate.ts';
import { compilePath, shapeOf } from './attribute-paths.ts';
import { isObject, never, problem, type CompileContext, type CompileFn, type Lexical, type ScopeInfo } from './condition-compile.ts';
import { childEnv, type Cond, type Scope } from './condition-env.ts';
import { ITERATION_KEYS, QUANTIFIERS } from './language.ts';
import { bindingName, compileQuantifier, conclude, newTally, record, tallyOne } from './quantifiers.ts';
import { elementShape } from './shapes.ts';
import { EvalError, U } from './truth.ts';

export function compileEach(json: Record<string, unknown>, pointer: string, ctx: CompileContext, lex: Lexical, compile: CompileFn): Cond {
  const allowed: readonly string[] = [...ITERATION_KEYS, ...QUANTIFIERS];
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
  const binding = bindingName(json, pointer, ctx);
  if (!binding.ok) return never;
  const asName = binding.name;
  const info: ScopeInfo = { shape: items, element: true, types: lex.scope.types };
  const inner: Lexical = { scope: info, vars: new Map(lex.vars) };
  if (asName) inner.vars.set(asName, info);
  const where = json['where'] === undefined ? undefined : compile(json['where'], `${pointer}/where`, ctx, inner);
  const spec = compileQuantifier(json, pointer, ctx, inner, compile);
  if (!spec) return never;
  const pathText = path as string;

  return (env) => {
    const parent = env.scope;
    const list = resolve(parent);
    if (list === undefined) {
      if (env.evidence)
        env.evidence.push({ kind: 'attribute', node: parent.label, path: pathText, operator: `each ${spec.kind}`, outcome: 'unknown' });
      return U;
    }
    if (list !== null && !Array.isArray(list)) throw new EvalError(`"each" needs a list at ${pathText}, got ${JSON.stringify(list)}`);
    const tally = newTally();
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
