/**
 * The region names the AWS SDK knows (its partition data, updated with every SDK release):
 * lets the CLI reject a typo before any call. A real region that the account has not
 * enabled is still a valid name; it becomes a gap during the scan.
 */
import { partition } from '@aws-sdk/core/client';

/** The SDK describes every region it knows; a name that only matches a partition's pattern has no description. */
export function isKnownRegion(name: string): boolean {
  return typeof (partition(name) as { description?: unknown }).description === 'string';
}

const AREAS = ['af', 'ap', 'ca', 'cn', 'eu', 'il', 'me', 'mx', 'sa', 'us', 'us-gov', 'us-iso', 'us-isob', 'us-isof', 'eu-isoe', 'eusc-de'];
const DIRECTIONS = ['east', 'west', 'north', 'south', 'central', 'northeast', 'northwest', 'southeast', 'southwest'];

/** Every region name the SDK knows (the partition data has no list; names are `<area>-<direction>-<n>`). */
export function knownRegions(): string[] {
  const names: string[] = [];
  for (const area of AREAS)
    for (const direction of DIRECTIONS)
      for (let n = 1; n <= 9; n++) {
        const name = `${area}-${direction}-${n}`;
        if (isKnownRegion(name)) names.push(name);
      }
  return names.sort();
}
