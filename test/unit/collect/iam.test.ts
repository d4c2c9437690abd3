/**
 * The IAM server certificate collector against canned AWS answers: `IsTruncated`/`Marker`
 * paging at the largest page size, once per account (global), certificates valid and expiring
 * (moto reports every one as expired in 2012, so CP-IAM-001's pass is shown here), and a
 * denied listing as a global gap.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluateSnapshot, prepareRules } from '../../../src/engine/index.ts';
import { takeSnapshot } from '../../../src/scan.ts';
import type { IamServerCertificateAttributes } from '../../../src/services/iam/types.ts';
import { CannedAws, awsError, pageOf, type CannedAnswers } from '../../support/canned-aws.ts';

const ACCOUNT = '111122223333';
const DAY_MS = 86_400_000;
const sts: CannedAnswers['sts'] = {
  GetCallerIdentity: () => ({ Account: ACCOUNT, Arn: `arn:aws:iam::${ACCOUNT}:user/auditor`, UserId: 'AIDA' }),
};
const arn = (name: string) => `arn:aws:iam::${ACCOUNT}:server-certificate/${name}`;

function awsIam(days: readonly number[]): NonNullable<CannedAnswers['iam']> {
  const now = Date.now();
  const all = days.map((d, i) => ({
    Path: '/',
    ServerCertificateName: `cert-${i}`,
    ServerCertificateId: `ASCA${String(i).padStart(17, '0')}`,
    Arn: arn(`cert-${i}`),
    UploadDate: new Date(now - 100 * DAY_MS),
    Expiration: new Date(now + d * DAY_MS),
  }));
  return {
    ListServerCertificates: (input: { Marker?: string; MaxItems?: number }) => {
      const page = pageOf(all, 2, input.Marker);
      return {
        ServerCertificateMetadataList: page.items,
        IsTruncated: page.next !== undefined,
        ...(page.next ? { Marker: page.next } : {}),
      };
    },
  };
}

async function scan(aws: CannedAws) {
  vi.stubEnv('AWS_ACCESS_KEY_ID', 'canned');
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'canned');
  return takeSnapshot({ regions: ['eu-west-1', 'us-east-1'], services: ['iam'], customizeClients: aws.customize, pacing: false });
}

afterEach(() => vi.unstubAllEnvs());

describe('IAM server certificate collector (canned AWS answers)', () => {
  it('pages with IsTruncated and Marker once per account, and judges expiry', async () => {
    const aws = new CannedAws({ sts, iam: awsIam([300, 20, 5, -3]) });
    const run = await scan(aws);
    expect(run.snapshot.gaps).toEqual([]);
    expect(aws.callsOf('ListServerCertificates').map((c) => [c.input['MaxItems'], c.input['Marker']])).toEqual([
      [1000, undefined],
      [1000, 'page-2'],
    ]);
    const nodes = run.graph.nodesOfType('iam.server-certificate');
    expect(nodes.map((n) => [n.name, n.region])).toEqual([
      ['cert-0', ''],
      ['cert-1', ''],
      ['cert-2', ''],
      ['cert-3', ''],
    ]);
    expect(run.graph.node(arn('cert-0'))!.attributes as IamServerCertificateAttributes).toMatchObject({
      serverCertificateName: 'cert-0',
      serverCertificateId: 'ASCA00000000000000000',
      arn: arn('cert-0'),
      path: '/',
    });

    const evaluation = evaluateSnapshot(run, prepareRules());
    const result = (name: string) => evaluation.results.find((r) => r.ruleId === 'CP-IAM-001' && r.resource.id === arn(name));
    expect(result('cert-0')?.status).toBe('pass');
    expect(result('cert-1')).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(result('cert-2')).toMatchObject({ status: 'fail', severity: 'high' });
    expect(result('cert-3')).toMatchObject({ status: 'fail', severity: 'critical' });
  });

  it('records a denied listing as a global gap (region empty)', async () => {
    const aws = new CannedAws({
      sts,
      iam: {
        ListServerCertificates: () => {
          throw awsError('AccessDenied', 'not authorized to perform: iam:ListServerCertificates');
        },
      },
    });
    const run = await scan(aws);
    expect(run.snapshot.gaps.map((g) => [g.service, g.region, g.operation, g.code])).toEqual([
      ['iam', '', 'ListServerCertificates', 'AccessDenied'],
    ]);
    expect(run.graph.nodesOfType('iam.server-certificate')).toEqual([]);
  });
});
