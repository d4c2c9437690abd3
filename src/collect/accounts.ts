/**
 * Which accounts a scan covers and how it gets into each: the caller's own account with
 * its own credentials, other accounts through a role assumed with STS, and the accounts of
 * an AWS Organization listed with Organizations. An account whose role cannot be assumed
 * is a gap, not a crash.
 */
import {
  paginateListAccounts,
  paginateListAccountsForParent,
  paginateListOrganizationalUnitsForParent,
  type Account,
} from '@aws-sdk/client-organizations';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import pLimit from 'p-limit';
import { CryptopostureError, UsageError } from '../errors.ts';
import type { Gap } from '../graph/types.ts';
import { classifyError } from './aws-errors.ts';
import type { ClientFactory, Credentials } from './clients.ts';
import { allPages } from './paging.ts';
import { CALLER } from './scope.ts';

export interface AccountTargets {
  /** Explicit account ids. */
  accounts?: readonly string[];
  /** Every active account of the caller's organization (optionally under these OUs or roots). */
  org?: { parentIds?: readonly string[] };
  /** The role assumed in every account other than the caller's own. */
  roleName?: string;
  externalId?: string;
  sessionName?: string;
}

/** The actions the principal that runs a multi-account scan needs, besides the member role. */
export const ORCHESTRATOR_ACTIONS = [
  'sts:AssumeRole',
  'organizations:ListAccounts',
  'organizations:ListAccountsForParent',
  'organizations:ListOrganizationalUnitsForParent',
] as const;

function isActive(account: Account): boolean {
  const state = (account as { State?: string }).State ?? account.Status;
  return state === 'ACTIVE';
}

/** The active accounts of the organization, or of the given OUs and their descendants. */
export async function organizationAccounts(clients: ClientFactory, region: string, parentIds?: readonly string[]): Promise<string[]> {
  const client = clients.get('organizations', CALLER, region);
  try {
    let accounts: Account[];
    if (!parentIds || parentIds.length === 0) {
      accounts = await allPages(paginateListAccounts({ client }, {}), (p) => p.Accounts);
    } else {
      accounts = [];
      const queue = [...parentIds];
      for (let parent = queue.shift(); parent !== undefined; parent = queue.shift()) {
        accounts.push(...(await allPages(paginateListAccountsForParent({ client }, { ParentId: parent }), (p) => p.Accounts)));
        const children = await allPages(
          paginateListOrganizationalUnitsForParent({ client }, { ParentId: parent }),
          (p) => p.OrganizationalUnits,
        );
        queue.push(...children.map((ou) => ou.Id ?? '').filter((id) => id !== ''));
      }
    }
    return [
      ...new Set(
        accounts
          .filter(isActive)
          .map((a) => a.Id ?? '')
          .filter((id) => id !== ''),
      ),
    ].sort();
  } catch (e) {
    const error = classifyError(e);
    throw new CryptopostureError(
      'CP_CONFIG_INVALID',
      `--org needs organizations:ListAccounts (run from the management account or a delegated administrator); Organizations answered ${error.code}: ${error.message}`,
      { cause: e },
    );
  }
}

export interface AccountAccess {
  /** The accounts that can be scanned. */
  reachable: string[];
  /** One gap per account that could not be entered. */
  gaps: Gap[];
}

/**
 * Credentials for every target account: the caller's own for its account, an assumed role
 * elsewhere. Each assumed role is tried once (GetCallerIdentity through it) so that an
 * account that cannot be entered is one gap, not one gap per region and service.
 */
export async function accessAccounts(
  targets: readonly string[],
  caller: { account: string; credentials: Credentials },
  options: AccountTargets & { partition: string; region: string; endpoint?: string; clients: ClientFactory; concurrency?: number },
): Promise<AccountAccess> {
  const others = targets.filter((a) => a !== caller.account);
  if (others.length > 0 && !options.roleName) {
    throw new UsageError(`--role-name is required to scan accounts other than the caller's own (${caller.account}): ${others.join(', ')}`);
  }
  const reachable = new Set<string>();
  const gaps: Gap[] = [];
  const limit = pLimit(options.concurrency ?? 8);
  await Promise.all(
    targets.map((account) =>
      limit(async () => {
        if (account === caller.account) {
          reachable.add(account);
          return;
        }
        const roleArn = `arn:${options.partition}:iam::${account}:role/${options.roleName}`;
        const provider = fromTemporaryCredentials({
          masterCredentials: caller.credentials,
          params: {
            RoleArn: roleArn,
            RoleSessionName: options.sessionName ?? 'cryptoposture',
            DurationSeconds: 3600,
            ...(options.externalId ? { ExternalId: options.externalId } : {}),
          },
          clientConfig: { region: options.region, ...(options.endpoint ? { endpoint: options.endpoint } : {}) },
        });
        options.clients.useCredentials(account, provider);
        try {
          const who = await options.clients.get('sts', account, options.region).send(new GetCallerIdentityCommand({}));
          if (who.Account !== account) throw new Error(`the role ${roleArn} belongs to account ${who.Account ?? '?'}`);
          reachable.add(account);
        } catch (e) {
          const error = classifyError(e);
          gaps.push({
            account,
            region: '',
            service: 'sts',
            operation: 'AssumeRole',
            code: error.code,
            message: `cannot assume ${roleArn}: ${error.message}`,
          });
        }
      }),
    ),
  );
  return { reachable: targets.filter((a) => reachable.has(a)), gaps };
}
