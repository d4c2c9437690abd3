import { describe, expect, it } from 'vitest';
import type { Evaluation, RuleResult, RuleSummary } from '../../../src/engine/types.ts';
import type { Snapshot } from '../../../src/graph/snapshot-types.ts';
import { ASFF_BATCH_SIZE, asffId, batches, planSecurityHubSync, productArn, toAsff, type AsffFinding } from '../../../src/report/asff.ts';

const ACCOUNT = '111122223333';
const OTHER = '444455556666';
const NOW = '2026-12-04T06:00:00.000Z';
const context = { partition: 'aws', region: 'eu-west-1', account: ACCOUNT, now: NOW };

const rule = (id: string, service: RuleSummary['service']): RuleSummary =>
  ({
    id,
    title: `title of ${id}`,
    service,
    severity: 'high',
    remediation: { cli: 'aws kms enable-key-rotation --key-id ...' },
    references: [{ title: 'doc', url: 'https://docs.aws.amazon.com/kms/' }],
  }) as RuleSummary;

const key = (n: number, account = ACCOUNT, region = 'eu-west-1') => `arn:aws:kms:${region}:${account}:key/k${n}`;
const result = (ruleId: string, status: RuleResult['status'], arn: string, extra: Partial<RuleResult> = {}): RuleResult =>
  ({
    ruleId,
    status,
    severity: 'critical',
    message: `${ruleId} on ${arn}`,
    resource: { id: arn, type: 'kms.key', account: arn.split(':')[4]!, region: arn.split(':')[3]!, name: arn },
    evidence: [],
    params: {},
    ...extra,
  }) as RuleResult;

const evaluation = (results: RuleResult[]): Evaluation =>
  ({ evaluatedAt: NOW, rules: [rule('CP-KMS-001', 'kms'), rule('CP-ACM-001', 'acm')], results }) as unknown as Evaluation;
const snapshot = { scan: { regions: ['eu-west-1'], services: ['kms'], partition: 'aws' } } as unknown as Snapshot;

/** What Security Hub holds from an earlier import. */
const existing = (ruleId: string, arn: string, extra: Partial<AsffFinding> = {}): AsffFinding => ({
  ...toAsff(result(ruleId, 'fail', arn), rule(ruleId, ruleId.startsWith('CP-KMS') ? 'kms' : 'acm'), {
    ...context,
    now: '2026-12-01T06:00:00.000Z',
  }),
  ...extra,
});

describe('ASFF findings', () => {
  it('map a failure with a stable id, the default product of its account, severity and resource', () => {
    const f = toAsff(result('CP-KMS-001', 'fail', key(1)), rule('CP-KMS-001', 'kms'), context);
    expect(f).toMatchObject({
      Id: asffId('CP-KMS-001', key(1)),
      ProductArn: `arn:aws:securityhub:eu-west-1:${ACCOUNT}:product/${ACCOUNT}/default`,
      GeneratorId: 'cryptoposture/CP-KMS-001',
      AwsAccountId: ACCOUNT,
      CreatedAt: NOW,
      UpdatedAt: NOW,
      Severity: { Label: 'CRITICAL', Original: 'critical' },
      FindingProviderFields: { Severity: { Label: 'CRITICAL' } },
      Title: 'CP-KMS-001 title of CP-KMS-001',
      Resources: [{ Type: 'AwsKmsKey', Id: key(1), Partition: 'aws', Region: 'eu-west-1' }],
      Compliance: { Status: 'FAILED' },
      RecordState: 'ACTIVE',
      Remediation: { Recommendation: { Url: 'https://docs.aws.amazon.com/kms/' } },
    });
    expect(asffId('CP-KMS-001', key(1))).toBe(asffId('CP-KMS-001', key(1)));
    expect(asffId('CP-KMS-001', key(1))).not.toBe(asffId('CP-KMS-001', key(2)));
    expect(productArn('aws-cn', 'cn-north-1', ACCOUNT)).toBe(`arn:aws-cn:securityhub:cn-north-1:${ACCOUNT}:product/${ACCOUNT}/default`);
  });

  it("plan: import the account's failures (CreatedAt kept), skip other accounts', archive only what this scan shows fixed", () => {
    const plan = planSecurityHubSync(
      evaluation([
        result('CP-KMS-001', 'fail', key(1)), // still failing: updated
        result('CP-KMS-001', 'pass', key(2)), // fixed: archived
        result('CP-KMS-001', 'unknown', key(3)), // unreadable now: stays active
        result('CP-KMS-001', 'fail', key(4), { suppression: { reason: 'accepted', entry: 0 } }), // suppressed: archived
        result('CP-KMS-001', 'fail', key(5, OTHER)), // another account's: left out
      ]),
      snapshot,
      context,
      [
        existing('CP-KMS-001', key(1)),
        existing('CP-KMS-001', key(2)),
        existing('CP-KMS-001', key(3)),
        existing('CP-KMS-001', key(4)),
        existing('CP-KMS-001', key(6)), // the resource is gone: archived
        existing('CP-KMS-001', key(7, ACCOUNT, 'us-east-1')), // a region this scan did not cover: kept
        existing('CP-ACM-001', 'arn:aws:acm:eu-west-1:111122223333:certificate/c'), // a service this scan did not cover: kept
        existing('CP-KMS-001', key(8), { RecordState: 'ARCHIVED' }), // already archived
      ],
    );
    expect(plan.imports.map((f) => f.Id)).toEqual([asffId('CP-KMS-001', key(1))]);
    expect(plan.imports[0]!.CreatedAt).toBe('2026-12-01T06:00:00.000Z');
    expect(plan.skipped).toBe(1);
    expect(plan.archives.map((f) => f.Id).sort()).toEqual([key(2), key(4), key(6)].map((k) => asffId('CP-KMS-001', k)).sort());
    for (const f of plan.archives) expect(f).toMatchObject({ RecordState: 'ARCHIVED', UpdatedAt: NOW });
  });

  it('go in requests of at most 100', () => {
    const items = Array.from({ length: 250 }, (_, i) => i);
    expect(batches(items).map((b) => b.length)).toEqual([100, 100, 50]);
    expect(ASFF_BATCH_SIZE).toBe(100);
    expect(batches([])).toEqual([]);
  });
});
