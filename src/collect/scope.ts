/**
 * What a scan covers: who is calling (STS) and which regions are enabled (EC2
 * DescribeRegions, opt-in status respected), unless the user named the regions.
 */
import { DescribeRegionsCommand } from '@aws-sdk/client-ec2';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { CredentialsError } from '../errors.ts';
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

export async function callerIdentity(clients: ClientFactory, region: string): Promise<CallerIdentity> {
  try {
    const out = await clients.get('sts', CALLER, region).send(new GetCallerIdentityCommand({}));
    return { account: out.Account ?? '', arn: out.Arn ?? '', userId: out.UserId ?? '' };
  } catch (e) {
    const error = classifyError(e);
    throw new CredentialsError(`The AWS credentials were not accepted (sts:GetCallerIdentity answered ${error.code}: ${error.message})`, e);
  }
}

/** Enabled regions of the account; on failure, the home region alone and a gap saying so. */
export async function enabledRegions(clients: ClientFactory, account: string, home: string): Promise<{ regions: string[]; gaps: Gap[] }> {
  try {
    const out = await clients.get('ec2', account, home).send(new DescribeRegionsCommand({ AllRegions: false }));
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
