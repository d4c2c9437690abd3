/**
 * JSON Schema validation with Ajv, returning problems as JSON pointers so that every error
 * names the place in the document (snapshots, rule files, config, suppressions).
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsImport from 'ajv-formats';
import type { ValidationProblem } from '../errors.ts';

// ajv-formats is CommonJS; under NodeNext its default export is the module object.
const addFormats = addFormatsImport as unknown as typeof addFormatsImport.default;

export type Validator<T> = ((value: unknown) => value is T) & { problems(value: unknown): ValidationProblem[] };

let shared: Ajv | undefined;

function ajv(): Ajv {
  if (!shared) {
    shared = new Ajv({ allErrors: true, strict: true, discriminator: true, useDefaults: false });
    addFormats(shared);
  }
  return shared;
}

/** Compiles a schema once; the returned function validates and reports problems by pointer. */
export function compileSchema<T>(schema: object): Validator<T> {
  const id = (schema as { $id?: string }).$id;
  const existing = id === undefined ? undefined : ajv().getSchema(id);
  const validate: ValidateFunction = existing ?? ajv().compile(schema);
  const check = ((value: unknown) => validate(value)) as Validator<T>;
  check.problems = (value: unknown) => (validate(value) ? [] : toProblems(validate.errors ?? []));
  return check;
}

export function toProblems(errors: readonly ErrorObject[]): ValidationProblem[] {
  const seen = new Set<string>();
  const problems: ValidationProblem[] = [];
  for (const e of errors) {
    let pointer = e.instancePath;
    let message = e.message ?? 'is invalid';
    if (e.keyword === 'additionalProperties') {
      const extra = (e.params as { additionalProperty: string }).additionalProperty;
      pointer = `${pointer}/${escapePointer(extra)}`;
      message = 'is not an allowed property';
    } else if (e.keyword === 'required') {
      const missing = (e.params as { missingProperty: string }).missingProperty;
      pointer = `${pointer}/${escapePointer(missing)}`;
      message = 'is required';
    } else if (e.keyword === 'enum') {
      message = `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    } else if (e.keyword === 'const') {
      message = `must be ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}`;
    }
    const key = `${pointer}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ pointer, message });
  }
  return problems;
}

export function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}
