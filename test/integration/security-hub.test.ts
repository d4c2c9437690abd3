/**
 * The Security Hub export against the emulator's securityhub: the scanner function with
 * SECURITY_HUB on imports its failures as ASFF in batches of 100, a second run updates the
 * same findings (stable ids), a fixed key's finding is archived, and throttled requests
 * are retried. What moto does not model is listed in the README's emulator table.
 */
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { CreateKeyCommand, EnableKeyRotationCommand } from '@aws-sdk/client-kms';
import { GetFindingsCommand, SecurityHubClient, type AwsSecurityFinding } from '@aws-sdk/client-securityhub';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { seedAccount } from '../../src/demo/seed/index.ts';
import type { KeyDefinition } from '../../src/services/kms/types.ts';
import { scanAccount } from '../../src/lambda/index.ts';
import { asffId, productArn } from '../../src/report/asff.ts';
import { runCliProcess } from '../support/cli.ts';
import type { ClientCustomizer } from '../../src/collect/index.ts';
import { DEFAULT_ACCOUNT, actAs, clientFor, emulatorClients, emulatorEndpoint } from '../support/emulator.ts';
import { startFaultProxy, type FaultProxy, type FaultRule } from '../support/fault-proxy.ts';

const REGION = 'us-east-1';
const BUCKET = 'cryptoposture-reports';
const PRODUCT = productArn('aws', REGION, DEFAULT_ACCOUNT);
const saved = { ...process.env };
let proxy: FaultProxy | undefined;

afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
  vi.restoreAllMocks();
});

async function environment(rules: FaultRule[] = []): Promise<void> {
  const reportsKey = (await clientFor('kms', REGION).send(new CreateKeyCommand({ Description: 'reports' }))).KeyMetadata!.Arn!;
  await clientFor('s3', REGION).send(new CreateBucketCommand({ Bucket: BUCKET }));
  proxy = await startFaultProxy(emulatorEndpoint(), rules);
  Object.assign(process.env, {
    AWS_REGION: REGION,
    REPORTS_BUCKET: BUCKET,
    REPORTS_KMS_KEY_ARN: reportsKey,
    SCAN_REGIONS: REGION,
    SCAN_SERVICES: 'kms',
    SECURITY_HUB: 'true',
    CRYPTOPOSTURE_ENDPOINT_URL: proxy.endpoint,
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
  });
  vi.spyOn(console, 'log').mockImplementation(() => {});
}

/** Every finding of the account's Security Hub (moto answers as `account` through its account header). */
async function findings(account = DEFAULT_ACCOUNT): Promise<AwsSecurityFinding[]> {
  const client = new SecurityHubClient({
    region: REGION,
    endpoint: emulatorEndpoint(),
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
  });
  actAs(account)(client as unknown as Parameters<ClientCustomizer>[0], 'sts', account, REGION);
  const out: AwsSecurityFinding[] = [];
  let token: string | undefined;
  do {
    const page = await client.send(new GetFindingsCommand({ MaxResults: 100, ...(token ? { NextToken: token } : {}) }));
    out.push(...(page.Findings ?? []));
    token = page.NextToken || undefined;
  } while (token);
  client.destroy();
  return out;
}

const context = { getRemainingTimeInMillis: () => 300_000 };
const openPolicy = {
  Version: '2012-10-17',
  Statement: [
    { Sid: 'Admin', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::{{account}}:root' }, Action: 'kms:*', Resource: '*' },
    { Sid: 'Everyone', Effect: 'Allow', Principal: { AWS: '*' }, Action: ['kms:Decrypt'], Resource: '*' },
  ],
};

describe('the Security Hub export', () => {
  it(
    'imports failures as ASFF, updates them on the next run under the same ids, and archives what no longer fails',
    { timeout: 120_000 },
    async () => {
      const keys: KeyDefinition[] = [
        { ref: 'open', region: REGION, rotation: true, policy: openPolicy },
        { ref: 'unrotated', region: REGION },
      ];
      const seeded = await seedAccount(emulatorClients(), { kms: keys });
      await environment();

      const first = await scanAccount({}, context);
      expect(first.securityHub).toEqual([
        { account: DEFAULT_ACCOUNT, imported: expect.any(Number), archived: 0, rejected: 0, requests: 1 },
      ]);
      const imported = await findings();
      expect(imported).toHaveLength(first.securityHub![0]!.imported!);
      const open = imported.find((f) => f.Id === asffId('CP-KMS-003', seeded.keys.get('open')!));
      expect(open).toMatchObject({
        ProductArn: PRODUCT,
        AwsAccountId: DEFAULT_ACCOUNT,
        GeneratorId: 'cryptoposture/CP-KMS-003',
        SchemaVersion: '2018-10-08',
        Severity: { Label: 'CRITICAL', Original: 'critical' },
        Compliance: { Status: 'FAILED' },
        RecordState: 'ACTIVE',
        Resources: [{ Type: 'AwsKmsKey', Id: seeded.keys.get('open')!, Partition: 'aws', Region: REGION }],
      });
      const rotation = asffId('CP-KMS-001', seeded.keys.get('unrotated')!);
      expect(imported.map((f) => f.Id)).toContain(rotation);

      // The next run: the same findings, updated (one per id), CreatedAt kept.
      await new Promise((r) => setTimeout(r, 1100));
      const second = await scanAccount({}, context);
      expect(second.securityHub![0]).toMatchObject({ imported: first.securityHub![0]!.imported, archived: 0 });
      const updated = await findings();
      expect(updated.map((f) => f.Id).sort()).toEqual(imported.map((f) => f.Id).sort());
      const openAgain = updated.find((f) => f.Id === open!.Id)!;
      expect(openAgain.CreatedAt).toBe(open!.CreatedAt);
      expect(Date.parse(openAgain.UpdatedAt!)).toBeGreaterThan(Date.parse(open!.UpdatedAt!));

      // Rotation turned on: that finding is archived, the others stay active.
      await clientFor('kms', REGION).send(new EnableKeyRotationCommand({ KeyId: seeded.keys.get('unrotated')! }));
      const third = await scanAccount({}, context);
      expect(third.securityHub![0]).toMatchObject({ imported: first.securityHub![0]!.imported! - 1, archived: 1 });
      const after = await findings();
      expect(after.find((f) => f.Id === rotation)?.RecordState).toBe('ARCHIVED');
      expect(after.filter((f) => f.RecordState === 'ACTIVE')).toHaveLength(first.securityHub![0]!.imported! - 1);
      // A run with nothing new to archive archives nothing again.
      const fourth = await scanAccount({}, context);
      expect(fourth.securityHub![0]).toMatchObject({ archived: 0 });
    },
  );

  it('sends more than 100 failures in batches of 100 and retries throttled requests', { timeout: 120_000 }, async () => {
    // Two failures per key (no rotation, open policy): 104 and more findings.
    const keys: KeyDefinition[] = Array.from({ length: 52 }, (_, i) => ({ ref: `k${i}`, region: REGION, policy: openPolicy }));
    await seedAccount(emulatorClients(), { kms: keys });
    await environment([{ service: 'securityhub', fault: 'throttled', times: 1 }]);
    const requests: string[] = [];
    const result = await scanAccount({}, context);
    requests.push(...proxy!.faulted);
    expect(requests).toEqual(['securityhub::us-east-1']);
    const sent = result.securityHub![0]!;
    expect(sent.error).toBeUndefined();
    expect(sent.imported).toBeGreaterThanOrEqual(104);
    expect(sent.requests).toBe(Math.ceil(sent.imported! / 100));
    const all = await findings();
    expect(all).toHaveLength(sent.imported!);
    expect(new Set(all.map((f) => f.Id)).size).toBe(all.length);
  });

  it("scan --security-hub imports the caller account's failures and says so", { timeout: 120_000 }, async () => {
    const seeded = await seedAccount(emulatorClients(), { kms: [{ ref: 'unrotated', region: REGION }] });
    const out = mkdtempSync(join(tmpdir(), 'cp-sh-'));
    const run = await runCliProcess([
      'scan',
      '--regions',
      REGION,
      '--services',
      'kms',
      '--endpoint-url',
      emulatorEndpoint(),
      '--out',
      out,
      '-q',
      '--security-hub',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const all = await findings();
    expect(all.map((f) => f.Id)).toContain(asffId('CP-KMS-001', seeded.keys.get('unrotated')!));
    expect(run.stdout).toContain(`Security Hub (${PRODUCT}): ${all.length} findings imported or updated, 0 archived.`);
  });

  it(
    "in an organization run, imports a member account's failures into that account's Security Hub through the member role",
    { timeout: 120_000 },
    async () => {
      const member = '210987654321';
      const seeded = await seedAccount(emulatorClients(), { account: member, kms: [{ ref: 'unrotated', region: REGION }] });
      await environment();
      process.env['MEMBER_ROLE_NAME'] = 'Scanner';
      const result = await scanAccount({ account: member, runId: '2026-12-04T06-00-00Z' }, context);
      expect(result.securityHub).toEqual([expect.objectContaining({ account: member, archived: 0, rejected: 0 })]);
      const theirs = await findings(member);
      expect(theirs.length).toBe(result.securityHub![0]!.imported);
      expect(theirs.find((f) => f.Id === asffId('CP-KMS-001', seeded.keys.get('unrotated')!))).toMatchObject({
        AwsAccountId: member,
        ProductArn: productArn('aws', REGION, member),
      });
      // Nothing went to the scanner's own account.
      expect(await findings(DEFAULT_ACCOUNT)).toEqual([]);
    },
  );
});
