/**
 * The report's "In transit" section and each certificate's blast radius, in headless
 * Chromium: the demo snapshot with three load balancer listeners added (an internet-facing
 * HTTPS listener and a plain HTTP one, and an internal HTTPS listener with an old policy)
 * that present the demo's certificates.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateSnapshot, prepareRules } from '../../src/engine/index.ts';
import { deriveAttributes } from '../../src/graph/derive.ts';
import { Graph } from '../../src/graph/graph.ts';
import { readSnapshotFile, toSnapshot } from '../../src/graph/snapshot.ts';
import type { GraphEdge, GraphNode } from '../../src/graph/types.ts';
import type { ReportInput } from '../../src/report/index.ts';
import { certificateEdge } from '../../src/services/certificate-edge.ts';
import type { Elbv2ListenerAttributes } from '../../src/services/elbv2/types.ts';
import { launchChromium } from '../support/chromium.ts';
import { DEMO_SNAPSHOT } from '../support/synthetic-report.ts';
import { matching, openReport } from './open-report.ts';

let browser: BrowserContext;
let input: ReportInput;
/** The demo's imported certificate that expires within 30 days. */
let expiring: GraphNode;

/** Adds listeners to the demo snapshot and evaluates it as a scan would. */
async function transitInput(): Promise<ReportInput> {
  const demo = await readSnapshotFile(DEMO_SNAPSHOT);
  const nodes = demo.snapshot.graph.nodes as unknown as GraphNode[];
  const certificate = (domain: string) => nodes.find((n) => n.type === 'acm.certificate' && n.name === domain)!;
  expiring = certificate('partner-gateway.example.com');
  const api = certificate('api.example.com');
  const { account, region } = expiring;
  const lb = (name: string) => `arn:aws:elasticloadbalancing:${region}:${account}:loadbalancer/app/${name}/0123456789abcdef`;
  const listener = (name: string, port: number, attributes: Partial<Elbv2ListenerAttributes>): GraphNode => ({
    id: `arn:aws:elasticloadbalancing:${region}:${account}:listener/app/${name}/0123456789abcdef/${port}`,
    type: 'elbv2.listener',
    account,
    region,
    name: `${name}:${port}`,
    tags: {},
    attributes: { loadBalancerArn: lb(name), loadBalancerName: name, loadBalancerType: 'application', port, ...attributes },
  });
  const https = { protocol: 'HTTPS', tls: true, plaintextAccepted: false };
  const listeners = [
    listener('shop-public', 443, {
      ...https,
      internetFacing: true,
      tlsPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
      minTlsVersion: 'TLSv1.2',
    }),
    listener('shop-public', 80, {
      protocol: 'HTTP',
      tls: false,
      internetFacing: true,
      plaintextAccepted: true,
      tlsPolicy: null,
      minTlsVersion: null,
    }),
    listener('partner-internal', 8443, { ...https, internetFacing: false, tlsPolicy: 'ELBSecurityPolicy-2016-08', minTlsVersion: 'TLSv1' }),
  ];
  const presents = (l: GraphNode, cert: GraphNode): GraphEdge => {
    const p = certificateEdge(l.id, 'Listeners[].Certificates[].CertificateArn', cert.id)!;
    return { from: p.from, to: cert.id, kind: p.kind, via: { ref: p.ref, field: p.field } };
  };
  const edges = [
    ...demo.snapshot.graph.edges,
    presents(listeners[0]!, expiring),
    presents(listeners[2]!, expiring),
    presents(listeners[2]!, api),
  ];
  const graph = new Graph([...nodes, ...listeners], edges, demo.snapshot.gaps);
  deriveAttributes(graph);
  const snapshot = toSnapshot(graph, {
    ...demo.snapshot,
    scan: { ...demo.snapshot.scan, services: [...demo.snapshot.scan.services, 'elbv2'] },
  });
  return { evaluation: evaluateSnapshot({ graph, snapshot }, prepareRules()), snapshot };
}

beforeAll(async () => {
  browser = await launchChromium();
  input = await transitInput();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('In transit and certificate blast radius', () => {
  it('the expiry finding names the listeners and rises a step because one of them faces the internet', () => {
    const finding = input.evaluation.results.find((r) => r.ruleId === 'CP-ACM-001' && r.resource.id === expiring.id)!;
    expect(finding.status).toBe('fail');
    // Within 30 days: high, raised to critical by the internet-facing listener.
    expect(finding.severity).toBe('critical');
    expect(finding.message).toMatch(
      /Endpoints that present it: (shop-public:443, partner-internal:8443|partner-internal:8443, shop-public:443)\.$/,
    );
  });

  it('lists every endpoint with exposure, protocol, minimum TLS, plaintext and certificate days left, and filters them', async () => {
    const { page, problems, requests } = await openReport(browser, input, 'transit.html');
    expect(await page.locator('nav a[href="#transit"]').count()).toBe(1);
    expect(await matching(page, 't')).toBe(3);
    const rows = await page.locator('#t-rows > tr.cp-row').allInnerTexts();
    // Exposed and serving plaintext first.
    // (innerText: as shown, warnings in capitals.)
    expect(rows[0]).toMatch(/^shop-public:80\n\S+\n\telbv2\tinternet\tHTTP:80\tnone\tnone\tYES\tnone found\t0$/);
    const partner = rows.find((r) => r.includes('partner-internal:8443'))!;
    expect(partner).toMatch(/\tinternal\tHTTPS:8443\tTLSV1\tELBSecurityPolicy-2016-08\tno\t/);
    // Under 30 days left is a warning; the rest is plain.
    expect(partner).toMatch(/partner-gateway\.example\.com \(\d+ DAYS LEFT\)\napi\.example\.com \(\d+ days left\)/);
    await page.selectOption('#t-plaintext', 'yes');
    expect(await matching(page, 't')).toBe(1);
    await page.selectOption('#t-plaintext', '');
    await page.selectOption('#t-exposure', 'internet');
    expect(await matching(page, 't')).toBe(2);
    expect(problems).toEqual([]);
    expect(requests.every((u) => u.startsWith('file:'))).toBe(true);
    await page.close();
  });

  it('shows, per certificate, the endpoints that stop serving TLS when it expires, internet-facing first', async () => {
    const { page, problems } = await openReport(browser, input, 'transit-certificates.html');
    await page.fill('#c-search', 'partner-gateway');
    expect(await matching(page, 'c')).toBe(1);
    const cell = page.locator('#c-rows > tr.cp-row details.protects');
    expect(await cell.locator('summary').textContent()).toBe('2 endpoints (1 internet-facing)');
    await cell.locator('summary').click();
    const listed = await cell.locator('li').allTextContents();
    expect(listed[0]).toContain('shop-public:443 (elbv2.listener, internet)');
    expect(listed[1]).toContain('partner-internal:8443 (elbv2.listener, internal)');
    // A certificate no endpoint presents says so.
    await page.fill('#c-search', 'old-campaign');
    await page.selectOption('#c-window', '');
    expect(await page.locator('#c-rows > tr.cp-row').first().innerText()).toContain('none found');
    expect(problems).toEqual([]);
    await page.close();
  });
});
