/**
 * A plain-text summary of what a snapshot holds: scope, resources by type, API calls and
 * gaps. Pure: returns the text, the driver prints it.
 */
import type { Snapshot } from '../graph/snapshot-types.ts';
import { terminalSafe as safe } from '../text/terminal-safe.ts';

export interface TextStyle {
  bold: (s: string) => string;
  dim: (s: string) => string;
  red: (s: string) => string;
  yellow: (s: string) => string;
  green: (s: string) => string;
}

/** The share of planned calls that succeeded, in percent (rounded down: 99.95 % is not 100 %); undefined when not counted. */
export function coveragePercent(snapshot: Snapshot): number | undefined {
  const c = snapshot.scan.coverage;
  if (c === undefined) return undefined;
  if (c.plannedCalls === 0) return snapshot.gaps.length === 0 ? 100 : 0;
  return Math.floor((Math.min(c.succeededCalls, c.plannedCalls) / c.plannedCalls) * 1000) / 10;
}

/** Services and regions left unknown: those with a listing-level gap (no single resource) or an unfinished task. */
export function unknownAreas(snapshot: Snapshot): string[] {
  const regions = new Map<string, Set<string>>();
  const add = (service: string, region: string) => {
    const set = regions.get(service) ?? new Set<string>();
    set.add(region === '' ? 'global' : region);
    regions.set(service, set);
  };
  for (const g of snapshot.gaps) if (g.resource === undefined) add(g.service, g.region);
  for (const u of snapshot.scan.unfinished) add(u.service, u.region);
  return [...regions.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([service, at]) => `${service} (${[...at].sort().join(', ')})`);
}

const plain: TextStyle = { bold: (s) => s, dim: (s) => s, red: (s) => s, yellow: (s) => s, green: (s) => s };

export function renderInventory(snapshot: Snapshot, style: TextStyle = plain, options: { maxGaps?: number } = {}): string {
  const lines: string[] = [];
  const s = snapshot.scan;
  const calls = s.apiCalls.reduce((n, c) => n + c.attempts, 0);
  const throttled = s.apiCalls.reduce((n, c) => n + c.throttled, 0);
  lines.push(style.bold(`Scan of account ${s.accounts.join(', ')} (${s.regions.length} regions: ${s.regions.join(', ')})`));
  lines.push(
    `services: ${s.services.join(', ')}; ${calls} API calls${throttled > 0 ? ` (${throttled} throttled)` : ''}; ${s.startedAt} to ${s.finishedAt}`,
  );
  const counts = new Map<string, number>();
  for (const node of snapshot.graph.nodes) counts.set(node.type, (counts.get(node.type) ?? 0) + 1);
  lines.push('');
  lines.push(style.bold('Resources'));
  if (counts.size === 0) lines.push('  (none)');
  for (const [type, count] of [...counts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    lines.push(`  ${type.padEnd(22)} ${String(count).padStart(6)}`);
  }
  lines.push('');
  const percent = coveragePercent(snapshot);
  if (percent !== undefined && s.coverage !== undefined) {
    const unknown = unknownAreas(snapshot);
    lines.push(
      `Coverage: ${percent} % of planned calls succeeded (${s.coverage.succeededCalls} of ${s.coverage.plannedCalls})${unknown.length > 0 ? `; not collected: ${unknown.join(', ')}` : ''}`,
    );
  }
  if (snapshot.gaps.length === 0 && s.unfinished.length === 0) {
    lines.push(style.green('Complete: every call succeeded.'));
  } else {
    lines.push(
      style.yellow(
        `Incomplete: ${snapshot.gaps.length} collection gaps${s.unfinished.length > 0 ? `, ${s.unfinished.length} tasks unfinished` : ''}`,
      ),
    );
    const max = options.maxGaps ?? 20;
    for (const g of snapshot.gaps.slice(0, max)) {
      lines.push(
        `  ${g.service}:${g.operation} ${g.region || 'global'}${g.resource ? ` ${safe(g.resource)}` : ''}: ${safe(g.code)}: ${safe(g.message)}`,
      );
    }
    if (snapshot.gaps.length > max) lines.push(style.dim(`  ... and ${snapshot.gaps.length - max} more (all are in the snapshot)`));
  }
  return `${lines.join('\n')}\n`;
}

/** API call counts per operation, for --verbose. */
export function renderCallCounts(snapshot: Snapshot): string {
  const byOp = new Map<string, { attempts: number; throttled: number; errors: number }>();
  for (const c of snapshot.scan.apiCalls) {
    const key = `${c.service}:${c.operation}`;
    const e = byOp.get(key) ?? { attempts: 0, throttled: 0, errors: 0 };
    e.attempts += c.attempts;
    e.throttled += c.throttled;
    e.errors += c.errors;
    byOp.set(key, e);
  }
  const lines = ['API calls (attempts, retries included):'];
  for (const [op, e] of [...byOp.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    lines.push(
      `  ${op.padEnd(48)} ${String(e.attempts).padStart(7)}${e.throttled ? `  throttled ${e.throttled}` : ''}${e.errors ? `  failed ${e.errors}` : ''}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
