/**
 * The Lambda collector on canned AWS answers, for what the emulator does not show: paging
 * (moto ignores `MaxItems` and never answers a `NextMarker`; AWS answers at most 50 functions
 * a page), environment variables Lambda could not decrypt (`Environment.Error`), and failures
 * as gaps. The answer carries the variables' values: the snapshot must not.
 */
import type { FunctionConfiguration } from '@aws-sdk/client-lambda';
import { describe, expect, it } from 'vitest';
import { evaluateSnapshot, prepareRules } from '../../../src/engine/index.ts';
import { buildGraph } from '../../../src/graph/build.ts';
import { SERVICES } from '../../../src/graph/types.ts';
import { lambdaCollector } from '../../../src/services/lambda/collector.ts';
import { lastModifiedIso } from '../../../src/services/lambda/map.ts';
import { kmsKey } from '../../support/graph-builders.ts';
import { CannedAws, pageOf } from '../../support/canned-aws.ts';
import { collectCanned, collectDeniedListing, completeScan } from '../../support/canned-collect.ts';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const CMK_ID = '1a3b0000-1111-4222-8333-444455556666';
const DISABLED_ID = '1a3b0000-1111-4222-8333-444455550000';
const keyArn = (id: string) => `arn:aws:kms:${REGION}:${ACCOUNT}:key/${id}`;
const fnArn = (name: string) => `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${name}`;
const AWS_LAMBDA_ALIAS = `arn:aws:kms:${REGION}:${ACCOUNT}:alias/aws/lambda`;
const SECRET_VALUE = 'do-not-keep-this-value';

/** A function as AWS lists it. */
function fn(name: string, extra: Partial<FunctionConfiguration> = {}): FunctionConfiguration {
  return {
    FunctionName: name,
    FunctionArn: fnArn(name),
    Runtime: 'python3.12',
    Role: `arn:aws:iam::${ACCOUNT}:role/app`,
    Handler: 'index.handler',
    CodeSize: 1024,
    LastModified: '2025-03-01T10:00:00.000+0000',
    PackageType: 'Zip',
    ...extra,
  };
}

function cannedFunctions(functions: FunctionConfiguration[]) {
  return new CannedAws({
    lambda: {
      ListFunctions: (input: { MaxItems?: number; Marker?: string }) => {
        // AWS answers at most 50 whatever MaxItems asks.
        const page = pageOf(functions, Math.min(input.MaxItems ?? 50, 50), input.Marker);
        return { Functions: page.items, ...(page.next === undefined ? {} : { NextMarker: page.next }) };
      },
    },
  });
}

const collect = (aws: CannedAws) => collectCanned(aws, lambdaCollector, ACCOUNT, REGION);

describe('Lambda collector (canned AWS answers)', () => {
  it('reads every page at 50 functions a page, keeps no variable, and maps each key', async () => {
    const functions = Array.from({ length: 120 }, (_, i) => fn(`app-${String(i).padStart(3, '0')}`));
    functions[1] = fn('app-001', { KMSKeyArn: keyArn(CMK_ID), Environment: { Variables: { DB_PASSWORD: SECRET_VALUE, STAGE: 'prod' } } });
    functions[2] = fn('app-002', { Environment: { Variables: { TOKEN: SECRET_VALUE } } });
    functions[3] = fn('app-003', {
      KMSKeyArn: keyArn(DISABLED_ID),
      Environment: { Error: { ErrorCode: 'KMSDisabledException', Message: 'Lambda was unable to decrypt the environment variables' } },
    });
    functions[4] = fn('app-004', { PackageType: 'Image', Runtime: undefined, KMSKeyArn: keyArn(CMK_ID) });
    const aws = cannedFunctions(functions);
    const data = await collect(aws);

    expect(aws.callsOf('ListFunctions').map((c) => c.input)).toEqual([
      { MaxItems: 50 },
      { MaxItems: 50, Marker: 'page-50' },
      { MaxItems: 50, Marker: 'page-100' },
    ]);
    expect(data.gaps).toEqual([]);
    expect(data.nodes).toHaveLength(120);
    // Nothing of the variables but their number reaches the graph.
    expect(JSON.stringify(data)).not.toContain(SECRET_VALUE);
    expect(JSON.stringify(data)).not.toContain('DB_PASSWORD');

    const keys = [kmsKey(CMK_ID), kmsKey(DISABLED_ID, { keyState: 'Disabled' })];
    const graph = buildGraph({ ...data, nodes: [...data.nodes, ...keys], scope: { ...data.scope, services: [...SERVICES] } });
    expect(graph.node(fnArn('app-001'))).toEqual({
      id: fnArn('app-001'),
      type: 'lambda.function',
      account: ACCOUNT,
      region: REGION,
      name: 'app-001',
      tags: {},
      attributes: {
        functionName: 'app-001',
        encryptionMode: 'kms',
        encryptionLevel: 'customer-managed-kms',
        kmsKeyId: keyArn(CMK_ID),
        environmentVariables: 2,
        environmentErrorCode: null,
        packageType: 'Zip',
        runtime: 'python3.12',
        lastModified: '2025-03-01T10:00:00.000Z',
      },
    });
    expect(graph.targets(fnArn('app-001'), 'encrypted-by').map((n) => n.id)).toEqual([keyArn(CMK_ID)]);
    // Variables without a key of their own: the AWS managed key aws/lambda.
    expect(graph.node(fnArn('app-002'))!.attributes).toMatchObject({
      encryptionMode: 'kms',
      encryptionLevel: 'aws-managed-kms',
      kmsKeyId: AWS_LAMBDA_ALIAS,
      environmentVariables: 1,
    });
    expect(graph.outgoing(fnArn('app-002'))[0]?.via).toEqual({
      ref: AWS_LAMBDA_ALIAS,
      field: 'Functions[].KMSKeyArn (absent: the AWS managed key)',
    });
    // Neither a key nor variables: an AWS owned key, no edge.
    expect(graph.node(fnArn('app-000'))!.attributes).toMatchObject({
      encryptionMode: 'aws-owned',
      encryptionLevel: 'aws-owned',
      kmsKeyId: null,
      environmentVariables: 0,
    });
    expect(graph.outgoing(fnArn('app-000'))).toEqual([]);
    // Variables Lambda could not decrypt: the error, and the key it names.
    expect(graph.node(fnArn('app-003'))!.attributes).toMatchObject({
      environmentVariables: 0,
      environmentErrorCode: 'KMSDisabledException',
      kmsKeyId: keyArn(DISABLED_ID),
    });
    expect(graph.node(fnArn('app-004'))!.attributes).toMatchObject({ packageType: 'Image', environmentVariables: 0 });
    expect(graph.node(fnArn('app-004'))!.attributes).not.toHaveProperty('runtime');

    const evaluation = evaluateSnapshot({ graph, snapshot: { scan: completeScan(ACCOUNT, REGION) } }, prepareRules());
    const status = (rule: string, name: string) =>
      evaluation.results.find((r) => r.ruleId === rule && r.resource.id === fnArn(name))?.status;
    expect(['app-000', 'app-001', 'app-002', 'app-003'].map((n) => status('CP-LAMBDA-001', n))).toEqual([
      'not_applicable',
      'pass',
      'pass',
      'fail',
    ]);
    expect(['app-000', 'app-001', 'app-002', 'app-004'].map((n) => status('CP-LAMBDA-002', n))).toEqual([
      'not_applicable',
      'pass',
      'fail',
      'not_applicable',
    ]);
    // The disabled key's only user is a function: it still protects a resource.
    const keyStatus = (rule: string) => evaluation.results.find((r) => r.ruleId === rule && r.resource.id === keyArn(DISABLED_ID))?.status;
    expect(keyStatus('CP-KMS-008')).toBe('fail');
  });

  it.each([
    ['2025-03-01T10:00:00.000+0000', '2025-03-01T10:00:00.000Z'],
    ['2025-03-01T12:30:00.000+0230', '2025-03-01T10:00:00.000Z'],
    ['not a date', undefined],
    [undefined, undefined],
  ])('reads LastModified %s as %s', (value, expected) => {
    expect(lastModifiedIso(value)).toBe(expected);
  });

  it('a denied listing is a gap, leaves no function, and leaves the key rules unknown', async () => {
    const data = await collectDeniedListing(lambdaCollector, 'lambda', 'ListFunctions', ACCOUNT, REGION);
    // A key pending deletion that no collected resource uses: a function the gap hid might.
    const doomed = kmsKey(CMK_ID, { keyState: 'PendingDeletion', deletionDate: '2027-01-01T00:00:00.000Z' });
    const kms007 = (gaps: typeof data.gaps) => {
      const graph = buildGraph({ ...data, gaps, nodes: [doomed], scope: { ...data.scope, services: [...SERVICES] } });
      const evaluation = evaluateSnapshot({ graph, snapshot: { scan: completeScan(ACCOUNT, REGION) } }, prepareRules());
      return evaluation.results.find((r) => r.ruleId === 'CP-KMS-007' && r.resource.id === doomed.id)?.status;
    };
    expect(kms007(data.gaps)).toBe('unknown');
    expect(kms007([])).toBe('fail');
  });
});
