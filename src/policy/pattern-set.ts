/**
 * The set of actions (or resources) a statement names: `Action` lists what it covers,
 * `NotAction` everything else. Sets are compared within a universe (`kms:*`, `s3:*`, or
 * `*` for resources) with wildcard containment, which is exact for one pattern against
 * another and errs towards "not covered" for unions (so a Deny is never credited with
 * removing more access than it does).
 */
import { globCovers, globsIntersect } from './glob.ts';

export interface PatternSet {
  /** `NotAction` / `NotResource`: the set is everything except `patterns`. */
  negated: boolean;
  patterns: string[];
  /** Actions are case-insensitive, resources are not. */
  ignoreCase: boolean;
}

/** Whether the set holds anything inside `universe`. */
export function intersectsUniverse(set: PatternSet, universe: string): boolean {
  if (!set.negated) return set.patterns.some((p) => globsIntersect(p, universe, set.ignoreCase));
  return !set.patterns.some((p) => globCovers(p, universe, set.ignoreCase));
}

/** Whether `outer` holds every member of `inner` that lies inside `universe`. */
export function coversWithin(outer: PatternSet, inner: PatternSet, universe: string): boolean {
  const ic = outer.ignoreCase || inner.ignoreCase;
  const relevant = (p: string) => globsIntersect(p, universe, ic);
  if (!outer.negated && !inner.negated) {
    return inner.patterns.filter(relevant).every((p) => outer.patterns.some((q) => globCovers(q, p, ic)));
  }
  if (outer.negated && !inner.negated) {
    return inner.patterns.filter(relevant).every((p) => outer.patterns.every((x) => !globsIntersect(p, x, ic)));
  }
  if (!outer.negated && inner.negated) {
    return outer.patterns.some((q) => globCovers(q, universe, ic));
  }
  // Both negated: everything outside inner's exclusions must be outside outer's exclusions.
  return outer.patterns.filter(relevant).every((x) => inner.patterns.some((y) => globCovers(y, x, ic)));
}
