/**
 * The one call site of the collectors: `ctx.send` names the gap's operation from the
 * command itself (also in the minified Lambda bundle, where class names are renamed),
 * passes the task's stop signal, and takes the gap's resource and region from its options.
 */
import * as acm from '@aws-sdk/client-acm';
import * as cloudtrail from '@aws-sdk/client-cloudtrail';
import * as ec2 from '@aws-sdk/client-ec2';
import * as kms from '@aws-sdk/client-kms';
import * as rds from '@aws-sdk/client-rds';
import * as s3 from '@aws-sdk/client-s3';
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { operationName, type SdkCommand } from '../../../src/collect/command.ts';
import { CollectContext } from '../../../src/collect/collector.ts';
import { CallCounter } from '../../../src/collect/index.ts';
import type { Gap } from '../../../src/graph/types.ts';
import { awsError, CannedAws, type CannedAnswers } from '../../support/canned-aws.ts';

const root = join(import.meta.dirname, '../../..');

/** A task's context over canned answers, with what it records. */
function context(answers: CannedAnswers, signal = new AbortController().signal) {
  const aws = new CannedAws(answers);
  const gaps: Gap[] = [];
  const outcomes: string[] = [];
  const ctx = new CollectContext({
    account: '111122223333',
    region: 'eu-west-1',
    partition: 'aws',
    regions: ['eu-west-1'],
    service: 's3',
    clients: aws.clients(new CallCounter(), 1),
    signal,
    sink: { node: () => {}, edge: () => {}, gap: (g) => gaps.push(g), call: (o) => outcomes.push(o) },
  });
  return { aws, ctx, gaps, outcomes };
}

describe('operationName', () => {
  it('is the operation of every command of the collectors’ clients, as the middleware names it', () => {
    let checked = 0;
    for (const client of [acm, cloudtrail, ec2, kms, rds, s3]) {
      for (const [name, value] of Object.entries(client)) {
        if (!name.endsWith('Command') || name === 'Command' || name.startsWith('$') || typeof value !== 'function') continue;
        const command = new (value as new (input: object) => SdkCommand)({});
        expect(operationName(command)).toBe(name.slice(0, -'Command'.length));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('survives the minified bundle, where the class names do not', { timeout: 60_000 }, async () => {
    // The options of scripts/package-lambda.ts that rename identifiers: bundle, minify, ESM for Node.
    const result = await build({
      stdin: {
        contents: [
          "import { ListKeysCommand } from '@aws-sdk/client-kms';",
          "import { GetBucketLocationCommand, S3Client } from '@aws-sdk/client-s3';",
          "import { operationName } from './src/collect/command.ts';",
          "const commands = [new ListKeysCommand({}), new GetBucketLocationCommand({ Bucket: 'b' })];",
          'export const names = commands.map((c) => [operationName(c), c.constructor.name]);',
        ].join('\n'),
        resolveDir: root,
        sourcefile: 'probe.ts',
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      target: 'node24',
      format: 'esm',
      minify: true,
      write: false,
      logLevel: 'silent',
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    });
    const dir = mkdtempSync(join(tmpdir(), 'cp-bundle-'));
    try {
      const file = join(dir, 'probe.mjs');
      writeFileSync(file, result.outputFiles[0]!.contents);
      const { names } = (await import(pathToFileURL(file).href)) as { names: [string, string][] };
      expect(names.map(([operation]) => operation)).toEqual(['ListKeys', 'GetBucketLocation']);
      // Why the name is not taken from the class: minified, the class is no longer called ListKeysCommand.
      expect(names.map(([, className]) => className)).not.toContain('ListKeysCommand');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('CollectContext.send', () => {
  it('sends with the task’s stop signal and answers the output', async () => {
    const { aws, ctx, gaps, outcomes } = context({ s3: { GetBucketVersioning: () => ({ Status: 'Enabled' }) } });
    const client = ctx.client(s3.S3Client);
    const sent = vi.spyOn(client, 'send');
    const answer = await ctx.send(client, new s3.GetBucketVersioningCommand({ Bucket: 'b' }));
    expect(answer).toMatchObject({ ok: true, value: { Status: 'Enabled' } });
    expect(sent.mock.calls.map((call) => call[1])).toEqual([{ abortSignal: ctx.signal }]);
    expect(aws.callsOf('GetBucketVersioning').map((c) => c.input)).toEqual([{ Bucket: 'b' }]);
    expect(gaps).toEqual([]);
    expect(outcomes).toEqual(['ok']);
  });

  it('records a failure as a gap named by the command’s operation, with the resource and region of its options', async () => {
    const { ctx, gaps, outcomes } = context({
      s3: {
        GetBucketPolicy: () => {
          throw awsError('AccessDenied', 'Access Denied');
        },
      },
    });
    const answer = await ctx.send(ctx.client(s3.S3Client), new s3.GetBucketPolicyCommand({ Bucket: 'b' }), {
      resource: 'arn:aws:s3:::b',
      region: 'us-east-1',
    });
    expect(answer).toMatchObject({ ok: false, operation: 'GetBucketPolicy', error: { code: 'AccessDenied' } });
    expect(gaps).toEqual([
      {
        account: '111122223333',
        region: 'us-east-1',
        service: 's3',
        operation: 'GetBucketPolicy',
        code: 'AccessDenied',
        message: 'Access Denied',
        resource: 'arn:aws:s3:::b',
      },
    ]);
    expect(outcomes).toEqual(['failed']);
  });

  it('records no gap for an expected error, which is an answer', async () => {
    const { ctx, gaps, outcomes } = context({
      s3: {
        GetBucketPolicy: () => {
          throw awsError('NoSuchBucketPolicy', 'The bucket policy does not exist', 404);
        },
      },
    });
    const answer = await ctx.send(ctx.client(s3.S3Client), new s3.GetBucketPolicyCommand({ Bucket: 'b' }), {
      expected: (e) => e.code === 'NoSuchBucketPolicy',
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'NoSuchBucketPolicy' } });
    expect(gaps).toEqual([]);
    expect(outcomes).toEqual(['ok']);
  });

  it('sends nothing once the task is stopped, and lets the interrupt through', async () => {
    const stop = new AbortController();
    const { aws, ctx, gaps } = context({ s3: { GetBucketVersioning: () => ({}) } }, stop.signal);
    stop.abort(new Error('stopped'));
    await expect(ctx.send(ctx.client(s3.S3Client), new s3.GetBucketVersioningCommand({ Bucket: 'b' }))).rejects.toThrow('stopped');
    expect(aws.calls).toEqual([]);
    expect(gaps).toEqual([]);
  });
});
