/**
 * The Classic Load Balancer collector against canned AWS answers, for what the emulator does
 * not do as AWS does: AWS lists every attribute of a negotiation policy (its Protocol-* flags
 * win over the reference); a listener may name the predefined default policy itself; a
 * policy that references an undocumented predefined policy is unknown; a failed
 * `DescribeLoadBalancerPolicies` is a gap naming the load balancer, its TLS listeners' policy
 * unknown and CP-CLB-002 `unknown`; an IAM server certificate is linked.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluateSnapshot, prepareRules } from '../../../src/engine/index.ts';
import { takeSnapshot } from '../../../src/scan.ts';
import type { ElbListenerAttributes } from '../../../src/services/elb/types.ts';
import { CannedAws, awsError, type CannedAnswers } from '../../support/canned-aws.ts';

const ACCOUNT = '111122223333';
const REGION = 'us-east-1';
const sts: CannedAnswers['sts'] = {
  GetCallerIdentity: () => ({ Account: ACCOUNT, Arn: `arn:aws:iam::${ACCOUNT}:user/auditor`, UserId: 'AIDA' }),
};
const lbArn = (name: string) => `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/${name}`;
const listener = (name: string, port: number) => `${lbArn(name)}/listener/${port}`;
const CERT = `arn:aws:acm:${REGION}:${ACCOUNT}:certificate/00000000-0000-4000-8000-000000000001`;
const IAM_CERT = `arn:aws:iam::${ACCOUNT}:server-certificate/legacy`;
const attr = (AttributeName: string, AttributeValue: string) => ({ AttributeName, AttributeValue });

function awsElb(): NonNullable<CannedAnswers['elb']> {
  const https = (port: number, certificate: string, policies: string[]) => ({
    Listener: { Protocol: 'HTTPS', LoadBalancerPort: port, InstanceProtocol: 'HTTP', InstancePort: 80, SSLCertificateId: certificate },
    PolicyNames: policies,
  });
  return {
    DescribeLoadBalancers: () => ({
      LoadBalancerDescriptions: [
        {
          LoadBalancerName: 'web',
          DNSName: 'web.elb.example',
          Scheme: 'internet-facing',
          ListenerDescriptions: [
            { Listener: { Protocol: 'HTTP', LoadBalancerPort: 80, InstanceProtocol: 'HTTP', InstancePort: 80 }, PolicyNames: [] },
            https(443, CERT, ['web-ssl']),
            https(444, CERT, ['ELBSecurityPolicy-2016-08']),
            https(445, IAM_CERT, ['odd-ssl']),
          ],
        },
        {
          LoadBalancerName: 'plain',
          DNSName: 'plain.elb.example',
          Scheme: 'internet-facing',
          ListenerDescriptions: [
            { Listener: { Protocol: 'TCP', LoadBalancerPort: 25, InstanceProtocol: 'TCP', InstancePort: 25 }, PolicyNames: [] },
          ],
        },
      ],
    }),
    DescribeLoadBalancerPolicies: () => ({
      PolicyDescriptions: [
        {
          // AWS lists every attribute of a policy made from a reference: its flags are what it enables.
          PolicyName: 'web-ssl',
          PolicyTypeName: 'SSLNegotiationPolicyType',
          PolicyAttributeDescriptions: [
            attr('Reference-Security-Policy', 'ELBSecurityPolicy-TLS-1-2-2017-01'),
            attr('Protocol-SSLv3', 'false'),
            attr('Protocol-TLSv1', 'false'),
            attr('Protocol-TLSv1.1', 'false'),
            attr('Protocol-TLSv1.2', 'true'),
            attr('ECDHE-RSA-AES128-GCM-SHA256', 'true'),
          ],
        },
        {
          PolicyName: 'odd-ssl',
          PolicyTypeName: 'SSLNegotiationPolicyType',
          PolicyAttributeDescriptions: [attr('Reference-Security-Policy', 'ELBSecurityPolicy-Future-2030-01')],
        },
        { PolicyName: 'sticky', PolicyTypeName: 'LBCookieStickinessPolicyType', PolicyAttributeDescriptions: [] },
      ],
    }),
  };
}

async function scan(aws: CannedAws) {
  vi.stubEnv('AWS_ACCESS_KEY_ID', 'canned');
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'canned');
  return takeSnapshot({ regions: [REGION], services: ['elb'], customizeClients: aws.customize, pacing: false });
}

afterEach(() => vi.unstubAllEnvs());

describe('Classic Load Balancer collector (canned AWS answers)', () => {
  it("reads the policies of balancers with TLS listeners only, and resolves each listener's protocols", async () => {
    const aws = new CannedAws({ sts, elb: awsElb() });
    const run = await scan(aws);
    const { graph, snapshot } = run;
    expect(snapshot.gaps).toEqual([]);
    expect(aws.callsOf('DescribeLoadBalancers').map((c) => c.input['PageSize'])).toEqual([400]);
    expect(aws.callsOf('DescribeLoadBalancerPolicies').map((c) => c.input['LoadBalancerName'])).toEqual(['web']);

    const a = (name: string, port: number) => graph.node(listener(name, port))!.attributes as ElbListenerAttributes;
    expect(a('web', 443)).toMatchObject({
      sslNegotiationPolicy: 'web-ssl',
      referenceSecurityPolicy: 'ELBSecurityPolicy-TLS-1-2-2017-01',
      tlsPolicy: 'ELBSecurityPolicy-TLS-1-2-2017-01',
      tlsProtocols: ['TLSv1.2'],
      tlsPolicySource: 'policy-attributes',
      minTlsVersion: 'TLSv1.2',
    });
    // ELB's default for a listener created without a policy, named on the listener itself.
    expect(a('web', 444)).toMatchObject({
      sslNegotiationPolicy: 'ELBSecurityPolicy-2016-08',
      tlsPolicySource: 'documented',
      minTlsVersion: 'TLSv1',
    });
    expect(a('web', 445)).toMatchObject({
      sslNegotiationPolicy: 'odd-ssl',
      tlsPolicy: 'ELBSecurityPolicy-Future-2030-01',
      certificateArn: IAM_CERT,
    });
    expect(a('web', 445).minTlsVersion).toBeUndefined();
    expect(
      graph.targets(listener('web', 445), 'uses-certificate').map((n) => [n.id, (n.attributes as { resourceType?: string }).resourceType]),
    ).toEqual([[IAM_CERT, 'iam.server-certificate']]);

    const evaluation = evaluateSnapshot(run, prepareRules());
    const status = (rule: string, id: string) => evaluation.results.find((r) => r.ruleId === rule && r.resource.id === id)?.status;
    expect(status('CP-CLB-002', listener('web', 443))).toBe('pass');
    expect(status('CP-CLB-002', listener('web', 444))).toBe('fail');
    expect(status('CP-CLB-002', listener('web', 445))).toBe('unknown');
    expect(status('CP-CLB-001', listener('web', 80))).toBe('pass');
    expect(status('CP-CLB-001', listener('plain', 25))).toBe('fail');
  });

  it('records a gap naming the load balancer when its policies cannot be read, and leaves its TLS policies unknown', async () => {
    const aws = new CannedAws({
      sts,
      elb: {
        ...awsElb(),
        DescribeLoadBalancerPolicies: () => {
          throw awsError('AccessDenied', 'not authorized: elasticloadbalancing:DescribeLoadBalancerPolicies');
        },
      },
    });
    const run = await scan(aws);
    expect(run.snapshot.gaps.map((g) => [g.operation, g.code, g.resource])).toEqual([
      ['DescribeLoadBalancerPolicies', 'AccessDenied', lbArn('web')],
    ]);
    const a = run.graph.node(listener('web', 443))!.attributes as ElbListenerAttributes;
    expect(a).toMatchObject({ tls: true, certificateArn: CERT, policyNames: ['web-ssl'] });
    for (const field of ['sslNegotiationPolicy', 'tlsPolicy', 'tlsProtocols', 'minTlsVersion'] as const)
      expect(a[field], field).toBeUndefined();
    const evaluation = evaluateSnapshot(run, prepareRules());
    expect(evaluation.results.find((r) => r.ruleId === 'CP-CLB-002' && r.resource.id === listener('web', 443))?.status).toBe('unknown');
  });
});
