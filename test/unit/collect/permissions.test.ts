import { describe, expect, it } from 'vitest';
import type { permissionsPolicy } from '../../../src/collect/index.ts';
import { isReadOnlyAction, requiredActions } from '../../../src/collect/index.ts';
import { SERVICE_LIST } from '../../../src/services/registry.ts';
import { SCOPE_ACTIONS } from '../../../src/collect/scope.ts';
import { runCliProcess } from '../../support/cli.ts';

describe('permissions', () => {
  it('every action a service module declares is a read-only Describe*, Get* or List* action', () => {
    const declared = SERVICE_LIST.flatMap((m) => m.actions.map((a) => [m.name, a] as const));
    expect(declared.length).toBeGreaterThan(0);
    for (const [service, action] of [...declared, ...SCOPE_ACTIONS.map((a) => ['scope', a] as const)]) {
      expect(isReadOnlyAction(action), `${service} declares ${action}`).toBe(true);
    }
  });

  it.each([
    'kms:CreateKey',
    'kms:PutKeyPolicy',
    's3:PutBucketPolicy',
    'ec2:ModifySnapshotAttribute',
    'kms:*',
    'kms:Get*',
    'Describe',
    'rds:DescribeDBInstances ',
    // API Gateway's actions are HTTP verbs: only GET reads.
    'apigateway:POST',
    'apigateway:PUT',
    'apigateway:PATCH',
    'apigateway:DELETE',
    'apigateway:*',
    'apigateway:get',
    'apigatewayv2:GET',
  ])('rejects %j as not read-only', (action) => {
    expect(isReadOnlyAction(action)).toBe(false);
  });

  it('accepts the HTTP verb that reads, apigateway:GET, and the read-only name patterns', () => {
    for (const action of ['apigateway:GET', 'kms:DescribeKey', 'cloudfront:ListDistributions', 'acm:GetCertificate']) {
      expect(isReadOnlyAction(action), action).toBe(true);
    }
  });

  it('cryptoposture permissions prints a valid IAM policy with exactly the declared actions', async () => {
    const run = await runCliProcess(['permissions']);
    expect(run.code).toBe(0);
    const policy = JSON.parse(run.stdout) as ReturnType<typeof permissionsPolicy>;
    expect(policy.Version).toBe('2012-10-17');
    expect(Array.isArray(policy.Statement)).toBe(true);
    const sids = new Set<string>();
    for (const statement of policy.Statement) {
      expect(Object.keys(statement).sort()).toEqual(['Action', 'Effect', 'Resource', 'Sid']);
      expect(statement.Effect).toBe('Allow');
      expect(statement.Resource).toBe('*');
      expect(statement.Sid).toMatch(/^[A-Za-z0-9]+$/); // IAM: Sid is alphanumeric
      expect(sids.has(statement.Sid)).toBe(false);
      sids.add(statement.Sid);
    }
    const printed = policy.Statement.flatMap((s) => s.Action).sort();
    const declared = [...new Set([...SCOPE_ACTIONS, ...SERVICE_LIST.flatMap((m) => m.actions)])].sort();
    expect(printed).toEqual(declared);
    expect(printed).toEqual(requiredActions());
    // A customer managed policy may hold at most 6,144 characters, white space excluded (IAM quotas).
    expect(JSON.stringify(policy).length).toBeLessThanOrEqual(6144);
  });

  it('limits the policy to the services asked for', async () => {
    const run = await runCliProcess(['permissions', '--services', 'kms']);
    const actions = (JSON.parse(run.stdout) as ReturnType<typeof permissionsPolicy>).Statement.flatMap((s) => s.Action);
    expect(actions.every((a) => a.startsWith('kms:') || (SCOPE_ACTIONS as readonly string[]).includes(a))).toBe(true);
    expect(actions).toContain('kms:ListKeys');
  });
});
