/**
 * The report's "In transit" section and each certificate's blast radius, in headless
 * Chromium, on the demo snapshot: its Application Load Balancer (an HTTP listener that
 * redirects, an HTTPS one presenting two certificates), an internal ALB with an old policy,
 * a Classic Load Balancer serving plain HTTP, a distribution, an API Gateway custom domain
 * with TLS 1.0 and an OpenSearch domain.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TLS_ENDPOINT_TYPES, type TlsEndpointAttributes } from '../../src/graph/attributes.ts';
import type { NodeType } from '../../src/graph/types.ts';
import type { ReportInput } from '../../src/report/index.ts';
import { launchChromium } from '../support/chromium.ts';
import { demoInput } from '../support/synthetic-report.ts';
import { matching, openReport } from './open-report.ts';

let browser: BrowserContext;
let input: ReportInput;

beforeAll(async () => {
  browser = await launchChromium();
  input = await demoInput();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

const endpoints = () => input.snapshot.graph.nodes.filter((n) => TLS_ENDPOINT_TYPES.includes(n.type as NodeType));

describe('In transit and certificate blast radius (demo snapshot)', () => {
  it('the expiry finding names the listener and rises a step because it faces the internet', () => {
    const certificate = input.snapshot.graph.nodes.find((n) => n.type === 'acm.certificate' && n.name === 'partner-gateway.example.com')!;
    const finding = input.evaluation.results.find((r) => r.ruleId === 'CP-ACM-001' && r.resource.id === certificate.id)!;
    expect(finding.status).toBe('fail');
    // Within 30 days: high, raised to critical by the internet-facing listener.
    expect(finding.severity).toBe('critical');
    expect(finding.message).toMatch(/ Endpoints that present it: shop:443\.$/);
  });

  it('lists every endpoint with exposure, protocol, minimum TLS, plaintext and certificate days left, and filters them', async () => {
    const all = endpoints();
    expect(all.length).toBe(7);
    const { page, problems, requests } = await openReport(browser, input, 'transit.html');
    expect(await page.locator('nav a[href="#transit"]').count()).toBe(1);
    expect(await matching(page, 't')).toBe(all.length);
    // (innerText: as shown, warnings in capitals.)
    const rows = await page.locator('#t-rows > tr.cp-row').allInnerTexts();
    const row = (name: string) => rows.find((r) => r.startsWith(`${name}\n`))!;
    expect(row('legacy-web:80')).toMatch(/\telb\tinternet\tHTTP:80\tnone\tnone\tYES\tnone found\t\d+$/);
    expect(row('shop:80')).toMatch(/\telbv2\tinternet\tHTTP:80\tnone\tnone\tno\tnone found\t\d+$/);
    expect(row('partner-internal:8443')).toMatch(
      /\telbv2\tinternal\tHTTPS:8443\tTLSV1\tELBSecurityPolicy-2016-08\tno\t\napi\.example\.com \(\d+ days left\)/,
    );
    // Under 30 days left is a warning; the rest is plain.
    expect(row('shop:443')).toMatch(
      /shop\.example\.com \(\d+ days left\)\npartner-gateway\.example\.com \(\d+ DAYS LEFT\)|partner-gateway\.example\.com \(\d+ DAYS LEFT\)\nshop\.example\.com \(\d+ days left\)/,
    );
    // Exposed and serving plaintext first.
    const plaintext = all.filter((n) => (n.attributes as TlsEndpointAttributes).plaintextAccepted === true).length;
    expect(plaintext).toBe(2);
    expect(rows.slice(0, plaintext).every((r) => /\tinternet\t[^\n]*\tYES\t/.test(r))).toBe(true);
    await page.selectOption('#t-plaintext', 'yes');
    expect(await matching(page, 't')).toBe(plaintext);
    await page.selectOption('#t-plaintext', '');
    await page.selectOption('#t-exposure', 'internal');
    expect(await matching(page, 't')).toBe(1);
    expect(problems).toEqual([]);
    expect(requests.every((u) => u.startsWith('file:'))).toBe(true);
    await page.close();
  });

  it('shows, per certificate, the endpoints that stop serving TLS when it expires, internet-facing first', async () => {
    const { page, problems } = await openReport(browser, input, 'transit-certificates.html');
    await page.selectOption('#c-window', '');
    const endpointsOf = async (search: string) => {
      await page.fill('#c-search', search);
      await expect.poll(() => page.locator('#c-rows > tr.cp-row').first().innerText()).toContain(search);
      expect(await matching(page, 'c')).toBe(1);
      const cell = page.locator('#c-rows > tr.cp-row details.protects');
      const summary = await cell.locator('summary').textContent();
      await cell.locator('summary').click();
      return { summary, listed: await cell.locator('li').allTextContents() };
    };
    const api = await endpointsOf('api.example.com');
    expect(api.summary).toBe('2 endpoints (1 internet-facing)');
    expect(api.listed[0]).toContain('api.example.com (apigateway.domain-name, internet)');
    expect(api.listed[1]).toContain('partner-internal:8443 (elbv2.listener, internal)');
    const partner = await endpointsOf('partner-gateway');
    expect(partner.summary).toBe('1 endpoint (1 internet-facing)');
    expect(partner.listed[0]).toContain('shop:443 (elbv2.listener, internet)');
    // A certificate no endpoint presents says so.
    await page.fill('#c-search', 'old-campaign');
    await expect.poll(() => page.locator('#c-rows > tr.cp-row').first().innerText()).toContain('old-campaign');
    expect(await page.locator('#c-rows > tr.cp-row').first().innerText()).toContain('none found');
    expect(problems).toEqual([]);
    await page.close();
  });
});
