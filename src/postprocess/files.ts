/** Reading the post-processing inputs (for drivers): a bad file throws with the file name and JSON path (exit 2). */
import { readFileSync } from 'node:fs';
import { BaselineError, ConfigError, type ValidationProblem } from '../errors.ts';
import { parseBaseline, type Baseline } from './baseline.ts';
import { parseSuppressions, type SuppressionsFile } from './suppressions.ts';

function readJson(file: string, fail: (problems: ValidationProblem[], cause: unknown) => Error): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    const reason = e instanceof SyntaxError ? 'is not valid JSON' : 'cannot be read';
    throw fail([{ pointer: '', message: `${reason}: ${(e as Error).message}` }], e);
  }
}

/** `path` is opened; `source` is how reports name it (as given on the command line). */
export function readSuppressionsFile(path: string, source = path): SuppressionsFile {
  return parseSuppressions(
    readJson(path, (p, c) => new ConfigError(source, p, c)),
    source,
  );
}

export function readBaselineFile(path: string, source = path): Baseline {
  return parseBaseline(
    readJson(path, (p, c) => new BaselineError(source, p, c)),
    source,
  );
}
