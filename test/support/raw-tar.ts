/**
 * Tar archives written byte by byte (ustar headers), so that tests can make what node-tar
 * would refuse to write: repeated paths, links, names with control characters, bombs.
 */
import { gzipSync } from 'node:zlib';

export interface RawEntry {
  path: string;
  content?: Uint8Array | string;
  /** `0` file (default), `2` symbolic link, `5` folder. */
  type?: '0' | '2' | '5';
  linkTarget?: string;
  /** Claimed size for a file whose content is `size` zero bytes (for bombs). */
  zeros?: number;
}

function header(entry: RawEntry, size: number): Buffer {
  const h = Buffer.alloc(512);
  const put = (text: string, offset: number, length: number) => h.write(text.slice(0, length), offset, length, 'utf8');
  const octal = (n: number, length: number) => n.toString(8).padStart(length - 1, '0');
  put(entry.path, 0, 100);
  put(`${octal(0o644, 8)}\0`, 100, 8);
  put(`${octal(0, 8)}\0`, 108, 8);
  put(`${octal(0, 8)}\0`, 116, 8);
  put(`${octal(size, 12)}\0`, 124, 12);
  put(`${octal(0, 12)}\0`, 136, 12);
  h.fill(' ', 148, 156);
  put(entry.type ?? '0', 156, 1);
  put(entry.linkTarget ?? '', 157, 100);
  put('ustar\0', 257, 6);
  put('00', 263, 2);
  let sum = 0;
  for (const b of h) sum += b;
  put(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8);
  return h;
}

/** The uncompressed tar of `entries`. */
export function rawTar(entries: readonly RawEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const entry of entries) {
    const content = entry.zeros !== undefined ? Buffer.alloc(entry.zeros) : Buffer.from(entry.content ?? '');
    const size = entry.type === '2' || entry.type === '5' ? 0 : content.length;
    parts.push(header(entry, size));
    if (size > 0) parts.push(content, Buffer.alloc((512 - (size % 512)) % 512));
  }
  parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}

export function rawTarGz(entries: readonly RawEntry[]): Buffer {
  return gzipSync(rawTar(entries));
}
