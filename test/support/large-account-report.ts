/**
 * A report input shaped like the benchmark's large synthetic account (bench/scan.ts: 17
 * regions, 2,000 keys, 500 certificates, 3,000 buckets, 20,000 volumes) after evaluation:
 * about 250,000 results of which 12,800 failures and some unknowns, every result with its
 * evidence, on the demo snapshot's rules. Built directly (no scan, no engine), so that the
 * HTML report's size and load time can be tested on it in seconds.
 */
import type { Evaluation, RuleResult, Status } from '../../src/engine/index.ts';
import { SEVERITIES } from '../../src/engine/index.ts';
import type { PolicyVerdict } from '../../src/graph/attributes.ts';
import type { SnapshotEdge, SnapshotNode } from '../../src/graph/snapshot-types.ts';
import type { ReportInput } from '../../src/report/index.ts';
import { LARGE_REGIONS } from '../../bench/sim/scenarios.ts';
import { demoInput } from './synthetic-report.ts';

export interface LargeAccountShape {
  results: number;
  failures: number;
  unknowns: number;
  keys: number;
  certificates: number;
  buckets: number;
  volumes: number;
}

export const LARGE_ACCOUNT: LargeAccountShape = {
  results: 250_000,
  failures: 12_800,
  unknowns: 1_500,
  keys: 2_000,
  certificates: 500,
  buckets: 3_000,
  volumes: 20_000,
};

const ACCOUNT = '111122223333';
const DAY_MS = 86_400_000;

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

/** The large account's evaluation; `mark(i)` may rename the i-th failing resource (e.g. to an injection payload). */
export async function largeAccountInput(shape: LargeAccountShape = LARGE_ACCOUNT): Promise<ReportInput> {
  const demo = await demoInput();
  const started = Date.parse(demo.snapshot.scan.startedAt);
  const nodes: SnapshotNode[] = [];
  const edges: SnapshotEdge[] = [];
  const region = (i: number) => LARGE_REGIONS[i % LARGE_REGIONS.length]!;

  const keyIds: string[] = [];
  for (let i = 0; i < shape.keys; i++) {
    const awsManaged = i % 8 === 0;
    const id = `arn:aws:kms:${region(i)}:${ACCOUNT}:key/${hex(i, 8)}-0000-4000-8000-${hex(i, 12)}`;
    const alias = awsManaged ? `alias/aws/${['ebs', 's3', 'rds', 'acm'][i % 4]}` : `alias/team-${i}`;
    keyIds.push(id);
    const external = !awsManaged && i % 25 === 1 ? ['999988887777'] : [];
    const policyAnalysis: PolicyVerdict = {
      status: 'ok',
      reason:
        external.length > 0
          ? `grants account 999988887777 through statement CrossAccount`
          : `not public; nothing outside the owner account ${ACCOUNT} is granted access`,
      public: false,
      externalAccounts: external,
      statements: [
        { statement: 'Enable IAM User Permissions', effect: 'Allow', accounts: [ACCOUNT], reason: `allows account ${ACCOUNT}` },
        ...(external.length > 0
          ? [{ statement: 'CrossAccount', effect: 'Allow' as const, accounts: external, reason: 'allows account 999988887777' }]
          : []),
      ],
    };
    nodes.push({
      id,
      type: 'kms.key',
      account: ACCOUNT,
      region: region(i),
      name: alias,
      tags: {},
      attributes: {
        keyId: id.split('/')[1]!,
        arn: id,
        keyManager: awsManaged ? 'AWS' : 'CUSTOMER',
        keyState: 'Enabled',
        enabled: true,
        ...(awsManaged ? { rotationEnabled: true, rotationPeriodInDays: 365 } : { rotationEnabled: i % 3 !== 0 }),
        aliases: [alias],
        ...(awsManaged ? {} : { policyAnalysis }),
      },
    });
  }
  for (let i = 0; i < shape.certificates; i++) {
    const id = `arn:aws:acm:${i < 300 ? 'us-east-1' : region(i)}:${ACCOUNT}:certificate/${hex(i, 8)}-1111-4111-8111-${hex(i, 12)}`;
    const days = ((i * 37) % 430) - 30; // from 30 days ago to 400 days ahead
    nodes.push({
      id,
      type: 'acm.certificate',
      account: ACCOUNT,
      region: i < 300 ? 'us-east-1' : region(i),
      name: `site-${i}.example.com`,
      tags: {},
      attributes: {
        domainName: `site-${i}.example.com`,
        status: days < 0 ? 'EXPIRED' : 'ISSUED',
        type: i % 5 === 0 ? 'IMPORTED' : 'AMAZON_ISSUED',
        notAfter: new Date(started + days * DAY_MS + (i % 24) * 3_600_000).toISOString(),
        renewalEligibility: 'ELIGIBLE',
      },
    });
  }
  const resourceIds: string[] = [];
  for (let i = 0; i < shape.buckets; i++) {
    const id = `arn:aws:s3:::bucket-${String(i).padStart(5, '0')}-data`;
    resourceIds.push(id);
    nodes.push({
      id,
      type: 's3.bucket',
      account: ACCOUNT,
      region: region(i),
      name: `bucket-${String(i).padStart(5, '0')}-data`,
      tags: {},
      attributes: {} as never,
    });
    if (i % 3 === 0) edges.push({ from: id, to: keyIds[(i * 7) % keyIds.length]!, kind: 'encrypted-by' });
  }
  for (let i = 0; i < shape.volumes; i++) {
    const id = `arn:aws:ec2:${region(i)}:${ACCOUNT}:volume/vol-${hex(i, 17)}`;
    resourceIds.push(id);
    nodes.push({
      id,
      type: 'ec2.volume',
      account: ACCOUNT,
      region: region(i),
      name: `vol-${hex(i, 17)}`,
      tags: {},
      attributes: {} as never,
    });
    if (i % 4 !== 0) edges.push({ from: id, to: keyIds[((i % LARGE_REGIONS.length) * 8) % keyIds.length]!, kind: 'encrypted-by' });
  }

  const rules = demo.evaluation.rules;
  const results: RuleResult[] = [];
  const failEvery = shape.results / shape.failures;
  const unknownEvery = shape.results / shape.unknowns;
  let nextFail = 0;
  let nextUnknown = failEvery / 2;
  for (let i = 0; i < shape.results; i++) {
    const rule = rules[i % rules.length]!;
    let status: Status = i % 5 < 3 ? 'pass' : 'not_applicable';
    if (i >= nextFail) {
      status = 'fail';
      nextFail += failEvery;
    } else if (i >= nextUnknown) {
      status = 'unknown';
      nextUnknown += unknownEvery;
    }
    const id = resourceIds[(i * 13) % resourceIds.length]!;
    const name = id.split(/[:/]/).at(-1)!;
    const where = id.startsWith('arn:aws:s3') ? region(i) : id.split(':')[3]!;
    results.push({
      ruleId: rule.id,
      status,
      severity: SEVERITIES[(i * 7) % SEVERITIES.length]!,
      message: `${rule.title}: ${name} (${status}).`,
      resource: { id, type: id.startsWith('arn:aws:s3') ? 's3.bucket' : 'ec2.volume', account: ACCOUNT, region: where, name },
      evidence: [
        {
          kind: 'attribute',
          node: id,
          path: 'encryptionLevel',
          value: status === 'fail' ? 'none' : 'kms',
          operator: 'ne',
          expected: 'none',
          outcome: status === 'fail' ? 'false' : 'true',
        },
      ],
      params: rule.params,
    });
  }
  const byStatus = { pass: 0, fail: 0, not_applicable: 0, unknown: 0, error: 0 };
  const failuresBySeverity = { info: 0, low: 0, medium: 0, high: 0, critical: 0 };
  for (const r of results) {
    byStatus[r.status]++;
    if (r.status === 'fail') failuresBySeverity[r.severity]++;
  }
  const scan = { ...demo.snapshot.scan, accounts: [ACCOUNT], regions: LARGE_REGIONS };
  const evaluation: Evaluation = {
    ...demo.evaluation,
    scan: { ...demo.evaluation.scan, accounts: [ACCOUNT] },
    results,
    summary: { byStatus, failuresBySeverity },
  };
  return { evaluation, snapshot: { ...demo.snapshot, scan, gaps: [], graph: { nodes, edges } } };
}
