/**
 * Pure mapping of `ListSecrets` entries to graph nodes and pending edges. No I/O. The entry
 * carries no secret value, and nothing here would keep one.
 */
import type { RotationRulesType, SecretListEntry } from '@aws-sdk/client-secrets-manager';
import { arns } from '../../graph/arn.ts';
import type { PendingEdge } from '../../graph/build.ts';
import type { GraphNode } from '../../graph/types.ts';
import { resourceNode, tagMap } from '../../collect/mapped.ts';
import { compact, iso } from '../../collect/paging.ts';
import type { SecretsManagerSecretAttributes } from './types.ts';

export interface SecretsScope {
  partition: string;
  account: string;
  region: string;
}

/** The AWS managed key of Secrets Manager, which a secret uses when `ListSecrets` names no key. */
export const SECRETS_MANAGER_AWS_MANAGED_ALIAS = 'alias/aws/secretsmanager';

const DAY_MS = 86_400_000;

/**
 * The key reference of a secret: the `KmsKeyId` AWS answered, or, when it left the field out,
 * the alias ARN of `aws/secretsmanager` in the secret's region (so that it resolves there).
 */
export function secretKeyRef(scope: SecretsScope, kmsKeyId: string | undefined): string {
  if (kmsKeyId !== undefined && kmsKeyId !== '') return kmsKeyId;
  return arns.kmsAlias(scope.partition, scope.region, scope.account, SECRETS_MANAGER_AWS_MANAGED_ALIAS);
}

/**
 * Days between rotations: `AutomaticallyAfterDays` (AWS computes it from the schedule after
 * every rotation), else a `rate(N days)` or `rate(N hours)` expression; undefined when only a
 * `cron(...)` schedule says it, and null when there is no schedule at all.
 */
export function rotationIntervalDays(rules: RotationRulesType | undefined): number | null | undefined {
  if (rules?.AutomaticallyAfterDays !== undefined && rules.AutomaticallyAfterDays > 0) return rules.AutomaticallyAfterDays;
  const expression = rules?.ScheduleExpression?.trim();
  if (expression === undefined || expression === '') return null;
  const rate = /^rate\(\s*(\d+)\s+(day|days|hour|hours)\s*\)$/i.exec(expression);
  if (!rate) return undefined;
  const n = Number(rate[1]);
  return rate[2]!.toLowerCase().startsWith('day') ? n : n / 24;
}

/**
 * When the next rotation is due by the schedule: (last rotation, or creation when the secret
 * never rotated) + interval; AWS's next rotation date when the interval is unknown; null
 * when rotation is off; undefined when it cannot be told.
 */
export function rotationDueDate(
  enabled: boolean,
  interval: number | null | undefined,
  lastRotated: Date | undefined,
  created: Date | undefined,
  nextRotation: Date | undefined,
): string | null | undefined {
  if (!enabled) return null;
  const base = lastRotated ?? created;
  if (typeof interval === 'number' && base !== undefined) return new Date(base.getTime() + interval * DAY_MS).toISOString();
  return iso(nextRotation);
}

export function mapSecret(
  scope: SecretsScope,
  s: SecretListEntry & { ARN: string },
): { node: GraphNode<SecretsManagerSecretAttributes>; edges: PendingEdge[] } {
  const name = s.Name ?? s.ARN;
  const enabled = s.RotationEnabled === true;
  const interval = rotationIntervalDays(s.RotationRules);
  const schedule = s.RotationRules?.ScheduleExpression;
  const keyRef = secretKeyRef(scope, s.KmsKeyId);
  const attributes: SecretsManagerSecretAttributes = compact({
    name,
    // Secrets Manager always encrypts a secret's value with a KMS key.
    encryptionMode: 'kms' as const,
    kmsKeyId: keyRef,
    rotationEnabled: enabled,
    rotationLambdaArn: s.RotationLambdaARN || null,
    rotationIntervalDays: interval,
    rotationSchedule: schedule === undefined || schedule === '' ? null : schedule,
    lastRotatedDate: iso(s.LastRotatedDate) ?? null,
    nextRotationDate: iso(s.NextRotationDate) ?? null,
    rotationDueDate: rotationDueDate(enabled, interval, s.LastRotatedDate, s.CreatedDate, s.NextRotationDate),
    createdDate: iso(s.CreatedDate),
    lastChangedDate: iso(s.LastChangedDate),
    lastAccessedDate: iso(s.LastAccessedDate) ?? null,
    owningService: s.OwningService || null,
    primaryRegion: s.PrimaryRegion || null,
  });
  const node = resourceNode(scope, 'secretsmanager.secret', s.ARN, name, tagMap(s.Tags), attributes);
  const edge: PendingEdge = {
    from: s.ARN,
    kind: 'encrypted-by',
    field: 'SecretList[].KmsKeyId',
    ref: keyRef,
    target: { kind: 'kms-key', context: { ...scope } },
  };
  return { node, edges: [edge] };
}
