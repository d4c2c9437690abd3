import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { requiredActions } from '../../../src/collect/permissions.ts';
import { resourcePath } from '../../../src/resources.ts';

type Statement = { Sid?: string; Action: string | string[]; Resource: unknown };
type Resource = { Type: string; Properties: Record<string, unknown> };

const load = (file: string) => parse(readFileSync(resourcePath(file), 'utf8')) as { Resources: Record<string, Resource> };
const statementsOf = (role: Resource) =>
  (role.Properties['Policies'] as { PolicyDocument: { Statement: Statement[] } }[]).flatMap((p) => p.PolicyDocument.Statement);

describe('deployment templates', () => {
  it('are committed as generated (npm run generate)', { timeout: 60_000 }, () => {
    expect(() => execFileSync(process.execPath, ['scripts/generate-deploy.ts', '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it("give the member role exactly the collectors' read-only actions", () => {
    const statements = statementsOf(load('deploy/member-role.yaml').Resources['ReadOnlyRole']!);
    expect(statements).toHaveLength(1);
    expect(statements[0]!.Action).toEqual(requiredActions());
    expect(statements[0]!.Resource).toBe('*');
  });

  it('let the scanner read its own account with the same actions, and assume only the member role', () => {
    const statements = statementsOf(load('deploy/cryptoposture.yaml').Resources['ScannerRole']!);
    expect(statements.find((s) => s.Sid === 'ReadOwnAccount')?.Action).toEqual(requiredActions());
    expect(statements.find((s) => s.Sid === 'AssumeMemberRole')).toMatchObject({
      Action: 'sts:AssumeRole',
      Resource: { 'Fn::Sub': 'arn:${AWS::Partition}:iam::*:role/${MemberRoleName}' },
    });
  });

  it('encrypt the reports bucket with a rotating customer managed key and deny plain HTTP', () => {
    const resources = load('deploy/cryptoposture.yaml').Resources;
    expect(resources['ReportsKey']!.Properties['EnableKeyRotation']).toBe(true);
    const encryption = resources['ReportsBucket']!.Properties['BucketEncryption'] as {
      ServerSideEncryptionConfiguration: { ServerSideEncryptionByDefault: Record<string, unknown> }[];
    };
    expect(encryption.ServerSideEncryptionConfiguration[0]!.ServerSideEncryptionByDefault).toEqual({
      SSEAlgorithm: 'aws:kms',
      KMSMasterKeyID: { 'Fn::GetAtt': ['ReportsKey', 'Arn'] },
    });
    const policy = resources['ReportsBucketPolicy']!.Properties['PolicyDocument'] as { Statement: Record<string, unknown>[] };
    expect(policy.Statement).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    );
  });

  it('run the scanner once per account in a Distributed Map with a concurrency limit, on a schedule', () => {
    const resources = load('deploy/cryptoposture.yaml').Resources;
    const definition = (resources['OrgScanStateMachine']!.Properties['DefinitionString'] as { 'Fn::Sub': [string, unknown] })['Fn::Sub'][0];
    const asl = JSON.parse(definition.replace('${MaxConcurrency}', '20')) as { States: Record<string, Record<string, unknown>> };
    expect(Object.keys(asl.States)).toEqual(['ListAccounts', 'ScanAccounts', 'Aggregate']);
    expect(asl.States['ScanAccounts']).toMatchObject({
      Type: 'Map',
      MaxConcurrency: 20,
      ItemReader: { Resource: 'arn:${AWS::Partition}:states:::s3:getObject' },
      ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED' } },
    });
    expect(resources['OrgScanSchedule']!.Type).toBe('AWS::Scheduler::Schedule');
    expect(resources['ScannerFunction']!.Properties).toMatchObject({ Runtime: 'nodejs24.x', Architectures: ['arm64'] });
  });
});
