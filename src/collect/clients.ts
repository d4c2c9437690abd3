/**
 * SDK clients, one per (account, region, service), built with adaptive retries, the call
 * counter and the pacer in their middleware stacks.
 */
import { ACMClient } from '@aws-sdk/client-acm';
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { EC2Client } from '@aws-sdk/client-ec2';
import { KMSClient } from '@aws-sdk/client-kms';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { RDSClient } from '@aws-sdk/client-rds';
import { S3Client } from '@aws-sdk/client-s3';
import { STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { isThrottlingError } from './aws-errors.ts';
import type { CallCounter } from './call-counter.ts';
import type { Pacer } from './pacing.ts';
import { ScanRetryStrategy } from './retry.ts';

export interface ServiceClients {
  kms: KMSClient;
  acm: ACMClient;
  s3: S3Client;
  ec2: EC2Client;
  rds: RDSClient;
  cloudtrail: CloudTrailClient;
  sts: STSClient;
  organizations: OrganizationsClient;
}
export type ClientName = keyof ServiceClients;

const CONSTRUCTORS: { [N in ClientName]: new (config: object) => ServiceClients[N] } = {
  kms: KMSClient,
  acm: ACMClient,
  s3: S3Client,
  ec2: EC2Client,
  rds: RDSClient,
  cloudtrail: CloudTrailClient,
  sts: STSClient,
  organizations: OrganizationsClient,
};

export type Credentials = AwsCredentialIdentity | AwsCredentialIdentityProvider;

/** Something every client of the factory goes through: used by tests to add headers or a mocked handler. */
export type ClientCustomizer = (client: ServiceClients[ClientName], name: ClientName, account: string, region: string) => void;

export interface ClientFactoryOptions {
  credentialsFor: (account: string) => Credentials;
  endpoint?: string;
  counter: CallCounter;
  pacer?: Pacer;
  /** Attempts per request, the first included (adaptive retry mode). */
  maxAttempts?: number;
  customize?: ClientCustomizer;
  requestTimeoutMs?: number;
  /** The scan's stop signal: no attempt starts once it is aborted (paginated calls included). */
  signal?: AbortSignal;
}

interface MiddlewareArgs {
  request?: unknown;
}
interface HandlerContext {
  commandName?: string;
  abortSignal?: AbortSignal;
}

export class ClientFactory {
  readonly #options: ClientFactoryOptions;
  readonly #clients = new Map<string, ServiceClients[ClientName]>();
  readonly #credentials = new Map<string, Credentials>();

  constructor(options: ClientFactoryOptions) {
    this.#options = options;
  }

  /** Uses `credentials` for `account` from now on (an assumed role), replacing its clients. */
  useCredentials(account: string, credentials: Credentials): void {
    this.#credentials.set(account, credentials);
    for (const [key, client] of this.#clients) {
      if (key.startsWith(`${account}|`)) {
        client.destroy();
        this.#clients.delete(key);
      }
    }
  }

  get<N extends ClientName>(name: N, account: string, region: string): ServiceClients[N] {
    const key = `${account}|${region}|${name}`;
    let client = this.#clients.get(key) as ServiceClients[N] | undefined;
    if (!client) {
      client = this.#create(name, account, region);
      this.#clients.set(key, client);
    }
    return client;
  }

  #create<N extends ClientName>(name: N, account: string, region: string): ServiceClients[N] {
    const o = this.#options;
    const client = new CONSTRUCTORS[name]({
      region,
      credentials: this.#credentials.get(account) ?? o.credentialsFor(account),
      retryStrategy: new ScanRetryStrategy(o.maxAttempts ?? 8),
      requestHandler: { connectionTimeout: 5_000, requestTimeout: o.requestTimeoutMs ?? 60_000 },
      ...(o.endpoint ? { endpoint: o.endpoint } : {}),
      ...(name === 's3' ? { forcePathStyle: o.endpoint !== undefined, followRegionRedirects: true } : {}),
    });
    const service = name;
    const stack = client.middlewareStack as unknown as {
      addRelativeTo(mw: unknown, options: object): void;
    };
    // Inside the retry loop, so that every attempt is paced and counted.
    stack.addRelativeTo(
      (next: (args: MiddlewareArgs) => Promise<unknown>, context: HandlerContext) => async (args: MiddlewareArgs) => {
        const operation = (context.commandName ?? 'Unknown').replace(/Command$/, '');
        const signal = context.abortSignal ?? o.signal;
        signal?.throwIfAborted();
        await o.pacer?.acquire(account, region, service, operation, signal);
        try {
          const result = await next(args);
          o.counter.record({ account, region, service, operation }, 'ok');
          return result;
        } catch (error) {
          o.counter.record({ account, region, service, operation }, isThrottlingError(error) ? 'throttled' : 'error');
          throw error;
        }
      },
      { relation: 'after', toMiddleware: 'retryMiddleware', name: 'cryptopostureAttempts', override: true },
    );
    o.customize?.(client, name, account, region);
    return client;
  }

  destroy(): void {
    for (const client of this.#clients.values()) client.destroy();
    this.#clients.clear();
  }
}
