/**
 * The Lambda handlers against the emulator: a scheduled scan writing SSE-KMS encrypted
 * reports to S3, the time limit, and the organization scan (list accounts, scan each,
 * aggregate) over three accounts, one of whose roles cannot be assumed.
 */
import { CreateKeyCommand } from '@aws-sdk/client-kms';
import { CreateAccountCommand, CreateOrganizationCommand } from '@aws-sdk/client-organizations';
import {
  CreateBucketCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutBucketEncryptionCommand,
} from '@aws-sdk/client-s3';
import { unzipSync } from 'fflate';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { seedAccount } from '../../src/demo/seed/index.ts';
import type { LambdaContextLike } from '../../src/lambda/deadline.ts';
import { aggregate, listAccounts, scanAccount } from '../../src/lambda/index.ts';
import { DEFAULT_ACCOUNT, clientFor, emulatorClients, emulatorEndpoint } from '../support/emulator.ts';
import { startFaultProxy, type FaultProxy, type FaultRule } from '../support/fault-proxy.ts';
import { syntheticAccount, writeSyntheticRun } from '../support/synthetic-run.ts';
import { SEVERITIES } from '../../src/engine/types.ts';

const REGION = 'us-east-1';
const BUCKET = 'cryptoposture-reports';
let reportsKey = '';
let proxy: FaultProxy | undefined;
const saved = { ...process.env };

/** A Lambda context whose remaining time runs down from `budgetMs`. */
function context(budgetMs: number): LambdaContextLike {
  const end = Date.now() + budgetMs;
  return { getRemainingTimeInMillis: () => end - Date.now() };
}

async function environment(rules: FaultRule[] = []) {
  proxy = await startFaultProxy(emulatorEndpoint(), rules);
  Object.assign(process.env, {
    AWS_REGION: REGION,
    REPORTS_BUCKET: BUCKET,
    REPORTS_KMS_KEY_ARN: reportsKey,
    MEMBER_ROLE_NAME: 'Scanner',
    SCAN_REGIONS: REGION,
    SCAN_SERVICES: 'kms,s3',
    CRYPTOPOSTURE_ENDPOINT_URL: proxy.endpoint,
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
  });
}

async function keys(prefix: string): Promise<string[]> {
  const out = await clientFor('s3', REGION).send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: prefix }));
  return (out.Contents ?? []).map((o) => o.Key!).sort();
}

async function text(key: string): Promise<string> {
  const out = await clientFor('s3', REGION).send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
  return out.Body!.transformToString();
}

async function json(key: string): Promise<unknown> {
  return JSON.parse(await text(key));
}

beforeEach(async () => {
  const kms = clientFor('kms', REGION);
  reportsKey = (await kms.send(new CreateKeyCommand({ Description: 'reports' }))).KeyMetadata!.Arn!;
  const s3 = clientFor('s3', REGION);
  await s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
  await s3.send(
    new PutBucketEncryptionCommand({
      Bucket: BUCKET,
      ServerSideEncryptionConfiguration: {
        Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: reportsKey } }],
      },
    }),
  );
  await seedAccount(emulatorClients(), {
    kms: [{ ref: 'data', region: REGION, aliases: ['alias/data'] }],
    s3: [{ name: 'plain-{{account}}', region: REGION }],
  });
});

afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
  vi.restoreAllMocks();
});

describe('the scheduled scanner function', () => {
  it('writes the snapshot and reports with SSE-KMS under a dated prefix, logs one JSON line, and compares with the previous run', async () => {
    await environment();
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const first = await scanAccount({}, context(300_000));
    expect(first).toMatchObject({ scope: DEFAULT_ACCOUNT, complete: true, gaps: 0 });
    expect(first.newFindings).toBeGreaterThan(0);
    const prefix = first.prefix.replace(`s3://${BUCKET}/`, '');
    expect(prefix).toMatch(new RegExp(`^scans/\\d{4}/\\d\\d/\\d\\d/\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\dZ/${DEFAULT_ACCOUNT}/$`));
    expect(await keys(prefix)).toEqual(['findings.json', 'report.html', 'results.sarif', 'snapshot.json'].map((f) => `${prefix}${f}`));
    for (const key of await keys(prefix)) {
      const head = await clientFor('s3', REGION).send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }));
      expect(head.ServerSideEncryption, key).toBe('aws:kms');
      expect(head.SSEKMSKeyId, key).toBe(reportsKey);
    }
    const findings = (await json(`${prefix}findings.json`)) as { results: { ruleId: string; status: string }[] };
    expect(findings.results.some((r) => r.ruleId === 'CP-KMS-001' && r.status === 'fail')).toBe(true);
    // One structured summary line.
    const lines = log.mock.calls.map((c) => JSON.parse(String(c[0])) as Record<string, unknown>);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ source: 'cryptoposture', step: 'scan', scope: DEFAULT_ACCOUNT, complete: true, gaps: 0 });
    expect(lines[0]).toHaveProperty('failures');
    expect(lines[0]).toHaveProperty('apiCalls');
    expect(lines[0]).toHaveProperty('durationMs');

    // The next run compares with this one: nothing new.
    await new Promise((r) => setTimeout(r, 1100)); // another run id (second resolution)
    const second = await scanAccount({}, context(300_000));
    expect(second.newFindings).toBe(0);
  });

  it('stops collecting when the remaining time is short, writes what it has, and marks the scan incomplete', async () => {
    // Every DescribeKey hangs: the scan cannot finish in time.
    await environment([{ service: 'kms', operation: 'DescribeKey', fault: 'delay', delayMs: 60_000 }]);
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const started = Date.now();
    const result = await scanAccount({}, context(11_500)); // 10 s are kept for writing: collection stops after about 1.5 s
    expect(Date.now() - started).toBeLessThan(11_500);
    expect(result).toMatchObject({ complete: false, stoppedBy: 'deadline' });
    const prefix = result.prefix.replace(`s3://${BUCKET}/`, '');
    const snapshot = (await json(`${prefix}snapshot.json`)) as {
      scan: { complete: boolean; unfinished: { service: string; reason: string }[] };
      gaps: { code: string }[];
    };
    expect(snapshot.scan.complete).toBe(false);
    expect(snapshot.scan.unfinished).toContainEqual(expect.objectContaining({ service: 'kms', reason: 'deadline' }));
    expect(snapshot.gaps).toContainEqual(expect.objectContaining({ code: 'DeadlineReached' }));
    expect(await keys(prefix)).toHaveLength(4);
  });
});

describe('the Lambda bundle (npm run package:lambda)', () => {
  it('is one self-contained zip whose handler scans and writes the reports outside this repository', { timeout: 120_000 }, async () => {
    const { packageLambda } = await import('../../scripts/package-lambda.ts');
    const { zip, key, entries, sourceMap } = await packageLambda();
    expect(entries).toEqual(
      expect.arrayContaining(['index.mjs', 'package.json', 'rules/rule.schema.json', 'schemas/snapshot.schema.json']),
    );
    // Named by its content (a new build deploys), the source map beside it and not in it.
    expect(key).toMatch(/^cryptoposture-lambda-[0-9a-f]{16}\.zip$/);
    expect(zip.endsWith(key)).toBe(true);
    expect(entries.some((e) => e.endsWith('.map'))).toBe(false);
    expect(JSON.parse(readFileSync(sourceMap, 'utf8'))).toHaveProperty('mappings');
    const code = new TextDecoder().decode(unzipSync(new Uint8Array(readFileSync(zip)))['index.mjs']);
    expect(code).not.toContain('sourceMappingURL=data:');
    // Unpacked where no node_modules can be found: everything it imports must be in the bundle.
    const dir = mkdtempSync(join(tmpdir(), 'cp-lambda-'));
    for (const [name, content] of Object.entries(unzipSync(new Uint8Array(readFileSync(zip))))) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), content);
    }
    await environment();
    const script =
      "const m = await import('./index.mjs'); const r = await m.scanAccount({}, { getRemainingTimeInMillis: () => 300000 }); process.stdout.write('RESULT ' + JSON.stringify(r));";
    // Asynchronously: the emulator's proxy answers from this process.
    const run = await new Promise<{ stdout: string; stderr: string; code: number | null }>((resolve, reject) => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, env: { ...process.env, NODE_PATH: '' } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ stdout, stderr, code }));
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout.slice(run.stdout.indexOf('RESULT ') + 7)) as { complete: boolean; prefix: string };
    expect(result.complete).toBe(true);
    const prefix = result.prefix.replace(`s3://${BUCKET}/`, '');
    expect(await keys(prefix)).toHaveLength(4);
  });
});

describe('the organization scan', () => {
  it('lists three accounts, scans each (one role cannot be assumed), and aggregates them into one organization report', async () => {
    const org = clientFor('organizations', REGION);
    await org.send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }));
    const members: string[] = [];
    for (const name of ['workloads', 'sandbox']) {
      members.push(
        (await org.send(new CreateAccountCommand({ AccountName: name, Email: `${name}@example.com` }))).CreateAccountStatus!.AccountId!,
      );
    }
    const [workloads, sandbox] = members as [string, string];
    await seedAccount(emulatorClients(), { account: workloads, kms: [{ ref: 'w', region: REGION, rotation: true }] });
    await environment([{ service: 'sts', operation: 'AssumeRole', bodyIncludes: `arn:aws:iam::${sandbox}:role/Scanner`, fault: 'denied' }]);
    vi.spyOn(console, 'log').mockImplementation(() => {});

    const listed = await listAccounts({});
    expect(listed).toMatchObject({ bucket: BUCKET, count: 3 });
    const items = (await json(listed.key)) as { account: string }[];
    expect(items.map((i) => i.account).sort()).toEqual([DEFAULT_ACCOUNT, workloads, sandbox].sort());

    // What the Distributed Map does: one scanner invocation per item.
    const scans = await Promise.all(items.map((item) => scanAccount({ account: item.account, runId: listed.runId }, context(300_000))));
    expect(scans.find((s) => s.scope === sandbox)).toMatchObject({ complete: false });
    expect(
      scans
        .filter((s) => s.complete)
        .map((s) => s.scope)
        .sort(),
    ).toEqual([DEFAULT_ACCOUNT, workloads].sort());

    // One of three accounts (33 %) failed: above the default 10 %, the run fails and names it.
    const merged = await aggregate({ runId: listed.runId });
    expect(merged).toMatchObject({
      accountsExpected: 3,
      accountsScanned: 3,
      accountsFailed: 1,
      failedAccounts: [sandbox],
      failedPercentage: 33.33,
      thresholdExceeded: true,
      toleratedFailurePercentage: 10,
    });
    expect(merged.failureMessage).toBe(`1 of 3 accounts failed (33.33%, more than the tolerated 10%): ${sandbox}`);
    expect(merged.event).toEqual(expect.objectContaining({ runId: listed.runId, accountsFailed: 1, newFindings: merged.newFindings }));
    const totalNew = Object.values(merged.newFindings).reduce((a, b) => a + b, 0);
    expect(totalNew).toBe(scans.reduce((n, s) => n + s.newFindings, 0));
    const prefix = `runs/${listed.runId}/org/`;
    expect(await keys(prefix)).toEqual([`${prefix}index.html`, `${prefix}summary.json`]);
    const summary = (await json(`${prefix}summary.json`)) as {
      runId: string;
      accounts: { account: string; complete: boolean; unreachable: boolean; sarif: string }[];
      totals: { expected: number; scanned: number; complete: number };
      failedAccounts: string[];
    };
    expect(summary.runId).toBe(listed.runId);
    expect(summary.accounts.map((a) => [a.account, a.complete, a.unreachable])).toEqual(
      [
        [DEFAULT_ACCOUNT, true, false],
        [workloads, true, false],
        [sandbox, false, true],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    for (const a of summary.accounts) expect(a.sarif).toBe(`runs/${listed.runId}/accounts/${a.account}/results.sarif`);
    expect(summary.totals).toMatchObject({ expected: 3, scanned: 3, complete: 2 });
    expect(summary.failedAccounts).toEqual([sandbox]);
    const index = await text(`${prefix}index.html`);
    for (const account of [DEFAULT_ACCOUNT, workloads, sandbox])
      expect(index).toContain(`<a href="../accounts/${account}/report.html">${account}</a>`);

    // The JSON Lines for Athena: one file per account and table, under run_date=/account=.
    const runDate = listed.runId.slice(0, 10);
    const lines = (await keys('results/')).filter((k) => k.includes(listed.runId));
    expect(lines).toEqual(
      [DEFAULT_ACCOUNT, workloads, sandbox]
        .flatMap((a) => ['findings', 'gaps'].map((t) => `results/${t}/run_date=${runDate}/account=${a}/${listed.runId}.jsonl`))
        .sort(),
    );
    const sandboxGaps = (await text(`results/gaps/run_date=${runDate}/account=${sandbox}/${listed.runId}.jsonl`))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { operation: string });
    expect(sandboxGaps).toContainEqual(expect.objectContaining({ operation: 'AssumeRole' }));
  });

  it('fails only above ToleratedFailurePercentage, and counts an account whose scan left no summary as failed', async () => {
    await environment();
    vi.spyOn(console, 'log').mockImplementation(() => {});
    process.env['SCAN_ACCOUNTS'] = `${DEFAULT_ACCOUNT},111111111111`;
    process.env['TOLERATED_FAILURE_PERCENTAGE'] = '50';
    const listed = await listAccounts({});
    // Only the first account is scanned: the other one's scan "failed" and wrote nothing.
    await scanAccount({ account: DEFAULT_ACCOUNT, runId: listed.runId }, context(300_000));
    const merged = await aggregate({ runId: listed.runId });
    expect(merged).toMatchObject({ accountsExpected: 2, accountsScanned: 1, failedAccounts: ['111111111111'], failedPercentage: 50 });
    expect(merged.thresholdExceeded).toBe(false);
    expect(merged.failureMessage).toBe('');
  });

  it('aggregates 500 accounts from their summaries alone, streamed into summary.json and index.html', { timeout: 180_000 }, async () => {
    await environment();
    vi.spyOn(console, 'log').mockImplementation(() => {});
    process.env['TOLERATED_FAILURE_PERCENTAGE'] = '1';
    const runId = '2026-12-01T06-00-00Z';
    const written = await writeSyntheticRun(clientFor('s3', REGION), BUCKET, runId, 500);
    const missing = Array.from({ length: 500 }, (_, i) => syntheticAccount(i)).filter((a) => !written.some((s) => s.account === a));
    expect(missing).toHaveLength(2);
    const unreachable = written.filter((s) => s.unreachable).map((s) => s.account);
    const sum = (pick: (s: (typeof written)[number]) => Record<string, number>) =>
      Object.fromEntries(SEVERITIES.map((sev) => [sev, written.reduce((n, s) => n + (pick(s)[sev] ?? 0), 0)]));

    const merged = await aggregate({ runId });
    const failed = [...missing, ...unreachable].sort();
    expect(failed).toHaveLength(7); // 7 of 500: 1.4 %, above the tolerated 1 %
    expect(merged).toMatchObject({
      accountsExpected: 500,
      accountsScanned: 498,
      accountsFailed: failed.length,
      failedAccounts: failed,
      failedPercentage: 1.4,
      thresholdExceeded: true,
      failures: sum((s) => s.failures),
      newFindings: sum((s) => s.newFindings),
    });
    const summary = (await json(`runs/${runId}/org/summary.json`)) as {
      accounts: { account: string }[];
      totals: { expected: number; scanned: number; complete: number; gaps: number };
      failedAccounts: string[];
    };
    expect(summary.accounts.map((a) => a.account)).toEqual(written.map((s) => s.account).sort());
    expect(summary.totals).toMatchObject({
      expected: 500,
      scanned: 498,
      complete: written.filter((s) => s.complete).length,
      gaps: written.reduce((n, s) => n + s.gaps, 0),
    });
    expect(summary.failedAccounts).toEqual(failed);
    const index = await text(`runs/${runId}/org/index.html`);
    expect(index.match(/<tr><td><a href=/g)).toHaveLength(498);
  });
});
