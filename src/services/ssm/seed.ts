import { PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import type { ClientFactory } from '../../collect/clients.ts';
import { fillPlaceholders, type SeededAccount } from '../../demo/seed/definition.ts';
import type { ParameterDefinition } from './types.ts';

/** Every seeded parameter holds this placeholder: a parameter needs a value, and a scan never reads it. */
const PLACEHOLDER_VALUE = 'seeded-placeholder';

export async function seedParameters(
  clients: ClientFactory,
  seeded: SeededAccount,
  parameters: readonly ParameterDefinition[],
): Promise<void> {
  for (const definition of parameters) {
    const p = fillPlaceholders(definition, { account: seeded.account, region: definition.region, keys: seeded.keys });
    const type = p.type ?? 'SecureString';
    await clients.get('ssm', SSMClient, seeded.account, p.region).send(
      new PutParameterCommand({
        Name: p.name,
        Value: PLACEHOLDER_VALUE,
        Type: type,
        ...(p.description === undefined ? {} : { Description: p.description }),
        ...(type === 'SecureString' && p.kmsKey !== undefined ? { KeyId: p.kmsKey } : {}),
        ...(p.tier === undefined ? {} : { Tier: p.tier }),
      }),
    );
  }
}
