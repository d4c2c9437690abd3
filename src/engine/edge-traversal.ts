/**
 * `edge`: a quantifier over the nodes related to the scope's node by edges of some kinds,
 * outgoing or incoming, optionally narrowed by a `where` filter. When a gap or
 * an unscanned service may hide related nodes, the quantifier does not conclude from their
 * absence.
 */
import { escapePointer } from '../schema/validate.ts';
import { never, problem, type CompileContext, type CompileFn, type Lexical, type ScopeInfo } from './condition-compile.ts';
import { childEnv, type Cond, type Scope } from './condition-env.ts';
import { reachableTypes, RULE_EDGE_KINDS, type RuleEdgeKind } from './edges.ts';
import { QUANTIFIERS, TRAVERSAL_KEYS } from './language.ts';
import { bindingName, compileQuantifier, conclude, newTally, record, tallyOne } from './quantifiers.ts';
import { attributesShape } from './shapes.ts';

export function compileTraversal(
  json: Record<string, unknown>,
  pointer: string,
  ctx: CompileContext,
  lex: Lexical,
  compile: CompileFn,
): Cond {
  const allowed: readonly string[] = [...TRAVERSAL_KEYS, ...QUANTIFIERS];
  for (const k of Object.keys(json)) {
    if (!allowed.includes(k))
      return problem(ctx, `${pointer}/${escapePointer(k)}`, `unknown key "${k}" in an edge traversal (allowed: ${allowed.join(', ')})`);
  }
  const rawKinds = Array.isArray(json['edge']) ? json['edge'] : [json['edge']];
  const kinds: RuleEdgeKind[] = [];
  for (const [i, k] of rawKinds.entries()) {
    if (!(RULE_EDGE_KINDS as readonly unknown[]).includes(k)) {
      const p = Array.isArray(json['edge']) ? `${pointer}/edge/${i}` : `${pointer}/edge`;
      return problem(ctx, p, `unknown edge kind ${JSON.stringify(k)} (known: ${RULE_EDGE_KINDS.join(', ')})`);
    }
    kinds.push(k as RuleEdgeKind);
  }
  const direction = json['direction'] ?? 'out';
  if (direction !== 'out' && direction !== 'in') return problem(ctx, `${pointer}/direction`, 'must be "out" or "in"');
  const binding = bindingName(json, pointer, ctx);
  if (!binding.ok) return never;
  const asName = binding.name;
  const related = reachableTypes(kinds, direction);
  const info: ScopeInfo = { shape: attributesShape(related), element: false, types: related };
  const inner: Lexical = { scope: info, vars: new Map(lex.vars) };
  if (asName) inner.vars.set(asName, info);
  const where = json['where'] === undefined ? undefined : compile(json['where'], `${pointer}/where`, ctx, inner);
  const spec = compileQuantifier(json, pointer, ctx, inner, compile);
  if (!spec) return never;
  const single = kinds.length === 1 ? kinds[0] : undefined;

  return (env) => {
    const origin = env.scope.node;
    const edges = direction === 'out' ? env.graph.outgoing(origin.id, single) : env.graph.incoming(origin.id, single);
    const tally = newTally();
    const seen = new Set<string>();
    for (const edge of edges) {
      if (!single && !(kinds as readonly string[]).includes(edge.kind)) continue;
      const otherId = direction === 'out' ? edge.to : edge.from;
      if (seen.has(otherId)) continue;
      seen.add(otherId);
      const other = env.graph.node(otherId)!;
      const scope: Scope = { node: other, edge, value: other.attributes, element: false, label: other.id, display: other.name };
      tallyOne(env, childEnv(env, scope, asName), where, spec, tally);
    }
    const incomplete = env.coverage.mayHideRelated(origin, direction, kinds);
    const outcome = conclude(env, spec, tally, incomplete);
    record(env, spec, tally, outcome, asName, { kind: 'related', node: origin.id, edges: kinds, direction, incomplete });
    return outcome.result;
  };
}
