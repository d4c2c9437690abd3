import { describe, expect, it } from 'vitest';
import { CallCounter, ClientFactory, collectAll, ScanStopped, type Collector } from '../../../src/collect/index.ts';
import { phasedCollector } from '../../../src/collect/collector.ts';
import { LISTINGS_PER_TASK_SLOT, PACED_DETAIL_SECONDS } from '../../../src/collect/run.ts';

const clients = () => new ClientFactory({ credentialsFor: () => ({ accessKeyId: 'a', secretAccessKey: 'b' }), counter: new CallCounter() });

describe('collectAll', () => {
  it('turns a collector bug into a gap and goes on with the other tasks', async () => {
    const broken: Collector = {
      service: 'acm',
      scope: 'regional',
      responses: {},
      collect: async () => {
        throw new TypeError('cannot read x of undefined');
      },
    };
    const fine: Collector = {
      service: 'kms',
      scope: 'regional',
      responses: {},
      collect: async (ctx) =>
        ctx.add({
          node: {
            id: `arn:aws:kms:${ctx.region}:1:key/k`,
            type: 'kms.key',
            account: '1',
            region: ctx.region,
            name: 'k',
            tags: {},
            attributes: { keyId: 'k', arn: 'x' },
          },
          edges: [],
        }),
    };
    const outcome = await collectAll({
      accounts: ['1'],
      regions: ['eu-west-1', 'us-east-1'],
      services: ['kms', 'acm'],
      partition: 'aws',
      clients: clients(),
      collectors: { kms: fine, acm: broken },
    });
    expect(outcome.data.nodes).toHaveLength(2);
    expect(outcome.data.gaps.map((g) => `${g.region} ${g.service} ${g.code} ${g.message}`).sort()).toEqual([
      'eu-west-1 acm CollectorError TypeError: cannot read x of undefined',
      'us-east-1 acm CollectorError TypeError: cannot read x of undefined',
    ]);
    expect(outcome.unfinished).toEqual([]);
  });

  it('records a service without a collector as a gap instead of reporting nothing', async () => {
    const outcome = await collectAll({
      accounts: ['1'],
      regions: ['eu-west-1'],
      services: ['rds'],
      partition: 'aws',
      clients: clients(),
      collectors: {},
    });
    expect(outcome.data.gaps).toMatchObject([{ service: 'rds', code: 'NoCollector' }]);
  });

  it('marks tasks not started when the deadline has passed, with the reason', async () => {
    const controller = new AbortController();
    controller.abort(new ScanStopped('deadline'));
    const never: Collector = {
      service: 'kms',
      scope: 'regional',
      responses: {},
      collect: async () => {
        throw new Error('must not run');
      },
    };
    const outcome = await collectAll({
      accounts: ['1'],
      regions: ['eu-west-1'],
      services: ['kms'],
      partition: 'aws',
      clients: clients(),
      collectors: { kms: never },
      signal: controller.signal,
    });
    expect(outcome.unfinished).toEqual([{ account: '1', region: 'eu-west-1', service: 'kms', reason: 'not-started' }]);
    expect(outcome.data.gaps).toMatchObject([{ code: 'NotStarted', region: 'eu-west-1' }]);
  });

  it('marks a running task stopped by the deadline as such', async () => {
    const controller = new AbortController();
    const slow: Collector = {
      service: 'kms',
      scope: 'regional',
      responses: {},
      collect: async (ctx) => {
        controller.abort(new ScanStopped('deadline'));
        ctx.signal.throwIfAborted();
      },
    };
    const outcome = await collectAll({
      accounts: ['1'],
      regions: ['eu-west-1'],
      services: ['kms'],
      partition: 'aws',
      clients: clients(),
      collectors: { kms: slow },
      signal: controller.signal,
    });
    expect(outcome.unfinished).toEqual([{ account: '1', region: 'eu-west-1', service: 'kms', reason: 'deadline' }]);
    expect(outcome.data.gaps).toMatchObject([
      { code: 'DeadlineReached', message: 'collection of this service did not finish: the time limit is near' },
    ]);
  });

  it('with detailsAfterPlan (scan --plan), lists every task first, plans, then runs the details with the longest quota-bound time first', async () => {
    const events: string[] = [];
    const certificates: Record<string, number> = { 'eu-west-1': 15, 'us-east-1': 300, 'ap-south-1': 40 };
    const acm = phasedCollector({
      service: 'acm',
      scope: 'regional',
      responses: {},
      list: async (ctx) => {
        events.push(`list ${ctx.region}`);
        return {
          census: { service: 'acm', certificates: certificates[ctx.region] ?? 0 },
          details: async () => {
            events.push(`details ${ctx.region}`);
          },
        };
      },
    });
    const outcome = await collectAll({
      accounts: ['1'],
      regions: ['eu-west-1', 'us-east-1', 'ap-south-1'],
      services: ['acm'],
      partition: 'aws',
      clients: clients(),
      collectors: { acm },
      concurrency: 1,
      detailsAfterPlan: true,
      onPlan: (plan) => {
        events.push(`plan ${plan.total} calls, ${plan.quotaBoundSeconds} s`);
      },
    });
    expect(events).toEqual([
      'list eu-west-1',
      'list us-east-1',
      'list ap-south-1',
      'plan 358 calls, 29 s',
      'details us-east-1',
      'details ap-south-1',
      'details eu-west-1',
    ]);
    expect(outcome.plan.slowest).toMatchObject({ region: 'us-east-1', bucket: 'acm:DescribeCertificate' });
  });

  it('runs more listings at once than detail phases, so that a slow listing holds back no other', async () => {
    const running = { list: 0, details: 0 };
    const peak = { list: 0, details: 0 };
    const busy = async (phase: 'list' | 'details') => {
      running[phase]++;
      peak[phase] = Math.max(peak[phase], running[phase]);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running[phase]--;
    };
    const acm = phasedCollector({
      service: 'acm',
      scope: 'regional',
      responses: {},
      list: async () => {
        await busy('list');
        return { census: { service: 'acm', certificates: 1 }, details: () => busy('details') };
      },
    });
    const regions = ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'eu-west-1', 'eu-west-2'];
    await collectAll({
      accounts: ['1'],
      regions,
      services: ['acm'],
      partition: 'aws',
      clients: clients(),
      collectors: { acm },
      concurrency: 1,
    });
    expect(LISTINGS_PER_TASK_SLOT).toBeLessThan(regions.length);
    expect(peak).toEqual({ list: LISTINGS_PER_TASK_SLOT, details: 1 });
  });

  it('runs no detail phase once the scan is stopped after the listing', async () => {
    const controller = new AbortController();
    const acm = phasedCollector({
      service: 'acm',
      scope: 'regional',
      responses: {},
      list: async () => ({
        census: { service: 'acm', certificates: 1 },
        details: async () => {
          throw new Error('must not run');
        },
      }),
    });
    const outcome = await collectAll({
      accounts: ['1'],
      regions: ['eu-west-1'],
      services: ['acm'],
      partition: 'aws',
      clients: clients(),
      collectors: { acm },
      signal: controller.signal,
      detailsAfterPlan: true,
      onPlan: () => controller.abort(new ScanStopped('interrupted')),
    });
    expect(outcome.unfinished).toEqual([{ account: '1', region: 'eu-west-1', service: 'acm', reason: 'not-started' }]);
  });

  it("starts a task's details once its own listing has ended, the longest quota-bound first, and plans after the last listing", async () => {
    const events: string[] = [];
    let endSlowListing = () => {};
    const slowListing = new Promise<void>((resolve) => (endSlowListing = resolve));
    const certificates: Record<string, number> = { 'eu-west-1': 15, 'us-east-1': 300, 'ap-south-1': 40, 'sa-east-1': 20 };
    const acm = phasedCollector({
      service: 'acm',
      scope: 'regional',
      responses: {},
      list: async (ctx) => {
        // sa-east-1's listing waits on its quota until every other task has finished its details.
        if (ctx.region === 'sa-east-1') await slowListing;
        events.push(`listed ${ctx.region}`);
        return {
          census: { service: 'acm', certificates: certificates[ctx.region] ?? 0 },
          details: async () => {
            events.push(`details ${ctx.region}`);
            // The first detail phase holds the one slot until every fast listing has ended.
            await new Promise((resolve) => setTimeout(resolve, 20));
            if (events.filter((e) => e.startsWith('details')).length === 3) endSlowListing();
          },
        };
      },
    });
    const outcome = await collectAll({
      accounts: ['1'],
      regions: ['eu-west-1', 'ap-south-1', 'us-east-1', 'sa-east-1'],
      services: ['acm'],
      partition: 'aws',
      clients: clients(),
      collectors: { acm },
      concurrency: 1,
      onPlan: (plan) => {
        events.push(`plan ${plan.total} calls`);
      },
    });
    expect(events.filter((e) => !e.startsWith('plan'))).toEqual([
      'listed eu-west-1',
      'listed ap-south-1',
      'listed us-east-1',
      // eu-west-1 took the free slot at once; the others waited for it, the longer one first.
      'details eu-west-1',
      'details us-east-1',
      'details ap-south-1',
      'listed sa-east-1',
      'details sa-east-1',
    ]);
    // The plan counts every census, so it comes only after the last listing.
    expect(events.indexOf('plan 379 calls')).toBeGreaterThan(events.indexOf('listed sa-east-1'));
    expect(outcome.unfinished).toEqual([]);
  });

  it('runs a paced detail phase in a lane of its own, beside the others, so that no slot is waited for on either side', async () => {
    const running: string[] = [];
    const overlaps: string[][] = [];
    const certificates: Record<string, number> = { 'us-east-1': 300, 'eu-west-1': 5, 'ap-south-1': 5 };
    const acm = phasedCollector({
      service: 'acm',
      scope: 'regional',
      responses: {},
      list: async (ctx) => ({
        census: { service: 'acm', certificates: certificates[ctx.region] ?? 0 },
        details: async () => {
          running.push(ctx.region);
          overlaps.push([...running].sort());
          await new Promise((resolve) => setTimeout(resolve, 20));
          running.splice(running.indexOf(ctx.region), 1);
        },
      }),
    });
    const outcome = await collectAll({
      accounts: ['1'],
      regions: ['eu-west-1', 'ap-south-1', 'us-east-1'],
      services: ['acm'],
      partition: 'aws',
      clients: clients(),
      collectors: { acm },
      concurrency: 1,
    });
    // us-east-1's 300 certificates at 10 a second (29 s) make its phase paced; the two others
    // (no wait past the burst) share the one ordinary slot, while us-east-1 runs beside them.
    expect(outcome.plan.slowest).toMatchObject({ region: 'us-east-1', seconds: 29 });
    expect(Math.max(...overlaps.map((o) => o.length))).toBe(2);
    expect(overlaps.every((o) => !(o.includes('eu-west-1') && o.includes('ap-south-1')))).toBe(true);
    expect(overlaps.some((o) => o.includes('us-east-1') && o.length === 2)).toBe(true);
    expect(PACED_DETAIL_SECONDS).toBeLessThan(29);
  });

  it('rejects with the error of a progress callback that throws in a detail phase, once the listings have ended', async () => {
    let endListing = () => {};
    const slowListing = new Promise<void>((resolve) => (endListing = resolve));
    const acm = phasedCollector({
      service: 'acm',
      scope: 'regional',
      responses: {},
      list: async (ctx) => {
        if (ctx.region === 'us-east-1') await slowListing;
        return { census: { service: 'acm', certificates: 1 }, details: async () => {} };
      },
    });
    const outcome = collectAll({
      accounts: ['1'],
      regions: ['eu-west-1', 'us-east-1'],
      services: ['acm'],
      partition: 'aws',
      clients: clients(),
      collectors: { acm },
      onProgress: (p) => {
        if (p.task.region === 'eu-west-1') throw new Error('progress broke');
        return undefined;
      },
    });
    // eu-west-1's details end (and its progress callback throws) while us-east-1 still lists.
    await new Promise((resolve) => setTimeout(resolve, 20));
    endListing();
    await expect(outcome).rejects.toThrow('progress broke');
  });
});
