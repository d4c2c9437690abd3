/**
 * The SQS collector against canned AWS answers, for what the emulator does not show: paging
 * over more than 1,000 queues, `SqsManagedSseEnabled: "false"` next to a KMS key (what AWS
 * answers: one kind of server-side encryption per queue; the emulator says "true"), a
 * queue whose attributes cannot be read (a gap, the queue kept with its encryption
 * unknown, and the rules `unknown`), and a listing that fails part-way.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluateSnapshot, prepareRules } from '../../../src/engine/index.ts';
import { takeSnapshot } from '../../../src/scan.ts';
import { sqs } from '../../../src/services/sqs/index.ts';
import { mapQueue, queueArnFromUrl, queueEncryptionMode, queueUrlParts } from '../../../src/services/sqs/map.ts';
import type { SqsQueueAttributes } from '../../../src/services/sqs/types.ts';
import { CannedAws, awsError, pageOf, type CannedAnswers } from '../../support/canned-aws.ts';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const scope = { partition: 'aws', account: ACCOUNT, region: REGION };
const KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/5e5e0000-0000-0000-0000-000000000001`;
const url = (name: string) => `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/${name}`;
const arn = (name: string) => `arn:aws:sqs:${REGION}:${ACCOUNT}:${name}`;
const sts: CannedAnswers['sts'] = {
  GetCallerIdentity: () => ({ Account: ACCOUNT, Arn: `arn:aws:iam::${ACCOUNT}:user/auditor`, UserId: 'AIDA' }),
};

/** Queue i of a synthetic region: no encryption, SSE-SQS, a customer managed key, or aws/sqs, in turn (as AWS answers). */
function attributesOf(name: string): Record<string, string> {
  const i = Number(/(\d+)$/.exec(name)?.[1] ?? 0);
  const base = { QueueArn: arn(name) };
  switch (i % 4) {
    case 0:
      return { ...base, SqsManagedSseEnabled: 'false' };
    case 1:
      return { ...base, SqsManagedSseEnabled: 'true' };
    case 2:
      return { ...base, SqsManagedSseEnabled: 'false', KmsMasterKeyId: KEY, KmsDataKeyReusePeriodSeconds: '600' };
    default:
      return { ...base, SqsManagedSseEnabled: 'false', KmsMasterKeyId: 'alias/aws/sqs', KmsDataKeyReusePeriodSeconds: '300' };
  }
}

/** ListQueues as AWS answers it: pages of MaxResults (a NextToken only when MaxResults is set). */
function awsQueues(names: readonly string[]): CannedAnswers['sqs'] {
  return {
    ListQueues: (input: { MaxResults?: number; NextToken?: string }) => {
      if (input.MaxResults === undefined) return names.length === 0 ? {} : { QueueUrls: names.slice(0, 1000).map(url) };
      const page = pageOf(names, Math.min(input.MaxResults, 1000), input.NextToken);
      return page.items.length === 0 ? {} : { QueueUrls: page.items.map(url), ...(page.next ? { NextToken: page.next } : {}) };
    },
    GetQueueAttributes: (input: { QueueUrl: string; AttributeNames?: string[] }) => {
      const all = attributesOf(input.QueueUrl.split('/').pop()!);
      return { Attributes: Object.fromEntries(Object.entries(all).filter(([k]) => input.AttributeNames?.includes(k))) };
    },
  };
}

async function scan(aws: CannedAws) {
  vi.stubEnv('AWS_ACCESS_KEY_ID', 'canned');
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'canned');
  return takeSnapshot({ regions: [REGION], services: ['sqs'], customizeClients: aws.customize, pacing: false });
}

afterEach(() => vi.unstubAllEnvs());

describe('SQS collector (canned AWS answers)', () => {
  it('pages ListQueues at 1,000 and reads only the encryption attributes of each of 1,500 queues', async () => {
    const names = Array.from({ length: 1500 }, (_, i) => `q-${String(i).padStart(4, '0')}`);
    const aws = new CannedAws({ sts, sqs: awsQueues(names) });
    const run = await scan(aws);

    const attempts = (operation: string) =>
      run.snapshot.scan.apiCalls.find((c) => c.service === 'sqs' && c.operation === operation)?.attempts;
    expect(attempts('ListQueues')).toBe(2);
    expect(attempts('GetQueueAttributes')).toBe(1500);
    for (const call of aws.callsOf('ListQueues')) expect(call.input['MaxResults']).toBe(1000);
    expect(aws.callsOf('ListQueues')[1]!.input['NextToken']).toBe('page-1000');
    // Never `All`: only the ARN and the encryption attributes.
    expect(aws.callsOf('GetQueueAttributes')[0]!.input['AttributeNames']).toEqual([
      'QueueArn',
      'KmsMasterKeyId',
      'KmsDataKeyReusePeriodSeconds',
      'SqsManagedSseEnabled',
    ]);

    const queues = run.graph.nodesOfType('sqs.queue');
    expect(queues).toHaveLength(1500);
    const a = (name: string) => run.graph.node(arn(name))!.attributes as SqsQueueAttributes;
    expect(a('q-0000')).toMatchObject({ encryptionMode: 'none', encryptionLevel: 'none', sqsManagedSseEnabled: false, kmsKeyId: null });
    expect(a('q-0001')).toMatchObject({
      encryptionMode: 'aws-owned',
      encryptionLevel: 'aws-owned',
      sqsManagedSseEnabled: true,
      kmsKeyId: null,
    });
    // KMS key not collected (KMS was not scanned): kms mode, level unknown.
    expect(a('q-0002')).toEqual({
      queueName: 'q-0002',
      queueUrl: url('q-0002'),
      fifo: false,
      encryptionMode: 'kms',
      sqsManagedSseEnabled: false,
      kmsKeyId: KEY,
      kmsDataKeyReusePeriodSeconds: 600,
    });
    expect(a('q-0003')).toMatchObject({ encryptionMode: 'kms', encryptionLevel: 'aws-managed-kms', kmsKeyId: 'alias/aws/sqs' });
    expect(run.graph.targets(arn('q-0003'), 'encrypted-by').map((n) => n.id)).toEqual([`arn:aws:kms:${REGION}:${ACCOUNT}:alias/aws/sqs`]);
    expect(run.snapshot.gaps).toEqual([]);
  });

  it('keeps a queue whose attributes cannot be read, with its encryption unknown, a gap naming it, and its rules unknown', async () => {
    const canned = awsQueues(['q-0000', 'q-0001', 'q-0002'])!;
    const aws = new CannedAws({
      sts,
      sqs: {
        ...canned,
        GetQueueAttributes: (input: { QueueUrl: string }, call) => {
          if (input.QueueUrl.endsWith('q-0001')) throw awsError('AccessDenied', 'not authorized to perform: sqs:GetQueueAttributes');
          return canned['GetQueueAttributes']!(input, call);
        },
      },
    });
    const run = await scan(aws);

    expect(run.snapshot.gaps.map((g) => ({ operation: g.operation, code: g.code, resource: g.resource, service: g.service }))).toEqual([
      { operation: 'GetQueueAttributes', code: 'AccessDenied', resource: arn('q-0001'), service: 'sqs' },
    ]);
    expect(run.graph.nodesOfType('sqs.queue').map((n) => n.id)).toEqual([arn('q-0000'), arn('q-0001'), arn('q-0002')]);
    // Not read: no encryption mode, no key, no flag (absent, never null or false).
    expect(run.graph.node(arn('q-0001'))!.attributes).toEqual({ queueName: 'q-0001', queueUrl: url('q-0001'), fifo: false });

    const { results } = evaluateSnapshot(run, prepareRules());
    const status = (rule: string, name: string) => results.find((r) => r.ruleId === rule && r.resource.id === arn(name))?.status;
    expect(['CP-SQS-001', 'CP-SQS-002', 'CP-SQS-003'].map((rule) => status(rule, 'q-0001'))).toEqual(['unknown', 'unknown', 'unknown']);
    expect(status('CP-SQS-001', 'q-0000')).toBe('fail');
    expect(status('CP-SQS-001', 'q-0002')).toBe('pass');
  });

  it('keeps the queues of the pages read when the listing fails part-way, and says so', async () => {
    const names = Array.from({ length: 1200 }, (_, i) => `q-${String(i).padStart(4, '0')}`);
    const canned = awsQueues(names)!;
    const aws = new CannedAws({
      sts,
      sqs: {
        ...canned,
        ListQueues: (input: { NextToken?: string }, call) => {
          if (input.NextToken !== undefined) throw awsError('AccessDenied', 'denied on the second page');
          return canned['ListQueues']!(input, call);
        },
      },
    });
    const run = await scan(aws);
    expect(run.graph.nodesOfType('sqs.queue')).toHaveLength(1000);
    expect(run.snapshot.gaps).toHaveLength(1);
    expect(run.snapshot.gaps[0]).toMatchObject({ service: 'sqs', operation: 'ListQueues', code: 'AccessDenied' });
    expect(run.snapshot.gaps[0]!.message).toContain('the 1000 items of the pages before it are kept');
  });

  it('answers an empty region (no QueueUrls at all) with no queue and no gap', async () => {
    const aws = new CannedAws({ sts, sqs: awsQueues([]) });
    const run = await scan(aws);
    expect(run.graph.nodesOfType('sqs.queue')).toEqual([]);
    expect(run.snapshot.gaps).toEqual([]);
    expect(aws.callsOf('GetQueueAttributes')).toEqual([]);
  });
});

describe('SQS call model', () => {
  it('lists 1,000 queues a page, then reads each at 16 in flight', () => {
    expect(sqs.calls({ service: 'sqs', queues: 1500 })).toEqual([
      { operation: 'ListQueues', calls: 2, phase: 'list' },
      { operation: 'GetQueueAttributes', calls: 1500, phase: 'detail' },
    ]);
    expect(sqs.roundTrips({ service: 'sqs', queues: 1500 })).toEqual({ list: 2, detail: 94 });
    expect(sqs.roundTrips({ service: 'sqs', queues: 0 })).toEqual({ list: 1, detail: 0 });
  });
});

describe('SQS mapping', () => {
  it('decides the encryption mode by the key first, as AWS allows one kind per queue', () => {
    expect(queueEncryptionMode(KEY, 'true')).toBe('kms');
    expect(queueEncryptionMode(KEY, 'false')).toBe('kms');
    expect(queueEncryptionMode(KEY, undefined)).toBe('kms');
    expect(queueEncryptionMode('', 'true')).toBe('aws-owned');
    expect(queueEncryptionMode(undefined, 'false')).toBe('none');
    expect(queueEncryptionMode(undefined, undefined)).toBeUndefined();
  });

  it('names a queue from its URL, on AWS and on an emulator', () => {
    expect(queueUrlParts(url('orders.fifo'))).toEqual({ account: ACCOUNT, name: 'orders.fifo' });
    expect(queueUrlParts('http://127.0.0.1:5055/123456789012/q')).toEqual({ account: '123456789012', name: 'q' });
    expect(queueArnFromUrl(scope, 'http://localhost:4566/000000000000/jobs')).toBe(`arn:aws:sqs:${REGION}:000000000000:jobs`);
  });

  it('keeps the encryption unknown when an answer says nothing about it', () => {
    const mapped = mapQueue(scope, url('bare'), { QueueArn: arn('bare') });
    expect(mapped.node.attributes).toEqual({ queueName: 'bare', queueUrl: url('bare'), fifo: false });
    expect(mapped.edges).toEqual([]);
  });

  it('points the encrypted-by edge at the key as answered, for the graph to resolve', () => {
    const mapped = mapQueue(scope, url('jobs.fifo'), {
      QueueArn: arn('jobs.fifo'),
      KmsMasterKeyId: 'alias/jobs',
      SqsManagedSseEnabled: 'false',
    });
    expect(mapped.node.attributes).toMatchObject({ fifo: true, encryptionMode: 'kms', kmsKeyId: 'alias/jobs' });
    expect(mapped.edges).toEqual([
      {
        from: arn('jobs.fifo'),
        kind: 'encrypted-by',
        field: 'Attributes.KmsMasterKeyId',
        ref: 'alias/jobs',
        target: { kind: 'kms-key', context: scope },
      },
    ]);
  });
});
