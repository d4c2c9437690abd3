/**
 * End to end: seed a misconfigured account and well-configured look-alikes into the
 * emulator, scan every service, evaluate the built-in pack, and assert
 *
 * - the exact set of (rule, resource) failures (`FAILURES`, plus `EMULATOR_FAILURES`:
 *   failures that only the emulator's missing data causes);
 * - that each look-alike passes the rule its misconfigured twin fails (`TWINS`);
 * - other outcomes the account is built to show (`OUTCOMES`: not applicable, unknown);
 * - for the cases the emulator cannot produce, the status its data honestly gives
 *   (`EMULATOR_LIMITS`, each with the reason); those cases are in `fixtures/rules/<id>/`;
 * - that every built-in rule is in `TWINS` or `EMULATOR_LIMITS`.
 *
 * Resources are named by their role: `bad-*` is misconfigured on purpose, `good-*` is a
 * look-alike configured well, and the few others (`imported-material`,
 * `pending-deletion-unused`) are a look-alike for one rule and a case of another. Nodes
 * that seeding does not name get these names:
 * `ebs-defaults@<region>`, `trails@<region>` (the CloudTrail coverage of a region),
 * `auto@<instance or cluster>` (the emulator's automated RDS snapshots).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { seedAccount, type AccountDefinition, type SeededAccount } from '../../../src/demo/seed/index.ts';
import { evaluateSnapshot, prepareRules, type RuleResult, type Status } from '../../../src/engine/index.ts';
import type { Graph } from '../../../src/graph/graph.ts';
import { SERVICES } from '../../../src/graph/types.ts';
import { takeSnapshot } from '../../../src/scan.ts';
import { denyInsecureTransport } from '../../support/bucket-policies.ts';
import { emulatorClients, emulatorEndpoint } from '../../support/emulator.ts';

const EU = 'eu-west-1';
const US = 'us-east-1';
const PARTNER = '444455556666';
/** An OpenSearch Service domain's protections in transit, all on. */
const MODERN_TLS = 'Policy-Min-TLS-1-2-PFS-2023-10';
const SECURE_DOMAIN = { nodeToNode: true, enforceHttps: true, tlsPolicy: MODERN_TLS };
/** Seconds an imported certificate is valid, so that it has expired when the scan runs. */
const SHORT_LIVED_SECONDS = 3;

const ROOT_STATEMENT = {
  Sid: 'Enable IAM User Permissions',
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::{{account}}:root' },
  Action: 'kms:*',
  Resource: '*',
};

function keyPolicy(...statements: object[]): object {
  return { Version: '2012-10-17', Statement: [ROOT_STATEMENT, ...statements] };
}

function bucketName(ref: string): string {
  return `${ref}-{{account}}`;
}

/** Denies requests without TLS (what CP-S3-009 looks for), plus `statements`. */
function bucketPolicy(ref: string, ...statements: object[]): object {
  return denyInsecureTransport(bucketName(ref), ...statements);
}

/** A bucket configured well: SSE-KMS with a customer managed key, Bucket Key, SSE-C blocked, TLS required. */
function goodBucket(ref: string, region: string, key: string) {
  return {
    name: bucketName(ref),
    region,
    encryption: { algorithm: 'aws:kms' as const, key, bucketKey: true, blockSseC: true },
    policy: bucketPolicy(ref),
  };
}

const definition: AccountDefinition = {
  kms: [
    // Keys that the well-configured resources use, one per region.
    { ref: 'good-rotation', region: EU, rotation: true },
    { ref: 'good-rotation-us', region: US, rotation: true },
    { ref: 'bad-no-rotation', region: EU },
    { ref: 'good-signing', region: US, keySpec: 'ECC_NIST_P256', keyUsage: 'SIGN_VERIFY' },
    { ref: 'imported-material', region: EU, origin: 'EXTERNAL' },
    { ref: 'bad-long-rotation', region: EU, rotation: { periodInDays: 730 } },
    {
      ref: 'bad-public-policy',
      region: US,
      rotation: true,
      policy: keyPolicy({ Sid: 'Everyone', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'kms:Decrypt', Resource: '*' }),
    },
    {
      ref: 'bad-partner-policy',
      region: US,
      rotation: true,
      policy: keyPolicy({
        Sid: 'Partner',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${PARTNER}:root` },
        Action: 'kms:Decrypt',
        Resource: '*',
      }),
    },
    {
      ref: 'bad-foreign-org-path',
      region: US,
      rotation: true,
      policy: keyPolicy({
        Sid: 'ForeignOrganizationUnit',
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: 'kms:Decrypt',
        Resource: '*',
        Condition: { 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': 'o-f0reign0rg1/r-ab12/ou-ab12-11111111/*' } },
      }),
    },
    {
      ref: 'good-own-organization',
      region: US,
      rotation: true,
      policy: keyPolicy({
        Sid: 'OwnOrganization',
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: 'kms:Decrypt',
        Resource: '*',
        Condition: { StringEquals: { 'aws:PrincipalOrgID': '${aws:ResourceOrgID}' } },
      }),
    },
    {
      ref: 'bad-external-grant',
      region: US,
      rotation: true,
      grants: [{ grantee: `arn:aws:iam::${PARTNER}:role/loader`, operations: ['Decrypt'] }],
    },
    {
      ref: 'good-internal-grant',
      region: US,
      rotation: true,
      grants: [{ grantee: 'arn:aws:iam::{{account}}:role/app', operations: ['Decrypt'] }],
    },
    { ref: 'bad-pending-deletion-in-use', region: EU, state: 'PendingDeletion' },
    { ref: 'pending-deletion-unused', region: EU, state: 'PendingDeletion' },
    { ref: 'bad-disabled-in-use', region: EU, rotation: true, state: 'Disabled' },
    { ref: 'good-disabled-unused', region: EU, rotation: true, state: 'Disabled' },
    {
      ref: 'bad-replica-policy',
      region: US,
      rotation: true,
      multiRegion: true,
      replicaRegions: [EU],
      replicaPolicy: keyPolicy({
        Sid: 'OnlyOnTheReplica',
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::{{account}}:role/replica-reader' },
        Action: 'kms:Decrypt',
        Resource: '*',
      }),
    },
    { ref: 'good-multi-region', region: US, rotation: true, multiRegion: true, replicaRegions: [EU] },
  ],
  s3: [
    goodBucket('good-cmk-bucket', EU, '@good-rotation'),
    { name: bucketName('bad-sse-s3'), region: EU, encryption: { algorithm: 'AES256' }, policy: bucketPolicy('bad-sse-s3') },
    { name: bucketName('bad-encryption-unset'), region: US, policy: bucketPolicy('bad-encryption-unset') },
    {
      name: bucketName('bad-aws-managed-key'),
      region: EU,
      encryption: { algorithm: 'aws:kms', bucketKey: true, blockSseC: true },
      policy: bucketPolicy('bad-aws-managed-key'),
    },
    {
      ...goodBucket('bad-no-bucket-key', EU, '@good-rotation'),
      encryption: { algorithm: 'aws:kms', key: '@good-rotation', bucketKey: false, blockSseC: true },
    },
    goodBucket('bad-key-disabled', EU, '@bad-disabled-in-use'),
    goodBucket('bad-key-pending-deletion', EU, '@bad-pending-deletion-in-use'),
    goodBucket('bad-key-missing', EU, 'arn:aws:kms:eu-west-1:{{account}}:key/00000000-0000-4000-8000-000000000000'),
    {
      ...goodBucket('good-replicated', EU, '@good-rotation'),
      versioning: 'Enabled',
      replication: {
        rules: [
          {
            id: 'to-us',
            destination: bucketName('good-replica-destination'),
            replicaKey: '@good-multi-region',
            sseKmsEncryptedObjects: true,
          },
        ],
      },
    },
    {
      ...goodBucket('bad-replica-key-region', EU, '@good-rotation'),
      versioning: 'Enabled',
      replication: {
        rules: [
          { id: 'eu-key', destination: bucketName('good-replica-destination'), replicaKey: '@good-rotation', sseKmsEncryptedObjects: true },
        ],
      },
    },
    {
      ...goodBucket('bad-replication-no-replica-key', EU, '@good-rotation'),
      versioning: 'Enabled',
      replication: { rules: [{ id: 'no-key', destination: bucketName('good-replica-destination'), sseKmsEncryptedObjects: true }] },
    },
    { ...goodBucket('good-replica-destination', US, '@good-rotation-us'), versioning: 'Enabled' },
    { ...goodBucket('bad-no-tls-policy', EU, '@good-rotation'), policy: undefined },
    {
      ...goodBucket('bad-public-bucket', EU, '@good-rotation'),
      policy: bucketPolicy('bad-public-bucket', {
        Sid: 'PublicRead',
        Effect: 'Allow',
        Principal: '*',
        Action: 's3:GetObject',
        Resource: `arn:aws:s3:::${bucketName('bad-public-bucket')}/*`,
      }),
    },
    goodBucket('good-logs-eu', EU, '@good-rotation'),
    goodBucket('good-logs-us', US, '@good-rotation-us'),
  ],
  acm: [
    { ref: 'good-imported-certificate', region: EU, domain: 'good.example.com', source: 'imported', daysValid: 300 },
    { ref: 'bad-expiring-imported', region: EU, domain: 'expiring.example.com', source: 'imported', daysValid: 5 },
    {
      ref: 'bad-expired-imported',
      region: EU,
      domain: 'expired.example.com',
      source: 'imported',
      daysValid: SHORT_LIVED_SECONDS / 86_400,
    },
    { ref: 'bad-weak-key', region: EU, domain: 'weak.example.com', source: 'imported', keyAlgorithm: 'RSA_1024', daysValid: 300 },
    { ref: 'good-requested', region: US, domain: 'shop.example.com', source: 'requested' },
    { ref: 'bad-email-validated', region: US, domain: 'mail.example.com', source: 'requested', validationMethod: 'EMAIL' },
    { ref: 'bad-no-ct-logging', region: US, domain: 'quiet.example.com', source: 'requested', transparencyLogging: false },
  ],
  cloudtrail: [
    // eu-west-1: a logging trail records KMS management events. us-east-1: none does.
    { name: 'good-trail-kms', region: EU, bucket: bucketName('good-logs-eu'), kmsKey: '@good-rotation' },
    {
      name: 'good-trail-advanced',
      region: EU,
      bucket: bucketName('good-logs-eu'),
      kmsKey: '@good-rotation',
      advancedEventSelectors: [{ name: 'management', fieldSelectors: [{ field: 'eventCategory', equals: ['Management'] }] }],
    },
    { name: 'bad-trail-no-kms', region: EU, bucket: bucketName('good-logs-eu') },
    { name: 'bad-trail-disabled-key', region: EU, bucket: bucketName('good-logs-eu'), kmsKey: '@bad-disabled-in-use' },
    {
      name: 'bad-trail-excludes-kms',
      region: US,
      bucket: bucketName('good-logs-us'),
      kmsKey: '@good-rotation-us',
      eventSelectors: [{ includeManagementEvents: true, excludeManagementEventSources: ['kms.amazonaws.com'] }],
    },
    { name: 'good-trail-stopped', region: US, bucket: bucketName('good-logs-us'), kmsKey: '@good-rotation-us', logging: false },
  ],
  ebs: {
    defaults: [
      { region: EU, encryptionByDefault: true, defaultKey: '@good-rotation' },
      { region: US, encryptionByDefault: false },
    ],
    volumes: [
      { ref: 'good-encrypted-volume', region: EU, kmsKey: '@good-rotation' },
      { ref: 'bad-unencrypted-volume', region: US },
      { ref: 'bad-volume-disabled-key', region: EU, kmsKey: '@bad-disabled-in-use' },
    ],
    snapshots: [
      { ref: 'good-shared-snapshot', volume: 'good-encrypted-volume', sharedWith: [PARTNER] },
      { ref: 'bad-unencrypted-snapshot', volume: 'bad-unencrypted-volume' },
      { ref: 'bad-public-snapshot', volume: 'bad-unencrypted-volume', public: true },
    ],
  },
  logs: [
    { name: 'good-logs-cmk', region: EU, kmsKey: '@good-rotation' },
    { name: 'bad-logs-no-key', region: US },
    { name: 'bad-logs-disabled-key', region: EU, kmsKey: '@bad-disabled-in-use' },
  ],
  ami: [
    { region: EU, name: 'bad-public-image', public: true },
    { region: US, name: 'good-private-image', sharedWith: [PARTNER] },
  ],
  cloudfront: [
    {
      ref: 'good-cf',
      aliases: ['good-cf.example.com'],
      origins: [{ id: 'web', domainName: 'web.example.com', protocolPolicy: 'https-only' }],
      viewerProtocolPolicy: 'redirect-to-https',
      certificate: 'good-imported-certificate',
      minimumProtocolVersion: 'TLSv1.2_2021',
    },
    {
      ref: 'bad-cf-http',
      aliases: ['bad-cf-http.example.com'],
      origins: [{ id: 'web', domainName: 'web.example.com', protocolPolicy: 'https-only' }],
      viewerProtocolPolicy: 'allow-all',
    },
    {
      ref: 'bad-cf-legacy',
      aliases: ['bad-cf-legacy.example.com'],
      origins: [
        { id: 'plain', domainName: 'plain.example.com', protocolPolicy: 'http-only' },
        { id: 'weak', domainName: 'weak.example.com', protocolPolicy: 'https-only', sslProtocols: ['SSLv3', 'TLSv1.2'] },
      ],
      viewerProtocolPolicy: 'redirect-to-https',
      behaviors: [{ pathPattern: '/legacy/*', origin: 'weak', viewerProtocolPolicy: 'https-only' }],
      certificate: 'good-imported-certificate',
      minimumProtocolVersion: 'TLSv1',
    },
  ],
  apigateway: [
    { name: 'good-api.example.com', region: EU, certificate: 'good-imported-certificate', securityPolicy: 'TLS_1_2' },
    { name: 'bad-api.example.com', region: EU, api: 'v2', certificate: 'good-imported-certificate', securityPolicy: 'TLS_1_0' },
  ],
  ecr: [
    { name: 'good-ecr-cmk', region: EU, kmsKey: '@good-rotation' },
    { name: 'bad-ecr-aes256', region: US },
    { name: 'bad-ecr-disabled-key', region: EU, kmsKey: '@bad-disabled-in-use' },
  ],
  rds: {
    parameterGroups: [
      { name: 'tls-required', region: EU, family: 'postgres16', parameters: { 'rds.force_ssl': '1' } },
      { name: 'tls-optional', region: EU, family: 'postgres16', parameters: { 'rds.force_ssl': '0' } },
    ],
    clusterParameterGroups: [EU, US].map((region) => ({
      name: 'cluster-tls-required',
      region,
      family: 'aurora-postgresql16',
      parameters: { 'rds.force_ssl': '1' },
    })),
    clusters: [
      { id: 'good-cmk-cluster', region: EU, kmsKey: '@good-rotation', parameterGroup: 'cluster-tls-required' },
      { id: 'bad-unencrypted-cluster', region: US, parameterGroup: 'cluster-tls-required' },
    ],
    // PostgreSQL 16 requires TLS by default (rds.force_ssl 1): only the group that turns it off fails CP-RDS-007.
    instances: [
      { id: 'good-cmk-db', region: EU, kmsKey: '@good-rotation', engineVersion: '16.3', parameterGroup: 'tls-required' },
      { id: 'bad-tls-optional-db', region: EU, kmsKey: '@good-rotation', engineVersion: '16.3', parameterGroup: 'tls-optional' },
      { id: 'bad-unencrypted-db', region: US, engineVersion: '16.3' },
      { id: 'bad-aws-managed-db', region: EU, storageEncrypted: true, engineVersion: '16.3' },
      { id: 'bad-db-disabled-key', region: EU, kmsKey: '@bad-disabled-in-use', engineVersion: '16.3' },
    ],
    snapshots: [
      { id: 'good-shared-db-snapshot', instance: 'good-cmk-db', sharedWith: [PARTNER] },
      { id: 'bad-public-db-snapshot', instance: 'bad-unencrypted-db', public: true },
    ],
  },
  dynamodb: [
    { name: 'good-cmk-table', region: EU, key: '@good-rotation' },
    { name: 'bad-owned-key-table', region: US },
    { name: 'bad-table-disabled-key', region: EU, key: '@bad-disabled-in-use' },
  ],
  efs: [
    { name: 'good-cmk-file-system', region: EU, kmsKey: '@good-rotation' },
    { name: 'bad-unencrypted-file-system', region: US },
    { name: 'bad-aws-managed-file-system', region: EU, encrypted: true },
    { name: 'bad-file-system-disabled-key', region: EU, kmsKey: '@bad-disabled-in-use' },
  ],
  secretsmanager: [
    { name: 'good-cmk-secret', region: EU, kmsKey: '@good-rotation', rotateAfterDays: 30 },
    { name: 'bad-aws-managed-secret', region: EU },
    { name: 'bad-secret-disabled-key', region: EU, kmsKey: '@bad-disabled-in-use', rotateAfterDays: 30 },
  ],
  ssm: [
    { name: 'good-cmk-parameter', region: EU, kmsKey: '@good-rotation' },
    { name: 'bad-aws-managed-parameter', region: EU },
    { name: 'bad-parameter-disabled-key', region: EU, kmsKey: '@bad-disabled-in-use' },
  ],
  sqs: {
    queues: [
      { name: 'good-cmk-queue', region: EU, kmsKey: '@good-rotation' },
      { name: 'bad-unencrypted-queue', region: US, sqsManagedSse: false },
      { name: 'bad-sse-sqs-queue', region: EU },
      { name: 'bad-queue-disabled-key', region: EU, kmsKey: '@bad-disabled-in-use' },
    ],
  },
  sns: {
    topics: [
      { name: 'good-cmk-topic', region: EU, kmsKey: '@good-rotation' },
      { name: 'bad-topic-no-key', region: US },
      { name: 'bad-topic-pending-deletion-key', region: EU, kmsKey: '@bad-pending-deletion-in-use' },
    ],
  },
  lambda: [
    { name: 'good-function-cmk', region: EU, kmsKey: '@good-rotation', environment: { STAGE: 'prod' } },
    { name: 'bad-function-default-key', region: US, environment: { STAGE: 'prod' } },
    { name: 'bad-function-disabled-key', region: EU, kmsKey: '@bad-disabled-in-use', environment: { STAGE: 'prod' } },
  ],
  backup: [
    { name: 'good-vault-cmk', region: EU, kmsKey: '@good-rotation' },
    { name: 'bad-vault-default-key', region: US },
    { name: 'bad-vault-disabled-key', region: EU, kmsKey: '@bad-disabled-in-use' },
  ],
  redshift: [
    { name: 'good-cmk-cluster', region: EU, kmsKey: '@good-rotation' },
    { name: 'bad-unencrypted-cluster', region: US },
    { name: 'bad-cluster-disabled-key', region: EU, kmsKey: '@bad-disabled-in-use' },
  ],
  elasticache: [
    { name: 'good-cmk-cache', region: EU, kmsKey: '@good-rotation', inTransit: true },
    { name: 'bad-plaintext-cache', region: US },
    { name: 'bad-cache-disabled-key', region: EU, kmsKey: '@bad-disabled-in-use', inTransit: true },
  ],
  elbv2: {
    loadBalancers: [
      {
        name: 'good-alb',
        region: EU,
        listeners: [
          { protocol: 'HTTP', port: 80, action: 'redirect-https' },
          { protocol: 'HTTPS', port: 443, sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06', certificate: '@good-imported-certificate' },
        ],
      },
      {
        name: 'bad-alb',
        region: EU,
        listeners: [
          { protocol: 'HTTP', port: 80, action: 'forward' },
          { protocol: 'HTTPS', port: 443, sslPolicy: 'ELBSecurityPolicy-2016-08', certificate: '@good-imported-certificate' },
        ],
      },
    ],
  },
  elb: [
    {
      name: 'good-clb',
      region: EU,
      listeners: [
        { protocol: 'HTTP', port: 80 },
        {
          protocol: 'HTTPS',
          port: 443,
          certificate: '@good-imported-certificate',
          policy: { reference: 'ELBSecurityPolicy-TLS-1-2-2017-01' },
        },
      ],
    },
    { name: 'bad-clb', region: EU, listeners: [{ protocol: 'HTTP', port: 80 }] },
    {
      name: 'bad-clb-tls',
      region: EU,
      listeners: [
        { protocol: 'HTTPS', port: 443, certificate: '@good-imported-certificate', policy: { reference: 'ELBSecurityPolicy-2016-08' } },
      ],
    },
  ],
  iam: [{ name: 'legacy-server-certificate', domain: 'legacy.example.com' }],
  kinesis: [
    { name: 'good-cmk-stream', region: EU, kmsKey: '@good-rotation' },
    { name: 'bad-unencrypted-stream', region: US },
    { name: 'bad-aws-managed-stream', region: EU, kmsKey: 'alias/aws/kinesis' },
    { name: 'bad-stream-disabled-key', region: EU, kmsKey: '@bad-disabled-in-use' },
  ],
  opensearch: [
    { name: 'good-cmk-domain', region: EU, kmsKey: '@good-rotation', ...SECURE_DOMAIN },
    { name: 'bad-unencrypted-domain', region: US, nodeToNode: true, enforceHttps: true, tlsPolicy: MODERN_TLS },
    { name: 'bad-no-ntn-domain', region: EU, kmsKey: '@good-rotation', enforceHttps: true, tlsPolicy: MODERN_TLS },
    { name: 'bad-http-domain', region: EU, kmsKey: '@good-rotation', nodeToNode: true, tlsPolicy: MODERN_TLS },
    { name: 'bad-old-tls-domain', region: EU, kmsKey: '@good-rotation', ...SECURE_DOMAIN, tlsPolicy: 'Policy-Min-TLS-1-0-2019-07' },
    { name: 'bad-domain-disabled-key', region: EU, kmsKey: '@bad-disabled-in-use', ...SECURE_DOMAIN },
  ],
};

/** [rule id, resource] of every failure the scan must report. */
const FAILURES: [string, string][] = [
  ['CP-ELBV2-001', 'bad-alb:80'],
  ['CP-ELBV2-002', 'bad-alb:443'],
  ['CP-CLB-001', 'bad-clb:80'],
  ['CP-CLB-002', 'bad-clb-tls:443'],
  ['CP-KMS-001', 'bad-no-rotation'],
  ['CP-KMS-003', 'bad-public-policy'],
  ['CP-KMS-004', 'bad-partner-policy'],
  ['CP-KMS-004', 'bad-foreign-org-path'],
  ['CP-KMS-005', 'bad-external-grant'],
  ['CP-KMS-006', 'bad-pending-deletion-in-use'],
  ['CP-KMS-008', 'bad-disabled-in-use'],
  ['CP-KMS-010', `bad-replica-policy@${EU}`],
  ['CP-S3-001', 'bad-sse-s3'],
  ['CP-S3-001', 'bad-encryption-unset'],
  ['CP-S3-002', 'bad-aws-managed-key'],
  ['CP-S3-003', 'bad-no-bucket-key'],
  ['CP-S3-004', 'bad-key-disabled'],
  ['CP-S3-004', 'bad-key-pending-deletion'],
  ['CP-S3-004', 'bad-key-missing'],
  ['CP-S3-008', 'bad-replica-key-region'],
  ['CP-S3-009', 'bad-no-tls-policy'],
  ['CP-S3-010', 'bad-public-bucket'],
  ['CP-ACM-001', 'bad-expiring-imported'],
  ['CP-ACM-002', 'bad-expired-imported'],
  ['CP-ACM-003', 'bad-expiring-imported'],
  ['CP-ACM-007', 'bad-weak-key'],
  ['CP-ACM-008', 'bad-no-ct-logging'],
  ['CP-CT-001', 'bad-trail-no-kms'],
  ['CP-CT-002', 'bad-trail-disabled-key'],
  ['CP-CT-003', 'bad-trail-excludes-kms'],
  ['CP-CT-004', `trails@${US}`],
  ['CP-EBS-001', `ebs-defaults@${US}`],
  ['CP-EBS-003', 'bad-unencrypted-volume'],
  ['CP-EBS-004', 'bad-unencrypted-snapshot'],
  ['CP-EBS-004', 'bad-public-snapshot'],
  ['CP-EBS-004', 'image@bad-public-image'],
  ['CP-AMI-001', 'bad-public-image'],
  ['CP-AMI-002', 'bad-public-image'],
  ['CP-EBS-005', 'bad-public-snapshot'],
  ['CP-EBS-006', 'bad-volume-disabled-key'],
  ['CP-RDS-001', 'bad-unencrypted-db'],
  ['CP-RDS-002', 'bad-unencrypted-cluster'],
  ['CP-RDS-003', 'bad-public-db-snapshot'],
  ['CP-RDS-003', 'auto@bad-unencrypted-db'],
  ['CP-RDS-003', 'auto@bad-unencrypted-cluster'],
  ['CP-RDS-004', 'bad-public-db-snapshot'],
  ['CP-RDS-005', 'bad-aws-managed-db'],
  ['CP-RDS-006', 'bad-db-disabled-key'],
  ['CP-RDS-006', 'auto@bad-db-disabled-key'],
  ['CP-RDS-007', 'bad-tls-optional-db'],
  ['CP-DDB-001', 'bad-owned-key-table'],
  ['CP-DDB-002', 'bad-table-disabled-key'],
  ['CP-EFS-001', 'bad-unencrypted-file-system'],
  ['CP-EFS-002', 'bad-aws-managed-file-system'],
  ['CP-EFS-003', 'bad-file-system-disabled-key'],
  ['CP-SM-001', 'bad-aws-managed-secret'],
  ['CP-SM-002', 'bad-aws-managed-secret'],
  ['CP-SM-004', 'bad-secret-disabled-key'],
  ['CP-SSM-001', 'bad-aws-managed-parameter'],
  ['CP-SSM-002', 'bad-parameter-disabled-key'],
  ['CP-LOGS-001', 'bad-logs-no-key'],
  ['CP-LOGS-002', 'bad-logs-disabled-key'],
  ['CP-CF-001', 'bad-cf-http'],
  ['CP-CF-002', 'bad-cf-legacy'],
  ['CP-CF-003', 'bad-cf-legacy'],
  ['CP-CF-004', 'bad-cf-legacy'],
  ['CP-APIGW-001', 'bad-api.example.com'],
  ['CP-ECR-001', 'bad-ecr-aes256'],
  ['CP-ECR-002', 'bad-ecr-disabled-key'],
  ['CP-SQS-001', 'bad-unencrypted-queue'],
  ['CP-SQS-002', 'bad-sse-sqs-queue'],
  ['CP-SQS-003', 'bad-queue-disabled-key'],
  ['CP-SNS-001', 'bad-topic-no-key'],
  ['CP-SNS-002', 'bad-topic-pending-deletion-key'],
  ['CP-LAMBDA-001', 'bad-function-disabled-key'],
  ['CP-LAMBDA-002', 'bad-function-default-key'],
  ['CP-BACKUP-001', 'bad-vault-disabled-key'],
  ['CP-BACKUP-002', 'bad-vault-default-key'],
  ['CP-RS-001', 'bad-unencrypted-cluster'],
  ['CP-RS-002', 'bad-unencrypted-cluster'],
  ['CP-RS-002', 'bad-cluster-disabled-key'],
  ['CP-RS-003', 'bad-cluster-disabled-key'],
  ['CP-ELC-001', 'bad-plaintext-cache'],
  ['CP-ELC-002', 'bad-plaintext-cache'],
  ['CP-ELC-003', 'bad-cache-disabled-key'],
  ['CP-KIN-001', 'bad-unencrypted-stream'],
  ['CP-KIN-002', 'bad-stream-disabled-key'],
  ['CP-KIN-003', 'bad-aws-managed-stream'],
  ['CP-OS-001', 'bad-unencrypted-domain'],
  ['CP-OS-002', 'bad-no-ntn-domain'],
  ['CP-OS-003', 'bad-http-domain'],
  ['CP-OS-004', 'bad-old-tls-domain'],
  ['CP-OS-005', 'bad-domain-disabled-key'],
];

/** [rule id, look-alike that passes it, misconfigured twin that fails it]. */
const TWINS: [string, string, string][] = [
  ['CP-ELBV2-001', 'good-alb:80', 'bad-alb:80'],
  ['CP-ELBV2-002', 'good-alb:443', 'bad-alb:443'],
  ['CP-CLB-001', 'good-clb:80', 'bad-clb:80'],
  ['CP-CLB-002', 'good-clb:443', 'bad-clb-tls:443'],
  ['CP-KMS-001', 'good-rotation', 'bad-no-rotation'],
  ['CP-KMS-003', 'good-own-organization', 'bad-public-policy'],
  ['CP-KMS-004', 'good-own-organization', 'bad-partner-policy'],
  ['CP-KMS-004', 'good-own-organization', 'bad-foreign-org-path'],
  ['CP-KMS-005', 'good-internal-grant', 'bad-external-grant'],
  ['CP-KMS-010', `good-multi-region@${EU}`, `bad-replica-policy@${EU}`],
  ['CP-S3-001', 'good-cmk-bucket', 'bad-sse-s3'],
  ['CP-S3-002', 'good-cmk-bucket', 'bad-aws-managed-key'],
  ['CP-S3-003', 'good-cmk-bucket', 'bad-no-bucket-key'],
  ['CP-S3-004', 'good-cmk-bucket', 'bad-key-disabled'],
  ['CP-S3-008', 'good-replicated', 'bad-replica-key-region'],
  ['CP-S3-009', 'good-cmk-bucket', 'bad-no-tls-policy'],
  ['CP-S3-010', 'good-cmk-bucket', 'bad-public-bucket'],
  ['CP-ACM-001', 'good-imported-certificate', 'bad-expiring-imported'],
  ['CP-ACM-002', 'good-imported-certificate', 'bad-expired-imported'],
  ['CP-ACM-003', 'good-imported-certificate', 'bad-expiring-imported'],
  ['CP-ACM-007', 'good-imported-certificate', 'bad-weak-key'],
  ['CP-ACM-008', 'good-requested', 'bad-no-ct-logging'],
  ['CP-CT-001', 'good-trail-kms', 'bad-trail-no-kms'],
  ['CP-CT-002', 'good-trail-kms', 'bad-trail-disabled-key'],
  ['CP-CT-003', 'good-trail-kms', 'bad-trail-excludes-kms'],
  ['CP-CT-003', 'good-trail-advanced', 'bad-trail-excludes-kms'],
  ['CP-CT-004', `trails@${EU}`, `trails@${US}`],
  ['CP-EBS-001', `ebs-defaults@${EU}`, `ebs-defaults@${US}`],
  ['CP-EBS-003', 'good-encrypted-volume', 'bad-unencrypted-volume'],
  ['CP-EBS-004', 'good-shared-snapshot', 'bad-unencrypted-snapshot'],
  ['CP-EBS-005', 'good-shared-snapshot', 'bad-public-snapshot'],
  ['CP-EBS-006', 'good-encrypted-volume', 'bad-volume-disabled-key'],
  ['CP-RDS-001', 'good-cmk-db', 'bad-unencrypted-db'],
  ['CP-RDS-002', 'good-cmk-cluster', 'bad-unencrypted-cluster'],
  ['CP-RDS-003', 'good-shared-db-snapshot', 'bad-public-db-snapshot'],
  ['CP-RDS-004', 'good-shared-db-snapshot', 'bad-public-db-snapshot'],
  ['CP-RDS-005', 'good-cmk-db', 'bad-aws-managed-db'],
  ['CP-RDS-006', 'good-cmk-db', 'bad-db-disabled-key'],
  ['CP-RDS-007', 'good-cmk-db', 'bad-tls-optional-db'],
  ['CP-DDB-001', 'good-cmk-table', 'bad-owned-key-table'],
  ['CP-DDB-002', 'good-cmk-table', 'bad-table-disabled-key'],
  ['CP-EFS-001', 'good-cmk-file-system', 'bad-unencrypted-file-system'],
  ['CP-EFS-002', 'good-cmk-file-system', 'bad-aws-managed-file-system'],
  ['CP-EFS-003', 'good-cmk-file-system', 'bad-file-system-disabled-key'],
  ['CP-SM-001', 'good-cmk-secret', 'bad-aws-managed-secret'],
  ['CP-SM-002', 'good-cmk-secret', 'bad-aws-managed-secret'],
  ['CP-SM-004', 'good-cmk-secret', 'bad-secret-disabled-key'],
  ['CP-SSM-001', 'good-cmk-parameter', 'bad-aws-managed-parameter'],
  ['CP-SSM-002', 'good-cmk-parameter', 'bad-parameter-disabled-key'],
  ['CP-LOGS-001', 'good-logs-cmk', 'bad-logs-no-key'],
  ['CP-LOGS-002', 'good-logs-cmk', 'bad-logs-disabled-key'],
  ['CP-CF-001', 'good-cf', 'bad-cf-http'],
  ['CP-CF-002', 'good-cf', 'bad-cf-legacy'],
  ['CP-CF-003', 'good-cf', 'bad-cf-legacy'],
  ['CP-CF-004', 'good-cf', 'bad-cf-legacy'],
  ['CP-APIGW-001', 'good-api.example.com', 'bad-api.example.com'],
  ['CP-ECR-001', 'good-ecr-cmk', 'bad-ecr-aes256'],
  ['CP-ECR-002', 'good-ecr-cmk', 'bad-ecr-disabled-key'],
  ['CP-SQS-001', 'good-cmk-queue', 'bad-unencrypted-queue'],
  ['CP-SQS-002', 'good-cmk-queue', 'bad-sse-sqs-queue'],
  ['CP-SQS-003', 'good-cmk-queue', 'bad-queue-disabled-key'],
  ['CP-SNS-001', 'good-cmk-topic', 'bad-topic-no-key'],
  ['CP-SNS-002', 'good-cmk-topic', 'bad-topic-pending-deletion-key'],
  ['CP-LAMBDA-001', 'good-function-cmk', 'bad-function-disabled-key'],
  ['CP-LAMBDA-002', 'good-function-cmk', 'bad-function-default-key'],
  ['CP-BACKUP-001', 'good-vault-cmk', 'bad-vault-disabled-key'],
  ['CP-BACKUP-002', 'good-vault-cmk', 'bad-vault-default-key'],
  ['CP-AMI-002', 'good-private-image', 'bad-public-image'],
  ['CP-RS-001', 'good-cmk-cluster', 'bad-unencrypted-cluster'],
  ['CP-RS-003', 'good-cmk-cluster', 'bad-cluster-disabled-key'],
  ['CP-ELC-001', 'good-cmk-cache', 'bad-plaintext-cache'],
  ['CP-ELC-002', 'good-cmk-cache', 'bad-plaintext-cache'],
  ['CP-KIN-001', 'good-cmk-stream', 'bad-unencrypted-stream'],
  ['CP-KIN-002', 'good-cmk-stream', 'bad-stream-disabled-key'],
  ['CP-KIN-003', 'good-cmk-stream', 'bad-aws-managed-stream'],
  ['CP-OS-001', 'good-cmk-domain', 'bad-unencrypted-domain'],
  ['CP-OS-002', 'good-cmk-domain', 'bad-no-ntn-domain'],
  ['CP-OS-003', 'good-cmk-domain', 'bad-http-domain'],
  ['CP-OS-004', 'good-cmk-domain', 'bad-old-tls-domain'],
  ['CP-OS-005', 'good-cmk-domain', 'bad-domain-disabled-key'],
];

/** Outcomes other than a twin's pass and fail that the account is built to show. */
const OUTCOMES: { rule: string; resource: string; status: Status; why: string }[] = [
  { rule: 'CP-KMS-001', resource: 'good-signing', status: 'not_applicable', why: 'asymmetric keys cannot rotate automatically' },
  { rule: 'CP-KMS-001', resource: 'imported-material', status: 'not_applicable', why: 'keys with imported material cannot rotate' },
  {
    rule: 'CP-KMS-002',
    resource: 'good-signing',
    status: 'not_applicable',
    why: 'rotation status is not read for keys that cannot rotate',
  },
  { rule: 'CP-KMS-007', resource: 'bad-pending-deletion-in-use', status: 'pass', why: 'a resource uses it (CP-KMS-006 reports it)' },
  { rule: 'CP-KMS-010', resource: 'good-rotation', status: 'not_applicable', why: 'a single-Region key' },
  {
    rule: 'CP-S3-002',
    resource: 'bad-key-missing',
    status: 'unknown',
    why: 'a key that does not exist has no manager: whether it is the AWS managed key cannot be known',
  },
  {
    rule: 'CP-CT-003',
    resource: 'good-trail-stopped',
    status: 'pass',
    why: 'it records KMS events, but is not logging (CP-CT-004 fails us-east-1)',
  },
];

/** What the emulator's data gives for the cases it cannot produce, and why; their fixtures are in fixtures/rules/<id>/. */
const EMULATOR_LIMITS: { rule: string; resource: string; status: Status; why: string }[] = [
  {
    rule: 'CP-RDS-008',
    resource: 'good-cmk-db',
    status: 'unknown',
    why: 'DescribeCertificates is not implemented and CertificateDetails is not returned: the CA certificate validity is not read',
  },
  { rule: 'CP-KMS-002', resource: 'bad-long-rotation', status: 'unknown', why: 'GetKeyRotationStatus returns no RotationPeriodInDays' },
  ...(['CP-KMS-006', 'CP-KMS-007'] as const).map((rule) => ({
    rule,
    resource: 'pending-deletion-unused',
    status: 'unknown' as const,
    why: "GetEbsDefaultKmsKeyId is not implemented: whether the key is the region's EBS default key is not known",
  })),
  {
    rule: 'CP-KMS-008',
    resource: 'good-disabled-unused',
    status: 'unknown',
    why: "GetEbsDefaultKmsKeyId is not implemented: whether the key is the region's EBS default key is not known",
  },
  {
    rule: 'CP-KMS-009',
    resource: 'imported-material',
    status: 'unknown',
    why: 'a key with origin EXTERNAL is Enabled at once, with no ExpirationModel or ValidTo (no PendingImport, no imported material)',
  },
  ...['good-replicated', 'bad-replica-key-region', 'bad-replication-no-replica-key'].flatMap((resource) => [
    {
      rule: 'CP-S3-005',
      resource,
      status: 'fail' as const,
      why: 'GetBucketEncryption leaves out BlockedEncryptionTypes, so SSE-C uploads look allowed',
    },
    {
      rule: 'CP-S3-006',
      resource,
      status: 'fail' as const,
      why: 'GetBucketReplication leaves out SourceSelectionCriteria, so no rule replicates SSE-KMS objects',
    },
  ]),
  {
    rule: 'CP-S3-007',
    resource: 'bad-replication-no-replica-key',
    status: 'pass',
    why: 'GetBucketReplication leaves out SourceSelectionCriteria: no rule replicates SSE-KMS objects, so none needs a replica key',
  },
  { rule: 'CP-EBS-002', resource: `ebs-defaults@${EU}`, status: 'unknown', why: 'GetEbsDefaultKmsKeyId is not implemented' },
  {
    rule: 'CP-ACM-004',
    resource: 'bad-email-validated',
    status: 'pass',
    why: 'RequestCertificate ignores ValidationMethod: every requested certificate is DNS-validated',
  },
  {
    rule: 'CP-ACM-005',
    resource: 'good-requested',
    status: 'pass',
    why: 'requested certificates are issued at once: never FAILED, timed out or pending, and no renewal summary',
  },
  { rule: 'CP-ACM-006', resource: 'good-requested', status: 'not_applicable', why: 'no resource can use a certificate (InUseBy is empty)' },
  {
    rule: 'CP-IAM-001',
    resource: 'legacy-server-certificate',
    status: 'fail',
    why: 'the emulator reports every server certificate as expired in 2012, whatever was uploaded (a valid one is tested on canned answers)',
  },
  ...['bad-expiring-imported', 'bad-weak-key', 'good-requested', 'bad-email-validated', 'bad-no-ct-logging'].map((resource) => ({
    rule: 'CP-ACM-009',
    resource,
    status: 'fail' as const,
    why: "no endpoint of this account presents it (the distributions and the custom domains present good-imported-certificate, which the emulator's InUseBy does not list)",
  })),
  ...['ebs-defaults@' + EU, 'ebs-defaults@' + US].map((resource) => ({
    rule: 'CP-EBS-007',
    resource,
    status: 'unknown' as const,
    why: 'GetSnapshotBlockPublicAccessState is not implemented',
  })),
  ...(['CP-AMI-001', 'CP-EBS-004'] as const).map((rule) => ({
    rule,
    resource: rule === 'CP-AMI-001' ? 'good-private-image' : 'image@good-private-image',
    status: 'fail' as const,
    why: 'RegisterImage ignores the mappings: every image is backed by a new unencrypted snapshot',
  })),
  {
    rule: 'CP-AMI-003',
    resource: 'good-private-image',
    status: 'not_applicable',
    why: "DescribeImages names no key in an image's mappings",
  },
  {
    rule: 'CP-SM-003',
    resource: 'good-cmk-secret',
    status: 'pass',
    why: 'RotateSecret sets LastRotatedDate to the time of the call: no secret can be overdue for rotation',
  },
  {
    rule: 'CP-RS-002',
    resource: 'good-cmk-cluster',
    status: 'fail',
    why: 'ModifyClusterParameterGroup is not implemented and every group describes require_ssl as false: no cluster can require TLS',
  },
  {
    rule: 'CP-ELC-003',
    resource: 'good-cmk-cache',
    status: 'unknown',
    why: "DescribeServerlessCaches is not implemented: the region's listing gap may hide the service's data, so a healthy key cannot pass",
  },
];

/** Failures that only the emulator's missing data causes (a subset of EMULATOR_LIMITS). */
const EMULATOR_FAILURES = (): [string, string][] => EMULATOR_LIMITS.filter((l) => l.status === 'fail').map((l) => [l.rule, l.resource]);

/** Names (seed refs) of the scanned resources, by ARN. */
function resourceNames(seeded: SeededAccount, graph: Graph): Map<string, string> {
  const names = new Map<string, string>();
  for (const [ref, arn] of seeded.keys) names.set(arn, ref);
  for (const [ref, arn] of seeded.certificates) names.set(arn, ref);
  for (const [name, arn] of seeded.trails) names.set(arn, name);
  for (const map of [seeded.ebs?.volumes, seeded.ebs?.snapshots, seeded.rds?.instances, seeded.rds?.clusters, seeded.rds?.snapshots])
    for (const [ref, arn] of map ?? []) names.set(arn, ref);
  for (const node of graph.nodes) {
    if (node.type === 's3.bucket') names.set(node.id, node.name.replace(`-${seeded.account}`, ''));
    if (node.type === 'sqs.queue' || node.type === 'sns.topic') names.set(node.id, node.name);
    if (node.type === 'lambda.function' || node.type === 'backup.vault') names.set(node.id, node.name);
    if (node.type === 'ec2.ebs-defaults') names.set(node.id, `ebs-defaults@${node.region}`);
    if (node.type === 'ec2.image') {
      names.set(node.id, node.name);
      // The emulator backs each image with a snapshot of its own making.
      for (const snapshot of graph.targets(node.id, 'backed-by')) names.set(snapshot.id, `image@${node.name}`);
    }
    const alias = node.type === 'cloudfront.distribution' ? (node.attributes['aliases'] as string[] | undefined)?.[0] : undefined;
    if (alias !== undefined) names.set(node.id, alias.replace('.example.com', ''));
    if (node.type === 'apigateway.domain-name') names.set(node.id, node.name);
    if (node.type === 'cloudtrail.region') names.set(node.id, `trails@${node.region}`);
    if (
      [
        'dynamodb.table',
        'efs.file-system',
        'secretsmanager.secret',
        'ssm.parameter',
        'logs.log-group',
        'ecr.repository',
        'redshift.cluster',
        'elasticache.replication-group',
        'kinesis.stream',
        'opensearch.domain',
        'elbv2.listener',
        'elb.listener',
        'iam.server-certificate',
      ].includes(node.type)
    )
      names.set(node.id, node.name);
    const source = node.attributes['sourceIdentifier'];
    if (node.attributes['snapshotType'] === 'automated' && typeof source === 'string') names.set(node.id, `auto@${source}`);
  }
  return names;
}

describe('a misconfigured account, end to end', () => {
  it('fails exactly the misconfigured resources; each look-alike passes the rule its twin fails', async () => {
    const rules = prepareRules();
    const seeded = await seedAccount(emulatorClients(), definition);
    await sleep(SHORT_LIVED_SECONDS * 1000 + 100); // bad-expired-imported has expired
    const run = await takeSnapshot({ endpoint: emulatorEndpoint(), regions: [EU, US], services: [...SERVICES] });
    const evaluation = evaluateSnapshot(run, rules);
    const names = resourceNames(seeded, run.graph);
    const nameOf = (r: RuleResult) => names.get(r.resource.id) ?? r.resource.id;
    const statusOf = (rule: string, resource: string) =>
      evaluation.results.find((r) => r.ruleId === rule && nameOf(r) === resource)?.status ?? 'not evaluated';

    const failures = evaluation.results
      .filter((r) => r.status === 'fail' || r.status === 'error')
      .map((r) => [r.ruleId, nameOf(r)])
      .sort();
    expect(failures).toEqual([...FAILURES, ...EMULATOR_FAILURES()].sort());

    for (const [rule, good, bad] of TWINS) {
      expect([rule, good, statusOf(rule, good)]).toEqual([rule, good, 'pass']);
      expect([rule, bad, statusOf(rule, bad)]).toEqual([rule, bad, 'fail']);
    }
    for (const o of [...OUTCOMES, ...EMULATOR_LIMITS]) {
      expect([o.rule, o.resource, statusOf(o.rule, o.resource)], o.why).toEqual([o.rule, o.resource, o.status]);
    }
    // The severity ladder: 5 days left is critical.
    expect(evaluation.results.find((r) => r.ruleId === 'CP-ACM-001' && nameOf(r) === 'bad-expiring-imported')?.severity).toBe('critical');
    const covered = new Set([...TWINS.map(([rule]) => rule), ...EMULATOR_LIMITS.map((l) => l.rule)]);
    expect(rules.rules.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);

    // Evaluation is separate from collection: the saved snapshot, read back, evaluates the same.
    const { parseSnapshot } = await import('../../../src/graph/snapshot.ts');
    const reread = parseSnapshot(JSON.parse(JSON.stringify(run.snapshot)), 'snapshot.json');
    expect(evaluateSnapshot(reread, rules)).toEqual(evaluation);
  });
});
