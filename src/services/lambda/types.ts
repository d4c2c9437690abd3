/**
 * What AWS Lambda adds to the graph, at the type level (checked against its declaration, `index.ts`):
 * its node type's attributes, the kinds of its edges, and its part of an account definition.
 * Only metadata: neither a function's code nor its environment variables' names or values are kept.
 */
import type { DataResourceAttributes } from '../../graph/attributes.ts';

export interface LambdaTypes {
  name: 'lambda';
  nodes: { 'lambda.function': LambdaFunctionAttributes };
  edges: { 'encrypted-by': true };
  seed: FunctionDefinition[];
}

/**
 * A Lambda function (`lambda.function`, id: its unqualified ARN). The data it holds at rest
 * that a KMS key protects is its environment variables (and, with a key of its own, its
 * SnapStart snapshots and the copy of its code Lambda runs). `encryptionMode` is `kms` when a
 * KMS key protects them: the function's own key, or for environment variables without one
 * the AWS managed key `aws/lambda`; `aws-owned` when it has neither a key of its own nor
 * environment variables (its code and configuration are under an AWS owned key).
 */
export type LambdaFunctionAttributes = DataResourceAttributes & {
  functionName: string;
  /**
   * The key as `ListFunctions` named it (`KMSKeyArn`, a key ARN); without one, for a function
   * with environment variables, the alias ARN of `aws/lambda` in its region (the AWS managed
   * key that then encrypts them); null when it has neither.
   */
  kmsKeyId?: string | null;
  /** How many environment variables the function has (their names and values are never kept). */
  environmentVariables?: number;
  /** Why Lambda could not decrypt the environment variables (`Environment.Error.ErrorCode`, such as `KMSDisabledException`); null when there is no error. */
  environmentErrorCode?: string | null;
  /** `Zip` or `Image`. */
  packageType?: string;
  /** Absent for container images. */
  runtime?: string;
  lastModified?: string;
};

// The service's part of an emulator account definition (`fixtures/demo/account.json`).

export interface FunctionDefinition {
  name: string;
  region: string;
  /** The key of its environment variables (`@ref`, or a key ARN); default the AWS managed key `aws/lambda`. */
  kmsKey?: string;
  /** Environment variables (seeded only: a scan counts them and keeps no name or value). */
  environment?: Record<string, string>;
  tags?: Record<string, string>;
}
