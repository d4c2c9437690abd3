/**
 * The Redshift collector against canned AWS answers: `DescribeClusters` pages of 100, each
 * distinct parameter group read once for `require_ssl` (set by the user, preset, or not listed:
 * the documented default), the documented ARN form built for clusters (the answer has none),
 * keys named by ARN and by nothing (the AWS owned key), an HSM-encrypted cluster, and gaps:
 * a parameter group that cannot be read leaves only its clusters' TLS rule unknown.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluateSnapshot, prepareRules } from '../../../src/engine/index.ts';
import { takeSnapshot } from '../../../src/scan.ts';
import { redshift } from '../../../src/services/redshift/index.ts';
import { clusterArn, requireSslOf } from '../../../src/services/redshift/map.ts';
import type { RedshiftClusterAttributes } from '../../../src/services/redshift/types.ts';
import { CannedAws, awsError, pageOf, type CannedAnswers } from '../../support/canned-aws.ts';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const scope = { partition: 'aws', account: ACCOUNT, region: REGION };
const KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/5e5e0000-0000-0000-0000-000000000001`;
const arn = (name: string) => clusterArn(scope, name);
const sts: CannedAnswers['sts'] = {
  GetCallerIdentity: () => ({ Account: ACCOUNT, Arn: `arn:aws:iam::${ACCOUNT}:user/auditor`, UserId: 'AIDA' }),
};

/** Parameters as AWS lists them: `legacy` does not list require_ssl; `tls` sets it (Source user). */
function parametersOf(group: string): object[] {
  const common = [
    { ParameterName: 'datestyle', ParameterValue: 'ISO, MDY', Source: 'engine-default' },
    { ParameterName: 'use_fips_ssl', ParameterValue: 'false', Source: 'engine-default' },
  ];
  if (group === 'legacy') return common;
  const requireSsl = group === 'tls' ? { ParameterValue: 'true', Source: 'user' } : { ParameterValue: 'false', Source: 'engine-default' };
  return [...common, { ParameterName: 'require_ssl', ...requireSsl }];
}

/** Cluster i: unencrypted, customer key, AWS owned key (i mod 3); group default / tls / legacy (i mod 3 of i/3). */
function awsClusters(count: number): CannedAnswers['redshift'] {
  const groups = ['default.redshift-1.0', 'tls', 'legacy'];
  const clusters = Array.from({ length: count }, (_, i) => ({
    ClusterIdentifier: `c-${String(i).padStart(3, '0')}`,
    ClusterStatus: 'available',
    Encrypted: i % 3 !== 0,
    ...(i % 3 === 1 ? { KmsKeyId: KEY } : {}),
    PubliclyAccessible: false,
    ClusterParameterGroups: [{ ParameterGroupName: groups[Math.floor(i / 3) % 3], ParameterApplyStatus: 'in-sync' }],
    Tags: [{ Key: 'team', Value: 'bi' }],
  }));
  return {
    DescribeClusters: (input: { MaxRecords?: number; Marker?: string }) => {
      if ((input.MaxRecords ?? 100) > 100) throw awsError('InvalidParameterValue', 'MaxRecords must be at most 100', 400);
      const page = pageOf(clusters, input.MaxRecords ?? 100, input.Marker);
      return { Clusters: page.items, ...(page.next ? { Marker: page.next } : {}) };
    },
    DescribeClusterParameters: (input: { ParameterGroupName: string }) => ({ Parameters: parametersOf(input.ParameterGroupName) }),
  };
}

async function scan(aws: CannedAws) {
  vi.stubEnv('AWS_ACCESS_KEY_ID', 'canned');
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'canned');
  return takeSnapshot({ regions: [REGION], services: ['redshift'], customizeClients: aws.customize, pacing: false });
}

afterEach(() => vi.unstubAllEnvs());

describe('Redshift collector (canned AWS answers)', () => {
  it('pages clusters 100 at a time and reads each parameter group once', async () => {
    const aws = new CannedAws({ sts, redshift: awsClusters(250) });
    const run = await scan(aws);

    expect(aws.callsOf('DescribeClusters').map((c) => [c.input['MaxRecords'], c.input['Marker']])).toEqual([
      [100, undefined],
      [100, 'page-100'],
      [100, 'page-200'],
    ]);
    expect(aws.callsOf('DescribeClusterParameters').map((c) => [c.input['ParameterGroupName'], c.input['MaxRecords']])).toEqual(
      expect.arrayContaining([
        ['default.redshift-1.0', 100],
        ['tls', 100],
        ['legacy', 100],
      ]),
    );
    expect(aws.callsOf('DescribeClusterParameters')).toHaveLength(3);
    expect(run.graph.nodesOfType('redshift.cluster')).toHaveLength(250);
    expect(run.snapshot.gaps).toEqual([]);

    const node = (name: string) => run.graph.node(arn(name))!;
    expect(node('c-000').id).toBe(`arn:aws:redshift:${REGION}:${ACCOUNT}:cluster:c-000`);
    expect(node('c-000').tags).toEqual({ team: 'bi' });
    expect(node('c-000').attributes).toEqual({
      clusterIdentifier: 'c-000',
      clusterStatus: 'available',
      encryptionMode: 'none',
      encryptionLevel: 'none',
      encrypted: false,
      kmsKeyId: null,
      hsmConfigurationIdentifier: null,
      publiclyAccessible: false,
      parameterGroupName: 'default.redshift-1.0',
      parameterApplyStatus: 'in-sync',
      requireSsl: false,
      requireSslSource: 'engine-default',
    });
    // KMS was not scanned: the key's manager, and so the level, is unknown.
    expect(node('c-001').attributes).toMatchObject({ encryptionMode: 'kms', kmsKeyId: KEY });
    expect(run.graph.targets(arn('c-001'), 'encrypted-by').map((n) => n.id)).toEqual([KEY]);
    expect(node('c-002').attributes).toMatchObject({ encryptionMode: 'aws-owned', encryptionLevel: 'aws-owned', kmsKeyId: null });
    expect(run.graph.outgoing(arn('c-002'))).toEqual([]);
    expect(node('c-003').attributes).toMatchObject({ parameterGroupName: 'tls', requireSsl: true, requireSslSource: 'user' });
    expect(node('c-006').attributes).toMatchObject({
      parameterGroupName: 'legacy',
      requireSsl: false,
      requireSslSource: 'documented-default',
    });

    const { results } = evaluateSnapshot(run, prepareRules());
    const result = (rule: string, name: string) => results.find((r) => r.ruleId === rule && r.resource.id === arn(name));
    expect(['c-000', 'c-003', 'c-006'].map((n) => result('CP-RS-002', n)?.status)).toEqual(['fail', 'pass', 'fail']);
    // The evidence says that the value is the documented default, not one the group sets.
    expect(result('CP-RS-002', 'c-006')?.message).toContain('documented-default');
    expect(result('CP-RS-002', 'c-006')?.evidence).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'included', path: 'requireSslSource', value: 'documented-default' })]),
    );
    expect(['c-000', 'c-001', 'c-002'].map((n) => result('CP-RS-001', n)?.status)).toEqual(['fail', 'pass', 'pass']);
  });

  it('keeps the clusters of a parameter group it cannot read, their TLS unknown, and a gap naming the group', async () => {
    const canned = awsClusters(9)!;
    const aws = new CannedAws({
      sts,
      redshift: {
        ...canned,
        DescribeClusterParameters: (input: { ParameterGroupName: string }, call) => {
          if (input.ParameterGroupName === 'tls')
            throw awsError('AccessDenied', 'not authorized to perform: redshift:DescribeClusterParameters');
          return canned['DescribeClusterParameters']!(input, call);
        },
      },
    });
    const run = await scan(aws);

    expect(run.snapshot.gaps.map((g) => [g.operation, g.code, g.resource])).toEqual([
      ['DescribeClusterParameters', 'AccessDenied', `arn:aws:redshift:${REGION}:${ACCOUNT}:parametergroup:tls`],
    ]);
    const a = (name: string) => run.graph.node(arn(name))!.attributes as RedshiftClusterAttributes;
    expect(a('c-003')).not.toHaveProperty('requireSsl');
    expect(a('c-003')).toMatchObject({ parameterGroupName: 'tls', encrypted: false });

    const { results } = evaluateSnapshot(run, prepareRules());
    const status = (rule: string, name: string) => results.find((r) => r.ruleId === rule && r.resource.id === arn(name))?.status;
    expect(['c-003', 'c-004', 'c-005'].map((n) => status('CP-RS-002', n))).toEqual(['unknown', 'unknown', 'unknown']);
    expect(['c-000', 'c-006'].map((n) => status('CP-RS-002', n))).toEqual(['fail', 'fail']);
    // Only the group's data is missing: the clusters' encryption is still decided.
    expect(status('CP-RS-001', 'c-003')).toBe('fail');
  });

  it('records a gap and no cluster when DescribeClusters is denied', async () => {
    const aws = new CannedAws({
      sts,
      redshift: {
        DescribeClusters: () => {
          throw awsError('AccessDenied', 'not authorized to perform: redshift:DescribeClusters');
        },
      },
    });
    const run = await scan(aws);
    expect(run.graph.nodesOfType('redshift.cluster')).toEqual([]);
    expect(run.snapshot.gaps.map((g) => [g.service, g.operation, g.code])).toEqual([['redshift', 'DescribeClusters', 'AccessDenied']]);
    expect(aws.callsOf('DescribeClusterParameters')).toEqual([]);
  });
});

describe('Redshift mapping', () => {
  it('reads require_ssl in any case of name and value, and refuses a value that is neither true nor false', () => {
    expect(requireSslOf([{ ParameterName: 'REQUIRE_SSL', ParameterValue: 'TRUE', Source: 'user' }])).toEqual({
      requireSsl: true,
      requireSslSource: 'user',
    });
    expect(requireSslOf([{ ParameterName: 'require_ssl', ParameterValue: 'maybe' }])).toBeUndefined();
    expect(requireSslOf([])).toEqual({ requireSsl: false, requireSslSource: 'documented-default' });
  });

  it('leaves the level of an HSM-encrypted cluster unknown, with no KMS edge', async () => {
    const aws = new CannedAws({
      sts,
      redshift: {
        DescribeClusters: () => ({
          Clusters: [
            { ClusterIdentifier: 'hsm', Encrypted: true, HsmStatus: { HsmConfigurationIdentifier: 'hsm-config', Status: 'active' } },
          ],
        }),
      },
    });
    const run = await scan(aws);
    expect(run.graph.node(arn('hsm'))!.attributes).toEqual({
      clusterIdentifier: 'hsm',
      encrypted: true,
      kmsKeyId: null,
      hsmConfigurationIdentifier: 'hsm-config',
      parameterGroupName: null,
    });
    expect(aws.callsOf('DescribeClusterParameters')).toEqual([]);
  });
});

describe('Redshift call model', () => {
  it('lists 100 clusters a page, then reads each distinct parameter group, 4 in flight', () => {
    expect(redshift.calls({ service: 'redshift', clusters: 250, parameterGroups: 5 })).toEqual([
      { operation: 'DescribeClusters', calls: 3, phase: 'list' },
      { operation: 'DescribeClusterParameters', calls: 5, phase: 'detail' },
    ]);
    expect(redshift.roundTrips({ service: 'redshift', clusters: 250, parameterGroups: 5 })).toEqual({ list: 3, detail: 2 });
    expect(redshift.roundTrips({ service: 'redshift', clusters: 0, parameterGroups: 0 })).toEqual({ list: 1, detail: 0 });
  });
});
