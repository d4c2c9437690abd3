/**
 * For collector unit tests on canned answers: one collector run over one account and region,
 * and the scan metadata that evaluating its graph needs (every service scanned, so that only
 * the test's own gaps can make a rule unknown).
 */
import type { Collector } from '../../src/collect/collector.ts';
import { CallCounter, collectAll } from '../../src/collect/index.ts';
import type { CollectedData } from '../../src/graph/build.ts';
import type { ScanMetadata } from '../../src/graph/snapshot-types.ts';
import { SERVICES } from '../../src/graph/types.ts';
import { expect } from 'vitest';
import { CannedAws, awsError } from './canned-aws.ts';

/** What one collector collects from the canned answers, in one account and region. */
export async function collectCanned(aws: CannedAws, collector: Collector, account: string, region: string): Promise<CollectedData> {
  const outcome = await collectAll({
    accounts: [account],
    regions: [region],
    services: [collector.service],
    partition: 'aws',
    clients: aws.clients(new CallCounter()),
    collectors: { [collector.service]: collector },
  });
  return outcome.data;
}

/** The metadata of a complete scan of every service in one account and region. */
export function completeScan(account: string, region: string): ScanMetadata {
  return {
    id: 'canned',
    startedAt: '2026-12-01T00:00:00.000Z',
    finishedAt: '2026-12-01T00:01:00.000Z',
    caller: { account, arn: `arn:aws:iam::${account}:user/me`, userId: 'AIDA' },
    partition: 'aws',
    accounts: [account],
    regions: [region],
    services: [...SERVICES],
    complete: true,
    unfinished: [],
    apiCalls: [],
  };
}

/**
 * Collects with the listing `client:operation` denied (AccessDeniedException, as AWS answers
 * it) and checks the outcome every collector owes: no node, and one gap naming the operation.
 */
export async function collectDeniedListing(
  collector: Collector,
  client: string,
  operation: string,
  account: string,
  region: string,
): Promise<CollectedData> {
  const denied = () => {
    throw awsError('AccessDeniedException', `User is not authorized to perform: ${client}:${operation}`);
  };
  const data = await collectCanned(new CannedAws({ [client]: { [operation]: denied } }), collector, account, region);
  expect(data.nodes).toEqual([]);
  expect(data.gaps).toEqual([
    expect.objectContaining({ account, region, service: collector.service, operation, code: 'AccessDeniedException' }),
  ]);
  return data;
}
