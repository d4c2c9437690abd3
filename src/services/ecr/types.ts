/**
 * What Amazon ECR adds to the graph, at the type level (checked against its declaration, `index.ts`):
 * its node types' attributes, the kinds of its edges, and its part of an account definition.
 */
import type { DataResourceAttributes } from '../../graph/attributes.ts';

export interface EcrTypes {
  name: 'ecr';
  nodes: { 'ecr.repository': EcrRepositoryAttributes };
  edges: { 'encrypted-by': true };
  seed: RepositoryDefinition[];
}

/** ECR's encryption types: SSE-S3 (`AES256`), SSE-KMS (`KMS`), dual-layer SSE-KMS (`KMS_DSSE`). */
export type EcrEncryptionType = 'AES256' | 'KMS' | 'KMS_DSSE';

/**
 * A private ECR repository (`ecr.repository`, id: the repository ARN). Its encryption is
 * fixed when it is created: `AES256` (encryptionMode `aws-owned`) or a KMS key (`kms`).
 */
export type EcrRepositoryAttributes = DataResourceAttributes & {
  repositoryName: string;
  registryId?: string;
  /** As DescribeRepositories returned it (`AES256`, `KMS`, `KMS_DSSE`). */
  encryptionType?: string;
  /**
   * As DescribeRepositories returned it (a key ARN); null for `AES256` (no KMS key);
   * absent when not read, or when a KMS repository's answer names no key.
   */
  kmsKeyId?: string | null;
  /** `MUTABLE` or `IMMUTABLE` (and their `_WITH_EXCLUSION` forms). */
  imageTagMutability?: string;
  scanOnPush?: boolean;
  createdAt?: string;
};

// The service's part of an emulator account definition (`fixtures/demo/account.json`).

export interface RepositoryDefinition {
  name: string;
  region: string;
  /** Default `AES256`, or `KMS` when `kmsKey` is given. */
  encryptionType?: EcrEncryptionType;
  /** The KMS key (`@ref` of a declared key, or a key ARN); `KMS` without one uses the AWS managed key aws/ecr. */
  kmsKey?: string;
  tags?: Record<string, string>;
}
