/**
 * Writes docs/rules.md from the built-in rule files. `--check` exits 1 when the committed
 * file differs from what would be generated (the drift test runs it too).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderRuleDocs } from '../src/engine/docs.ts';
import { loadBuiltInRules } from '../src/engine/load.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
export const RULE_DOCS = 'docs/rules.md';

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = renderRuleDocs(loadBuiltInRules());
  const path = `${root}${RULE_DOCS}`;
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      /* missing counts as drift */
    }
    if (current !== text) {
      console.error(`${RULE_DOCS} is out of date: run npm run docs:rules`);
      process.exit(1);
    }
  } else {
    writeFileSync(path, text);
    console.log(`wrote ${RULE_DOCS}`);
  }
}
