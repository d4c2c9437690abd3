import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/graph/build.ts';
import { mergeSnapshots } from '../../../src/graph/merge.ts';
import { toSnapshot } from '../../../src/graph/snapshot.ts';
import type { Snapshot } from '../../../src/graph/snapshot-types.ts';
import { collected, keyRef, kmsKey, node } from '../../support/graph-builders.ts';

function snapshotOf(account: string, data: ReturnType<typeof collected>, complete = true): Snapshot {
  const graph = buildGraph({ ...data, scope: { ...data.scope, accounts: [account] } });
  return toSnapshot(graph, {
    schemaVersion: 2,
    tool: { name: 'cryptoposture', version: '1' },
    scan: {
      id: account,
      startedAt: `2026-01-0${account.startsWith('1') ? 1 : 2}T00:00:00.000Z`,
      finishedAt: `2026-01-0${account.startsWith('1') ? 1 : 2}T00:10:00.000Z`,
      caller: null,
      partition: 'aws',
      accounts: [account],
      regions: ['eu-west-1'],
      services: ['kms', 'ebs'],
      complete,
      unfinished: [],
      apiCalls: [],
    },
  });
}

describe('mergeSnapshots', () => {
  it('joins accounts, replaces an external stand-in by the collected resource, and marks missing accounts as gaps', () => {
    // Account A's volume uses a key of account B; B was scanned too.
    const keyOfB = { ...kmsKey('kb'), id: 'arn:aws:kms:eu-west-1:222222222222:key/kb', account: '222222222222' };
    const volume = node(
      'ec2.volume',
      'arn:aws:ec2:eu-west-1:111111111111:volume/v',
      { volumeId: 'v', encryptionMode: 'kms' },
      { account: '111111111111' },
    );
    const a = snapshotOf('111111111111', collected([volume], [keyRef(volume.id, keyOfB.id)]));
    const b = snapshotOf('222222222222', collected([{ ...keyOfB, attributes: { ...keyOfB.attributes, arn: keyOfB.id } }]), false);
    expect(a.graph.nodes.find((n) => n.id === keyOfB.id)?.type).toBe('external');

    const { snapshot, graph } = mergeSnapshots([a, b], { expectedAccounts: ['111111111111', '222222222222', '333333333333'], id: 'org' });
    expect(graph.node(keyOfB.id)?.type).toBe('kms.key');
    expect(graph.targets(volume.id, 'encrypted-by').map((n) => n.type)).toEqual(['kms.key']);
    expect(snapshot.scan).toMatchObject({
      id: 'org',
      accounts: ['111111111111', '222222222222', '333333333333'],
      startedAt: '2026-01-01T00:00:00.000Z',
      finishedAt: '2026-01-02T00:10:00.000Z',
      complete: false,
    });
    expect(snapshot.gaps).toEqual([
      {
        account: '333333333333',
        region: '',
        service: '*',
        operation: 'ScanAccount',
        code: 'NoResults',
        message: 'no results for this account in this run: its scan failed or did not finish',
      },
    ]);
  });
});
