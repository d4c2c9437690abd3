import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { severityRank, type Severity } from '../../../src/engine/types.ts';
import { resultFingerprint } from '../../../src/postprocess/fingerprint.ts';
import { GITHUB_LIMITS, renderSarif, renderSarifFiles, SARIF_LIMITS, virtualPath } from '../../../src/report/sarif.ts';
import { checkSarif } from '../../support/sarif-check.ts';
import { demoInput, syntheticInput } from '../../support/synthetic-report.ts';

function write(name: string, content: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'cp-sarif-')), name);
  writeFileSync(file, content);
  return file;
}

describe('SARIF for GitHub code scanning', () => {
  it(
    'passes check-sarif on the demo scan: one run per account, every rule, the failures, the gaps as notifications',
    { timeout: 300_000 },
    async () => {
      const input = await demoInput();
      const text = renderSarif(input);
      const check = await checkSarif(write('demo.sarif', text));
      expect(check.output).toContain('0 error(s)');
      expect(check.code, check.output).toBe(0);

      const log = JSON.parse(text) as Sarif.Log;
      expect(log.version).toBe('2.1.0');
      expect(log.runs).toHaveLength(1);
      const run = log.runs[0]!;
      expect(run.automationDetails?.id).toBe('cryptoposture/123456789012/');
      expect(run.tool.driver.rules?.map((r) => r.id)).toEqual(input.evaluation.rules.map((r) => r.id));
      for (const rule of run.tool.driver.rules!) {
        expect(rule.shortDescription?.text).not.toBe('');
        expect(rule.fullDescription?.text).not.toBe('');
        expect(rule.help?.markdown).toContain('Remediation');
        expect(rule.helpUri).toMatch(/^https:\/\//);
        expect(rule.properties?.tags).toContain('security');
        expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration?.level);
      }
      const ruleSeverity = new Map(input.evaluation.rules.map((r) => [r.id, r.severity]));
      const expectedSecuritySeverity: Record<Severity, string | undefined> = {
        critical: '9.5',
        high: '8.0',
        medium: '5.5',
        low: '3.0',
        info: undefined,
      };
      for (const rule of run.tool.driver.rules!) {
        expect(rule.properties?.['security-severity']).toBe(expectedSecuritySeverity[ruleSeverity.get(rule.id)!]);
      }
      // Only failures (and rule errors) are results: the demo's 55.
      const failing = input.evaluation.results.filter((r) => r.status === 'fail' || r.status === 'error');
      expect(run.results).toHaveLength(failing.length);
      for (const [i, result] of run.results!.entries()) {
        const source = failing[i]!;
        const location = result.locations![0]!;
        const uri = location.physicalLocation!.artifactLocation!.uri!;
        expect(uri).not.toContain(':');
        expect(uri).toBe(virtualPath(source.resource));
        expect(location.physicalLocation!.region!.startLine).toBe(1);
        expect(location.logicalLocations![0]).toMatchObject({ fullyQualifiedName: source.resource.id, kind: 'resource' });
        expect(result.properties?.['arn']).toBe(source.resource.id);
        const fingerprint = resultFingerprint(source.ruleId, source.resource.id);
        expect(result.partialFingerprints).toEqual({
          primaryLocationLineHash: `${fingerprint.slice(0, 16)}:1`,
          'cryptoposture/v1': fingerprint,
        });
      }
      // The demo's scan is incomplete: the gaps are notifications and the run did not succeed.
      const invocation = run.invocations![0]!;
      expect(invocation.executionSuccessful).toBe(false);
      const gaps = invocation.toolExecutionNotifications!.filter((n) => n.descriptor?.id === 'CP-GAP');
      expect(gaps).toHaveLength(input.snapshot.gaps.length);
      const first = input.snapshot.gaps[0]!;
      expect(gaps[0]!.message.text).toMatch(
        new RegExp(`^Not collected: ${first.service} ${first.operation} in ${first.account} ${first.region}( for \\S+)?: ${first.code}`),
      );
      const undecided = invocation.toolExecutionNotifications!.find((n) => n.descriptor?.id === 'CP-UNDECIDED');
      const unknowns = input.evaluation.results.filter((r) => r.status === 'unknown').length;
      expect(unknowns).toBeGreaterThan(0);
      expect(undecided?.message.text).toMatch(new RegExp(`^${unknowns} checks could not be decided`));
    },
  );

  it(
    'keeps the most severe of 30,000 results within the limits, says how many were left out, and passes check-sarif',
    { timeout: 600_000 },
    async () => {
      const input = await syntheticInput(30_000);
      const text = renderSarif(input);
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(10_000 * 1024);
      expect(gzipSync(text).length).toBeLessThan(10 * 1024 * 1024);
      const run = (JSON.parse(text) as Sarif.Log).runs[0]!;
      const kept = run.results!.length;
      expect(kept).toBe(SARIF_LIMITS.maxResultsPerRun);
      const note = run.invocations![0]!.toolExecutionNotifications!.find((n) => n.descriptor?.id === 'CP-TRUNCATED');
      expect(note?.message.text).toMatch(
        /^29000 of 30000 results were left out of this run, which holds at most 1000 results .* The most severe were kept/,
      );
      expect(note?.properties).toEqual({ omitted: 30_000 - kept, total: 30_000 });
      // The most severe were kept: every kept result is at least as severe as every dropped one.
      const keptArns = new Set(run.results!.map((r) => r.properties!['arn'] as string));
      const dropped = input.evaluation.results.filter((r) => !keptArns.has(r.resource.id));
      expect(dropped).toHaveLength(30_000 - kept);
      const minKept = Math.min(...run.results!.map((r) => severityRank(r.properties!['severity'] as Severity)));
      const maxDropped = Math.max(...dropped.map((r) => severityRank(r.severity)));
      expect(maxDropped).toBeLessThanOrEqual(minKept);
      const check = await checkSarif(write('big.sarif', text));
      expect(check.code, check.output).toBe(0);
    },
  );

  it(
    'writes one run per account in results.sarif up to five accounts, and one file per account above, each passing check-sarif',
    { timeout: 120_000 },
    async () => {
      const five = ['111111111111', '222222222222', '333333333333', '444444444444', '555555555555'];
      const small = renderSarifFiles(await syntheticInput(50, { accounts: five }));
      expect(small.map((f) => f.file)).toEqual(['results.sarif']);
      expect((JSON.parse(small[0]!.content) as Sarif.Log).runs.map((r) => r.automationDetails?.id)).toEqual(
        five.map((a) => `cryptoposture/${a}/`),
      );
      const six = [...five, '666666666666'];
      const files = renderSarifFiles(await syntheticInput(60, { accounts: six }));
      expect(files.map((f) => f.file)).toEqual(six.map((a) => `results-${a}.sarif`));
      for (const [i, f] of files.entries()) {
        const runs = (JSON.parse(f.content) as Sarif.Log).runs;
        expect(runs.map((r) => r.automationDetails?.id)).toEqual([`cryptoposture/${six[i]}/`]);
      }
      const dir = mkdtempSync(join(tmpdir(), 'cp-sarif-'));
      const paths = files.map((f) => {
        writeFileSync(join(dir, f.file), f.content);
        return join(dir, f.file);
      });
      const check = await checkSarif(...paths);
      expect(check.code, check.output).toBe(0);
      expect(check.output.match(/0 error\(s\)/g)).toHaveLength(six.length);
    },
  );

  it("keeps at most 25,000 results per run (the most severe) with GitHub's own limits", async () => {
    const input = await syntheticInput(30_000);
    const run = (JSON.parse(renderSarif(input, GITHUB_LIMITS)) as Sarif.Log).runs[0]!;
    expect(run.results).toHaveLength(25_000);
    const note = run.invocations![0]!.toolExecutionNotifications!.find((n) => n.descriptor?.id === 'CP-TRUNCATED');
    expect(note?.message.text).toMatch(/^5000 of 30000 results were left out of this run/);
    const severities = run.results!.map((r) => r.properties!['severity'] as Severity);
    expect(severities.filter((s) => s === 'info')).toHaveLength(input.evaluation.summary.failuresBySeverity.info - 5_000);
  });

  it('stays under the gzipped size limit by keeping fewer, most severe first', async () => {
    const input = await syntheticInput(3_000);
    const text = renderSarif(input, { ...GITHUB_LIMITS, maxGzipBytes: 100_000 });
    expect(gzipSync(text).length).toBeLessThanOrEqual(100_000);
    const run = (JSON.parse(gunzipSync(gzipSync(text)).toString()) as Sarif.Log).runs[0]!;
    expect(run.results!.length).toBeGreaterThan(0);
    expect(run.results!.length).toBeLessThan(3_000);
    const note = run.invocations![0]!.toolExecutionNotifications!.find((n) => n.descriptor?.id === 'CP-TRUNCATED');
    expect(note?.properties).toEqual({ omitted: 3_000 - run.results!.length, total: 3_000 });
    expect(run.results!.every((r) => ['critical', 'high', 'medium', 'low', 'info'].includes(r.properties!['severity'] as string))).toBe(
      true,
    );
  });

  it('writes one run per account, each with its own category', async () => {
    const input = await syntheticInput(40, { accounts: ['111122223333', '444455556666'] });
    const log = JSON.parse(renderSarif(input)) as Sarif.Log;
    expect(log.runs.map((r) => r.automationDetails?.id)).toEqual(['cryptoposture/111122223333/', 'cryptoposture/444455556666/']);
    expect(log.runs.map((r) => r.results!.length)).toEqual([20, 20]);
    expect(
      log.runs[1]!.results!.every(
        (r) => (r.properties!['arn'] as string).includes('444455556666') || (r.properties!['arn'] as string).startsWith('arn:aws:s3'),
      ),
    ).toBe(true);
  });

  it('makes a relative, colon-free virtual path of every kind of ARN', () => {
    expect(virtualPath({ id: 'arn:aws:kms:eu-west-1:123456789012:key/1234abcd', account: '123456789012', region: 'eu-west-1' })).toBe(
      'aws/123456789012/eu-west-1/kms/key/1234abcd',
    );
    // S3: no account or region in the ARN, taken from the resource.
    expect(virtualPath({ id: 'arn:aws:s3:::my.bucket', account: '123456789012', region: 'us-east-1' })).toBe(
      'aws/123456789012/us-east-1/s3/my.bucket',
    );
    // EBS snapshot ARNs have no account; RDS resource parts hold colons.
    expect(virtualPath({ id: 'arn:aws:ec2:us-east-1::snapshot/snap-1', account: '123456789012', region: 'us-east-1' })).toBe(
      'aws/123456789012/us-east-1/ec2/snapshot/snap-1',
    );
    expect(
      virtualPath({ id: 'arn:aws:rds:us-east-1:123456789012:snapshot:rds:db-2026-01-01', account: '123456789012', region: 'us-east-1' }),
    ).toBe('aws/123456789012/us-east-1/rds/snapshot/rds/db-2026-01-01');
    // A global resource, dots and odd characters.
    expect(virtualPath({ id: 'arn:aws-cn:iam::123456789012:role/a b/..', account: '123456789012', region: '' })).toBe(
      'aws-cn/123456789012/_/iam/role/a%20b/%2E%2E',
    );
  });
});
