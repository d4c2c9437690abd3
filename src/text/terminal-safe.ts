/**
 * Text from the scanned account (resource names, tags, policy values) is written by people we
 * do not trust. Before it reaches a terminal or a CI log it is made inert: control characters
 * (C0, DEL, C1, so ANSI/OSC escape sequences and newlines too) and bidirectional formatting
 * characters are shown as `\xNN` / `\u{NNNN}` escapes, and a line cannot start with `::`
 * (a GitHub Actions workflow command).
 */

/** Bidirectional formatting characters (Unicode UAX #9: embeddings, overrides, isolates, marks). */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/gu;

function escapeChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  return code <= 0xff && !BIDI.test(ch) ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
}

/** One data value made safe to print inside a line of terminal or log output. */
export function terminalSafe(value: string): string {
  const escaped = value.replace(UNSAFE, escapeChar);
  return escaped.startsWith('::') ? `\\${escaped}` : escaped;
}

/**
 * A whole block of output that we composed (our own newlines are kept): any line that would
 * start with `::` is prefixed so that no CI runner reads it as a workflow command.
 */
export function neutraliseWorkflowCommands(block: string): string {
  return block.replace(/^(\s*)::/gmu, '$1 ::');
}
