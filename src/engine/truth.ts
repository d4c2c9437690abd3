/** Three-valued truth and evaluation errors. */

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
