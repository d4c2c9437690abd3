/**
 * Message templates. Placeholders in braces are filled from the target node:
 *
 * - `{rotationPeriodInDays}`, `{policyAnalysis.externalAccounts}`: an attribute;
 * - `{@name}`, `{@id}`, `{@region}`, `{@account}`, `{@type}`, `{@tags.team}`: node fields;
 * - `{param.days}`: a parameter;
 * - `{$name}`: the related nodes or elements that decided a quantifier declared with `"as": "name"`;
 * - `{count:$name}`: how many there are;
 * - `{daysUntil:notAfter}`, `{daysSince:creationDate}`: whole days relative to the scan time;
 * - `{plural:SUBJECT|one|other}`: the word `one` when SUBJECT is 1 (or -1), else `other`. SUBJECT
 *   is `$name` (how many deciding nodes) or a number placeholder such as `daysUntil:notAfter`:
 *   `protects {count:$protected} {plural:$protected|resource|resources}`.
 *
 * Templates are checked when the rule loads (unknown attribute, parameter or name: error).
 */
import type { ValidationProblem } from '../errors.ts';
import type { GraphNode, NodeType } from '../graph/types.ts';
import { MESSAGE_NODE_FIELDS } from './language.ts';
import { attributesShape, shapeAt } from './shapes.ts';

const PLACEHOLDER = /\{([^{}]+)\}/g;

export interface MessageContext {
  node: GraphNode;
  params: Record<string, unknown>;
  bindings: Record<string, string[]>;
  now: number;
}

export function checkTemplate(
  template: string,
  pointer: string,
  target: readonly NodeType[],
  params: ReadonlySet<string>,
  bindings: ReadonlySet<string>,
): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const shape = attributesShape(target);
  for (const [, inner] of template.matchAll(PLACEHOLDER)) {
    const spec = inner!.trim();
    const fail = (message: string) => problems.push({ pointer, message: `{${spec}}: ${message}` });
    let [fn, arg] = splitSpec(spec);
    if (fn === 'plural') {
      const parts = arg.split('|');
      if (parts.length !== 3 || parts.some((p) => p === '')) {
        fail('is {plural:SUBJECT|one|other}, e.g. {plural:$protected|resource|resources}');
        continue;
      }
      [fn, arg] = splitSpec(parts[0]!);
      if (fn === undefined && !arg.startsWith('$')) {
        fail('the subject of plural is $name, daysUntil:PATH, daysSince:PATH or count:$name');
        continue;
      }
    }
    if (fn === 'count') {
      if (!arg.startsWith('$') || !bindings.has(arg.slice(1))) fail(`names no quantifier declared with "as": "${arg.slice(1)}"`);
      continue;
    }
    if (fn !== undefined && fn !== 'daysUntil' && fn !== 'daysSince') {
      fail(`unknown function "${fn}" (known: count, daysUntil, daysSince, plural)`);
      continue;
    }
    if (arg.startsWith('$')) {
      if (fn !== undefined || !bindings.has(arg.slice(1))) fail(`names no quantifier declared with "as": "${arg.slice(1)}"`);
    } else if (arg.startsWith('param.')) {
      if (!params.has(arg.slice(6))) fail(`names no declared parameter "${arg.slice(6)}"`);
    } else if (arg.startsWith('@')) {
      if (!MESSAGE_NODE_FIELDS.includes(arg) && !arg.startsWith('@tags.'))
        fail(`unknown node field (known: ${MESSAGE_NODE_FIELDS.join(', ')}, @tags.KEY)`);
    } else if (shapeAt(shape, arg.split('.')) === undefined) {
      fail(`unknown attribute "${arg}" for node type ${target.join(' / ')}`);
    }
  }
  return problems;
}

/** `fn:arg` or a bare `arg`. */
function splitSpec(spec: string): [string | undefined, string] {
  const colon = spec.indexOf(':');
  return colon < 0 ? [undefined, spec] : [spec.slice(0, colon), spec.slice(colon + 1)];
}

export function renderMessage(template: string, ctx: MessageContext): string {
  return template.replace(PLACEHOLDER, (_, inner: string) => render(inner.trim(), ctx));
}

function render(spec: string, ctx: MessageContext): string {
  const [fn, arg] = splitSpec(spec);
  if (fn === 'plural') {
    const [subject, one, other] = arg.split('|') as [string, string, string];
    const n = subject.startsWith('$') ? (ctx.bindings[subject.slice(1)]?.length ?? 0) : Number(render(subject, ctx));
    return Math.abs(n) === 1 ? one : other;
  }
  if (fn === 'count') return String(ctx.bindings[arg.slice(1)]?.length ?? 0);
  const value = lookup(arg, ctx);
  if (fn === 'daysUntil' || fn === 'daysSince') {
    const t = typeof value === 'string' ? Date.parse(value) : NaN;
    if (Number.isNaN(t)) return '(unknown)';
    return String(Math.floor((fn === 'daysUntil' ? t - ctx.now : ctx.now - t) / 86_400_000));
  }
  return formatValue(value);
}

function lookup(arg: string, ctx: MessageContext): unknown {
  if (arg.startsWith('$')) return ctx.bindings[arg.slice(1)] ?? [];
  if (arg.startsWith('param.')) return ctx.params[arg.slice(6)];
  const n = ctx.node;
  switch (arg) {
    case '@id':
      return n.id;
    case '@type':
      return n.type;
    case '@account':
      return n.account;
    case '@region':
      return n.region || 'global';
    case '@name':
      return n.name;
  }
  if (arg.startsWith('@tags.')) return n.tags[arg.slice(6)];
  let v: unknown = n.attributes;
  for (const seg of arg.split('.')) {
    if (v === undefined || v === null || typeof v !== 'object') return v === null ? null : undefined;
    v = (v as Record<string, unknown>)[seg];
  }
  return v;
}

const MAX_LISTED = 10;

export function formatValue(value: unknown): string {
  if (value === undefined) return '(unknown)';
  if (value === null) return '(none)';
  if (Array.isArray(value)) {
    if (value.length === 0) return '(none)';
    const shown = value.slice(0, MAX_LISTED).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
    return value.length > MAX_LISTED ? `${shown.join(', ')} and ${value.length - MAX_LISTED} more` : shown.join(', ');
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
