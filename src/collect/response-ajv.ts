/**
 * The Ajv instance that checks parsed answers against the declared response shapes, with
 * the shapes' two keywords of their own. Both keywords generate code (rather than call a
 * function at validation time), so that the validators can also be compiled ahead of time
 * into a module (`scripts/generate-response-validators.ts`): the scan then compiles no
 * shape of its own, which at the start of a scan, when every operation answers for the
 * first time, cost about a tenth of a small account's scan.
 */
import { _, Ajv, type KeywordCxt } from 'ajv';
import { isPolicyDocument } from './policy-document-check.ts';

export function responseAjv(options: { source?: boolean } = {}): Ajv {
  const ajv = new Ajv({ allErrors: false, strict: true, code: { source: options.source ?? false, esm: true, lines: true } });
  ajv.addKeyword({
    // The SDK parses timestamps into Date objects.
    keyword: 'sdkDate',
    schemaType: 'boolean',
    code(cxt: KeywordCxt) {
      if (cxt.schema !== true) return;
      cxt.fail(_`!(${cxt.data} instanceof Date) || Number.isNaN(${cxt.data}.getTime())`);
    },
  });
  ajv.addKeyword({
    // A policy document as a string: JSON, an object, with a `Statement`.
    keyword: 'policyDocument',
    schemaType: 'boolean',
    code(cxt: KeywordCxt) {
      if (cxt.schema !== true) return;
      // The generated module imports the function under this name.
      const check = cxt.gen.scopeValue('func', { ref: isPolicyDocument, code: _`isPolicyDocument` });
      cxt.fail(_`!${check}(${cxt.data})`);
    },
  });
  return ajv;
}
