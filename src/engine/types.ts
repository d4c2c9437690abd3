/**
 * The rule engine's data: rule documents as written in `rules/<service>/*.json` (their
 * JSON Schema is `rules/rule.schema.json`), compiled rules, and evaluation results.
 *
 * Results are designed so that a reporter (SARIF, HTML, JSON) needs nothing but an
 * `Evaluation` and the snapshot: each result names its rule, carries the effective
 * severity, the rendered message, the resource, and the evidence that decided it; the
 * rule's metadata (title, rationale, remediation, references, compliance) is in
 * `Evaluation.rules`, once per rule.
 */
import type { Gap, NodeType, Service } from '../graph/types.ts';

export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

export const STATUSES = ['pass', 'fail', 'not_applicable', 'unknown', 'error'] as const;
export type Status = (typeof STATUSES)[number];

/** The services rules are grouped by (the scanner's services). */
export type RuleService = Service;

// ---------------------------------------------------------------------------------------
// Rule documents (the JSON that authors write)
// ---------------------------------------------------------------------------------------

export type Scalar = string | number | boolean | null;

/** A value on the right of an operator: a literal, a parameter, or an attribute of a named scope. */
export type OperandJson = Scalar | Scalar[] | { param: string } | { var: string; attr: string };

/** A condition; see `rules/rule.schema.json` and docs/rules.md ("The condition language"). */
export type ConditionJson = Record<string, unknown>;

/**
 * Related nodes named in a result without deciding it: the endpoints that present a
 * certificate, listed in its expiry finding and its evidence whatever the outcome.
 */
export interface RelatedJson {
  edge: string | string[];
  direction?: 'out' | 'in';
  where?: ConditionJson;
  as: string;
}

export interface SeverityStep {
  when: ConditionJson;
  severity: Severity;
}

export interface Remediation {
  /** AWS CLI commands. */
  cli: string;
  terraform?: string;
  cloudformation?: string;
  console?: string;
}

export interface Reference {
  title: string;
  url: string;
}

/** The compliance frameworks a rule may be mapped to. */
export const COMPLIANCE_FRAMEWORKS = ['aws-fsbp', 'cis-aws', 'nist-800-53-r5', 'pci-dss'] as const;

/** One compliance mapping, taken from a public source that `source` names. */
export interface ComplianceMapping {
  /** `aws-fsbp` (AWS Foundational Security Best Practices), `cis-aws`, `nist-800-53-r5`, `pci-dss`. */
  framework: (typeof COMPLIANCE_FRAMEWORKS)[number];
  /** The framework version as the source names it, e.g. `v1.4.0` or `v3.2.1`. */
  version?: string;
  /** The control or requirement id, e.g. `KMS.4`, `3.8`, `SC-12(2)`. */
  control: string;
  /** URL of the public page that states the mapping. */
  source: string;
  /** How the rule's scope differs from the control's, when it does. */
  note?: string;
}

export interface RuleDocument {
  $schema?: string;
  id: string;
  slug: string;
  title: string;
  severity: Severity;
  service: RuleService;
  target: NodeType | NodeType[];
  tags?: string[];
  description?: string;
  /** JSON Schema of the parameters (an object schema whose properties each have a default). */
  params?: { type: 'object'; properties: Record<string, Record<string, unknown>>; additionalProperties?: false };
  applies?: ConditionJson;
  /** When true (after `applies`), the outcome is `unknown`: the data cannot decide. */
  unknownWhen?: ConditionJson;
  check: ConditionJson;
  severityLadder?: SeverityStep[];
  /** Related nodes bound for the message (`{$name}`) and recorded in the evidence; they never decide the outcome. */
  related?: RelatedJson[];
  message: { fail: string; pass?: string };
  /** Attribute paths of the target copied into every result's evidence (e.g. policy statements). */
  evidence?: string[];
  rationale: string;
  remediation: Remediation;
  references: Reference[];
  compliance?: ComplianceMapping[];
}

// ---------------------------------------------------------------------------------------
// Evaluation results
// ---------------------------------------------------------------------------------------

export interface ResourceRef {
  id: string;
  type: NodeType;
  account: string;
  region: string;
  name: string;
}

/** One fact that decided (part of) an outcome. */
export type Evidence =
  | {
      kind: 'attribute';
      /** The node the attribute belongs to. */
      node: string;
      /** Attribute path (`rotationEnabled`, `policyAnalysis.public`, `@region`), with the element path for `each`. */
      path: string;
      /** The value read; absent when the attribute is absent (unknown). */
      value?: unknown;
      /** How the value was derived before comparing: `daysUntil`, `daysSince`, `size`, ... */
      subject?: string;
      derived?: unknown;
      operator: string;
      expected?: unknown;
      /** The parameter the expected value came from. */
      param?: string;
      outcome: 'true' | 'false' | 'unknown';
    }
  | {
      kind: 'related';
      node: string;
      edges: string[];
      direction: 'out' | 'in';
      quantifier: string;
      /** Related nodes (or elements) that satisfied the condition. */
      matched: string[];
      /** Related nodes (or elements) that did not. */
      failed: string[];
      /** Related nodes (or elements) whose answer is unknown. */
      unknown: string[];
      /** True when a gap means some related nodes may be missing. */
      incomplete: boolean;
      outcome: 'true' | 'false' | 'unknown';
    }
  | {
      kind: 'elements';
      node: string;
      path: string;
      quantifier: string;
      matched: string[];
      failed: string[];
      unknown: string[];
      outcome: 'true' | 'false' | 'unknown';
    }
  | { kind: 'included'; node: string; path: string; value?: unknown };

export interface RuleResult {
  ruleId: string;
  status: Status;
  /** Effective severity: the rule's (or the config's override), raised by the ladder on a failure. */
  severity: Severity;
  message: string;
  resource: ResourceRef;
  evidence: Evidence[];
  /** The parameter values the rule ran with (only those it declares). */
  params: Record<string, unknown>;
  /** Gaps that may hide data of this resource (set when the status is `unknown`). */
  gaps?: Gap[];
  /** The ladder step (index) that raised the severity. */
  ladderStep?: number;
  /** For `error`: what went wrong. */
  error?: string;
  /** Set by post-processing against a baseline (`--baseline`); see `BaselineState`. */
  baselineState?: BaselineState;
  /** Set by post-processing when a suppression (`--suppressions`) covers this failure. */
  suppression?: AppliedSuppression;
}

/**
 * How a result compares with a baseline (a previous scan's SARIF or findings.json), for
 * failures (`fail`, `error`): `new` (not failing in the baseline) or `unchanged` (failing
 * there too). `updated`: failing in the baseline and `unknown` now (a gap hides the data),
 * kept as an alert so that code scanning does not close it because of a gap. Baseline
 * failures that are no longer failing are `absent` and listed in `Evaluation.baseline`.
 */
export type BaselineState = 'new' | 'unchanged' | 'updated';

/** One entry of a suppressions file (schema: `schemas/suppressions.schema.json`). */
export interface SuppressionEntry {
  /** A rule id, or an IAM-style pattern (`*`, `?`) of rule ids. */
  ruleId: string;
  /** A resource ARN, or an IAM-style pattern (`*`, `?`) of ARNs. */
  resource: string;
  reason: string;
  /** Last day (UTC, `YYYY-MM-DD`) or instant (date-time) the suppression applies; compared with the scan time. */
  expires?: string;
}

export interface AppliedSuppression {
  reason: string;
  expires?: string;
  /** Position of the entry in the suppressions file's `suppressions` array. */
  entry: number;
}

/** A baseline failure that is not failing any more (fixed, not applicable, or the resource is gone). */
export interface AbsentResult {
  fingerprint: string;
  ruleId: string;
  resourceId: string;
  /** The severity and message the baseline recorded. */
  severity?: Severity;
  message?: string;
  /** The result's status in this scan; absent when the resource or rule is not in it. */
  status?: Status;
}

export interface BaselineReport {
  /** The baseline file as given on the command line. */
  source: string;
  format: 'sarif' | 'findings';
  counts: { new: number; unchanged: number; updated: number; absent: number };
  absent: AbsentResult[];
}

export interface SuppressionsReport {
  source: string;
  /** Failures covered by a suppression that applies. */
  suppressed: number;
  /** Entries whose expiry is before the scan time: they no longer apply; `matches` counts the failures they would cover. */
  expired: (SuppressionEntry & { index: number; matches: number })[];
  /** Entries (not expired) that match no failure of this scan. */
  unused: (SuppressionEntry & { index: number })[];
}

/** A rule as evaluated: its metadata with effective severity and parameters. */
export interface RuleSummary {
  id: string;
  slug: string;
  title: string;
  severity: Severity;
  service: RuleService;
  target: NodeType[];
  tags: string[];
  description?: string;
  params: Record<string, unknown>;
  rationale: string;
  remediation: Remediation;
  references: Reference[];
  compliance: ComplianceMapping[];
  /** Where the rule came from: `built-in` or the file path of a user rule. */
  origin: string;
}

export interface Evaluation {
  /** The scan time: date arithmetic is relative to it. */
  evaluatedAt: string;
  scan: { id: string; accounts: string[]; regions: string[]; complete: boolean };
  rules: RuleSummary[];
  /** Ordered by rule id, then resource id. */
  results: RuleResult[];
  summary: {
    byStatus: Record<Status, number>;
    /** Failures and errors by effective severity. */
    failuresBySeverity: Record<Severity, number>;
  };
  /** Set by post-processing with `--baseline`. */
  baseline?: BaselineReport;
  /** Set by post-processing with `--suppressions`. */
  suppressions?: SuppressionsReport;
  /** What produced the results, for evidence: digests of the active rules and of the configuration. */
  provenance?: Provenance;
}

export interface Provenance {
  /** SHA-256 over every active rule (its document, effective parameters and severity), in id order. */
  rulePack: { digest: string; rules: number };
  /** SHA-256 of the configuration, or `none` when there was none. */
  config: { digest: string };
}
