/**
 * Helpers for tests against the emulator: SDK clients pointed at it, for any account.
 * moto serves every region from one endpoint and picks the account from the
 * `x-moto-account-id` header.
 */
import type { MiddlewareStack } from '@smithy/types';
import { inject } from 'vitest';
import { ACMClient } from '@aws-sdk/client-acm';
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { EC2Client } from '@aws-sdk/client-ec2';
import { KMSClient } from '@aws-sdk/client-kms';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { RDSClient } from '@aws-sdk/client-rds';
import { S3Client } from '@aws-sdk/client-s3';
import { SecurityHubClient } from '@aws-sdk/client-securityhub';
import { STSClient } from '@aws-sdk/client-sts';
import { CallCounter, ClientFactory, type ClientCustomizer, type SdkClientClass } from '../../src/collect/index.ts';

export const DEFAULT_ACCOUNT = '123456789012';

export function emulatorEndpoint(): string {
  return inject('emulatorEndpoint');
}

/** Adds the header that makes moto act as the client's account (moto's default account needs none). */
export const motoAccountHeader: ClientCustomizer = (client, name, account, region) => {
  if (account === DEFAULT_ACCOUNT || !/^\d{12}$/.test(account)) return;
  actAs(account)(client, name, account, region);
};

/** A customizer that makes every client act as `account`, whatever account it was built for (a scan's caller). */
export function actAs(account: string): ClientCustomizer {
  return (client) => {
    if (account === DEFAULT_ACCOUNT) return;
    const stack = client.middlewareStack as unknown as MiddlewareStack<object, object>;
    stack.add(
      (next) => async (args) => {
        const request = args.request as { headers?: Record<string, string> };
        if (request.headers) request.headers['x-moto-account-id'] = account;
        return next(args);
      },
      { step: 'build', name: 'motoAccountHeader' },
    );
  };
}

/** A client factory for the emulator (dummy credentials, path-style S3, the account header). */
export function emulatorClients(counter = new CallCounter()): ClientFactory {
  return new ClientFactory({
    credentialsFor: () => ({ accessKeyId: 'testing', secretAccessKey: 'testing' }),
    endpoint: emulatorEndpoint(),
    counter,
    maxAttempts: 2,
    customize: motoAccountHeader,
  });
}

/** The clients tests use directly, by API namespace. */
const TEST_CLIENTS = {
  acm: ACMClient,
  cloudtrail: CloudTrailClient,
  ec2: EC2Client,
  kms: KMSClient,
  organizations: OrganizationsClient,
  rds: RDSClient,
  s3: S3Client,
  securityhub: SecurityHubClient,
  sts: STSClient,
};

/** An SDK client of `name` for `account` in `region`, pointed at the emulator. */
export function clientFor<N extends keyof typeof TEST_CLIENTS>(
  name: N,
  region: string,
  account = DEFAULT_ACCOUNT,
): InstanceType<(typeof TEST_CLIENTS)[N]> {
  const create = TEST_CLIENTS[name] as SdkClientClass<InstanceType<(typeof TEST_CLIENTS)[N]>>;
  return emulatorClients().get(name, create, account, region);
}
