/**
 * Compiles the report page's script (`src/report/html/client.ts`, browser code checked by
 * tsconfig.client.json) into `src/report/html/client-script.ts`, a string the HTML
 * reporter embeds, so that rendering needs no file and no compiler at run time.
 * `--check` exits 1 when the committed file differs from what would be generated.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { root, writeOrCheck } from './generated-files.ts';

const SOURCE = 'src/report/html/client.ts';
const TARGET = 'src/report/html/client-script.ts';

export function generateClientScript(): string {
  const source = readFileSync(`${root}${SOURCE}`, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: true, verbatimModuleSyntax: false },
  });
  const body = outputText
    .replace(/^export\s+/m, '')
    .replace(/^export \{\};?\s*$/m, '')
    .trim();
  if (/^\s*(import|export)\b/m.test(body)) throw new Error(`${SOURCE} must not import or export anything but clientMain at run time`);
  const script = `(() => {\n${body}\nclientMain();\n})();`;
  return [
    '// Generated from client.ts by scripts/generate-client-script.ts (npm run generate): do not edit.',
    "/** The report page script, as embedded in report.html (its hash is in the page's Content-Security-Policy). */",
    `export const CLIENT_SCRIPT = ${JSON.stringify(script)};`,
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeOrCheck([[TARGET, generateClientScript()]]);
