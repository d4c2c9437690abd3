/**
 * The common end of the generators (`npm run generate`): write each generated file under the
 * repository's root or, with `--check`, report every one that differs from what would be
 * generated now and exit 1 (the drift tests run that).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** `files`: repository-relative path -> text. Exits the process with 0, or 1 on drift. */
export function writeOrCheck(files: Iterable<readonly [string, string]>, argv: readonly string[] = process.argv): never {
  const check = argv.includes('--check');
  let drift = false;
  for (const [file, text] of files) {
    const path = `${root}${file}`;
    if (!check) {
      writeFileSync(path, text);
      console.log(`wrote ${file}`);
      continue;
    }
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      /* missing counts as drift */
    }
    if (current !== text) {
      console.error(`${file} is out of date: run npm run generate`);
      drift = true;
    }
  }
  process.exit(drift ? 1 : 0);
}
