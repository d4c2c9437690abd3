/**
 * Every format of a 300,000-result input (the proportions of a large account: 5 % failing,
 * half not applicable) is written and parses: JSON documents with JSON.parse, JSON Lines
 * line by line, JUnit with an XML validator, SARIF with check-sarif. Not timed: the time and
 * memory figures come from `npm run bench:reports-large`.
 */
import { XMLValidator } from 'fast-xml-parser';
import { createReadStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type * as Sarif from 'sarif';
import { afterAll, describe, expect, it } from 'vitest';
import { MARKDOWN_MAX_CHARS, REPORT_FORMATS, writeReports, type FindingsDocument } from '../../../src/report/index.ts';
import { checkSarif } from '../../support/sarif-check.ts';
import { LARGE_ACCOUNT_MIX, syntheticInput } from '../../support/synthetic-report.ts';

const RESULTS = 300_000;
const out = mkdtempSync(join(tmpdir(), 'cp-large-report-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('a 300,000-result report', () => {
  it('writes every format, and each file parses', { timeout: 900_000 }, async () => {
    const input = await syntheticInput(RESULTS, { mix: LARGE_ACCOUNT_MIX });
    const applicable = input.evaluation.results.filter((r) => r.status !== 'not_applicable').length;
    const failing = input.evaluation.results.filter((r) => r.status === 'fail' || r.status === 'error').length;
    const result = await writeReports(input, REPORT_FORMATS, out);
    expect(result.failed).toEqual([]);
    const path = (file: string) => join(out, file);
    expect(result.written.map((w) => w.file)).toEqual([
      'results.sarif',
      'report.html',
      'findings.json',
      'summary.md',
      'junit.xml',
      'findings.ocsf.json',
      'findings.ocsf.jsonl',
    ]);

    const findings = JSON.parse(readFileSync(path('findings.json'), 'utf8')) as FindingsDocument;
    expect(findings.results).toHaveLength(RESULTS);
    expect(findings.results.at(-1)!.fingerprint).toMatch(/^[0-9a-f]{64}$/);

    const ocsf = JSON.parse(readFileSync(path('findings.ocsf.json'), 'utf8')) as { class_uid: number }[];
    expect(ocsf).toHaveLength(applicable);
    expect(ocsf.every((e) => e.class_uid === 2003)).toBe(true);

    let lines = 0;
    for await (const line of createInterface({ input: createReadStream(path('findings.ocsf.jsonl')) })) {
      expect((JSON.parse(line) as { class_uid: number }).class_uid).toBe(2003);
      lines++;
    }
    expect(lines).toBe(applicable);

    const junit = readFileSync(path('junit.xml'), 'utf8');
    expect(XMLValidator.validate(junit)).toBe(true);
    expect(junit.match(/<testcase /g)).toHaveLength(RESULTS);

    const sarif = JSON.parse(readFileSync(path('results.sarif'), 'utf8')) as Sarif.Log;
    expect(sarif.runs).toHaveLength(1);
    expect(sarif.runs[0]!.results).toHaveLength(1_000);
    expect(sarif.runs[0]!.invocations![0]!.toolExecutionNotifications!.some((n) => n.descriptor?.id === 'CP-TRUNCATED')).toBe(true);
    const check = await checkSarif(path('results.sarif'));
    expect(check.code, check.output).toBe(0);

    expect(readFileSync(path('summary.md'), 'utf8').length).toBeLessThanOrEqual(MARKDOWN_MAX_CHARS);
    expect(failing).toBeGreaterThan(15_000);

    const html = readFileSync(path('report.html'), 'utf8');
    expect(html.toLowerCase().startsWith('<!doctype html>')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });
});
