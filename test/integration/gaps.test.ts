/**
 * Failures are data: each kind of failure becomes a gap record, the scan finishes, and
 * everything else is collected. The fault proxy answers chosen calls as AWS (or moto) would.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { seedAccount } from '../../src/demo/seed/index.ts';
import type { KmsKeyAttributes } from '../../src/services/kms/types.ts';
import { readSnapshotFile } from '../../src/graph/snapshot.ts';
import { watchDeadline } from '../../src/lambda/deadline.ts';
import { takeSnapshot } from '../../src/scan.ts';
import { cleanEnv, runCliProcess } from '../support/cli.ts';
import { emulatorClients, emulatorEndpoint } from '../support/emulator.ts';
import { startFaultProxy, type FaultProxy, type FaultRule } from '../support/fault-proxy.ts';
import { freeLoopbackPort } from '../../src/emulator/moto.ts';

let proxy: FaultProxy | undefined;
afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
});

async function seedTwoRegions() {
  return seedAccount(emulatorClients(), {
    kms: [
      { ref: 'eu', region: 'eu-west-1', aliases: ['alias/eu'] },
      { ref: 'us', region: 'us-east-1', aliases: ['alias/us'] },
    ],
  });
}

async function scanThrough(rules: FaultRule[], maxAttempts = 3) {
  proxy = await startFaultProxy(emulatorEndpoint(), rules);
  return takeSnapshot({ endpoint: proxy.endpoint, regions: ['eu-west-1', 'us-east-1'], services: ['kms'], maxAttempts });
}

describe('collection gaps', () => {
  it('AccessDenied on one service in one region: a gap, and every other resource present', async () => {
    const seeded = await seedTwoRegions();
    const { graph, snapshot } = await scanThrough([{ service: 'kms', operation: 'ListKeys', region: 'us-east-1', fault: 'denied' }]);
    expect(snapshot.gaps).toEqual([
      {
        account: '123456789012',
        region: 'us-east-1',
        service: 'kms',
        operation: 'ListKeys',
        code: 'AccessDeniedException',
        message: 'User is not authorized to perform: kms:ListKeys',
      },
    ]);
    expect(snapshot.scan.complete).toBe(false);
    expect(graph.nodesOfType('kms.key').map((k) => k.id)).toEqual([seeded.keys.get('eu')]);
    // The us-east-1 aliases were still listed.
    expect(graph.node('arn:aws:kms:us-east-1:123456789012:alias/us')).toBeDefined();
  });

  it('throttling that exhausts the retries: a gap, with every attempt counted as throttled', async () => {
    const seeded = await seedTwoRegions();
    const { graph, snapshot } = await scanThrough(
      [{ service: 'kms', operation: 'ListAliases', region: 'eu-west-1', fault: 'throttled' }],
      3,
    );
    expect(snapshot.gaps).toMatchObject([{ region: 'eu-west-1', service: 'kms', operation: 'ListAliases', code: 'ThrottlingException' }]);
    const calls = snapshot.scan.apiCalls.find((c) => c.region === 'eu-west-1' && c.operation === 'ListAliases');
    expect(calls).toMatchObject({ attempts: 3, throttled: 3 });
    expect(proxy!.faulted).toHaveLength(3);
    expect(
      graph
        .nodesOfType('kms.key')
        .map((k) => k.id)
        .sort(),
    ).toEqual([...seeded.keys.values()].sort());
  });

  it('a non-AWS answer (HTTP 500 with HTML, as moto gives for what it lacks): a gap per resource, the resource kept', async () => {
    const seeded = await seedTwoRegions();
    const { graph, snapshot } = await scanThrough(
      [{ service: 'kms', operation: 'GetKeyPolicy', region: 'eu-west-1', fault: 'html500' }],
      5,
    );
    const eu = seeded.keys.get('eu')!;
    expect(snapshot.gaps).toHaveLength(1);
    expect(snapshot.gaps[0]).toMatchObject({ region: 'eu-west-1', operation: 'GetKeyPolicy', code: 'NonAwsResponse', resource: eu });
    expect(snapshot.gaps[0]!.message).toBe(
      'HTTP 500 with a body that is not an AWS answer (an emulator answers so for an operation it does not implement)',
    );
    // Not retried: asking an emulator again for an operation it lacks only wastes attempts.
    expect(snapshot.scan.apiCalls.find((c) => c.region === 'eu-west-1' && c.operation === 'GetKeyPolicy')).toMatchObject({
      attempts: 1,
      errors: 1,
    });
    expect(graph.node(eu)!.attributes as KmsKeyAttributes).not.toHaveProperty('policy');
    expect((graph.node(eu)!.attributes as KmsKeyAttributes).keyState).toBe('Enabled');
    expect((graph.node(seeded.keys.get('us')!)!.attributes as KmsKeyAttributes).policy).toBeDefined();
  });
});

describe('interrupting a scan', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)(
    '%s writes the partial snapshot, marked incomplete with what was not finished, and exits 3',
    async (signal) => {
      const seeded = await seedAccount(emulatorClients(), {
        kms: [
          { ref: 'eu', region: 'eu-west-1', aliases: ['alias/eu'] },
          { ref: 'us', region: 'us-east-1', aliases: ['alias/us'] },
        ],
      });
      // us-east-1 answers DescribeKey only after a long time; eu-west-1 is quick.
      proxy = await startFaultProxy(emulatorEndpoint(), [
        { service: 'kms', operation: 'DescribeKey', region: 'us-east-1', fault: 'delay', delayMs: 30_000 },
      ]);
      const out = mkdtempSync(join(tmpdir(), 'cp-interrupt-'));
      let pid = 0;
      const running = runCliProcess(
        ['scan', '--endpoint-url', proxy.endpoint, '--regions', 'eu-west-1,us-east-1', '--services', 'kms', '--out', out],
        {
          onSpawn: (p) => (pid = p),
        },
      );
      await proxy.firstFault;
      process.kill(pid, signal);
      const run = await running;
      expect(run.code).toBe(3);
      expect(run.stderr).toContain(`${signal} received: stopping, and writing what was collected so far`);
      const { snapshot, graph } = await readSnapshotFile(join(out, 'snapshot.json'));
      expect(snapshot.scan.complete).toBe(false);
      expect(snapshot.scan.unfinished).toContainEqual({
        account: '123456789012',
        region: 'us-east-1',
        service: 'kms',
        reason: 'interrupted',
      });
      // Every unfinished task has its gap, so rules on its data answer unknown.
      for (const task of snapshot.scan.unfinished) {
        expect(snapshot.gaps).toContainEqual(
          expect.objectContaining({ region: task.region, service: task.service, operation: '*', code: 'Interrupted' }),
        );
      }
      expect(snapshot.gaps.find((g) => g.code === 'Interrupted')!.message).toContain(`interrupted by ${signal}`);
      // What was collected before the signal is kept: the us-east-1 aliases were listed before the stuck DescribeKey.
      expect(graph.node('arn:aws:kms:us-east-1:123456789012:alias/us')?.type).toBe('kms.alias');
      expect(seeded.keys.size).toBe(2);
    },
  );
});

describe('no request waits for ever', () => {
  it('a stalled answer times out, is retried, and becomes a gap; the scan ends within its bound', async () => {
    const seeded = await seedTwoRegions();
    proxy = await startFaultProxy(emulatorEndpoint(), [{ service: 'kms', operation: 'DescribeKey', region: 'us-east-1', fault: 'stall' }]);
    const started = Date.now();
    const { graph, snapshot } = await takeSnapshot({
      endpoint: proxy.endpoint,
      regions: ['eu-west-1', 'us-east-1'],
      services: ['kms'],
      maxAttempts: 3,
      requestTimeoutMs: 1_000,
    });
    // Three attempts of 1 s each (a timeout is retried at most twice), plus backoff.
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(proxy.faulted).toHaveLength(3);
    const us = seeded.keys.get('us')!;
    expect(snapshot.gaps).toEqual([
      expect.objectContaining({ region: 'us-east-1', operation: 'DescribeKey', code: 'TimeoutError', resource: us }),
    ]);
    expect(snapshot.scan.complete).toBe(false);
    // The key is kept with what ListKeys said; the other region is whole.
    expect(graph.node(us)).toBeDefined();
    expect((graph.node(seeded.keys.get('eu')!)!.attributes as KmsKeyAttributes).policy).toBeDefined();
  });

  it('the Lambda deadline reaches a stalled listing: collection stops in time and keeps the rest', async () => {
    const seeded = await seedTwoRegions();
    proxy = await startFaultProxy(emulatorEndpoint(), [{ service: 'kms', operation: 'ListAliases', region: 'us-east-1', fault: 'stall' }]);
    const end = Date.now() + 12_000;
    // 10 s are kept for writing the reports: collection must stop about 2 s in.
    const deadline = watchDeadline({ getRemainingTimeInMillis: () => end - Date.now() });
    const started = Date.now();
    try {
      const { graph, snapshot } = await takeSnapshot({
        endpoint: proxy.endpoint,
        regions: ['eu-west-1', 'us-east-1'],
        services: ['kms'],
        signal: deadline.signal,
      });
      expect(Date.now() - started).toBeLessThan(6_000);
      expect(snapshot.scan.unfinished).toContainEqual({ account: '123456789012', region: 'us-east-1', service: 'kms', reason: 'deadline' });
      expect(snapshot.gaps).toContainEqual(expect.objectContaining({ region: 'us-east-1', code: 'DeadlineReached' }));
      expect(graph.node(seeded.keys.get('eu')!)).toBeDefined();
    } finally {
      deadline.stop();
    }
  });

  it('SIGINT during a stalled listing stops within seconds and writes the partial snapshot (exit 3)', async () => {
    await seedTwoRegions();
    proxy = await startFaultProxy(emulatorEndpoint(), [{ service: 'kms', operation: 'ListKeys', region: 'us-east-1', fault: 'stall' }]);
    const out = mkdtempSync(join(tmpdir(), 'cp-stall-'));
    let pid = 0;
    const running = runCliProcess(
      ['scan', '--endpoint-url', proxy.endpoint, '--regions', 'eu-west-1,us-east-1', '--services', 'kms', '--out', out],
      {
        onSpawn: (p) => (pid = p),
      },
    );
    await proxy.firstFault;
    await new Promise((r) => setTimeout(r, 1_000)); // eu-west-1 finishes meanwhile
    const interrupted = Date.now();
    process.kill(pid, 'SIGINT');
    const run = await running;
    expect(Date.now() - interrupted).toBeLessThan(10_000);
    expect(run.code).toBe(3);
    const { snapshot, graph } = await readSnapshotFile(join(out, 'snapshot.json'));
    expect(snapshot.scan.unfinished).toContainEqual({
      account: '123456789012',
      region: 'us-east-1',
      service: 'kms',
      reason: 'interrupted',
    });
    expect(graph.node('arn:aws:kms:eu-west-1:123456789012:alias/eu')?.type).toBe('kms.alias');
  });

  it('--max-duration stops a stalled scan and writes what was collected (exit 3)', async () => {
    await seedTwoRegions();
    proxy = await startFaultProxy(emulatorEndpoint(), [{ service: 'kms', operation: 'ListKeys', region: 'us-east-1', fault: 'stall' }]);
    const out = mkdtempSync(join(tmpdir(), 'cp-max-duration-'));
    const started = Date.now();
    const run = await runCliProcess([
      'scan',
      '--endpoint-url',
      proxy.endpoint,
      '--regions',
      'eu-west-1,us-east-1',
      '--services',
      'kms',
      '--out',
      out,
      '--max-duration',
      '10',
      '--min-coverage',
      '0',
    ]);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('--max-duration 10 s reached: stopping, and writing what was collected so far');
    const { snapshot } = await readSnapshotFile(join(out, 'snapshot.json'));
    expect(snapshot.scan.unfinished).toContainEqual(expect.objectContaining({ region: 'us-east-1', service: 'kms', reason: 'deadline' }));
  });
});

describe('the first call names its failure', () => {
  const scanArgs = (endpoint: string, ...extra: string[]) => [
    'scan',
    '--endpoint-url',
    endpoint,
    '--regions',
    'eu-west-1',
    '--services',
    'kms',
    ...extra,
  ];
  const firstCall = async (rule: Omit<FaultRule, 'service' | 'operation'>, ...extra: string[]) => {
    proxy = await startFaultProxy(emulatorEndpoint(), [{ service: 'sts', operation: 'GetCallerIdentity', ...rule }]);
    return runCliProcess(scanArgs(proxy.endpoint, '--out', mkdtempSync(join(tmpdir(), 'cp-first-')), ...extra));
  };

  it('credentials refused: exit 2', async () => {
    const run = await firstCall({ fault: 'awsError', code: 'InvalidClientTokenId', status: 403 });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('The AWS credentials were not accepted (sts:GetCallerIdentity answered InvalidClientTokenId');
  });

  it('credentials expired: exit 2', async () => {
    const run = await firstCall({ fault: 'awsError', code: 'ExpiredToken', status: 403 });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('The AWS credentials have expired (sts:GetCallerIdentity answered ExpiredToken');
  });

  it('region not enabled: exit 2', async () => {
    const run = await firstCall({ fault: 'awsError', code: 'RegionDisabledException', status: 403 });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('The region eu-west-1 is not enabled for this account');
  });

  it('throttled on every attempt: exit 5, not "credentials"', async () => {
    const run = await firstCall({ fault: 'throttled' }, '--max-attempts', '2');
    expect(run.code).toBe(5);
    expect(run.stderr).toContain('AWS throttled sts:GetCallerIdentity in eu-west-1 on all 2 attempts (Throttling: Rate exceeded)');
    expect(run.stderr).not.toContain('credentials');
  });

  it('an endpoint that refuses connections: exit 5, naming the host', async () => {
    const port = await freeLoopbackPort();
    const run = await runCliProcess(scanArgs(`http://127.0.0.1:${port}`, '--max-attempts', '2'), { env: cleanEnv() });
    expect(run.code).toBe(5);
    expect(run.stderr).toContain(`Cannot reach the AWS endpoint 127.0.0.1:${port}: the connection was refused (ECONNREFUSED`);
  });

  it('an endpoint that does not answer: exit 5, naming the host and the deadline', async () => {
    const run = await firstCall({ fault: 'stall' }, '--max-attempts', '2', '--request-timeout', '1');
    expect(run.code).toBe(5);
    expect(run.stderr).toContain(
      `Cannot reach the AWS endpoint ${new URL(proxy!.endpoint).host}: no answer before the request deadline (TimeoutError`,
    );
  });
});

describe('--min-coverage', () => {
  const scanKms = (...extra: string[]) =>
    runCliProcess([
      'scan',
      '--endpoint-url',
      proxy!.endpoint,
      '--regions',
      'eu-west-1,us-east-1',
      '--services',
      'kms',
      '--out',
      mkdtempSync(join(tmpdir(), 'cp-cov-')),
      ...extra,
    ]);

  it('a scan that collected less than the minimum exits 5 and says how much it collected', async () => {
    await seedTwoRegions();
    // Both KMS listings denied in both regions: nothing but the failures.
    proxy = await startFaultProxy(emulatorEndpoint(), [
      { service: 'kms', operation: 'ListKeys', fault: 'denied' },
      { service: 'kms', operation: 'ListAliases', fault: 'denied' },
    ]);
    const run = await scanKms();
    expect(run.code).toBe(5);
    expect(run.stdout).toContain('Coverage: 0 % of planned calls succeeded (0 of 4); not collected: kms (eu-west-1, us-east-1)');
    expect(run.stdout).toContain('Mostly not collected: 0 % of the planned calls succeeded, below --min-coverage 90 %.');
  });

  it('above the minimum, an incomplete scan exits 3 with its coverage', async () => {
    await seedTwoRegions();
    proxy = await startFaultProxy(emulatorEndpoint(), [
      { service: 'kms', operation: 'GetKeyPolicy', region: 'us-east-1', fault: 'denied' },
    ]);
    const run = await scanKms('--min-coverage', '50');
    expect(run.code).toBe(3);
    expect(run.stdout).toMatch(/Coverage: \d+(\.\d)? % of planned calls succeeded \((\d+) of (\d+)\)\n/);
    expect(run.stdout).not.toContain('Mostly not collected');
  });
});
