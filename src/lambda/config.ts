/** The Lambda functions' configuration, from their environment (set by deploy/cryptoposture.yaml). */
import { ConfigError } from '../errors.ts';
import { isService, type Service } from '../graph/types.ts';

export interface LambdaConfig {
  bucket: string;
  kmsKeyArn: string;
  region: string;
  memberRoleName?: string;
  externalId?: string;
  /** Regions to scan; empty: every enabled region. */
  regions: string[];
  services?: Service[];
  /** Accounts the scheduled single-function mode scans; empty: the function's own account. */
  accounts: string[];
  organizationalUnitIds: string[];
  /** An endpoint override (the emulator in tests). */
  endpoint?: string;
  /** Percentage of accounts that may fail before an organization run fails (default 10). */
  toleratedFailurePercentage: number;
  /** Send each scanned account's failures to AWS Security Hub in that account. */
  securityHub: boolean;
}

export const DEFAULT_TOLERATED_FAILURE_PERCENTAGE = 10;

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

export function lambdaConfig(env: NodeJS.ProcessEnv = process.env): LambdaConfig {
  const problems: { pointer: string; message: string }[] = [];
  const required = (name: string) => {
    const value = env[name];
    if (!value) problems.push({ pointer: `/${name}`, message: 'is required' });
    return value ?? '';
  };
  const bucket = required('REPORTS_BUCKET');
  const kmsKeyArn = required('REPORTS_KMS_KEY_ARN');
  const services = list(env['SCAN_SERVICES']);
  const unknown = services.filter((s) => !isService(s));
  if (unknown.length > 0) problems.push({ pointer: '/SCAN_SERVICES', message: `names unknown services: ${unknown.join(', ')}` });
  const tolerated = env['TOLERATED_FAILURE_PERCENTAGE']
    ? Number(env['TOLERATED_FAILURE_PERCENTAGE'])
    : DEFAULT_TOLERATED_FAILURE_PERCENTAGE;
  if (!Number.isFinite(tolerated) || tolerated < 0 || tolerated > 100) {
    problems.push({ pointer: '/TOLERATED_FAILURE_PERCENTAGE', message: 'must be a number from 0 to 100' });
  }
  const securityHub = (env['SECURITY_HUB'] ?? 'false').toLowerCase();
  if (securityHub !== 'true' && securityHub !== 'false') problems.push({ pointer: '/SECURITY_HUB', message: 'must be true or false' });
  if (problems.length > 0) throw new ConfigError('the Lambda environment', problems);
  return {
    bucket,
    kmsKeyArn,
    region: env['AWS_REGION'] ?? env['AWS_DEFAULT_REGION'] ?? 'us-east-1',
    ...(env['MEMBER_ROLE_NAME'] ? { memberRoleName: env['MEMBER_ROLE_NAME'] } : {}),
    ...(env['MEMBER_ROLE_EXTERNAL_ID'] ? { externalId: env['MEMBER_ROLE_EXTERNAL_ID'] } : {}),
    regions: list(env['SCAN_REGIONS']),
    ...(services.length > 0 ? { services: services as Service[] } : {}),
    accounts: list(env['SCAN_ACCOUNTS']),
    organizationalUnitIds: list(env['ORGANIZATIONAL_UNIT_IDS']),
    ...(env['CRYPTOPOSTURE_ENDPOINT_URL'] ? { endpoint: env['CRYPTOPOSTURE_ENDPOINT_URL'] } : {}),
    toleratedFailurePercentage: tolerated,
    securityHub: securityHub === 'true',
  };
}

/** A run's id: its start time, sortable and usable in an S3 key (`2026-11-22T06-00-00Z`). */
export function runIdAt(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replaceAll(':', '-');
}

/** The functions' own S3 store and Organizations access (the SDK is loaded on first use). */
export async function openLambdaAws(config: LambdaConfig) {
  const { lambdaAws } = await import('../aws/lambda-clients.ts');
  return lambdaAws({
    region: config.region,
    bucket: config.bucket,
    kmsKeyArn: config.kmsKeyArn,
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
  });
}
