/** Parsers for option values; a bad value is a usage error (exit 2) that names the option. */
import { InvalidArgumentError } from 'commander';
import { isService, SERVICES, type Service } from '../graph/types.ts';

export function parseList(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function parseServices(value: string): Service[] {
  const list = parseList(value);
  const bad = list.filter((s) => !isService(s));
  if (bad.length > 0) throw new InvalidArgumentError(`unknown service ${bad.join(', ')}; known: ${SERVICES.join(', ')}`);
  if (list.length === 0) throw new InvalidArgumentError('no service named');
  return list as Service[];
}

export function parseRegions(value: string): string[] {
  const list = parseList(value);
  const bad = list.filter((r) => !/^[a-z]{2}(-[a-z]+)+-\d+$/.test(r));
  if (bad.length > 0) throw new InvalidArgumentError(`not a region name: ${bad.join(', ')} (example: eu-west-1)`);
  if (list.length === 0) throw new InvalidArgumentError('no region named');
  return list;
}

export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a positive whole number');
  return n;
}

export function parseUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
    return value.replace(/\/+$/, '');
  } catch {
    throw new InvalidArgumentError('must be an http(s) URL, e.g. http://127.0.0.1:5000');
  }
}

export function parseAccounts(value: string): string[] {
  const list = parseList(value);
  const bad = list.filter((a) => !/^\d{12}$/.test(a));
  if (bad.length > 0) throw new InvalidArgumentError(`not a 12-digit account id: ${bad.join(', ')}`);
  if (list.length === 0) throw new InvalidArgumentError('no account named');
  return list;
}

export const FAIL_ON = ['none', 'info', 'low', 'medium', 'high', 'critical'] as const;

/** Repeatable option: collects every value. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** A percentage from 0 to 100 (`--min-coverage`). */
export function parsePercent(value: string): number {
  const n = Number(value.replace(/%$/, ''));
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) throw new InvalidArgumentError('must be a percentage from 0 to 100');
  return n;
}

/** A duration in seconds: `90`, `90s`, `15m` or `1h` (`--max-duration`, `--request-timeout`). */
export function parseDuration(value: string): number {
  const match = /^(\d+(?:\.\d+)?)(s|m|h)?$/.exec(value.trim());
  const n = match ? Number(match[1]) * { s: 1, m: 60, h: 3600 }[(match[2] ?? 's') as 's' | 'm' | 'h'] : Number.NaN;
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('must be a positive duration in seconds, or with a unit: 90s, 15m, 1h');
  return n;
}
