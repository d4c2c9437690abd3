/**
 * Files that ship with the package (schemas, the built-in rule pack, the demo account),
 * found relative to the package root whether running from `src/` or the built `dist/`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const packageRoot = fileURLToPath(new URL('..', import.meta.url));

export function resourcePath(relative: string): string {
  return `${packageRoot}${relative}`;
}

const cache = new Map<string, unknown>();

export function loadJsonResource<T = object>(relative: string): T {
  let value = cache.get(relative);
  if (value === undefined) {
    value = JSON.parse(readFileSync(resourcePath(relative), 'utf8'));
    cache.set(relative, value);
  }
  return value as T;
}

export function packageVersion(): string {
  return loadJsonResource<{ version: string }>('package.json').version;
}
