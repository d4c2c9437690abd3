/**
 * The CLI with a reporter that crashes (JUnit, made to throw midway by a module mock): the
 * other reports are written and the command exits 4 (internal error), naming the report.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../src/cli/program.ts';
import { ExitCode } from '../../../src/errors.ts';
import type * as Junit from '../../../src/report/junit.ts';
import { DEMO_SNAPSHOT } from '../../support/synthetic-report.ts';

vi.mock('../../../src/report/junit.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof Junit>();
  return {
    ...actual,
    junitChunks: function* () {
      yield '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>';
      throw new Error('forced reporter failure');
    },
  };
});

describe('a reporter that fails', () => {
  it('leaves the other reports written and exits 4', async () => {
    const out = mkdtempSync(join(tmpdir(), 'cp-failing-reporter-'));
    let stdout = '';
    let stderr = '';
    const code = await runCli(['evaluate', '--snapshot', DEMO_SNAPSHOT, '--out', out, '--format', 'sarif,json,junit,ocsf,ocsf-jsonl'], {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      stderrIsTTY: false,
      color: false,
      env: {},
      cwd: process.cwd(),
      handleSignals: false,
      readStdin: () => Promise.resolve(''),
    });
    expect(code).toBe(ExitCode.internal);
    expect(stderr).toContain('internal error: the junit report junit.xml was not written: Error: forced reporter failure');
    expect(existsSync(join(out, 'junit.xml'))).toBe(false);
    expect(readdirSync(out).sort()).toEqual(['findings.json', 'findings.ocsf.json', 'findings.ocsf.jsonl', 'results.sarif']);
    for (const file of ['findings.json', 'findings.ocsf.json', 'results.sarif']) {
      expect(() => JSON.parse(readFileSync(join(out, file), 'utf8')) as unknown, file).not.toThrow();
    }
    expect(stdout).toMatch(/Wrote:\n(?: {2}\S+\n){4}/);
  });
});
