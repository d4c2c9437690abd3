import { CreateSecretCommand, RotateSecretCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { ClientFactory } from '../../collect/clients.ts';
import { fillPlaceholders, type SeededAccount } from '../../demo/seed/definition.ts';
import type { SecretDefinition } from './types.ts';

/** Every seeded secret holds this placeholder: a secret needs a value, and a scan never reads it. */
const PLACEHOLDER_VALUE = 'seeded-placeholder';

export async function seedSecrets(clients: ClientFactory, seeded: SeededAccount, secrets: readonly SecretDefinition[]): Promise<void> {
  for (const definition of secrets) {
    const s = fillPlaceholders(definition, { account: seeded.account, region: definition.region, keys: seeded.keys });
    const client = clients.get('secretsmanager', SecretsManagerClient, seeded.account, s.region);
    const tags = Object.entries(s.tags ?? {}).map(([Key, Value]) => ({ Key, Value }));
    await client.send(
      new CreateSecretCommand({
        Name: s.name,
        SecretString: PLACEHOLDER_VALUE,
        ...(s.description === undefined ? {} : { Description: s.description }),
        ...(s.kmsKey === undefined ? {} : { KmsKeyId: s.kmsKey }),
        ...(tags.length === 0 ? {} : { Tags: tags }),
      }),
    );
    if (s.rotateAfterDays !== undefined) {
      await client.send(new RotateSecretCommand({ SecretId: s.name, RotationRules: { AutomaticallyAfterDays: s.rotateAfterDays } }));
    }
  }
}
