/** The bundle's container: a gzip-compressed tar of plain files, written and read with node-tar. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { create, list, type ReadEntry } from 'tar';

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

export interface ReadArchive {
  files: Map<string, Uint8Array>;
  /** Entries that are not plain files at a safe path (links, devices, `..`): never trusted. */
  rejected: string[];
}

/** Reads every plain file of a .tar.gz into memory (nothing is written to disk). */
export async function readArchive(file: string): Promise<ReadArchive> {
  const files = new Map<string, Uint8Array>();
  const rejected: string[] = [];
  await list({
    file,
    strict: true,
    onReadEntry: (entry: ReadEntry) => {
      const path = entry.path.replace(/^\.\//, '');
      if (entry.type === 'Directory') return;
      if (entry.type !== 'File' || !isSafeEntryPath(path)) {
        rejected.push(`${path} (${entry.type})`);
        return;
      }
      const chunks: Buffer[] = [];
      entry.on('data', (chunk: Buffer) => chunks.push(chunk));
      entry.on('end', () => files.set(path, new Uint8Array(Buffer.concat(chunks))));
    },
  });
  return { files, rejected };
}
