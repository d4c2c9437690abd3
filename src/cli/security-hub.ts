/**
 * `scan --security-hub`: after the reports are written, send the caller's own account's
 * failures to AWS Security Hub in the scan's home region (ASFF, see src/report/asff.ts).
 * Security Hub accepts a custom integration's findings only from the account they belong
 * to, so failures of other scanned accounts are counted and left out (deploy the stack with
 * SecurityHubExport for an organization: each account's findings are imported from that account).
 */
import type { Evaluation } from '../engine/types.ts';
import type { Snapshot } from '../graph/snapshot-types.ts';
import { CredentialsError } from '../errors.ts';
import type { CliIO } from './io.ts';

export interface SecurityHubFlags {
  regions?: string[];
  profile?: string;
  endpointUrl?: string;
}

export async function sendToSecurityHub(io: CliIO, snapshot: Snapshot, evaluation: Evaluation, flags: SecurityHubFlags): Promise<void> {
  const account = snapshot.scan.caller?.account;
  if (account === undefined)
    throw new CredentialsError('--security-hub: the caller identity of the scan is unknown (no findings were sent)');
  const region = flags.regions?.[0] ?? process.env['AWS_REGION'] ?? process.env['AWS_DEFAULT_REGION'] ?? 'us-east-1';
  const { resolveCredentials } = await import('../collect/credentials.ts');
  const { exportToSecurityHub } = await import('../aws/security-hub.ts');
  const credentials = await resolveCredentials({
    ...(flags.profile ? { profile: flags.profile } : {}),
    ...(flags.endpointUrl ? { endpoint: flags.endpointUrl } : {}),
  });
  const sent = await exportToSecurityHub({
    evaluation,
    snapshot,
    account,
    region,
    partition: snapshot.scan.partition,
    credentials,
    ...(flags.endpointUrl ? { endpoint: flags.endpointUrl } : {}),
  });
  io.stdout(
    `\nSecurity Hub (${sent.productArn}): ${sent.imported} findings imported or updated, ${sent.archived} archived` +
      `${sent.skipped > 0 ? `, ${sent.skipped} failures of other accounts left out (import them from those accounts)` : ''}.\n`,
  );
  for (const r of sent.rejected) io.stderr(`Security Hub rejected ${r.id}: ${r.code}: ${r.message}\n`);
}
