/**
 * Writes docs/rules.md from the built-in rule files and docs/writing-rules.md from the rule
 * language table and the snapshot schema. `--check` exits 1 when a committed file differs
 * from what would be generated (the drift test runs it too).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderRuleDocs } from '../src/engine/docs.ts';
import { renderWritingRules } from '../src/engine/language-docs.ts';
import { loadBuiltInRules } from '../src/engine/load.ts';
import { loadJsonResource } from '../src/resources.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
export const RULE_DOCS = 'docs/rules.md';
export const WRITING_RULES = 'docs/writing-rules.md';

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const docs = new Map([
    [RULE_DOCS, renderRuleDocs(loadBuiltInRules())],
    [WRITING_RULES, renderWritingRules(loadJsonResource('schemas/snapshot.schema.json'))],
  ]);
  let drift = false;
  for (const [file, text] of docs) {
    const path = `${root}${file}`;
    if (process.argv.includes('--check')) {
      let current = '';
      try {
        current = readFileSync(path, 'utf8');
      } catch {
        /* missing counts as drift */
      }
      if (current !== text) {
        console.error(`${file} is out of date: run npm run docs:rules`);
        drift = true;
      }
    } else {
      writeFileSync(path, text);
      console.log(`wrote ${file}`);
    }
  }
  process.exit(drift ? 1 : 0);
}
