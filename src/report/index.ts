/**
 * Reporters: pure functions from a `ReportInput` (the post-processed evaluation and its
 * snapshot) to content, produced piece by piece (see formats.ts). `writeReports` writes a
 * chosen set of formats to a folder, each file on its own (the CLI); `renderReports`
 * renders them as strings (the Lambda handler's S3 objects, tests).
 */
import { joinChunks } from './json-stream.ts';
import { DEFAULT_FORMATS, reportOutputs, reportSet, type RenderedReport, type RenderOptions, type ReportFormat } from './formats.ts';
import type { ReportInput } from './input.ts';

export { renderHtml, contentSecurityPolicy, type HtmlOptions } from './html/render.ts';
export { buildFindingsDocument, findingsJsonChunks, renderJson } from './json.ts';
export { junitChunks, renderJunit, xmlEscape } from './junit.ts';
export { renderMarkdown, mdCode, mdText, MARKDOWN_MAX_CHARS } from './markdown.ts';
export { buildOcsf, ocsfJsonChunks, ocsfJsonLinesChunks, renderOcsf, renderOcsfJsonLines, OCSF_VERSION } from './ocsf.ts';
export {
  renderSarif,
  renderSarifFiles,
  virtualPath,
  GITHUB_LIMITS,
  SARIF_LIMITS,
  MAX_RUNS_PER_FILE,
  SECURITY_SEVERITY,
  type SarifLimits,
} from './sarif.ts';
export { FINDINGS_SCHEMA_VERSION, type FindingsDocument, type FindingsResult } from './findings-document.ts';
export type { ReportInput } from './input.ts';
export {
  DEFAULT_FORMATS,
  REPORT_FILES,
  REPORT_FORMATS,
  isReportFormat,
  orderedFormats,
  reportOutputs,
  reportSet,
  type RenderedReport,
  type RenderOptions,
  type ReportFormat,
  type ReportOutput,
  type ReportSet,
} from './formats.ts';
export { writeReports, type FailedReport, type WrittenReport, type WriteReportsResult } from './write.ts';

/** Renders each format once, as strings, in the order of REPORT_FORMATS (SARIF may be one file per account, see renderSarifFiles). */
export function renderReports(
  input: ReportInput,
  formats: readonly ReportFormat[] = DEFAULT_FORMATS,
  options: RenderOptions = {},
): RenderedReport[] {
  return reportOutputs(reportSet(input, formats, options)).map(({ format, file, chunks, contentType }) => ({
    format,
    file,
    content: joinChunks(chunks()),
    contentType,
  }));
}
