/** Three-valued truth, the operators and subjects of comparisons, and evaluation errors. */

/** Three-valued truth. */
export type TV = 0 | 1 | 2;
export const F: TV = 0;
export const T: TV = 1;
export const U: TV = 2;

export function tvName(v: TV): 'true' | 'false' | 'unknown' {
  return v === T ? 'true' : v === F ? 'false' : 'unknown';
}

/** A type mismatch found while evaluating (the rule's outcome becomes `error`). */
export class EvalError extends Error {}

export const OPERATORS = ['eq', 'ne', 'in', 'notIn', 'exists', 'gt', 'gte', 'lt', 'lte', 'contains', 'matches'] as const;
export type Operator = (typeof OPERATORS)[number];
/** The operators that compare numbers. */
export const NUMERIC_OPERATORS: readonly string[] = ['gt', 'gte', 'lt', 'lte'];
export const SUBJECTS = ['attr', 'daysUntil', 'daysSince', 'size', 'accountOf', 'regionOf', 'orgOf', 'numberIn', 'param'] as const;
export type Subject = (typeof SUBJECTS)[number];
