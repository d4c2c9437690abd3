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
 * is kept as written by it, and a test evaluates it).
 */
import type { ValidationProblem } from '../errors.ts';
import { SNAPSHOT_SCHEMA_VERSION } from './snapshot-types.ts';

/** Turns a document of version N into one of version N + 1 (it may change the document it is given). */
export type SnapshotMigration = (document: Record<string, unknown>) => Record<string, unknown>;

/** Migrations by the version they read; each writes the next version. */
export const SNAPSHOT_MIGRATIONS: Readonly<Record<number, SnapshotMigration>> = {};

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
  const readable = `this version of cryptoposture reads schema version ${current}${oldest < current ? ` and migrates versions ${oldest} to ${current - 1}` : ''}`;
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
