/**
 * Last step of the organization scan: merge the accounts' results of one run into one
 * organization report (HTML and findings.json over every account, and a summary.json with
 * each account's state and the S3 keys of its SARIF), under `runs/<run id>/org/`.
 */
import { evaluateSnapshot, prepareRules } from '../engine/index.ts';
import { mergeSnapshots } from '../graph/merge.ts';
import { parseSnapshot } from '../graph/snapshot.ts';
import type { Snapshot } from '../graph/snapshot-types.ts';
import { renderReports, type FindingsDocument } from '../report/index.ts';
import { lambdaConfig, openLambdaAws } from './config.ts';
import { logSummary } from './log.ts';

export interface AggregateResult {
  runId: string;
  prefix: string;
  accounts: number;
  missing: string[];
  complete: boolean;
  failures: Record<string, number>;
}

interface AccountSummary {
  account: string;
  complete: boolean;
  gaps: number;
  failures: Record<string, number>;
  newFindings: number | null;
  sarif: string;
  report: string;
}

const decoder = new TextDecoder();

export async function aggregate(event: { runId: string }): Promise<AggregateResult> {
  const config = lambdaConfig();
  const aws = await openLambdaAws(config);
  try {
    const run = `runs/${event.runId}/`;
    const listed = await aws.store.get(`${run}accounts.json`);
    const expected = listed ? (JSON.parse(decoder.decode(listed)) as { account: string }[]).map((a) => a.account) : [];
    const keys = await aws.store.list(`${run}accounts/`);
    const folders = [...new Set(keys.filter((k) => k.endsWith('/snapshot.json')).map((k) => k.slice(0, -'snapshot.json'.length)))];

    const snapshots: Snapshot[] = [];
    const accounts: AccountSummary[] = [];
    for (const folder of folders) {
      const snapshotBytes = await aws.store.get(`${folder}snapshot.json`);
      const findingsBytes = await aws.store.get(`${folder}findings.json`);
      if (!snapshotBytes) continue;
      const { snapshot } = parseSnapshot(JSON.parse(decoder.decode(snapshotBytes)), `s3://${config.bucket}/${folder}snapshot.json`);
      snapshots.push(snapshot);
      const findings = findingsBytes ? (JSON.parse(decoder.decode(findingsBytes)) as FindingsDocument) : undefined;
      for (const account of snapshot.scan.accounts) {
        accounts.push({
          account,
          complete: snapshot.scan.complete,
          gaps: snapshot.gaps.length,
          failures: findings?.summary.failuresBySeverity ?? {},
          newFindings: findings?.baseline?.counts.new ?? null,
          sarif: `s3://${config.bucket}/${folder}results.sarif`,
          report: `s3://${config.bucket}/${folder}report.html`,
        });
      }
    }

    const merged = mergeSnapshots(snapshots, { expectedAccounts: expected, id: `org-${event.runId}` });
    const evaluation = evaluateSnapshot(merged, prepareRules({}));
    const prefix = `${run}org/`;
    for (const report of renderReports({ evaluation, snapshot: merged.snapshot }, ['html', 'json'])) {
      await aws.store.put(`${prefix}${report.file}`, report.content, report.contentType);
    }
    const missing = expected.filter((a) => !accounts.some((s) => s.account === a));
    const summary = {
      runId: event.runId,
      accounts: accounts.sort((a, b) => (a.account < b.account ? -1 : 1)),
      missing,
      complete: merged.snapshot.scan.complete,
      failures: evaluation.summary.failuresBySeverity,
    };
    await aws.store.put(`${prefix}summary.json`, `${JSON.stringify(summary, null, 2)}\n`, 'application/json');
    const result: AggregateResult = {
      runId: event.runId,
      prefix: `s3://${config.bucket}/${prefix}`,
      accounts: accounts.length,
      missing,
      complete: summary.complete,
      failures: summary.failures,
    };
    logSummary({ step: 'aggregate', ...result });
    return result;
  } finally {
    aws.close();
  }
}
