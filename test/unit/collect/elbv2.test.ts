/**
 * The ELBv2 collector against canned AWS answers, for what the emulator does not do as AWS
 * does: `DescribeListeners` names only the default certificate and `DescribeListenerCertificates`
 * every certificate (a default one named twice is one edge); an IAM server certificate on a
 * listener; a policy name missing from the documented table, described by
 * `DescribeSSLPolicies` or unknown to it (AWS answers `SSLPolicyNotFound`: a gap, the rule
 * `unknown`); calls that fail with AccessDenied (gaps naming the resource, its data absent).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluateSnapshot, prepareRules } from '../../../src/engine/index.ts';
import { takeSnapshot } from '../../../src/scan.ts';
import { redirectsToHttps } from '../../../src/services/elbv2/map.ts';
import type { Elbv2ListenerAttributes, Elbv2LoadBalancerAttributes } from '../../../src/services/elbv2/types.ts';
import { CannedAws, awsError, pageOf, type CannedAnswers } from '../../support/canned-aws.ts';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const sts: CannedAnswers['sts'] = {
  GetCallerIdentity: () => ({ Account: ACCOUNT, Arn: `arn:aws:iam::${ACCOUNT}:user/auditor`, UserId: 'AIDA' }),
};
const lbArn = (name: string, kind = 'app') =>
  `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/${kind}/${name}/0123456789abcdef`;
const listenerArn = (name: string, port: number, kind = 'app') =>
  `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:listener/${kind}/${name}/0123456789abcdef/${String(port).padStart(16, '0')}`;
const cert = (n: number) => `arn:aws:acm:${REGION}:${ACCOUNT}:certificate/00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const IAM_CERT = `arn:aws:iam::${ACCOUNT}:server-certificate/legacy`;

type Listener = { port: number; protocol: string; policy?: string; certificates?: string[]; redirect?: boolean };
const BALANCERS: { name: string; type: string; scheme: string; listeners: Listener[] }[] = [
  {
    name: 'shop',
    type: 'application',
    scheme: 'internet-facing',
    listeners: [
      // A plain HTTP listener with the policy an emulator reports on it: not judged, not described.
      { port: 80, protocol: 'HTTP', policy: 'ELBSecurityPolicy-Custom-Http', redirect: true },
      { port: 443, protocol: 'HTTPS', policy: 'ELBSecurityPolicy-TLS13-1-2-2021-06', certificates: [cert(1), cert(2), cert(1)] },
      { port: 8443, protocol: 'HTTPS', policy: 'ELBSecurityPolicy-Future-2030-01', certificates: [IAM_CERT] },
      { port: 9443, protocol: 'HTTPS', policy: 'ELBSecurityPolicy-Gone-2000-01', certificates: [cert(3)] },
    ],
  },
  {
    name: 'api',
    type: 'network',
    scheme: 'internal',
    listeners: [{ port: 443, protocol: 'TLS', policy: 'ELBSecurityPolicy-2016-08', certificates: [cert(4)] }],
  },
  { name: 'inspect', type: 'gateway', scheme: 'internal', listeners: [] },
];

function awsElbv2(): NonNullable<CannedAnswers['elbv2']> {
  const kind = (type: string) => (type === 'network' ? 'net' : type === 'gateway' ? 'gwy' : 'app');
  return {
    DescribeLoadBalancers: (input: { Marker?: string; PageSize?: number }) => {
      const page = pageOf(BALANCERS, 2, input.Marker);
      return {
        LoadBalancers: page.items.map((b) => ({
          LoadBalancerArn: lbArn(b.name, kind(b.type)),
          LoadBalancerName: b.name,
          Type: b.type,
          Scheme: b.scheme,
          DNSName: `${b.name}.elb.example`,
        })),
        ...(page.next ? { NextMarker: page.next } : {}),
      };
    },
    DescribeListeners: (input: { LoadBalancerArn: string }) => {
      const b = BALANCERS.find((x) => input.LoadBalancerArn === lbArn(x.name, kind(x.type)))!;
      return {
        Listeners: b.listeners.map((l) => ({
          ListenerArn: listenerArn(b.name, l.port, kind(b.type)),
          Port: l.port,
          Protocol: l.protocol,
          SslPolicy: l.policy,
          // AWS: the default certificate only.
          ...(l.certificates ? { Certificates: [{ CertificateArn: l.certificates[0] }] } : {}),
          DefaultActions: l.redirect
            ? [{ Type: 'redirect', Order: 1, RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' } }]
            : [{ Type: 'forward', Order: 1, TargetGroupArn: 'arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/web/1' }],
        })),
      };
    },
    DescribeListenerCertificates: (input: { ListenerArn: string }) => {
      const l = BALANCERS.flatMap((b) => b.listeners.map((x) => ({ x, arn: listenerArn(b.name, x.port, kind(b.type)) }))).find(
        (e) => e.arn === input.ListenerArn,
      )!.x;
      return { Certificates: (l.certificates ?? []).map((c, i) => ({ CertificateArn: c, IsDefault: i === 0 })) };
    },
    DescribeSSLPolicies: (input: { Names: string[] }) => {
      if (input.Names.includes('ELBSecurityPolicy-Gone-2000-01'))
        throw awsError('SSLPolicyNotFound', 'One or more SSL policies not found', 400);
      return { SslPolicies: input.Names.map((Name) => ({ Name, SslProtocols: ['TLSv1.1', 'TLSv1.2'], Ciphers: [] })) };
    },
  };
}

async function scan(aws: CannedAws) {
  vi.stubEnv('AWS_ACCESS_KEY_ID', 'canned');
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'canned');
  return takeSnapshot({ regions: [REGION], services: ['elbv2'], customizeClients: aws.customize, pacing: false });
}

afterEach(() => vi.unstubAllEnvs());

describe('ELBv2 collector (canned AWS answers)', () => {
  it('reads every certificate once, resolves undocumented policies one name at a time, and judges only TLS listeners', async () => {
    const aws = new CannedAws({ sts, elbv2: awsElbv2() });
    const run = await scan(aws);
    const { graph, snapshot } = run;

    // Pages of load balancers; listeners of application and network ones only; certificates of TLS listeners only.
    expect(aws.callsOf('DescribeLoadBalancers').map((c) => [c.input['PageSize'], c.input['Marker']])).toEqual([
      [400, undefined],
      [400, 'page-2'],
    ]);
    expect(aws.callsOf('DescribeListeners')).toHaveLength(2);
    expect(aws.callsOf('DescribeListenerCertificates')).toHaveLength(4);
    // Only the names the documented table lacks, one per call; never the HTTP listener's.
    expect(aws.callsOf('DescribeSSLPolicies').map((c) => c.input['Names'])).toEqual([
      ['ELBSecurityPolicy-Future-2030-01'],
      ['ELBSecurityPolicy-Gone-2000-01'],
    ]);

    expect(snapshot.gaps.map((g) => [g.operation, g.code])).toEqual([['DescribeSSLPolicies', 'SSLPolicyNotFound']]);
    expect(graph.nodesOfType('elbv2.load-balancer')).toHaveLength(3);
    expect(graph.node(lbArn('inspect', 'gwy'))!.attributes as Elbv2LoadBalancerAttributes).toEqual({
      loadBalancerName: 'inspect',
      type: 'gateway',
      scheme: 'internal',
      internetFacing: false,
      dnsName: 'inspect.elb.example',
    });

    const a = (name: string, port: number, kind = 'app') =>
      graph.node(listenerArn(name, port, kind))!.attributes as Elbv2ListenerAttributes;
    expect(a('shop', 80)).toMatchObject({ tlsPolicy: null, minTlsVersion: null, plaintextAccepted: false, redirectsToHttps: true });
    expect(a('shop', 443)).toMatchObject({
      defaultCertificateArn: cert(1),
      certificateArns: [cert(1), cert(2)],
      minTlsVersion: 'TLSv1.2',
      tlsPolicySource: 'documented',
    });
    expect(
      graph
        .targets(listenerArn('shop', 443), 'uses-certificate')
        .map((n) => n.id)
        .sort(),
    ).toEqual([cert(1), cert(2)]);
    expect(graph.edges.filter((e) => e.from === listenerArn('shop', 443) && e.kind === 'uses-certificate')).toHaveLength(2);

    expect(a('shop', 8443)).toMatchObject({
      tlsPolicy: 'ELBSecurityPolicy-Future-2030-01',
      tlsProtocols: ['TLSv1.1', 'TLSv1.2'],
      tlsPolicySource: 'DescribeSSLPolicies',
      minTlsVersion: 'TLSv1.1',
      certificateArns: [IAM_CERT],
    });
    // An IAM server certificate: an edge to its node type (external here: IAM was not scanned).
    const iamTarget = graph.targets(listenerArn('shop', 8443), 'uses-certificate');
    expect(iamTarget.map((n) => [n.id, n.type])).toEqual([[IAM_CERT, 'external']]);
    expect(iamTarget[0]!.attributes).toMatchObject({ resourceType: 'iam.server-certificate', reason: 'not-collected' });

    expect(a('shop', 9443).tlsPolicy).toBe('ELBSecurityPolicy-Gone-2000-01');
    expect(a('shop', 9443).minTlsVersion).toBeUndefined();
    expect(a('api', 443, 'net')).toMatchObject({
      protocol: 'TLS',
      loadBalancerType: 'network',
      internetFacing: false,
      minTlsVersion: 'TLSv1',
    });

    const evaluation = evaluateSnapshot(run, prepareRules());
    const status = (rule: string, id: string) => evaluation.results.find((r) => r.ruleId === rule && r.resource.id === id)?.status;
    expect(status('CP-ELBV2-001', listenerArn('shop', 80))).toBe('pass');
    expect(status('CP-ELBV2-002', listenerArn('shop', 443))).toBe('pass');
    expect(status('CP-ELBV2-002', listenerArn('shop', 8443))).toBe('fail');
    expect(status('CP-ELBV2-002', listenerArn('shop', 9443))).toBe('unknown');
    expect(status('CP-ELBV2-002', listenerArn('api', 443, 'net'))).toBe('fail');
    expect(status('CP-ELBV2-002', listenerArn('shop', 80))).toBe('not_applicable');
  });

  it('records a gap naming the resource when listeners or certificates cannot be read, and keeps what it knows', async () => {
    const canned = awsElbv2();
    const aws = new CannedAws({
      sts,
      elbv2: {
        ...canned,
        DescribeListeners: (input: { LoadBalancerArn: string }, call) => {
          if (input.LoadBalancerArn === lbArn('api', 'net'))
            throw awsError('AccessDenied', 'not authorized: elasticloadbalancing:DescribeListeners');
          return canned['DescribeListeners']!(input, call);
        },
        DescribeListenerCertificates: (input: { ListenerArn: string }, call) => {
          if (input.ListenerArn === listenerArn('shop', 443)) throw awsError('AccessDenied', 'not authorized');
          return canned['DescribeListenerCertificates']!(input, call);
        },
      },
    });
    const { graph, snapshot } = await scan(aws);
    expect(
      snapshot.gaps
        .filter((g) => g.code === 'AccessDenied')
        .map((g) => [g.operation, g.resource])
        .sort(),
    ).toEqual([
      ['DescribeListenerCertificates', listenerArn('shop', 443)],
      ['DescribeListeners', lbArn('api', 'net')],
    ]);
    // The load balancer is kept, without a listener count; it has no listener nodes.
    expect((graph.node(lbArn('api', 'net'))!.attributes as Elbv2LoadBalancerAttributes).listenerCount).toBeUndefined();
    expect(graph.nodesOfType('elbv2.listener').filter((l) => l.id.includes('/net/'))).toEqual([]);
    // The default certificate from DescribeListeners is still known, and linked; the full list is not.
    const shop443 = graph.node(listenerArn('shop', 443))!.attributes as Elbv2ListenerAttributes;
    expect(shop443.defaultCertificateArn).toBe(cert(1));
    expect(shop443.certificateArns).toBeUndefined();
    expect(graph.targets(listenerArn('shop', 443), 'uses-certificate').map((n) => n.id)).toEqual([cert(1)]);
  });

  it('takes the action that answers the request as the one that counts (authentication comes first)', () => {
    expect(redirectsToHttps(undefined)).toBeUndefined();
    expect(redirectsToHttps([])).toBe(false);
    expect(redirectsToHttps([{ type: 'redirect', redirectProtocol: 'https' }])).toBe(true);
    expect(redirectsToHttps([{ type: 'redirect', redirectProtocol: '#{protocol}' }])).toBe(false);
    expect(
      redirectsToHttps([
        { type: 'redirect', order: 2, redirectProtocol: 'HTTPS' },
        { type: 'authenticate-oidc', order: 1 },
      ]),
    ).toBe(true);
    expect(
      redirectsToHttps([
        { type: 'redirect', order: 1, redirectProtocol: 'HTTPS' },
        { type: 'forward', order: 2 },
      ]),
    ).toBe(false);
  });
});
