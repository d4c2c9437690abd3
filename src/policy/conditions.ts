/**
 * Condition entries (operator, key, values) as facts about the caller: an `Atom` on one
 * dimension, a `choice` (the request decides, so an Allow may be met and a Deny avoided),
 * or `unknown` (an operator IAM does not define). Operator names are case-sensitive;
 * key names are not. Several values for one key are OR (NOR for negated operators).
 */
import { spend } from './budget.ts';
import { IDENTITY_KEYS, nonIdentityNote, type Dim, type KeyInfo } from './condition-keys.ts';
import type { RawCondition } from './document.ts';
import { arnPatternAccount, coversEveryResource, splitArn } from './arn-pattern.ts';
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
  /** Why values were left out: they name only some principals of an account. */
  partial?: string;
}

export type ConditionEntry = { kind: 'atom'; atom: Atom } | { kind: 'choice'; note: string } | { kind: 'unknown'; reason: string };

export interface ConditionContext {
  owner: string;
  /** Policy variables are substituted (version 2012-10-17). */
  variables: boolean;
  statement: string;
  effect: 'Allow' | 'Deny';
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
  if (base === 'Null' && ifExists) {
    return { kind: 'unknown', reason: `${raw.pointer}: "${raw.operator}" is not a condition operator (Null takes no IfExists)` };
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
    // Null tests whether the key is in the request, not its values, so ForAnyValue: adds
    // nothing; ForAllValues: is also true when the key is absent, as every ForAllValues
    // condition is (IAM User Guide, "Condition operators": Null; "Set operators for
    // multivalued context keys"). IAM Access Analyzer accepts both forms.
    const present = v.includes('false');
    const absent = v.includes('true') || set === 'ForAllValues';
    return { kind: 'atom', atom: { ...atom, match: 'present', onMatch: present, onNoMatch: present, onAbsent: absent } };
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
  // Whether a match takes access away: a negated operator in an Allow, a positive one in a Deny.
  const excludes = (o.ctx.effect === 'Allow') === !atom.onMatch;
  const partial: string[] = [];
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
      case 'access-point': {
        // s3:DataAccessPointArn: the account field says whose access point (S3 User Guide,
        // "Configuring IAM policies for using access points"); the name may be a wildcard.
        const account = arnPatternAccount(v, o.like);
        if (account.kind === 'open') atom.open = `"${written}" matches access points of any account`;
        else atom.values.push(account.kind === 'fixed' ? account.account : v);
        break;
      }
      case 'arn': {
        if (atom.dim === 'account' && excludes && !coversEveryResource(v)) {
          // Only some principals of the account match (a role, a name prefix): the others
          // still pass, so the value excludes no account as a whole (IAM User Guide,
          // "Condition operators": ARN and negated string operators).
          partial.push(written);
          continue;
        }
        const account = arnPatternAccount(v, o.like);
        if (account.kind === 'open') atom.open = `"${written}" matches any account`;
        else if (account.kind === 'none' && atom.dim === 'source-account') {
          // A bucket ARN has no account and bucket names are global: a wildcard in the
          // name is met by anyone who names a bucket to match (S3 User Guide, "Blocking
          // public access": the meaning of "public", fixed values of aws:SourceArn).
          if (o.like && hasWildcard(splitArn(v)?.resource ?? v)) atom.open = `"${written}" matches a bucket anyone can create`;
          sourceArnResources++;
          atom.values.push(v);
        } else {
          if (atom.dim === 'source-account') sourceArnAccounts++;
          atom.values.push(account.kind === 'fixed' ? account.account : v);
        }
        break;
      }
    }
  }
  if (partial.length > 0 && atom.values.length === 0 && atom.open === undefined) {
    atom.partial = `${atom.label} ${partial.join(', ')} names only some principals of an account`;
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

/** Whether a value of an atom is a concrete 12-digit account (for the account universe). */
export function isAccount(value: string): boolean {
  return /^\d{12}$/.test(value);
}
