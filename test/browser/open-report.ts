/**
 * Opens a rendered report in headless Chromium from a file:// URL, recording every request,
 * console error or warning, page error and dialog, and waits for the page's script to mark
 * the body ready.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { renderHtml, type HtmlOptions, type ReportInput } from '../../src/report/index.ts';

export interface Opened {
  page: Page;
  requests: string[];
  problems: string[];
  dialogs: string[];
  url: string;
  file: string;
}

/** Writes the report of `input` to a fresh folder as `name`. */
export function writeReport(input: ReportInput, name: string, options: HtmlOptions = {}): string {
  const file = join(mkdtempSync(join(tmpdir(), 'cp-html-')), name);
  writeFileSync(file, renderHtml(input, options));
  return file;
}

/** Opens a report file written by `writeReport`, at an optional fragment and viewport width. */
export async function openFile(
  browser: BrowserContext,
  file: string,
  options: { fragment?: string; width?: number } = {},
): Promise<Opened> {
  const url = pathToFileURL(file).href;
  const page = await browser.newPage();
  if (options.width) await page.setViewportSize({ width: options.width, height: 844 });
  const requests: string[] = [];
  const problems: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(options.fragment ? `${url}#${options.fragment}` : url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  return { page, requests, problems, dialogs, url, file };
}

/** Writes the report of `input` and opens it. */
export async function openReport(
  browser: BrowserContext,
  input: ReportInput,
  name: string,
  options: HtmlOptions & { fragment?: string; width?: number } = {},
): Promise<Opened> {
  return openFile(browser, writeReport(input, name, options), options);
}

/** How many rows a table's filters let through (`f` findings, `c` certificates, `k` keys, `p` key policies). */
export const matching = async (page: Page, prefix = 'f') => Number(await page.getAttribute(`#${prefix}-count`, 'data-matching'));
