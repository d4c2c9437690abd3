/**
 * Which accounts a scan covers and how it gets into each: the caller's own account with
 * its own credentials, other accounts through a role assumed with STS, and the accounts of
 * an AWS Organization listed with Organizations. An account whose role cannot be assumed
 * is a gap, not a crash.
 */
import {
  ListAccountsCommand,
  ListAccountsForParentCommand,
  ListOrganizationalUnitsForParentCommand,
  type Account,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import pLimit from 'p-limit';
import { CryptopostureError, UsageError } from '../errors.ts';
import type { Gap } from '../graph/types.ts';
import { classifyError } from './aws-errors.ts';
import type { ClientFactory, Credentials } from './clients.ts';
import { PartialListing, readPages } from './paging.ts';
import { listing, obj, str, type ResponseShapes } from './responses.ts';
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

/** The answers of the Organizations calls, checked like every other answer (`responses.ts`). */
export const ACCOUNTS_RESPONSES: ResponseShapes = {
  'organizations:ListAccounts': listing('Accounts', obj({ Id: str, Status: str, State: str }, ['Id']), { NextToken: str }),
  'organizations:ListAccountsForParent': listing('Accounts', obj({ Id: str, Status: str, State: str }, ['Id']), { NextToken: str }),
  'organizations:ListOrganizationalUnitsForParent': listing('OrganizationalUnits', obj({ Id: str }, ['Id']), { NextToken: str }),
};

function isActive(account: Account): boolean {
  const state = (account as { State?: string }).State ?? account.Status;
  return state === 'ACTIVE';
}

/** The active accounts of the organization, or of the given OUs and their descendants. */
export async function organizationAccounts(clients: ClientFactory, region: string, parentIds?: readonly string[]): Promise<string[]> {
  const client = clients.get('organizations', OrganizationsClient, CALLER, region);
  const token = (t: string | undefined) => (t === undefined ? {} : { NextToken: t });
  try {
    let accounts: Account[];
    if (!parentIds || parentIds.length === 0) {
      accounts = await readPages('ListAccounts', {
        page: (t) => client.send(new ListAccountsCommand(token(t))),
        next: (p) => p.NextToken,
        items: (p) => p.Accounts,
      });
    } else {
      accounts = [];
      const queue = [...parentIds];
      for (let parent = queue.shift(); parent !== undefined; parent = queue.shift()) {
        const ParentId = parent;
        const inParent = await readPages('ListAccountsForParent', {
          page: (t) => client.send(new ListAccountsForParentCommand({ ParentId, ...token(t) })),
          next: (p) => p.NextToken,
          items: (p) => p.Accounts,
        });
        accounts.push(...inParent);
        const children = await readPages('ListOrganizationalUnitsForParent', {
          page: (t) => client.send(new ListOrganizationalUnitsForParentCommand({ ParentId, ...token(t) })),
          next: (p) => p.NextToken,
          items: (p) => p.OrganizationalUnits,
        });
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
    // An incomplete list of accounts is no list: the scan would miss accounts without saying so.
    const error = classifyError(e instanceof PartialListing ? e.cause : e);
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
          clientConfig: {
            region: options.region,
            ...(options.endpoint ? { endpoint: options.endpoint } : {}),
            // The role is assumed with the scan's deadlines and stop signal too.
            requestHandler: options.clients.httpHandler(),
          },
        });
        options.clients.useCredentials(account, provider);
        try {
          const who = await options.clients.get('sts', STSClient, account, options.region).send(new GetCallerIdentityCommand({}));
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
