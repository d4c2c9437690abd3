/**
 * Seeds an account definition into an emulator through the SDK's write APIs. Used by the
 * demo and the integration tests; never pointed at real AWS by the CLI. Each service module
 * seeds its own section, in registry order (keys first: every other resource may point at one).
 */
import type { ClientFactory } from '../../collect/clients.ts';
import { SERVICE_LIST } from '../../services/registry.ts';
import type { AccountDefinition, SeededAccount } from './definition.ts';

export * from './definition.ts';

export const EMULATOR_DEFAULT_ACCOUNT = '123456789012';

export async function seedAccount(clients: ClientFactory, definition: AccountDefinition): Promise<SeededAccount> {
  const seeded: SeededAccount = {
    account: definition.account ?? EMULATOR_DEFAULT_ACCOUNT,
    keys: new Map(),
    certificates: new Map(),
    trails: new Map(),
  };
  const sections = definition as Record<string, unknown>;
  for (const module of SERVICE_LIST) {
    const section = sections[module.name];
    if (section !== undefined) await (await module.seeder())(clients, seeded, section);
  }
  return seeded;
}
