/** Pure helpers of the CLI: the progress line, the quota share, the emulator's cache folder, profile names. */
import { describe, expect, it } from 'vitest';
import { profileNames } from '../../../src/cli/profile-check.ts';
import { describeBottleneck, etaSeconds, formatDuration, renderProgress } from '../../../src/cli/progress.ts';
import { shareOfQuotas } from '../../../src/cli/quota-share.ts';
import { isInstalledPackage, userCacheDir } from '../../../src/emulator/cache-dir.ts';

describe('the progress line', () => {
  const plan = {
    total: 1000,
    quotaBoundSeconds: 100,
    slowest: { account: '1', region: 'us-east-1', bucket: 'acm:DescribeCertificate', calls: 990, seconds: 100, rate: 10, burst: 10 },
  };

  it('names the bottleneck quota as a person reads it', () => {
    expect(describeBottleneck(plan.slowest)).toBe('ACM DescribeCertificate in us-east-1, 10/s');
    expect(describeBottleneck({ bucket: 'rds:*', region: 'eu-west-1', rate: 12 })).toBe('RDS (all operations) in eu-west-1, 12/s');
  });

  it('takes the ETA from the quota-bound time still to run, or the observed rate when that is slower', () => {
    const base = { tasksDone: 0, tasksTotal: 6, gaps: 0, startedAt: 0, plan, planAt: 10_000, callsAtPlan: 10 };
    expect(etaSeconds({ ...base, calls: 410, now: 50_000 })).toBe(60); // 40 s into a 100 s quota-bound plan, on pace
    expect(etaSeconds({ ...base, calls: 110, now: 50_000 })).toBeCloseTo(356); // 100 calls in 40 s: 890 left at 2.5/s
    expect(etaSeconds({ ...base, calls: 0, now: 0, plan: undefined })).toBeUndefined();
    expect(renderProgress({ ...base, calls: 410, now: 50_000 })).toBe(
      'scanning: 410/1,000 calls (41%), 50.0s elapsed, ETA 1m 00s; bottleneck ACM DescribeCertificate in us-east-1, 10/s',
    );
    expect(renderProgress({ ...base, plan: undefined, calls: 3, now: 2_000, tasksDone: 1 })).toBe(
      'scanning: listing resources, 3 API calls, 1/6 tasks done, 2.0s elapsed',
    );
    expect(formatDuration(3725)).toBe('1h 02m');
  });

  it('--quota-share scales every rate and burst, a burst staying at least 1', () => {
    expect(
      shareOfQuotas({ 'acm:DescribeCertificate': { rate: 10, burst: 10 }, 'rds:X': { rate: 12, burst: 300, group: 'rds:*' } }, 0.05),
    ).toEqual({
      'acm:DescribeCertificate': { rate: 0.5, burst: 1 },
      'rds:X': { rate: 0.6000000000000001, burst: 15, group: 'rds:*' },
    });
  });
});

describe("the emulator's virtual environment outside node_modules", () => {
  it('uses the per-user cache folder of each OS', () => {
    expect(userCacheDir({ platform: 'linux', home: '/home/ann', env: {} })).toBe('/home/ann/.cache/cryptoposture');
    expect(userCacheDir({ platform: 'linux', home: '/home/ann', env: { XDG_CACHE_HOME: '/var/cache/ann' } })).toBe(
      '/var/cache/ann/cryptoposture',
    );
    expect(userCacheDir({ platform: 'linux', home: '/home/ann', env: { XDG_CACHE_HOME: 'relative' } })).toBe(
      '/home/ann/.cache/cryptoposture',
    );
    expect(userCacheDir({ platform: 'darwin', home: '/Users/ann', env: {} })).toBe('/Users/ann/Library/Caches/cryptoposture');
    expect(userCacheDir({ platform: 'win32', home: 'C:\\Users\\ann', env: { LOCALAPPDATA: 'C:\\Users\\ann\\AppData\\Local' } })).toMatch(
      /^C:\\Users\\ann\\AppData\\Local[\\/]cryptoposture[\\/]Cache$/,
    );
  });

  it('tells an installed package from a source checkout', () => {
    expect(isInstalledPackage('/home/ann/project/node_modules/cryptoposture/')).toBe(true);
    expect(isInstalledPackage('C:\\Users\\ann\\AppData\\npm\\node_modules\\cryptoposture\\')).toBe(true);
    expect(isInstalledPackage('/home/ann/src/cryptoposture/')).toBe(false);
  });
});

describe('AWS profile names', () => {
  it('reads [profile NAME] and [default] from config, [NAME] from credentials, and skips other sections', () => {
    expect(profileNames('[default]\n[profile prod]\n[sso-session corp]\n[services x]\n', 'config')).toEqual(['default', 'prod']);
    expect(profileNames('[ci]\naws_access_key_id = x\n  [ dev ]\n', 'credentials')).toEqual(['ci', 'dev']);
  });
});
