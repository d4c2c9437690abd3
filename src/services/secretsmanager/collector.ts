/**
 * Secrets Manager, per region: one paged `ListSecrets` at the largest page size gives every
 * secret's key and rotation settings; there is no detail phase. Values are never read.
 */
import { ListSecretsCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { phasedCollector, type CollectContext, type Collector, type Listing } from '../../collect/collector.ts';
import { bool, date, listing, num, obj, str } from '../../collect/responses.ts';
import { PAGE_SIZES, secretsmanager } from './index.ts';
import { mapSecret } from './map.ts';

export const secretsManagerCollector: Collector = phasedCollector({
  service: secretsmanager.name,
  scope: secretsmanager.scope,
  responses: {
    'secretsmanager:ListSecrets': listing(
      'SecretList',
      obj(
        {
          ARN: str,
          Name: str,
          KmsKeyId: str,
          RotationEnabled: bool,
          RotationRules: obj({ AutomaticallyAfterDays: num, ScheduleExpression: str }),
          LastRotatedDate: date,
          NextRotationDate: date,
          CreatedDate: date,
        },
        ['ARN'],
      ),
      { NextToken: str },
    ),
  },
  list: listSecrets,
});

async function listSecrets(ctx: CollectContext): Promise<Listing> {
  const scope = { partition: ctx.partition, account: ctx.account, region: ctx.region };
  const listed = await ctx.paginate(ctx.client(SecretsManagerClient), {
    command: (token) => new ListSecretsCommand({ MaxResults: PAGE_SIZES.secrets, ...(token === undefined ? {} : { NextToken: token }) }),
    next: (p) => p.NextToken,
    items: (p) => p.SecretList,
  });
  // A listing that failed part-way keeps the secrets of the pages it read (its gap covers the rest).
  let secrets = 0;
  for (const secret of listed.value) {
    if (secret.ARN === undefined) continue;
    ctx.add(mapSecret(scope, { ...secret, ARN: secret.ARN }));
    secrets++;
  }
  return { census: { service: 'secretsmanager', secrets }, details: async () => {} };
}
