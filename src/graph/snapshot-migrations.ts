/**
 * Saved snapshots are evidence: one written by an earlier version of cryptoposture must
 * still be read and evaluated. `schemaVersion` numbers the snapshot format. When the format
 * changes in a way the current schema would reject (a renamed or retyped field, a changed
 * meaning), SNAPSHOT_SCHEMA_VERSION goes up by one and a migration from the previous
 * version is added here; reading applies the migrations in order, then validates against
 * the current schema. Additions that older snapshots simply lack (a new service, a new
 * optional attribute) need no new version.
 *
 * Versions: 1 is the format of cryptoposture 0.1.0 (`fixtures/snapshots/demo-0.1.0.json`
 * is kept as written by it, and a test evaluates it). 2 says "read, and there is none" with
 * `null` where version 1 left the attribute out (see `nullsForNone`).
 */
import type { ValidationProblem } from '../errors.ts';
import { SNAPSHOT_SCHEMA_VERSION } from './snapshot-types.ts';

/** Turns a document of version N into one of version N + 1 (it may change the document it is given). */
export type SnapshotMigration = (document: Record<string, unknown>) => Record<string, unknown>;

type Json = Record<string, unknown>;

/** A path under `attributes`, filled only on nodes whose attributes satisfy `when` (when given). */
type NoneField = string | { path: string; when: (attributes: Json) => boolean };

const unencrypted = (a: Json) => a['encrypted'] === false;
const noKmsKey = (a: Json) => a['encryptionMode'] === 'none' || a['encryptionMode'] === 'aws-owned';
const statusRead = (a: Json) => 'isLogging' in a;
const rdsNone: readonly NoneField[] = ['storageEncryptionType', { path: 'kmsKeyId', when: noKmsKey }];

/**
 * The attributes that version 1 left out when the collector read the resource and found none,
 * and that version 2 writes as `null` (an absent attribute now means "not read"). Paths are
 * under `attributes`; `[]` steps into each element of a list. Only a list or object that was
 * itself read gets its missing fields filled, and a conditional field only where its
 * condition shows that it was read (the key of an unencrypted resource, the fields of a
 * trail status that was answered).
 */
const NULL_FOR_NONE_SINCE_2: Readonly<Record<string, readonly NoneField[]>> = {
  'acm.certificate': ['renewalStatus', 'renewalStatusReason', 'renewalUpdatedAt', 'renewalDomainValidations', 'failureReason'],
  'kms.key': [
    'customKeyStoreId',
    'rotationSkippedReason',
    'description',
    'grants[].name',
    'grants[].retiringPrincipal',
    'grants[].constraints',
  ],
  'cloudtrail.trail': [
    'kmsKeyId',
    'eventSelectors.basic',
    'eventSelectors.advanced',
    's3KeyPrefix',
    'cloudWatchLogsLogGroupArn',
    ...['latestDeliveryError', 'latestDeliveryTime', 'latestDigestDeliveryError', 'startLoggingTime', 'stopLoggingTime'].map((path) => ({
      path,
      when: statusRead,
    })),
  ],
  'ec2.volume': [{ path: 'kmsKeyId', when: unencrypted }],
  'ec2.snapshot': [{ path: 'kmsKeyId', when: unencrypted }, 'description'],
  'rds.instance': rdsNone,
  'rds.cluster': rdsNone,
  'rds.snapshot': rdsNone,
  'rds.cluster-snapshot': rdsNone,
  's3.bucket': [
    'replication.role',
    'replication.rules[].replicaKmsKeyId',
    'replication.rules[].sseKmsEncryptedObjects',
    'encryptionRules[].kmsMasterKeyId',
  ],
};

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Sets `path` to null wherever its parent was read and the value is missing. */
function fillNull(target: unknown, steps: readonly string[]): void {
  const [step, ...rest] = steps;
  if (step === undefined || !isRecord(target)) return;
  const list = step.endsWith('[]');
  const key = list ? step.slice(0, -2) : step;
  if (rest.length === 0) {
    if (!(key in target)) target[key] = null;
    return;
  }
  const child = target[key];
  if (list && Array.isArray(child)) for (const element of child) fillNull(element, rest);
  else if (!list) fillNull(child, rest);
}

/**
 * Version 1 → 2: the attributes of NULL_FOR_NONE_SINCE_2 that a version-1 collector left out
 * for "none" become null, except on a node whose data a gap of its service may have hidden (there, absence stays "not read" and the rules answer unknown).
 */
function nullsForNone(document: Json): Json {
  const gaps = Array.isArray(document['gaps']) ? document['gaps'].filter(isRecord) : [];
  const graph = isRecord(document['graph']) ? document['graph'] : {};
  const nodes = Array.isArray(graph['nodes']) ? graph['nodes'].filter(isRecord) : [];
  for (const node of nodes) {
    const paths = typeof node['type'] === 'string' ? NULL_FOR_NONE_SINCE_2[node['type']] : undefined;
    if (paths === undefined || !isRecord(node['attributes'])) continue;
    const service = String(node['type']).split('.')[0];
    // Conservative: any gap of the node's service in its account that is not about another resource.
    const hidden = gaps.some(
      (g) => g['account'] === node['account'] && g['service'] === service && (g['resource'] === undefined || g['resource'] === node['id']),
    );
    if (hidden) continue;
    const attributes = node['attributes'];
    for (const field of paths) {
      if (typeof field === 'string') fillNull(attributes, field.split('.'));
      else if (field.when(attributes)) fillNull(attributes, field.path.split('.'));
    }
  }
  return document;
}

/** Migrations by the version they read; each writes the next version. */
export const SNAPSHOT_MIGRATIONS: Readonly<Record<number, SnapshotMigration>> = { 1: nullsForNone };

/** The oldest version that can be read (the first with a chain of migrations to `current`). */
function oldestReadable(migrations: Readonly<Record<number, SnapshotMigration>>, current: number): number {
  let oldest = current;
  while (migrations[oldest - 1]) oldest--;
  return oldest;
}

export type MigrationOutcome =
  { document: unknown; migratedFrom?: number; problems?: undefined } | { problems: ValidationProblem[]; document?: undefined };

/**
 * Brings a parsed snapshot document to the current version. A document without a numeric
 * version is returned as it is (the schema names what is missing).
 */
export function migrateSnapshot(
  document: unknown,
  migrations: Readonly<Record<number, SnapshotMigration>> = SNAPSHOT_MIGRATIONS,
  current: number = SNAPSHOT_SCHEMA_VERSION,
): MigrationOutcome {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return { document };
  const version = (document as { schemaVersion?: unknown }).schemaVersion;
  if (version === undefined || version === current) return { document };
  const oldest = oldestReadable(migrations, current);
  const readable = `this version of cryptoposture reads schema version ${current}${oldest === current ? '' : oldest === current - 1 ? ` and migrates version ${oldest}` : ` and migrates versions ${oldest} to ${current - 1}`}`;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < oldest) {
    return { problems: [{ pointer: '/schemaVersion', message: `is ${JSON.stringify(version)}; ${readable}` }] };
  }
  if (version > current) {
    return {
      problems: [{ pointer: '/schemaVersion', message: `is ${version}, written by a newer version of cryptoposture; ${readable}` }],
    };
  }
  let migrated = document as Record<string, unknown>;
  for (let v = version; v < current; v++) {
    migrated = migrations[v]!(migrated);
    migrated['schemaVersion'] = v + 1;
  }
  return { document: migrated, migratedFrom: version };
}
