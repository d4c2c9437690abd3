/**
 * The ACM collector against canned AWS answers (the real client stack), for what the
 * emulator does not model: ListCertificates' default filter (only RSA_1024 and RSA_2048 certificates, no ACME ones,
 * unless `Includes.keyTypes` and `CertificateKeyPairOrigins` ask for more; moto applies no
 * default filter), renewal summaries, email validation, certificates in use, and a denied
 * DescribeCertificate.
 */
import {
  ListCertificatesCommand,
  type CertificateDetail,
  type CertificateSummary,
  type ListCertificatesRequest,
  type ListCertificatesResponse,
  ACMClient,
} from '@aws-sdk/client-acm';
import { describe, expect, it } from 'vitest';
import { acmCollector } from '../../../src/services/acm/collector.ts';
import { collectAll } from '../../../src/collect/index.ts';
import type { AcmCertificateAttributes } from '../../../src/services/acm/types.ts';
import { buildGraph } from '../../../src/graph/build.ts';
import { awsError, CannedAws, type CannedAnswer } from '../../support/canned-aws.ts';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const arn = (id: string) => `arn:aws:acm:${REGION}:${ACCOUNT}:certificate/${id}`;

/** The acceptance list: every key type must be collected. */
const KEY_TYPES = ['RSA_2048', 'RSA_3072', 'RSA_4096', 'EC_prime256v1', 'EC_secp384r1'] as const;

function summary(id: string, keyAlgorithm: string, extra: Partial<CertificateSummary> = {}): CertificateSummary {
  return {
    CertificateArn: arn(id),
    DomainName: `${id}.example.com`,
    SubjectAlternativeNameSummaries: [`${id}.example.com`],
    HasAdditionalSubjectAlternativeNames: false,
    Status: 'ISSUED',
    Type: 'AMAZON_ISSUED',
    KeyAlgorithm: keyAlgorithm as CertificateSummary['KeyAlgorithm'],
    InUse: false,
    RenewalEligibility: 'ELIGIBLE',
    NotBefore: new Date('2026-01-01T00:00:00Z'),
    NotAfter: new Date('2027-01-31T23:59:59Z'),
    CertificateKeyPairOrigin: 'AWS_MANAGED',
    ...extra,
  };
}

/** One certificate of every key type, one RSA_1024, and an RSA_2048 one whose key pair origin is ACME. */
const ACCOUNT_CERTIFICATES: CertificateSummary[] = [
  ...KEY_TYPES.map((k) => summary(k.toLowerCase().replace('_', '-'), k)),
  summary('rsa-1024', 'RSA_1024', { Type: 'IMPORTED', RenewalEligibility: 'INELIGIBLE', CertificateKeyPairOrigin: 'CUSTOMER_PROVIDED' }),
  summary('ec-secp521r1', 'EC_secp521r1', {
    Type: 'IMPORTED',
    RenewalEligibility: 'INELIGIBLE',
    CertificateKeyPairOrigin: 'CUSTOMER_PROVIDED',
  }),
  summary('acme', 'RSA_2048', { CertificateKeyPairOrigin: 'ACME' }),
];

/**
 * ListCertificates as AWS answers it: without `Includes.keyTypes` only RSA_1024 and RSA_2048
 * certificates (ACM API Reference, `Filters.keyTypes`), without `CertificateKeyPairOrigins`
 * no ACME certificates (`ListCertificates`), and pages of at most `MaxItems` (here also at
 * most 3, as AWS may return fewer items than asked) chained by `NextToken`.
 */
function listLikeAws(certificates: CertificateSummary[]) {
  return (input: ListCertificatesRequest): ListCertificatesResponse => {
    const keyTypes: string[] = input.Includes?.keyTypes ?? ['RSA_1024', 'RSA_2048'];
    const origins: string[] = input.CertificateKeyPairOrigins ?? ['AWS_MANAGED', 'CUSTOMER_PROVIDED'];
    const matching = certificates.filter(
      (c) => keyTypes.includes(c.KeyAlgorithm ?? '') && origins.includes(c.CertificateKeyPairOrigin ?? 'AWS_MANAGED'),
    );
    const start = Number(input.NextToken ?? '0');
    const end = start + Math.min(input.MaxItems ?? 1000, 3);
    return { CertificateSummaryList: matching.slice(start, end), ...(end < matching.length ? { NextToken: String(end) } : {}) };
  };
}

function detailOf(s: CertificateSummary, extra: Partial<CertificateDetail> = {}): CertificateDetail {
  return {
    CertificateArn: s.CertificateArn,
    DomainName: s.DomainName,
    SubjectAlternativeNames: s.SubjectAlternativeNameSummaries,
    Status: s.Status,
    Type: s.Type,
    KeyAlgorithm: s.KeyAlgorithm,
    SignatureAlgorithm: s.KeyAlgorithm?.startsWith('EC') ? 'SHA256WITHECDSA' : 'SHA256WITHRSA',
    NotBefore: s.NotBefore,
    NotAfter: s.NotAfter,
    InUseBy: [],
    RenewalEligibility: s.RenewalEligibility,
    Options: { CertificateTransparencyLoggingPreference: 'ENABLED' },
    ...(s.Type === 'AMAZON_ISSUED'
      ? { DomainValidationOptions: [{ DomainName: s.DomainName ?? '', ValidationMethod: 'DNS', ValidationStatus: 'SUCCESS' }] }
      : {}),
    ...extra,
  };
}

function describeFrom(certificates: CertificateSummary[], details: Record<string, Partial<CertificateDetail>> = {}): CannedAnswer {
  return (input: { CertificateArn?: string }) => {
    const s = certificates.find((c) => c.CertificateArn === input.CertificateArn);
    if (!s) throw new Error(`unexpected DescribeCertificate ${input.CertificateArn}`);
    return { Certificate: detailOf(s, details[s.CertificateArn ?? ''] ?? {}) };
  };
}

/** ACM answered by `answers`: ListCertificates and DescribeCertificate. */
function cannedAcm(answers: { ListCertificates: CannedAnswer; DescribeCertificate?: CannedAnswer }): CannedAws {
  return new CannedAws({ acm: answers });
}

async function collect(aws: CannedAws) {
  const outcome = await collectAll({
    accounts: [ACCOUNT],
    regions: [REGION],
    services: ['acm'],
    partition: 'aws',
    clients: aws.clients(),
    collectors: { acm: acmCollector },
  });
  return buildGraph(outcome.data);
}

const attributesOf = (graph: Awaited<ReturnType<typeof collect>>, id: string) =>
  graph.node(arn(id))?.attributes as AcmCertificateAttributes;

describe('ACM collector (canned AWS answers)', () => {
  it('collects certificates of every key type and key pair origin, which the default ListCertificates filter hides', async () => {
    const aws = cannedAcm({ ListCertificates: listLikeAws(ACCOUNT_CERTIFICATES), DescribeCertificate: describeFrom(ACCOUNT_CERTIFICATES) });

    const graph = await collect(aws);
    const collected = graph.nodesOfType('acm.certificate');
    expect(collected.map((n) => n.id).sort()).toEqual(ACCOUNT_CERTIFICATES.map((c) => c.CertificateArn).sort());
    expect(collected.map((n) => (n.attributes as AcmCertificateAttributes).keyAlgorithm).sort()).toEqual(
      [...KEY_TYPES, 'RSA_1024', 'EC_secp521r1', 'RSA_2048'].sort(),
    );
    for (const keyType of KEY_TYPES) {
      expect(collected.some((n) => (n.attributes as AcmCertificateAttributes).keyAlgorithm === keyType)).toBe(true);
    }
    expect(attributesOf(graph, 'acme').keyPairOrigin).toBe('ACME');
    expect(graph.gaps).toEqual([]);

    // Every page asked for every key type and origin, at the maximum page size, following NextToken.
    const listCalls = aws.callsOf('ListCertificates').map((c) => c.input as ListCertificatesRequest);
    expect(listCalls).toHaveLength(3); // 8 certificates, pages of 3
    for (const input of listCalls) {
      expect(input.MaxItems).toBe(1000);
      expect([...(input.Includes?.keyTypes ?? [])].sort()).toEqual(
        ['EC_prime256v1', 'EC_secp384r1', 'EC_secp521r1', 'RSA_1024', 'RSA_2048', 'RSA_3072', 'RSA_4096'].sort(),
      );
      expect([...(input.CertificateKeyPairOrigins ?? [])].sort()).toEqual(['ACME', 'AWS_MANAGED', 'CUSTOMER_PROVIDED']);
    }
    expect(aws.callsOf('DescribeCertificate')).toHaveLength(ACCOUNT_CERTIFICATES.length);

    // The canned answer is AWS's default filter: a collector that omitted the filters would
    // have seen only the RSA_1024 and RSA_2048 certificates that are not ACME ones.
    const client = aws.clients().get('acm', ACMClient, ACCOUNT, REGION);
    const unfiltered = await client.send(new ListCertificatesCommand({ MaxItems: 1000 }));
    expect(unfiltered.CertificateSummaryList?.map((c) => c.KeyAlgorithm).sort()).toEqual(['RSA_1024', 'RSA_2048']);
    const withoutOrigins = await client.send(new ListCertificatesCommand({ Includes: { keyTypes: ['RSA_2048'] }, MaxItems: 1000 }));
    expect(withoutOrigins.CertificateSummaryList?.map((c) => c.CertificateArn)).toEqual([arn('rsa-2048')]);
  });

  it('maps renewal summaries, email validation, use and options', async () => {
    const certificates = [summary('shop', 'RSA_2048', { InUse: true }), summary('mail', 'EC_prime256v1')];
    const elb = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/app/shop/50dc6c495c0c9188`;
    const aws = cannedAcm({
      ListCertificates: listLikeAws(certificates),
      DescribeCertificate: describeFrom(certificates, {
        [arn('shop')]: {
          SubjectAlternativeNames: ['shop.example.com', 'www.shop.example.com'],
          InUseBy: [elb],
          RenewalSummary: {
            RenewalStatus: 'FAILED',
            RenewalStatusReason: 'DOMAIN_VALIDATION_DENIED',
            UpdatedAt: new Date('2026-12-20T10:00:00Z'),
            DomainValidationOptions: [
              { DomainName: 'www.shop.example.com', ValidationMethod: 'DNS', ValidationStatus: 'FAILED' },
              { DomainName: 'shop.example.com', ValidationMethod: 'DNS', ValidationStatus: 'SUCCESS' },
            ],
          },
          DomainValidationOptions: [
            { DomainName: 'www.shop.example.com', ValidationMethod: 'DNS', ValidationStatus: 'SUCCESS' },
            { DomainName: 'shop.example.com', ValidationMethod: 'DNS', ValidationStatus: 'SUCCESS' },
          ],
        },
        [arn('mail')]: {
          Status: 'PENDING_VALIDATION',
          DomainValidationOptions: [
            {
              DomainName: 'mail.example.com',
              ValidationMethod: 'EMAIL',
              ValidationStatus: 'PENDING_VALIDATION',
              ValidationDomain: 'example.com',
              ValidationEmails: ['webmaster@example.com', 'admin@example.com'],
            },
          ],
          RenewalEligibility: 'INELIGIBLE',
          FailureReason: 'CAA_ERROR',
          Options: { CertificateTransparencyLoggingPreference: 'DISABLED', Export: 'DISABLED' },
        },
      }),
    });

    const graph = await collect(aws);
    expect(attributesOf(graph, 'shop')).toMatchObject({
      inUse: true,
      inUseBy: [elb],
      renewalEligibility: 'ELIGIBLE',
      renewalStatus: 'FAILED',
      renewalStatusReason: 'DOMAIN_VALIDATION_DENIED',
      renewalUpdatedAt: '2026-12-20T10:00:00.000Z',
      renewalDomainValidations: [
        { domainName: 'shop.example.com', validationMethod: 'DNS', validationStatus: 'SUCCESS' },
        { domainName: 'www.shop.example.com', validationMethod: 'DNS', validationStatus: 'FAILED' },
      ],
      validationMethods: ['DNS'],
      subjectAlternativeNames: ['shop.example.com', 'www.shop.example.com'],
      signatureAlgorithm: 'SHA256WITHRSA',
      transparencyLogging: 'ENABLED',
      notAfter: '2027-01-31T23:59:59.000Z',
    });
    expect(attributesOf(graph, 'mail')).toMatchObject({
      status: 'PENDING_VALIDATION',
      keyAlgorithm: 'EC_prime256v1',
      validationMethods: ['EMAIL'],
      domainValidations: [
        {
          domainName: 'mail.example.com',
          validationMethod: 'EMAIL',
          validationStatus: 'PENDING_VALIDATION',
          validationDomain: 'example.com',
          validationEmails: ['admin@example.com', 'webmaster@example.com'],
        },
      ],
      renewalEligibility: 'INELIGIBLE',
      failureReason: 'CAA_ERROR',
      transparencyLogging: 'DISABLED',
      inUse: false,
      inUseBy: [],
    });
    // No renewal summary: read, and there is none.
    expect(attributesOf(graph, 'mail')).toMatchObject({ renewalStatus: null, renewalStatusReason: null, renewalUpdatedAt: null });
    expect(graph.node(arn('mail'))!.name).toBe('mail.example.com');
  });

  it('keeps a certificate whose DescribeCertificate is denied with its summary attributes and a gap naming it', async () => {
    const certificates = [
      summary('ok', 'RSA_2048'),
      summary('hidden', 'RSA_4096', {
        Type: 'IMPORTED',
        SubjectAlternativeNameSummaries: ['hidden.example.com'],
        HasAdditionalSubjectAlternativeNames: true,
      }),
    ];
    const describe = describeFrom(certificates);
    const aws = cannedAcm({
      ListCertificates: listLikeAws(certificates),
      DescribeCertificate: (input: { CertificateArn?: string }, call) => {
        if (input.CertificateArn === arn('hidden')) {
          throw awsError('AccessDeniedException', 'not authorized to perform acm:DescribeCertificate', 400);
        }
        return describe(input, call);
      },
    });

    const graph = await collect(aws);
    const hidden = attributesOf(graph, 'hidden');
    expect(hidden).toMatchObject({ keyAlgorithm: 'RSA_4096', type: 'IMPORTED', status: 'ISSUED', notAfter: '2027-01-31T23:59:59.000Z' });
    // Detail-only attributes stay unknown; a truncated SAN summary is not passed off as the list.
    for (const absent of ['validationMethods', 'signatureAlgorithm', 'inUseBy', 'transparencyLogging', 'subjectAlternativeNames']) {
      expect(hidden).not.toHaveProperty(absent);
    }
    expect(attributesOf(graph, 'ok').validationMethods).toEqual(['DNS']);
    expect(graph.gaps).toEqual([
      {
        account: ACCOUNT,
        region: REGION,
        service: 'acm',
        operation: 'DescribeCertificate',
        code: 'AccessDeniedException',
        message: 'not authorized to perform acm:DescribeCertificate',
        resource: arn('hidden'),
      },
    ]);
  });

  it('records a denied ListCertificates as a gap instead of reporting no certificates', async () => {
    const aws = cannedAcm({
      ListCertificates: () => {
        throw awsError('AccessDeniedException', 'denied', 400);
      },
      DescribeCertificate: describeFrom(ACCOUNT_CERTIFICATES),
    });
    const graph = await collect(aws);
    expect(graph.nodesOfType('acm.certificate')).toEqual([]);
    expect(graph.gaps).toMatchObject([{ service: 'acm', operation: 'ListCertificates', code: 'AccessDeniedException', region: REGION }]);
    expect(graph.gaps[0]).not.toHaveProperty('resource');
    expect(aws.callsOf('ListCertificates')).toHaveLength(1);
    expect(aws.callsOf('DescribeCertificate')).toEqual([]);
  });
});
