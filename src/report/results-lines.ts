/**
 * A scan's results as JSON Lines for org-wide queries (Glue tables over S3, read by
 * Athena): one line per rule result and one line per collection gap, flat and with
 * snake_case names so that the same columns serve the Glue table definitions
 * (scripts/deploy/athena.ts) and any engine that reads JSON Lines.
 *
 * The files live under `results/<table>/run_date=<yyyy-mm-dd>/account=<id>/<run id>.jsonl`.
 */
import type { Evaluation } from '../engine/types.ts';
import type { Snapshot } from '../graph/snapshot-types.ts';
import { isFailure, resultFingerprint } from '../postprocess/fingerprint.ts';

/** A column of a results table: its name and its Glue/Hive type. */
export interface ResultColumn {
  name: string;
  type: 'string' | 'int' | 'boolean';
  comment: string;
}

export const FINDING_COLUMNS = [
  { name: 'run_id', type: 'string', comment: 'the run (its start time, sortable)' },
  { name: 'scanned_at', type: 'string', comment: 'when the scan started (ISO 8601)' },
  { name: 'account', type: 'string', comment: "the resource's account" },
  { name: 'region', type: 'string', comment: "the resource's region ('' for global)" },
  { name: 'rule_id', type: 'string', comment: 'the rule (CP-KMS-003, ...)' },
  { name: 'status', type: 'string', comment: 'pass, fail, not_applicable, unknown or error' },
  { name: 'severity', type: 'string', comment: 'effective severity' },
  { name: 'is_new', type: 'boolean', comment: 'a failure that was not failing in the previous run of this account' },
  { name: 'fingerprint', type: 'string', comment: 'stable id of (rule, resource)' },
  { name: 'resource_id', type: 'string', comment: 'the resource ARN' },
  { name: 'resource_type', type: 'string', comment: 'the node type (kms.key, acm.certificate, ...)' },
  { name: 'resource_name', type: 'string', comment: "the resource's name" },
  { name: 'message', type: 'string', comment: 'the rendered message' },
  { name: 'not_after', type: 'string', comment: "a certificate's expiry (ISO 8601), else null" },
  { name: 'days_to_expiry', type: 'int', comment: "whole days from the scan to a certificate's expiry, else null" },
] as const satisfies readonly ResultColumn[];

export const GAP_COLUMNS = [
  { name: 'run_id', type: 'string', comment: 'the run (its start time, sortable)' },
  { name: 'scanned_at', type: 'string', comment: 'when the scan started (ISO 8601)' },
  { name: 'account', type: 'string', comment: 'the account whose data is missing' },
  { name: 'region', type: 'string', comment: "the region ('' for global calls)" },
  { name: 'service', type: 'string', comment: 'the service' },
  { name: 'operation', type: 'string', comment: 'the API operation that failed' },
  { name: 'code', type: 'string', comment: 'the error code (AccessDenied, ...)' },
  { name: 'message', type: 'string', comment: 'the error message' },
  { name: 'resource', type: 'string', comment: 'the resource whose data is missing, else null' },
] as const satisfies readonly ResultColumn[];

type Row<C extends readonly ResultColumn[]> = {
  [K in C[number] as K['name']]: (K['type'] extends 'int' ? number : K['type'] extends 'boolean' ? boolean : string) | null;
};
export type FindingLine = Row<typeof FINDING_COLUMNS>;
export type GapLine = Row<typeof GAP_COLUMNS>;

export const RESULTS_PREFIX = 'results/';
export type ResultsTable = 'findings' | 'gaps';

/** `results/<table>/run_date=<yyyy-mm-dd>/account=<id>/<run id>.jsonl` */
export function resultsKey(table: ResultsTable, runId: string, account: string): string {
  return `${RESULTS_PREFIX}${table}/run_date=${runId.slice(0, 10)}/account=${account}/${runId}.jsonl`;
}

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (negative when `to` is past). */
function daysBetween(from: string, to: string): number {
  return Math.floor((Date.parse(to) - Date.parse(from)) / DAY_MS);
}

export function findingLines(evaluation: Evaluation, snapshot: Snapshot, runId: string): FindingLine[] {
  const scannedAt = snapshot.scan.startedAt;
  const notAfter = new Map<string, string>();
  for (const node of snapshot.graph.nodes) {
    const value = node.type === 'acm.certificate' ? (node.attributes as { notAfter?: unknown }).notAfter : undefined;
    if (typeof value === 'string') notAfter.set(node.id, value);
  }
  // Without a baseline, every failure is new (as the run summary counts it).
  const firstRun = evaluation.baseline === undefined;
  return evaluation.results.map((r) => {
    const expiry = notAfter.get(r.resource.id) ?? null;
    return {
      run_id: runId,
      scanned_at: scannedAt,
      account: r.resource.account,
      region: r.resource.region,
      rule_id: r.ruleId,
      status: r.status,
      severity: r.severity,
      is_new: isFailure(r.status) && (firstRun || r.baselineState === 'new'),
      fingerprint: resultFingerprint(r.ruleId, r.resource.id),
      resource_id: r.resource.id,
      resource_type: r.resource.type,
      resource_name: r.resource.name,
      message: r.message,
      not_after: expiry,
      days_to_expiry: expiry === null ? null : daysBetween(scannedAt, expiry),
    };
  });
}

export function gapLines(snapshot: Snapshot, runId: string): GapLine[] {
  return snapshot.gaps.map((g) => ({
    run_id: runId,
    scanned_at: snapshot.scan.startedAt,
    account: g.account,
    region: g.region,
    service: g.service,
    operation: g.operation,
    code: g.code,
    message: g.message,
    resource: g.resource ?? null,
  }));
}

/** One JSON object per line, each line ending with a newline ('' for no rows). */
export function toJsonLines(rows: readonly object[]): string {
  return rows.map((row) => `${JSON.stringify(row)}\n`).join('');
}
