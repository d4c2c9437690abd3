/**
 * Report inputs for tests and benchmarks: the bundled demo snapshot evaluated with the
 * built-in rules, and synthetic evaluations with any number of failing findings spread
 * over rules, severities, accounts, regions and services.
 */
import {
  evaluateSnapshot,
  prepareRules,
  SEVERITIES,
  type Evaluation,
  type RuleResult,
  type Severity,
  type Status,
} from '../../src/engine/index.ts';
import { readSnapshotFile } from '../../src/graph/snapshot.ts';
import type { ReportInput } from '../../src/report/index.ts';
import { resourcePath } from '../../src/resources.ts';

export const DEMO_SNAPSHOT = resourcePath('fixtures/demo/snapshot.json');

export async function demoInput(): Promise<ReportInput> {
  const run = await readSnapshotFile(DEMO_SNAPSHOT);
  return { evaluation: evaluateSnapshot(run, prepareRules()), snapshot: run.snapshot };
}

const REGIONS = ['eu-west-1', 'us-east-1', 'ap-southeast-2'];

/** The statuses of a large account's results, per thousand: mostly passing and not applicable, 5 % failing (as bench/sim's large account). */
export const LARGE_ACCOUNT_MIX: Readonly<Record<Status, number>> = { fail: 50, error: 1, unknown: 10, pass: 439, not_applicable: 500 };

function statusByMix(mix: Readonly<Partial<Record<Status, number>>>, i: number): Status {
  const entries = Object.entries(mix) as [Status, number][];
  const total = entries.reduce((n, [, w]) => n + w, 0);
  // Spread over the rules (i % rules) rather than in runs.
  let at = (i * 389) % total;
  for (const [status, weight] of entries) {
    if (at < weight) return status;
    at -= weight;
  }
  return 'fail';
}

/**
 * `count` results (failures by default, with a few passes and unknowns mixed in when `mixed`,
 * or statuses in the proportions of `mix`), on the demo snapshot's rules.
 */
export async function syntheticInput(
  count: number,
  options: { mixed?: boolean; mix?: Readonly<Partial<Record<Status, number>>>; accounts?: string[] } = {},
): Promise<ReportInput> {
  const demo = await demoInput();
  const accounts = options.accounts ?? ['111122223333'];
  const rules = demo.evaluation.rules;
  const results: RuleResult[] = [];
  for (let i = 0; i < count; i++) {
    const rule = rules[i % rules.length]!;
    const severity: Severity = SEVERITIES[(i * 7) % SEVERITIES.length]!;
    const status: Status = options.mix
      ? statusByMix(options.mix, i)
      : options.mixed && i % 10 === 9
        ? i % 20 === 19
          ? 'unknown'
          : 'pass'
        : 'fail';
    const account = accounts[i % accounts.length]!;
    const region = REGIONS[i % REGIONS.length]!;
    const name = `resource-${String(i).padStart(6, '0')}`;
    const id =
      rule.service === 's3'
        ? `arn:aws:s3:::${name}`
        : `arn:aws:${rule.service === 'ebs' ? 'ec2' : rule.service}:${region}:${account}:thing/${name}`;
    results.push({
      ruleId: rule.id,
      status,
      severity,
      message: `${rule.title}: ${name} in ${region} (${i}).`,
      resource: { id, type: rule.target[0]!, account, region, name },
      ...(status === 'error' ? { error: `synthetic rule error ${i}` } : {}),
      evidence: [
        { kind: 'attribute', node: id, path: 'encryptionLevel', value: 'none', operator: 'ne', expected: 'none', outcome: 'false' },
      ],
      params: rule.params,
    });
  }
  results.sort((a, b) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : a.resource.id < b.resource.id ? -1 : 1));
  const byStatus = { pass: 0, fail: 0, not_applicable: 0, unknown: 0, error: 0 };
  const failuresBySeverity = { info: 0, low: 0, medium: 0, high: 0, critical: 0 };
  for (const r of results) {
    byStatus[r.status]++;
    if (r.status === 'fail' || r.status === 'error') failuresBySeverity[r.severity]++;
  }
  const evaluation: Evaluation = {
    ...demo.evaluation,
    scan: { ...demo.evaluation.scan, accounts },
    results,
    summary: { byStatus, failuresBySeverity },
  };
  return { evaluation, snapshot: { ...demo.snapshot, scan: { ...demo.snapshot.scan, accounts } } };
}
