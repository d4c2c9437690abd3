/**
 * The SNS collector against canned AWS answers: `ListTopics` pages of 100 (no page-size
 * parameter), a topic whose attributes cannot be read (a gap, the topic kept with its
 * encryption unknown, and the rules `unknown`), and a key named by alias ARN.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluateSnapshot, prepareRules } from '../../../src/engine/index.ts';
import { takeSnapshot } from '../../../src/scan.ts';
import { sns } from '../../../src/services/sns/index.ts';
import { mapTopic, topicName } from '../../../src/services/sns/map.ts';
import type { SnsTopicAttributes } from '../../../src/services/sns/types.ts';
import { CannedAws, awsError, pageOf, type CannedAnswers } from '../../support/canned-aws.ts';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const scope = { partition: 'aws', account: ACCOUNT, region: REGION };
const KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/5e5e0000-0000-0000-0000-000000000001`;
const ALIAS_ARN = `arn:aws:kms:${REGION}:${ACCOUNT}:alias/topics`;
const arn = (name: string) => `arn:aws:sns:${REGION}:${ACCOUNT}:${name}`;
const sts: CannedAnswers['sts'] = {
  GetCallerIdentity: () => ({ Account: ACCOUNT, Arn: `arn:aws:iam::${ACCOUNT}:user/auditor`, UserId: 'AIDA' }),
};

/** ListTopics and GetTopicAttributes as AWS answers them: 100 topics a page; every third topic has no key. */
function awsTopics(names: readonly string[]): CannedAnswers['sns'] {
  return {
    ListTopics: (input: { NextToken?: string }) => {
      const page = pageOf(names, 100, input.NextToken);
      return { Topics: page.items.map((n) => ({ TopicArn: arn(n) })), ...(page.next ? { NextToken: page.next } : {}) };
    },
    GetTopicAttributes: (input: { TopicArn: string }) => {
      const i = Number(/(\d+)$/.exec(input.TopicArn)?.[1] ?? 0);
      const key = i % 3 === 0 ? {} : { KmsMasterKeyId: i % 3 === 1 ? KEY : ALIAS_ARN };
      return { Attributes: { TopicArn: input.TopicArn, Owner: ACCOUNT, DisplayName: '', ...key } };
    },
  };
}

async function scan(aws: CannedAws) {
  vi.stubEnv('AWS_ACCESS_KEY_ID', 'canned');
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'canned');
  return takeSnapshot({ regions: [REGION], services: ['sns'], customizeClients: aws.customize, pacing: false });
}

afterEach(() => vi.unstubAllEnvs());

describe('SNS collector (canned AWS answers)', () => {
  it('follows NextToken over pages of 100 topics and reads each topic once', async () => {
    const names = Array.from({ length: 250 }, (_, i) => `t-${String(i).padStart(3, '0')}`);
    const aws = new CannedAws({ sts, sns: awsTopics(names) });
    const run = await scan(aws);

    const attempts = (operation: string) =>
      run.snapshot.scan.apiCalls.find((c) => c.service === 'sns' && c.operation === operation)?.attempts;
    expect(attempts('ListTopics')).toBe(3);
    expect(attempts('GetTopicAttributes')).toBe(250);
    expect(aws.callsOf('ListTopics').map((c) => c.input['NextToken'])).toEqual([undefined, 'page-100', 'page-200']);

    expect(run.graph.nodesOfType('sns.topic')).toHaveLength(250);
    const a = (name: string) => run.graph.node(arn(name))!.attributes as SnsTopicAttributes;
    expect(a('t-000')).toEqual({ topicName: 't-000', fifo: false, encryptionMode: 'none', encryptionLevel: 'none', kmsKeyId: null });
    // KMS was not scanned: the key's manager, and so the level, is unknown.
    expect(a('t-001')).toEqual({ topicName: 't-001', fifo: false, encryptionMode: 'kms', kmsKeyId: KEY });
    expect(a('t-002')).toMatchObject({ encryptionMode: 'kms', kmsKeyId: ALIAS_ARN });
    expect(run.graph.targets(arn('t-002'), 'encrypted-by').map((n) => n.id)).toEqual([ALIAS_ARN]);
    expect(run.snapshot.gaps).toEqual([]);
  });

  it('keeps a topic whose attributes cannot be read, with its encryption unknown, a gap naming it, and its rules unknown', async () => {
    const canned = awsTopics(['t-000', 't-001', 't-002'])!;
    const aws = new CannedAws({
      sts,
      sns: {
        ...canned,
        GetTopicAttributes: (input: { TopicArn: string }, call) => {
          if (input.TopicArn.endsWith('t-002')) throw awsError('AuthorizationError', 'not authorized to perform: SNS:GetTopicAttributes');
          return canned['GetTopicAttributes']!(input, call);
        },
      },
    });
    const run = await scan(aws);

    expect(run.snapshot.gaps.map((g) => ({ operation: g.operation, code: g.code, resource: g.resource, service: g.service }))).toEqual([
      { operation: 'GetTopicAttributes', code: 'AuthorizationError', resource: arn('t-002'), service: 'sns' },
    ]);
    expect(run.graph.node(arn('t-002'))!.attributes).toEqual({ topicName: 't-002', fifo: false });

    const { results } = evaluateSnapshot(run, prepareRules());
    const status = (rule: string, name: string) => results.find((r) => r.ruleId === rule && r.resource.id === arn(name))?.status;
    expect([status('CP-SNS-001', 't-002'), status('CP-SNS-002', 't-002')]).toEqual(['unknown', 'unknown']);
    expect([status('CP-SNS-001', 't-000'), status('CP-SNS-001', 't-001')]).toEqual(['fail', 'pass']);
  });

  it('records a gap and no topic when ListTopics is denied', async () => {
    const aws = new CannedAws({
      sts,
      sns: {
        ListTopics: () => {
          throw awsError('AuthorizationError', 'not authorized to perform: SNS:ListTopics');
        },
      },
    });
    const run = await scan(aws);
    expect(run.graph.nodesOfType('sns.topic')).toEqual([]);
    expect(run.snapshot.gaps.map((g) => [g.service, g.operation, g.code])).toEqual([['sns', 'ListTopics', 'AuthorizationError']]);
    expect(aws.callsOf('GetTopicAttributes')).toEqual([]);
  });
});

describe('SNS call model', () => {
  it('lists 100 topics a page, then reads each at 16 in flight', () => {
    expect(sns.calls({ service: 'sns', topics: 250 })).toEqual([
      { operation: 'ListTopics', calls: 3, phase: 'list' },
      { operation: 'GetTopicAttributes', calls: 250, phase: 'detail' },
    ]);
    expect(sns.roundTrips({ service: 'sns', topics: 250 })).toEqual({ list: 3, detail: 16 });
    expect(sns.roundTrips({ service: 'sns', topics: 0 })).toEqual({ list: 1, detail: 0 });
  });
});

describe('SNS mapping', () => {
  it('names a topic by the last part of its ARN and marks FIFO topics', () => {
    expect(topicName(arn('orders.fifo'))).toBe('orders.fifo');
    expect(mapTopic(scope, arn('orders.fifo'), {}).node.attributes).toEqual({
      topicName: 'orders.fifo',
      fifo: true,
      encryptionMode: 'none',
      kmsKeyId: null,
    });
  });

  it('treats an empty KmsMasterKeyId as no key', () => {
    const mapped = mapTopic(scope, arn('t'), { KmsMasterKeyId: '' });
    expect(mapped.node.attributes).toMatchObject({ encryptionMode: 'none', kmsKeyId: null });
    expect(mapped.edges).toEqual([]);
  });
});
