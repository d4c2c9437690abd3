import { CreateAccountCommand, CreateOrganizationCommand } from '@aws-sdk/client-organizations';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { seedAccount } from '../../src/demo/seed/index.ts';
import { readSnapshotFile } from '../../src/graph/snapshot.ts';
import { runCliProcess } from '../support/cli.ts';
import { DEFAULT_ACCOUNT, clientFor, emulatorClients, emulatorEndpoint } from '../support/emulator.ts';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.ts';

let proxy: FaultProxy | undefined;
afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
});

/** An organization whose management account is the emulator's default account, with two members. */
async function organization(): Promise<[string, string]> {
  const org = clientFor('organizations', 'us-east-1');
  await org.send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }));
  const ids: string[] = [];
  for (const name of ['workloads', 'sandbox']) {
    const created = await org.send(new CreateAccountCommand({ AccountName: name, Email: `${name}@example.com` }));
    ids.push(created.CreateAccountStatus!.AccountId!);
  }
  return [ids[0]!, ids[1]!];
}

describe('multi-account scans', () => {
  it('--org scans every account through the role, and an account whose role cannot be assumed is a gap (exit 3)', async () => {
    const [workloads, sandbox] = await organization();
    const mine = await seedAccount(emulatorClients(), { kms: [{ ref: 'm', region: 'eu-west-1', aliases: ['alias/mgmt'] }] });
    const theirs = await seedAccount(emulatorClients(), {
      account: workloads,
      kms: [{ ref: 'w', region: 'eu-west-1', aliases: ['alias/workloads'] }],
    });
    await seedAccount(emulatorClients(), { account: sandbox, kms: [{ ref: 's', region: 'eu-west-1' }] });
    proxy = await startFaultProxy(emulatorEndpoint(), [
      { service: 'sts', operation: 'AssumeRole', bodyIncludes: `arn:aws:iam::${sandbox}:role/Scanner`, fault: 'denied' },
    ]);

    const out = mkdtempSync(join(tmpdir(), 'cp-org-'));
    const run = await runCliProcess([
      'scan',
      '--org',
      '--role-name',
      'Scanner',
      '--endpoint-url',
      proxy.endpoint,
      '--regions',
      'eu-west-1',
      '--services',
      'kms',
      '--out',
      out,
      '--save-snapshot',
    ]);
    expect(run.code).toBe(3);
    const { snapshot, graph } = await readSnapshotFile(join(out, 'snapshot.json'));
    expect(snapshot.scan.accounts).toEqual([DEFAULT_ACCOUNT, workloads, sandbox].sort());
    expect(snapshot.gaps).toEqual([
      {
        account: sandbox,
        region: '',
        service: 'sts',
        operation: 'AssumeRole',
        code: 'AccessDenied',
        message: `cannot assume arn:aws:iam::${sandbox}:role/Scanner: User is not authorized to perform: sts:AssumeRole`,
      },
    ]);
    const keys = graph.nodesOfType('kms.key');
    expect(keys.map((k) => [k.account, k.id]).sort()).toEqual(
      [
        [DEFAULT_ACCOUNT, mine.keys.get('m')],
        [workloads, theirs.keys.get('w')],
      ].sort(),
    );
    expect(run.stdout).toContain(`cannot assume arn:aws:iam::${sandbox}:role/Scanner`);
    // Every report carries the account: the SARIF has one run per account (category cryptoposture/<account>/),
    // and the account whose role was refused has its run, with the gap as a notification.
    const sarif = JSON.parse(readFileSync(join(out, 'results.sarif'), 'utf8')) as {
      runs: {
        automationDetails: { id: string };
        results: { properties: { arn: string } }[];
        invocations: { executionSuccessful: boolean; toolExecutionNotifications?: { message: { text: string } }[] }[];
      }[];
    };
    expect(sarif.runs.map((r) => r.automationDetails.id)).toEqual(
      [DEFAULT_ACCOUNT, workloads, sandbox].sort().map((a) => `cryptoposture/${a}/`),
    );
    const sandboxRun = sarif.runs.find((r) => r.automationDetails.id === `cryptoposture/${sandbox}/`)!;
    expect(sandboxRun.results).toEqual([]);
    expect(sandboxRun.invocations[0]!.toolExecutionNotifications!.map((n) => n.message.text).join('\n')).toContain('AssumeRole');
    const findings = JSON.parse(readFileSync(join(out, 'findings.json'), 'utf8')) as { results: { resource: { account: string } }[] };
    expect(new Set(findings.results.map((r) => r.resource.account))).toEqual(new Set([DEFAULT_ACCOUNT, workloads]));
  });

  it('--accounts scans the listed accounts; other accounts need --role-name (exit 2)', async () => {
    const [workloads] = await organization();
    const theirs = await seedAccount(emulatorClients(), { account: workloads, kms: [{ ref: 'w', region: 'us-east-1' }] });
    const refused = await runCliProcess([
      'scan',
      '--accounts',
      workloads,
      '--endpoint-url',
      emulatorEndpoint(),
      '--regions',
      'us-east-1',
      '--services',
      'kms',
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      `--role-name is required to scan accounts other than the caller's own (${DEFAULT_ACCOUNT}): ${workloads}`,
    );

    const out = mkdtempSync(join(tmpdir(), 'cp-accounts-'));
    const run = await runCliProcess([
      'scan',
      '--accounts',
      workloads,
      '--role-name',
      'Scanner',
      '--external-id',
      'x-123',
      '--endpoint-url',
      emulatorEndpoint(),
      '--regions',
      'us-east-1',
      '--services',
      'kms',
      '--out',
      out,
      '--save-snapshot',
    ]);
    expect(run.code).toBe(0);
    const { snapshot, graph } = await readSnapshotFile(join(out, 'snapshot.json'));
    expect(snapshot.scan.accounts).toEqual([workloads]);
    expect(graph.nodesOfType('kms.key').map((k) => k.id)).toEqual([theirs.keys.get('w')]);
  });
});
