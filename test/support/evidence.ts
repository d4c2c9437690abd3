/** Helpers for evidence tests: a scan output folder, local signers shaped like KMS's, bundle surgery. */
import { generateKeyPairSync, sign, constants, type KeyObject } from 'node:crypto';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateSnapshot, prepareRules } from '../../src/engine/index.ts';
import { readArchive, writeArchive } from '../../src/evidence/archive.ts';
import type { ManifestSigner } from '../../src/evidence/types.ts';
import { readSnapshotFile } from '../../src/graph/snapshot.ts';
import { renderReports } from '../../src/report/index.ts';
import { resourcePath } from '../../src/resources.ts';

/** A scan output folder made from the bundled demo snapshot, as `scan --save-snapshot` writes it. */
export async function demoOutputFolder(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'cp-evidence-src-'));
  const file = resourcePath('fixtures/demo/snapshot.json');
  copyFileSync(file, join(dir, 'snapshot.json'));
  const run = await readSnapshotFile(file);
  const evaluation = evaluateSnapshot(run, prepareRules({}));
  for (const report of renderReports({ evaluation, snapshot: run.snapshot })) writeFileSync(join(dir, report.file), report.content);
  return dir;
}

/** A signer with a local key, answering like KMS Sign/GetPublicKey (DER signatures, SPKI public key). */
export function localSigner(
  kind: 'ec' | 'rsa',
  keyId = `arn:aws:kms:eu-west-1:111122223333:key/local-${kind}`,
): ManifestSigner & { publicKey: KeyObject } {
  const { privateKey, publicKey } =
    kind === 'ec' ? generateKeyPairSync('ec', { namedCurve: 'P-256' }) : generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    publicKey,
    async sign(message) {
      const signature =
        kind === 'ec'
          ? sign('sha256', message, privateKey)
          : sign('sha256', message, { key: privateKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 });
      return {
        keyId,
        keySpec: kind === 'ec' ? 'ECC_NIST_P256' : 'RSA_2048',
        signingAlgorithm: kind === 'ec' ? 'ECDSA_SHA_256' : 'RSASSA_PSS_SHA_256',
        signature: signature.toString('base64'),
        publicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
      };
    },
  };
}

/** Rewrites a bundle with `change` applied to its files (in memory), into a new file. */
export async function tamper(bundle: string, change: (files: Map<string, Uint8Array>) => void): Promise<string> {
  const { files } = await readArchive(bundle);
  change(files);
  const out = join(mkdtempSync(join(tmpdir(), 'cp-evidence-tampered-')), 'evidence.tar.gz');
  await writeArchive(
    out,
    [...files.entries()].map(([path, content]) => ({ path, content })),
  );
  return out;
}

export function flipByte(content: Uint8Array, at = Math.floor(content.byteLength / 2)): Uint8Array {
  const copy = new Uint8Array(content);
  // A printable change, so that text stays text: the tamper is in the value, not the encoding.
  copy[at] = copy[at] === 0x41 ? 0x42 : 0x41;
  return copy;
}
