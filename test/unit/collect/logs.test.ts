/**
 * The CloudWatch Logs collector on canned AWS answers, for what the emulator does not show:
 * AWS's full answer shape (`arn` with `:*` next to `logGroupArn`, log group classes, data
 * protection), older answers without `logGroupArn`, paging at 50 a page, and failures as
 * gaps: a denied listing leaves no log group, and a key that only log groups could use is
 * then not "used by no scanned resource" but unknown.
 */
import type { LogGroup } from '@aws-sdk/client-cloudwatch-logs';
import { describe, expect, it } from 'vitest';
import { evaluateSnapshot, prepareRules } from '../../../src/engine/index.ts';
import { buildGraph } from '../../../src/graph/build.ts';
import { SERVICES } from '../../../src/graph/types.ts';
import { logsCollector } from '../../../src/services/logs/collector.ts';
import { mapLogGroup } from '../../../src/services/logs/map.ts';
import { kmsKey } from '../../support/graph-builders.ts';
import { CannedAws, awsError, pageOf } from '../../support/canned-aws.ts';
import { collectCanned, completeScan } from '../../support/canned-collect.ts';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const scope = { partition: 'aws', account: ACCOUNT, region: REGION };
const KEY_ID = '0c0c0c0c-1111-4222-8333-444455556666';
const KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/${KEY_ID}`;
const groupArn = (name: string) => `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${name}`;

/** A log group as AWS describes it. */
function group(name: string, extra: Partial<LogGroup> = {}): LogGroup {
  return {
    logGroupName: name,
    arn: `${groupArn(name)}:*`,
    logGroupArn: groupArn(name),
    creationTime: Date.UTC(2024, 4, 1),
    metricFilterCount: 0,
    storedBytes: 1024,
    logGroupClass: 'STANDARD',
    ...extra,
  };
}

function cannedGroups(groups: LogGroup[]) {
  return new CannedAws({
    logs: {
      DescribeLogGroups: (input: { limit?: number; nextToken?: string }) => {
        const page = pageOf(groups, Math.min(input.limit ?? 50, 50), input.nextToken);
        return { logGroups: page.items, ...(page.next === undefined ? {} : { nextToken: page.next }) };
      },
    },
  });
}

const collect = (aws: CannedAws) => collectCanned(aws, logsCollector, ACCOUNT, REGION);
const scanMetadata = completeScan(ACCOUNT, REGION);

describe('CloudWatch Logs collector (canned AWS answers)', () => {
  it('reads every page at 50 log groups a page and maps AWS answers exactly', async () => {
    const groups = Array.from({ length: 120 }, (_, i) => group(`/bulk/${String(i).padStart(3, '0')}`));
    groups[3] = group('/bulk/003', {
      kmsKeyId: KEY,
      retentionInDays: 30,
      logGroupClass: 'INFREQUENT_ACCESS',
      dataProtectionStatus: 'ACTIVATED',
    });
    const aws = cannedGroups(groups);
    const data = await collect(aws);

    expect(aws.callsOf('DescribeLogGroups').map((c) => c.input)).toEqual([
      { limit: 50 },
      { limit: 50, nextToken: 'page-50' },
      { limit: 50, nextToken: 'page-100' },
    ]);
    expect(data.gaps).toEqual([]);
    expect(data.nodes).toHaveLength(120);
    const graph = buildGraph({ ...data, nodes: [...data.nodes, kmsKey(KEY_ID)] });
    expect(graph.node(groupArn('/bulk/003'))).toEqual({
      id: groupArn('/bulk/003'),
      type: 'logs.log-group',
      account: ACCOUNT,
      region: REGION,
      name: '/bulk/003',
      tags: {},
      attributes: {
        logGroupName: '/bulk/003',
        kmsKeyId: KEY,
        encryptionMode: 'kms',
        encryptionLevel: 'customer-managed-kms',
        retentionInDays: 30,
        logGroupClass: 'INFREQUENT_ACCESS',
        dataProtectionStatus: 'ACTIVATED',
        creationTime: '2024-05-01T00:00:00.000Z',
      },
    });
    expect(graph.targets(groupArn('/bulk/003'), 'encrypted-by').map((n) => n.id)).toEqual([KEY]);
    expect(graph.node(groupArn('/bulk/004'))!.attributes).toEqual({
      logGroupName: '/bulk/004',
      kmsKeyId: null,
      encryptionMode: 'aws-owned',
      encryptionLevel: 'aws-owned',
      retentionInDays: null,
      logGroupClass: 'STANDARD',
      creationTime: '2024-05-01T00:00:00.000Z',
    });
  });

  it('names a log group by its ARN without the ":*" of `arn` when the answer has no logGroupArn', () => {
    const { logGroupArn: _omitted, ...older } = group('/old/api');
    expect(mapLogGroup(scope, older).node.id).toBe(groupArn('/old/api'));
    expect(mapLogGroup(scope, { logGroupName: '/bare' }).node.id).toBe(groupArn('/bare'));
  });

  it('keeps the groups of the pages read before a page fails, and records the gap', async () => {
    const groups = Array.from({ length: 70 }, (_, i) => group(`/g/${i}`));
    const aws = new CannedAws({
      logs: {
        DescribeLogGroups: (input: { nextToken?: string }) => {
          if (input.nextToken) throw awsError('AccessDeniedException', 'User is not authorized to perform: logs:DescribeLogGroups');
          return { logGroups: groups.slice(0, 50), nextToken: 'page-50' };
        },
      },
    });
    const data = await collect(aws);
    expect(data.nodes).toHaveLength(50);
    expect(data.gaps).toHaveLength(1);
    expect(data.gaps[0]).toMatchObject({ service: 'logs', region: REGION, operation: 'DescribeLogGroups', code: 'AccessDeniedException' });
    expect(data.gaps[0]!.message).toMatch(/^page 2 of the listing/);
  });

  it('a denied listing is a gap: no log group, and a key pending deletion is not judged unused', async () => {
    const denied = new CannedAws({
      logs: {
        DescribeLogGroups: () => {
          throw awsError('AccessDeniedException', 'User is not authorized to perform: logs:DescribeLogGroups');
        },
      },
    });
    const rules = prepareRules();
    const doomed = kmsKey(KEY_ID, { keyState: 'PendingDeletion', enabled: false });
    const verdict = async (aws: CannedAws) => {
      const data = await collect(aws);
      const graph = buildGraph({ ...data, nodes: [...data.nodes, doomed], scope: { ...data.scope, services: [...SERVICES] } });
      const evaluation = evaluateSnapshot({ graph, snapshot: { scan: scanMetadata } }, rules);
      return { data, status: evaluation.results.find((r) => r.ruleId === 'CP-KMS-007' && r.resource.id === KEY)?.status };
    };

    const hidden = await verdict(denied);
    expect(hidden.data.nodes).toEqual([]);
    expect(hidden.data.gaps).toEqual([
      expect.objectContaining({
        account: ACCOUNT,
        region: REGION,
        service: 'logs',
        operation: 'DescribeLogGroups',
        code: 'AccessDeniedException',
      }),
    ]);
    expect(hidden.status).toBe('unknown');
    // The same key when the listing answered, and answered no group: unused, so CP-KMS-007 fails.
    expect((await verdict(cannedGroups([]))).status).toBe('fail');
  });
});
