/**
 * The HTML report in real headless Chromium, opened from a file:// URL: no console error,
 * no request but the file itself, filters and search, passing results counted (listed with
 * --html-passing), hostile names rendered as text, and a 20,000-finding report that stays
 * responsive. A screenshot of the demo report is written to test-results/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateSnapshot, prepareRules } from '../../src/engine/index.ts';
import type { PolicyVerdict } from '../../src/graph/attributes.ts';
import { parseSnapshot } from '../../src/graph/snapshot.ts';
import type { HtmlOptions, ReportInput } from '../../src/report/index.ts';
import { packageRoot } from '../../src/resources.ts';
import { launchChromium } from '../support/chromium.ts';
import { demoInput, syntheticInput } from '../support/synthetic-report.ts';
import { matching, openReport } from './open-report.ts';

let browser: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

const open = (input: ReportInput, name: string, options: HtmlOptions = {}) => openReport(browser, input, name, options);

describe('the HTML report in headless Chromium', () => {
  it('loads the demo report from disk with no console error and no request but the file; screenshot in test-results/', async () => {
    const input = await demoInput();
    const failing = input.evaluation.results.filter((r) => r.status === 'fail' || r.status === 'error').length;
    const count = (type: string) => input.snapshot.graph.nodes.filter((n) => n.type === type).length;
    const { page, requests, problems, url } = await open(input, 'report.html');
    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);
    expect(await matching(page)).toBe(failing);
    expect(await page.locator('#f-rows tr.cp-row').count()).toBe(Math.min(failing, 100));
    expect(await page.locator('#cp-histogram .hbar').count()).toBe(6);
    const histogramTotal = (
      await page.locator('#cp-histogram .hbar').evaluateAll((gs) => gs.map((g) => Number(g.getAttribute('data-count'))))
    ).reduce((a, b) => a + b, 0);
    expect(histogramTotal).toBe(count('acm.certificate'));
    expect(await page.locator('#cp-keys tbody tr').count()).toBe(Math.min(count('kms.key'), 50));
    expect(await page.locator('#compliance table').count()).toBeGreaterThan(0);
    // A finding's details: rationale, remediation and evidence.
    await page.locator('#f-rows tr.cp-row').first().click();
    const details = page.locator('.cp-details').first();
    await expect.poll(() => details.textContent()).toContain('Why it matters');
    expect(await details.textContent()).toContain('Remediation');
    expect(await details.locator('.cp-evidence li').count()).toBeGreaterThan(0);
    mkdirSync(join(packageRoot, 'test-results'), { recursive: true });
    await page.screenshot({ path: join(packageRoot, 'test-results', 'report-demo.png'), fullPage: false });
    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);
    await page.close();
  });

  it('filters by severity, service, region, rule and status, and searches text', async () => {
    const input = await demoInput();
    // The expected counts, from the evaluation the page shows (failing results are listed by default).
    const service = new Map(input.evaluation.rules.map((r) => [r.id, r.service]));
    const failing = input.evaluation.results.filter((r) => r.status === 'fail' || r.status === 'error');
    const s3Failing = failing.filter((r) => service.get(r.ruleId) === 's3').length;
    expect(s3Failing).toBeGreaterThan(0);
    const { page, problems } = await open(input, 'report.html');
    await page.selectOption('#f-severity', 'critical');
    expect(await matching(page)).toBe(failing.filter((r) => r.severity === 'critical').length);
    await page.selectOption('#f-severity', '');
    await page.selectOption('#f-service', 's3');
    expect(await matching(page)).toBe(s3Failing);
    await page.selectOption('#f-region', 'us-east-1');
    const s3East = await matching(page);
    expect(s3East).toBe(failing.filter((r) => service.get(r.ruleId) === 's3' && r.resource.region === 'us-east-1').length);
    expect(s3East).toBeLessThan(s3Failing);
    await page.selectOption('#f-service', '');
    await page.selectOption('#f-region', '');
    await page.selectOption('#f-rule', 'CP-S3-009');
    expect(await matching(page)).toBe(failing.filter((r) => r.ruleId === 'CP-S3-009').length);
    await page.selectOption('#f-rule', '');
    // Passing results are counted, not listed, unless --html-passing.
    const passing = input.evaluation.results.filter((r) => r.status === 'pass').length;
    expect(passing).toBeGreaterThan(0);
    await page.selectOption('#f-status', 'pass');
    expect(await matching(page)).toBe(0);
    const note = await page.textContent('#f-note');
    expect(note).toContain(`${passing.toLocaleString('en-US')} passing results`);
    expect(note).toContain('counted, not listed');
    await page.selectOption('#f-status', 'failing');
    await page.fill('#f-search', 'acme-marketing-site');
    await expect.poll(() => matching(page)).toBeLessThan(failing.length);
    const rows = await page.locator('#f-rows tr.cp-row td.resource .name').allTextContents();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r === 'acme-marketing-site')).toBe(true);
    await page.fill('#f-search', 'no such thing anywhere');
    await expect.poll(() => matching(page)).toBe(0);
    expect(await page.textContent('#f-count')).toBe('No result matches.');
    expect(problems).toEqual([]);
    await page.close();
    // With --html-passing the passing results are listed too.
    const listed = await open(input, 'passing.html', { passing: true });
    await listed.page.selectOption('#f-status', 'pass');
    expect(await matching(listed.page)).toBe(passing);
    expect(await listed.page.isHidden('#f-note')).toBe(true);
    expect(listed.problems).toEqual([]);
    await listed.page.close();
  });

  it('renders hostile names, messages, tags and policy statements as text and runs nothing', async () => {
    const demo = await demoInput();
    const raw = structuredClone(demo.snapshot);
    const img = '<img src=x onerror=alert(1)>';
    const breakout = '</script><script>alert(2);window.__pwned=1</script>';
    const bucket = raw.graph.nodes.find((n) => n.type === 's3.bucket' && n.name === 'acme-marketing-site')!;
    bucket.name = img;
    bucket.tags = { Name: img, owner: breakout };
    const cert = raw.graph.nodes.find((n) => n.type === 'acm.certificate')!;
    cert.name = breakout;
    (cert.attributes as { domainName?: string }).domainName = `${img}.example.com`;
    const key = raw.graph.nodes.find(
      (n) => n.type === 'kms.key' && (n.attributes as { policyAnalysis?: PolicyVerdict }).policyAnalysis?.statements.length,
    )!;
    const verdict = (key.attributes as { policyAnalysis: PolicyVerdict }).policyAnalysis;
    verdict.statements[0]!.statement = breakout;
    verdict.reason = img;
    const run = parseSnapshot(raw, 'hostile');
    const evaluation = evaluateSnapshot(run, prepareRules());
    evaluation.results.find((r) => r.status === 'fail')!.message = `marker-4711 ${breakout} ${img} \u2028 \u2029 <!-- -->`;
    const { page, problems, dialogs, requests, url } = await open({ evaluation, snapshot: run.snapshot }, 'hostile.html');
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(2); // the data and the page's own script
    expect(requests).toEqual([url]); // the <img src=x> was never requested
    await page.selectOption('#f-status', '');
    await page.fill('#f-search', 'img src=x');
    await expect.poll(() => matching(page)).toBeGreaterThan(0);
    const names = await page.locator('#f-rows td.resource .name').allTextContents();
    expect(names).toContain(img);
    await page.selectOption('#c-window', ''); // every certificate, not only those expiring soon
    const body = await page.textContent('body');
    expect(body).toContain(`${img}.example.com`);
    expect(body).toContain(breakout);
    await page.fill('#f-search', 'marker-4711');
    await expect.poll(() => matching(page)).toBe(1);
    expect(await page.locator('#f-rows td.message').first().textContent()).toContain(breakout);
    await page.locator('#f-rows tr.cp-row').first().click();
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('stays responsive with 20,000 findings: few rows in the page, search answers quickly', async () => {
    const { page, problems } = await open(await syntheticInput(20_000, { mixed: true }), 'large.html');
    expect(await page.locator('#f-rows tr').count()).toBeLessThanOrEqual(100);
    expect(await matching(page)).toBe(18_000);
    const started = Date.now();
    await page.fill('#f-search', 'resource-012345');
    await expect.poll(() => matching(page), { interval: 20 }).toBe(1);
    const searchMs = Date.now() - started;
    await page.fill('#f-search', '');
    await page.selectOption('#f-severity', 'critical');
    await expect.poll(() => matching(page), { interval: 20 }).toBeLessThan(18_000);
    // A sanity bound only (the figures are in npm run bench:reports): far below what a person notices as stuck.
    expect(searchMs).toBeLessThan(3_000);
    expect(problems).toEqual([]);
    await page.close();
  });
});
