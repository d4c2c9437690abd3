/**
 * The scanner function. On a schedule (EventBridge Scheduler) it scans the configured
 * scope; as a step of the organization scan (Step Functions Distributed Map) it scans the
 * one account of its event. It writes the snapshot and the reports to S3 with SSE-KMS under
 * a dated prefix, compares with the scope's previous findings, writes its results as JSON
 * Lines for Athena (results/<table>/run_date=/account=/), in an organization run a small
 * per-account summary for the aggregate step, optionally sends its failures to Security
 * Hub, logs one JSON summary line, and stops collecting in time to write what it has
 * before Lambda's limit.
 */
import { ScanStopped } from '../collect/stop.ts';
import { prepareRules } from '../engine/index.ts';
import { serializeSnapshot } from '../graph/snapshot.ts';
import type { Snapshot } from '../graph/snapshot-types.ts';
import { parseBaseline } from '../postprocess/index.ts';
import { renderReports, type ReportFormat } from '../report/index.ts';
import { findingLines, gapLines, resultsKey, toJsonLines } from '../report/results-lines.ts';
import { lambdaConfig, openLambdaAws, runIdAt } from './config.ts';
import { watchDeadline, type LambdaContextLike } from './deadline.ts';
import { logSummary } from './log.ts';
import { accountRunSummary } from './run-summary.ts';

export interface ScanAccountEvent {
  /** One account to scan (the organization scan's map item); default: the configured scope. */
  account?: string;
  /** The organization run this scan belongs to. */
  runId?: string;
}

export interface ScanAccountResult {
  runId: string;
  scope: string;
  accounts: string[];
  prefix: string;
  complete: boolean;
  stoppedBy?: 'deadline';
  gaps: number;
  failures: Record<string, number>;
  newFindings: number;
  apiCalls: number;
  durationMs: number;
  /** Set when SECURITY_HUB is on: per account, what was imported and archived, or why it could not be. */
  securityHub?: { account: string; imported?: number; archived?: number; rejected?: number; requests?: number; error?: string }[];
}

const decoder = new TextDecoder();

/** The scan's scope in S3 keys: its one account, or how many it covers. */
const scopeOf = (snapshot: Snapshot) =>
  snapshot.scan.accounts.length === 1 ? snapshot.scan.accounts[0]! : `accounts-${snapshot.scan.accounts.length}`;
const latestKeyOf = (scope: string) => `latest/${scope}/findings.json`;
/** What each scan writes beside its snapshot (the aggregate's index links report.html and results.sarif). */
const FORMATS: readonly ReportFormat[] = ['sarif', 'html', 'json'];

export async function scanAccount(event: ScanAccountEvent = {}, context: LambdaContextLike): Promise<ScanAccountResult> {
  const started = Date.now();
  const config = lambdaConfig();
  const runId = event.runId ?? runIdAt(new Date(started));
  const ruleSet = prepareRules({});
  const deadline = watchDeadline(context);
  const aws = await openLambdaAws(config);
  try {
    const accounts = event.account ? [event.account] : config.accounts;
    const { scan } = await import('../scan.ts');
    const result = await scan(
      {
        homeRegion: config.region,
        ...(config.regions.length > 0 ? { regions: config.regions } : {}),
        ...(config.services ? { services: config.services } : {}),
        ...(config.endpoint ? { endpoint: config.endpoint } : {}),
        signal: deadline.signal,
        ...(accounts.length > 0
          ? {
              targets: {
                accounts,
                ...(config.memberRoleName ? { roleName: config.memberRoleName } : {}),
                ...(config.externalId ? { externalId: config.externalId } : {}),
                sessionName: 'cryptoposture-lambda',
              },
            }
          : {}),
      },
      {
        rules: ruleSet,
        formats: FORMATS,
        // The baseline is the scope's previous findings.
        postprocess: async (snapshot) => {
          const latestKey = latestKeyOf(scopeOf(snapshot));
          const previous = await aws.store.get(latestKey);
          return previous ? { baseline: parseBaseline(JSON.parse(decoder.decode(previous)), `s3://${config.bucket}/${latestKey}`) } : {};
        },
      },
    );
    const { evaluation } = result;
    const scope = scopeOf(result.snapshot);
    const prefix = event.runId ? `runs/${runId}/accounts/${scope}/` : `scans/${runId.slice(0, 10).replaceAll('-', '/')}/${runId}/${scope}/`;
    await aws.store.put(`${prefix}snapshot.json`, serializeSnapshot(result.snapshot), 'application/json');
    const reports = renderReports(result.reports.input, result.reports.formats, result.reports.options);
    for (const report of reports) await aws.store.put(`${prefix}${report.file}`, report.content, report.contentType);
    const findings = reports.find((r) => r.format === 'json');
    if (findings) await aws.store.put(latestKeyOf(scope), findings.content, findings.contentType);

    // Org-wide results for Athena: one file per account and table.
    const lines = findingLines(evaluation, result.snapshot, runId);
    const gaps = gapLines(result.snapshot, runId);
    for (const account of result.snapshot.scan.accounts) {
      const mine = <T extends { account: string | null }>(rows: T[]) => rows.filter((r) => r.account === account);
      await aws.store.put(resultsKey('findings', runId, account), toJsonLines(mine(lines)), 'application/x-ndjson');
      await aws.store.put(resultsKey('gaps', runId, account), toJsonLines(mine(gaps)), 'application/x-ndjson');
    }
    if (event.account) {
      const summary = accountRunSummary(event.account, evaluation, result.snapshot, prefix);
      await aws.store.put(`${prefix}summary.json`, `${JSON.stringify(summary)}\n`, 'application/json');
    }
    const securityHub = config.securityHub
      ? await Promise.all(
          result.snapshot.scan.accounts
            .filter((account) => !result.snapshot.gaps.some((g) => g.account === account && g.operation === 'AssumeRole'))
            .map(async (account) => {
              try {
                const sent = await aws.securityHub({
                  evaluation,
                  snapshot: result.snapshot,
                  account,
                  ...(config.memberRoleName ? { roleName: config.memberRoleName } : {}),
                  ...(config.externalId ? { externalId: config.externalId } : {}),
                });
                return {
                  account,
                  imported: sent.imported,
                  archived: sent.archived,
                  rejected: sent.rejected.length,
                  requests: sent.requests,
                };
              } catch (e) {
                // The reports are written: a Security Hub that refuses is reported, not fatal.
                return { account, error: e instanceof Error ? e.message : String(e) };
              }
            }),
        )
      : undefined;

    const stopped = deadline.signal.aborted && deadline.signal.reason instanceof ScanStopped;
    const summary: ScanAccountResult = {
      runId,
      scope,
      accounts: result.snapshot.scan.accounts,
      prefix: `s3://${config.bucket}/${prefix}`,
      complete: result.snapshot.scan.complete,
      ...(stopped ? { stoppedBy: 'deadline' as const } : {}),
      gaps: result.snapshot.gaps.length,
      failures: evaluation.summary.failuresBySeverity,
      newFindings: evaluation.baseline?.counts.new ?? evaluation.results.filter((r) => r.status === 'fail' || r.status === 'error').length,
      apiCalls: result.calls.total,
      durationMs: Date.now() - started,
      ...(securityHub ? { securityHub } : {}),
    };
    logSummary({ step: 'scan', ...summary });
    return summary;
  } finally {
    deadline.stop();
    aws.close();
  }
}
