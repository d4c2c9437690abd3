/**
 * The HTML report: one self-contained file that opens from disk and works offline. Its
 * Content-Security-Policy forbids every request (`default-src 'none'`); the one style
 * sheet and the one script are allowed by their SHA-256 hashes. Every string from AWS is
 * escaped by the template engine (Eta with auto-escaping); the scan data is embedded as
 * JSON with `<`, `>`, `&`, U+2028 and U+2029 escaped, and the page's script writes it
 * with `textContent` only.
 */
import { createHash } from 'node:crypto';
import { Eta } from 'eta/core';
import type { ReportInput } from '../input.ts';
import { clientData, embedJson, type HtmlOptions } from './client-data.ts';
import { CLIENT_SCRIPT } from './client-script.ts';
import { buildModel, humanTime, plural } from './model.ts';
import { STYLES } from './styles.ts';
import { BARS, HISTOGRAM, PAGE, TIME } from './template.ts';

let engine: Eta | undefined;

function eta(): Eta {
  if (!engine) {
    engine = new Eta({ autoEscape: true, autoTrim: false, useWith: false, varName: 'it' });
    engine.loadTemplate('@page', PAGE);
    engine.loadTemplate('@bars', BARS);
    engine.loadTemplate('@histogram', HISTOGRAM);
    engine.loadTemplate('@time', TIME);
  }
  return engine;
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The page's policy: nothing may be fetched, framed, submitted or based elsewhere; only the hashed script and style run. */
export function contentSecurityPolicy(script: string, styles: string): string {
  return [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    `style-src ${sha256(styles)}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export type { HtmlOptions } from './client-data.ts';

export function renderHtml(input: ReportInput, options: HtmlOptions = {}): string {
  const script = CLIENT_SCRIPT;
  const m = buildModel(input);
  return eta().render('@page', {
    m,
    h: { time: humanTime, plural },
    passing: options.passing === true,
    csp: contentSecurityPolicy(script, STYLES),
    styles: STYLES,
    script,
    data: embedJson(clientData(input, m, options)),
  });
}
