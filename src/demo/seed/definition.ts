/**
 * A declarative description of an AWS account's resources, seeded into the emulator for the
 * demo and for integration tests (`fixtures/demo/account.json` is one).
 *
 * Strings may hold placeholders: `{{account}}` (the account id), `{{region}}` (the
 * resource's region), and `@name` as a whole string for the ARN of the key declared with
 * `"ref": "name"`.
 */
import type { RegisteredServiceTypes } from '../../services/registry.ts';

/** An account: its id and regions, and one section per service (each module's `seed` type). */
export type AccountDefinition = {
  /** Default: the emulator's default account, 123456789012. */
  account?: string;
  description?: string;
  /** The regions the account uses (the demo scans these). */
  regions?: string[];
} & { [S in RegisteredServiceTypes as S['name']]?: S['seed'] };

/** What seeding created, for tests to assert against: key ARNs by ref, certificate ARNs by ref, trail ARNs by name. */
export interface SeededAccount {
  account: string;
  keys: Map<string, string>;
  certificates: Map<string, string>;
  trails: Map<string, string>;

  /** ARNs of the volumes and snapshots by ref, when the definition has EBS resources. */
  ebs?: { volumes: Map<string, string>; snapshots: Map<string, string> };
  /** ARNs of the instances, clusters and manual snapshots by identifier, when the definition has RDS resources. */
  rds?: { instances: Map<string, string>; clusters: Map<string, string>; snapshots: Map<string, string> };
}

/** Replaces placeholders in every string of a JSON value. */
export function fillPlaceholders<T>(value: T, vars: { account: string; region?: string; keys?: Map<string, string> }): T {
  const fill = (v: unknown): unknown => {
    if (typeof v === 'string') {
      if (v.startsWith('@') && vars.keys?.has(v.slice(1))) return vars.keys.get(v.slice(1));
      return v.replaceAll('{{account}}', vars.account).replaceAll('{{region}}', vars.region ?? '{{region}}');
    }
    if (Array.isArray(v)) return v.map(fill);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [fill(k) as string, fill(x)]));
    return v;
  };
  return fill(value) as T;
}
