/**
 * Pure mapping of `DescribeParameters` entries (metadata, never values) to graph nodes and
 * pending edges. No I/O.
 */
import type { ParameterMetadata } from '@aws-sdk/client-ssm';
import type { PendingEdge } from '../../graph/build.ts';
import type { GraphNode } from '../../graph/types.ts';
import { resourceNode } from '../../collect/mapped.ts';
import { compact, iso } from '../../collect/paging.ts';
import type { SsmParameterAttributes } from './types.ts';

export interface SsmScope {
  partition: string;
  account: string;
  region: string;
}

/**
 * A parameter's ARN: the one AWS answered, else built as AWS forms it, `parameter/` then
 * the name without its leading slash (Systems Manager User Guide, "Working with parameter
 * hierarchies"; the emulator answers none).
 */
export function parameterArn(scope: SsmScope, name: string, answered: string | undefined): string {
  if (answered !== undefined && answered !== '') return answered;
  return `arn:${scope.partition}:ssm:${scope.region}:${scope.account}:parameter/${name.replace(/^\//, '')}`;
}

export function mapParameter(
  scope: SsmScope,
  p: ParameterMetadata & { Name: string },
): { node: GraphNode<SsmParameterAttributes>; edges: PendingEdge[] } {
  const id = parameterArn(scope, p.Name, p.ARN);
  const keyRef = p.KeyId === undefined || p.KeyId === '' ? undefined : p.KeyId;
  const attributes: SsmParameterAttributes = compact({
    name: p.Name,
    type: p.Type ?? 'SecureString',
    // A SecureString is always encrypted with a KMS key.
    encryptionMode: 'kms' as const,
    kmsKeyId: keyRef,
    tier: p.Tier,
    dataType: p.DataType,
    version: p.Version,
    lastModifiedDate: iso(p.LastModifiedDate),
    lastModifiedUser: p.LastModifiedUser,
    description: p.Description || null,
  });
  // DescribeParameters returns no tags.
  const node = resourceNode(scope, 'ssm.parameter', id, p.Name, {}, attributes);
  const edges: PendingEdge[] =
    keyRef === undefined
      ? []
      : [{ from: id, kind: 'encrypted-by', field: 'Parameters[].KeyId', ref: keyRef, target: { kind: 'kms-key', context: { ...scope } } }];
  return { node, edges };
}
