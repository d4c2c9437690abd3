import { describe, expect, it } from 'vitest';
import { neutraliseWorkflowCommands, terminalSafe } from '../../../src/text/terminal-safe.ts';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u;
/** What the Actions runner reads as a command: `::` after leading spaces, or `##[` anywhere in a line. */
const isCommand = (line: string) => line.trimStart().startsWith('::') || line.includes('##[');

describe('terminalSafe', () => {
  it('shows control characters, escape sequences and bidi overrides as visible escapes', () => {
    expect(terminalSafe('a\u001b[31mred\u001b[0m')).toBe('a\\x1b[31mred\\x1b[0m');
    expect(terminalSafe('\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007')).toBe(
      '\\x1b]8;;https://evil.example\\x07link\\x1b]8;;\\x07',
    );
    expect(terminalSafe('one\r\ntwo\ttab\u0000nul\u007fdel\u009bcsi')).toBe('one\\x0d\\x0atwo\\x09tab\\x00nul\\x7fdel\\x9bcsi');
    expect(terminalSafe('invoice\u202efdp.exe')).toBe('invoice\\u{202e}fdp.exe');
    expect(terminalSafe('\u2066iso\u2069 \u200e \u2028')).toBe('\\u{2066}iso\\u{2069} \\u{200e} \\u{2028}');
  });

  it('leaves ordinary text, non-Latin scripts and emoji alone', () => {
    for (const text of ['prod-bucket', 'arn:aws:s3:::b/*', 'données-été', 'ключ', '秘密', '🔑 key', 'a::b', 'C:\\path']) {
      expect(terminalSafe(text)).toBe(text);
    }
  });

  it('can form no workflow command, at the start of a line, after spaces, or after a newline in the value', () => {
    const values = ['::error::pwned', '  ::add-mask::secret', 'Name\n::set-output name=x::y', 'ok ##[error]legacy', '\t::warning::x'];
    for (const value of values) {
      const safe = terminalSafe(value);
      expect(safe).not.toMatch(CONTROL);
      for (const line of [safe, `  ${safe}`, `prefix ${safe}`]) expect(isCommand(line), line).toBe(false);
    }
    expect(terminalSafe('::error::pwned')).toBe('\\::error::pwned');
  });
});

describe('neutraliseWorkflowCommands', () => {
  it('keeps our newlines and makes every line that the runner would read inert', () => {
    const block = 'Findings\n::error::one\n   ::add-mask::two\nsee ##[warning]three\nplain';
    const safe = neutraliseWorkflowCommands(block);
    expect(safe.split('\n')).toHaveLength(5);
    for (const line of safe.split('\n')) expect(isCommand(line), line).toBe(false);
    expect(safe.split('\n')[4]).toBe('plain');
  });
});
