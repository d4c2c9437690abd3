/**
 * The stack's named Athena queries, run with DuckDB (a local stand-in for Athena: the
 * queries use SQL both accept) over the JSON Lines that two organization runs of three
 * accounts wrote to the emulator's S3. Each query's rows are asserted.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { CreateKeyCommand } from '@aws-sdk/client-kms';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NAMED_QUERIES } from '../../scripts/deploy/athena.ts';
import { seedAccount } from '../../src/demo/seed/index.ts';
import type { KeyDefinition } from '../../src/services/kms/types.ts';
import type { LambdaContextLike } from '../../src/lambda/deadline.ts';
import { listAccounts, scanAccount } from '../../src/lambda/index.ts';
import { FINDING_COLUMNS, GAP_COLUMNS, type ResultColumn } from '../../src/report/results-lines.ts';
import { DEFAULT_ACCOUNT, clientFor, emulatorClients, emulatorEndpoint } from '../support/emulator.ts';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.ts';

const REGION = 'us-east-1';
const BUCKET = 'cryptoposture-results';
const MEMBER = '210987654321';
const DENIED = '333344445555';
const saved = { ...process.env };
let proxy: FaultProxy | undefined;

const context: LambdaContextLike = { getRemainingTimeInMillis: () => 300_000 };

afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
  vi.restoreAllMocks();
});

const openPolicy = {
  Version: '2012-10-17',
  Statement: [
    { Sid: 'Admin', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::{{account}}:root' }, Action: 'kms:*', Resource: '*' },
    { Sid: 'Everyone', Effect: 'Allow', Principal: { AWS: '*' }, Action: ['kms:Decrypt'], Resource: '*' },
  ],
};
const openKey = (ref: string): KeyDefinition => ({ ref, region: REGION, rotation: true, policy: openPolicy });

async function runOnce(runId: string): Promise<void> {
  const listed = await listAccounts({ runId });
  const items = [DEFAULT_ACCOUNT, MEMBER, DENIED];
  expect(listed.count).toBe(items.length);
  for (const account of items) await scanAccount({ account, runId: listed.runId }, context);
}

/** Copies every JSON Lines object of the bucket into a folder, keys as paths. */
async function download(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'cp-athena-'));
  const s3 = clientFor('s3', REGION);
  const listed = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'results/' }));
  for (const { Key } of listed.Contents ?? []) {
    const body = await (await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: Key! }))).Body!.transformToString();
    mkdirSync(dirname(join(dir, Key!)), { recursive: true });
    writeFileSync(join(dir, Key!), body);
  }
  return dir;
}

const DUCK_TYPES: Record<ResultColumn['type'], string> = { string: 'VARCHAR', int: 'INTEGER', boolean: 'BOOLEAN' };

/** The Glue tables as DuckDB views: the same columns, and run_date from the partition folder as Athena projects it. */
function viewSql(table: string, columns: readonly ResultColumn[], dir: string): string {
  const spec = columns.map((c) => `'${c.name}': '${DUCK_TYPES[c.type]}'`).join(', ');
  return `CREATE VIEW ${table} AS SELECT * EXCLUDE (filename), regexp_extract(filename, 'run_date=([0-9-]+)', 1) AS run_date
    FROM read_json('${dir}/results/${table}/*/*/*.jsonl', format = 'newline_delimited', columns = {${spec}}, filename = true)`;
}

describe('the named Athena queries (DuckDB as a local stand-in)', () => {
  it('answer over two runs of three accounts: public keys, expiring certificates, keys pending deletion in use, new critical findings, gaps', async () => {
    const kms = clientFor('kms', REGION);
    const reportsKey = (await kms.send(new CreateKeyCommand({ Description: 'reports' }))).KeyMetadata!.Arn!;
    await clientFor('s3', REGION).send(new CreateBucketCommand({ Bucket: BUCKET }));
    const mine = await seedAccount(emulatorClients(), {
      kms: [openKey('open'), { ref: 'retired', region: REGION, state: 'PendingDeletion' }],
      acm: [
        { ref: 'soon', region: REGION, domain: 'soon.example.com', source: 'imported', daysValid: 20 },
        { ref: 'later', region: REGION, domain: 'later.example.com', source: 'imported', daysValid: 300 },
      ],
      ebs: { volumes: [{ ref: 'archive', region: REGION, sizeGiB: 10, kmsKey: '@retired' }] },
    });
    const member = await seedAccount(emulatorClients(), {
      account: MEMBER,
      acm: [{ ref: 'partner', region: REGION, domain: 'partner.example.com', source: 'imported', daysValid: 40 }],
    });
    proxy = await startFaultProxy(emulatorEndpoint(), [
      { service: 'sts', operation: 'AssumeRole', bodyIncludes: `arn:aws:iam::${DENIED}:role/Scanner`, fault: 'denied' },
    ]);
    Object.assign(process.env, {
      AWS_REGION: REGION,
      REPORTS_BUCKET: BUCKET,
      REPORTS_KMS_KEY_ARN: reportsKey,
      MEMBER_ROLE_NAME: 'Scanner',
      SCAN_ACCOUNTS: [DEFAULT_ACCOUNT, MEMBER, DENIED].join(','),
      SCAN_REGIONS: REGION,
      SCAN_SERVICES: 'kms,acm,ebs',
      CRYPTOPOSTURE_ENDPOINT_URL: proxy.endpoint,
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
    });
    vi.spyOn(console, 'log').mockImplementation(() => {});

    await runOnce('2026-12-01T06-00-00Z');
    // Between the runs the member account gets a key anyone may use: a new critical finding.
    const added = await seedAccount(emulatorClients(), { account: MEMBER, kms: [openKey('member-open')] });
    await runOnce('2026-12-02T06-00-00Z');

    const dir = await download();
    const db = await (await DuckDBInstance.create(':memory:')).connect();
    await db.run(viewSql('findings', FINDING_COLUMNS, dir));
    await db.run(viewSql('gaps', GAP_COLUMNS, dir));
    const rows = async (logicalId: string) => {
      const query = NAMED_QUERIES.find((q) => q.logicalId === logicalId)!;
      return (await db.runAndReadAll(query.sql)).getRowObjectsJson();
    };

    // Both runs are there, as two run_date partitions.
    expect((await db.runAndReadAll('SELECT DISTINCT run_date FROM findings ORDER BY run_date')).getRowObjectsJson()).toEqual([
      { run_date: '2026-12-01' },
      { run_date: '2026-12-02' },
    ]);

    const openArn = mine.keys.get('open')!;
    const memberOpenArn = added.keys.get('member-open')!;
    expect((await rows('PublicKeysQuery')).map((r) => [r['account'], r['resource_id'], r['severity']])).toEqual(
      [
        [DEFAULT_ACCOUNT, openArn, 'critical'],
        [MEMBER, memberOpenArn, 'critical'],
      ].sort((a, b) => a[0]!.localeCompare(b[0]!)),
    );

    const expiring = await rows('ExpiringCertificatesQuery');
    expect(expiring.map((r) => [r['account'], r['resource_id']])).toEqual([
      [DEFAULT_ACCOUNT, mine.certificates.get('soon')!],
      [MEMBER, member.certificates.get('partner')!],
    ]);
    // Whole days from the scan to the expiry: 19 or 20 (40 and 39) depending on the seconds between seeding and scanning.
    expect([19, 20]).toContain(expiring[0]!['days_to_expiry']);
    expect([39, 40]).toContain(expiring[1]!['days_to_expiry']);

    expect((await rows('PendingDeletionInUseQuery')).map((r) => [r['account'], r['resource_id']])).toEqual([
      [DEFAULT_ACCOUNT, mine.keys.get('retired')!],
    ]);

    // Only the member's new key: the management account's open key was already failing in the first run.
    expect((await rows('NewCriticalFindingsQuery')).map((r) => [r['account'], r['rule_id'], r['resource_id']])).toEqual([
      [MEMBER, 'CP-KMS-003', memberOpenArn],
    ]);

    const gaps = await rows('CoverageGapsQuery');
    expect(gaps).toContainEqual({ account: DENIED, service: 'sts', operation: 'AssumeRole', code: 'AccessDenied', gaps: '1' });
    // Every gap row of the latest run is counted once.
    const total = (await db.runAndReadAll("SELECT count(*) AS n FROM gaps WHERE run_id = '2026-12-02T06-00-00Z'")).getRowObjectsJson();
    expect(gaps.reduce((n, r) => n + Number(r['gaps']), 0)).toBe(Number(total[0]!['n']));
  });
});
