/**
 * Reporters: pure functions from a `ReportInput` (the post-processed evaluation and its
 * snapshot) to content. `renderReports` renders a chosen set of formats; drivers write
 * the files (the CLI under --out, the Lambda handler to S3).
 */
import { DEFAULT_FORMATS, REPORT_FILES, REPORT_FORMATS, type RenderedReport, type ReportFormat } from './formats.ts';
import type { ReportInput } from './input.ts';

export { renderHtml, contentSecurityPolicy } from './html/render.ts';
export { buildFindingsDocument, renderJson } from './json.ts';
export { renderJunit, xmlEscape } from './junit.ts';
export { renderMarkdown, mdText, MARKDOWN_MAX_CHARS } from './markdown.ts';
export { buildOcsf, renderOcsf, OCSF_VERSION } from './ocsf.ts';
export { renderSarif, virtualPath, GITHUB_LIMITS, SARIF_LIMITS, SECURITY_SEVERITY, type SarifLimits } from './sarif.ts';
export { FINDINGS_SCHEMA_VERSION, type FindingsDocument, type FindingsResult } from './findings-document.ts';
export type { ReportInput } from './input.ts';
export { DEFAULT_FORMATS, REPORT_FILES, REPORT_FORMATS, isReportFormat, type RenderedReport, type ReportFormat } from './formats.ts';

/** Renders each format once, in the order of REPORT_FORMATS. */
export function renderReports(input: ReportInput, formats: readonly ReportFormat[] = DEFAULT_FORMATS): RenderedReport[] {
  return REPORT_FORMATS.filter((f) => formats.includes(f)).map((format) => {
    const { file, contentType, render } = REPORT_FILES[format];
    return { format, file, content: render(input), contentType };
  });
}
