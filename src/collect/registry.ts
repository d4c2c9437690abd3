/** The collectors, one per registered service (`src/services/registry.ts`), loaded with the SDK. */
import type { Service } from '../graph/types.ts';
import { SERVICE_LIST } from '../services/registry.ts';
import type { Collector } from './collector.ts';

export const COLLECTORS: Readonly<Partial<Record<Service, Collector>>> = Object.fromEntries(
  await Promise.all(SERVICE_LIST.map(async (m) => [m.name, await m.collector()] as const)),
);
