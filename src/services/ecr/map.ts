/**
 * Pure mapping of ECR API responses to graph nodes and pending edges. No I/O.
 */
import type { Repository } from '@aws-sdk/client-ecr';
import type { EncryptionMode } from '../../graph/attributes.ts';
import type { PendingEdge } from '../../graph/build.ts';
import type { Mapped } from '../../collect/mapped.ts';
import { resourceNode } from '../../collect/mapped.ts';
import { compact, iso } from '../../collect/paging.ts';
import type { EcrRepositoryAttributes } from './types.ts';

export interface EcrScope {
  partition: string;
  account: string;
  region: string;
}

/** `AES256` is SSE-S3 (an AWS owned key); `KMS` and `KMS_DSSE` use a KMS key; anything else is not known. */
export function ecrEncryptionMode(encryptionType: string | undefined): EncryptionMode | undefined {
  if (encryptionType === 'AES256') return 'aws-owned';
  if (encryptionType === 'KMS' || encryptionType === 'KMS_DSSE') return 'kms';
  return undefined;
}

/** The key as recorded: the ARN answered; null when the repository uses no KMS key; absent when unknown. */
export function ecrKeyId(mode: EncryptionMode | undefined, kmsKey: string | undefined): string | null | undefined {
  if (kmsKey !== undefined && kmsKey !== '') return kmsKey;
  return mode === 'aws-owned' ? null : undefined;
}

export function mapRepository(scope: EcrScope, r: Repository): Mapped<EcrRepositoryAttributes> {
  const name = r.repositoryName ?? '';
  const id = r.repositoryArn ?? `arn:${scope.partition}:ecr:${scope.region}:${r.registryId ?? scope.account}:repository/${name}`;
  const encryptionType = r.encryptionConfiguration?.encryptionType;
  const encryptionMode = ecrEncryptionMode(encryptionType);
  const kmsKeyId = ecrKeyId(encryptionMode, r.encryptionConfiguration?.kmsKey);
  const attributes: EcrRepositoryAttributes = compact({
    repositoryName: name,
    registryId: r.registryId,
    encryptionType,
    encryptionMode,
    kmsKeyId,
    imageTagMutability: r.imageTagMutability,
    scanOnPush: r.imageScanningConfiguration?.scanOnPush,
    createdAt: iso(r.createdAt),
  } satisfies EcrRepositoryAttributes);
  const node = resourceNode(scope, 'ecr.repository', id, name, {}, attributes);
  const edges: PendingEdge[] =
    encryptionMode === 'kms' && typeof kmsKeyId === 'string'
      ? [
          {
            from: id,
            kind: 'encrypted-by',
            field: 'repositories[].encryptionConfiguration.kmsKey',
            ref: kmsKeyId,
            target: { kind: 'kms-key', context: { ...scope } },
          },
        ]
      : [];
  return { node, edges };
}
