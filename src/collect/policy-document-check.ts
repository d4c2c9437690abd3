/**
 * The check behind the response shapes' `policyDocument` keyword, in a module of its own so
 * that the precompiled validators (`response-validators.ts`) can import it.
 */

/** A policy document: a JSON object whose `Statement` is one statement or a list, each with an `Effect` of Allow or Deny. */
export function isPolicyDocument(text: unknown): boolean {
  if (typeof text !== 'string') return false;
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return false;
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return false;
  const { Version: version, Statement: statement } = document as { Version?: unknown; Statement?: unknown };
  if (version !== undefined && typeof version !== 'string') return false;
  const statements = Array.isArray(statement) ? (statement as unknown[]) : [statement];
  return statements.every(
    (s) => typeof s === 'object' && s !== null && ['Allow', 'Deny'].includes((s as { Effect?: unknown }).Effect as string),
  );
}
