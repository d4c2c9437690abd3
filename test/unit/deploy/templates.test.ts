import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { NAMED_QUERIES } from '../../../scripts/deploy/athena.ts';
import { THRESHOLD_ERROR } from '../../../scripts/deploy/templates.ts';
import { requiredActions } from '../../../src/collect/permissions.ts';
import { resourcePath } from '../../../src/resources.ts';

type Statement = { Sid?: string; Effect?: string; Action: string | string[]; Resource: unknown; Condition?: unknown };
type Resource = { Type: string; Condition?: string; Properties: Record<string, unknown> };
type Template = { Parameters: Record<string, Record<string, unknown>>; Resources: Record<string, Resource> };

const load = (file: string) => parse(readFileSync(resourcePath(file), 'utf8')) as Template;
/** The policies' statements; those under `Fn::If` (a condition's) are not included. */
const statementsOf = (role: Resource) =>
  (role.Properties['Policies'] as ({ PolicyDocument: { Statement: (Statement | { 'Fn::If': unknown })[] } } | { 'Fn::If': unknown })[])
    .flatMap((p) => ('PolicyDocument' in p ? p.PolicyDocument.Statement : []))
    .filter((s): s is Statement => !('Fn::If' in s));
const stateMachine = (template: Template) => {
  const definition = (template.Resources['OrgScanStateMachine']!.Properties['DefinitionString'] as { 'Fn::Sub': [string, unknown] })[
    'Fn::Sub'
  ][0];
  return JSON.parse(definition.replace('${MaxConcurrency}', '20').replace('${ToleratedFailurePercentage}', '10')) as {
    States: Record<string, Record<string, unknown>>;
  };
};
const ofType = (template: Template, type: string) => Object.entries(template.Resources).filter(([, r]) => r.Type === type);

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
    const template = load('deploy/cryptoposture.yaml');
    const resources = template.Resources;
    const asl = stateMachine(template);
    expect(Object.keys(asl.States)).toEqual([
      'ListAccounts',
      'ScanAccounts',
      'Aggregate',
      'PublishRunEvent',
      'CheckFailedAccounts',
      'TooManyAccountsFailed',
      'Done',
    ]);
    expect(asl.States['ScanAccounts']).toMatchObject({
      Type: 'Map',
      MaxConcurrency: 20,
      ItemReader: { Resource: 'arn:${AWS::Partition}:states:::s3:getObject' },
      ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED' } },
    });
    expect(resources['OrgScanSchedule']!.Type).toBe('AWS::Scheduler::Schedule');
    expect(resources['ScannerFunction']!.Properties).toMatchObject({ Runtime: 'nodejs24.x', Architectures: ['arm64'] });
  });

  it('fail a run above ToleratedFailurePercentage (default 10), after aggregating, naming the failed accounts', () => {
    const template = load('deploy/cryptoposture.yaml');
    expect(template.Parameters['ToleratedFailurePercentage']).toMatchObject({ Type: 'Number', Default: 10, MinValue: 0, MaxValue: 100 });
    const definition = (template.Resources['OrgScanStateMachine']!.Properties['DefinitionString'] as { 'Fn::Sub': [string, unknown] })[
      'Fn::Sub'
    ][0];
    expect(definition).toContain('"ToleratedFailurePercentage": ${ToleratedFailurePercentage}');
    const asl = stateMachine(template);
    expect(asl.States['ScanAccounts']).toMatchObject({
      ToleratedFailurePercentage: 10,
      Catch: [{ ErrorEquals: ['States.ExceedToleratedFailureThreshold'], Next: 'Aggregate' }],
    });
    expect(asl.States['CheckFailedAccounts']).toMatchObject({
      Choices: [{ Variable: '$.thresholdExceeded', BooleanEquals: true, Next: 'TooManyAccountsFailed' }],
    });
    expect(asl.States['TooManyAccountsFailed']).toEqual({ Type: 'Fail', Error: THRESHOLD_ERROR, CausePath: '$.failureMessage' });
    expect(asl.States['PublishRunEvent']).toMatchObject({
      Resource: 'arn:${AWS::Partition}:states:::events:putEvents',
      Parameters: { Entries: [{ Source: 'cryptoposture', DetailType: 'cryptoposture run completed', 'Detail.$': '$.event' }] },
    });
    const scanner = template.Resources['ScannerFunction']!.Properties as { Environment: { Variables: Record<string, unknown> } };
    expect(scanner.Environment.Variables['TOLERATED_FAILURE_PERCENTAGE']).toEqual({ Ref: 'ToleratedFailurePercentage' });
  });

  it('alarm on failed, timed-out and aborted runs, on every function error and throttle, and above the threshold, to an encrypted topic', () => {
    const template = load('deploy/cryptoposture.yaml');
    const alarms = ofType(template, 'AWS::CloudWatch::Alarm').map(([, r]) => r.Properties);
    const watched = alarms.map((a) => `${String(a['Namespace'])}:${String(a['MetricName'])}`);
    for (const metric of ['ExecutionsFailed', 'ExecutionsTimedOut', 'ExecutionsAborted']) expect(watched).toContain(`AWS/States:${metric}`);
    expect(watched).toContain('cryptoposture:RunsAboveFailureThreshold');
    for (const fn of ['ScannerFunction', 'ListAccountsFunction', 'AggregateFunction']) {
      for (const metric of ['Errors', 'Throttles']) {
        expect(alarms).toContainEqual(
          expect.objectContaining({
            Namespace: 'AWS/Lambda',
            MetricName: metric,
            Dimensions: [{ Name: 'FunctionName', Value: { Ref: fn } }],
          }),
        );
      }
    }
    for (const a of alarms) expect(a['AlarmActions']).toEqual([{ Ref: 'AlertsTopic' }]);
    expect(template.Resources['AlertsTopic']!.Properties['KmsMasterKeyId']).toEqual({ 'Fn::GetAtt': ['ReportsKey', 'Arn'] });
    expect(template.Resources['AlertsEmailSubscription']).toMatchObject({
      Condition: 'HasAlarmEmail',
      Properties: { Protocol: 'email', Endpoint: { Ref: 'AlarmEmail' } },
    });
    expect(template.Resources['AccountsFailedMetricFilter']!.Properties['FilterPattern']).toContain(THRESHOLD_ERROR);
    expect(template.Resources['OrgScanStateMachine']!.Properties['LoggingConfiguration']).toMatchObject({ Level: 'ERROR' });
    // The schedule retries and keeps what it could not deliver in an encrypted dead-letter queue.
    const target = template.Resources['OrgScanSchedule']!.Properties['Target'] as Record<string, unknown>;
    expect(target['RetryPolicy']).toMatchObject({ MaximumRetryAttempts: 3 });
    expect(target['DeadLetterConfig']).toEqual({ Arn: { 'Fn::GetAtt': ['ScheduleDeadLetterQueue', 'Arn'] } });
    expect(template.Resources['ScheduleDeadLetterQueue']!.Properties['KmsMasterKeyId']).toEqual({ 'Fn::GetAtt': ['ReportsKey', 'Arn'] });
  });

  it("trust only the scanner's role, which may assume the member role only in accounts of its own organization", () => {
    const member = load('deploy/member-role.yaml');
    const trust = member.Resources['ReadOnlyRole']!.Properties['AssumeRolePolicyDocument'] as { Statement: { Principal: unknown }[] };
    expect(trust.Statement).toHaveLength(1);
    expect(trust.Statement[0]!.Principal).toEqual({ AWS: { Ref: 'ScannerRoleArn' } });
    expect(JSON.stringify(member)).not.toContain(':root');
    expect(String(member.Parameters['ScannerRoleArn']!['AllowedPattern'])).toContain(':role/');
    const assume = statementsOf(load('deploy/cryptoposture.yaml').Resources['ScannerRole']!).find((s) => s.Sid === 'AssumeMemberRole');
    expect(assume?.Condition).toEqual({ StringEquals: { 'aws:ResourceOrgID': '${aws:PrincipalOrgID}' } });
  });

  it('lock every object of the reports bucket (Object Lock, GOVERNANCE for 365 days by default)', () => {
    const template = load('deploy/cryptoposture.yaml');
    const bucket = template.Resources['ReportsBucket']!.Properties;
    expect(bucket['ObjectLockEnabled']).toBe(true);
    expect(bucket['VersioningConfiguration']).toEqual({ Status: 'Enabled' });
    expect(bucket['ObjectLockConfiguration']).toEqual({
      ObjectLockEnabled: 'Enabled',
      Rule: { DefaultRetention: { Mode: { Ref: 'ObjectLockMode' }, Days: { Ref: 'ObjectLockRetentionDays' } } },
    });
    expect(template.Parameters['ObjectLockMode']).toMatchObject({ Default: 'GOVERNANCE', AllowedValues: ['GOVERNANCE', 'COMPLIANCE'] });
    expect(template.Parameters['ObjectLockRetentionDays']).toMatchObject({ Default: 365 });
  });

  it('create the Glue tables with partition projection (no crawler) and one Athena named query each', () => {
    const template = load('deploy/cryptoposture.yaml');
    expect(ofType(template, 'AWS::Glue::Crawler')).toEqual([]);
    const tables = ofType(template, 'AWS::Glue::Table').map(([, r]) => r.Properties['TableInput'] as Record<string, unknown>);
    expect(tables.map((t) => t['Name'])).toEqual(['findings', 'gaps']);
    for (const t of tables) {
      expect(t['Parameters']).toMatchObject({ 'projection.enabled': 'true', 'projection.run_date.type': 'date' });
      expect(t['PartitionKeys']).toEqual([expect.objectContaining({ Name: 'run_date' })]);
    }
    const queries = ofType(template, 'AWS::Athena::NamedQuery').map(([, r]) => r.Properties['QueryString']);
    expect(queries).toEqual(NAMED_QUERIES.map((q) => q.sql));
  });
});
