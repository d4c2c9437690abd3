/** Resource policies as the APIs return them: JSON text. */

/** Parses a policy document; keeps the raw text when it is not JSON (the analyzer says unknown). */
export function parsePolicy(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
