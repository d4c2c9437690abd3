/**
 * A work budget for one policy analysis. The analysis is synchronous, so no timer can stop
 * it: instead its inner loops spend units (one per condition value compared, one per
 * character a wildcard match walks), and when a budget set by `withBudget` runs out the
 * analysis is abandoned and the caller answers `unknown`. Outside `withBudget` (suppressions,
 * the CLI) spending costs nothing and never stops.
 */

class BudgetExhausted extends Error {}

let remaining = Number.POSITIVE_INFINITY;

export function spend(units: number): void {
  remaining -= units;
  if (remaining < 0) throw new BudgetExhausted('the policy analysis ran out of its work budget');
}

/** Runs `work` with `units` to spend: its result and the units it spent, or not ok when the budget ran out. */
export function withBudget<T>(units: number, work: () => T): { ok: true; value: T; spent: number } | { ok: false } {
  const outer = remaining;
  remaining = units;
  try {
    const value = work();
    return { ok: true, value, spent: units - remaining };
  } catch (e) {
    if (e instanceof BudgetExhausted) return { ok: false };
    throw e;
  } finally {
    remaining = outer;
  }
}
