/**
 * Where the output of `scan`, `evaluate` and `demo` goes and how much of it: the reports
 * folder (`--out`, or `-` for findings JSON on stdout), `--output json` for scripts, the
 * grouped failures or `--details`, and the progress on stderr (`--quiet`,
 * `--progress-interval`).
 */
import { Option, type Command } from 'commander';
import { UsageError } from '../errors.ts';
import type { ReportFormat } from '../report/index.ts';
import { STDOUT } from './finish.ts';
import { parsePositiveInt } from './options.ts';
import { DEFAULT_PROGRESS_SECONDS } from './progress.ts';

export interface OutputFlags {
  out: string;
  output?: 'json';
  details: boolean;
  quiet: boolean;
  progressInterval?: number;
}

export function addOutputOptions(command: Command, defaults: { out: string; what: string; progress?: boolean }): Command {
  command
    .addOption(new Option('--out <dir>', `${defaults.what}; - writes the findings JSON to stdout instead`).default(defaults.out))
    .addOption(
      new Option('--output <kind>', 'json: the findings JSON on stdout, for scripts (same as --format json --out -)').choices(['json']),
    )
    .addOption(
      new Option('--details', 'print every failure on stdout instead of one line per rule with the first few resources').default(false),
    )
    .addOption(new Option('-q, --quiet', 'nothing on stderr but errors: no progress, no notes').default(false));
  if (defaults.progress !== false) {
    command.addOption(
      new Option(
        '--progress-interval <seconds>',
        `when stderr is not a terminal (CI logs), print a progress line every this many seconds (default ${DEFAULT_PROGRESS_SECONDS})`,
      ).argParser(parsePositiveInt),
    );
  }
  return command;
}

/** The output folder (or `-`) and the formats to write; `--out -` writes exactly one format (default json) to stdout. */
export function outputFromFlags(
  flags: OutputFlags & { format?: ReportFormat[] },
  formats: ReportFormat[],
): { out: string; formats: ReportFormat[]; details: boolean } {
  if (flags.output === 'json') {
    if (flags.format && flags.format.some((f) => f !== 'json')) throw new UsageError('--output json writes findings JSON; drop --format');
    return { out: STDOUT, formats: ['json'], details: flags.details };
  }
  if (flags.out === STDOUT) {
    const chosen = flags.format ?? ['json'];
    if (chosen.length !== 1)
      throw new UsageError(`--out - writes one report to stdout; --format names ${chosen.length} (${chosen.join(', ')})`);
    return { out: STDOUT, formats: chosen, details: flags.details };
  }
  return { out: flags.out, formats, details: flags.details };
}
