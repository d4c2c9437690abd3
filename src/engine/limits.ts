/**
 * Limits on what a rule file may ask of the engine. Rule files can come from anyone who
 * can write to a rules folder, so a rule cannot nest without end (the compiler and the
 * evaluation recurse into conditions) and its `matches` patterns run on RE2 (the re2js port):
 * matching takes time linear in the text, whatever the pattern, and patterns RE2 cannot run
 * in linear time (lookaround, backreferences) are refused when the rule is loaded.
 */
import { RE2JS } from 're2js';
import { escapePointer } from '../schema/validate.ts';

/** JSON levels of a rule document (the built-in rules use at most 9). */
export const MAX_RULE_DEPTH = 32;
/** Characters of a `matches` pattern. */
export const MAX_PATTERN_CHARS = 1000;

/** The pointer of the first value nested deeper than `MAX_RULE_DEPTH`, found without recursion. */
export function tooDeep(document: unknown): string | undefined {
  const stack: { value: unknown; pointer: string; depth: number }[] = [{ value: document, pointer: '', depth: 0 }];
  while (stack.length > 0) {
    const { value, pointer, depth } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_RULE_DEPTH) return pointer;
    for (const [k, v] of Object.entries(value)) stack.push({ value: v, pointer: `${pointer}/${escapePointer(k)}`, depth: depth + 1 });
  }
  return undefined;
}

export interface TextPattern {
  test(text: string): boolean;
}

/** A `matches` pattern compiled for RE2, or why it is refused. */
export function compilePattern(source: string): { pattern: TextPattern } | { problem: string } {
  if (source.length > MAX_PATTERN_CHARS) return { problem: `is longer than ${MAX_PATTERN_CHARS} characters` };
  try {
    const re = RE2JS.compile(source);
    return { pattern: { test: (text) => re.test(text) } };
  } catch (e) {
    return {
      problem: `is not a regular expression that runs in linear time (RE2 syntax: no lookaround or backreferences): ${(e as Error).message}`,
    };
  }
}
