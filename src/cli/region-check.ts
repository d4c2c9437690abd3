/**
 * `--regions` names checked against the regions the AWS SDK knows, before any call: a typo
 * is a usage error (exit 2) that names the closest real regions.
 */
import { UsageError } from '../errors.ts';
import { closestNames } from './closest.ts';

export interface RegionCatalog {
  isKnownRegion: (name: string) => boolean;
  knownRegions: () => string[];
}

export function checkRegionNames(regions: readonly string[], catalog: RegionCatalog): void {
  const unknown = regions.filter((r) => !catalog.isKnownRegion(r));
  if (unknown.length === 0) return;
  const known = catalog.knownRegions();
  const lines = unknown.map((r) => `${r} (closest: ${closestNames(r, known).join(', ')})`);
  throw new UsageError(`not an AWS region: ${lines.join('; ')}`);
}
