import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { runCliProcess } from '../../support/cli.ts';
import { DEMO_SNAPSHOT } from '../../support/synthetic-report.ts';

describe('--sarif-max-results', () => {
  it('keeps that many results per run, the most severe, and says how many were left out', async () => {
    const out = mkdtempSync(join(tmpdir(), 'cp-sarif-max-'));
    const run = await runCliProcess(['evaluate', '--snapshot', DEMO_SNAPSHOT, '--out', out, '--sarif-max-results', '3']);
    expect(run.code).toBe(3); // the demo scan is incomplete
    const sarifRun = (JSON.parse(readFileSync(join(out, 'results.sarif'), 'utf8')) as Sarif.Log).runs[0]!;
    expect(sarifRun.results).toHaveLength(3);
    expect(sarifRun.results!.every((r) => r.properties!['severity'] === 'critical')).toBe(true);
    const note = sarifRun.invocations![0]!.toolExecutionNotifications!.find((n) => n.descriptor?.id === 'CP-TRUNCATED');
    expect(note?.message.text).toMatch(/^\d+ of \d+ results were left out of this run, which holds at most 3 results/);
  });

  it.each(['0', '25001', 'many'])('rejects %s (exit 2)', async (value) => {
    const run = await runCliProcess(['evaluate', '--snapshot', DEMO_SNAPSHOT, '--sarif-max-results', value]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('must be a whole number from 1 to 25000');
  });
});
