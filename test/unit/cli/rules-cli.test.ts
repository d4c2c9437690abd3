/**
 * Custom rule folders and configuration overrides, end to end through the real CLI on the
 * bundled demo snapshot (no AWS, no emulator).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareRules } from '../../../src/engine/index.ts';
import { resourcePath } from '../../../src/resources.ts';
import { runCliProcess } from '../../support/cli.ts';

const SNAPSHOT = resourcePath('fixtures/demo/snapshot.json');

const customRule = {
  id: 'ACME-KMS-001',
  slug: 'kms-key-has-team-tag',
  title: 'Customer managed key without a team tag',
  severity: 'low',
  service: 'kms',
  target: 'kms.key',
  tags: ['ownership'],
  applies: { attr: 'keyManager', eq: 'CUSTOMER' },
  check: { attr: '@tags.team', exists: true },
  message: { fail: 'Key {@name} has no team tag.' },
  rationale: 'Every key needs an owner.',
  remediation: { cli: 'aws kms tag-resource --key-id <key> --tags TagKey=team,TagValue=<team>', terraform: 'tags = { team = "..." }' },
  references: [{ title: 'Tagging keys', url: 'https://docs.aws.amazon.com/kms/latest/developerguide/tagging-keys.html' }],
};

function workspace(): { dir: string; rulesDir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cp-rules-'));
  const rulesDir = join(dir, 'acme-rules');
  mkdirSync(join(rulesDir, 'kms'), { recursive: true });
  writeFileSync(join(rulesDir, 'kms', 'ACME-KMS-001.json'), JSON.stringify(customRule, null, 2));
  return { dir, rulesDir };
}

function findings(stdout: string): string[] {
  return [...stdout.matchAll(/^ {2}(CRITICAL|HIGH|MEDIUM|LOW|INFO) +(\S+) +(\S+)$/gm)].map(
    (m) => `${m[1]} ${m[2]} ${m[3]!.split('/').pop()}`,
  );
}

describe('custom rules and configuration, end to end', () => {
  it('evaluates the built-in pack and prints the failing findings, most severe first; --fail-on gates the exit code', async () => {
    const plain = await runCliProcess(['evaluate', '--details', '--snapshot', SNAPSHOT, '--out', mkdtempSync(join(tmpdir(), 'cp-out-'))]);
    expect(plain.code).toBe(3); // the demo snapshot has gaps (operations the emulator lacks)
    expect(plain.stdout).toMatch(new RegExp(`Findings \\(${prepareRules().active.length} rules, \\d+ evaluations\\)`));
    const list = findings(plain.stdout);
    // Most severe first.
    const order = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFO'];
    const ranks = list.map((f) => order.indexOf(f.split(' ')[0]!));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(list[0]).toMatch(/^CRITICAL /);
    // Rotation off: exactly the rotatable customer managed keys of the snapshot without rotation.
    const snapshot = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as {
      graph: { nodes: { id: string; type: string; attributes: Record<string, unknown> }[] };
    };
    const unrotated = snapshot.graph.nodes
      .filter(
        (n) =>
          n.type === 'kms.key' &&
          n.attributes['keyManager'] === 'CUSTOMER' &&
          n.attributes['rotationSkippedReason'] === null &&
          n.attributes['rotationEnabled'] === false,
      )
      .map((n) => n.id.split('/').pop())
      .sort();
    expect(unrotated.length).toBeGreaterThan(0);
    expect(
      list
        .filter((f) => f.includes('CP-KMS-001'))
        .map((f) => f.split(' ')[2])
        .sort(),
    ).toEqual(unrotated);
    const gated = await runCliProcess([
      'evaluate',
      '--snapshot',
      SNAPSHOT,
      '--fail-on',
      'high',
      '--out',
      mkdtempSync(join(tmpdir(), 'cp-out-')),
    ]);
    expect(gated.code).toBe(1);
    const atOrAboveHigh = list.filter((f) => f.startsWith('CRITICAL ') || f.startsWith('HIGH ')).length;
    expect(gated.stdout).toContain(`${atOrAboveHigh} findings at or above --fail-on high.`);
  });

  it('adds a custom rule folder and applies parameter, severity and enable/disable overrides from the config', async () => {
    const { dir } = workspace();
    writeFileSync(
      join(dir, 'cryptoposture.json'),
      JSON.stringify({
        ruleFolders: ['acme-rules'],
        enable: { services: ['kms'] },
        disable: { ids: ['CP-KMS-002'] },
        trustedAccounts: ['444455556666'],
        severity: { 'CP-KMS-001': 'high', 'ACME-KMS-001': 'medium' },
        failOn: 'high',
      }),
    );
    const run = await runCliProcess(['evaluate', '--details', '--snapshot', SNAPSHOT, '--config', 'cryptoposture.json', '--out', 'out'], {
      cwd: dir,
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/Findings \(10 rules, /); // 10 KMS rules - CP-KMS-002 + ACME-KMS-001
    const list = findings(run.stdout);
    expect(list.some((f) => f.startsWith('HIGH CP-KMS-005'))).toBe(false); // the partner account is trusted
    expect(list.filter((f) => f.startsWith('HIGH CP-KMS-001'))).toHaveLength(2); // severity raised by the config
    expect(list.filter((f) => f.startsWith('MEDIUM ACME-KMS-001')).length).toBeGreaterThan(0); // the custom rule ran
    expect(run.code).toBe(1); // failOn high from the config
    const listed = await runCliProcess(['rules', 'list', '--config', 'cryptoposture.json', '--json'], { cwd: dir });
    const rows = JSON.parse(listed.stdout) as { id: string; enabled: boolean; severity: string }[];
    expect(rows.find((r) => r.id === 'ACME-KMS-001')).toMatchObject({ enabled: true, severity: 'medium' });
    expect(rows.find((r) => r.id === 'CP-KMS-002')).toMatchObject({ enabled: false });
    expect(rows.find((r) => r.id === 'CP-S3-001')).toMatchObject({ enabled: false });
  });

  it('refuses to run with an unknown rule id or a bad parameter in the config (exit 2, file and JSON pointer)', async () => {
    const { dir } = workspace();
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ disable: { ids: ['CP-KMS-999'] }, params: { 'CP-ACM-001': { days: 'soon' } } }));
    const run = await runCliProcess(['evaluate', '--snapshot', SNAPSHOT, '--config', 'bad.json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${join(dir, 'bad.json')} at /disable/ids/0: names no rule (CP-KMS-999)`);
    expect(run.stderr).toContain(`${join(dir, 'bad.json')} at /params/CP-ACM-001/days: must be integer`);
  });

  it('refuses to scan with a broken rule file, before any AWS call (exit 2, file and JSON pointer)', async () => {
    const { dir, rulesDir } = workspace();
    writeFileSync(
      join(rulesDir, 'kms', 'broken.json'),
      JSON.stringify({ ...customRule, id: 'ACME-KMS-002', check: { attr: 'keyState', is: 'Enabled' } }),
    );
    const run = await runCliProcess(['scan', '--rules', 'acme-rules', '--regions', 'eu-west-1'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/broken\.json at \/check\/is: unknown operator "is"/);
    expect(run.stderr).not.toMatch(/credentials/i);
  });

  it("rules test runs a custom folder's fixtures and exits 1 when a case fails", async () => {
    const { dir, rulesDir } = workspace();
    mkdirSync(join(rulesDir, 'fixtures', 'ACME-KMS-001'), { recursive: true });
    const key = (id: string, tags: Record<string, string>, expect: string) => ({
      id: `arn:aws:kms:eu-west-1:111122223333:key/${id}`,
      type: 'kms.key',
      tags,
      attributes: { keyId: id, arn: `arn:aws:kms:eu-west-1:111122223333:key/${id}`, keyManager: 'CUSTOMER' },
      expect,
    });
    const fixture = (expectUntagged: string) => ({
      description: 'tagged and untagged',
      nodes: [key('a', { team: 'x' }, 'pass'), key('b', {}, expectUntagged)],
    });
    writeFileSync(join(rulesDir, 'fixtures', 'ACME-KMS-001', 'cases.json'), JSON.stringify(fixture('fail')));
    const ok = await runCliProcess(['rules', 'test', 'acme-rules'], { cwd: dir });
    expect(ok.stdout).toContain('2 passed, 0 failed');
    expect(ok.code).toBe(0);
    writeFileSync(join(rulesDir, 'fixtures', 'ACME-KMS-001', 'cases.json'), JSON.stringify(fixture('pass')));
    const bad = await runCliProcess(['rules', 'test', 'acme-rules'], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(
      /FAIL ACME-KMS-001 cases\.json arn:aws:kms:eu-west-1:111122223333:key\/b: expected pass — got fail\/low: Key b has no team tag\./,
    );
    expect(bad.stdout).toContain('ACME-KMS-001 has no fixture case expecting fail');
  });

  it('rules test rejects an unknown attribute, a misplaced expectation, a wrong value type and a derived attribute, with file and JSON path', async () => {
    const { dir, rulesDir } = workspace();
    mkdirSync(join(rulesDir, 'fixtures', 'ACME-KMS-001'), { recursive: true });
    const key = (id: string, attributes: Record<string, unknown>) => ({
      id: `arn:aws:kms:eu-west-1:111122223333:key/${id}`,
      type: 'kms.key',
      attributes: { keyId: id, arn: `arn:aws:kms:eu-west-1:111122223333:key/${id}`, keyManager: 'CUSTOMER', ...attributes },
      expect: 'fail',
    });
    const fixture = {
      description: 'four mistakes',
      nodes: [
        key('a', { keyManger: 'CUSTOMER' }),
        key('b', { expectMessage: 'Key b has no team tag.' }),
        key('c', { rotationEnabled: 'yes' }),
        key('d', { health: 'enabled' }),
      ],
    };
    writeFileSync(join(rulesDir, 'fixtures', 'ACME-KMS-001', 'cases.json'), JSON.stringify(fixture));
    const run = await runCliProcess(['rules', 'test', 'acme-rules'], { cwd: dir });
    expect(run.code).toBe(1);
    const file = join('acme-rules', 'fixtures', 'ACME-KMS-001', 'cases.json');
    const problems = run.stdout.split('\n').filter((l) => l.startsWith('FAIL ') && l.includes(file));
    expect(problems.map((l) => l.slice(l.indexOf(' at ') + 4))).toEqual([
      '/nodes/0/attributes/keyManger: is not an attribute of kms.key',
      '/nodes/1/attributes/expectMessage: "expectMessage" is an expectation: write it next to "expect", not inside "attributes"',
      '/nodes/2/attributes/rotationEnabled: must be boolean',
      '/nodes/3/attributes/health: "health" is derived by the scan: state the raw attributes it is derived from (the runner derives it)',
    ]);
  });

  it('rules show prints parameters, compliance and examples', async () => {
    const run = await runCliProcess(['rules', 'show', 'CP-KMS-001']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('pci-dss v4.0.1 3.7.4');
    expect(run.stdout).toContain('Examples');
    expect(run.stdout).toContain('Automatic rotation is off for the customer managed key');
    const missing = await runCliProcess(['rules', 'show', 'CP-NOPE-001']);
    expect(missing.code).toBe(2);
  });
});
