/** The text `scan --plan` prints after the listing phase: expected calls per service and the quota-bound time. */
import type { ScanPlan } from '../collect/index.ts';

const number = (n: number) => n.toLocaleString('en-US');
const seconds = (s: number) => `${s.toFixed(1)} s`;

export function renderPlan(plan: ScanPlan, callsSoFar: number): string {
  const rows = Object.entries(plan.services)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([service, s]) => [
      service,
      number(s.list),
      `${s.estimated ? '<= ' : ''}${number(s.detail)}`,
      `${s.estimated ? '<= ' : ''}${number(s.total)}`,
      seconds(s.quotaSeconds),
    ]);
  const header = ['service', 'listing', 'detail', 'total', 'quota-bound'];
  const table = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  const line = (r: string[]) => `  ${r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')}`;
  const out = [`Plan after the listing calls (${number(callsSoFar)} API calls made so far):`, line(header), ...rows.map(line)];
  out.push(`  expected API calls in all: ${number(plan.total)}`);
  const slowest = plan.slowest;
  out.push(
    slowest && slowest.seconds > 0
      ? `  quota-bound time: ${seconds(plan.quotaBoundSeconds)} (${slowest.bucket} in ${slowest.region}: ${number(slowest.calls)} calls at ${slowest.rate}/s after a burst of ${slowest.burst})`
      : '  quota-bound time: 0.0 s (every call fits within the quotas’ bursts)',
  );
  out.push(`  round trips that wait for each other: ${plan.sequentialRoundTrips}`);
  if (Object.values(plan.services).some((s) => s.estimated)) {
    out.push('  <= : an upper bound (KMS rotation, tags and grants are known only after DescribeKey)');
  }
  return `${out.join('\n')}\n`;
}
