/**
 * The condition language: compiled once per rule into closures, evaluated per node with
 * three-valued logic (true / false / unknown).
 *
 * The terms of the language (subjects, operators, quantifiers, ...) are defined once, in
 * `language.ts`.
 *
 * - A comparison has one subject (`attr`, `daysUntil`, `accountOf`, `param`, ...) and one
 *   operator (`eq`, `in`, `exists`, `gt`, `matches`, ...). An absent attribute makes it unknown
 *   when a gap may hide the node's data; when none may, `exists` is false, a missing tag
 *   (`@tags.KEY`) is none, and `ifAbsent` says what absence means.
 * - `all` / `any` / `not` combine conditions (Kleene logic: false wins in `all`, true in `any`).
 * - `edge` traverses edges to related nodes, `each` iterates an array attribute; both take
 *   one quantifier (`some`, `all`, `none`, or `count` with a comparison) and an optional
 *   `where` filter. A traversal whose related nodes a gap may hide cannot conclude from
 *   their absence: it answers unknown instead.
 *
 * Unknown operators, undeclared parameters and attribute paths that the node type does not
 * have are reported at load time with their JSON pointer.
 */
import type { NodeType } from '../graph/types.ts';
import { compileComparison } from './comparison.ts';
import { isObject, problem, type CompileContext, type Lexical, type ScopeInfo } from './condition-compile.ts';
import type { Cond } from './condition-env.ts';
import { compileTraversal } from './edge-traversal.ts';
import { compileEach } from './list-iteration.ts';
import { attributesShape } from './shapes.ts';
import { F, T, U } from './truth.ts';

export { F, T, U, tvName, EvalError, type TV } from './truth.ts';
export { rootEnv, type Cond, type EvalEnv, type Scope } from './condition-env.ts';
export type { CompileContext } from './condition-compile.ts';

export function compileCondition(json: unknown, pointer: string, ctx: CompileContext, targetTypes: readonly NodeType[]): Cond {
  const scope: ScopeInfo = { shape: attributesShape(targetTypes), element: false, types: targetTypes };
  return compile(json, pointer, ctx, { scope, vars: new Map([['target', scope]]) });
}

function compile(json: unknown, pointer: string, ctx: CompileContext, lex: Lexical): Cond {
  if (!isObject(json)) return problem(ctx, pointer, 'must be a condition object');
  const keys = Object.keys(json);
  if ('edge' in json) return compileTraversal(json, pointer, ctx, lex, compile);
  if ('each' in json) return compileEach(json, pointer, ctx, lex, compile);
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
