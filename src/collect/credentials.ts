/**
 * The credentials a scan starts from: the SDK's default chain (environment, profile, SSO,
 * container and instance roles), or dummy credentials for an emulator endpoint.
 */
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import type { AwsCredentialIdentity } from '@smithy/types';
import { CredentialsError } from '../errors.ts';
import type { Credentials } from './clients.ts';

export const NO_CREDENTIALS_MESSAGE =
  'No AWS credentials were found: set AWS_PROFILE (or pass --profile), export AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or run where an IAM role is available; to scan an emulator, pass --endpoint-url.';

const EMULATOR_CREDENTIALS: AwsCredentialIdentity = { accessKeyId: 'testing', secretAccessKey: 'testing' };

export async function resolveCredentials(options: { profile?: string; endpoint?: string }): Promise<Credentials> {
  const provider = fromNodeProviderChain(options.profile === undefined ? {} : { profile: options.profile });
  try {
    await provider();
    return provider;
  } catch (e) {
    if (options.endpoint !== undefined) return EMULATOR_CREDENTIALS;
    if (options.profile !== undefined) {
      throw new CredentialsError(`The AWS profile "${options.profile}" gave no usable credentials: ${(e as Error).message}`, e);
    }
    throw new CredentialsError(NO_CREDENTIALS_MESSAGE, e);
  }
}
