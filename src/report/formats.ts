/**
 * The report formats: their file names, media types, and how each is produced. A format
 * gives one or more outputs (SARIF may be one file per account), each a file name and its
 * content as a sequence of pieces, produced only while the file is written; the large ones
 * (findings.json, OCSF, JUnit) are produced result by result, never as one string.
 */
import { renderHtml } from './html/render.ts';
import type { ReportInput } from './input.ts';
import { findingsJsonChunks } from './json.ts';
import { junitChunks } from './junit.ts';
import { renderMarkdown } from './markdown.ts';
import { ocsfJsonChunks, ocsfJsonLinesChunks, ocsfJsonLinesFromArrayLines } from './ocsf.ts';
import { SARIF_LIMITS, sarifFiles, type SarifLimits } from './sarif.ts';

export const REPORT_FORMATS = ['sarif', 'html', 'json', 'markdown', 'junit', 'ocsf', 'ocsf-jsonl'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export const DEFAULT_FORMATS: readonly ReportFormat[] = ['sarif', 'html', 'json'];

export interface RenderOptions {
  /** SARIF limits (default SARIF_LIMITS: what GitHub's ingestion rules accept). */
  sarifLimits?: SarifLimits;
  /** report.html lists passing and not-applicable results too (default: it counts them). */
  htmlPassing?: boolean;
}

/** One file of a report: its name, and its content piece by piece (nothing is rendered until it is read). */
export interface ReportOutput {
  file: string;
  chunks: () => Iterable<string>;
}

interface FormatSpec {
  /** The file (SARIF: of a scan of at most MAX_RUNS_PER_FILE accounts). */
  file: string;
  contentType: string;
  outputs: (input: ReportInput, options: RenderOptions) => ReportOutput[];
  /**
   * The same content made from another format's file when that was written in the same run:
   * a copy with another layout instead of a second rendering (OCSF JSON Lines from the OCSF
   * array, whose events are already one per line).
   */
  derive?: { from: ReportFormat; chunks: (sourceLines: AsyncIterable<string>) => AsyncIterable<string> };
}

/** A format of one file. */
const oneFile = (file: string, contentType: string, chunks: (input: ReportInput) => Iterable<string>): FormatSpec => ({
  file,
  contentType,
  outputs: (input) => [{ file, chunks: () => chunks(input) }],
});

/** File name, media type and outputs of each format. */
export const REPORT_FILES: Record<ReportFormat, FormatSpec> = {
  sarif: {
    file: 'results.sarif',
    contentType: 'application/sarif+json',
    // Bounded by its size limits (at most 10,000 KB by default): each file is one string.
    outputs: (input, options) =>
      sarifFiles(input, options.sarifLimits ?? SARIF_LIMITS).map(({ file, render }) => ({ file, chunks: () => [render()] })),
  },
  html: {
    file: 'report.html',
    contentType: 'text/html; charset=utf-8',
    outputs: (input, options) => [{ file: 'report.html', chunks: () => [renderHtml(input, { passing: options.htmlPassing === true })] }],
  },
  json: oneFile('findings.json', 'application/json', findingsJsonChunks),
  markdown: oneFile('summary.md', 'text/markdown; charset=utf-8', (i) => [renderMarkdown(i)]),
  junit: oneFile('junit.xml', 'application/xml', junitChunks),
  ocsf: oneFile('findings.ocsf.json', 'application/json', ocsfJsonChunks),
  'ocsf-jsonl': {
    ...oneFile('findings.ocsf.jsonl', 'application/x-ndjson', ocsfJsonLinesChunks),
    derive: { from: 'ocsf', chunks: ocsfJsonLinesFromArrayLines },
  },
};

/** The reports of one run: the chosen formats of one input, each rendered only when it is read or written. */
export interface ReportSet {
  input: ReportInput;
  /** In the order of REPORT_FORMATS. */
  formats: ReportFormat[];
  options: RenderOptions;
}

export function reportSet(input: ReportInput, formats: readonly ReportFormat[], options: RenderOptions = {}): ReportSet {
  return { input, formats: orderedFormats(formats), options };
}

/** Every file of a report set, in order, with its format and media type; its content is produced while `chunks()` is read. */
export function reportOutputs(set: ReportSet): (ReportOutput & { format: ReportFormat; contentType: string })[] {
  return set.formats.flatMap((format) => {
    const { contentType, outputs } = REPORT_FILES[format];
    return outputs(set.input, set.options).map((output) => ({ ...output, format, contentType }));
  });
}

export interface RenderedReport {
  format: ReportFormat;
  file: string;
  content: string;
  contentType: string;
}

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

/** The chosen formats in the order of REPORT_FORMATS. */
export function orderedFormats(formats: readonly ReportFormat[]): ReportFormat[] {
  return REPORT_FORMATS.filter((f) => formats.includes(f));
}
