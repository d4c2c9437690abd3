/**
 * Seeds an account definition into an emulator through the SDK's write APIs. Used by the
 * demo and the integration tests; never pointed at real AWS by the CLI.
 */
import type { ClientFactory } from '../../collect/clients.ts';
import { seedCertificates } from './acm.ts';
import { seedTrails } from './cloudtrail.ts';
import type { AccountDefinition, SeededAccount } from './definition.ts';
import { seedEbs } from './ebs.ts';
import { seedKeys } from './kms.ts';
import { seedBuckets } from './s3.ts';
import { seedRds } from './rds.ts';

export * from './definition.ts';

export const EMULATOR_DEFAULT_ACCOUNT = '123456789012';

export async function seedAccount(clients: ClientFactory, definition: AccountDefinition): Promise<SeededAccount> {
  const seeded: SeededAccount = {
    account: definition.account ?? EMULATOR_DEFAULT_ACCOUNT,
    keys: new Map(),
    certificates: new Map(),
    trails: new Map(),
  };
  // Keys first: every other resource may point at one.
  await seedKeys(clients, seeded, definition.kms ?? []);
  await seedBuckets(clients, seeded, definition.s3 ?? []);
  await seedCertificates(clients, seeded, definition.acm ?? []);
  await seedTrails(clients, seeded, definition.cloudtrail ?? []);
  if (definition.ebs) await seedEbs(clients, seeded, definition.ebs);
  if (definition.rds) await seedRds(clients, seeded, definition.rds);
  return seeded;
}
