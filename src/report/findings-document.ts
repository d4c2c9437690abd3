/**
 * `findings.json`: the full machine-readable result of a scan, self-sufficient for tools
 * that read it later (baselines, evidence bundles, organization roll-ups): scan metadata,
 * every rule once, every result with all its fields (fingerprint, evidence, baseline state,
 * suppression), the gaps, and a summary. Its JSON Schema (`schemas/findings.schema.json`)
 * is generated from these types by `npm run generate`; a test fails when they drift.
 */
import type {
  BaselineReport,
  Provenance,
  RuleResult,
  RuleService,
  RuleSummary,
  Severity,
  Status,
  SuppressionsReport,
} from '../engine/types.ts';
import type { ScanMetadata, ToolInfo } from '../graph/snapshot-types.ts';
import type { Gap } from '../graph/types.ts';

export const FINDINGS_SCHEMA_VERSION = 1;
export const FINDINGS_SCHEMA_ID = 'https://cryptoposture.dev/schemas/findings-1.schema.json';

export type FindingsResult = RuleResult & {
  /** SHA-256 of the rule id and canonical ARN: the result's identity from scan to scan (also in the SARIF as `cryptoposture/v1`). */
  fingerprint: string;
};

export interface FindingsDocument {
  $schema: string;
  /** @const 1 */
  schemaVersion: 1;
  tool: ToolInfo;
  /** The scan's metadata, as in its snapshot (without the per-operation call counts). */
  scan: Omit<ScanMetadata, 'apiCalls'>;
  /** Date arithmetic in rules is relative to this time (the scan's start). */
  evaluatedAt: string;
  /** Every rule that was evaluated, with its effective severity and parameters, ordered by id. */
  rules: RuleSummary[];
  /** Every result, ordered by rule id, then resource id. */
  results: FindingsResult[];
  /** What the scan could not read. */
  gaps: Gap[];
  summary: {
    byStatus: Record<Status, number>;
    /** Failures and rule errors by effective severity (suppressed ones included). */
    failuresBySeverity: Record<Severity, number>;
    /** Failures and rule errors by service. */
    failuresByService: Partial<Record<RuleService, number>>;
    /** Failures covered by a suppression. */
    suppressed: number;
  };
  baseline?: BaselineReport;
  suppressions?: SuppressionsReport;
  /** Digests of the rules and configuration that produced the results. */
  provenance?: Provenance;
}
