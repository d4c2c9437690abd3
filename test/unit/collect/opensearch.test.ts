/**
 * The OpenSearch Service collector on canned AWS answers, for what the emulator does not
 * show: `DescribeDomains` five names at a time (AWS refuses a sixth; the emulator takes any
 * number), the AWS form of a domain encrypted with the default key (AWS names the `aws/es`
 * key), a VPC domain, a custom endpoint with its ACM certificate, a batch whose description
 * is refused (one gap per domain it hid, the domains kept with their settings unknown and
 * their rules `unknown`), and a refused listing.
 */
import type { DomainStatus } from '@aws-sdk/client-opensearch';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluateSnapshot, prepareRules } from '../../../src/engine/index.ts';
import { takeSnapshot } from '../../../src/scan.ts';
import { mapDomain, minTlsVersionOfPolicy } from '../../../src/services/opensearch/map.ts';
import type { OpenSearchDomainAttributes } from '../../../src/services/opensearch/types.ts';
import { CannedAws, awsError, type CannedAnswers } from '../../support/canned-aws.ts';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const scope = { partition: 'aws', account: ACCOUNT, region: REGION };
const AWS_ES_KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/0e5e0000-0000-0000-0000-0000000000a5`;
const KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/0e5e0000-0000-0000-0000-000000000001`;
const CERT = `arn:aws:acm:${REGION}:${ACCOUNT}:certificate/0e5e0000-0000-0000-0000-0000000000c1`;
const arn = (name: string) => `arn:aws:es:${REGION}:${ACCOUNT}:domain/${name}`;
const name = (i: number) => `d-${String(i).padStart(2, '0')}`;
const sts: CannedAnswers['sts'] = {
  GetCallerIdentity: () => ({ Account: ACCOUNT, Arn: `arn:aws:iam::${ACCOUNT}:user/auditor`, UserId: 'AIDA' }),
};

/** Domain i as AWS describes it: the default key named by its ARN (even i) or a customer managed key (odd i). */
function statusOf(domainName: string): DomainStatus {
  const i = Number(/(\d+)$/.exec(domainName)?.[1] ?? 0);
  return {
    DomainId: `${ACCOUNT}/${domainName}`,
    DomainName: domainName,
    ARN: arn(domainName),
    Deleted: false,
    Endpoint: `search-${domainName}-x1.${REGION}.es.amazonaws.com`,
    EngineVersion: 'OpenSearch_2.13',
    ClusterConfig: {},
    EncryptionAtRestOptions: { Enabled: true, KmsKeyId: i % 2 === 0 ? AWS_ES_KEY : KEY },
    NodeToNodeEncryptionOptions: { Enabled: true },
    DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07', CustomEndpointEnabled: false },
  };
}

function answers(names: readonly string[]): NonNullable<CannedAnswers['es']> {
  return {
    ListDomainNames: () => ({ DomainNames: names.map((n) => ({ DomainName: n, EngineType: 'OpenSearch' })) }),
    DescribeDomains: (input: { DomainNames: string[] }) => {
      if (input.DomainNames.length > 5)
        throw awsError('ValidationException', 'Please provide a maximum of 5 domain names to describe.', 400);
      return { DomainStatusList: input.DomainNames.filter((n) => names.includes(n)).map(statusOf) };
    },
  };
}

async function scan(aws: CannedAws) {
  vi.stubEnv('AWS_ACCESS_KEY_ID', 'canned');
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'canned');
  return takeSnapshot({ regions: [REGION], services: ['opensearch'], customizeClients: aws.customize, pacing: false });
}

afterEach(() => vi.unstubAllEnvs());

describe('OpenSearch Service collector (canned AWS answers)', () => {
  it('lists once and describes 12 domains five at a time, with the key AWS names for each', async () => {
    const names = Array.from({ length: 12 }, (_, i) => name(i));
    const aws = new CannedAws({ sts, es: answers(names) });
    const run = await scan(aws);

    expect(aws.callsOf('ListDomainNames').map((c) => c.input)).toEqual([{}]);
    expect(aws.callsOf('DescribeDomains').map((c) => c.input['DomainNames'])).toEqual([
      names.slice(0, 5),
      names.slice(5, 10),
      names.slice(10),
    ]);
    expect(run.graph.nodesOfType('opensearch.domain')).toHaveLength(12);
    const a = (n: string) => run.graph.node(arn(n))!.attributes as OpenSearchDomainAttributes;
    expect(a(name(0))).toEqual({
      domainName: name(0),
      domainId: `${ACCOUNT}/${name(0)}`,
      engineVersion: 'OpenSearch_2.13',
      encryptionMode: 'kms',
      encryptionAtRestEnabled: true,
      kmsKeyId: AWS_ES_KEY,
      nodeToNodeEncryptionEnabled: true,
      enforceHttps: true,
      customEndpointEnabled: false,
      customEndpointCertificateArn: null,
      vpc: false,
      deleted: false,
      internetFacing: true,
      protocol: 'HTTPS',
      port: 443,
      hostNames: [`search-${name(0)}-x1.${REGION}.es.amazonaws.com`],
      plaintextAccepted: false,
      tlsPolicy: 'Policy-Min-TLS-1-2-2019-07',
      minTlsVersion: 'TLSv1.2',
    });
    expect(run.graph.targets(arn(name(0)), 'encrypted-by').map((n) => n.id)).toEqual([AWS_ES_KEY]);
    expect(run.graph.targets(arn(name(1)), 'encrypted-by').map((n) => n.id)).toEqual([KEY]);
    expect(run.snapshot.gaps).toEqual([]);
  });

  it('records one gap per domain of a refused batch, keeps those domains with their settings unknown, and their rules unknown', async () => {
    const names = Array.from({ length: 7 }, (_, i) => name(i));
    const canned = answers(names);
    const aws = new CannedAws({
      sts,
      es: {
        ...canned,
        DescribeDomains: (input: { DomainNames: string[] }, call) => {
          if (input.DomainNames.includes(name(5))) throw awsError('AccessDeniedException', 'not authorized to perform: es:DescribeDomains');
          return canned['DescribeDomains']!(input, call);
        },
      },
    });
    const run = await scan(aws);

    expect(run.snapshot.gaps.map((g) => [g.service, g.operation, g.code, g.resource])).toEqual([
      ['opensearch', 'DescribeDomains', 'AccessDeniedException', arn(name(5))],
      ['opensearch', 'DescribeDomains', 'AccessDeniedException', arn(name(6))],
    ]);
    expect(run.graph.nodesOfType('opensearch.domain')).toHaveLength(7);
    expect(run.graph.node(arn(name(6)))!.attributes).toEqual({ domainName: name(6) });
    // Two calls: the first batch, and the refused one (AccessDenied is not retried).
    expect(aws.callsOf('DescribeDomains')).toHaveLength(2);

    const { results } = evaluateSnapshot(run, prepareRules());
    const status = (rule: string, n: string) => results.find((r) => r.ruleId === rule && r.resource.id === arn(n))?.status;
    const rules = ['CP-OS-001', 'CP-OS-002', 'CP-OS-003', 'CP-OS-004', 'CP-OS-005'];
    expect(rules.map((r) => status(r, name(6)))).toEqual(['unknown', 'unknown', 'unknown', 'unknown', 'unknown']);
    expect(rules.map((r) => status(r, name(1)))).toEqual(['pass', 'pass', 'pass', 'pass', 'unknown']);
  });

  it('keeps a listed domain the description left out (deleted since the listing) with its name only', async () => {
    const canned = answers([name(0), name(1)]);
    const aws = new CannedAws({
      sts,
      es: { ...canned, DescribeDomains: () => ({ DomainStatusList: [statusOf(name(0))] }) },
    });
    const run = await scan(aws);
    expect(run.graph.node(arn(name(1)))!.attributes).toEqual({ domainName: name(1) });
    expect(run.graph.node(arn(name(0)))!.attributes).toMatchObject({ encryptionAtRestEnabled: true });
  });

  it('records a refused listing as a gap of the region, with no domains and no descriptions', async () => {
    const aws = new CannedAws({
      sts,
      es: {
        ListDomainNames: () => {
          throw awsError('AccessDeniedException', 'not authorized to perform: es:ListDomainNames');
        },
      },
    });
    const run = await scan(aws);
    expect(run.graph.nodesOfType('opensearch.domain')).toEqual([]);
    expect(aws.callsOf('DescribeDomains')).toEqual([]);
    expect(run.snapshot.gaps.map((g) => [g.service, g.operation, g.code, g.resource])).toEqual([
      ['opensearch', 'ListDomainNames', 'AccessDeniedException', undefined],
    ]);
  });
});

describe('OpenSearch Service mapping', () => {
  it('reads the oldest TLS version from every documented policy name, and no other', () => {
    expect(minTlsVersionOfPolicy('Policy-Min-TLS-1-0-2019-07')).toBe('TLSv1');
    expect(minTlsVersionOfPolicy('Policy-Min-TLS-1-2-2019-07')).toBe('TLSv1.2');
    expect(minTlsVersionOfPolicy('Policy-Min-TLS-1-2-PFS-2023-10')).toBe('TLSv1.2');
    expect(minTlsVersionOfPolicy('Policy-Min-TLS-1-2-RFC9151-FIPS-2024-08')).toBe('TLSv1.2');
    expect(minTlsVersionOfPolicy('Policy-Custom')).toBeUndefined();
    expect(minTlsVersionOfPolicy(undefined)).toBeUndefined();
  });

  it('maps a VPC domain with a custom endpoint: not internet-facing, every host name, and the certificate it presents', () => {
    const { node, edges } = mapDomain(scope, {
      ...statusOf(name(1)),
      Endpoint: undefined,
      Endpoints: { vpc: `vpc-${name(1)}-x1.${REGION}.es.amazonaws.com` },
      VPCOptions: { VPCId: 'vpc-1', SubnetIds: ['subnet-1'] },
      DomainEndpointOptions: {
        EnforceHTTPS: true,
        TLSSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10',
        CustomEndpointEnabled: true,
        CustomEndpoint: 'search.example.com',
        CustomEndpointCertificateArn: CERT,
      },
    });
    expect(node.attributes).toMatchObject({
      vpc: true,
      internetFacing: false,
      hostNames: [`vpc-${name(1)}-x1.${REGION}.es.amazonaws.com`, 'search.example.com'],
      customEndpointEnabled: true,
      customEndpointCertificateArn: CERT,
    });
    expect(edges.map((e) => [e.kind, e.ref])).toEqual([
      ['encrypted-by', KEY],
      ['uses-certificate', CERT],
    ]);
  });

  it('leaves what the answer does not say absent, and records the default key when encryption names none', () => {
    const { node, edges } = mapDomain(scope, {
      ...statusOf(name(0)),
      EncryptionAtRestOptions: { Enabled: true },
      NodeToNodeEncryptionOptions: undefined,
      DomainEndpointOptions: undefined,
    });
    expect(node.attributes.kmsKeyId).toBe(`arn:aws:kms:${REGION}:${ACCOUNT}:alias/aws/es`);
    for (const absent of [
      'nodeToNodeEncryptionEnabled',
      'enforceHttps',
      'plaintextAccepted',
      'tlsPolicy',
      'minTlsVersion',
      'customEndpointEnabled',
    ])
      expect(node.attributes).not.toHaveProperty(absent);
    expect(edges.map((e) => e.ref)).toEqual([`arn:aws:kms:${REGION}:${ACCOUNT}:alias/aws/es`]);
  });
});
