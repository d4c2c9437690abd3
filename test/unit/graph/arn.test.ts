import { describe, expect, it } from 'vitest';
import { arns, formatArn, parseArn, partitionOfRegion } from '../../../src/graph/arn.ts';

describe('parseArn', () => {
  it.each([
    [
      'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      {
        partition: 'aws',
        service: 'kms',
        region: 'eu-west-1',
        account: '111122223333',
        resourceType: 'key',
        resourceId: '1234abcd-12ab-34cd-56ef-1234567890ab',
      },
    ],
    ['arn:aws:kms:us-east-1:111122223333:alias/aws/s3', { resourceType: 'alias', resourceId: 'aws/s3' }],
    [
      'arn:aws-cn:kms:cn-north-1:111122223333:key/mrk-1234',
      { partition: 'aws-cn', region: 'cn-north-1', resourceType: 'key', resourceId: 'mrk-1234' },
    ],
    [
      'arn:aws-us-gov:rds:us-gov-west-1:111122223333:db:prod-db',
      { partition: 'aws-us-gov', service: 'rds', resourceType: 'db', resourceId: 'prod-db' },
    ],
    [
      'arn:aws:rds:eu-west-1:111122223333:snapshot:rds:prod-db-2024-01-01',
      { resourceType: 'snapshot', resourceId: 'rds:prod-db-2024-01-01', resource: 'snapshot:rds:prod-db-2024-01-01' },
    ],
    ['arn:aws:s3:::my-bucket', { service: 's3', region: '', account: '', resourceType: '', resourceId: 'my-bucket' }],
    ['arn:aws:s3:::my-bucket/logs/2024/a.gz', { region: '', account: '', resourceId: 'my-bucket/logs/2024/a.gz' }],
    ['arn:aws-cn:s3:::cn-bucket', { partition: 'aws-cn', region: '', account: '', resourceId: 'cn-bucket' }],
    ['arn:aws:ec2:eu-west-1::snapshot/snap-0123', { account: '', resourceType: 'snapshot', resourceId: 'snap-0123' }],
    ['arn:aws:iam::111122223333:root', { service: 'iam', region: '', account: '111122223333', resourceType: '', resourceId: 'root' }],
    ['arn:aws:iam::111122223333:role/path/to/admin', { resourceType: 'role', resourceId: 'path/to/admin' }],
    ['arn:aws:acm:eu-west-1:111122223333:certificate/abcd', { service: 'acm', resourceType: 'certificate', resourceId: 'abcd' }],
  ])('parses %s', (text, expected) => {
    expect(parseArn(text)).toMatchObject(expected);
  });

  it.each(['', 'not-an-arn', 'arn:aws:kms', 'arn::kms:eu-west-1:1:key/x', 'arn:aws::eu-west-1:1:key/x', 'arn:aws:kms:eu-west-1:1:'])(
    'rejects %j',
    (text) => {
      expect(parseArn(text)).toBeUndefined();
    },
  );

  it('formats back what it parsed', () => {
    for (const text of [
      'arn:aws:s3:::b',
      'arn:aws-us-gov:kms:us-gov-east-1:111122223333:alias/x/y',
      'arn:aws:rds:eu-west-1:1:snapshot:rds:a',
    ]) {
      expect(formatArn(parseArn(text)!)).toBe(text);
    }
  });
});

describe('partitions and builders', () => {
  it.each([
    ['eu-west-1', 'aws'],
    ['cn-northwest-1', 'aws-cn'],
    ['us-gov-west-1', 'aws-us-gov'],
    ['us-iso-east-1', 'aws-iso'],
    ['us-isob-east-1', 'aws-iso-b'],
  ])('region %s is in partition %s', (region, partition) => {
    expect(partitionOfRegion(region)).toBe(partition);
  });

  it('builds canonical ARNs', () => {
    expect(arns.kmsAlias('aws', 'eu-west-1', '1', 'alias/a')).toBe('arn:aws:kms:eu-west-1:1:alias/a');
    expect(arns.kmsAlias('aws', 'eu-west-1', '1', 'a')).toBe('arn:aws:kms:eu-west-1:1:alias/a');
    expect(arns.ebsSnapshot('aws', 'eu-west-1', 'snap-1')).toBe('arn:aws:ec2:eu-west-1::snapshot/snap-1');
    expect(arns.s3Bucket('aws-cn', 'b')).toBe('arn:aws-cn:s3:::b');
  });
});
