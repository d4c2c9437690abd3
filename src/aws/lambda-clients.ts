/** The AWS clients the Lambda functions use for themselves (not for scanning): S3, Organizations and Security Hub. */
import { S3Client } from '@aws-sdk/client-s3';
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import type { Evaluation } from '../engine/types.ts';
import type { Snapshot } from '../graph/snapshot-types.ts';
import { organizationAccounts } from '../collect/accounts.ts';
import { CallCounter } from '../collect/call-counter.ts';
import { ClientFactory } from '../collect/clients.ts';
import { resolveCredentials } from '../collect/credentials.ts';
import { s3Store, type ObjectStore } from './s3-store.ts';
import { exportToSecurityHub, type SecurityHubExportResult } from './security-hub.ts';

const SELF = 'lambda';

export interface LambdaAws {
  store: ObjectStore;
  organizationAccounts(parentIds?: readonly string[]): Promise<string[]>;
  /**
   * Sends `account`'s failures to Security Hub in that account: with the function's own
   * credentials for its own account, else through the member role (which must allow it).
   */
  securityHub(request: {
    evaluation: Evaluation;
    snapshot: Snapshot;
    account: string;
    roleName?: string;
    externalId?: string;
  }): Promise<SecurityHubExportResult>;
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
    store: s3Store(clients.get('s3', S3Client, SELF, options.region), options.bucket, options.kmsKeyArn),
    organizationAccounts: (parentIds) => organizationAccounts(clients, options.region, parentIds),
    securityHub: ({ evaluation, snapshot, account, roleName, externalId }) => {
      const caller = snapshot.scan.caller?.account;
      const partition = snapshot.scan.partition;
      const own = caller === undefined || caller === account || roleName === undefined;
      return exportToSecurityHub({
        evaluation,
        snapshot,
        account,
        region: options.region,
        partition,
        credentials: own
          ? credentials
          : fromTemporaryCredentials({
              masterCredentials: credentials,
              params: {
                RoleArn: `arn:${partition}:iam::${account}:role/${roleName}`,
                RoleSessionName: 'cryptoposture-security-hub',
                ...(externalId ? { ExternalId: externalId } : {}),
              },
              clientConfig: { region: options.region, ...(options.endpoint ? { endpoint: options.endpoint } : {}) },
            }),
        ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      });
    },
    close: () => clients.destroy(),
  };
}
