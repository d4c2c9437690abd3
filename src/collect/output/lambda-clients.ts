/** The AWS clients the Lambda functions use for themselves (not for scanning): S3 and Organizations. */
import { organizationAccounts } from '../accounts.ts';
import { CallCounter } from '../call-counter.ts';
import { ClientFactory } from '../clients.ts';
import { resolveCredentials } from '../credentials.ts';
import { s3Store, type ObjectStore } from './s3-store.ts';

const SELF = 'lambda';

export interface LambdaAws {
  store: ObjectStore;
  organizationAccounts(parentIds?: readonly string[]): Promise<string[]>;
  close(): void;
}

export async function lambdaAws(options: { region: string; bucket: string; kmsKeyArn: string; endpoint?: string }): Promise<LambdaAws> {
  const credentials = await resolveCredentials(options.endpoint ? { endpoint: options.endpoint } : {});
  const clients = new ClientFactory({
    credentialsFor: () => credentials,
    counter: new CallCounter(),
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
  });
  return {
    store: s3Store(clients.get('s3', SELF, options.region), options.bucket, options.kmsKeyArn),
    organizationAccounts: (parentIds) => organizationAccounts(clients, options.region, parentIds),
    close: () => clients.destroy(),
  };
}
