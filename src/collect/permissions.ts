/**
 * The least-privilege, read-only IAM policy a scan needs, generated from what each
 * collector declares it calls (plus the scope calls), so the documentation, the deploy
 * template and the code cannot disagree.
 */
import type { Service } from '../graph/types.ts';
import { SERVICE_LIST } from '../services/registry.ts';
import { moduleClients } from '../services/service.ts';
import { ORCHESTRATOR_ACTIONS } from './accounts.ts';
import { SCOPE_ACTIONS } from './scope.ts';

/** Every action the scan may call for `services`, sorted and without duplicates. */
export function requiredActions(services?: readonly Service[]): string[] {
  const actions = new Set<string>(SCOPE_ACTIONS);
  for (const module of SERVICE_LIST) {
    if (services && !services.includes(module.name as Service)) continue;
    for (const action of module.actions) actions.add(action);
  }
  return [...actions].sort();
}

/**
 * Actions that only read although their names do not say so: API Gateway's IAM actions are
 * the HTTP verbs of its REST resources, and `apigateway:GET` is its only read (Service
 * Authorization Reference, "Actions, resources, and condition keys for Amazon API Gateway
 * Management"); POST, PUT, PATCH and DELETE write.
 */
const READ_ONLY_VERBS = ['apigateway:GET'];

/** True for actions that only read: `service:Describe*`, `Get*` or `List*`, or an HTTP verb that reads (`apigateway:GET`). */
export function isReadOnlyAction(action: string): boolean {
  return /^[a-z0-9-]+:(Describe|Get|List)[A-Za-z0-9]*$/.test(action) || READ_ONLY_VERBS.includes(action);
}

export interface IamPolicyDocument {
  Version: '2012-10-17';
  Statement: { Sid: string; Effect: 'Allow'; Action: string[]; Resource: string | string[] }[];
}

/**
 * What the principal that runs a multi-account scan needs on top of the read-only policy:
 * assume the member role in every account, and list the organization's accounts.
 */
export function orchestratorPolicy(roleName: string, partition = 'aws'): IamPolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'CryptopostureAssumeMemberRole',
        Effect: 'Allow',
        Action: ['sts:AssumeRole'],
        Resource: `arn:${partition}:iam::*:role/${roleName}`,
      },
      {
        Sid: 'CryptopostureListOrganization',
        Effect: 'Allow',
        Action: ORCHESTRATOR_ACTIONS.filter((a) => a.startsWith('organizations:')),
        Resource: '*',
      },
    ],
  };
}

/** One statement per AWS service prefix, so the policy reads like the permissions table. */
export function permissionsPolicy(services?: readonly Service[]): IamPolicyDocument {
  const byPrefix = new Map<string, string[]>();
  for (const action of requiredActions(services)) {
    const prefix = action.split(':')[0] as string;
    byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), action]);
  }
  return {
    Version: '2012-10-17',
    Statement: [...byPrefix.entries()].map(([prefix, actions]) => ({
      Sid: `CryptopostureRead${prefix.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase())}`,
      Effect: 'Allow',
      Action: actions,
      Resource: '*',
    })),
  };
}

/**
 * The IAM action that authorizes an API operation, as counted in a snapshot's `apiCalls`
 * (`service` is the SDK client name): `<client>:<Operation>`, unless the module of that
 * client says the action has another name.
 */
export function actionForOperation(service: string, operation: string): string {
  for (const module of SERVICE_LIST) {
    const action = moduleClients(module).includes(service) ? module.actionForOperation?.[operation] : undefined;
    if (action) return action;
  }
  return `${service}:${operation}`;
}
