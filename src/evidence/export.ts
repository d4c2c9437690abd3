/**
 * `evidence export`: packs a scan's output folder into a bundle an auditor can check: the
 * outputs, per-framework control matrices, a manifest with the SHA-256 of every file and
 * the scan's coverage, and optionally a KMS signature of the manifest.
 */
import { constants } from 'node:fs';
import { lstat, open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Provenance, RuleSummary } from '../engine/types.ts';
import { CryptopostureError } from '../errors.ts';
import { readSnapshotFile } from '../graph/snapshot.ts';
import type { Snapshot } from '../graph/snapshot-types.ts';
import { packageVersion } from '../resources.ts';
import { writeArchive, type ArchiveEntry } from './archive.ts';
import { controlMatrices, controlMatrixCsv, type ControlResult } from './controls.ts';
import { sha256, sha256Bytes } from './hash.ts';
import { MANIFEST_FILE, SIGNATURE_FILE, type EvidenceManifest, type EvidenceSignature, type ManifestSigner } from './types.ts';

/** What the bundle needs from findings.json (written by scan/evaluate with the json format). */
export interface FindingsForEvidence {
  rules: RuleSummary[];
  results: ControlResult[];
  provenance?: Provenance;
}

export interface ExportOptions {
  /** The scan's output folder: snapshot.json and findings.json, plus the reports written with them. */
  from: string;
  out: string;
  signer?: ManifestSigner;
  now?: () => Date;
}

export interface ExportResult {
  manifest: EvidenceManifest;
  signature?: EvidenceSignature;
  file: string;
  /** Entries of the folder left out because they are not regular files (symbolic links are never followed). */
  skipped: string[];
}

const encoder = new TextEncoder();

export async function exportEvidence(options: ExportOptions): Promise<ExportResult> {
  const now = options.now ?? (() => new Date());
  const snapshotFile = join(options.from, 'snapshot.json');
  const findingsFile = join(options.from, 'findings.json');
  for (const file of [snapshotFile, findingsFile]) {
    const kind = await entryKind(file);
    if (kind !== 'file' && kind !== 'missing') {
      throw new CryptopostureError('CP_USAGE', `${file} is a ${kind}: evidence export reads only regular files and never follows links`);
    }
    if (kind === 'missing') {
      throw new CryptopostureError(
        'CP_USAGE',
        `${options.from} has no ${file.endsWith('snapshot.json') ? 'snapshot.json' : 'findings.json'}: export evidence from the output folder of \`scan --save-snapshot\` (or \`evaluate\`) with the json format`,
      );
    }
  }
  const { snapshot } = await readSnapshotFile(snapshotFile);
  const findings = parseFindings(new TextDecoder().decode(await readRegularFile(findingsFile)), findingsFile);

  const entries: ArchiveEntry[] = [];
  const skipped: string[] = [];
  for (const name of (await readdir(options.from)).sort()) {
    const path = join(options.from, name);
    if (name.endsWith('.tar.gz') || name === MANIFEST_FILE || name === SIGNATURE_FILE) continue;
    const kind = await entryKind(path);
    if (kind === 'directory') continue;
    if (kind !== 'file') {
      skipped.push(`${name} (${kind}, not followed)`);
      continue;
    }
    entries.push({ path: `scan/${name}`, content: await readRegularFile(path) });
  }
  for (const [framework, rows] of controlMatrices(findings.rules, findings.results)) {
    entries.push({ path: `controls/${framework}.csv`, content: encoder.encode(controlMatrixCsv(rows)) });
  }

  const manifest = buildManifest(snapshot, findings, entries, now());
  const manifestBytes = encoder.encode(`${JSON.stringify(manifest, null, 2)}\n`);
  const all: ArchiveEntry[] = [...entries, { path: MANIFEST_FILE, content: manifestBytes }];
  let signature: EvidenceSignature | undefined;
  if (options.signer) {
    const digest = sha256Bytes(manifestBytes);
    const signed = await options.signer.sign(digest);
    signature = {
      format: 'cryptoposture-evidence-signature',
      formatVersion: 1,
      ...signed,
      signedMessage: 'sha256(manifest.json)',
      manifestSha256: sha256(manifestBytes),
      signedAt: now().toISOString(),
    };
    all.push({ path: SIGNATURE_FILE, content: encoder.encode(`${JSON.stringify(signature, null, 2)}\n`) });
  }
  await writeArchive(options.out, all);
  return { manifest, ...(signature ? { signature } : {}), file: options.out, skipped };
}

export function buildManifest(
  snapshot: Snapshot,
  findings: FindingsForEvidence,
  entries: readonly ArchiveEntry[],
  createdAt: Date,
): EvidenceManifest {
  const s = snapshot.scan;
  const planned = s.accounts.length * s.regions.length * s.services.length;
  return {
    format: 'cryptoposture-evidence',
    formatVersion: 1,
    createdAt: createdAt.toISOString(),
    tool: { name: 'cryptoposture', version: packageVersion() },
    scan: {
      id: s.id,
      startedAt: s.startedAt,
      finishedAt: s.finishedAt,
      caller: s.caller,
      accounts: s.accounts,
      regions: s.regions,
      services: s.services,
      complete: s.complete,
      coverage: { tasksPlanned: planned, tasksUnfinished: s.unfinished.length, unfinished: s.unfinished, gaps: snapshot.gaps },
      apiCalls: {
        total: s.apiCalls.reduce((n, c) => n + c.attempts, 0),
        throttled: s.apiCalls.reduce((n, c) => n + c.throttled, 0),
        byOperation: s.apiCalls,
      },
    },
    // findings.json written before provenance was recorded: the rules' metadata is what is known.
    rulePack: findings.provenance?.rulePack ?? { digest: sha256(JSON.stringify(findings.rules)), rules: findings.rules.length },
    config: findings.provenance?.config ?? { digest: 'unknown' },
    files: entries
      .map((e) => ({ path: e.path, sha256: sha256(e.content), bytes: e.content.byteLength }))
      .sort((a, b) => (a.path < b.path ? -1 : 1)),
  };
}

function parseFindings(text: string, file: string): FindingsForEvidence {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new CryptopostureError('CP_USAGE', `${file} is not valid JSON: ${(e as Error).message}`);
  }
  const f = doc as Partial<FindingsForEvidence> | null;
  if (!f || !Array.isArray(f.rules) || !Array.isArray(f.results))
    throw new CryptopostureError('CP_USAGE', `${file} is not a findings.json written by cryptoposture (no rules and results)`);
  return f as FindingsForEvidence;
}

async function entryKind(path: string): Promise<'file' | 'directory' | 'symbolic link' | 'special file' | 'missing'> {
  try {
    const info = await lstat(path);
    if (info.isSymbolicLink()) return 'symbolic link';
    return info.isFile() ? 'file' : info.isDirectory() ? 'directory' : 'special file';
  } catch {
    return 'missing';
  }
}

/**
 * A regular file's bytes, opened without following a symbolic link (O_NOFOLLOW) and checked to
 * be a regular file once open, so that a link swapped in after the folder was listed is refused.
 */
async function readRegularFile(path: string): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (e) {
    throw new CryptopostureError('CP_USAGE', `${path} cannot be read as a regular file: ${(e as Error).message}`, { cause: e });
  }
  try {
    if (!(await handle.stat()).isFile()) throw new CryptopostureError('CP_USAGE', `${path} is not a regular file`);
    return new Uint8Array(await handle.readFile());
  } finally {
    await handle.close();
  }
}
