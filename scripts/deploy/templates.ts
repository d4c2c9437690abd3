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
        // One account that cannot be scanned must not stop the others: its failure is in the results.
        ToleratedFailurePercentage: 100,
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
        Next: 'Aggregate',
      },
      Aggregate: {
        Type: 'Task',
        Resource: 'arn:${AWS::Partition}:states:::lambda:invoke',
        Parameters: { FunctionName: '${AggregateFunctionArn}', Payload: { 'runId.$': '$.accounts.runId' } },
        OutputPath: '$.Payload',
        Retry: lambdaRetry,
        End: true,
      },
    },
  };
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
  };
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: 'cryptoposture: scheduled encryption-posture scans of every account of an AWS Organization',
    Parameters: {
      ArtifactBucket: { Type: 'String', Description: 'S3 bucket holding the Lambda bundle built by `npm run package:lambda`' },
      ArtifactKey: { Type: 'String', Default: 'cryptoposture-lambda.zip', Description: 'S3 key of the Lambda bundle' },
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
        Description: 'Comma-separated services to scan: kms, acm, s3, ebs, rds, cloudtrail (empty: all)',
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
      ReportRetentionDays: { Type: 'Number', Default: 400, MinValue: 1, Description: 'Days reports are kept in the bucket' },
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
        },
        { Sid: 'ReadOwnAccount', Effect: 'Allow', Action: readOnly, Resource: '*' },
        { Sid: 'WriteReports', Effect: 'Allow', Action: ['s3:PutObject', 's3:GetObject'], Resource: reportsObjects },
        { Sid: 'ListReports', Effect: 'Allow', Action: 's3:ListBucket', Resource: reportsBucketArn },
        useReportsKey,
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
        3008,
        environment,
      ),
      AggregateLogGroup: logGroup('AggregateFunction'),
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
          DefinitionString: {
            'Fn::Sub': [
              JSON.stringify(stateMachineDefinition(), null, 2).replace('"${MaxConcurrency}"', '${MaxConcurrency}'),
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
                Statement: [{ Effect: 'Allow', Action: 'states:StartExecution', Resource: ref('OrgScanStateMachine') }],
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
          Target: { Arn: ref('OrgScanStateMachine'), RoleArn: getAtt('SchedulerRole', 'Arn'), Input: '{}' },
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
      ScannerRoleArn: { Description: 'Principal that member roles must trust', Value: getAtt('ScannerRole', 'Arn') },
    },
  };
}

/** The read-only role of a member account: StackSet-ready (no account-specific values). */
export function memberRoleTemplate(): Template {
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: 'cryptoposture: read-only role assumed by the scanner account (deploy to every member account with a StackSet)',
    Parameters: {
      ScannerAccountId: {
        Type: 'String',
        AllowedPattern: '\\d{12}',
        Description: 'The account that runs cryptoposture (deploy/cryptoposture.yaml)',
      },
      RoleName: {
        Type: 'String',
        Default: 'CryptopostureReadOnly',
        AllowedPattern: '[\\w+=,.@-]{1,64}',
        Description: 'Name of the role (the scanner assumes it by name)',
      },
      ExternalId: { Type: 'String', Default: '', Description: 'External id the scanner must present (empty: none)' },
    },
    Conditions: { HasExternalId: { 'Fn::Not': [{ 'Fn::Equals': [ref('ExternalId'), ''] }] } },
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
                Principal: { AWS: sub('arn:${AWS::Partition}:iam::${ScannerAccountId}:root') },
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
          ],
        },
      },
    },
    Outputs: { RoleArn: { Description: 'The role the scanner assumes', Value: getAtt('ReadOnlyRole', 'Arn') } },
  };
}
