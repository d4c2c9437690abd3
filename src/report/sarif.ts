/**
 * SARIF 2.1.0 for GitHub code scanning: one run per account (`automationDetails.id`
 * `cryptoposture/<account>/`), every rule with its descriptions, help and security
 * severity, and one result per failure (or rule error) that is not suppressed.
 *
 * Cloud resources are not files: each result's physical location is a virtual path made
 * from the ARN (partition/account/region/service/resource, no colons) at line 1, and the
 * ARN itself is a logical location and a property. Fingerprints come from the rule id and
 * the canonical ARN only. Results that are `unknown` (data not collected) are not alerts:
 * the gaps are the runs' notifications and `executionSuccessful` is false; a baseline
 * failure that is `unknown` now is kept (baselineState `updated`) so that code scanning
 * does not close the alert because of a gap. Above the limits (`SARIF_LIMITS`: results per
 * run, size) the most severe results are kept and a notification says how many were left out.
 */
import { gzipSync } from 'node:zlib';
import type * as Sarif from 'sarif';
import { severityRank, type RuleResult, type RuleSummary, type Severity } from '../engine/types.ts';
import { parseArn } from '../graph/arn.ts';
import type { Gap } from '../graph/types.ts';
import { resultFingerprint } from '../postprocess/fingerprint.ts';
import { SARIF_FINGERPRINT } from '../postprocess/baseline.ts';
import { isFinding, type ReportInput } from './input.ts';
import { remediationMarkdown } from './remediation.ts';
import { terminalSafe } from '../text/terminal-safe.ts';

export interface SarifLimits {
  maxResultsPerRun: number;
  maxGzipBytes: number;
  /** Uncompressed size of the file. */
  maxBytes: number;
}

/** GitHub code scanning's upload limits: 25,000 results per run, 10 MB gzipped per file. */
export const GITHUB_LIMITS: SarifLimits = { maxResultsPerRun: 25_000, maxGzipBytes: 10 * 1024 * 1024, maxBytes: Infinity };

/**
 * The limits the SARIF file is written within: GitHub's, narrowed to what the SARIF
 * multitool's GitHub ingestion rules accept (GH1004 flags a run of more than 1,000 results;
 * GitHub itself keeps only the 5,000 most severe of a run) and to the 10,000 KB file the
 * multitool reads by default. Findings beyond them stay in findings.json and report.html.
 */
export const SARIF_LIMITS: SarifLimits = { maxResultsPerRun: 1_000, maxGzipBytes: 10 * 1024 * 1024, maxBytes: 10_000 * 1024 };

export const SECURITY_SEVERITY: Record<Severity, string | undefined> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  // No security severity: code scanning shows the alert by its level (note).
  info: undefined,
};

export function sarifLevel(severity: Severity): Sarif.ReportingConfiguration.level {
  return severity === 'critical' || severity === 'high' ? 'error' : severity === 'medium' ? 'warning' : 'note';
}

const INFORMATION_URI = 'https://cryptoposture.dev';

/**
 * A stable, relative, file-like path for a resource: `partition/account/region/service/`
 * then the resource part of the ARN split at `/` and `:`. Missing account or region come
 * from the resource (an EBS snapshot's ARN has no account) or are `_`; every segment is
 * percent-encoded, so the path holds no colon and no `..`.
 */
export function virtualPath(resource: { id: string; account: string; region: string }): string {
  const arn = parseArn(resource.id);
  const segments = arn
    ? [arn.partition, arn.account || resource.account, arn.region || resource.region, arn.service, ...arn.resource.split(/[/:]/)]
    : ['other', resource.account, resource.region, ...resource.id.split(/[/:]/)];
  return segments.map(encodeSegment).join('/');
}

function encodeSegment(segment: string): string {
  if (segment === '') return '_';
  const encoded = encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return encoded === '.' || encoded === '..' ? encoded.replaceAll('.', '%2E') : encoded;
}

function ruleName(slug: string): string {
  return slug
    .split(/[^A-Za-z0-9]+/)
    .filter((p) => p !== '')
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join('');
}

function sarifRule(rule: RuleSummary): Sarif.ReportingDescriptor {
  const securitySeverity = SECURITY_SEVERITY[rule.severity];
  const tags = [...new Set(['security', 'aws', rule.service, ...rule.tags])];
  const helpText = `${rule.rationale}\n\nRemediation (AWS CLI):\n${rule.remediation.cli}`;
  return {
    id: rule.id,
    name: ruleName(rule.slug),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description ?? rule.rationale },
    help: { text: helpText, markdown: remediationMarkdown(rule) },
    ...(rule.references[0] ? { helpUri: rule.references[0].url } : {}),
    defaultConfiguration: { level: sarifLevel(rule.severity) },
    properties: {
      tags,
      precision: 'high',
      ...(securitySeverity ? { 'security-severity': securitySeverity } : {}),
      ...(rule.compliance.length > 0 ? { compliance: rule.compliance.map((c) => `${c.framework} ${c.control}`) } : {}),
    },
  };
}

function sarifResult(result: RuleResult, ruleIndex: number): Sarif.Result {
  const fingerprint = resultFingerprint(result.ruleId, result.resource.id);
  const message = sarifPlainText(result.message);
  const text =
    result.status === 'unknown' ? `Could not be checked in this scan (data not collected); it failed in the baseline. ${message}` : message;
  // Kept small (kind defaults to fail; the resource's other details are in findings.json): large scans fit more results.
  return {
    ruleId: result.ruleId,
    ruleIndex,
    level: sarifLevel(result.severity),
    message: { text },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri: virtualPath(result.resource) }, region: { startLine: 1 } },
        logicalLocations: [{ fullyQualifiedName: result.resource.id, kind: 'resource' }],
      },
    ],
    partialFingerprints: { primaryLocationLineHash: `${fingerprint.slice(0, 16)}:1`, [SARIF_FINGERPRINT]: fingerprint },
    ...(result.baselineState ? { baselineState: result.baselineState } : {}),
    properties: { arn: result.resource.id, severity: result.severity, ...(result.status !== 'fail' ? { status: result.status } : {}) },
  };
}

/** The results that are alerts: unsuppressed failures and rule errors, and baseline failures hidden by a gap now. */
export function isSarifResult(result: RuleResult): boolean {
  if (result.suppression) return false;
  return isFinding(result) || (result.status === 'unknown' && result.baselineState === 'updated');
}

function notification(id: string, level: Sarif.Notification.level, text: string, properties?: Record<string, unknown>): Sarif.Notification {
  return { descriptor: { id }, level, message: { text }, ...(properties ? { properties } : {}) };
}

function gapText(g: Gap): string {
  const where = [g.account, g.region || 'global'].filter((s) => s !== '').join(' ');
  return sarifPlainText(
    `Not collected: ${g.service} ${g.operation} in ${where}${g.resource ? ` for ${g.resource}` : ''}: ${g.code}: ${g.message}`,
  );
}

/**
 * Text from data made plain for `message.text`: a viewer reads `[text](target)` there as a link
 * (SARIF 2.1.0, 3.11.6, messages with embedded links), so brackets get the backslash that makes
 * them literal; control and bidirectional characters are shown as escapes.
 */
export function sarifPlainText(value: string): string {
  return terminalSafe(value).replace(/[[\]]/g, (c) => `\\${c}`);
}

interface RunPlan {
  account: string;
  /** Alert candidates, in evaluation order. */
  candidates: { result: RuleResult; order: number }[];
  /** How many of the candidates are kept (the most severe). */
  keep: number;
}

/** Runs one SARIF file may hold for GitHub's ingestion rules (the multitool's GH1004); above, one file per account. */
export const MAX_RUNS_PER_FILE = 5;

function accountsOf(input: ReportInput): string[] {
  const { evaluation } = input;
  return [...new Set([...evaluation.scan.accounts, ...evaluation.results.map((r) => r.resource.account)])].filter((a) => a !== '').sort();
}

/**
 * The SARIF files of a scan: `results.sarif` with one run per account, or, for more accounts
 * than one file may hold, `results-<account>.sarif` per account (upload-sarif takes a folder).
 */
export function renderSarifFiles(input: ReportInput, limits: SarifLimits = SARIF_LIMITS): { file: string; content: string }[] {
  return sarifFiles(input, limits).map(({ file, render }) => ({ file, content: render() }));
}

/** The SARIF files' names, each with the function that renders it (so that each can be written, or fail, on its own). */
export function sarifFiles(input: ReportInput, limits: SarifLimits = SARIF_LIMITS): { file: string; render: () => string }[] {
  const accounts = accountsOf(input);
  if (accounts.length <= MAX_RUNS_PER_FILE) return [{ file: 'results.sarif', render: () => renderSarif(input, limits) }];
  return accounts.map((account) => ({ file: `results-${account}.sarif`, render: () => renderSarif(input, limits, [account]) }));
}

export function renderSarif(input: ReportInput, limits: SarifLimits = SARIF_LIMITS, only?: readonly string[]): string {
  const { evaluation } = input;
  const accounts = accountsOf(input).filter((a) => only === undefined || only.includes(a));
  const plans: RunPlan[] = accounts.map((account) => {
    const candidates = evaluation.results
      .map((result, order) => ({ result, order }))
      .filter(({ result }) => result.resource.account === account && isSarifResult(result));
    return { account, candidates, keep: Math.min(candidates.length, limits.maxResultsPerRun) };
  });
  // Most severe first, then evaluation order (rule id, resource id): the order in which results are kept.
  for (const plan of plans) {
    plan.candidates.sort((a, b) => severityRank(b.result.severity) - severityRank(a.result.severity) || a.order - b.order);
  }
  let text = serialize(input, plans, limits);
  for (let attempt = 0; attempt < 20; attempt++) {
    const bytes = Buffer.byteLength(text);
    const ratio = bytes > limits.maxBytes ? limits.maxBytes / bytes : Math.min(1, limits.maxGzipBytes / gzipSync(text).length);
    if (ratio >= 1) break;
    for (const plan of plans) plan.keep = Math.floor(plan.keep * ratio * 0.97);
    text = serialize(input, plans, limits);
  }
  return text;
}

function serialize(input: ReportInput, plans: RunPlan[], limits: SarifLimits): string {
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: plans.map((plan) => sarifRun(input, plan, limits)),
  };
  // Not indented: large files stay within the upload limits with more results.
  return `${JSON.stringify(log)}\n`;
}

function sarifRun(input: ReportInput, plan: RunPlan, limits: SarifLimits): Sarif.Run {
  const { evaluation, snapshot } = input;
  const ruleIndex = new Map(evaluation.rules.map((r, i) => [r.id, i]));
  const kept = plan.candidates
    .slice(0, plan.keep)
    .sort((a, b) => a.order - b.order)
    .map(({ result }) => sarifResult(result, ruleIndex.get(result.ruleId) ?? -1));
  const account = plan.account;
  const gaps = snapshot.gaps.filter((g) => g.account === account || g.account === '');
  const unfinished = snapshot.scan.unfinished.filter((u) => u.account === account);
  const notifications: Sarif.Notification[] = [
    ...gaps.map((g) => notification('CP-GAP', 'warning', gapText(g), { ...g })),
    ...unfinished.map((u) =>
      notification('CP-UNFINISHED', 'warning', `Not collected: ${u.service} in ${u.account} ${u.region} (${u.reason})`, { ...u }),
    ),
  ];
  const omitted = plan.candidates.length - plan.keep;
  if (omitted > 0) {
    notifications.push(
      notification(
        'CP-TRUNCATED',
        'warning',
        `${omitted} of ${plan.candidates.length} results were left out of this run, which holds at most ${limits.maxResultsPerRun} results in a file of at most ${Math.round(limits.maxGzipBytes / 1024 / 1024)} MB gzipped${Number.isFinite(limits.maxBytes) ? ` and ${Math.round(limits.maxBytes / 1024)} KB uncompressed` : ''} (GitHub code scanning's limits). The most severe were kept; findings.json and report.html have every result.`,
        { omitted, total: plan.candidates.length },
      ),
    );
  }
  const ofAccount = evaluation.results.filter((r) => r.resource.account === account);
  const undecided = ofAccount.filter((r) => r.status === 'unknown' && r.baselineState !== 'updated').length;
  if (undecided > 0) {
    notifications.push(
      notification(
        'CP-UNDECIDED',
        'note',
        `${undecided} checks could not be decided because their data was not collected (see the gaps); they are not alerts here, and are listed in findings.json and report.html.`,
        { count: undecided },
      ),
    );
  }
  const suppressed = ofAccount.filter((r) => r.suppression !== undefined && isFinding(r)).length;
  if (suppressed > 0) {
    notifications.push(
      notification(
        'CP-SUPPRESSED',
        'note',
        `${suppressed} failures are suppressed (accepted with a reason) and left out of this file; findings.json and report.html list them with their reasons.`,
        {
          count: suppressed,
        },
      ),
    );
  }
  const sup = evaluation.suppressions;
  for (const e of sup?.expired ?? []) {
    notifications.push(
      notification(
        'CP-SUPPRESSION-EXPIRED',
        'warning',
        `Suppression #${e.index} (${e.ruleId} ${e.resource}) expired on ${e.expires} and no longer applies (${e.matches} failures).`,
        { ...e },
      ),
    );
  }
  for (const e of sup?.unused ?? []) {
    notifications.push(
      notification('CP-SUPPRESSION-UNUSED', 'note', `Suppression #${e.index} (${e.ruleId} ${e.resource}) matched no failure.`, { ...e }),
    );
  }
  // Incomplete when a gap or an unfinished task concerns this account (or no account); gaps of other accounts do not.
  const attributable = gaps.length > 0 || unfinished.length > 0;
  const otherAccountsOnly = !attributable && (snapshot.gaps.length > 0 || snapshot.scan.unfinished.length > 0);
  const accountComplete = snapshot.scan.complete || otherAccountsOnly;
  return {
    tool: {
      driver: {
        name: 'cryptoposture',
        semanticVersion: snapshot.tool.version,
        informationUri: INFORMATION_URI,
        rules: evaluation.rules.map(sarifRule),
      },
    },
    automationDetails: { id: `cryptoposture/${account}/` },
    invocations: [
      {
        executionSuccessful: accountComplete,
        startTimeUtc: snapshot.scan.startedAt,
        endTimeUtc: snapshot.scan.finishedAt,
        toolExecutionNotifications: notifications,
      },
    ],
    columnKind: 'utf16CodeUnits',
    results: kept,
    properties: {
      scanId: snapshot.scan.id,
      account,
      regions: snapshot.scan.regions,
      services: snapshot.scan.services,
      ...(evaluation.baseline ? { baseline: { source: evaluation.baseline.source, ...evaluation.baseline.counts } } : {}),
    },
  };
}
