import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/errors.ts';
import { lambdaConfig, runIdAt } from '../../../src/lambda/config.ts';
import { reserveFor, watchDeadline } from '../../../src/lambda/deadline.ts';
import { ScanStopped } from '../../../src/collect/stop.ts';

describe('the Lambda environment', () => {
  it('reads the configuration the template sets, lists split on commas', () => {
    expect(
      lambdaConfig({
        REPORTS_BUCKET: 'b',
        REPORTS_KMS_KEY_ARN: 'arn:aws:kms:eu-west-1:111122223333:key/k',
        AWS_REGION: 'eu-west-1',
        MEMBER_ROLE_NAME: 'CryptopostureReadOnly',
        MEMBER_ROLE_EXTERNAL_ID: '',
        SCAN_REGIONS: 'eu-west-1, us-east-1',
        SCAN_SERVICES: 'kms,s3',
        SCAN_ACCOUNTS: '',
        ORGANIZATIONAL_UNIT_IDS: 'ou-1',
        TOLERATED_FAILURE_PERCENTAGE: '25',
        SECURITY_HUB: 'true',
      }),
    ).toEqual({
      bucket: 'b',
      kmsKeyArn: 'arn:aws:kms:eu-west-1:111122223333:key/k',
      region: 'eu-west-1',
      memberRoleName: 'CryptopostureReadOnly',
      regions: ['eu-west-1', 'us-east-1'],
      services: ['kms', 's3'],
      accounts: [],
      organizationalUnitIds: ['ou-1'],
      toleratedFailurePercentage: 25,
      securityHub: true,
    });
  });

  it('tolerates 10 % failed accounts and exports nothing to Security Hub by default, and rejects other values', () => {
    const base = { REPORTS_BUCKET: 'b', REPORTS_KMS_KEY_ARN: 'k' };
    expect(lambdaConfig(base)).toMatchObject({ toleratedFailurePercentage: 10, securityHub: false });
    expect(() => lambdaConfig({ ...base, TOLERATED_FAILURE_PERCENTAGE: '101' })).toThrow(/TOLERATED_FAILURE_PERCENTAGE/);
    expect(() => lambdaConfig({ ...base, SECURITY_HUB: 'yes' })).toThrow(/SECURITY_HUB/);
  });

  it('names every missing or wrong variable', () => {
    let error: unknown;
    try {
      lambdaConfig({ SCAN_SERVICES: 'kms,gamelift' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message.split('\n')).toEqual([
      'the Lambda environment at /REPORTS_BUCKET: is required',
      'the Lambda environment at /REPORTS_KMS_KEY_ARN: is required',
      'the Lambda environment at /SCAN_SERVICES: names unknown services: gamelift',
    ]);
  });

  it('makes run ids that sort by time and fit in an S3 key', () => {
    expect(runIdAt(new Date('2026-11-22T06:00:00.123Z'))).toBe('2026-11-22T06-00-00Z');
  });
});

describe('the time limit', () => {
  it.each([
    [900_000, 90_000],
    [300_000, 60_000],
    [20_000, 10_000],
    [5_000, 10_000],
  ])('keeps, of %i ms left, %i ms for writing the reports', (remaining, reserve) => {
    expect(reserveFor(remaining)).toBe(reserve);
  });

  it('stops the scan with the deadline reason once only the reserve is left', async () => {
    let remaining = 12_000;
    const watch = watchDeadline({ getRemainingTimeInMillis: () => remaining }, 10_000);
    expect(watch.signal.aborted).toBe(false);
    remaining = 9_999;
    await new Promise((r) => setTimeout(r, 400));
    expect(watch.signal.aborted).toBe(true);
    expect(watch.signal.reason).toBeInstanceOf(ScanStopped);
    expect((watch.signal.reason as ScanStopped).reason).toBe('deadline');
    watch.stop();
  });
});
