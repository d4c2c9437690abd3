/**
 * Whether a caller of one class can meet a restriction: a conjunction of clauses, each a
 * disjunction of atoms (a statement's own conditions, and for every Deny that covers it,
 * the negation of that Deny's condition). Fixed dimensions come from the class; free ones
 * (organization, VPC endpoint, IP...) are searched over the values the policy names plus
 * "some other value" and "absent". An attacker controls only the last two: a restriction an
 * attacker can meet is public; one that needs a named value is a scope.
 */
import { isFreeDim, presence, type CallerKind, type Dim } from './condition-keys.ts';
import { ABSENT, OTHER, atomHolds, type Atom, type Candidate } from './conditions.ts';
import { OTHER_ACCOUNT, type CallerClass } from './principals.ts';

export type Clause = Atom[];
export type Assignment = ReadonlyMap<Dim, Candidate>;

/** Above this many combinations the search gives up and answers "can be met" (never under-reports access). */
const MAX_COMBINATIONS = 4096;

function callerKind(c: CallerClass): CallerKind {
  // A web identity caller is read like an anonymous one: no account or organization of its own.
  return c.kind === 'anonymous' || c.kind === 'web-identity' ? 'anonymous' : c.kind === 'service' ? 'service' : 'aws';
}

/**
 * The value of an atom's key for the class: an anonymous S3 request carries
 * aws:PrincipalAccount with the value `anonymous` (S3 User Guide, "Blocking public access":
 * the meaning of "public", and the anonymous requests of "Bucket policy examples"), so
 * `StringEqualsIfExists aws:PrincipalAccount OWNER` does not admit it.
 */
function valueOf(c: CallerClass, atom: Atom, assignment: Assignment): Candidate {
  if (c.kind === 'anonymous' && atom.dim === 'account' && atom.key.toLowerCase() === 'aws:principalaccount') return ANONYMOUS_ACCOUNT;
  return assignment.get(atom.dim) ?? ABSENT;
}

export const ANONYMOUS_ACCOUNT = 'anonymous';

function fixedValue(c: CallerClass, dim: Dim): Candidate | undefined {
  switch (dim) {
    case 'account':
      if (c.kind === 'aws') return c.account === OTHER_ACCOUNT ? OTHER : c.account;
      // A service principal's request is signed, so it carries aws:PrincipalAccount, with
      // an account that is not the customer's (IAM User Guide, "AWS global condition context
      // keys": aws:PrincipalAccount is in the context of every signed request).
      // So does a web identity user's: it calls as a session of a role in some account.
      if (c.kind === 'service' || c.kind === 'web-identity') return OTHER;
      return c.kind === 'other' ? undefined : ABSENT;
    case 'is-service':
      return c.kind === 'service' ? 'true' : 'false';
    case 'source-account':
      return c.kind === 'service' ? undefined : ABSENT;
    default:
      return undefined;
  }
}

function candidates(c: CallerClass, dim: Dim, named: string[], attackerOnly: boolean): Candidate[] {
  const p = dim === 'account' ? 'always' : isFreeDim(dim) ? presence(dim, callerKind(c)) : 'maybe';
  if (p === 'never') return [ABSENT];
  const out: Candidate[] = [OTHER];
  if (p === 'maybe') out.push(ABSENT);
  if (!attackerOnly) out.push(...named);
  return out;
}

export interface SolveOptions {
  /** Only values an arbitrary caller controls: some other value, or none. */
  attackerOnly: boolean;
  /** Pin a dimension to a value (e.g. the account a service acts for). */
  pin?: { dim: Dim; value: Candidate };
}

/** A satisfying assignment of the free dimensions, or undefined when none exists. */
export function solve(c: CallerClass, clauses: readonly Clause[], options: SolveOptions): Assignment | undefined {
  const fixed = new Map<Dim, Candidate>();
  const named = new Map<Dim, string[]>();
  for (const clause of clauses) {
    for (const atom of clause) {
      if (fixed.has(atom.dim) || named.has(atom.dim)) {
        named.get(atom.dim)?.push(...atom.values);
        continue;
      }
      const value = options.pin?.dim === atom.dim ? options.pin.value : fixedValue(c, atom.dim);
      if (value !== undefined) fixed.set(atom.dim, value);
      else named.set(atom.dim, [...atom.values]);
    }
  }
  const dims = [...named.keys()];
  const choices = dims.map((d) => candidates(c, d, [...new Set(named.get(d))], options.attackerOnly));
  const total = choices.reduce((n, list) => n * list.length, 1);
  const assignment = new Map(fixed);
  const holds = () => clauses.every((clause) => clause.some((atom) => atomHolds(atom, valueOf(c, atom, assignment))));
  if (total > MAX_COMBINATIONS) return assignment;
  const search = (i: number): boolean => {
    if (i === dims.length) return holds();
    for (const value of choices[i]!) {
      assignment.set(dims[i]!, value);
      if (search(i + 1)) return true;
    }
    return false;
  };
  return search(0) ? assignment : undefined;
}

/** Whether a clause can be met by an arbitrary caller of the class, on its own. */
export function clauseOpenToAttacker(c: CallerClass, clause: Clause): boolean {
  return solve(c, [clause], { attackerOnly: true }) !== undefined;
}
