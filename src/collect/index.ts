/** The collection stage: the part of a scan that talks to AWS, and only reads (what writes to AWS is in src/aws/ and src/demo/). */
export { ClientFactory, type ClientCustomizer, type Credentials, type SdkClient, type SdkClientClass } from './clients.ts';
export { CallCounter } from './call-counter.ts';
export { classifyError, type ClassifiedError } from './aws-errors.ts';
export { collectAll, ScanStopped, type CollectProgress, type CollectRequest, type CollectOutcome } from './run.ts';
export { COLLECTORS } from './registry.ts';
export { resolveCredentials, NO_CREDENTIALS_MESSAGE } from './credentials.ts';
export { callerIdentity, enabledRegions, CALLER } from './scope.ts';
export { Pacer, DEFAULT_QUOTAS, quotaBucket, type Quota, type QuotaTable } from './pacing.ts';
export {
  planScan,
  taskCalls,
  referenceSeconds,
  type Census,
  type PlannedCall,
  type ScanPlan,
  type ServicePlan,
  type TaskCensus,
} from './plan.ts';
export type { Collector } from './collector.ts';
export {
  requiredActions,
  permissionsPolicy,
  orchestratorPolicy,
  isReadOnlyAction,
  actionForOperation,
  type IamPolicyDocument,
} from './permissions.ts';
