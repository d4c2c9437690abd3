/** `scan --quota-share F`: pace (and plan) at a share of each documented AWS quota, leaving the rest to other tools. */
import { InvalidArgumentError } from 'commander';
import type { QuotaTable } from '../collect/pacing.ts';

export function parseShare(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 1) throw new InvalidArgumentError('must be a fraction above 0 and at most 1, e.g. 0.5');
  return n;
}

/** Every rate and burst times `share` (a burst stays at least 1). */
export function shareOfQuotas(quotas: QuotaTable, share: number): QuotaTable {
  return Object.fromEntries(
    Object.entries(quotas).map(([name, q]) => [name, { ...q, rate: q.rate * share, burst: Math.max(1, Math.floor(q.burst * share)) }]),
  );
}
