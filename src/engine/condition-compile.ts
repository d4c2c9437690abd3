/**
 * What compiling a condition needs: the problems found so far (reported with their JSON
 * pointers when the rule loads), the declared parameters and `as` names, and what is known
 * about the scope being compiled.
 */
import type { ValidationProblem } from '../errors.ts';
import type { NodeType } from '../graph/types.ts';
import type { Cond } from './condition-env.ts';
import type { Shape } from './shapes.ts';
import { U } from './truth.ts';

/** What the compiler knows about a scope. */
export interface ScopeInfo {
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

export interface Lexical {
  scope: ScopeInfo;
  vars: Map<string, ScopeInfo>;
}

/** Compiles a nested condition (the `where` of a traversal, the condition of a quantifier). */
export type CompileFn = (json: unknown, pointer: string, ctx: CompileContext, lex: Lexical) => Cond;

export const never: Cond = () => U;

export function problem(ctx: CompileContext, pointer: string, message: string): Cond {
  ctx.problems.push({ pointer, message });
  return never;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
