/**
 * What SSM Parameter Store adds to the graph, at the type level (checked against its declaration, `index.ts`):
 * its node type's attributes, the kinds of its edges, and its part of an account definition.
 * Only the metadata of SecureString parameters: a parameter's value is never read.
 */
import type { DataResourceAttributes } from '../../graph/attributes.ts';

export interface SsmTypes {
  name: 'ssm';
  nodes: { 'ssm.parameter': SsmParameterAttributes };
  edges: { 'encrypted-by': true };
  seed: ParameterDefinition[];
}

export type SsmParameterAttributes = DataResourceAttributes & {
  name: string;
  /** Always `SecureString`: only those are collected. */
  type: string;
  /** The key as `DescribeParameters` names it (what was given when the parameter was written: alias name, key id or ARN; `alias/aws/ssm` by default). */
  kmsKeyId?: string;
  /** `Standard`, `Advanced` or `Intelligent-Tiering`. */
  tier?: string;
  /** `text`, `aws:ec2:image` or `aws:ssm:integration`. */
  dataType?: string;
  version?: number;
  lastModifiedDate?: string;
  /** The IAM principal that last changed the parameter. */
  lastModifiedUser?: string;
  /** Null when the parameter has no description. */
  description?: string | null;
};

// The service's part of an emulator account definition (`fixtures/demo/account.json`).

export interface ParameterDefinition {
  /** The parameter's name (`/app/db/password`). */
  name: string;
  region: string;
  /** Default `SecureString`; `String` and `StringList` make look-alikes that a scan does not collect. */
  type?: 'SecureString' | 'String' | 'StringList';
  description?: string;
  /** The key of a SecureString (`@ref`, key id, key ARN, alias name or alias ARN); default the AWS managed key `aws/ssm`. */
  kmsKey?: string;
  tier?: 'Standard' | 'Advanced';
}
