import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedAccount } from '../../src/demo/seed/index.ts';
import { readSnapshotFile } from '../../src/graph/snapshot.ts';
import { resourcePath } from '../../src/resources.ts';
import { cleanEnv, runCliProcess } from '../support/cli.ts';
import { emulatorClients, emulatorEndpoint } from '../support/emulator.ts';
import { startFaultProxy } from '../support/fault-proxy.ts';

describe('cryptoposture scan against the emulator', () => {
  it('writes a valid snapshot with --save-snapshot and prints the summary on stdout', async () => {
    const seeded = await seedAccount(emulatorClients(), {
      kms: [
        { ref: 'a', region: 'eu-west-1', aliases: ['alias/a'] },
        { ref: 'b', region: 'us-east-1' },
      ],
    });
    const out = mkdtempSync(join(tmpdir(), 'cp-scan-'));
    const run = await runCliProcess([
      'scan',
      '--endpoint-url',
      emulatorEndpoint(),
      '--regions',
      'eu-west-1,us-east-1',
      '--services',
      'kms',
      '--out',
      out,
      '--save-snapshot',
      '--verbose',
    ]);
    expect(run.stderr).toBe(''); // not a terminal: no progress
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Scan of account 123456789012 (2 regions: eu-west-1, us-east-1)');
    expect(run.stdout).toMatch(/kms\.key\s+2/);
    expect(run.stdout).toMatch(/kms:ListKeys\s+2/);
    const { graph, snapshot } = await readSnapshotFile(join(out, 'snapshot.json'));
    expect(
      graph
        .nodesOfType('kms.key')
        .map((k) => k.id)
        .sort(),
    ).toEqual([...seeded.keys.values()].sort());
    expect(snapshot.scan.endpoint).toBe(emulatorEndpoint());
    expect(snapshot.scan.caller?.account).toBe('123456789012');
    expect(snapshot.scan.complete).toBe(true);
  });

  it('prints the plan after the listing calls with --plan, before the detail calls', async () => {
    await seedAccount(emulatorClients(), {
      kms: [
        { ref: 'a', region: 'eu-west-1', aliases: ['alias/a'] },
        { ref: 'b', region: 'eu-west-1' },
      ],
    });
    const out = mkdtempSync(join(tmpdir(), 'cp-scan-'));
    const run = await runCliProcess([
      'scan',
      '--endpoint-url',
      emulatorEndpoint(),
      '--regions',
      'eu-west-1',
      '--services',
      'kms,acm',
      '--out',
      out,
      '--plan',
      '--verbose',
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Plan after the listing calls (');
    // Two customer keys: DescribeKey and GetKeyPolicy each, rotation, tags and grants at most one each.
    expect(run.stderr).toMatch(/kms\s+2\s+<= 10\s+<= 12\s+0\.0 s/);
    expect(run.stderr).toMatch(/acm\s+1\s+0\s+1\s+0\.0 s/);
    expect(run.stderr).toContain('quota-bound time: 0.0 s');
    // What the plan promised is what the scan made.
    expect(run.stdout).toMatch(/kms:DescribeKey\s+2/);
    expect(run.stdout).toMatch(/kms:ListGrants\s+2/);
  });

  it('exits 3 when access is denied in one region, and keeps everything else', async () => {
    const seeded = await seedAccount(emulatorClients(), {
      kms: [
        { ref: 'a', region: 'eu-west-1' },
        { ref: 'b', region: 'us-east-1' },
      ],
    });
    const proxy = await startFaultProxy(emulatorEndpoint(), [
      { service: 'kms', operation: 'ListKeys', region: 'us-east-1', fault: 'denied' },
    ]);
    try {
      const out = mkdtempSync(join(tmpdir(), 'cp-scan-'));
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
        '--save-snapshot',
        // In an account this small the denied listing is 1 of 9 calls: below the default 90 %.
        '--min-coverage',
        '80',
      ]);
      expect(run.code).toBe(3);
      expect(run.stdout).toContain('Coverage: 88.8 % of planned calls succeeded (8 of 9); not collected: kms (us-east-1)');
      expect(run.stdout).toContain('Incomplete: 1 collection gaps');
      expect(run.stdout).toContain('kms:ListKeys us-east-1: AccessDeniedException: User is not authorized to perform: kms:ListKeys');
      const { graph, snapshot } = await readSnapshotFile(join(out, 'snapshot.json'));
      expect(snapshot.scan.complete).toBe(false);
      expect(graph.nodesOfType('kms.key').map((k) => k.id)).toEqual([seeded.keys.get('a')]);
    } finally {
      await proxy.close();
    }
  });
});

describe('fingerprints', () => {
  it('are the same for two scans of the same account', async () => {
    await seedAccount(emulatorClients(), {
      kms: [{ ref: 'plain', region: 'eu-west-1' }],
      s3: [{ name: 'plain-{{account}}', region: 'eu-west-1' }],
    });
    const scanOnce = async () => {
      const out = mkdtempSync(join(tmpdir(), 'cp-fp-'));
      const run = await runCliProcess([
        'scan',
        '--endpoint-url',
        emulatorEndpoint(),
        '--regions',
        'eu-west-1',
        '--services',
        'kms,s3',
        '--out',
        out,
      ]);
      expect(run.code).toBe(0);
      const sarif = JSON.parse(readFileSync(join(out, 'results.sarif'), 'utf8')) as {
        runs: { results: { ruleId: string; partialFingerprints: Record<string, string> }[] }[];
      };
      const findings = JSON.parse(readFileSync(join(out, 'findings.json'), 'utf8')) as {
        scan: { id: string };
        results: { ruleId: string; fingerprint: string }[];
      };
      return {
        sarif: sarif.runs.flatMap((r) => r.results.map((x) => `${x.ruleId} ${JSON.stringify(x.partialFingerprints)}`)).sort(),
        findings,
      };
    };
    const first = await scanOnce();
    const second = await scanOnce();
    expect(first.findings.scan.id).not.toBe(second.findings.scan.id);
    expect(first.sarif.length).toBeGreaterThan(0);
    expect(second.sarif).toEqual(first.sarif);
    expect(second.findings.results.map((r) => r.fingerprint)).toEqual(first.findings.results.map((r) => r.fingerprint));
  });
});

describe('cryptoposture demo', () => {
  it('seeds, scans and writes the snapshot under the output folder, printing its path', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'cp-demo-'));
    const run = await runCliProcess(['demo', '--out', 'reports/demo'], {
      cwd,
      env: cleanEnv(),
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('The demo snapshot is reports/demo/snapshot.json');
    const file = join(cwd, 'reports/demo/snapshot.json');
    expect(existsSync(file)).toBe(true);
    const { snapshot, graph } = await readSnapshotFile(file);
    expect(snapshot.scan.regions).toEqual(['eu-west-1', 'us-east-1']);
    expect(graph.nodesOfType('kms.key').length).toBeGreaterThanOrEqual(10);

    // The bundled snapshot (used without Python) must show the same account: refresh it
    // with `npm run demo:bundle` after changing fixtures/demo/account.json.
    const bundled = await readSnapshotFile(resourcePath('fixtures/demo/snapshot.json'));
    // Automated RDS snapshots are named after the minute they were taken (`rds:db-2024-05-01-03-04`).
    const inventory = (nodes: readonly { type: string; name: string }[]) =>
      nodes
        .filter((n) => n.type !== 'external')
        // Names the emulator makes up anew each run: automated RDS snapshots' times, an AMI's
        // snapshot id, a distribution's id.
        .map(
          (n) =>
            `${n.type} ${n.name
              .replace(/^(rds:.*)-\d{4}-\d\d-\d\d-\d\d-\d\d$/, '$1-<time>')
              .replace(/^snap-[0-9a-f]+$/, 'snap-<id>')
              .replace(/^[A-Z0-9]{13,14} \(/, '<distribution> (')}`,
        )
        .sort();
    expect(inventory(bundled.graph.nodes)).toEqual(inventory(graph.nodes));
  });

  it('evaluates the bundled snapshot when the emulator cannot be used', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'cp-demo-'));
    const run = await runCliProcess(['demo'], {
      cwd,
      env: cleanEnv({ CRYPTOPOSTURE_VENV: join(cwd, 'no-venv'), PYTHON: join(cwd, 'no-python') }),
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      `The AWS emulator is not available: Python 3 was not found (tried \`${join(cwd, 'no-python')}\`, from PYTHON)`,
    );
    expect(run.stderr).toContain('Evaluating the bundled snapshot of the demo account instead');
    expect(run.stderr).toContain('as `demo --offline` does: the same rules and reports over a saved scan of the same demo account');
    expect(existsSync(join(cwd, 'no-venv'))).toBe(false);
    const bundled = await readSnapshotFile(resourcePath('fixtures/demo/snapshot.json'));
    const written = await readSnapshotFile(join(cwd, 'reports/demo/snapshot.json'));
    expect(written.snapshot).toEqual(bundled.snapshot);
  });
});
