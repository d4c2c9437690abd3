/**
 * No answer trusted blindly: the paging helper (failed, truncated and looping listings), the
 * answer checks (body protocol, declared shape), and the SDK clients' middleware and HTTP
 * handler against a local HTTP server: a malformed answer is asked for once more, the
 * scan's signal ends requests in flight, and it collects no listener per request.
 */
import { execFileSync } from 'node:child_process';
import { ListKeysCommand, KMSClient } from '@aws-sdk/client-kms';
import { getEventListeners } from 'node:events';
import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { CallCounter, ClientFactory } from '../../../src/collect/index.ts';
import { CollectContext } from '../../../src/collect/collector.ts';
import { PartialListing, readPages, type PageSpec } from '../../../src/collect/paging.ts';
import { bodyProblem, outputProblem, MalformedResponseError } from '../../../src/collect/responses.ts';
import { RESPONSE_SHAPES } from '../../../src/collect/response-shapes.ts';
import { PRECOMPILED } from '../../../src/collect/response-validators.ts';
import type { Gap } from '../../../src/graph/types.ts';
import { awsError, CannedAws } from '../../support/canned-aws.ts';

interface Page {
  items: number[];
  next?: string;
  truncated?: boolean;
}

/** A listing of fixed pages, by marker ('' for the first); a page given as an Error fails. */
function pages(byMarker: Record<string, Page | Error>, truncated = false): PageSpec<Page, number> & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    page: async (token) => {
      asked.push(token ?? '');
      const page = byMarker[token ?? ''];
      if (page === undefined) throw new Error(`no page ${token}`);
      if (page instanceof Error) throw page;
      return page;
    },
    next: (p) => p.next,
    items: (p) => p.items,
    ...(truncated ? { truncated: (p: Page) => p.truncated } : {}),
  };
}

async function partial(run: Promise<unknown>): Promise<PartialListing<number>> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PartialListing);
  return error as PartialListing<number>;
}

describe('readPages', () => {
  it('reads every page in order', async () => {
    const spec = pages({ '': { items: [1, 2], next: 'a' }, a: { items: [3], next: 'b' }, b: { items: [4] } });
    expect(await readPages('ListThings', spec)).toEqual([1, 2, 3, 4]);
    expect(spec.asked).toEqual(['', 'a', 'b']);
  });

  it('a page that fails keeps the pages before it', async () => {
    const denied = Object.assign(new Error('no'), { name: 'AccessDenied' });
    const failure = await partial(
      readPages('ListThings', pages({ '': { items: [1], next: 'a' }, a: { items: [2], next: 'b' }, b: denied })),
    );
    expect(failure.page).toBe(3);
    expect(failure.items).toEqual([1, 2]);
    expect(failure.cause).toBe(denied);
  });

  it('a page that says more follow but gives no marker is malformed, not the last page', async () => {
    const failure = await partial(
      readPages('ListKeys', pages({ '': { items: [1], next: 'a' }, a: { items: [2], truncated: true } }, true)),
    );
    expect(failure.items).toEqual([1, 2]);
    expect(failure.cause).toBeInstanceOf(MalformedResponseError);
    expect((failure.cause as Error).message).toBe(
      'the answer to ListKeys is not one AWS gives: page 2 says more pages follow but gives no marker for the next one',
    );
  });

  it('a marker seen before ends the listing instead of looping for ever; the repeated page is dropped', async () => {
    const spec = pages({ '': { items: [1], next: 'a' }, a: { items: [2], next: 'b' }, b: { items: [3], next: 'a' } });
    const failure = await partial(readPages('DescribeVolumes', spec));
    expect(spec.asked).toEqual(['', 'a', 'b']);
    expect(failure.items).toEqual([1, 2]);
    expect((failure.cause as Error).message).toContain('page 3 gives a next-page marker that was already used');
  });

  it('stops at the page cap', async () => {
    let n = 0;
    const endless: PageSpec<Page, number> = {
      page: async () => ({ items: [n], next: `m${n++}` }),
      next: (p) => p.next,
      items: (p) => p.items,
    };
    const failure = await partial(readPages('ListThings', endless, 5));
    expect(failure.items).toEqual([0, 1, 2, 3, 4]);
    expect((failure.cause as Error).message).toContain('the listing has more than 5 pages');
  });
});

describe('CollectContext.paginate', () => {
  it('records the gap with the failed page and returns the items of the pages before it', async () => {
    const gaps: Gap[] = [];
    const outcomes: string[] = [];
    const throttled = awsError('ThrottlingException', 'Rate exceeded');
    const aws = new CannedAws({
      kms: {
        ListKeys: (input: { Marker?: string }) => {
          if (input.Marker === 'a') throw throttled;
          return { Keys: [{ KeyId: '1' }, { KeyId: '2' }], NextMarker: 'a', Truncated: true };
        },
      },
    });
    const ctx = new CollectContext({
      account: '111122223333',
      region: 'eu-west-1',
      partition: 'aws',
      regions: ['eu-west-1'],
      service: 'kms',
      clients: aws.clients(new CallCounter(), 1),
      signal: new AbortController().signal,
      sink: { node: () => {}, edge: () => {}, gap: (g) => gaps.push(g), call: (o) => outcomes.push(o) },
    });
    const listed = await ctx.paginate(ctx.client(KMSClient), {
      command: (token) => new ListKeysCommand({ ...(token === undefined ? {} : { Marker: token }) }),
      next: (p) => p.NextMarker,
      items: (p) => p.Keys,
      truncated: (p) => p.Truncated,
    });
    expect(listed).toMatchObject({ ok: false, operation: 'ListKeys', value: [{ KeyId: '1' }, { KeyId: '2' }] });
    expect(aws.callsOf('ListKeys').map((c) => c.input['Marker'])).toEqual([undefined, 'a']);
    expect(gaps).toEqual([
      {
        account: '111122223333',
        region: 'eu-west-1',
        service: 'kms',
        operation: 'ListKeys',
        code: 'ThrottlingException',
        message: 'page 2 of the listing: Rate exceeded (the 2 items of the pages before it are kept)',
      },
    ]);
    expect(outcomes).toEqual(['ok', 'failed']);
  });
});

describe('answer checks', () => {
  const xml = (s: string) => new TextEncoder().encode(s);
  it('names what is wrong with a 200 body', () => {
    expect(bodyProblem('kms', 'ListKeys', 'application/x-amz-json-1.1', xml(''))).toBe(
      'HTTP 200 with an empty body (content type application/x-amz-json-1.1)',
    );
    expect(bodyProblem('ec2', 'DescribeVolumes', 'text/html', xml('<!DOCTYPE html><html><body>Sign in</body></html>'))).toMatch(
      /^HTTP 200 with an HTML page \(content type text\/html\): "<!DOCTYPE html>/,
    );
    expect(bodyProblem('kms', 'ListKeys', undefined, xml('<ListKeys/>'))).toMatch(/^HTTP 200 with a body that is not a JSON object/);
    expect(bodyProblem('rds', 'DescribeDBInstances', 'text/xml', xml('<?xml version="1.0"?><DescribeDBClustersResponse/>'))).toBe(
      'HTTP 200 with the XML document <DescribeDBClustersResponse>, not <DescribeDBInstancesResponse>',
    );
    expect(
      bodyProblem('rds', 'DescribeDBInstances', 'text/xml', xml('<DescribeDBInstancesResponse><x/></DescribeDBInstancesResponse>')),
    ).toBe(undefined);
    expect(bodyProblem('s3', 'GetBucketPolicy', 'application/json', xml('{"Statement":[]}'))).toBe(undefined);
    expect(
      bodyProblem('s3', 'GetBucketLocation', 'application/xml', xml('<LocationConstraint xmlns="x">eu-west-1</LocationConstraint>')),
    ).toBe(undefined);
    expect(bodyProblem('s3', 'GetBucketLocation', 'application/xml', xml('<LocationConstraint xmlns="x"/>'))).toBe(undefined);
    expect(
      bodyProblem('s3', 'GetBucketLocation', 'application/xml', xml('<LocationConstraint><a>eu-west-1</a></LocationConstraint>')),
    ).toMatch(/^HTTP 200 with a body that is not a LocationConstraint element holding a region name/);
  });

  it('names the field that does not have the declared shape', () => {
    expect(outputProblem(RESPONSE_SHAPES, 'kms:ListKeys', { Keys: [], Truncated: false, $metadata: {} })).toBe(undefined);
    expect(outputProblem(RESPONSE_SHAPES, 'kms:ListKeys', { $metadata: {} })).toBe('the answer lacks Keys');
    expect(outputProblem(RESPONSE_SHAPES, 'kms:ListKeys', { Keys: [{ KeyId: 5 }] })).toBe('Keys.0.KeyId must be string');
    expect(outputProblem(RESPONSE_SHAPES, 'acm:DescribeCertificate', { Certificate: { CertificateArn: 'a', NotAfter: 'soon' } })).toBe(
      'Certificate.NotAfter is not a timestamp',
    );
    expect(outputProblem(RESPONSE_SHAPES, 's3:GetBucketPolicy', { Policy: '{"Statement":[{"Effect":"Allow"}]}' })).toBe(undefined);
    expect(outputProblem(RESPONSE_SHAPES, 's3:GetBucketPolicy', { Policy: '{"Statement":[{"Effect":{"unexpected":"Allow"}}]}' })).toBe(
      'Policy is not a policy document (JSON statements, each with an Effect)',
    );
  });

  it('checks with validators compiled ahead of time from the declared shapes, and compiles any other shape when first needed', () => {
    // The committed validators are those of today's shapes (npm run generate).
    expect(() => execFileSync(process.execPath, ['scripts/generate-response-validators.ts', '--check'], { stdio: 'pipe' })).not.toThrow();
    const table = PRECOMPILED as unknown as Record<string, [unknown, string]>;
    expect(Object.keys(table).sort()).toEqual(Object.keys(RESPONSE_SHAPES).sort());
    for (const [key, shape] of Object.entries(RESPONSE_SHAPES)) expect(table[key]?.[1], key).toBe(JSON.stringify(shape));
    // Shapes of no precompiled operation (a test's own) give the same answers.
    const own = {
      'test:Keys': RESPONSE_SHAPES['kms:ListKeys']!,
      'test:Certificate': RESPONSE_SHAPES['acm:DescribeCertificate']!,
      'test:Policy': RESPONSE_SHAPES['s3:GetBucketPolicy']!,
    };
    expect(outputProblem(own, 'test:Keys', { Keys: [{ KeyId: 5 }] })).toBe('Keys.0.KeyId must be string');
    expect(outputProblem(own, 'test:Certificate', { Certificate: { CertificateArn: 'a', NotAfter: new Date('x') } })).toBe(
      'Certificate.NotAfter is not a timestamp',
    );
    expect(outputProblem(own, 'test:Certificate', { Certificate: { CertificateArn: 'a', NotAfter: new Date(0) } })).toBe(undefined);
    expect(outputProblem(own, 'test:Policy', { Policy: 'not json' })).toBe(
      'Policy is not a policy document (JSON statements, each with an Effect)',
    );
    // A changed shape under a precompiled name is compiled afresh, not checked by the stale validator.
    const changed = { 'kms:ListKeys': { type: 'object', properties: { Other: { type: 'string' } }, required: ['Other'] } };
    expect(outputProblem(changed, 'kms:ListKeys', { Keys: [] })).toBe('the answer lacks Other');
  });
});

describe('the SDK clients of a scan', () => {
  let server: Server | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = undefined;
  });

  /** A local endpoint that answers every request with `answer` (or never, when it returns undefined). */
  async function endpoint(answer: () => { status: number; type: string; body: string } | undefined): Promise<string> {
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        const a = answer();
        if (a === undefined) return;
        res.writeHead(a.status, { 'content-type': a.type });
        res.end(a.body);
      });
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  }

  function factory(url: string, counter: CallCounter, signal?: AbortSignal, requestTimeoutMs?: number) {
    return new ClientFactory({
      credentialsFor: () => ({ accessKeyId: 'a', secretAccessKey: 'b' }),
      endpoint: url,
      counter,
      maxAttempts: 5,
      ...(signal ? { signal } : {}),
      ...(requestTimeoutMs ? { requestTimeoutMs } : {}),
    });
  }

  it('asks once more after a malformed answer, then fails with MalformedResponse naming the operation', async () => {
    const url = await endpoint(() => ({ status: 200, type: 'text/html', body: '<html><body>Proxy login</body></html>' }));
    const counter = new CallCounter();
    const kms = factory(url, counter).get('kms', KMSClient, 'a', 'eu-west-1');
    const error = (await kms.send(new ListKeysCommand({})).catch((e: unknown) => e)) as Error;
    expect(error.name).toBe('MalformedResponse');
    expect(error.message).toMatch(/^the answer to kms:ListKeys is not one AWS gives: HTTP 200 with an HTML page/);
    expect(counter.counts()).toEqual([expect.objectContaining({ operation: 'ListKeys', attempts: 2, errors: 2 })]);
  });

  it('a request that gets no answer times out and is retried at most twice', async () => {
    const url = await endpoint(() => undefined);
    const counter = new CallCounter();
    const kms = factory(url, counter, undefined, 300).get('kms', KMSClient, 'a', 'eu-west-1');
    const error = (await kms.send(new ListKeysCommand({})).catch((e: unknown) => e)) as Error;
    expect(error.name).toBe('TimeoutError');
    expect(counter.counts()).toEqual([expect.objectContaining({ attempts: 3, errors: 3 })]);
  });

  it("the scan's signal ends requests in flight, and adds no listener per request to it", async () => {
    const url = await endpoint(() => undefined);
    const warnings: Error[] = [];
    const onWarning = (w: Error) => warnings.push(w);
    process.on('warning', onWarning);
    try {
      const controller = new AbortController();
      const clients = factory(url, new CallCounter(), controller.signal);
      const requests = Array.from({ length: 40 }, (_, i) =>
        clients
          .get('kms', KMSClient, 'a', `eu-west-${(i % 3) + 1}`)
          .send(new ListKeysCommand({}), { abortSignal: controller.signal })
          .catch((e: unknown) => e),
      );
      await new Promise((r) => setTimeout(r, 500));
      // Each request listens on a signal of its own: the scan's one signal would otherwise hold
      // one listener per request in flight (MaxListenersExceededWarning on Node versions that warn).
      expect(getEventListeners(controller.signal, 'abort').length).toBeLessThan(5);
      const aborted = Date.now();
      controller.abort(new Error('stop'));
      const errors = (await Promise.all(requests)) as Error[];
      expect(Date.now() - aborted).toBeLessThan(2_000);
      expect(errors.every((e) => e instanceof Error)).toBe(true);
      await new Promise((r) => setImmediate(r));
      expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });
});
