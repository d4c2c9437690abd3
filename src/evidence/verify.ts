/**
 * `evidence verify`: recomputes every hash of a bundle and checks its signature, and says
 * exactly which file or signature does not match.
 */
import { CryptopostureError } from '../errors.ts';
import { compileSchema } from '../schema/validate.ts';
import { loadJsonResource } from '../resources.ts';
import { readArchive } from './archive.ts';
import { sha256, sha256Bytes } from './hash.ts';
import { verifyOffline } from './signature.ts';
import { MANIFEST_FILE, SIGNATURE_FILE, type EvidenceManifest, type EvidenceSignature, type RemoteVerifier } from './types.ts';

export interface VerifyOptions {
  /** Check the signature with KMS Verify instead of the bundled public key. */
  remote?: RemoteVerifier;
  /** Fail when the bundle is not signed. */
  requireSignature?: boolean;
}

export interface VerifyReport {
  ok: boolean;
  /** One line per mismatch, each naming the file (or signature) concerned. */
  problems: string[];
  filesChecked: number;
  signature: 'valid' | 'invalid' | 'absent';
  signedBy?: string;
  manifest?: EvidenceManifest;
}

const decoder = new TextDecoder();

export async function verifyEvidence(file: string, options: VerifyOptions = {}): Promise<VerifyReport> {
  let archive;
  try {
    archive = await readArchive(file);
  } catch (e) {
    throw new CryptopostureError('CP_USAGE', `${file} cannot be read as a .tar.gz evidence bundle: ${(e as Error).message}`, { cause: e });
  }
  const problems = archive.rejected.map((entry) => `${entry}: not a plain file at a safe path, ignored`);
  const manifestBytes = archive.files.get(MANIFEST_FILE);
  if (!manifestBytes) {
    return { ok: false, problems: [...problems, `${MANIFEST_FILE}: missing from the bundle`], filesChecked: 0, signature: 'absent' };
  }

  // The signature covers the manifest's bytes: check it first, so that a changed manifest is
  // reported as such even when the change also breaks its content.
  const signatureBytes = archive.files.get(SIGNATURE_FILE);
  let signature: VerifyReport['signature'] = 'absent';
  let signedBy: string | undefined;
  if (!signatureBytes) {
    if (options.requireSignature) problems.push(`${SIGNATURE_FILE}: missing, and a signature was required`);
  } else {
    const check = await checkSignature(signatureBytes, manifestBytes, options.remote);
    signature = check.ok ? 'valid' : 'invalid';
    signedBy = check.keyId;
    if (!check.ok) problems.push(`${SIGNATURE_FILE}: ${check.reason}`);
  }
  const done = (filesChecked: number, manifest?: EvidenceManifest): VerifyReport => ({
    ok: problems.length === 0,
    problems,
    filesChecked,
    signature,
    ...(signedBy ? { signedBy } : {}),
    ...(manifest ? { manifest } : {}),
  });

  let manifest: EvidenceManifest;
  try {
    manifest = JSON.parse(decoder.decode(manifestBytes)) as EvidenceManifest;
  } catch (e) {
    problems.push(`${MANIFEST_FILE}: not valid JSON (${(e as Error).message})`);
    return done(0);
  }
  const schemaProblems = compileSchema<EvidenceManifest>(loadJsonResource('schemas/evidence-manifest.schema.json')).problems(manifest);
  if (schemaProblems.length > 0) {
    problems.push(...schemaProblems.map((p) => `${MANIFEST_FILE} at ${p.pointer || '/'}: ${p.message}`));
    return done(0);
  }

  const listed = new Set<string>();
  for (const entry of manifest.files) {
    listed.add(entry.path);
    const content = archive.files.get(entry.path);
    if (!content) {
      problems.push(`${entry.path}: listed in the manifest but missing from the bundle`);
      continue;
    }
    const digest = sha256(content);
    if (digest !== entry.sha256) problems.push(`${entry.path}: SHA-256 is ${digest}, the manifest says ${entry.sha256}`);
    else if (content.byteLength !== entry.bytes)
      problems.push(`${entry.path}: ${content.byteLength} bytes, the manifest says ${entry.bytes}`);
  }
  for (const path of archive.files.keys()) {
    if (path !== MANIFEST_FILE && path !== SIGNATURE_FILE && !listed.has(path))
      problems.push(`${path}: in the bundle but not in the manifest`);
  }
  return done(manifest.files.length, manifest);
}

async function checkSignature(
  signatureBytes: Uint8Array,
  manifestBytes: Uint8Array,
  remote: RemoteVerifier | undefined,
): Promise<{ ok: true; keyId: string } | { ok: false; reason: string; keyId?: string }> {
  let signature: EvidenceSignature;
  try {
    signature = JSON.parse(decoder.decode(signatureBytes)) as EvidenceSignature;
  } catch (e) {
    return { ok: false, reason: `not valid JSON (${(e as Error).message})` };
  }
  const schemaProblems = compileSchema<EvidenceSignature>(loadJsonResource('schemas/evidence-signature.schema.json')).problems(signature);
  if (schemaProblems.length > 0) return { ok: false, reason: schemaProblems.map((p) => `at ${p.pointer || '/'}: ${p.message}`).join('; ') };
  const digest = sha256(manifestBytes);
  if (signature.manifestSha256 !== digest) {
    return {
      ok: false,
      keyId: signature.keyId,
      reason: `it signs a manifest whose SHA-256 is ${signature.manifestSha256}, but manifest.json hashes to ${digest}`,
    };
  }
  const message = sha256Bytes(manifestBytes);
  if (remote) {
    const valid = await remote.verify(signature, message);
    return valid
      ? { ok: true, keyId: signature.keyId }
      : {
          ok: false,
          keyId: signature.keyId,
          reason: `KMS Verify with ${signature.keyId} says the signature is not valid for manifest.json`,
        };
  }
  const check = verifyOffline(signature, message);
  return check.ok ? { ok: true, keyId: signature.keyId } : { ok: false, keyId: signature.keyId, reason: check.reason };
}
