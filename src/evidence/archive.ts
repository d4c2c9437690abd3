/** The bundle's container: a gzip-compressed tar of plain files, written and read with node-tar. */
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createGunzip } from 'node:zlib';
import { Parser, create, type ReadEntry } from 'tar';

export interface ArchiveEntry {
  path: string;
  content: Uint8Array;
}

export function isSafeEntryPath(path: string): boolean {
  return path !== '' && !path.startsWith('/') && !path.split('/').some((part) => part === '..' || part === '' || part === '.');
}

export async function writeArchive(file: string, entries: readonly ArchiveEntry[]): Promise<void> {
  const staging = await mkdtemp(join(tmpdir(), 'cryptoposture-evidence-'));
  try {
    for (const entry of entries) {
      if (!isSafeEntryPath(entry.path)) throw new Error(`unsafe path in bundle: ${entry.path}`);
      await mkdir(dirname(join(staging, entry.path)), { recursive: true });
      await writeFile(join(staging, entry.path), entry.content);
    }
    await mkdir(dirname(file), { recursive: true });
    await create(
      { gzip: true, file, cwd: staging, portable: true },
      entries.map((e) => e.path),
    );
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * What reading a bundle takes on at most: a bundle is a file someone hands over, and a few
 * megabytes of gzip can expand to gigabytes. Past a limit the reading stops.
 */
export const ARCHIVE_LIMITS = {
  /** Bytes of the uncompressed tar stream. */
  totalBytes: 512 * 1024 * 1024,
  /** Entries (files, folders and anything else). */
  entries: 10_000,
};

export type ArchiveLimits = typeof ARCHIVE_LIMITS;

export interface ReadArchive {
  files: Map<string, Uint8Array>;
  /** Entries that are not plain files at a safe path (links, devices, `..`), or that repeat a path: never trusted. */
  rejected: string[];
}

/** Why a bundle was not read to its end. */
export class ArchiveLimitError extends Error {}

const GZIP_MAGIC = [0x1f, 0x8b];
const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd];
const startsWith = (chunk: Buffer, magic: number[]) => magic.every((b, i) => chunk[i] === b);

/**
 * Reads every plain file of a .tar.gz into memory (nothing is written to disk). The gzip is
 * undone here, so that every byte it yields is counted before the tar parser sees it.
 */
export async function readArchive(file: string, limits: ArchiveLimits = ARCHIVE_LIMITS): Promise<ReadArchive> {
  const files = new Map<string, Uint8Array>();
  const seen = new Set<string>();
  const rejected: string[] = [];
  let entries = 0;
  let total = 0;
  const source = createReadStream(file);
  const gunzip = createGunzip();
  const parser = new Parser({
    strict: true,
    onReadEntry: (entry: ReadEntry) => {
      const path = entry.path.replace(/^\.\//, '');
      if (++entries > limits.entries) {
        entry.resume();
        parser.abort(new ArchiveLimitError(`the bundle has more than ${limits.entries} entries`));
        return;
      }
      const duplicate = seen.has(path);
      seen.add(path);
      const unsafe = entry.type !== 'File' || !isSafeEntryPath(path);
      if (duplicate) {
        rejected.push(`${path} (a second entry with this path)`);
        files.delete(path);
      } else if (unsafe && entry.type !== 'Directory') rejected.push(`${path} (${entry.type})`);
      if (duplicate || unsafe) {
        // Skipped, but read through: the parser goes on only once an entry's data is consumed.
        entry.resume();
        return;
      }
      const chunks: Buffer[] = [];
      entry.on('data', (chunk: Buffer) => chunks.push(chunk));
      entry.on('end', () => {
        if (!rejected.includes(`${path} (a second entry with this path)`)) files.set(path, new Uint8Array(Buffer.concat(chunks)));
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    let first = true;
    const stop = (e: unknown) => {
      source.destroy();
      gunzip.destroy();
      reject(e instanceof Error ? e : new Error(String(e)));
    };
    source.on('error', stop);
    gunzip.on('error', stop);
    parser.on('error', stop);
    parser.on('abort', stop);
    parser.on('end', () => resolve());
    gunzip.on('data', (chunk: Buffer) => {
      if (first && (startsWith(chunk, GZIP_MAGIC) || startsWith(chunk, ZSTD_MAGIC))) {
        stop(new ArchiveLimitError('the bundle is compressed twice'));
        return;
      }
      first = false;
      total += chunk.byteLength;
      if (total > limits.totalBytes) {
        stop(new ArchiveLimitError(`the bundle expands to more than ${limits.totalBytes} bytes`));
        return;
      }
      parser.write(chunk);
    });
    gunzip.on('end', () => parser.end());
    source.pipe(gunzip);
  });
  return { files, rejected };
}
