/** What stdout shows for a real account: failures grouped by rule, --details, the rule filters, and findings JSON on stdout. */
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/program.ts';
import { ExitCode } from '../../../src/errors.ts';
import { resourcePath } from '../../../src/resources.ts';
import { recordingIO } from '../../support/cli-io.ts';

const SNAPSHOT = resourcePath('fixtures/demo/snapshot.json');
const RANK = { info: 0, low: 1, medium: 2, high: 3, critical: 4 } as const;
type Sev = keyof typeof RANK;

async function evaluate(args: string[]) {
  const cwd = mkdtempSync(join(tmpdir(), 'cp-output-'));
  const io = recordingIO({ cwd });
  const code = await runCli(['evaluate', '--snapshot', SNAPSHOT, ...args], io);
  return { code, cwd, stdout: io.out.join(''), stderr: io.err.join('') };
}

interface FindingsJson {
  results: { ruleId: string; status: string; severity: Sev; resource: { id: string } }[];
}

const failures = (doc: FindingsJson) => doc.results.filter((r) => r.status === 'fail' || r.status === 'error');

describe('stdout groups failures by rule', () => {
  it('prints one group per rule, most severe first, with the count, the first three resources and "and N more"', async () => {
    const grouped = await evaluate(['--out', 'out']);
    const json = await evaluate(['--output', 'json']);
    const all = failures(JSON.parse(json.stdout) as FindingsJson);
    expect(grouped.code).toBe(ExitCode.incomplete); // the demo snapshot has emulator gaps
    const groups = [...grouped.stdout.matchAll(/^ {2}(CRITICAL|HIGH|MEDIUM|LOW|INFO) +(\S+) +(\d+) resources? +(.+)$/gm)];
    // Every failing rule once per severity, and the counts add up to every failure.
    expect(groups.reduce((n, g) => n + Number(g[3]), 0)).toBe(all.length);
    const ranks = groups.map((g) => RANK[g[1]!.toLowerCase() as Sev]);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    // CP-S3-001 fails on 6 buckets: three are named, then "and 3 more".
    const s3 = all.filter((r) => r.ruleId === 'CP-S3-001').map((r) => r.resource.id);
    expect(s3).toHaveLength(6);
    const block = grouped.stdout.slice(grouped.stdout.indexOf(' CP-S3-001 '));
    const shown = block.split('\n').slice(1, 5);
    expect(shown.slice(0, 3).map((l) => l.trim())).toEqual([...s3].sort().slice(0, 3));
    expect(shown[3]!.trim()).toBe('and 3 more');
    // The closing summary repeats the counts and the files written.
    expect(grouped.stdout).toMatch(
      /\nSummary: 82 failures \(10 critical, 8 high, 46 medium, 17 low, 1 info\), 15 unknown, 204 passed; incomplete: 8 collection gaps/,
    );
    expect(grouped.stdout).toMatch(/Wrote:\n {2}out\/results\.sarif\n {2}out\/report\.html\n {2}out\/findings\.json\n/);
  });

  it('--details prints every failure with its message', async () => {
    const details = await evaluate(['--details', '--out', 'out']);
    const json = await evaluate(['--output', 'json']);
    const all = failures(JSON.parse(json.stdout) as FindingsJson);
    const lines = [...details.stdout.matchAll(/^ {2}(CRITICAL|HIGH|MEDIUM|LOW|INFO) +(\S+) +(arn:\S+)$/gm)];
    expect(lines.map((m) => `${m[2]} ${m[3]}`).sort()).toEqual(all.map((r) => `${r.ruleId} ${r.resource.id}`).sort());
  });
});

describe('rule filters without a config file', () => {
  it('--severity high,critical keeps only the rules of those severities', async () => {
    const run = await evaluate(['--output', 'json', '--severity', 'high,critical']);
    const doc = JSON.parse(run.stdout) as FindingsJson;
    expect(doc.results.length).toBeGreaterThan(0);
    expect(new Set(failures(doc).map((r) => r.severity))).toEqual(new Set(['high', 'critical']));
  });

  it('--checks takes ids and patterns; --exclude-checks leaves rules out', async () => {
    const only = JSON.parse((await evaluate(['--output', 'json', '--checks', 'CP-KMS-003,CP-S3-*'])).stdout) as FindingsJson;
    const ids = new Set(only.results.map((r) => r.ruleId));
    expect(ids.has('CP-KMS-003')).toBe(true);
    expect(ids.has('CP-S3-001')).toBe(true);
    expect([...ids].every((id) => id === 'CP-KMS-003' || id.startsWith('CP-S3-'))).toBe(true);
    const without = JSON.parse((await evaluate(['--output', 'json', '--exclude-checks', 'CP-S3-*'])).stdout) as FindingsJson;
    expect(without.results.some((r) => r.ruleId.startsWith('CP-S3-'))).toBe(false);
    expect(without.results.some((r) => r.ruleId.startsWith('CP-KMS-'))).toBe(true);
  });

  it('a check that names no rule is a usage error with the closest ids', async () => {
    const run = await evaluate(['--checks', 'CP-KSM-003']);
    expect(run.code).toBe(ExitCode.usage);
    expect(run.stderr).toMatch(/^error: --checks: no rule matches CP-KSM-003 \(closest: CP-KMS-003, CP-[A-Z0-9-]+, CP-[A-Z0-9-]+\)\n$/);
  });
});

describe('findings JSON on stdout', () => {
  it('--output json writes only the findings JSON to stdout and creates no folder', async () => {
    const run = await evaluate(['--output', 'json']);
    const doc = JSON.parse(run.stdout) as FindingsJson & { $schema: string };
    expect(doc.$schema).toMatch(/findings/);
    expect(run.stderr).toContain('Summary: 82 failures');
    expect(readdirSync(run.cwd)).toEqual([]);
    const quiet = await evaluate(['--output', 'json', '--quiet']);
    expect(quiet.stderr).toBe('');
    expect(JSON.parse(quiet.stdout)).toEqual(JSON.parse(run.stdout));
  });

  it('--format json --out - does the same, and --out - with two formats is a usage error', async () => {
    const run = await evaluate(['--format', 'json', '--out', '-']);
    expect(JSON.parse(run.stdout)).toHaveProperty('results');
    expect(existsSync(join(run.cwd, '-'))).toBe(false);
    const two = await evaluate(['--format', 'json,sarif', '--out', '-']);
    expect(two.code).toBe(ExitCode.usage);
    expect(two.stderr).toBe('error: --out - writes one report to stdout; --format names 2 (json, sarif)\n');
  });
});
