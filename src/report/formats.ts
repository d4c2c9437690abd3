/** The report formats, their file names and media types. */
import { renderHtml } from './html/render.ts';
import type { ReportInput } from './input.ts';
import { renderJson } from './json.ts';
import { renderJunit } from './junit.ts';
import { renderMarkdown } from './markdown.ts';
import { renderOcsf } from './ocsf.ts';
import { renderSarif } from './sarif.ts';

export const REPORT_FORMATS = ['sarif', 'html', 'json', 'markdown', 'junit', 'ocsf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export const DEFAULT_FORMATS: readonly ReportFormat[] = ['sarif', 'html', 'json'];

/** File name and media type of each format. */
export const REPORT_FILES: Record<ReportFormat, { file: string; contentType: string; render: (input: ReportInput) => string }> = {
  sarif: { file: 'results.sarif', contentType: 'application/sarif+json', render: (i) => renderSarif(i) },
  html: { file: 'report.html', contentType: 'text/html; charset=utf-8', render: renderHtml },
  json: { file: 'findings.json', contentType: 'application/json', render: renderJson },
  markdown: { file: 'summary.md', contentType: 'text/markdown; charset=utf-8', render: (i) => renderMarkdown(i) },
  junit: { file: 'junit.xml', contentType: 'application/xml', render: renderJunit },
  ocsf: { file: 'findings.ocsf.json', contentType: 'application/json', render: renderOcsf },
};

export interface RenderedReport {
  format: ReportFormat;
  file: string;
  content: string;
  contentType: string;
}

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}
