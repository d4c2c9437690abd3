import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { embedJson } from '../../../src/report/html/client-data.ts';
import { renderHtml } from '../../../src/report/index.ts';
import { demoInput } from '../../support/synthetic-report.ts';

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
});
