/** What comparison subjects and operators compute: day arithmetic, ARN parts, deep equality. */
import { principalAccount } from '../graph/derive.ts';
import type { Operator, Subject } from './language.ts';
import type { TextPattern } from './limits.ts';
import { EvalError, F, T, type TV } from './truth.ts';

const DAY_MS = 86_400_000;
/** An AWS Organizations id at the start of an organization id or path (`o-a1b2c3d4e5/r-ab12/ou-...`). */
const ORGANIZATION_ID = /^o-[a-z0-9]{10,32}(?=$|\/)/;

export function deriver(subject: Subject): (raw: unknown, now: number) => unknown {
  switch (subject) {
    case 'attr':
    case 'param':
      return (raw) => raw;
    case 'daysUntil':
    case 'daysSince':
      return (raw, now) => {
        if (raw === null) return null;
        const t = typeof raw === 'string' ? Date.parse(raw) : NaN;
        if (Number.isNaN(t)) throw new EvalError(`${subject} needs an ISO 8601 timestamp, got ${JSON.stringify(raw)}`);
        const days = (subject === 'daysUntil' ? t - now : now - t) / DAY_MS;
        return Math.round(days * 1000) / 1000;
      };
    case 'accountOf':
      return (raw) => mapStrings(raw, (s) => principalAccount(s) ?? null);
    case 'orgOf':
      return (raw) => mapStrings(raw, (s) => ORGANIZATION_ID.exec(s)?.[0] ?? null);
    case 'numberIn':
      return (raw) =>
        mapStrings(raw, (s) => {
          const m = /\d+/.exec(s);
          return m ? Number(m[0]) : null;
        });
  }
}

function mapStrings(raw: unknown, f: (s: string) => unknown): unknown {
  if (raw === null) return null;
  if (typeof raw === 'string') return f(raw);
  if (Array.isArray(raw) && raw.every((x) => typeof x === 'string')) return raw.map(f);
  throw new EvalError(`needs a string or a list of strings, got ${JSON.stringify(raw)}`);
}

export function apply(op: Operator, v: unknown, e: unknown, regex: TextPattern | undefined): TV {
  switch (op) {
    case 'eq':
      return deepEqual(v, e) ? T : F;
    case 'ne':
      return deepEqual(v, e) ? F : T;
    case 'in':
    case 'notIn': {
      if (!Array.isArray(e)) throw new EvalError(`"${op}" needs a list, got ${JSON.stringify(e)}`);
      const member = (x: unknown) => e.some((y) => deepEqual(x, y));
      // A list value is `in` when every element is, and `notIn` when none is.
      if (Array.isArray(v)) return (op === 'in' ? v.every(member) : !v.some(member)) ? T : F;
      return member(v) === (op === 'in') ? T : F;
    }
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      if (v === null) return F;
      if (typeof v !== 'number') throw new EvalError(`"${op}" compares numbers, got ${JSON.stringify(v)}`);
      if (typeof e !== 'number') throw new EvalError(`"${op}" compares numbers, got ${JSON.stringify(e)}`);
      return compareNumbers(op, v, e) ? T : F;
    }
    case 'contains':
      if (v === null) return F;
      if (Array.isArray(v)) return v.some((x) => deepEqual(x, e)) ? T : F;
      if (typeof v === 'string' && typeof e === 'string') return v.includes(e) ? T : F;
      throw new EvalError(`"contains" needs a list or a string, got ${JSON.stringify(v)}`);
    case 'matches':
      if (v === null) return F;
      if (typeof v !== 'string') throw new EvalError(`"matches" needs a string, got ${JSON.stringify(v)}`);
      return regex!.test(v) ? T : F;
    case 'exists':
      return v !== null ? T : F;
  }
}

export function compareNumbers(op: string, a: number, b: number): boolean {
  return op === 'gt' ? a > b : op === 'gte' ? a >= b : op === 'lt' ? a < b : op === 'lte' ? a <= b : op === 'eq' ? a === b : a !== b;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => deepEqual(x, bb[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
