/**
 * What AWS Secrets Manager adds to the graph, at the type level (checked against its declaration, `index.ts`):
 * its node type's attributes, the kinds of its edges, and its part of an account definition.
 * Only metadata: a secret's value is never read.
 */
import type { DataResourceAttributes } from '../../graph/attributes.ts';

export interface SecretsManagerTypes {
  name: 'secretsmanager';
  nodes: { 'secretsmanager.secret': SecretsManagerSecretAttributes };
  edges: { 'encrypted-by': true };
  seed: SecretDefinition[];
}

export type SecretsManagerSecretAttributes = DataResourceAttributes & {
  name: string;
  /**
   * The key as `ListSecrets` named it (AWS answers its ARN). AWS leaves the field out for the
   * AWS managed key `aws/secretsmanager`; the secret then records that key's alias ARN in its region.
   */
  kmsKeyId?: string;
  /** False when the listing reports no automatic rotation (the field absent or false). */
  rotationEnabled?: boolean;
  /** The rotation function; null when there is none (managed rotation, or no rotation). */
  rotationLambdaArn?: string | null;
  /** Days between rotations (`RotationRules.AutomaticallyAfterDays`, or a `rate(...)` schedule); null without a schedule; absent when only a `cron(...)` schedule says it. */
  rotationIntervalDays?: number | null;
  /** `RotationRules.ScheduleExpression` (`rate(...)` or `cron(...)`); null when the schedule is in days or absent. */
  rotationSchedule?: string | null;
  /** The last successful rotation; null when the secret has never rotated. */
  lastRotatedDate?: string | null;
  /** When the next rotation is due at the latest, as AWS reports it; null without rotation. */
  nextRotationDate?: string | null;
  /**
   * When the next rotation is due by the schedule: the last rotation (or, never rotated, the
   * creation) plus `rotationIntervalDays`; AWS's `nextRotationDate` when the interval is not
   * known; null without rotation. Computed from the listing by the collector.
   */
  rotationDueDate?: string | null;
  createdDate?: string;
  lastChangedDate?: string;
  /** The last day the secret's value was retrieved; null when it never was. */
  lastAccessedDate?: string | null;
  /** The AWS service that created and manages the secret (a database's master password, say); null for secrets created directly. */
  owningService?: string | null;
  /** The Region the secret was created in (a replica's primary); null for a secret that is not replicated. */
  primaryRegion?: string | null;
};

// The service's part of an emulator account definition (`fixtures/demo/account.json`).

export interface SecretDefinition {
  name: string;
  region: string;
  description?: string;
  /** The key (`@ref`, key id, key ARN, alias name or alias ARN); default the AWS managed key `aws/secretsmanager`. */
  kmsKey?: string;
  /** Turns on rotation every this many days (without a rotation function: the emulator accepts it). */
  rotateAfterDays?: number;
  tags?: Record<string, string>;
}
