/**
 * Pure mapping of `ListFunctions` entries to graph nodes and pending edges. No I/O. The entry
 * carries the environment variables' values; nothing here keeps them (only their number).
 */
import type { FunctionConfiguration } from '@aws-sdk/client-lambda';
import { arns } from '../../graph/arn.ts';
import type { PendingEdge } from '../../graph/build.ts';
import type { Mapped } from '../../collect/mapped.ts';
import { resourceNode } from '../../collect/mapped.ts';
import { compact } from '../../collect/paging.ts';
import type { LambdaFunctionAttributes } from './types.ts';

export interface LambdaScope {
  partition: string;
  account: string;
  region: string;
}

/** The AWS managed key that encrypts a function's environment variables when it names no key of its own. */
export const LAMBDA_AWS_MANAGED_ALIAS = 'alias/aws/lambda';

/**
 * The key of a function's environment variables: its `KMSKeyArn`; without one, for a function
 * with environment variables, the alias ARN of `aws/lambda` in its region (so that it
 * resolves there); null when it has neither.
 */
export function functionKeyRef(scope: LambdaScope, kmsKeyArn: string | undefined, hasVariables: boolean): string | null {
  if (kmsKeyArn !== undefined && kmsKeyArn !== '') return kmsKeyArn;
  if (!hasVariables) return null;
  return arns.kmsAlias(scope.partition, scope.region, scope.account, LAMBDA_AWS_MANAGED_ALIAS);
}

/** Lambda's `LastModified` (`2024-05-01T10:00:00.000+0000`) as ISO 8601 in UTC; undefined when it is not a date. */
export function lastModifiedIso(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const time = Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

export function mapFunction(scope: LambdaScope, f: FunctionConfiguration & { FunctionArn: string }): Mapped<LambdaFunctionAttributes> {
  const name = f.FunctionName ?? f.FunctionArn.split(':').pop() ?? f.FunctionArn;
  const variables = Object.keys(f.Environment?.Variables ?? {}).length;
  // Variables Lambda could not decrypt are answered as an error without them: they exist.
  const keyRef = functionKeyRef(scope, f.KMSKeyArn, variables > 0 || f.Environment?.Error !== undefined);
  const attributes: LambdaFunctionAttributes = compact({
    functionName: name,
    // A key (its own, or aws/lambda for environment variables) or else an AWS owned key.
    encryptionMode: keyRef === null ? ('aws-owned' as const) : ('kms' as const),
    kmsKeyId: keyRef,
    environmentVariables: variables,
    environmentErrorCode: f.Environment?.Error?.ErrorCode || null,
    packageType: f.PackageType,
    runtime: f.Runtime,
    lastModified: lastModifiedIso(f.LastModified),
  } satisfies LambdaFunctionAttributes);
  const node = resourceNode(scope, 'lambda.function', f.FunctionArn, name, {}, attributes);
  const edges: PendingEdge[] =
    keyRef === null
      ? []
      : [
          {
            from: f.FunctionArn,
            kind: 'encrypted-by',
            field: f.KMSKeyArn ? 'Functions[].KMSKeyArn' : 'Functions[].KMSKeyArn (absent: the AWS managed key)',
            ref: keyRef,
            target: { kind: 'kms-key', context: { ...scope } },
          },
        ];
  return { node, edges };
}
