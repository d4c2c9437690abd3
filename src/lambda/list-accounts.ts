/**
 * First step of the organization scan: list the organization's active accounts (optionally
 * under some OUs) into `runs/<run id>/accounts.json`, which the Distributed Map reads.
 */
import { lambdaConfig, openLambdaAws, runIdAt } from './config.ts';
import { logSummary } from './log.ts';

export interface ListAccountsResult {
  bucket: string;
  key: string;
  runId: string;
  count: number;
}

export async function listAccounts(event: { runId?: string } = {}): Promise<ListAccountsResult> {
  const config = lambdaConfig();
  const runId = event.runId ?? runIdAt(new Date());
  const aws = await openLambdaAws(config);
  try {
    const accounts = config.accounts.length > 0 ? config.accounts : await aws.organizationAccounts(config.organizationalUnitIds);
    const key = `runs/${runId}/accounts.json`;
    await aws.store.put(
      key,
      `${JSON.stringify(
        accounts.map((account) => ({ account })),
        null,
        2,
      )}\n`,
      'application/json',
    );
    logSummary({ step: 'list-accounts', runId, accounts: accounts.length });
    return { bucket: config.bucket, key, runId, count: accounts.length };
  } finally {
    aws.close();
  }
}
