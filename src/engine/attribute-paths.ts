/**
 * Attribute paths in conditions: `a.b.c` below the scope's value, node fields (`@id`,
 * `@region`, `@tags.team`, `@ref` and `@field` of the edge a related node was reached by), and
 * `@` for a list element. Paths are checked against the documented attribute shapes of the
 * node type when the rule loads.
 */
import type { CompileContext, ScopeInfo } from './condition-compile.ts';
import type { Scope } from './condition-env.ts';
import { NODE_FIELDS } from './language.ts';
import { knownProperties, shapeAt, type Shape } from './shapes.ts';

export type Resolver = (scope: Scope) => unknown;

/** Compiles an attribute path (`a.b.c`, `@region`, `@tags.team`, `@` for the element itself). */
export function compilePath(path: unknown, pointer: string, ctx: CompileContext, info: ScopeInfo): Resolver | undefined {
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

export function shapeOf(path: string, info: ScopeInfo): Shape | undefined {
  if (!info.shape) return undefined;
  if (path === '@') return info.shape;
  if (path.startsWith('@')) return undefined;
  return shapeAt(info.shape, path.split('.'));
}
