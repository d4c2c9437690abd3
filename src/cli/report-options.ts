/**
 * The options every reporting command shares (`scan`, `evaluate`, `demo`): which report
 * formats to write, and the CI gate's inputs: a baseline, --fail-on-new, suppressions.
 * The files are read before the scan starts, so that a bad one stops it (exit 2) early.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { resolve } from 'node:path';
import { readBaselineFile, readSuppressionsFile } from '../postprocess/files.ts';
import type { PostprocessInputs } from '../postprocess/index.ts';
import { DEFAULT_FORMATS, GITHUB_LIMITS, isReportFormat, REPORT_FILES, REPORT_FORMATS, type ReportFormat } from '../report/index.ts';
import type { CliIO } from './io.ts';
import { parseList } from './options.ts';

export interface ReportFlags {
  format?: ReportFormat[];
  baseline?: string;
  failOnNew?: boolean;
  suppressions?: string;
  sarifMaxResults?: number;
  htmlPassing?: boolean;
}

export function parseFormats(value: string): ReportFormat[] {
  const list = parseList(value);
  const bad = list.filter((f) => !isReportFormat(f));
  if (bad.length > 0) throw new InvalidArgumentError(`unknown format ${bad.join(', ')}; known: ${REPORT_FORMATS.join(', ')}`);
  if (list.length === 0) throw new InvalidArgumentError('no format named');
  return list as ReportFormat[];
}

export function addReportOptions(command: Command): Command {
  const files = REPORT_FORMATS.map((f) => `${f} (${REPORT_FILES[f].file})`).join(', ');
  return command
    .addOption(
      new Option(
        '--format <list>',
        `comma-separated report formats to write under --out: ${files} (default: ${DEFAULT_FORMATS.join(',')})`,
      ).argParser(parseFormats),
    )
    .addOption(
      new Option(
        '--baseline <file>',
        "a previous scan's findings.json or results.sarif: marks each failure new or unchanged and lists the fixed ones",
      ),
    )
    .addOption(
      new Option('--fail-on-new', 'the --fail-on gate counts only failures that are new since --baseline (alone: any new failure)').default(
        false,
      ),
    )
    .addOption(
      new Option(
        '--sarif-max-results <n>',
        'results kept per SARIF run, most severe first (default 1000, what GitHub ingestion rules accept; at most 25000, GitHub upload limit)',
      ).argParser(parseSarifMaxResults),
    )
    .addOption(
      new Option(
        '--html-passing',
        'report.html also lists the passing and not-applicable results (by default it counts them; findings.json lists them all)',
      ).default(false),
    )
    .addOption(
      new Option(
        '--suppressions <file>',
        'accepted findings with a reason and optional expiry (schemas/suppressions.schema.json): they pass the gate',
      ),
    );
}

export function parseSarifMaxResults(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > GITHUB_LIMITS.maxResultsPerRun) {
    throw new InvalidArgumentError(`must be a whole number from 1 to ${GITHUB_LIMITS.maxResultsPerRun}`);
  }
  return n;
}

/** Reads the baseline and suppressions files; a bad one throws (exit 2) naming the file and JSON path. */
export function reportInputsFromFlags(
  io: CliIO,
  flags: ReportFlags,
): { formats: ReportFormat[]; postprocess: PostprocessInputs; failOnNew: boolean; sarifMaxResults?: number; htmlPassing: boolean } {
  return {
    formats: flags.format ?? [...DEFAULT_FORMATS],
    htmlPassing: flags.htmlPassing === true,
    ...(flags.sarifMaxResults === undefined ? {} : { sarifMaxResults: flags.sarifMaxResults }),
    failOnNew: flags.failOnNew === true,
    postprocess: {
      ...(flags.suppressions ? { suppressions: readSuppressionsFile(resolve(io.cwd, flags.suppressions), flags.suppressions) } : {}),
      ...(flags.baseline ? { baseline: readBaselineFile(resolve(io.cwd, flags.baseline), flags.baseline) } : {}),
    },
  };
}
