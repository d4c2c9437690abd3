/**
 * The registry: every service the scanner knows, in the order they are collected, seeded
 * and documented. Adding a service is a folder under `src/services/` and one entry here
 * (its module and its types); `npm run generate` then rewrites the files derived from it.
 * See docs/architecture.md, "How to add a service".
 */
import { acm } from './acm/index.ts';
import { ami } from './ami/index.ts';
import type { AmiTypes } from './ami/types.ts';
import type { AcmTypes } from './acm/types.ts';
import { backup } from './backup/index.ts';
import type { BackupTypes } from './backup/types.ts';
import { apigateway } from './apigateway/index.ts';
import type { ApiGatewayTypes } from './apigateway/types.ts';
import { cloudfront } from './cloudfront/index.ts';
import type { CloudFrontTypes } from './cloudfront/types.ts';
import { cloudtrail } from './cloudtrail/index.ts';
import type { CloudTrailTypes } from './cloudtrail/types.ts';
import { dynamodb } from './dynamodb/index.ts';
import type { DynamoDbTypes } from './dynamodb/types.ts';
import { ebs } from './ebs/index.ts';
import { ecr } from './ecr/index.ts';
import type { EcrTypes } from './ecr/types.ts';
import type { EbsTypes } from './ebs/types.ts';
import { efs } from './efs/index.ts';
import { elb } from './elb/index.ts';
import type { ElbTypes } from './elb/types.ts';
import { elbv2 } from './elbv2/index.ts';
import type { Elbv2Types } from './elbv2/types.ts';
import { elasticache } from './elasticache/index.ts';
import type { ElastiCacheTypes } from './elasticache/types.ts';
import type { EfsTypes } from './efs/types.ts';
import { iam } from './iam/index.ts';
import type { IamTypes } from './iam/types.ts';
import { kinesis } from './kinesis/index.ts';
import type { KinesisTypes } from './kinesis/types.ts';
import { kms } from './kms/index.ts';
import type { KmsTypes } from './kms/types.ts';
import { lambda } from './lambda/index.ts';
import type { LambdaTypes } from './lambda/types.ts';
import { logs } from './logs/index.ts';
import type { LogsTypes } from './logs/types.ts';
import { opensearch } from './opensearch/index.ts';
import type { OpenSearchTypes } from './opensearch/types.ts';
import { rds } from './rds/index.ts';
import type { RdsTypes } from './rds/types.ts';
import { redshift } from './redshift/index.ts';
import type { RedshiftTypes } from './redshift/types.ts';
import { s3 } from './s3/index.ts';
import type { S3Types } from './s3/types.ts';
import { secretsmanager } from './secretsmanager/index.ts';
import type { SecretsManagerTypes } from './secretsmanager/types.ts';
import { ssm } from './ssm/index.ts';
import type { SsmTypes } from './ssm/types.ts';
import { sns } from './sns/index.ts';
import type { SnsTypes } from './sns/types.ts';
import { sqs } from './sqs/index.ts';
import type { SqsTypes } from './sqs/types.ts';
import type { ServiceModule } from './service.ts';

/** Keys first: every other service's resources (and seeds) may point at them. */
export const SERVICE_MODULES = [
  kms,
  acm,
  iam,
  s3,
  ebs,
  rds,
  cloudtrail,
  dynamodb,
  efs,
  secretsmanager,
  ssm,
  logs,
  ecr,
  sqs,
  sns,
  elbv2,
  lambda,
  backup,
  ami,
  cloudfront,
  apigateway,
  elb,
  redshift,
  elasticache,
  kinesis,
  opensearch,
] as const;

/** The same services at the type level: their node attributes, edge kinds and seed sections. */
export type RegisteredServiceTypes =
  | KmsTypes
  | AcmTypes
  | IamTypes
  | S3Types
  | EbsTypes
  | RdsTypes
  | CloudTrailTypes
  | DynamoDbTypes
  | EfsTypes
  | SecretsManagerTypes
  | SsmTypes
  | LogsTypes
  | EcrTypes
  | SqsTypes
  | SnsTypes
  | Elbv2Types
  | LambdaTypes
  | BackupTypes
  | AmiTypes
  | CloudFrontTypes
  | ApiGatewayTypes
  | ElbTypes
  | RedshiftTypes
  | ElastiCacheTypes
  | KinesisTypes
  | OpenSearchTypes;

// Each entry of one list has its twin in the other.
type ModuleNames = (typeof SERVICE_MODULES)[number]['name'];
type TypeNames = RegisteredServiceTypes['name'];
const sameServices: [ModuleNames, TypeNames] extends [TypeNames, ModuleNames] ? true : never = true;
void sameServices;

/** The registry's modules, typed loosely for generic code (plans, permissions, schemas). */
export const SERVICE_LIST: readonly ServiceModule[] = SERVICE_MODULES as unknown as readonly ServiceModule[];

/** The module of a service named in a census, a task or a plan. */
export function serviceModule(name: string): ServiceModule {
  const module = SERVICE_LIST.find((m) => m.name === name);
  if (!module) throw new Error(`no service module named ${JSON.stringify(name)}`);
  return module;
}

/** What the listing phase of any registered service finds (each module's census). */
export type RegisteredCensus = CensusOf<(typeof SERVICE_MODULES)[number]>;
type CensusOf<M> = M extends { roundTrips(census: infer C): unknown } ? C : never;
