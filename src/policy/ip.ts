/** IPv4 and IPv6 addresses and CIDR ranges, as the `IpAddress` condition operators take them. */

export interface Cidr {
  version: 4 | 6;
  network: bigint;
  prefix: number;
}

function parseV4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let n = 0n;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return undefined;
    n = (n << 8n) | BigInt(Number(p));
  }
  return n;
}

function parseV6(text: string): bigint | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (h: string) => (h === '' ? [] : h.split(':'));
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  const missing = 8 - head.length - tail.length;
  if ((halves.length === 1 && missing !== 0) || missing < 0) return undefined;
  let n = 0n;
  for (const g of [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail]) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
    n = (n << 16n) | BigInt(parseInt(g, 16));
  }
  return n;
}

/** Parses `203.0.113.0/24`, `203.0.113.7`, `2001:db8::/32`; undefined when it is neither. */
export function parseCidr(text: string): Cidr | undefined {
  const [addr, bits, extra] = text.trim().split('/');
  if (addr === undefined || extra !== undefined) return undefined;
  const version = addr.includes(':') ? 6 : 4;
  const width = version === 4 ? 32 : 128;
  const value = version === 4 ? parseV4(addr) : parseV6(addr);
  if (value === undefined) return undefined;
  const prefix = bits === undefined ? width : /^\d{1,3}$/.test(bits) ? Number(bits) : NaN;
  if (!(prefix >= 0 && prefix <= width)) return undefined;
  const mask = prefix === 0 ? 0n : ((1n << BigInt(prefix)) - 1n) << BigInt(width - prefix);
  return { version, network: value & mask, prefix };
}

/** Whether every address of `inner` is in `outer`. */
export function cidrContains(outer: Cidr, inner: Cidr): boolean {
  if (outer.version !== inner.version || outer.prefix > inner.prefix) return false;
  const width = outer.version === 4 ? 32 : 128;
  const mask = outer.prefix === 0 ? 0n : ((1n << BigInt(outer.prefix)) - 1n) << BigInt(width - outer.prefix);
  return (inner.network & mask) === outer.network;
}

/**
 * A range so wide that it does not narrow where a caller may come from: shorter than /8
 * for IPv4 or /32 for IPv6 (a /8 is one of the 256 largest IPv4 allocations).
 */
export function isBroadRange(cidr: Cidr): boolean {
  return cidr.prefix < (cidr.version === 4 ? 8 : 32);
}
