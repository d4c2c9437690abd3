/**
 * A bug in cryptoposture (an exception that is not one of our typed errors): exit 4 with a
 * short message; the full stack goes to a file in the OS temp folder (and to stderr with
 * --verbose), so that a user can attach it to a report without scrolling through it.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageVersion } from '../resources.ts';
import { colors, type CliIO } from './io.ts';

export interface InternalErrorReport {
  /** The file the stack was written to, or undefined when it could not be written. */
  file?: string;
  stack: string;
}

function stackOf(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause === undefined ? '' : `\nCaused by: ${stackOf(error.cause)}`;
    return `${error.stack ?? `${error.name}: ${error.message}`}${cause}`;
  }
  return String(error);
}

export function writeInternalErrorFile(error: unknown, argv: readonly string[], dir: string = tmpdir()): InternalErrorReport {
  const stack = stackOf(error);
  const file = join(dir, `cryptoposture-error-${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}.txt`);
  const text = [
    `cryptoposture ${packageVersion()} on Node.js ${process.versions.node} (${process.platform} ${process.arch})`,
    `command: cryptoposture ${argv.join(' ')}`,
    '',
    stack,
    '',
  ].join('\n');
  try {
    writeFileSync(file, text, { mode: 0o600 });
    return { file, stack };
  } catch {
    return { stack };
  }
}

/** Prints the short message (and the stack with --verbose); returns nothing: the caller exits 4. */
export function reportInternalError(io: CliIO, error: unknown, argv: readonly string[]): void {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const report = writeInternalErrorFile(error, argv);
  const summary = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const c = colors(io);
  const lines = [`${c.red('internal error')} (a bug in cryptoposture): ${summary.split('\n')[0]}`];
  if (verbose) lines.push(report.stack);
  lines.push(
    report.file
      ? `The full stack trace is in ${report.file}${verbose ? '' : ' (--verbose prints it here)'}; please report it with the command you ran.`
      : `Please report this with the command you ran${verbose ? '' : ' (--verbose prints the stack trace)'}.`,
  );
  io.stderr(`${lines.join('\n')}\n`);
}
