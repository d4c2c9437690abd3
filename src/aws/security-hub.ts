/**
 * Sends one account's failures to AWS Security Hub (`--security-hub`, and the Lambda
 * stack's SecurityHubExport): reads our active findings, imports every current failure
 * (ASFF, src/report/asff.ts) and re-imports those that no longer fail with RecordState
 * ARCHIVED, in BatchImportFindings requests of 100.
 *
 * Throttling: requests are paced at BatchImportFindings' documented rate, 10 per second
 * per account and Region with a burst of 30 (Security Hub partner guide, "Guidelines for
 * using the BatchImportFindings API"), and throttled answers are retried by the SDK's
 * adaptive retry strategy. Findings Security Hub rejects are returned, not thrown.
 */
import {
  BatchImportFindingsCommand,
  SecurityHubClient,
  paginateGetFindings,
  type AwsSecurityFinding,
  type AwsSecurityFindingFilters,
} from '@aws-sdk/client-securityhub';
import type { Evaluation } from '../engine/types.ts';
import type { Snapshot } from '../graph/snapshot-types.ts';
import { batches, planSecurityHubSync, productArn, type AsffFinding } from '../report/asff.ts';
import type { Credentials } from '../collect/clients.ts';
import { TokenBucket } from '../collect/pacing.ts';
import { ScanRetryStrategy } from '../collect/retry.ts';

export interface SecurityHubExportOptions {
  evaluation: Evaluation;
  snapshot: Snapshot;
  /** The account whose findings are sent; the credentials must be that account's. */
  account: string;
  region: string;
  partition: string;
  credentials: Credentials;
  endpoint?: string;
  maxAttempts?: number;
  now?: Date;
}

export interface SecurityHubExportResult {
  account: string;
  region: string;
  productArn: string;
  imported: number;
  archived: number;
  /** Failures of other accounts: the default product imports only the caller's own. */
  skipped: number;
  requests: number;
  /** Findings Security Hub did not accept, with its reason. */
  rejected: { id: string; code: string; message: string }[];
}

const IMPORT_QUOTA = { rate: 10, burst: 30 };

export async function exportToSecurityHub(options: SecurityHubExportOptions): Promise<SecurityHubExportResult> {
  const client = new SecurityHubClient({
    region: options.region,
    credentials: options.credentials,
    retryStrategy: new ScanRetryStrategy(options.maxAttempts ?? 8),
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
  });
  try {
    const product = productArn(options.partition, options.region, options.account);
    const filters: AwsSecurityFindingFilters = {
      ProductArn: [{ Value: product, Comparison: 'EQUALS' }],
      AwsAccountId: [{ Value: options.account, Comparison: 'EQUALS' }],
      RecordState: [{ Value: 'ACTIVE', Comparison: 'EQUALS' }],
    };
    const existing: AsffFinding[] = [];
    for await (const page of paginateGetFindings({ client, pageSize: 100 }, { Filters: filters })) {
      for (const f of page.Findings ?? []) {
        // Filtered again here: what an answer holds is checked, not assumed.
        if (f.ProductArn === product && f.AwsAccountId === options.account && f.RecordState === 'ACTIVE') existing.push(f as AsffFinding);
      }
    }
    const plan = planSecurityHubSync(
      options.evaluation,
      options.snapshot,
      { partition: options.partition, region: options.region, account: options.account, now: (options.now ?? new Date()).toISOString() },
      existing,
    );
    const pacer = new TokenBucket(IMPORT_QUOTA);
    const rejected: SecurityHubExportResult['rejected'] = [];
    let requests = 0;
    for (const batch of batches([...plan.imports, ...plan.archives])) {
      await pacer.take();
      const out = await client.send(new BatchImportFindingsCommand({ Findings: batch as AwsSecurityFinding[] }));
      requests++;
      for (const f of out.FailedFindings ?? []) rejected.push({ id: f.Id ?? '', code: f.ErrorCode ?? '', message: f.ErrorMessage ?? '' });
    }
    const failedIds = new Set(rejected.map((r) => r.id));
    return {
      account: options.account,
      region: options.region,
      productArn: product,
      imported: plan.imports.filter((f) => !failedIds.has(f.Id)).length,
      archived: plan.archives.filter((f) => !failedIds.has(f.Id)).length,
      skipped: plan.skipped,
      requests,
      rejected,
    };
  } finally {
    client.destroy();
  }
}
