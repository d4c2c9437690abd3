/**
 * OCSF 1.3.0 "Compliance Finding" events (class_uid 2003, category Findings), the format
 * AWS Security Hub and Amazon Security Lake ingest: one event per rule x resource that was
 * evaluated (not applicable ones left out). Compliance status: pass -> Pass, fail -> Fail,
 * unknown -> Warning ("did not yield a result due to missing information"), rule error ->
 * Other. Extra detail (evidence, parameters, baseline state) is in `unmapped`.
 *
 * Two files: `findings.ocsf.json`, one JSON array, and `findings.ocsf.jsonl`, one event per
 * line (JSON Lines, what Amazon Security Lake and Athena read). Both are written event by event.
 */
import type { RuleResult, RuleSummary, Severity, Status } from '../engine/types.ts';
import { resultFingerprint } from '../postprocess/fingerprint.ts';
import { frameworkName } from './remediation.ts';
import type { ReportInput } from './input.ts';
import { joinChunks, jsonChunks, streamed } from './json-stream.ts';

export const OCSF_VERSION = '1.3.0';

const SEVERITY_ID: Record<Severity, number> = { info: 1, low: 2, medium: 3, high: 4, critical: 5 };
const SEVERITY_NAME: Record<number, string> = { 1: 'Informational', 2: 'Low', 3: 'Medium', 4: 'High', 5: 'Critical' };
const COMPLIANCE_STATUS: Record<Exclude<Status, 'not_applicable'>, { id: number; name: string }> = {
  pass: { id: 1, name: 'Pass' },
  unknown: { id: 2, name: 'Warning' },
  fail: { id: 3, name: 'Fail' },
  error: { id: 99, name: 'Error' },
};

export interface OcsfComplianceFinding {
  activity_id: 1;
  activity_name: 'Create';
  category_uid: 2;
  category_name: 'Findings';
  class_uid: 2003;
  class_name: 'Compliance Finding';
  type_uid: 200301;
  type_name: 'Compliance Finding: Create';
  severity_id: number;
  severity: string;
  time: number;
  message: string;
  status_id: number;
  status: string;
  metadata: { version: string; product: { name: string; vendor_name: string; version: string }; profiles: string[]; uid: string };
  cloud: { provider: 'AWS'; account: { uid: string }; region?: string };
  finding_info: { uid: string; title: string; desc: string; created_time: number; types: string[]; src_url?: string };
  compliance: { standards: string[]; control?: string; requirements?: string[]; status_id: number; status: string; status_detail: string };
  resources: { uid: string; name: string; type: string; region?: string; cloud_partition: string }[];
  remediation: { desc: string; references?: string[] };
  unmapped: Record<string, unknown>;
}

/** What every event of one rule shares (computed once per rule, not per result). */
interface RuleParts {
  standards: string[];
  requirements: string[];
  references: string[];
  desc: string;
  remediation: string;
}

function ruleParts(rule: RuleSummary): RuleParts {
  return {
    standards: [...new Set(rule.compliance.map((c) => `${frameworkName(c.framework)}${c.version ? ` ${c.version}` : ''}`))],
    requirements: rule.compliance.map((c) => `${c.framework} ${c.control}`),
    references: rule.references.map((r) => r.url),
    desc: rule.description ?? rule.rationale,
    remediation: `${rule.rationale}\n\n${rule.remediation.cli}`,
  };
}

function event(result: RuleResult, rule: RuleSummary, parts: RuleParts, input: ReportInput, time: number): OcsfComplianceFinding {
  const status = COMPLIANCE_STATUS[result.status as Exclude<Status, 'not_applicable'>];
  // A passing check is informational; anything else carries the effective severity.
  const severityId = result.status === 'pass' ? 1 : SEVERITY_ID[result.severity];
  const fingerprint = resultFingerprint(result.ruleId, result.resource.id);
  const { standards, requirements, references } = parts;
  return {
    activity_id: 1,
    activity_name: 'Create',
    category_uid: 2,
    category_name: 'Findings',
    class_uid: 2003,
    class_name: 'Compliance Finding',
    type_uid: 200301,
    type_name: 'Compliance Finding: Create',
    severity_id: severityId,
    severity: SEVERITY_NAME[severityId]!,
    time,
    message: result.message,
    // Finding lifecycle: a suppressed failure is Suppressed (3), anything else New (1).
    status_id: result.suppression ? 3 : 1,
    status: result.suppression ? 'Suppressed' : 'New',
    metadata: {
      version: OCSF_VERSION,
      product: { name: 'cryptoposture', vendor_name: 'cryptoposture', version: input.snapshot.tool.version },
      profiles: ['cloud'],
      uid: `${input.snapshot.scan.id}/${fingerprint}`,
    },
    cloud: {
      provider: 'AWS',
      account: { uid: result.resource.account },
      ...(result.resource.region ? { region: result.resource.region } : {}),
    },
    finding_info: {
      uid: fingerprint,
      title: rule.title,
      desc: parts.desc,
      created_time: time,
      types: [rule.id, rule.service],
      ...(references[0] ? { src_url: references[0] } : {}),
    },
    compliance: {
      standards: standards.length > 0 ? standards : ['cryptoposture built-in rules'],
      ...(rule.compliance[0] ? { control: rule.compliance[0].control } : {}),
      ...(requirements.length > 0 ? { requirements } : {}),
      status_id: status.id,
      status: status.name,
      status_detail: result.message,
    },
    resources: [
      {
        uid: result.resource.id,
        name: result.resource.name,
        type: result.resource.type,
        ...(result.resource.region ? { region: result.resource.region } : {}),
        cloud_partition: input.snapshot.scan.partition,
      },
    ],
    remediation: { desc: parts.remediation, ...(references.length > 0 ? { references } : {}) },
    unmapped: {
      rule_id: result.ruleId,
      result_status: result.status,
      evidence: result.evidence,
      params: result.params,
      ...(result.baselineState ? { baseline_state: result.baselineState } : {}),
      ...(result.suppression ? { suppression: result.suppression } : {}),
      ...(result.error ? { error: result.error } : {}),
    },
  };
}

function* ocsfEvents(input: ReportInput): Generator<OcsfComplianceFinding> {
  const rules = new Map(input.evaluation.rules.map((r) => [r.id, { rule: r, parts: ruleParts(r) }]));
  const time = Date.parse(input.snapshot.scan.finishedAt);
  for (const r of input.evaluation.results) {
    if (r.status === 'not_applicable') continue;
    const { rule, parts } = rules.get(r.ruleId)!;
    yield event(r, rule, parts, input, time);
  }
}

export function buildOcsf(input: ReportInput): OcsfComplianceFinding[] {
  return [...ocsfEvents(input)];
}

/** `findings.ocsf.json`: one JSON array, one event per line. */
export function* ocsfJsonChunks(input: ReportInput): Generator<string> {
  yield* jsonChunks(streamed(ocsfEvents(input)));
  yield '\n';
}

/**
 * `findings.ocsf.jsonl` made from the lines of a `findings.ocsf.json` written by
 * `ocsfJsonChunks`: its lines between `[` and `]` are the events, indented and followed by a comma.
 */
export async function* ocsfJsonLinesFromArrayLines(lines: AsyncIterable<string>): AsyncGenerator<string> {
  for await (const line of lines) {
    const event = line.trim().replace(/,$/, '');
    if (event === '[' || event === ']' || event === '[]' || event === '') continue;
    yield `${event}\n`;
  }
}

/** `findings.ocsf.jsonl`: one event per line. */
export function* ocsfJsonLinesChunks(input: ReportInput): Generator<string> {
  for (const e of ocsfEvents(input)) yield `${JSON.stringify(e)}\n`;
}

export function renderOcsf(input: ReportInput): string {
  return joinChunks(ocsfJsonChunks(input));
}

export function renderOcsfJsonLines(input: ReportInput): string {
  return joinChunks(ocsfJsonLinesChunks(input));
}
