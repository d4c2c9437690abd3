import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { FIRST_SEND_WAIT_MS, Pacer, TokenBucket } from '../../../src/collect/pacing.ts';
import { planScan, quotaBounds, referenceSeconds, sequentialRoundTrips, taskCalls, type TaskCensus } from '../../../src/collect/plan.ts';
import { renderPlan } from '../../../src/cli/plan.ts';

const acm = (region: string, certificates: number): TaskCensus => ({ account: '1', region, census: { service: 'acm', certificates } });
const rds = (region: string, manual: number): TaskCensus => ({
  account: '1',
  region,
  census: {
    service: 'rds',
    instances: 250,
    clusters: 0,
    dbSnapshots: manual,
    clusterSnapshots: 0,
    manualDbSnapshots: manual,
    manualClusterSnapshots: 0,
    caCertificates: 0,
    dbParameterGroups: 0,
    clusterParameterGroups: 0,
  },
});

describe('the call model', () => {
  it('counts a listing as at least one page and no trailing empty page', () => {
    const calls = taskCalls({ account: '1', region: 'r', census: { service: 'ebs', volumes: 0, snapshots: 1000, publicCandidates: 1001 } });
    expect(Object.fromEntries(calls.map((c) => [c.operation, c.calls]))).toEqual({
      GetEbsEncryptionByDefault: 1,
      GetEbsDefaultKmsKeyId: 1,
      GetSnapshotBlockPublicAccessState: 1,
      DescribeVolumes: 1,
      DescribeSnapshots: 1 + 2,
      DescribeSnapshotAttribute: 1001,
    });
  });

  it('sends the per-bucket S3 calls to each bucket region and GetBucketLocation only for buckets without one', () => {
    const calls = taskCalls({
      account: '1',
      region: 'us-east-1',
      census: { service: 's3', buckets: 10001, withoutRegion: 2, inScope: { 'eu-west-1': 3 } },
    });
    expect(calls.map((c) => `${c.region} ${c.operation} ${c.calls} ${c.phase}`)).toEqual([
      'us-east-1 ListBuckets 2 list',
      'us-east-1 GetBucketLocation 2 list',
      'eu-west-1 GetBucketEncryption 3 detail',
      'eu-west-1 GetBucketPolicy 3 detail',
      'eu-west-1 GetBucketVersioning 3 detail',
      'eu-west-1 GetBucketReplication 3 detail',
    ]);
  });

  it('bounds the time by the busiest quota: 300 DescribeCertificate at 10/s after a burst of 10 take 29 s', () => {
    const plan = planScan([acm('us-east-1', 300), acm('eu-west-1', 12)]);
    expect(plan.quotaBoundSeconds).toBeCloseTo(29);
    expect(plan.slowest).toMatchObject({ region: 'us-east-1', bucket: 'acm:DescribeCertificate', calls: 300, rate: 10, burst: 10 });
    expect(plan.services.acm).toEqual({ list: 2, detail: 312, total: 314, quotaSeconds: 29, estimated: false });
  });

  it('lets every RDS operation of a region draw from one bucket of 300 and 12/s', () => {
    // Instances 3 pages, clusters 1, DB snapshots 2, cluster snapshots 1, CA certificates 1, 150 attribute calls: within the burst.
    const [first] = quotaBounds(taskCalls(rds('eu-west-1', 150)));
    expect(first).toMatchObject({ bucket: 'rds:*', calls: 158, seconds: 0 });
    // 3 + 1 + 4 + 1 + 1 + 400 = 410 calls: 110 beyond the burst, at 12 per second.
    const bound = quotaBounds(taskCalls(rds('us-east-1', 400)))[0]!;
    expect(bound).toMatchObject({ bucket: 'rds:*', calls: 410 });
    expect(bound.seconds).toBeCloseTo(110 / 12);
  });

  it('counts the round trips that wait for each other and adds one round trip for each to the reference time', () => {
    expect(sequentialRoundTrips({ service: 'acm', certificates: 2500 })).toEqual({ list: 3, detail: 1 });
    const plan = planScan([acm('us-east-1', 300)], { scopeRoundTrips: 1 });
    expect(plan.sequentialRoundTrips).toBe(1 + 1 + 1);
    expect(referenceSeconds(plan, 0.05)).toBeCloseTo(29 + 3 * 0.05);
  });

  it('renders the plan of scan --plan, marking KMS counts known only after DescribeKey', () => {
    const text = renderPlan(
      planScan([
        acm('us-east-1', 300),
        {
          account: '1',
          region: 'us-east-1',
          census: { service: 'kms', keys: 10, aliases: 10, customerKeys: 8, rotatableKeys: 8, tagPages: 8, grantPages: 8, estimated: true },
        },
      ]),
      3,
    );
    expect(text).toContain('Plan after the listing calls (3 API calls made so far):');
    expect(text).toMatch(/acm\s+1\s+300\s+301\s+29\.0 s/);
    expect(text).toMatch(/kms\s+2\s+<= 44\s+<= 46\s+0\.0 s/);
    expect(text).toContain('quota-bound time: 29.0 s (acm:DescribeCertificate in us-east-1: 300 calls at 10/s after a burst of 10)');
  });
});

describe('the pacer', () => {
  it('holds one abort listener on the scan signal whatever the number of waits, and a stop ends a wait', async () => {
    const pacer = new Pacer({ 'acm:DescribeCertificate': { rate: 1000, burst: 2 }, 'kms:ListGrants': { rate: 1000, burst: 2 } });
    const controller = new AbortController();
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        pacer.acquire('1', 'r', i % 2 ? 'acm' : 'kms', i % 2 ? 'DescribeCertificate' : 'ListGrants', controller.signal),
      ),
    );
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    const slow = new Pacer({ 'acm:DescribeCertificate': { rate: 0.1, burst: 2 } });
    await slow.acquire('1', 'r', 'acm', 'DescribeCertificate', controller.signal);
    const waiting = slow.acquire('1', 'r', 'acm', 'DescribeCertificate', controller.signal);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
  });

  it('shares one bucket between the operations of a group, keeping one token of the burst as headroom', async () => {
    // A burst of 3 less one token of headroom: two requests at once, the third waits.
    const pacer = new Pacer({ 'rds:A': { rate: 1, burst: 3, group: 'g' }, 'rds:B': { rate: 1, burst: 3, group: 'g' } });
    const started = performance.now();
    await pacer.acquire('1', 'r', 'rds', 'A');
    await pacer.acquire('1', 'r', 'rds', 'B');
    expect(performance.now() - started).toBeLessThan(100);
    const third = pacer.acquire('1', 'r', 'rds', 'A');
    const outcome = await Promise.race([third.then(() => 'granted'), new Promise((r) => setTimeout(() => r('waiting'), 200))]);
    expect(outcome).toBe('waiting');
  });

  it("starts refilling a bucket when its first request leaves, not when it was let through (AWS's bucket starts when the request arrives)", async () => {
    const settle = (p: Promise<unknown>, ms: number) =>
      Promise.race([p.then(() => 'granted'), new Promise((r) => setTimeout(() => r('waiting'), ms))]);
    const bucket = new TokenBucket({ rate: 100, burst: 1 });
    await bucket.take();
    const second = bucket.take();
    // 100 a second would refill a token in 10 ms; before the first request has left, it does not.
    expect(await settle(second, 60)).toBe('waiting');
    const sentAt = performance.now();
    bucket.sent();
    expect(await settle(second, 200)).toBe('granted');
    expect(performance.now() - sentAt).toBeGreaterThanOrEqual(9);
    // A first request that never leaves holds the others back for FIRST_SEND_WAIT_MS at most.
    const silent = new TokenBucket({ rate: 100, burst: 1 });
    const started = performance.now();
    await silent.take();
    await silent.take();
    expect(performance.now() - started).toBeGreaterThanOrEqual(FIRST_SEND_WAIT_MS);
    expect(performance.now() - started).toBeLessThan(FIRST_SEND_WAIT_MS + 500);
  });
});
