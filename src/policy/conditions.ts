/**
 * Condition entries (operator, key, values) as facts about the caller: an `Atom` on one
 * dimension, a `choice` (the request decides, so an Allow may be met and a Deny avoided),
 * or `unknown` (an operator IAM does not define). Operator names are case-sensitive;
 * key names are not. Several values for one key are OR (NOR for negated operators).
 */
import { spend } from './budget.ts';
import { IDENTITY_KEYS, nonIdentityNote, type Dim, type KeyInfo } from './condition-keys.ts';
import type { RawCondition } from './document.ts';
import { globCovers, hasWildcard } from './glob.ts';
import { cidrContains, isBroadRange, parseCidr, type Cidr } from './ip.ts';

/** A caller's value on one dimension: a named value, some value no policy names, or no key at all. */
export const OTHER = Symbol('other value');
export const ABSENT = Symbol('absent');
export type Candidate = string | typeof OTHER | typeof ABSENT;

export interface Atom {
  dim: Dim;
  /** Named values: accounts, ids, patterns (`glob`), ranges (`ip`). */
  values: string[];
  /** `present`: any value matches (the Null operator). */
  match: 'exact' | 'exact-ci' | 'glob' | 'glob-ci' | 'ip' | 'present';
  cidrs: Cidr[];
  /** Why some value matches every value ("*", a policy variable compared with its own key...). */
  open?: string;
  /** The result when the caller's value matches a value, matches none, or is absent. */
  onMatch: boolean;
  onNoMatch: boolean;
  onAbsent: boolean;
  /** `StringEquals kms:CallerAccount`, for reasons. */
  label: string;
  key: string;
  written: string[];
  statement: string;
  set?: 'ForAnyValue' | 'ForAllValues';
  ifExists: boolean;
  /** Built from a Deny's condition, negated: what a caller must meet to escape that Deny. */
  fromDeny?: boolean;
}

export type ConditionEntry = { kind: 'atom'; atom: Atom } | { kind: 'choice'; note: string } | { kind: 'unknown'; reason: string };

export interface ConditionContext {
  owner: string;
  /** Policy variables are substituted (version 2012-10-17). */
  variables: boolean;
  statement: string;
}

const OPERATOR =
  /^(?:(ForAnyValue|ForAllValues):)?(StringEquals|StringNotEquals|StringEqualsIgnoreCase|StringNotEqualsIgnoreCase|StringLike|StringNotLike|NumericEquals|NumericNotEquals|NumericLessThan|NumericLessThanEquals|NumericGreaterThan|NumericGreaterThanEquals|DateEquals|DateNotEquals|DateLessThan|DateLessThanEquals|DateGreaterThan|DateGreaterThanEquals|Bool|BinaryEquals|IpAddress|NotIpAddress|ArnEquals|ArnLike|ArnNotEquals|ArnNotLike|Null)(IfExists)?$/;

const NEGATED = new Set(['StringNotEquals', 'StringNotEqualsIgnoreCase', 'StringNotLike', 'ArnNotEquals', 'ArnNotLike', 'NotIpAddress']);

export function atomHolds(atom: Atom, value: Candidate): boolean {
  if (value === ABSENT) return atom.onAbsent;
  return atomMatches(atom, value) ? atom.onMatch : atom.onNoMatch;
}

function atomMatches(atom: Atom, value: string | typeof OTHER): boolean {
  spend(atom.values.length + 1);
  if (atom.open !== undefined || atom.match === 'present') return true;
  if (value === OTHER) return false;
  switch (atom.match) {
    case 'exact':
      return atom.values.includes(value);
    case 'exact-ci':
      return atom.values.some((v) => v.toLowerCase() === value.toLowerCase());
    case 'glob':
    case 'glob-ci':
      return atom.values.some((v) => globCovers(v, value, atom.match === 'glob-ci'));
    case 'ip': {
      const inner = parseCidr(value);
      return inner !== undefined && atom.cidrs.some((c) => cidrContains(c, inner));
    }
  }
}

export function negateAtom(atom: Atom): Atom {
  return { ...atom, onMatch: !atom.onMatch, onNoMatch: !atom.onNoMatch, onAbsent: !atom.onAbsent, fromDeny: true };
}

export function buildEntry(raw: RawCondition, ctx: ConditionContext): ConditionEntry {
  const m = OPERATOR.exec(raw.operator);
  if (m === null) {
    return { kind: 'unknown', reason: `${raw.pointer}: unknown condition operator "${raw.operator}" (operator names are case-sensitive)` };
  }
  const set = m[1] as Atom['set'];
  const base = m[2]!;
  const ifExists = m[3] !== undefined;
  if (base === 'Null' && (ifExists || set !== undefined)) {
    return { kind: 'unknown', reason: `${raw.pointer}: "${raw.operator}" is not a condition operator (Null takes no prefix or IfExists)` };
  }
  const info = IDENTITY_KEYS[raw.key.toLowerCase()];
  const label = `${raw.operator} ${raw.key}`;
  if (info === undefined) return { kind: 'choice', note: nonIdentityNote(raw.key) };

  const atom: Atom = {
    dim: info.dim,
    values: [],
    match: 'exact',
    cidrs: [],
    onMatch: true,
    onNoMatch: false,
    onAbsent: false,
    label,
    key: raw.key,
    written: raw.values,
    statement: ctx.statement,
    ifExists,
    ...(set === undefined ? {} : { set }),
  };

  if (base === 'Null') {
    const v = raw.values.map((x) => x.toLowerCase());
    if (v.some((x) => x !== 'true' && x !== 'false')) {
      return { kind: 'unknown', reason: `${raw.pointer}: Null takes "true" or "false" for ${raw.key}` };
    }
    // Null true: the key is absent; Null false: it is present. Both values: always true.
    return {
      kind: 'atom',
      atom: { ...atom, match: 'present', onMatch: v.includes('false'), onNoMatch: v.includes('false'), onAbsent: v.includes('true') },
    };
  }

  const family = base.startsWith('String')
    ? 'string'
    : base.startsWith('Arn')
      ? 'arn'
      : base.endsWith('IpAddress')
        ? 'ip'
        : base === 'Bool'
          ? 'bool'
          : 'other';
  const fits =
    info.value === 'ip'
      ? family === 'ip'
      : info.value === 'bool'
        ? family === 'bool' || family === 'string'
        : family === 'string' || family === 'arn';
  if (!fits) return { kind: 'choice', note: `${label} compares ${raw.key} as a ${family} value, which does not narrow the caller` };

  const negated = NEGATED.has(base);
  const like = base.endsWith('Like') || family === 'arn';
  const ignoreCase = base.endsWith('IgnoreCase') || info.value === 'bool';
  atom.onMatch = !negated;
  atom.onNoMatch = negated;
  // A missing key makes positive operators false and negated ones true; IfExists and
  // ForAllValues are true when the key is absent (IAM User Guide, condition operators).
  atom.onAbsent = negated ? set !== 'ForAnyValue' : ifExists || set === 'ForAllValues';

  return normalizeValues(raw, info, { like, ignoreCase, family, ctx, atom });
}

interface NormalizeOptions {
  like: boolean;
  ignoreCase: boolean;
  family: string;
  ctx: ConditionContext;
  atom: Atom;
}

const VARIABLE = /\$\{([^}]*)\}/g;

/**
 * Substitutes the variables whose value is known (`${aws:ResourceAccount}` is the owner);
 * `${aws:ResourceOrgID}` stays as a token for "the owner's organization". A value with any
 * other variable depends on the request: compared with its own key it matches every caller.
 */
function substitute(value: string, raw: RawCondition, ctx: ConditionContext): { value: string } | { open: string } {
  if (!ctx.variables || !value.includes('${')) return { value };
  let open: string | undefined;
  const out = value.replace(VARIABLE, (whole, name: string) => {
    const n = name.toLowerCase();
    if (n === 'aws:resourceaccount') return ctx.owner;
    if (n === 'aws:resourceorgid' || n === 'aws:resourceorgpaths' || n === '*' || n === '?' || n === '$') return whole;
    if (n === raw.key.toLowerCase()) open = `compared with ${whole}, its own value, it matches every caller`;
    else open ??= `"${value}" takes its value from the request (${whole})`;
    return whole;
  });
  return open === undefined ? { value: out } : { open };
}

function normalizeValues(raw: RawCondition, info: KeyInfo, o: NormalizeOptions): ConditionEntry {
  const { atom } = o;
  let sourceArnAccounts = 0;
  let sourceArnResources = 0;
  for (const written of raw.values) {
    const sub = substitute(written, raw, o.ctx);
    if ('open' in sub) {
      atom.open = sub.open;
      continue;
    }
    const v = sub.value;
    const wildcard = `"${written}" matches every value`;
    switch (info.value) {
      case 'account':
      case 'id':
      case 'org':
        if (o.like && hasWildcard(v)) atom.open = wildcard;
        else atom.values.push(v);
        break;
      case 'bool':
        atom.values.push(v.toLowerCase());
        break;
      case 'org-path': {
        const first = v.split('/')[0] ?? '';
        if (o.like && hasWildcard(first)) atom.open = `"${written}" matches a path in any organization`;
        else atom.values.push(v);
        break;
      }
      case 'userid': {
        const colon = v.indexOf(':');
        const id = colon === -1 ? v : v.slice(0, colon);
        if (o.like && (hasWildcard(id) || id === '')) atom.open = `"${written}" matches any principal's id`;
        else atom.values.push(v);
        break;
      }
      case 'ip': {
        const cidr = parseCidr(v);
        if (cidr === undefined)
          return { kind: 'unknown', reason: `${raw.pointer}: ${JSON.stringify(v)} is not an IP address or CIDR range` };
        if (isBroadRange(cidr)) atom.open = `${written} is too wide a range to narrow where callers come from`;
        else {
          atom.values.push(v);
          atom.cidrs.push(cidr);
        }
        break;
      }
      case 'arn': {
        const account = arnAccount(v, o.family === 'arn', o.like);
        if (account === 'open') atom.open = `"${written}" matches any account`;
        else if (account === '' && atom.dim === 'source-account') {
          sourceArnResources++;
          atom.values.push(v);
        } else {
          if (atom.dim === 'source-account') sourceArnAccounts++;
          atom.values.push(account);
        }
        break;
      }
    }
  }
  if (sourceArnResources > 0) {
    // aws:SourceArn values without an account (S3 bucket ARNs) name resources, not accounts.
    if (sourceArnAccounts > 0) return { kind: 'choice', note: `${atom.label} mixes ARNs with and without an account` };
    atom.dim = 'source-arn';
  }
  if (info.value === 'ip') atom.match = 'ip';
  else if (o.like && (info.value === 'org-path' || info.value === 'userid' || (info.value === 'arn' && atom.dim === 'source-arn'))) {
    atom.match = o.ignoreCase ? 'glob-ci' : 'glob';
  } else atom.match = o.ignoreCase ? 'exact-ci' : 'exact';
  return { kind: 'atom', atom };
}

/**
 * The account component of an ARN value: '' when the ARN has none (S3), 'open' when a
 * wildcard can stand for any account. ArnEquals/ArnLike match each colon-separated
 * component on its own; StringLike's `*` may cross colons, so any wildcard up to the
 * account component leaves the account open.
 */
function arnAccount(value: string, perComponent: boolean, like: boolean): string {
  if (value === '*' && like) return 'open';
  const parts = value.split(':');
  if (parts.length < 6) {
    return like && hasWildcard(value) ? 'open' : value;
  }
  const account = parts[4]!;
  if (!like) return account;
  if (perComponent) return hasWildcard(account) ? 'open' : account;
  return parts.slice(0, 5).some(hasWildcard) ? 'open' : account;
}

/** Whether a value of an atom is a concrete 12-digit account (for the account universe). */
export function isAccount(value: string): boolean {
  return /^\d{12}$/.test(value);
}
