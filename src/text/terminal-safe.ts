/**
 * Text from the scanned account (resource names, tags, policy values) is written by people we
 * do not trust. Before it reaches a terminal or a CI log it is made inert: control characters
 * (C0, DEL, C1, so ANSI/OSC escape sequences and newlines too), line and paragraph separators
 * and bidirectional formatting characters are shown as `\xNN` / `\u{NNNN}` escapes, and it can
 * form no GitHub Actions workflow command. The Actions runner reads a line as a command when it
 * starts with `::` after leading spaces, or when it holds the legacy `##[` anywhere (actions/runner,
 * ActionCommand.TryParseV2 and TryParse); such text gets a backslash that the runner does not read.
 */

/** Bidirectional formatting characters (Unicode UAX #9: embeddings, overrides, isolates, marks). */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/gu;
const COMMAND_AT_START = /^(\s*)::/gmu;
const LEGACY_COMMAND = /##\[/gu;

function escapeChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  return code <= 0xff && !BIDI.test(ch) ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
}

/** One data value made safe to print inside a line of terminal or log output. */
export function terminalSafe(value: string): string {
  return neutraliseWorkflowCommands(value.replace(UNSAFE, escapeChar));
}

/**
 * A whole block of output that we composed (our own newlines are kept): no line can be read
 * as a workflow command, whatever data it holds.
 */
export function neutraliseWorkflowCommands(block: string): string {
  return block.replace(COMMAND_AT_START, '$1\\::').replace(LEGACY_COMMAND, '##\\[');
}

const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/gu;

/**
 * JSON for a terminal or log: the same value as `JSON.stringify` gives (C0 controls are
 * already escaped by it), with DEL, C1, bidi and separator characters written as `\uXXXX`
 * escapes and `##[` as `##\u005b`, so no line is a workflow command and the JSON parses the same.
 */
export function terminalSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(JSON_UNSAFE, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`)
    .replace(LEGACY_COMMAND, '##\\u005b');
}
