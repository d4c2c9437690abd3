/**
 * Failures are data: each kind of failure becomes a gap record, the scan finishes, and
 * everything else is collected. The fault proxy answers chosen calls as AWS (or moto) would.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { seedAccount } from '../../src/collect/seed/index.ts';
import type { KmsKeyAttributes } from '../../src/graph/attributes.ts';
import { readSnapshotFile } from '../../src/graph/snapshot.ts';
import { takeSnapshot } from '../../src/scan.ts';
import { runCliProcess } from '../support/cli.ts';
import { emulatorClients, emulatorEndpoint } from '../support/emulator.ts';
import { startFaultProxy, type FaultProxy, type FaultRule } from '../support/fault-proxy.ts';

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
