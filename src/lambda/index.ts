/** The Lambda handlers (one bundle, three functions in deploy/cryptoposture.yaml). */
export { scanAccount, type ScanAccountEvent, type ScanAccountResult } from './scan-account.ts';
export { listAccounts, type ListAccountsResult } from './list-accounts.ts';
export { aggregate, type AggregateResult } from './aggregate.ts';
