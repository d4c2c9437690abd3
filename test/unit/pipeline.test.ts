import { describe, expect, it } from 'vitest';
import { prepareRules } from '../../src/engine/index.ts';
import { ExitCode } from '../../src/errors.ts';
import { readSnapshotFile } from '../../src/graph/snapshot.ts';
import { evaluateRun, exitCodeOf, type Verdict } from '../../src/pipeline.ts';
import { parseBaseline } from '../../src/postprocess/index.ts';
import { joinChunks } from '../../src/report/json-stream.ts';
import { renderReports, reportOutputs } from '../../src/report/index.ts';
import { resourcePath } from '../../src/resources.ts';

const demo = () => readSnapshotFile(resourcePath('fixtures/demo/snapshot.json'));
const rules = prepareRules({});

describe('evaluateRun: the pipeline after the snapshot', () => {
  it('evaluates, gets the post-processing inputs from the snapshot, and prepares the reports in order', async () => {
    const taken = await demo();
    const seen: unknown[] = [];
    const first = await evaluateRun(taken, { rules, formats: ['json'] });
    const baseline = parseBaseline(JSON.parse(renderReports(first.reports.input, ['json'])[0]!.content), 'previous findings.json');
    const run = await evaluateRun(taken, {
      rules,
      formats: ['json', 'sarif', 'html'],
      postprocess: async (snapshot) => {
        seen.push(snapshot);
        return { baseline };
      },
      gate: { failOn: 'none', failOnNew: true },
    });
    expect(seen).toEqual([taken.snapshot]);
    expect(run.snapshot).toBe(taken.snapshot);
    expect(run.evaluation.baseline?.counts.new).toBe(0);
    // Nothing is new since the baseline, so --fail-on-new has nothing to fail on.
    expect(run.verdict.gateFailures).toEqual([]);
    expect(run.verdict.threshold).toBe('info');
    expect(reportOutputs(run.reports).map((o) => [o.format, o.file, o.contentType])).toEqual([
      ['sarif', 'results.sarif', 'application/sarif+json'],
      ['html', 'report.html', 'text/html; charset=utf-8'],
      ['json', 'findings.json', 'application/json'],
    ]);
    const findings = JSON.parse(joinChunks(reportOutputs(run.reports)[2]!.chunks())) as { results: unknown[] };
    expect(findings.results.length).toBe(run.evaluation.results.length);
  });

  it('counts the failures at or above --fail-on for the gate, and says whether the snapshot is complete', async () => {
    const taken = await demo();
    const run = await evaluateRun(taken, { rules, formats: [], gate: { failOn: 'high', failOnNew: false } });
    expect(run.verdict.gateFailures.length).toBeGreaterThan(0);
    expect(run.verdict.gateFailures.every((r) => r.severity === 'high' || r.severity === 'critical')).toBe(true);
    expect(run.verdict.incomplete).toBe(!taken.snapshot.scan.complete);
    expect(reportOutputs(run.reports)).toEqual([]);
  });
});

describe('exitCodeOf', () => {
  const verdict = (over: Partial<Verdict>): Verdict => ({
    gateFailures: [],
    threshold: 'high',
    failOnNew: false,
    incomplete: false,
    coveragePercent: 100,
    ...over,
  });
  const failing = { gateFailures: [{} as Verdict['gateFailures'][number]] };

  it.each([
    ['nothing wrong', verdict({}), {}, ExitCode.ok],
    ['incomplete', verdict({ incomplete: true, coveragePercent: 95 }), { minCoverage: 90 }, ExitCode.incomplete],
    ['findings outrank incomplete', verdict({ ...failing, incomplete: true }), {}, ExitCode.findings],
    [
      'low coverage outranks findings',
      verdict({ ...failing, incomplete: true, coveragePercent: 40 }),
      { minCoverage: 90 },
      ExitCode.lowCoverage,
    ],
    ['no --min-coverage: no low-coverage exit', verdict({ incomplete: true, coveragePercent: 40 }), {}, ExitCode.incomplete],
    [
      'a report not written outranks everything',
      verdict({ ...failing, incomplete: true, coveragePercent: 0 }),
      { reportsFailed: true, minCoverage: 90 },
      ExitCode.internal,
    ],
  ])('%s', (_name, v, outcome, expected) => {
    expect(exitCodeOf(v, { reportsFailed: false, ...outcome })).toBe(expected);
  });
});
