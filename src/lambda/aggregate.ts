/**
 * Last step of the organization scan: add up the accounts' summaries of one run into
 * `runs/<run id>/org/summary.json` and an `index.html` linking each account's report,
 * streamed one listing page at a time (no snapshot or findings are read, so memory does not
 * grow with the number of accounts), and decide whether more accounts failed than
 * `TOLERATED_FAILURE_PERCENTAGE` allows. Org-wide questions over every finding are for
 * Athena, over the JSON Lines each scan writes (results/...).
 */
import pLimit from 'p-limit';
import { SEVERITIES } from '../engine/types.ts';
import { xmlEscape } from '../report/junit.ts';
import { lambdaConfig, openLambdaAws } from './config.ts';
import { logSummary } from './log.ts';
import {
  FAILED_ACCOUNTS_LISTED,
  RunTally,
  failureMessage,
  type AccountRunSummary,
  type RunTotals,
  type SeverityCounts,
} from './run-summary.ts';

/** The run's event (EventBridge detail-type `cryptoposture run completed`). */
export interface RunEvent {
  runId: string;
  accountsExpected: number;
  accountsScanned: number;
  accountsFailed: number;
  /** The first FAILED_ACCOUNTS_LISTED failed accounts. */
  failedAccounts: string[];
  failedPercentage: number;
  thresholdExceeded: boolean;
  newFindings: SeverityCounts;
  failures: SeverityCounts;
  summary: string;
  index: string;
}

export interface AggregateResult extends RunEvent {
  prefix: string;
  toleratedFailurePercentage: number;
  /** Why the run fails (set when thresholdExceeded). */
  failureMessage: string;
  event: RunEvent;
}

const decoder = new TextDecoder();
const SUMMARY_FILE = 'summary.json';

function indexHead(runId: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>cryptoposture organization run ${xmlEscape(runId)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}td.n{text-align:right}.bad{color:#a00}</style>
</head><body><h1>Organization run ${xmlEscape(runId)}</h1>
<table><thead><tr><th>account</th><th>complete</th><th>gaps</th>${SEVERITIES.map((s) => `<th>${s}</th>`).join('')}<th>new</th><th>SARIF</th></tr></thead><tbody>
`;
}

function indexRow(summary: AccountRunSummary, run: string): string {
  const relative = (key: string) => xmlEscape(key.startsWith(run) ? `../${key.slice(run.length)}` : key);
  const news = SEVERITIES.reduce((n, s) => n + (summary.newFindings[s] ?? 0), 0);
  return (
    `<tr><td><a href="${relative(summary.report)}">${xmlEscape(summary.account)}</a></td>` +
    `<td${summary.complete ? '' : ' class="bad"'}>${summary.unreachable ? 'unreachable' : summary.complete ? 'yes' : 'no'}</td>` +
    `<td class="n">${summary.gaps}</td>${SEVERITIES.map((s) => `<td class="n">${summary.failures[s] ?? 0}</td>`).join('')}` +
    `<td class="n">${news}</td><td><a href="${relative(summary.sarif)}">results.sarif</a></td></tr>\n`
  );
}

function indexFoot(totals: RunTotals): string {
  const failed = totals.failedAccounts.map((a) => `<li>${xmlEscape(a)}</li>`).join('');
  return `</tbody></table>
<p>${totals.scanned} of ${totals.expected} accounts scanned, ${totals.complete} complete; ${totals.failedAccounts.length} failed (${totals.failedPercentage}%, tolerated ${totals.toleratedFailurePercentage}%).</p>
${failed === '' ? '' : `<h2>Failed accounts</h2><ul class="bad">${failed}</ul>`}
</body></html>
`;
}

export async function aggregate(event: { runId: string }): Promise<AggregateResult> {
  const config = lambdaConfig();
  const aws = await openLambdaAws(config);
  try {
    const run = `runs/${event.runId}/`;
    const listed = await aws.store.get(`${run}accounts.json`);
    const expected = listed ? (JSON.parse(decoder.decode(listed)) as { account: string }[]).map((a) => a.account) : [];
    const tally = new RunTally(expected);
    const prefix = `${run}org/`;
    const summary = aws.store.writer(`${prefix}${SUMMARY_FILE}`, 'application/json');
    const index = aws.store.writer(`${prefix}index.html`, 'text/html; charset=utf-8');
    const limit = pLimit(16);
    try {
      await summary.write(`{\n"runId": ${JSON.stringify(event.runId)},\n"accounts": [\n`);
      await index.write(indexHead(event.runId));
      let first = true;
      // One listing page (up to 1,000 keys) at a time; S3 lists keys in order, so accounts come sorted.
      for await (const keys of aws.store.pages(`${run}accounts/`)) {
        const wanted = keys.filter((k) => k.endsWith(`/${SUMMARY_FILE}`));
        const summaries = await Promise.all(
          wanted.map((key) =>
            limit(async () => {
              const bytes = await aws.store.get(key);
              return bytes ? (JSON.parse(decoder.decode(bytes)) as AccountRunSummary) : undefined;
            }),
          ),
        );
        for (const s of summaries) {
          if (!s) continue;
          tally.add(s);
          await summary.write(`${first ? '' : ',\n'}${JSON.stringify(s)}`);
          await index.write(indexRow(s, run));
          first = false;
        }
      }
      const totals = tally.totals(config.toleratedFailurePercentage);
      const { failedAccounts, ...counts } = totals;
      await summary.write(`\n],\n"totals": ${JSON.stringify(counts)},\n"failedAccounts": ${JSON.stringify(failedAccounts)}\n}\n`);
      await index.write(indexFoot(totals));
      await summary.close();
      await index.close();

      const runEvent: RunEvent = {
        runId: event.runId,
        accountsExpected: totals.expected,
        accountsScanned: totals.scanned,
        accountsFailed: failedAccounts.length,
        failedAccounts: failedAccounts.slice(0, FAILED_ACCOUNTS_LISTED),
        failedPercentage: totals.failedPercentage,
        thresholdExceeded: totals.thresholdExceeded,
        newFindings: totals.newFindings,
        failures: totals.failures,
        summary: `s3://${config.bucket}/${prefix}${SUMMARY_FILE}`,
        index: `s3://${config.bucket}/${prefix}index.html`,
      };
      const result: AggregateResult = {
        ...runEvent,
        prefix: `s3://${config.bucket}/${prefix}`,
        toleratedFailurePercentage: totals.toleratedFailurePercentage,
        failureMessage: totals.thresholdExceeded ? failureMessage(totals) : '',
        event: runEvent,
      };
      logSummary({ step: 'aggregate', ...runEvent });
      return result;
    } catch (e) {
      await Promise.allSettled([summary.abort(), index.abort()]);
      throw e;
    }
  } finally {
    aws.close();
  }
}
