/**
 * What a scan covers: who is calling (STS) and which regions are enabled (EC2
 * DescribeRegions, opt-in status respected), unless the user named the regions.
 */
import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { CredentialsError, ScanStartError, type CryptopostureError } from '../errors.ts';
import type { CallerIdentity } from '../graph/snapshot-types.ts';
import type { Gap } from '../graph/types.ts';
import { classifyError } from './aws-errors.ts';
import type { ClientFactory } from './clients.ts';
import { listing, obj, str, type ResponseShapes } from './responses.ts';

/** The calls that fix a scan's scope, before any collector runs. */
export const SCOPE_ACTIONS = ['sts:GetCallerIdentity', 'ec2:DescribeRegions'] as const;

/** The answers of the scope calls, checked like every other answer (`responses.ts`). */
export const SCOPE_RESPONSES: ResponseShapes = {
  'sts:GetCallerIdentity': obj({ Account: str, Arn: str, UserId: str }, ['Account', 'Arn']),
  'ec2:DescribeRegions': listing('Regions', obj({ RegionName: str, OptInStatus: str }, ['RegionName'])),
};

/** The account key under which calls made before the account is known are counted. */
export const CALLER = 'caller';

/**
 * Who is calling: the scan's first call. When it fails, the error names the real cause
 * (credentials refused or expired, the region, throttling, an endpoint that cannot be
 * reached), each with its own code and exit code.
 */
export async function callerIdentity(
  clients: ClientFactory,
  region: string,
  options: { endpoint?: string; signal?: AbortSignal } = {},
): Promise<CallerIdentity> {
  try {
    const out = await clients.get('sts', STSClient, CALLER, region).send(new GetCallerIdentityCommand({}));
    return { account: out.Account ?? '', arn: out.Arn ?? '', userId: out.UserId ?? '' };
  } catch (e) {
    if (options.signal?.aborted) {
      const reason = options.signal.reason as Error | undefined;
      throw new ScanStartError(
        'CP_STOPPED_EARLY',
        `The scan stopped before anything was collected: ${reason?.message ?? 'interrupted'}`,
        e,
      );
    }
    throw firstCallError(e, region, stsHost(region, options.endpoint));
  }
}

/** The host the STS call goes to: the endpoint override's, or the regional STS endpoint. */
function stsHost(region: string, endpoint: string | undefined): string {
  if (endpoint !== undefined) return new URL(endpoint).host;
  return `sts.${region}.amazonaws.com${region.startsWith('cn-') ? '.cn' : ''}`;
}

const NETWORK_CAUSES: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused',
  ENOTFOUND: 'DNS lookup failed: the host name does not resolve',
  EAI_AGAIN: 'DNS lookup failed: the name server did not answer',
  ECONNRESET: 'the connection was dropped before an answer',
  EPIPE: 'the connection was dropped while sending',
  EHOSTUNREACH: 'no route to the host',
  ENETUNREACH: 'the network is unreachable',
  ETIMEDOUT: 'the connection timed out',
  TimeoutError: 'no answer before the request deadline',
};

/** The error for a failed first call, by its cause. */
export function firstCallError(e: unknown, region: string, host: string): CryptopostureError {
  const error = classifyError(e);
  const answered = `sts:GetCallerIdentity answered ${error.code}: ${error.message}`;
  const attempts = (e as { $metadata?: { attempts?: number } } | undefined)?.$metadata?.attempts;
  if (error.code === 'RegionDisabledException' || error.code === 'OptInRequired') {
    return new ScanStartError(
      'CP_REGION_NOT_ENABLED',
      `The region ${region} is not enabled for this account (${answered}); enable it, or scan from an enabled home region (AWS_REGION, or the first of --regions)`,
      e,
    );
  }
  if (error.kind === 'expired') {
    return new ScanStartError(
      'CP_CREDENTIALS_EXPIRED',
      `The AWS credentials have expired (${answered}); refresh them (for example with aws sso login) and scan again`,
      e,
    );
  }
  if (error.kind === 'denied' || error.kind === 'opt-in') {
    return new CredentialsError(
      `The AWS credentials were not accepted (${answered}); if ${region} is an opt-in region, it may not be enabled for this account`,
      e,
    );
  }
  if (error.kind === 'throttled') {
    return new ScanStartError(
      'CP_AWS_THROTTLED',
      `AWS throttled sts:GetCallerIdentity in ${region}${attempts === undefined ? '' : ` on all ${attempts} attempts`} (${error.code}: ${error.message}); nothing was collected: scan again later, or with fewer scans at once on this account`,
      e,
    );
  }
  const cause = NETWORK_CAUSES[error.code];
  if (cause !== undefined || error.kind === 'network' || error.kind === 'timeout') {
    return new ScanStartError(
      'CP_AWS_UNREACHABLE',
      `Cannot reach the AWS endpoint ${host}: ${cause ?? 'the connection failed'} (${error.code}: ${error.message}); nothing was collected: check the network, the proxy settings and --endpoint-url`,
      e,
    );
  }
  return new ScanStartError('CP_AWS_FAILED', `The first AWS call failed at ${host} (${answered}); nothing was collected`, e);
}

/** Enabled regions of the account; on failure, the home region alone and a gap saying so. */
export async function enabledRegions(clients: ClientFactory, account: string, home: string): Promise<{ regions: string[]; gaps: Gap[] }> {
  try {
    const out = await clients.get('ec2', EC2Client, account, home).send(new DescribeRegionsCommand({ AllRegions: false }));
    const regions = (out.Regions ?? [])
      .filter((r) => r.OptInStatus !== 'not-opted-in')
      .map((r) => r.RegionName ?? '')
      .filter((r) => r !== '')
      .sort();
    return { regions, gaps: [] };
  } catch (e) {
    const error = classifyError(e);
    return {
      regions: [home],
      gaps: [
        {
          account,
          region: home,
          service: 'ec2',
          operation: 'DescribeRegions',
          code: error.code,
          message: `enabled regions unknown, scanned ${home} only: ${error.message}`,
        },
      ],
    };
  }
}
