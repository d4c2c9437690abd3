/**
 * The Secrets Manager collector against canned AWS answers, for what the emulator does not
 * model: rotation schedules (`ScheduleExpression`, which moto drops), old rotation dates
 * (moto sets `LastRotatedDate` to the time of the call), pages of `MaxResults` (moto accepts
 * sizes AWS refuses), and a denied listing.
 */
import type { SecretListEntry } from '@aws-sdk/client-secrets-manager';
import { describe, expect, it } from 'vitest';
import { collectAll } from '../../../src/collect/index.ts';
import type { ExternalAttributes } from '../../../src/graph/attributes.ts';
import { buildGraph } from '../../../src/graph/build.ts';
import { secretsManagerCollector } from '../../../src/services/secretsmanager/collector.ts';
import { rotationDueDate, rotationIntervalDays } from '../../../src/services/secretsmanager/map.ts';
import type { SecretsManagerSecretAttributes } from '../../../src/services/secretsmanager/types.ts';
import { CannedAws, awsError, tokenPage, type CannedAnswers } from '../../support/canned-aws.ts';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const CMK = `arn:aws:kms:${REGION}:${ACCOUNT}:key/5e000000-0000-0000-0000-000000000001`;
const secretArn = (name: string) => `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:${name}-AbCdEf`;
const CREATED = new Date('2025-01-10T00:00:00Z');

function entry(name: string, extra: Partial<SecretListEntry> = {}): SecretListEntry {
  return { ARN: secretArn(name), Name: name, CreatedDate: CREATED, LastChangedDate: CREATED, ...extra };
}

/** ListSecrets as AWS answers it: pages of at most `MaxResults` (AWS's maximum is 100). */
function listLikeAws(secrets: readonly SecretListEntry[]): CannedAnswers {
  return {
    secretsmanager: {
      ListSecrets: (input: { MaxResults?: number; NextToken?: string }) => tokenPage('SecretList', secrets, 100, input),
    },
  };
}

async function collect(aws: CannedAws) {
  const outcome = await collectAll({
    accounts: [ACCOUNT],
    regions: [REGION],
    services: ['secretsmanager'],
    partition: 'aws',
    clients: aws.clients(),
    collectors: { secretsmanager: secretsManagerCollector },
  });
  return buildGraph(outcome.data);
}

const attributes = (graph: ReturnType<typeof buildGraph>, name: string) =>
  graph.node(secretArn(name))!.attributes as SecretsManagerSecretAttributes;

describe('Secrets Manager collector (canned AWS answers)', () => {
  it('reads 250 secrets from ListSecrets alone, in 3 pages of 100, and never asks for a value', async () => {
    const secrets = Array.from({ length: 250 }, (_, i) => entry(`s-${String(i).padStart(3, '0')}`, { KmsKeyId: CMK }));
    const aws = new CannedAws(listLikeAws(secrets));
    const graph = await collect(aws);
    expect(graph.nodesOfType('secretsmanager.secret')).toHaveLength(250);
    expect(aws.callsOf('ListSecrets').map((c) => c.input)).toEqual([
      { MaxResults: 100 },
      { MaxResults: 100, NextToken: 'page-100' },
      { MaxResults: 100, NextToken: 'page-200' },
    ]);
    // Only the listing: no DescribeSecret, GetSecretValue or BatchGetSecretValue.
    expect(new Set(aws.calls.map((c) => `${c.client}:${c.operation}`))).toEqual(new Set(['secretsmanager:ListSecrets']));
    expect(graph.gaps).toEqual([]);
  });

  it('maps the AWS managed key (no KmsKeyId), a customer key, and every rotation form', async () => {
    const aws = new CannedAws(
      listLikeAws([
        entry('default-key', { Tags: [{ Key: 'team', Value: 'orders' }] }),
        entry('cmk-daily', {
          KmsKeyId: CMK,
          RotationEnabled: true,
          RotationLambdaARN: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:rotate`,
          RotationRules: { AutomaticallyAfterDays: 30 },
          LastRotatedDate: new Date('2025-03-01T00:00:00Z'),
          NextRotationDate: new Date('2025-03-31T23:59:59Z'),
          LastAccessedDate: new Date('2025-05-30T00:00:00Z'),
        }),
        // A rate schedule in days, never rotated: due 10 days after creation.
        entry('rate-never-rotated', { KmsKeyId: CMK, RotationEnabled: true, RotationRules: { ScheduleExpression: 'rate(10 days)' } }),
        // A cron schedule: the interval is not known, AWS's next rotation date is the due date.
        entry('cron', {
          KmsKeyId: CMK,
          RotationEnabled: true,
          RotationRules: { ScheduleExpression: 'cron(0 4 ? * MON *)', Duration: '2h' },
          NextRotationDate: new Date('2025-06-02T06:00:00Z'),
          OwningService: 'rds',
        }),
      ]),
    );
    const graph = await collect(aws);

    expect(attributes(graph, 'default-key')).toEqual({
      name: 'default-key',
      encryptionMode: 'kms',
      encryptionLevel: 'aws-managed-kms',
      kmsKeyId: `arn:aws:kms:${REGION}:${ACCOUNT}:alias/aws/secretsmanager`,
      rotationEnabled: false,
      rotationLambdaArn: null,
      rotationIntervalDays: null,
      rotationSchedule: null,
      lastRotatedDate: null,
      nextRotationDate: null,
      rotationDueDate: null,
      createdDate: '2025-01-10T00:00:00.000Z',
      lastChangedDate: '2025-01-10T00:00:00.000Z',
      lastAccessedDate: null,
      owningService: null,
      primaryRegion: null,
    });
    expect(graph.node(secretArn('default-key'))!.tags).toEqual({ team: 'orders' });
    // The edge goes to the AWS managed key of the secret's region, known by its alias (KMS was not scanned).
    const defaultKey = graph.targets(secretArn('default-key'), 'encrypted-by');
    expect(defaultKey.map((k) => k.id)).toEqual([`arn:aws:kms:${REGION}:${ACCOUNT}:alias/aws/secretsmanager`]);
    expect((defaultKey[0]!.attributes as unknown as ExternalAttributes).awsManagedAlias).toBe(true);

    expect(attributes(graph, 'cmk-daily')).toMatchObject({
      kmsKeyId: CMK,
      rotationEnabled: true,
      rotationIntervalDays: 30,
      rotationSchedule: null,
      lastRotatedDate: '2025-03-01T00:00:00.000Z',
      nextRotationDate: '2025-03-31T23:59:59.000Z',
      rotationDueDate: '2025-03-31T00:00:00.000Z',
      lastAccessedDate: '2025-05-30T00:00:00.000Z',
    });
    expect(graph.targets(secretArn('cmk-daily'), 'encrypted-by').map((k) => k.id)).toEqual([CMK]);
    expect(attributes(graph, 'rate-never-rotated')).toMatchObject({
      rotationIntervalDays: 10,
      rotationSchedule: 'rate(10 days)',
      lastRotatedDate: null,
      rotationDueDate: '2025-01-20T00:00:00.000Z',
    });
    expect(attributes(graph, 'cron')).toMatchObject({
      rotationSchedule: 'cron(0 4 ? * MON *)',
      rotationDueDate: '2025-06-02T06:00:00.000Z',
      owningService: 'rds',
    });
    expect(attributes(graph, 'cron').rotationIntervalDays).toBeUndefined();
  });

  it('records a denied listing as a gap, with no secret and no guess', async () => {
    const aws = new CannedAws({
      secretsmanager: {
        ListSecrets: () => {
          throw awsError('AccessDeniedException', 'User is not authorized to perform: secretsmanager:ListSecrets');
        },
      },
    });
    const graph = await collect(aws);
    expect(graph.nodesOfType('secretsmanager.secret')).toEqual([]);
    expect(graph.gaps.map((g) => [g.service, g.region, g.operation, g.code])).toEqual([
      ['secretsmanager', REGION, 'ListSecrets', 'AccessDeniedException'],
    ]);
  });

  it('keeps the secrets of the pages read before a page failed', async () => {
    const secrets = Array.from({ length: 150 }, (_, i) => entry(`s-${i}`, { KmsKeyId: CMK }));
    const pages = listLikeAws(secrets)['secretsmanager']!;
    const aws = new CannedAws({
      secretsmanager: {
        ListSecrets: (input: { NextToken?: string }, call) => {
          if (input.NextToken !== undefined) throw awsError('AccessDeniedException', 'explicit deny on the second page');
          return pages['ListSecrets']!(input, call);
        },
      },
    });
    const graph = await collect(aws);
    expect(graph.nodesOfType('secretsmanager.secret')).toHaveLength(100);
    expect(graph.gaps).toHaveLength(1);
    expect(graph.gaps[0]).toMatchObject({ operation: 'ListSecrets', code: 'AccessDeniedException' });
  });
});

describe('the rotation schedule of a secret', () => {
  it.each([
    [{ AutomaticallyAfterDays: 7 }, 7],
    [{ AutomaticallyAfterDays: 0, ScheduleExpression: 'rate(12 hours)' }, 0.5],
    [{ ScheduleExpression: 'rate(1 day)' }, 1],
    [{ ScheduleExpression: 'cron(0 16 1,15 * ? *)' }, undefined],
    [{}, null],
    [undefined, null],
  ])('%j rotates every %s days', (rules, days) => {
    expect(rotationIntervalDays(rules)).toBe(days);
  });

  it('is due the interval after the last rotation, or after creation when it never rotated; never when rotation is off', () => {
    const last = new Date('2025-05-01T10:00:00Z');
    expect(rotationDueDate(true, 30, last, CREATED, undefined)).toBe('2025-05-31T10:00:00.000Z');
    expect(rotationDueDate(true, 30, undefined, CREATED, undefined)).toBe('2025-02-09T00:00:00.000Z');
    expect(rotationDueDate(true, undefined, last, CREATED, new Date('2025-05-05T00:00:00Z'))).toBe('2025-05-05T00:00:00.000Z');
    expect(rotationDueDate(true, undefined, last, CREATED, undefined)).toBeUndefined();
    expect(rotationDueDate(false, 30, last, CREATED, undefined)).toBeNull();
  });
});
