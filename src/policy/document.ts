/**
 * Reads a policy document into statements with normalized elements, or says precisely
 * (JSON pointer and problem) why it cannot be read. Nothing here throws: whatever the
 * input, the result is either statements or a reason.
 */
import type { PatternSet } from './pattern-set.ts';

export type PolicyKind = 'kms' | 's3';

export interface PrincipalElement {
  /** `NotPrincipal`: the statement applies to everyone except these. */
  negated: boolean;
  /** `"Principal": "*"` (everyone, anonymous callers and service principals included). */
  star: boolean;
  aws: string[];
  service: string[];
  federated: string[];
  canonicalUser: string[];
}

export interface RawCondition {
  operator: string;
  key: string;
  values: string[];
  /** JSON pointer of the operator inside the document, for messages. */
  pointer: string;
}

export interface ParsedStatement {
  /** `Sid`, or `#index` (zero-based) when there is none. */
  id: string;
  effect: 'Allow' | 'Deny';
  principal: PrincipalElement;
  actions: PatternSet;
  resources: PatternSet;
  conditions: RawCondition[];
}

export type ParsedPolicy =
  | {
      ok: true;
      /** Policy variables are only substituted in version 2012-10-17. */
      variables: boolean;
      statements: ParsedStatement[];
      /** Why IAM would reject the policy as written, for shapes read leniently. */
      invalid: string[];
    }
  | { ok: false; reason: string };

const PRINCIPAL_TYPES: Record<string, keyof Omit<PrincipalElement, 'negated' | 'star'>> = {
  AWS: 'aws',
  Service: 'service',
  Federated: 'federated',
  CanonicalUser: 'canonicalUser',
};

class Invalid extends Error {}

function fail(pointer: string, problem: string): never {
  throw new Invalid(`${pointer === '' ? '/' : pointer}: ${problem}`);
}

/** One JSON pointer segment (RFC 6901). */
function seg(name: string): string {
  if (!name.includes('~') && !name.includes('/')) return name;
  return name.replace(/~/g, '~0').replace(/\//g, '~1');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

function stringList(value: unknown, pointer: string): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  return fail(pointer, `must be a string or a list of strings, not ${describe(value)}`);
}

/** Whether a value has the outline of a policy document: an object with a `Statement`. */
export function looksLikePolicy(value: unknown): boolean {
  return isObject(value) && 'Statement' in value;
}

/**
 * Parses a policy: the parsed JSON, or the raw text when it was not valid JSON (as the
 * collectors keep it), or anything else.
 */
export function parsePolicy(document: unknown): ParsedPolicy {
  try {
    let doc = document;
    if (typeof doc === 'string') {
      try {
        doc = JSON.parse(doc) as unknown;
      } catch (e) {
        return { ok: false, reason: `the policy is not valid JSON (${(e as Error).message})` };
      }
    }
    if (!isObject(doc)) fail('', `the policy must be a JSON object, not ${describe(doc)}`);
    const version = doc['Version'];
    if (version !== undefined && version !== '2012-10-17' && version !== '2008-10-17') {
      fail('/Version', `must be "2012-10-17" or "2008-10-17", not ${describe(version)}`);
    }
    const raw = doc['Statement'];
    if (raw === undefined) fail('', 'the policy has no Statement');
    const list = Array.isArray(raw) ? raw : [raw];
    const pointerOf = (i: number) => (Array.isArray(raw) ? `/Statement/${i}` : '/Statement');
    const invalid: string[] = [];
    const statements = list.map((s, i) => parseStatement(s, i, pointerOf(i), invalid));
    return { ok: true, variables: version === '2012-10-17', statements, invalid };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, reason: e.message };
    return { ok: false, reason: `the policy could not be read (${(e as Error)?.message ?? String(e)})` };
  }
}

function parseStatement(s: unknown, index: number, pointer: string, invalid: string[]): ParsedStatement {
  if (!isObject(s)) fail(pointer, `a statement must be an object, not ${describe(s)}`);
  const sid = s['Sid'];
  if (sid !== undefined && typeof sid !== 'string') fail(`${pointer}/Sid`, `must be a string, not ${describe(sid)}`);
  const effect = s['Effect'];
  if (effect !== 'Allow' && effect !== 'Deny') fail(`${pointer}/Effect`, `must be "Allow" or "Deny", not ${describe(effect)}`);
  return {
    id: sid !== undefined && sid !== '' ? sid : `#${index}`,
    effect,
    principal: parsePrincipal(s, pointer, invalid),
    actions: parseSet(s, pointer, 'Action', true),
    resources: parseSet(s, pointer, 'Resource', false),
    conditions: parseConditions(s['Condition'], `${pointer}/Condition`),
  };
}

function parseSet(s: Record<string, unknown>, pointer: string, element: 'Action' | 'Resource', ignoreCase: boolean): PatternSet {
  const plain = s[element];
  const not = s[`Not${element}`];
  if (plain !== undefined && not !== undefined) fail(pointer, `a statement may have ${element} or Not${element}, not both`);
  if (plain === undefined && not === undefined) fail(pointer, `the statement has neither ${element} nor Not${element}`);
  const negated = plain === undefined;
  return { negated, patterns: stringList(negated ? not : plain, `${pointer}/${negated ? 'Not' : ''}${element}`), ignoreCase };
}

/**
 * Shapes IAM rejects but files hold are read the way its grammar intends (IAM User Guide,
 * "Grammar of the IAM JSON policy language": a principal is "*" or a map of principal
 * types; "Policy elements: Principal": a resource-based policy must name one): a plain
 * string is an AWS principal, and a statement with no principal applies to no one. Each is
 * noted in `invalid`, which the verdict's reason repeats.
 */
function parsePrincipal(s: Record<string, unknown>, pointer: string, invalid: string[]): PrincipalElement {
  const plain = s['Principal'];
  const not = s['NotPrincipal'];
  if (plain !== undefined && not !== undefined) fail(pointer, 'a statement may have Principal or NotPrincipal, not both');
  const element: PrincipalElement = { negated: false, star: false, aws: [], service: [], federated: [], canonicalUser: [] };
  if (plain === undefined && not === undefined) {
    invalid.push(
      `${pointer === '' ? '/' : pointer} has neither Principal nor NotPrincipal, which a resource policy requires (read as no principal)`,
    );
    return element;
  }
  const negated = plain === undefined;
  const value = negated ? not : plain;
  const at = `${pointer}/${negated ? 'NotPrincipal' : 'Principal'}`;
  element.negated = negated;
  if (value === '*') return { ...element, star: true };
  if (typeof value === 'string' || (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string'))) {
    invalid.push(`${at} must be "*" or an object such as {"AWS": ...} (read as {"AWS": ${JSON.stringify(value)}})`);
    return { ...element, aws: stringList(value, at).map((p) => p.trim()) };
  }
  if (!isObject(value)) fail(at, `must be "*" or an object such as {"AWS": ...}, not ${describe(value)}`);
  for (const [type, v] of Object.entries(value)) {
    const field = PRINCIPAL_TYPES[type];
    if (field === undefined) fail(`${at}/${seg(type)}`, `unknown principal type (known: ${Object.keys(PRINCIPAL_TYPES).join(', ')})`);
    element[field].push(...stringList(v, `${at}/${seg(type)}`).map((p) => p.trim()));
  }
  return element;
}

function parseConditions(block: unknown, pointer: string): RawCondition[] {
  if (block === undefined) return [];
  if (!isObject(block)) fail(pointer, `must be an object of operators, not ${describe(block)}`);
  const out: RawCondition[] = [];
  for (const [operator, keys] of Object.entries(block)) {
    const opAt = `${pointer}/${seg(operator)}`;
    if (!isObject(keys)) fail(opAt, `must be an object of condition keys, not ${describe(keys)}`);
    for (const [key, raw] of Object.entries(keys)) {
      const at = `${opAt}/${seg(key)}`;
      const list = Array.isArray(raw) ? raw : [raw];
      const values = list.map((v) => {
        if (typeof v === 'string') return v;
        if (typeof v === 'number' || typeof v === 'boolean') return String(v);
        return fail(at, `condition values must be strings, numbers or booleans, not ${describe(v)}`);
      });
      out.push({ operator, key, values, pointer: opAt });
    }
  }
  return out;
}
