import { DescribeVolumesCommand, EC2Client } from '@aws-sdk/client-ec2';
import { ListKeysCommand, KMSClient } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { CallCounter } from '../../../src/collect/index.ts';
import { CannedAws, awsError, pageOf } from '../../support/canned-aws.ts';

describe('canned AWS answers', () => {
  it('answers through the real client stack, so the call counter sees every attempt (retries included)', async () => {
    let failures = 2;
    const aws = new CannedAws({
      kms: {
        ListKeys: (input: { Limit?: number }) => {
          if (failures-- > 0) throw awsError('InternalFailure', 'We encountered an internal error.', 500);
          return { Keys: [{ KeyId: `limit-${input.Limit}` }] };
        },
      },
    });
    const counter = new CallCounter();
    const out = await aws
      .clients(counter, 3)
      .get('kms', KMSClient, '111122223333', 'eu-west-1')
      .send(new ListKeysCommand({ Limit: 7 }));
    expect(out.Keys).toEqual([{ KeyId: 'limit-7' }]);
    expect(counter.counts()).toEqual([
      { account: '111122223333', region: 'eu-west-1', service: 'kms', operation: 'ListKeys', attempts: 3, throttled: 0, errors: 2 },
    ]);
    expect(aws.callsOf('ListKeys')).toHaveLength(3);
    expect(aws.calls[0]).toMatchObject({ client: 'kms', account: '111122223333', region: 'eu-west-1', input: { Limit: 7 } });
  });

  it('fails an operation it has no answer for with NotCanned', async () => {
    const aws = new CannedAws({});
    await expect(
      aws.clients().get('ec2', EC2Client, '111122223333', 'eu-west-1').send(new DescribeVolumesCommand({})),
    ).rejects.toMatchObject({
      name: 'NotCanned',
      message: 'the test gave no canned answer for ec2:DescribeVolumes',
    });
  });

  it('pages a list with continuation tokens', () => {
    const items = [1, 2, 3, 4, 5];
    expect(pageOf(items, 2, undefined)).toEqual({ items: [1, 2], next: 'page-2' });
    expect(pageOf(items, 2, 'page-4')).toEqual({ items: [5], next: undefined });
  });
});
