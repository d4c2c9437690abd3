/**
 * The scanner function. On a schedule (EventBridge Scheduler) it scans the configured
 * scope; as a step of the organization scan (Step Functions Distributed Map) it scans the
 * one account of its event. It writes the snapshot and the reports to S3 with SSE-KMS under
 * a dated prefix, compares with the scope's previous findings, logs one JSON summary line,
 * and stops collecting in time to write what it has before Lambda's limit.
 */
import { ScanStopped } from '../collect/stop.ts';
import { evaluateSnapshot, prepareRules } from '../engine/index.ts';
import type { Evaluation } from '../engine/types.ts';
import { serializeSnapshot } from '../graph/snapshot.ts';
import { parseBaseline, postprocess } from '../postprocess/index.ts';
import { renderReports } from '../report/index.ts';
import { lambdaConfig, openLambdaAws, runIdAt } from './config.ts';
import { watchDeadline, type LambdaContextLike } from './deadline.ts';
import { logSummary } from './log.ts';

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
}

const decoder = new TextDecoder();

export async function scanAccount(event: ScanAccountEvent = {}, context: LambdaContextLike): Promise<ScanAccountResult> {
  const started = Date.now();
  const config = lambdaConfig();
  const runId = event.runId ?? runIdAt(new Date(started));
  const ruleSet = prepareRules({});
  const deadline = watchDeadline(context);
  const aws = await openLambdaAws(config);
  try {
    const accounts = event.account ? [event.account] : config.accounts;
    const { takeSnapshot } = await import('../scan.ts');
    const result = await takeSnapshot({
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
    });
    const scope =
      result.snapshot.scan.accounts.length === 1 ? result.snapshot.scan.accounts[0]! : `accounts-${result.snapshot.scan.accounts.length}`;
    const latestKey = `latest/${scope}/findings.json`;
    const previous = await aws.store.get(latestKey);
    const evaluation: Evaluation = postprocess(
      evaluateSnapshot(result, ruleSet),
      previous ? { baseline: parseBaseline(JSON.parse(decoder.decode(previous)), `s3://${config.bucket}/${latestKey}`) } : {},
    );
    const prefix = event.runId ? `runs/${runId}/accounts/${scope}/` : `scans/${runId.slice(0, 10).replaceAll('-', '/')}/${runId}/${scope}/`;
    await aws.store.put(`${prefix}snapshot.json`, serializeSnapshot(result.snapshot), 'application/json');
    const reports = renderReports({ evaluation, snapshot: result.snapshot }, ['sarif', 'html', 'json']);
    for (const report of reports) await aws.store.put(`${prefix}${report.file}`, report.content, report.contentType);
    const findings = reports.find((r) => r.format === 'json');
    if (findings) await aws.store.put(latestKey, findings.content, findings.contentType);

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
    };
    logSummary({ step: 'scan', ...summary });
    return summary;
  } finally {
    deadline.stop();
    aws.close();
  }
}
