/**
 * Files that ship with the package (schemas, the built-in rule pack, the demo account),
 * found relative to the package root: the folder above this module when running from
 * `src/` or the built `dist/`, or this module's own folder in the Lambda bundle (which puts
 * package.json, rules/ and schemas/ beside index.mjs).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

function findPackageRoot(): string {
  for (const candidate of ['..', '.']) {
    const dir = fileURLToPath(new URL(`${candidate}/`, import.meta.url));
    if (existsSync(`${dir}package.json`) && existsSync(`${dir}schemas`)) return dir;
  }
  return fileURLToPath(new URL('../', import.meta.url));
}

export const packageRoot = findPackageRoot();

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
