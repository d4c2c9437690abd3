/**
 * The CloudFormation templates under deploy/, built as data so that the read-only
 * permissions in them are the collectors' declared actions (src/collect/permissions.ts)
 * and cannot drift. `npm run generate` writes them; a test fails when the committed files
 * differ, and CI runs cfn-lint on them.
 *
 * - deploy/cryptoposture.yaml: the scanner account's stack: reports bucket (SSE-KMS with a
 *   customer managed key, rotation on, TLS-only policy), the Lambda functions, a Step
 *   Functions state machine whose Distributed Map scans every account in parallel, and an
 *   EventBridge Scheduler schedule.
 * - deploy/member-role.yaml: the read-only role each member account holds (StackSet-ready).
 */
import { ORCHESTRATOR_ACTIONS } from '../../src/collect/accounts.ts';
import { requiredActions } from '../../src/collect/permissions.ts';
import { SERVICES } from '../../src/graph/types.ts';
import { athenaResources } from './athena.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Template = { [key: string]: Json };

const sub = (text: string): Json => ({ 'Fn::Sub': text });
const ref = (name: string): Json => ({ Ref: name });
const getAtt = (resource: string, attribute: string): Json => ({ 'Fn::GetAtt': [resource, attribute] });

/** The handlers of the one Lambda bundle (`npm run package:lambda`), exported by src/lambda/index.ts. */
export const LAMBDA_HANDLERS = {
  scan: 'index.scanAccount',
  listAccounts: 'index.listAccounts',
  aggregate: 'index.aggregate',
} as const;

const LAMBDA_RUNTIME = 'nodejs24.x';
const STATE_MACHINE_NAME = '${AWS::StackName}-org-scan';

/** The EventBridge event each organization run publishes (source and detail-type). */
export const RUN_EVENT = { source: 'cryptoposture', detailType: 'cryptoposture run completed' } as const;
/** The error a run fails with when more accounts failed than `ToleratedFailurePercentage` allows. */
export const THRESHOLD_ERROR = 'cryptoposture.AccountsFailedAboveThreshold';
/** The functions whose errors and throttles alarm. */
const FUNCTIONS = ['ScannerFunction', 'ListAccountsFunction', 'AggregateFunction'] as const;

function lambdaRole(statements: Json[]): Json {
  return {
    Type: 'AWS::IAM::Role',
    Properties: {
      AssumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
      },
      ManagedPolicyArns: [sub('arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole')],
      Policies: [{ PolicyName: 'cryptoposture', PolicyDocument: { Version: '2012-10-17', Statement: statements } }],
    },
  };
}

function lambdaFunction(
  description: string,
  role: string,
  handler: string,
  timeout: number,
  memory: number,
  environment: Record<string, Json>,
): Json {
  return {
    Type: 'AWS::Lambda::Function',
    Properties: {
      Description: description,
      Runtime: LAMBDA_RUNTIME,
      Architectures: ['arm64'],
      Handler: handler,
      Code: { S3Bucket: ref('ArtifactBucket'), S3Key: ref('ArtifactKey') },
      Role: getAtt(role, 'Arn'),
      Timeout: timeout,
      MemorySize: memory,
      Environment: { Variables: environment },
      LoggingConfig: { LogFormat: 'JSON' },
    },
  };
}

function logGroup(fn: string): Json {
  return {
    Type: 'AWS::Logs::LogGroup',
    DeletionPolicy: 'Delete',
    UpdateReplacePolicy: 'Delete',
    Properties: { LogGroupName: sub(`/aws/lambda/\${${fn}}`), RetentionInDays: 90 },
  };
}

const reportsObjects = sub('arn:${AWS::Partition}:s3:::${ReportsBucket}/*');
const reportsBucketArn = sub('arn:${AWS::Partition}:s3:::${ReportsBucket}');
const useReportsKey: Json = {
  Effect: 'Allow',
  Action: ['kms:GenerateDataKey', 'kms:Decrypt'],
  Resource: getAtt('ReportsKey', 'Arn'),
};

/** The Step Functions definition: list accounts, scan each in a Distributed Map, aggregate. */
function stateMachineDefinition(): Json {
  const lambdaRetry: Json = [
    {
      ErrorEquals: ['Lambda.ServiceException', 'Lambda.AWSLambdaException', 'Lambda.SdkClientException', 'Lambda.TooManyRequestsException'],
      IntervalSeconds: 2,
      MaxAttempts: 4,
      BackoffRate: 2,
      JitterStrategy: 'FULL',
    },
  ];
  return {
    Comment: 'cryptoposture: scan every account of the organization and merge the results',
    StartAt: 'ListAccounts',
    States: {
      ListAccounts: {
        Type: 'Task',
        Resource: 'arn:${AWS::Partition}:states:::lambda:invoke',
        Parameters: { FunctionName: '${ListAccountsFunctionArn}', 'Payload.$': '$' },
        ResultSelector: {
          'bucket.$': '$.Payload.bucket',
          'key.$': '$.Payload.key',
          'runId.$': '$.Payload.runId',
          'count.$': '$.Payload.count',
        },
        ResultPath: '$.accounts',
        Retry: lambdaRetry,
        Next: 'ScanAccounts',
      },
      ScanAccounts: {
        Type: 'Map',
        ItemReader: {
          Resource: 'arn:${AWS::Partition}:states:::s3:getObject',
          ReaderConfig: { InputType: 'JSON' },
          Parameters: { 'Bucket.$': '$.accounts.bucket', 'Key.$': '$.accounts.key' },
        },
        ItemSelector: { 'account.$': '$$.Map.Item.Value.account', 'runId.$': '$.accounts.runId' },
        MaxConcurrency: '${MaxConcurrency}' as unknown as number,
        // A few accounts that cannot be scanned must not stop the others; above the threshold the
        // map fails, and the run still aggregates what it has before failing with the list.
        ToleratedFailurePercentage: '${ToleratedFailurePercentage}' as unknown as number,
        ItemProcessor: {
          ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
          StartAt: 'ScanAccount',
          States: {
            ScanAccount: {
              Type: 'Task',
              Resource: 'arn:${AWS::Partition}:states:::lambda:invoke',
              Parameters: { FunctionName: '${ScannerFunctionArn}', 'Payload.$': '$' },
              OutputPath: '$.Payload',
              Retry: lambdaRetry,
              End: true,
            },
          },
        },
        ResultWriter: {
          Resource: 'arn:${AWS::Partition}:states:::s3:putObject',
          Parameters: { Bucket: '${ReportsBucket}', 'Prefix.$': "States.Format('runs/{}/map', $.accounts.runId)" },
        },
        ResultPath: '$.scan',
        Catch: [{ ErrorEquals: ['States.ExceedToleratedFailureThreshold'], ResultPath: '$.scanError', Next: 'Aggregate' }],
        Next: 'Aggregate',
      },
      Aggregate: {
        Type: 'Task',
        Resource: 'arn:${AWS::Partition}:states:::lambda:invoke',
        Parameters: { FunctionName: '${AggregateFunctionArn}', Payload: { 'runId.$': '$.accounts.runId' } },
        OutputPath: '$.Payload',
        Retry: lambdaRetry,
        Next: 'PublishRunEvent',
      },
      // One event per run, so that teams can route new critical findings (EventBridge rules on the detail).
      PublishRunEvent: {
        Type: 'Task',
        Resource: 'arn:${AWS::Partition}:states:::events:putEvents',
        Parameters: {
          Entries: [{ Source: RUN_EVENT.source, DetailType: RUN_EVENT.detailType, 'Detail.$': '$.event', EventBusName: 'default' }],
        },
        ResultPath: null,
        Retry: [{ ErrorEquals: ['States.ALL'], IntervalSeconds: 2, MaxAttempts: 3, BackoffRate: 2 }],
        Next: 'CheckFailedAccounts',
      },
      CheckFailedAccounts: {
        Type: 'Choice',
        Choices: [{ Variable: '$.thresholdExceeded', BooleanEquals: true, Next: 'TooManyAccountsFailed' }],
        Default: 'Done',
      },
      TooManyAccountsFailed: { Type: 'Fail', Error: THRESHOLD_ERROR, CausePath: '$.failureMessage' },
      Done: { Type: 'Succeed' },
    },
  };
}

/** An alarm that notifies the alerts topic when `metric` reaches `threshold` in one 5-minute period. */
function alarm(description: string, namespace: string, metric: string, dimensions: Json[], threshold = 1, statistic = 'Sum'): Json {
  return {
    Type: 'AWS::CloudWatch::Alarm',
    Properties: {
      AlarmDescription: description,
      Namespace: namespace,
      MetricName: metric,
      Dimensions: dimensions,
      Statistic: statistic,
      Period: 300,
      EvaluationPeriods: 1,
      Threshold: threshold,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      TreatMissingData: 'notBreaching',
      AlarmActions: [ref('AlertsTopic')],
    },
  };
}

/** Alarms on failed, timed-out and aborted runs, on each function's errors and throttles, and on the dead-letter queue. */
function alarms(): Record<string, Json> {
  const machine = [{ Name: 'StateMachineArn', Value: ref('OrgScanStateMachine') }];
  const result: Record<string, Json> = {
    RunFailedAlarm: alarm('cryptoposture: an organization run failed', 'AWS/States', 'ExecutionsFailed', machine),
    RunTimedOutAlarm: alarm('cryptoposture: an organization run timed out', 'AWS/States', 'ExecutionsTimedOut', machine),
    RunAbortedAlarm: alarm('cryptoposture: an organization run was aborted', 'AWS/States', 'ExecutionsAborted', machine),
    AccountsFailedAlarm: alarm(
      'cryptoposture: more accounts failed than ToleratedFailurePercentage allows (the run lists them)',
      'cryptoposture',
      'RunsAboveFailureThreshold',
      [],
    ),
    ScheduleDeadLetterAlarm: alarm(
      'cryptoposture: the schedule could not start a run (message in the dead-letter queue)',
      'AWS/SQS',
      'ApproximateNumberOfMessagesVisible',
      [{ Name: 'QueueName', Value: getAtt('ScheduleDeadLetterQueue', 'QueueName') }],
      1,
      'Maximum',
    ),
  };
  for (const fn of FUNCTIONS) {
    const dimension = [{ Name: 'FunctionName', Value: ref(fn) }];
    result[`${fn}ErrorsAlarm`] = alarm(`cryptoposture: ${fn} errors`, 'AWS/Lambda', 'Errors', dimension);
    result[`${fn}ThrottlesAlarm`] = alarm(`cryptoposture: ${fn} throttles`, 'AWS/Lambda', 'Throttles', dimension);
  }
  return result;
}

export function scannerTemplate(): Template {
  const readOnly = requiredActions();
  const orgActions = ORCHESTRATOR_ACTIONS.filter((a) => a.startsWith('organizations:'));
  const environment: Record<string, Json> = {
    REPORTS_BUCKET: ref('ReportsBucket'),
    REPORTS_KMS_KEY_ARN: getAtt('ReportsKey', 'Arn'),
    MEMBER_ROLE_NAME: ref('MemberRoleName'),
    MEMBER_ROLE_EXTERNAL_ID: ref('MemberRoleExternalId'),
    SCAN_REGIONS: ref('Regions'),
    SCAN_SERVICES: ref('Services'),
    ORGANIZATIONAL_UNIT_IDS: ref('OrganizationalUnitIds'),
    TOLERATED_FAILURE_PERCENTAGE: ref('ToleratedFailurePercentage'),
    SECURITY_HUB: ref('SecurityHubExport'),
  };
  const securityHubStatement: Json = {
    'Fn::If': [
      'ExportToSecurityHub',
      {
        Sid: 'ExportToSecurityHub',
        Effect: 'Allow',
        Action: ['securityhub:BatchImportFindings', 'securityhub:GetFindings'],
        Resource: sub('arn:${AWS::Partition}:securityhub:*:${AWS::AccountId}:*'),
      },
      ref('AWS::NoValue'),
    ],
  };
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: 'cryptoposture: scheduled encryption-posture scans of every account of an AWS Organization',
    Parameters: {
      ArtifactBucket: { Type: 'String', Description: 'S3 bucket holding the Lambda bundle built by `npm run package:lambda`' },
      ArtifactKey: {
        Type: 'String',
        AllowedPattern: '.*cryptoposture-lambda-[0-9a-f]{16}\\.zip',
        Description:
          'S3 key of the Lambda bundle, named by its content hash (`npm run package:lambda` prints it): a new build is a new key, so a redeploy updates the functions',
      },
      MemberRoleName: {
        Type: 'String',
        Default: 'CryptopostureReadOnly',
        AllowedPattern: '[\\w+=,.@-]{1,64}',
        Description: 'The read-only role deployed in every member account by deploy/member-role.yaml',
      },
      MemberRoleExternalId: {
        Type: 'String',
        Default: '',
        Description: "External id the member role's trust policy requires (empty: none)",
      },
      Regions: { Type: 'String', Default: '', Description: 'Comma-separated regions to scan (empty: every enabled region)' },
      Services: {
        Type: 'String',
        Default: '',
        Description: `Comma-separated services to scan: ${SERVICES.join(', ')} (empty: all)`,
      },
      OrganizationalUnitIds: {
        Type: 'String',
        Default: '',
        Description: 'Comma-separated OUs or roots whose accounts are scanned (empty: the whole organization)',
      },
      ScheduleExpression: {
        Type: 'String',
        Default: 'cron(0 6 * * ? *)',
        Description: 'When the organization scan runs (EventBridge Scheduler expression)',
      },
      ScheduleTimezone: { Type: 'String', Default: 'UTC', Description: 'Time zone of the schedule expression' },
      MaxConcurrency: {
        Type: 'Number',
        Default: 20,
        MinValue: 1,
        MaxValue: 1000,
        Description: 'Accounts scanned at once by the Distributed Map',
      },
      ReportRetentionDays: {
        Type: 'Number',
        Default: 400,
        MinValue: 1,
        Description: 'Days reports are kept in the bucket (at least ObjectLockRetentionDays: locked objects cannot expire earlier)',
      },
      ToleratedFailurePercentage: {
        Type: 'Number',
        Default: 10,
        MinValue: 0,
        MaxValue: 100,
        Description:
          'Percentage of accounts that may fail (not scanned, or their role cannot be assumed) before the run fails, listing them',
      },
      AlarmEmail: {
        Type: 'String',
        Default: '',
        Description: 'Email address subscribed to the alarms topic (empty: subscribe yourself later)',
      },
      ObjectLockMode: {
        Type: 'String',
        Default: 'GOVERNANCE',
        AllowedValues: ['GOVERNANCE', 'COMPLIANCE'],
        Description: 'Object Lock mode of the reports bucket (COMPLIANCE: not even the root user can shorten it)',
      },
      ObjectLockRetentionDays: {
        Type: 'Number',
        Default: 365,
        MinValue: 1,
        Description: 'Days each report, snapshot and evidence object is protected from being overwritten or deleted',
      },
      SecurityHubExport: {
        Type: 'String',
        Default: 'false',
        AllowedValues: ['true', 'false'],
        Description: "Send each account's failures to AWS Security Hub in that account (the member role needs AllowSecurityHubImport)",
      },
      ResultsDatabaseName: {
        Type: 'String',
        Default: 'cryptoposture_results',
        AllowedPattern: '[a-z0-9_]{1,255}',
        Description: 'Glue database of the org-wide results tables (findings, gaps) queried with Athena',
      },
    },
    Conditions: {
      HasAlarmEmail: { 'Fn::Not': [{ 'Fn::Equals': [ref('AlarmEmail'), ''] }] },
      ExportToSecurityHub: { 'Fn::Equals': [ref('SecurityHubExport'), 'true'] },
    },
    Resources: {
      ReportsKey: {
        Type: 'AWS::KMS::Key',
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
        Properties: {
          Description: 'cryptoposture reports and evidence',
          EnableKeyRotation: true,
          KeyPolicy: {
            Version: '2012-10-17',
            Statement: [
              {
                Sid: 'AccountAdministration',
                Effect: 'Allow',
                Principal: { AWS: sub('arn:${AWS::Partition}:iam::${AWS::AccountId}:root') },
                Action: 'kms:*',
                Resource: '*',
              },
              {
                // Alarms publish to the alerts topic, which this key encrypts.
                Sid: 'CloudWatchAlarmsPublishToEncryptedTopic',
                Effect: 'Allow',
                Principal: { Service: 'cloudwatch.amazonaws.com' },
                Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
                Resource: '*',
                Condition: { StringEquals: { 'aws:SourceAccount': ref('AWS::AccountId') } },
              },
            ],
          },
        },
      },
      ReportsKeyAlias: {
        Type: 'AWS::KMS::Alias',
        Properties: { AliasName: sub('alias/${AWS::StackName}-reports'), TargetKeyId: ref('ReportsKey') },
      },
      ReportsBucket: {
        Type: 'AWS::S3::Bucket',
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
        Properties: {
          BucketEncryption: {
            ServerSideEncryptionConfiguration: [
              {
                ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: getAtt('ReportsKey', 'Arn') },
                BucketKeyEnabled: true,
              },
            ],
          },
          PublicAccessBlockConfiguration: {
            BlockPublicAcls: true,
            BlockPublicPolicy: true,
            IgnorePublicAcls: true,
            RestrictPublicBuckets: true,
          },
          OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
          VersioningConfiguration: { Status: 'Enabled' },
          // Evidence that cannot be altered: every object version is locked for the retention period.
          ObjectLockEnabled: true,
          ObjectLockConfiguration: {
            ObjectLockEnabled: 'Enabled',
            Rule: { DefaultRetention: { Mode: ref('ObjectLockMode'), Days: ref('ObjectLockRetentionDays') } },
          },
          LifecycleConfiguration: {
            Rules: [
              {
                Id: 'expire-reports',
                Status: 'Enabled',
                ExpirationInDays: ref('ReportRetentionDays'),
                NoncurrentVersionExpiration: { NoncurrentDays: 30 },
                AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 },
              },
            ],
          },
        },
      },
      ReportsBucketPolicy: {
        Type: 'AWS::S3::BucketPolicy',
        Properties: {
          Bucket: ref('ReportsBucket'),
          PolicyDocument: {
            Version: '2012-10-17',
            Statement: [
              {
                Sid: 'DenyInsecureTransport',
                Effect: 'Deny',
                Principal: '*',
                Action: 's3:*',
                Resource: [reportsBucketArn, reportsObjects],
                Condition: { Bool: { 'aws:SecureTransport': 'false' } },
              },
              {
                Sid: 'DenyOtherEncryption',
                Effect: 'Deny',
                Principal: '*',
                Action: 's3:PutObject',
                Resource: reportsObjects,
                Condition: { StringNotEqualsIfExists: { 's3:x-amz-server-side-encryption': 'aws:kms' } },
              },
            ],
          },
        },
      },
      ScannerRole: lambdaRole([
        {
          Sid: 'AssumeMemberRole',
          Effect: 'Allow',
          Action: 'sts:AssumeRole',
          Resource: sub('arn:${AWS::Partition}:iam::*:role/${MemberRoleName}'),
          // Only roles of accounts in the scanner's own organization.
          Condition: { StringEquals: { 'aws:ResourceOrgID': '${aws:PrincipalOrgID}' } },
        },
        { Sid: 'ReadOwnAccount', Effect: 'Allow', Action: readOnly, Resource: '*' },
        { Sid: 'WriteReports', Effect: 'Allow', Action: ['s3:PutObject', 's3:GetObject'], Resource: reportsObjects },
        { Sid: 'ListReports', Effect: 'Allow', Action: 's3:ListBucket', Resource: reportsBucketArn },
        useReportsKey,
        securityHubStatement,
      ]),
      ScannerFunction: lambdaFunction(
        'cryptoposture: scan one account (or the configured scope) and write its reports',
        'ScannerRole',
        LAMBDA_HANDLERS.scan,
        900,
        2048,
        environment,
      ),
      ScannerLogGroup: logGroup('ScannerFunction'),
      ListAccountsRole: lambdaRole([
        { Sid: 'ListOrganization', Effect: 'Allow', Action: orgActions, Resource: '*' },
        { Sid: 'WriteAccountList', Effect: 'Allow', Action: 's3:PutObject', Resource: reportsObjects },
        useReportsKey,
      ]),
      ListAccountsFunction: lambdaFunction(
        'cryptoposture: list the active accounts of the organization to S3',
        'ListAccountsRole',
        LAMBDA_HANDLERS.listAccounts,
        300,
        512,
        environment,
      ),
      ListAccountsLogGroup: logGroup('ListAccountsFunction'),
      AggregateRole: lambdaRole([
        { Sid: 'ReadWriteReports', Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: reportsObjects },
        { Sid: 'ListReports', Effect: 'Allow', Action: 's3:ListBucket', Resource: reportsBucketArn },
        useReportsKey,
      ]),
      AggregateFunction: lambdaFunction(
        'cryptoposture: merge the per-account results of a run into one organization report',
        'AggregateRole',
        LAMBDA_HANDLERS.aggregate,
        900,
        512,
        environment,
      ),
      AggregateLogGroup: logGroup('AggregateFunction'),
      StateMachineLogGroup: {
        Type: 'AWS::Logs::LogGroup',
        DeletionPolicy: 'Delete',
        UpdateReplacePolicy: 'Delete',
        Properties: { LogGroupName: sub('/aws/vendedlogs/states/${AWS::StackName}-org-scan'), RetentionInDays: 90 },
      },
      // Runs that fail because too many accounts failed: counted from the state machine's ERROR log.
      AccountsFailedMetricFilter: {
        Type: 'AWS::Logs::MetricFilter',
        Properties: {
          LogGroupName: ref('StateMachineLogGroup'),
          FilterPattern: `{ $.type = "ExecutionFailed" && $.details.error = "${THRESHOLD_ERROR}" }`,
          MetricTransformations: [{ MetricNamespace: 'cryptoposture', MetricName: 'RunsAboveFailureThreshold', MetricValue: '1' }],
        },
      },
      AlertsTopic: {
        Type: 'AWS::SNS::Topic',
        Properties: { DisplayName: 'cryptoposture alarms', KmsMasterKeyId: getAtt('ReportsKey', 'Arn') },
      },
      AlertsTopicPolicy: {
        Type: 'AWS::SNS::TopicPolicy',
        Properties: {
          Topics: [ref('AlertsTopic')],
          PolicyDocument: {
            Version: '2012-10-17',
            Statement: [
              {
                Sid: 'CloudWatchAlarms',
                Effect: 'Allow',
                Principal: { Service: 'cloudwatch.amazonaws.com' },
                Action: 'sns:Publish',
                Resource: ref('AlertsTopic'),
                Condition: { StringEquals: { 'aws:SourceAccount': ref('AWS::AccountId') } },
              },
            ],
          },
        },
      },
      AlertsEmailSubscription: {
        Type: 'AWS::SNS::Subscription',
        Condition: 'HasAlarmEmail',
        Properties: { TopicArn: ref('AlertsTopic'), Protocol: 'email', Endpoint: ref('AlarmEmail') },
      },
      ...alarms(),
      ScheduleDeadLetterQueue: {
        Type: 'AWS::SQS::Queue',
        Properties: { KmsMasterKeyId: getAtt('ReportsKey', 'Arn'), MessageRetentionPeriod: 1_209_600 },
      },
      ...athenaResources(),
      StateMachineRole: {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { Service: 'states.amazonaws.com' }, Action: 'sts:AssumeRole' }],
          },
          Policies: [
            {
              PolicyName: 'cryptoposture-org-scan',
              PolicyDocument: {
                Version: '2012-10-17',
                Statement: [
                  {
                    Sid: 'InvokeFunctions',
                    Effect: 'Allow',
                    Action: 'lambda:InvokeFunction',
                    Resource: [getAtt('ListAccountsFunction', 'Arn'), getAtt('ScannerFunction', 'Arn'), getAtt('AggregateFunction', 'Arn')],
                  },
                  {
                    Sid: 'ReadItemsWriteResults',
                    Effect: 'Allow',
                    Action: ['s3:GetObject', 's3:PutObject', 's3:ListMultipartUploadParts', 's3:AbortMultipartUpload'],
                    Resource: reportsObjects,
                  },
                  useReportsKey,
                  {
                    Sid: 'RunDistributedMap',
                    Effect: 'Allow',
                    Action: ['states:StartExecution'],
                    Resource: sub(`arn:\${AWS::Partition}:states:\${AWS::Region}:\${AWS::AccountId}:stateMachine:${STATE_MACHINE_NAME}`),
                  },
                  {
                    Sid: 'PublishRunEvent',
                    Effect: 'Allow',
                    Action: 'events:PutEvents',
                    Resource: sub('arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:event-bus/default'),
                  },
                  {
                    // Vended log delivery to CloudWatch Logs (these actions support no resource-level permissions).
                    Sid: 'DeliverLogs',
                    Effect: 'Allow',
                    Action: [
                      'logs:CreateLogDelivery',
                      'logs:GetLogDelivery',
                      'logs:UpdateLogDelivery',
                      'logs:DeleteLogDelivery',
                      'logs:ListLogDeliveries',
                      'logs:PutResourcePolicy',
                      'logs:DescribeResourcePolicies',
                      'logs:DescribeLogGroups',
                    ],
                    Resource: '*',
                  },
                  {
                    Sid: 'ManageChildExecutions',
                    Effect: 'Allow',
                    Action: ['states:DescribeExecution', 'states:StopExecution'],
                    Resource: sub(`arn:\${AWS::Partition}:states:\${AWS::Region}:\${AWS::AccountId}:execution:${STATE_MACHINE_NAME}/*`),
                  },
                ],
              },
            },
          ],
        },
      },
      OrgScanStateMachine: {
        Type: 'AWS::StepFunctions::StateMachine',
        Properties: {
          StateMachineName: sub(STATE_MACHINE_NAME),
          StateMachineType: 'STANDARD',
          RoleArn: getAtt('StateMachineRole', 'Arn'),
          LoggingConfiguration: {
            Level: 'ERROR',
            IncludeExecutionData: false,
            Destinations: [{ CloudWatchLogsLogGroup: { LogGroupArn: getAtt('StateMachineLogGroup', 'Arn') } }],
          },
          DefinitionString: {
            'Fn::Sub': [
              JSON.stringify(stateMachineDefinition(), null, 2)
                .replace('"${MaxConcurrency}"', '${MaxConcurrency}')
                .replace('"${ToleratedFailurePercentage}"', '${ToleratedFailurePercentage}'),
              {
                ListAccountsFunctionArn: getAtt('ListAccountsFunction', 'Arn'),
                ScannerFunctionArn: getAtt('ScannerFunction', 'Arn'),
                AggregateFunctionArn: getAtt('AggregateFunction', 'Arn'),
              },
            ],
          },
        },
      },
      SchedulerRole: {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: {
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Principal: { Service: 'scheduler.amazonaws.com' },
                Action: 'sts:AssumeRole',
                Condition: { StringEquals: { 'aws:SourceAccount': ref('AWS::AccountId') } },
              },
            ],
          },
          Policies: [
            {
              PolicyName: 'start-org-scan',
              PolicyDocument: {
                Version: '2012-10-17',
                Statement: [
                  { Effect: 'Allow', Action: 'states:StartExecution', Resource: ref('OrgScanStateMachine') },
                  { Sid: 'DeadLetters', Effect: 'Allow', Action: 'sqs:SendMessage', Resource: getAtt('ScheduleDeadLetterQueue', 'Arn') },
                  useReportsKey,
                ],
              },
            },
          ],
        },
      },
      OrgScanSchedule: {
        Type: 'AWS::Scheduler::Schedule',
        Properties: {
          Description: 'cryptoposture organization scan',
          ScheduleExpression: ref('ScheduleExpression'),
          ScheduleExpressionTimezone: ref('ScheduleTimezone'),
          FlexibleTimeWindow: { Mode: 'FLEXIBLE', MaximumWindowInMinutes: 15 },
          Target: {
            Arn: ref('OrgScanStateMachine'),
            RoleArn: getAtt('SchedulerRole', 'Arn'),
            Input: '{}',
            RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3600 },
            DeadLetterConfig: { Arn: getAtt('ScheduleDeadLetterQueue', 'Arn') },
          },
        },
      },
    },
    Outputs: {
      ReportsBucketName: { Description: 'Where each run writes runs/<run id>/...', Value: ref('ReportsBucket') },
      ReportsKeyArn: { Description: 'The customer managed key encrypting the reports', Value: getAtt('ReportsKey', 'Arn') },
      StateMachineArn: {
        Description: 'Start a run by hand: aws stepfunctions start-execution --state-machine-arn ...',
        Value: ref('OrgScanStateMachine'),
      },
      ScannerRoleArn: {
        Description: "Principal that member roles trust: pass it as the member-role template's ScannerRoleArn",
        Value: getAtt('ScannerRole', 'Arn'),
      },
      AlertsTopicArn: { Description: 'Where the alarms go (SNS, encrypted with the reports key)', Value: ref('AlertsTopic') },
      ResultsDatabase: { Description: 'Glue database of the org-wide results (Athena)', Value: ref('ResultsDatabase') },
      AthenaWorkGroup: { Description: 'Athena workgroup holding the named queries', Value: ref('ResultsWorkGroup') },
    },
  };
}

/** The read-only role of a member account: StackSet-ready (no account-specific values). */
export function memberRoleTemplate(): Template {
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: 'cryptoposture: read-only role assumed by the scanner account (deploy to every member account with a StackSet)',
    Parameters: {
      ScannerRoleArn: {
        Type: 'String',
        AllowedPattern: 'arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@/-]+',
        Description:
          "The scanner function's role, the only principal this role trusts (the ScannerRoleArn output of deploy/cryptoposture.yaml)",
      },
      RoleName: {
        Type: 'String',
        Default: 'CryptopostureReadOnly',
        AllowedPattern: '[\\w+=,.@-]{1,64}',
        Description: 'Name of the role (the scanner assumes it by name)',
      },
      ExternalId: { Type: 'String', Default: '', Description: 'External id the scanner must present (empty: none)' },
      AllowSecurityHubImport: {
        Type: 'String',
        Default: 'false',
        AllowedValues: ['true', 'false'],
        Description: "Also let the scanner import this account's findings into its Security Hub (the stack's SecurityHubExport)",
      },
    },
    Conditions: {
      HasExternalId: { 'Fn::Not': [{ 'Fn::Equals': [ref('ExternalId'), ''] }] },
      ImportToSecurityHub: { 'Fn::Equals': [ref('AllowSecurityHubImport'), 'true'] },
    },
    Resources: {
      ReadOnlyRole: {
        Type: 'AWS::IAM::Role',
        Properties: {
          RoleName: ref('RoleName'),
          Description: 'cryptoposture encryption-posture scans: read-only, generated from the collectors declared actions',
          MaxSessionDuration: 3600,
          AssumeRolePolicyDocument: {
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Principal: { AWS: ref('ScannerRoleArn') },
                Action: 'sts:AssumeRole',
                Condition: { 'Fn::If': ['HasExternalId', { StringEquals: { 'sts:ExternalId': ref('ExternalId') } }, ref('AWS::NoValue')] },
              },
            ],
          },
          Policies: [
            {
              PolicyName: 'cryptoposture-read-only',
              PolicyDocument: {
                Version: '2012-10-17',
                Statement: [{ Sid: 'ReadEncryptionPosture', Effect: 'Allow', Action: requiredActions(), Resource: '*' }],
              },
            },
            {
              'Fn::If': [
                'ImportToSecurityHub',
                {
                  PolicyName: 'cryptoposture-security-hub-import',
                  PolicyDocument: {
                    Version: '2012-10-17',
                    Statement: [
                      {
                        // Findings of this account only, under the account's own custom-integration product.
                        Sid: 'ImportOwnFindings',
                        Effect: 'Allow',
                        Action: ['securityhub:BatchImportFindings', 'securityhub:GetFindings'],
                        Resource: sub('arn:${AWS::Partition}:securityhub:*:${AWS::AccountId}:*'),
                      },
                    ],
                  },
                },
                ref('AWS::NoValue'),
              ],
            },
          ],
        },
      },
    },
    Outputs: { RoleArn: { Description: 'The role the scanner assumes', Value: getAtt('ReadOnlyRole', 'Arn') } },
  };
}
