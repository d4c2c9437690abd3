/**
 * A synthetic organization run in S3, as the scanner functions leave it for the aggregate
 * step: `runs/<run id>/accounts.json` and, per account, its summary.json beside its
 * reports. Deterministic: account i's outcome depends on i only.
 */
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import pLimit from 'p-limit';
import { SEVERITIES } from '../../src/engine/types.ts';
import type { AccountRunSummary, SeverityCounts } from '../../src/lambda/run-summary.ts';

export const syntheticAccount = (i: number): string => String(100_000_000_000 + i);

const counts = (f: (s: number) => number): SeverityCounts => Object.fromEntries(SEVERITIES.map((s, k) => [s, f(k)])) as SeverityCounts;

/** Account i's summary, or undefined when its scan "failed" and wrote nothing (every 250th, from the 11th). */
export function syntheticSummary(runId: string, i: number): AccountRunSummary | undefined {
  if (i % 250 === 11) return undefined;
  const account = syntheticAccount(i);
  const prefix = `runs/${runId}/accounts/${account}/`;
  const unreachable = i % 100 === 3;
  return {
    account,
    complete: !unreachable && i % 50 !== 7,
    unreachable,
    gaps: unreachable ? 1 : i % 4,
    failures: counts((k) => (unreachable ? 0 : (i + k) % 6)),
    newFindings: counts((k) => (unreachable ? 0 : (i * (k + 1)) % 3 === 0 ? 1 : 0)),
    report: `${prefix}report.html`,
    sarif: `${prefix}results.sarif`,
  };
}

/** Writes the run of `accounts` accounts (with `extraFiles` placeholder reports each) and returns the summaries written. */
export async function writeSyntheticRun(
  s3: S3Client,
  bucket: string,
  runId: string,
  accounts: number,
  extraFiles: readonly string[] = ['report.html'],
): Promise<AccountRunSummary[]> {
  const put = (Key: string, Body: string) => s3.send(new PutObjectCommand({ Bucket: bucket, Key, Body }));
  const ids = Array.from({ length: accounts }, (_, i) => syntheticAccount(i));
  await put(`runs/${runId}/accounts.json`, JSON.stringify(ids.map((account) => ({ account }))));
  const limit = pLimit(16);
  const summaries = Array.from({ length: accounts }, (_, i) => syntheticSummary(runId, i));
  await Promise.all(
    summaries.flatMap((s) =>
      s === undefined
        ? []
        : [
            limit(() => put(`runs/${runId}/accounts/${s.account}/summary.json`, JSON.stringify(s))),
            ...extraFiles.map((f) => limit(() => put(`runs/${runId}/accounts/${s.account}/${f}`, `placeholder ${f}`))),
          ],
    ),
  );
  return summaries.filter((s): s is AccountRunSummary => s !== undefined);
}
