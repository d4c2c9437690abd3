/**
 * The CI gate end to end through the real CLI on the bundled demo snapshot: --fail-on,
 * --baseline (findings.json and SARIF), --fail-on-new and --suppressions, with their exit
 * codes and what they print and write.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Sarif from 'sarif';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FindingsDocument } from '../../../src/report/findings-document.ts';
import { runCliProcess } from '../../support/cli.ts';
import { DEMO_SNAPSHOT } from '../../support/synthetic-report.ts';

/** What the demo snapshot fails, read from one plain evaluation (the demo's resource ids change when it is re-bundled). */
let FAILED = 0;
let SEVERE: FindingsDocument['results'] = [];
let CRITICAL: (readonly [string, string])[] = [];

beforeAll(async () => {
  const base = findings((await evaluate([])).out);
  const failed = base.results.filter((r) => r.status === 'fail' || r.status === 'error');
  FAILED = failed.length;
  SEVERE = failed.filter((r) => r.severity === 'critical' || r.severity === 'high');
  CRITICAL = failed
    .filter((r) => r.severity === 'critical')
    .slice(0, 2)
    .map((r) => [r.ruleId, r.resource.id] as const);
  expect(CRITICAL).toHaveLength(2);
  expect(SEVERE.length).toBeGreaterThan(2);
}, 60_000);

function dir(): string {
  return mkdtempSync(join(tmpdir(), 'cp-gate-'));
}

async function evaluate(args: string[], out = dir()) {
  const run = await runCliProcess(['evaluate', '--snapshot', DEMO_SNAPSHOT, '--out', out, ...args]);
  return { ...run, out };
}

function findings(out: string): FindingsDocument {
  return JSON.parse(readFileSync(join(out, 'findings.json'), 'utf8')) as FindingsDocument;
}

describe('the CI gate', { timeout: 60_000 }, () => {
  it('--fail-on: exit 1 with failures at or above it, else 3 for the incomplete demo scan; default formats written', async () => {
    const high = await evaluate(['--fail-on', 'high']);
    expect(high.code).toBe(1);
    expect(high.stdout).toContain(`${SEVERE.length} findings at or above --fail-on high.`);
    expect(high.stdout).toMatch(/Wrote:\n {2}\S+results\.sarif\n {2}\S+report\.html\n {2}\S+findings\.json\n/);
    const none = await evaluate([]);
    expect(none.code).toBe(3);
    expect(none.stdout).not.toContain('at or above --fail-on');
  });

  it('--suppressions: suppressed failures pass the gate and stay in findings.json with their reason; expired and unused entries are reported', async () => {
    const work = dir();
    const file = join(work, 'suppressions.json');
    // Every critical and high failure of the demo is accepted, except one whose suppression expired before the scan.
    const severe = SEVERE;
    const [expiredOne, ...rest] = severe;
    writeFileSync(
      file,
      JSON.stringify({
        suppressions: [
          { ruleId: expiredOne!.ruleId, resource: expiredOne!.resource.id, reason: 'accepted last year', expires: '2026-01-31' },
          ...rest.map((r) => ({ ruleId: r.ruleId, resource: r.resource.id, reason: `ticket SEC-${r.ruleId}`, expires: '2027-12-31' })),
          { ruleId: 'CP-S3-*', resource: 'arn:aws:s3:::no-such-bucket-*', reason: 'old exception' },
        ],
      }),
    );
    const run = await evaluate(['--fail-on', 'high', '--suppressions', file]);
    expect(run.code).toBe(1); // the expired one still fails the gate
    expect(run.stdout).toContain('1 findings at or above --fail-on high.');
    expect(run.stdout).toContain(`Suppressions ${file}: ${severe.length - 1} failures suppressed`);
    expect(run.stdout).toContain(
      `expired suppression #0 (${expiredOne!.ruleId} ${expiredOne!.resource.id}, expired 2026-01-31) no longer applies: 1 failures`,
    );
    expect(run.stdout).toContain(`unused suppression #${severe.length} (CP-S3-* arn:aws:s3:::no-such-bucket-*) matched no failure`);
    const doc = findings(run.out);
    const suppressed = doc.results.filter((r) => r.suppression);
    expect(suppressed).toHaveLength(severe.length - 1);
    expect(suppressed.every((r) => r.status === 'fail' && r.suppression!.reason.startsWith('ticket SEC-'))).toBe(true);
    expect(doc.summary.suppressed).toBe(severe.length - 1);
    expect(doc.suppressions?.expired.map((e) => e.index)).toEqual([0]);
    expect(doc.suppressions?.unused.map((e) => e.index)).toEqual([severe.length]);
    // Suppressed failures are not alerts in the SARIF; a notification counts them.
    const sarif = JSON.parse(readFileSync(join(run.out, 'results.sarif'), 'utf8')) as Sarif.Log;
    expect(sarif.runs[0]!.results).toHaveLength(FAILED - (severe.length - 1));
    const notes = sarif.runs[0]!.invocations![0]!.toolExecutionNotifications!.map((n) => n.descriptor?.id);
    expect(notes).toContain('CP-SUPPRESSED');
    expect(notes).toContain('CP-SUPPRESSION-EXPIRED');
    expect(notes).toContain('CP-SUPPRESSION-UNUSED');
    // Renewed, the suppression applies again and the gate passes (exit 3: the demo scan is incomplete).
    const renewed = JSON.parse(readFileSync(file, 'utf8')) as { suppressions: { expires?: string }[] };
    renewed.suppressions[0]!.expires = '2027-01-31';
    writeFileSync(file, JSON.stringify(renewed));
    expect((await evaluate(['--fail-on', 'high', '--suppressions', file])).code).toBe(3);
  });

  it('rejects a suppressions file that breaks its schema (exit 2, file and JSON path named)', async () => {
    const file = join(dir(), 'bad.json');
    writeFileSync(file, JSON.stringify({ suppressions: [{ ruleId: 'CP-S3-009', resource: 'arn:aws:s3:::x', expires: 'tomorrow' }] }));
    const run = await evaluate(['--suppressions', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${file} at /suppressions/0/reason: is required`);
    expect(run.stderr).toContain(`${file} at /suppressions/0/expires:`);
  });

  it.each(['findings.json', 'results.sarif'])(
    '--baseline %s: unchanged failures do not fail --fail-on-new; new ones do; fixed ones are absent',
    async (baselineFile) => {
      const previous = await evaluate([]);
      const same = await evaluate(['--baseline', join(previous.out, baselineFile), '--fail-on', 'high', '--fail-on-new']);
      expect(same.code).toBe(3); // nothing new; the demo scan is incomplete
      expect(same.stdout).toContain(`Baseline ${join(previous.out, baselineFile)}: 0 new, ${FAILED} unchanged, 0 absent`);
      expect(findings(same.out).results.filter((r) => r.baselineState === 'unchanged')).toHaveLength(FAILED);

      // A baseline in which two critical failures were not there (and one extra failure that is fixed now).
      const baselinePath = join(dir(), baselineFile);
      if (baselineFile === 'findings.json') {
        const doc = findings(previous.out);
        for (const r of doc.results) {
          if (CRITICAL.some(([rule, arn]) => r.ruleId === rule && r.resource.id === arn)) r.status = 'pass';
        }
        const fixed = doc.results.find((r) => r.status === 'pass' && r.ruleId === 'CP-KMS-001')!;
        fixed.status = 'fail';
        writeFileSync(baselinePath, JSON.stringify(doc));
      } else {
        const log = JSON.parse(readFileSync(join(previous.out, baselineFile), 'utf8')) as Sarif.Log;
        const run = log.runs[0]!;
        run.results = run.results!.filter((r) => !CRITICAL.some(([rule, arn]) => r.ruleId === rule && r.properties!['arn'] === arn));
        const fixed = structuredClone(run.results[0]!);
        fixed.ruleId = 'CP-KMS-001';
        fixed.properties = { arn: 'arn:aws:kms:eu-west-1:123456789012:key/deleted-since', severity: 'medium' };
        delete fixed.partialFingerprints;
        run.results.push(fixed);
        writeFileSync(baselinePath, JSON.stringify(log));
      }
      const changed = await evaluate(['--baseline', baselinePath, '--fail-on', 'high', '--fail-on-new']);
      expect(changed.code).toBe(1);
      expect(changed.stdout).toContain('2 new findings at or above --fail-on high.');
      expect(changed.stdout).toContain(`Baseline ${baselinePath}: 2 new, ${FAILED - 2} unchanged, 1 absent`);
      const doc = findings(changed.out);
      expect(
        doc.results
          .filter((r) => r.baselineState === 'new')
          .map((r) => [r.ruleId, r.resource.id])
          .sort(),
      ).toEqual(CRITICAL.map((c) => [...c]).sort());
      expect(doc.baseline?.absent).toHaveLength(1);
      expect(doc.baseline?.absent[0]?.ruleId).toBe('CP-KMS-001');
      // SARIF: baselineState on each result; the absent one is not in the upload file.
      const sarif = JSON.parse(readFileSync(join(changed.out, 'results.sarif'), 'utf8')) as Sarif.Log;
      const states = sarif.runs[0]!.results!.map((r) => r.baselineState);
      expect(states.filter((s) => s === 'new')).toHaveLength(2);
      expect(states.filter((s) => s === 'unchanged')).toHaveLength(FAILED - 2);
      expect(states).not.toContain('absent');
      // --fail-on-new only counts new failures at or above the threshold: none of the new ones is below critical.
      expect((await evaluate(['--baseline', baselinePath, '--fail-on', 'critical', '--fail-on-new'])).code).toBe(1);
      // Without --fail-on-new, every high failure counts.
      expect((await evaluate(['--baseline', baselinePath, '--fail-on', 'high'])).stdout).toContain(
        `${SEVERE.length} findings at or above --fail-on high.`,
      );
    },
  );

  it('--fail-on-new without a baseline counts every failure as new, at any severity', async () => {
    const run = await evaluate(['--fail-on-new']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('--fail-on-new without --baseline: every failure counts as new.');
    expect(run.stdout).toContain(`${FAILED} new findings at or above --fail-on info.`);
  });

  it('rejects a baseline that cryptoposture did not write (exit 2)', async () => {
    const file = join(dir(), 'other.sarif');
    writeFileSync(file, JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'other' } }, results: [] }] }));
    const run = await evaluate(['--baseline', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${file} at /runs/0/tool/driver/name: is "other": the run was not written by cryptoposture`);
  });

  it('--format chooses the files; an unknown format is a usage error', async () => {
    const run = await evaluate(['--format', 'markdown,junit,ocsf']);
    expect(run.stdout).toMatch(/Wrote:\n {2}\S+summary\.md\n {2}\S+junit\.xml\n {2}\S+findings\.ocsf\.json\n/);
    const bad = await evaluate(['--format', 'pdf']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown format pdf; known: sarif, html, json, markdown, junit, ocsf, ocsf-jsonl');
  });
});
