/**
 * Reporters: pure functions from a `ReportInput` (the post-processed evaluation and its
 * snapshot) to content. `renderReports` renders a chosen set of formats; drivers write
 * the files (the CLI under --out, the Lambda handler to S3).
 */
import { DEFAULT_FORMATS, REPORT_FILES, REPORT_FORMATS, type RenderedReport, type ReportFormat } from './formats.ts';
import type { ReportInput } from './input.ts';
import { renderHtml } from './html/render.ts';

export { renderHtml, contentSecurityPolicy, type HtmlOptions } from './html/render.ts';
export { buildFindingsDocument, renderJson } from './json.ts';
export { renderJunit, xmlEscape } from './junit.ts';
export { renderMarkdown, mdCode, mdText, MARKDOWN_MAX_CHARS } from './markdown.ts';
export { buildOcsf, renderOcsf, OCSF_VERSION } from './ocsf.ts';
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
import { renderSarifFiles, type SarifLimits } from './sarif.ts';
export { FINDINGS_SCHEMA_VERSION, type FindingsDocument, type FindingsResult } from './findings-document.ts';
export type { ReportInput } from './input.ts';
export { DEFAULT_FORMATS, REPORT_FILES, REPORT_FORMATS, isReportFormat, type RenderedReport, type ReportFormat } from './formats.ts';

export interface RenderOptions {
  /** SARIF limits (default SARIF_LIMITS: what GitHub's ingestion rules accept). */
  sarifLimits?: SarifLimits;
  /** report.html lists passing and not-applicable results too (default: it counts them). */
  htmlPassing?: boolean;
}

/** Renders each format once, in the order of REPORT_FORMATS (SARIF may be one file per account, see renderSarifFiles). */
export function renderReports(
  input: ReportInput,
  formats: readonly ReportFormat[] = DEFAULT_FORMATS,
  options: RenderOptions = {},
): RenderedReport[] {
  return REPORT_FORMATS.filter((f) => formats.includes(f)).flatMap((format): RenderedReport[] => {
    const { file, contentType, render } = REPORT_FILES[format];
    if (format === 'sarif') return renderSarifFiles(input, options.sarifLimits).map((f) => ({ format, ...f, contentType }));
    if (format === 'html') return [{ format, file, content: renderHtml(input, { passing: options.htmlPassing === true }), contentType }];
    return [{ format, file, content: render(input), contentType }];
  });
}
