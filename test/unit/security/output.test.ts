/**
 * Names and tags are written by whoever controls a scanned account. A snapshot whose every
 * resource name and tag carries terminal escapes, a newline followed by workflow commands, a
 * bidi override and a bare URL is evaluated through the CLI: nothing of it may act on the
 * terminal or the CI log, become a link in summary.md, or a link in SARIF message text.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../../src/errors.ts';
import { resourcePath } from '../../../src/resources.ts';
import { runCliInProcess } from '../../support/cli-in-process.ts';

const HOSTILE =
  'evil\u001b[2J\u001b]0;owned\u0007\r\n::error file=x::forged\n  ::add-mask::secret ##[warning]legacy \u202egnp.exe https://evil.example [click](https://evil.example) @octocat';
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u;

function hostileSnapshot(): string {
  const snapshot = JSON.parse(readFileSync(resourcePath('fixtures/demo/snapshot.json'), 'utf8')) as {
    graph: { nodes: { name: string; tags: Record<string, string> }[] };
  };
  for (const node of snapshot.graph.nodes) {
    node.name = HOSTILE;
    node.tags = { ...node.tags, Name: HOSTILE, [HOSTILE]: HOSTILE };
  }
  const dir = mkdtempSync(join(tmpdir(), 'cp-hostile-names-'));
  const file = join(dir, 'snapshot.json');
  writeFileSync(file, JSON.stringify(snapshot));
  return file;
}

describe('hostile names and tags', () => {
  it('reach the terminal, summary.md and SARIF inert', { timeout: 60_000 }, async () => {
    const snapshot = hostileSnapshot();
    // --details prints every failure with its resource's name; the default groups them by rule.
    const grouped = await runCliInProcess([
      'evaluate',
      '--snapshot',
      snapshot,
      '--out',
      mkdtempSync(join(tmpdir(), 'cp-hostile-out-')),
      '--quiet',
    ]);
    const out = mkdtempSync(join(tmpdir(), 'cp-hostile-out-'));
    const run = await runCliInProcess([
      'evaluate',
      '--snapshot',
      snapshot,
      '--out',
      out,
      '--format',
      'markdown,sarif',
      '--quiet',
      '--details',
    ]);
    expect(run.ms).toBeLessThan(30_000);
    // The demo snapshot has gaps (operations the emulator lacks): incomplete, not failed.
    expect(run.code).toBe(ExitCode.incomplete);
    expect(grouped.code).toBe(ExitCode.incomplete);
    // The names are in the output, shown as escapes...
    expect(run.stdout).toContain('evil\\x1b[2J\\x1b]0;owned\\x07\\x0d\\x0a::error file=x::forged');
    // ...and nothing in it moves the cursor, sets a title, or is a workflow command.
    for (const text of [run.stdout, run.stderr, grouped.stdout, grouped.stderr]) {
      expect(text).not.toMatch(CONTROL);
      for (const line of text.split('\n')) {
        expect(line.trimStart().startsWith('::'), line).toBe(false);
        expect(line.includes('##['), line).toBe(false);
      }
    }

    const md = readFileSync(join(out, 'summary.md'), 'utf8');
    expect(md).not.toMatch(CONTROL);
    // Every occurrence of the URL is inside a code span: no autolink, link or mention.
    const outsideCode = md.replace(/(`+)[^`]*?\1/g, '');
    expect(outsideCode).not.toContain('https://');
    expect(outsideCode).not.toContain('@octocat');
    expect(md).toContain('\\u{202e}gnp.exe');

    const sarif = JSON.parse(readFileSync(join(out, 'results.sarif'), 'utf8')) as { runs: { results: { message: { text: string } }[] }[] };
    const texts = sarif.runs.flatMap((r) => r.results.map((x) => x.message.text));
    expect(texts.some((t) => t.includes('evil'))).toBe(true);
    for (const text of texts) {
      expect(text).not.toMatch(CONTROL);
      // Brackets from data are escaped, so no `[text](target)` is read as a link.
      expect(text).not.toMatch(/(?<!\\)\[[^\]]*(?<!\\)\]\(/);
    }
  });
});
