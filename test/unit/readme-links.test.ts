/** The README's links and schema URLs point at files of this repository that ship where they should. */
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadJsonResource, packageRoot } from '../../src/resources.ts';

const README = readFileSync(resolve(packageRoot, 'README.md'), 'utf8');

describe('README links', () => {
  it('every relative link resolves to a file inside the repository', () => {
    const targets = [...README.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((t) => !/^(https?:|mailto:|#)/.test(t));
    expect(targets).toContain('docs/architecture.md');
    for (const target of targets) {
      const file = resolve(packageRoot, target.replace(/#.*$/, ''));
      expect(relative(packageRoot, file).startsWith('..'), target).toBe(false);
      expect(existsSync(file), target).toBe(true);
    }
    // Paths outside the repository (a sibling folder's design notes) are not referred to.
    expect(README).not.toMatch(/`\.\.\//);
  });

  it('every $schema URL names a schema file that the package ships', () => {
    const files = loadJsonResource<{ files: string[] }>('package.json').files;
    const urls = [...README.matchAll(/"\$schema": "([^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThanOrEqual(2);
    for (const url of urls) {
      const path = /^https:\/\/unpkg\.com\/cryptoposture\/(schemas\/[\w.-]+\.json)$/.exec(url)?.[1];
      expect(path, url).toBeDefined();
      expect(existsSync(resolve(packageRoot, path!)), url).toBe(true);
      expect(files).toContain('schemas');
    }
  });
});
