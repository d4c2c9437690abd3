/**
 * The Kinesis Data Streams collector on canned AWS answers, for what the emulator does not
 * show: paging by `NextToken` over more than 100 streams (the emulator never gives a token),
 * the emulator's form of paging (`HasMoreStreams` without a token: the listing goes on from
 * the last name), a stream whose description cannot be read (a gap, the stream kept with its
 * encryption unknown, and its rules `unknown`), and a listing refused as a whole.
 */
import { KinesisClient, type StreamDescriptionSummary } from '@aws-sdk/client-kinesis';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluateSnapshot, prepareRules } from '../../../src/engine/index.ts';
import { takeSnapshot } from '../../../src/scan.ts';
import { kinesisEncryptionMode, mapStream } from '../../../src/services/kinesis/map.ts';
import type { KinesisStreamAttributes } from '../../../src/services/kinesis/types.ts';
import { CallCounter, ClientFactory } from '../../../src/collect/index.ts';
import { CannedAws, awsError, type CannedAnswers } from '../../support/canned-aws.ts';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const scope = { partition: 'aws', account: ACCOUNT, region: REGION };
const KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/4b4b0000-0000-0000-0000-000000000001`;
const arn = (name: string) => `arn:aws:kinesis:${REGION}:${ACCOUNT}:stream/${name}`;
const name = (i: number) => `s-${String(i).padStart(4, '0')}`;
const sts: CannedAnswers['sts'] = {
  GetCallerIdentity: () => ({ Account: ACCOUNT, Arn: `arn:aws:iam::${ACCOUNT}:user/auditor`, UserId: 'AIDA' }),
};

/** Stream i: unencrypted, a customer managed key by ARN, or `alias/aws/kinesis`, in turn. */
function summaryOf(streamName: string): StreamDescriptionSummary {
  const i = Number(/(\d+)$/.exec(streamName)?.[1] ?? 0);
  const key = i % 3 === 1 ? KEY : i % 3 === 2 ? 'alias/aws/kinesis' : undefined;
  return {
    StreamName: streamName,
    StreamARN: arn(streamName),
    StreamStatus: 'ACTIVE',
    StreamModeDetails: { StreamMode: 'PROVISIONED' },
    RetentionPeriodHours: 24,
    StreamCreationTimestamp: new Date('2024-03-01T00:00:00Z'),
    EnhancedMonitoring: [],
    EncryptionType: key === undefined ? 'NONE' : 'KMS',
    ...(key === undefined ? {} : { KeyId: key }),
    OpenShardCount: 2,
  };
}

/**
 * ListStreams as AWS answers it (`NextToken`, at most 100 names whatever `Limit` asks), or as
 * the emulator does (`emulator`: `HasMoreStreams` and no token; `ExclusiveStartStreamName` honoured).
 */
function kinesisAnswers(names: readonly string[], form: 'aws' | 'emulator' = 'aws'): CannedAnswers['kinesis'] {
  return {
    ListStreams: (input: { Limit?: number; NextToken?: string; ExclusiveStartStreamName?: string }) => {
      const start =
        input.NextToken !== undefined
          ? Number(input.NextToken.replace(/^token-/, ''))
          : input.ExclusiveStartStreamName !== undefined
            ? names.indexOf(input.ExclusiveStartStreamName) + 1
            : 0;
      const end = Math.min(names.length, start + Math.min(input.Limit ?? 100, 100));
      const more = end < names.length;
      return {
        StreamNames: names.slice(start, end),
        HasMoreStreams: more,
        ...(more && form === 'aws' ? { NextToken: `token-${end}` } : {}),
      };
    },
    DescribeStreamSummary: (input: { StreamName: string }) => ({ StreamDescriptionSummary: summaryOf(input.StreamName) }),
  };
}

async function scan(aws: CannedAws) {
  vi.stubEnv('AWS_ACCESS_KEY_ID', 'canned');
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'canned');
  return takeSnapshot({ regions: [REGION], services: ['kinesis'], customizeClients: aws.customize, pacing: false });
}

afterEach(() => vi.unstubAllEnvs());

describe('Kinesis collector (canned AWS answers)', () => {
  it('pages ListStreams by NextToken at 100 and describes each of 230 streams', async () => {
    const names = Array.from({ length: 230 }, (_, i) => name(i));
    const aws = new CannedAws({ sts, kinesis: kinesisAnswers(names) });
    const run = await scan(aws);

    expect(aws.callsOf('ListStreams').map((c) => c.input)).toEqual([
      { Limit: 100 },
      { Limit: 100, NextToken: 'token-100' },
      { Limit: 100, NextToken: 'token-200' },
    ]);
    expect(aws.callsOf('DescribeStreamSummary')).toHaveLength(230);
    expect(aws.callsOf('DescribeStreamSummary')[0]!.input).toEqual({ StreamName: name(0) });
    expect(run.graph.nodesOfType('kinesis.stream')).toHaveLength(230);

    const a = (n: string) => run.graph.node(arn(n))!.attributes as KinesisStreamAttributes;
    expect(a(name(0))).toEqual({
      streamName: name(0),
      streamStatus: 'ACTIVE',
      encryptionMode: 'none',
      encryptionLevel: 'none',
      encryptionType: 'NONE',
      kmsKeyId: null,
      streamMode: 'PROVISIONED',
      openShardCount: 2,
      retentionPeriodHours: 24,
      streamCreationTimestamp: '2024-03-01T00:00:00.000Z',
    });
    // KMS was not scanned: the key is known by reference only, its level unknown.
    expect(a(name(1))).toMatchObject({ encryptionMode: 'kms', encryptionType: 'KMS', kmsKeyId: KEY });
    expect(a(name(1))).not.toHaveProperty('encryptionLevel');
    expect(run.graph.targets(arn(name(1)), 'encrypted-by').map((n) => n.id)).toEqual([KEY]);
    // The AWS managed key by its alias name: resolved to the alias ARN in the stream's region.
    expect(a(name(2))).toMatchObject({ kmsKeyId: 'alias/aws/kinesis', encryptionLevel: 'aws-managed-kms' });
    expect(run.graph.targets(arn(name(2)), 'encrypted-by').map((n) => n.id)).toEqual([
      `arn:aws:kms:${REGION}:${ACCOUNT}:alias/aws/kinesis`,
    ]);
    expect(run.graph.outgoing(arn(name(0)))).toEqual([]);
    expect(run.snapshot.gaps).toEqual([]);
  });

  it("follows the emulator's paging: more streams and no token go on from the last name", async () => {
    const names = Array.from({ length: 150 }, (_, i) => name(i));
    const aws = new CannedAws({ sts, kinesis: kinesisAnswers(names, 'emulator') });
    const run = await scan(aws);
    expect(aws.callsOf('ListStreams').map((c) => c.input)).toEqual([{ Limit: 100 }, { Limit: 100, ExclusiveStartStreamName: name(99) }]);
    expect(run.graph.nodesOfType('kinesis.stream')).toHaveLength(150);
    expect(run.snapshot.gaps).toEqual([]);
  });

  it('keeps a stream whose description cannot be read, with its encryption unknown, a gap naming it, and its rules unknown', async () => {
    const canned = kinesisAnswers([name(0), name(1), name(2)])!;
    const aws = new CannedAws({
      sts,
      kinesis: {
        ...canned,
        DescribeStreamSummary: (input: { StreamName: string }, call) => {
          if (input.StreamName === name(1))
            throw awsError('AccessDeniedException', 'not authorized to perform: kinesis:DescribeStreamSummary');
          return canned['DescribeStreamSummary']!(input, call);
        },
      },
    });
    const run = await scan(aws);

    expect(run.snapshot.gaps.map((g) => ({ operation: g.operation, code: g.code, resource: g.resource, service: g.service }))).toEqual([
      { operation: 'DescribeStreamSummary', code: 'AccessDeniedException', resource: arn(name(1)), service: 'kinesis' },
    ]);
    expect(
      run.graph
        .nodesOfType('kinesis.stream')
        .map((n) => n.id)
        .sort(),
    ).toEqual([arn(name(0)), arn(name(1)), arn(name(2))]);
    expect(run.graph.node(arn(name(1)))!.attributes).toEqual({ streamName: name(1) });

    const { results } = evaluateSnapshot(run, prepareRules());
    const status = (rule: string, n: string) => results.find((r) => r.ruleId === rule && r.resource.id === arn(n))?.status;
    expect(['CP-KIN-001', 'CP-KIN-002', 'CP-KIN-003'].map((rule) => status(rule, name(1)))).toEqual(['unknown', 'unknown', 'unknown']);
    expect(status('CP-KIN-001', name(0))).toBe('fail');
    expect(status('CP-KIN-001', name(2))).toBe('pass');
    expect(status('CP-KIN-003', name(2))).toBe('fail');
  });

  it('records a refused listing as a gap of the region, with no streams', async () => {
    const aws = new CannedAws({
      sts,
      kinesis: {
        ListStreams: () => {
          throw awsError('AccessDeniedException', 'not authorized to perform: kinesis:ListStreams');
        },
      },
    });
    const run = await scan(aws);
    expect(run.graph.nodesOfType('kinesis.stream')).toEqual([]);
    expect(run.snapshot.gaps.map((g) => [g.service, g.operation, g.code, g.region])).toEqual([
      ['kinesis', 'ListStreams', 'AccessDeniedException', REGION],
    ]);
  });
});

describe('Kinesis client', () => {
  it("speaks HTTP/1.1, through the scan's handler, not the SDK's default HTTP/2 handler (which the emulator cannot answer)", () => {
    for (const endpoint of [undefined, 'http://127.0.0.1:1']) {
      const clients = new ClientFactory({
        credentialsFor: () => ({ accessKeyId: 'x', secretAccessKey: 'x' }),
        counter: new CallCounter(),
        ...(endpoint === undefined ? {} : { endpoint }),
      });
      const client = clients.get('kinesis', KinesisClient, ACCOUNT, REGION);
      const handler = client.config.requestHandler as { metadata?: { handlerProtocol?: string } };
      expect(handler.metadata?.handlerProtocol, endpoint ?? 'AWS').toBe('http/1.1');
      clients.destroy();
    }
  });
});

describe('Kinesis mapping', () => {
  it('reads the encryption type, and leaves an unknown one absent', () => {
    expect(kinesisEncryptionMode('KMS')).toBe('kms');
    expect(kinesisEncryptionMode('NONE')).toBe('none');
    expect(kinesisEncryptionMode(undefined)).toBeUndefined();
    const { node, edges } = mapStream(scope, { ...summaryOf(name(1)), EncryptionType: undefined });
    expect(node.attributes).not.toHaveProperty('encryptionMode');
    expect(node.attributes).not.toHaveProperty('kmsKeyId');
    expect(edges).toEqual([]);
  });

  it('builds the documented ARN when the answer names none', () => {
    const { node } = mapStream(scope, { ...summaryOf(name(0)), StreamARN: undefined });
    expect(node.id).toBe(arn(name(0)));
  });
});
