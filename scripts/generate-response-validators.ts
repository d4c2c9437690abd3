/**
 * Compiles every declared response shape (`RESPONSE_SHAPES`: each collector's, and the
 * scope's) ahead of time into `src/collect/response-validators.ts`, with Ajv's standalone
 * code, so that a scan compiles no JSON Schema at run time. Each validator is stored with
 * the JSON of the shape it was compiled from; the scan uses it only while the two agree
 * (any other shape is compiled when first needed). `--check` exits 1 when the committed
 * file differs from what would be generated.
 */
import { fileURLToPath } from 'node:url';
import standalone from 'ajv/dist/standalone/index.js';
import { responseAjv } from '../src/collect/response-ajv.ts';
import { RESPONSE_SHAPES } from '../src/collect/response-shapes.ts';
import { writeOrCheck } from './generated-files.ts';

const TARGET = 'src/collect/response-validators.ts';

export function generateResponseValidators(): string {
  const ajv = responseAjv({ source: true });
  const keys = Object.keys(RESPONSE_SHAPES).sort();
  // Operations that share one shape share one validator, exported once.
  const exports: Record<string, string> = {};
  const exportOf = new Map<unknown, string>();
  const names = keys.map((key) => {
    ajv.addSchema(RESPONSE_SHAPES[key]!, key);
    const validate = ajv.getSchema(key);
    let name = exportOf.get(validate);
    if (name === undefined) {
      name = `v${exportOf.size}`;
      exportOf.set(validate, name);
      exports[name] = key;
    }
    return name;
  });
  const code = standalone.default(ajv, exports).replace(/^"use strict";\s*/, '');
  const table = keys.map((key, i) => `  ${JSON.stringify(key)}: [${names[i]}, ${JSON.stringify(JSON.stringify(RESPONSE_SHAPES[key]))}],`);
  return [
    '// @ts-nocheck',
    '// Generated from the declared response shapes by scripts/generate-response-validators.ts (npm run generate): do not edit.',
    "import { isPolicyDocument } from './policy-document-check.ts';",
    code.trim(),
    '/** `client:Operation` -> [validator, the JSON of the shape it was compiled from]. */',
    'export const PRECOMPILED = {',
    ...table,
    '};',
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeOrCheck([[TARGET, generateResponseValidators()]]);
