import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { clientData, embedJson, PROTECTS_LISTED, type ClientData } from '../../../src/report/html/client-data.ts';
import { buildModel, humanTime, plural } from '../../../src/report/html/model.ts';
import type { SnapshotNode } from '../../../src/graph/snapshot-types.ts';
import { renderHtml, type ReportInput } from '../../../src/report/index.ts';
import { DEMO_SNAPSHOT, demoInput } from '../../support/synthetic-report.ts';
import { runCliProcess } from '../../support/cli.ts';

/** The JSON the page's script reads, parsed back from the HTML. */
function embedded(html: string): ClientData {
  return JSON.parse(/<script type="application\/json" id="cp-data">([\s\S]*?)<\/script>/.exec(html)![1]!) as ClientData;
}

function withCertificates(input: ReportInput, daysLeft: number[]): ReportInput {
  const started = Date.parse(input.snapshot.scan.startedAt);
  const nodes: SnapshotNode[] = input.snapshot.graph.nodes.filter((n) => n.type !== 'acm.certificate');
  daysLeft.forEach((days, i) =>
    nodes.push({
      id: `arn:aws:acm:eu-west-1:123456789012:certificate/${i}`,
      type: 'acm.certificate',
      account: '123456789012',
      region: 'eu-west-1',
      name: `c${i}.example.com`,
      tags: {},
      attributes: { domainName: `c${i}.example.com`, notAfter: new Date(started + days * 86_400_000).toISOString() },
    }),
  );
  return { ...input, snapshot: { ...input.snapshot, graph: { ...input.snapshot.graph, nodes } } };
}

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the HTML report (as text)', () => {
  it('embeds JSON that cannot close its script element and parses back to the same value', () => {
    const value = { name: '</script><script>alert(1)</script>', c: '<!-- x -->', s: 'a\u2028b\u2029c & d' };
    const text = embedJson(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });

  it('allows exactly its own inline style and script by hash and forbids every request', async () => {
    const html = renderHtml(await demoInput());
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!;
    expect(csp).toMatch(/^default-src 'none'; /);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    expect(csp).toContain(`script-src ${hash(scripts[0]!)}`);
    expect(csp).toContain(`style-src ${hash(style)}`);
    // Nothing loads from elsewhere: no src attribute, no stylesheet link, links only to documentation on click.
    expect(html).not.toMatch(/\ssrc=/);
    expect(html).not.toMatch(/<link\b/);
    expect(html).not.toMatch(/\sstyle="/);
  });

  it('ships the page script compiled from client.ts (npm run generate)', () => {
    expect(() => execFileSync(process.execPath, ['scripts/generate-client-script.ts', '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('embeds failures, errors and unknowns with their evidence, and only counts passing and not-applicable results', async () => {
    const input = await demoInput();
    const listed = input.evaluation.results.filter((r) => r.status === 'fail' || r.status === 'error' || r.status === 'unknown');
    const data = embedded(renderHtml(input));
    expect(data.results).toHaveLength(listed.length);
    expect(data.results.every((r) => r.s === 'fail' || r.s === 'error' || r.s === 'unknown')).toBe(true);
    expect(data.results.filter((r) => r.e && r.e.length > 0)).toHaveLength(listed.filter((r) => r.evidence.length > 0).length);
    expect(data.counts).toEqual(input.evaluation.summary.byStatus);
    expect(data.counts.pass).toBeGreaterThan(0);
    expect(data.passingListed).toBe(false);
    const all = embedded(renderHtml(input, { passing: true }));
    expect(all.results).toHaveLength(input.evaluation.results.length);
    expect(all.passingListed).toBe(true);
    // The rules section and the compliance matrix count what is not listed.
    const model = buildModel(input);
    for (const rule of model.rules) {
      const mine = input.evaluation.results.filter((r) => r.ruleId === rule.id);
      expect(rule.counts.pass).toBe(mine.filter((r) => r.status === 'pass').length);
      expect(rule.counts.not_applicable).toBe(mine.filter((r) => r.status === 'not_applicable').length);
    }
  });

  it('scores each framework: passing controls of the evaluated ones, and resources that pass every mapped control', async () => {
    const input = await demoInput();
    const model = buildModel(input);
    expect(model.compliance.length).toBeGreaterThan(0);
    for (const f of model.compliance) {
      expect(f.score.passing).toBe(f.controls.filter((c) => c.status === 'pass').length);
      expect(f.score.evaluated).toBe(f.controls.filter((c) => c.status !== 'n/a').length);
      // The resources, counted independently from the results of the framework's rules.
      const rules = new Set(
        input.evaluation.rules
          .filter((r) => r.compliance.some((m) => (m.version ? `${m.framework} ${m.version}` : m.framework) === f.framework))
          .map((r) => r.id),
      );
      const evaluated = input.evaluation.results.filter((r) => rules.has(r.ruleId) && r.status !== 'not_applicable');
      const ids = new Set(evaluated.map((r) => r.resource.id));
      const notPassing = new Set(evaluated.filter((r) => r.status !== 'pass').map((r) => r.resource.id));
      expect(f.resources).toEqual({ passing: ids.size - notPassing.size, evaluated: ids.size });
    }
    const html = renderHtml(input);
    const first = model.compliance[0]!;
    expect(html).toContain(`${first.score.passing} of ${plural(first.score.evaluated, 'evaluated control')} pass`);
  });

  it('puts certificates in the expiry windows: expired, under 7, 30, 45 and 90 days, later', async () => {
    const input = withCertificates(await demoInput(), [-400, -0.01, 0, 6.9, 7, 29.9, 30, 44, 45, 89.9, 90, 1000]);
    const model = buildModel(input);
    expect(Object.fromEntries(model.histogram.map((h) => [h.bucket, h.count]))).toEqual({
      expired: 2,
      '7d': 2,
      '30d': 2,
      '45d': 2,
      '90d': 2,
      later: 2,
    });
    const html = renderHtml(input);
    expect(html.match(/<g class="hbar"/g)).toHaveLength(6);
  });

  it('writes dates in UTC to the minute with the ISO time on hover, and counts in words that agree', async () => {
    expect(humanTime('2026-12-04T20:36:59.123Z')).toBe('2026-12-04 20:36 UTC');
    expect(humanTime('2026-12-04T22:36:00+02:00')).toBe('2026-12-04 20:36 UTC');
    expect(humanTime('not a date')).toBe('not a date');
    expect(plural(1, 'resource')).toBe('1 resource');
    expect(plural(2, 'resource')).toBe('2 resources');
    expect(plural(1200, 'entry', 'entries')).toBe('1,200 entries');
    const input = await demoInput();
    const html = renderHtml(input);
    const started = input.snapshot.scan.startedAt;
    expect(html).toContain(`<time datetime="${started}" title="${started}">${humanTime(started)}</time>`);
  });

  it("lists at most a few of a key's protected resources and counts them all", async () => {
    const input = await demoInput();
    const model = buildModel(input);
    const key = model.keys[0]!;
    const many = {
      ...key,
      protects: Array.from({ length: PROTECTS_LISTED + 10 }, (_, i) => ({
        id: `r${i}`,
        name: `r${i}`,
        type: i % 4 === 0 ? 'rds.instance' : i % 4 === 1 ? 'ec2.volume' : 's3.bucket',
        via: 'encrypted-by' as const,
      })),
    };
    const data = clientData(input, { keys: [many], certificates: [], endpoints: [] });
    expect(data.keys[0]!.protects).toHaveLength(PROTECTS_LISTED);
    expect(data.keys[0]!.protectsCount).toBe(PROTECTS_LISTED + 10);
    // Every protected resource is counted by its service, listed or not, in registry order.
    expect(data.keys[0]!.protectsByService).toEqual([
      { service: 's3', count: 10 },
      { service: 'ebs', count: 5 },
      { service: 'rds', count: 5 },
    ]);
  });

  it('--html-passing lists the passing results in report.html', async () => {
    const out = mkdtempSync(join(tmpdir(), 'cp-html-passing-'));
    const run = await runCliProcess([
      'evaluate',
      '--snapshot',
      DEMO_SNAPSHOT,
      '--out',
      out,
      '--format',
      'html',
      '--html-passing',
      '--fail-on',
      'none',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(3);
    const data = embedded(readFileSync(join(out, 'report.html'), 'utf8'));
    expect(data.passingListed).toBe(true);
    expect(data.results.some((r) => r.s === 'pass')).toBe(true);
  });
});
