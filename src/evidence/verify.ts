/**
 * `evidence verify`: recomputes every hash of a bundle and checks its signature against the
 * key the caller trusts, and says exactly which file or signature does not match. A bundle
 * proves nothing about who made it unless its signature verifies under a key named by the
 * caller: a signature checked only with the key stored in the bundle is "present, signer not
 * verified", and a bundle without a signature fails unless unsigned bundles are allowed.
 */
import type { KeyObject } from 'node:crypto';
import { CryptopostureError } from '../errors.ts';
import { compileSchema } from '../schema/validate.ts';
import { loadJsonResource } from '../resources.ts';
import { ArchiveLimitError, readArchive, type ArchiveLimits } from './archive.ts';
import { sha256, sha256Bytes } from './hash.ts';
import { bundledPublicKey, publicKeyFingerprint, verifyWithKey } from './signature.ts';
import { MANIFEST_FILE, SIGNATURE_FILE, type EvidenceManifest, type EvidenceSignature, type RemoteVerifier } from './types.ts';

/**
 * The key the caller trusts to have signed: a KMS key (checked with KMS Verify), a public key
 * (checked offline), or the SHA-256 fingerprint of the public key the bundle must carry.
 */
export type TrustAnchor =
  | { kind: 'kms'; keyId: string; verifier: RemoteVerifier }
  | { kind: 'public-key'; key: KeyObject; source: string }
  | { kind: 'fingerprint'; fingerprint: string };

export interface VerifyOptions {
  /** The key the signature must verify under; without one a signature is never accepted. */
  anchor?: TrustAnchor;
  /** Accept a bundle without a signature (its hashes are still checked). */
  allowUnsigned?: boolean;
  limits?: ArchiveLimits;
}

export interface VerifyReport {
  ok: boolean;
  /** One line per mismatch, each naming the file (or signature) concerned. */
  problems: string[];
  filesChecked: number;
  /** `unverified`: a signature is present, but no trusted key was named to check it with. */
  signature: 'valid' | 'invalid' | 'unverified' | 'absent';
  /** The trusted key the signature verified under (only when `valid`). */
  signedBy?: string;
  /** The key signature.json says signed: a claim, not a proof. */
  claimedBy?: string;
  manifest?: EvidenceManifest;
}

const NO_ANCHOR =
  'signature present but signer not verified: name the key you trust with --key <kms-key-arn> (KMS Verify) or --public-key <file> / --public-key-sha256 <fingerprint> (offline)';

const decoder = new TextDecoder();

export async function verifyEvidence(file: string, options: VerifyOptions = {}): Promise<VerifyReport> {
  let archive;
  try {
    archive = await readArchive(file, options.limits);
  } catch (e) {
    if (e instanceof ArchiveLimitError) return { ok: false, problems: [`${e.message}: not read`], filesChecked: 0, signature: 'absent' };
    throw new CryptopostureError('CP_USAGE', `${file} cannot be read as a .tar.gz evidence bundle: ${(e as Error).message}`, { cause: e });
  }
  const problems = archive.rejected.map((entry) => `${entry}: not a plain file at a safe path, or repeated: not trusted`);
  const manifestBytes = archive.files.get(MANIFEST_FILE);
  if (!manifestBytes) {
    return { ok: false, problems: [...problems, `${MANIFEST_FILE}: missing from the bundle`], filesChecked: 0, signature: 'absent' };
  }

  // The signature covers the manifest's bytes: check it first, so that a changed manifest is
  // reported as such even when the change also breaks its content.
  const signatureBytes = archive.files.get(SIGNATURE_FILE);
  let signature: VerifyReport['signature'] = 'absent';
  let signedBy: string | undefined;
  let claimedBy: string | undefined;
  if (!signatureBytes) {
    if (!options.allowUnsigned)
      problems.push(`${SIGNATURE_FILE}: missing: the bundle is not signed (--allow-unsigned checks its hashes only)`);
  } else {
    const check = await checkSignature(signatureBytes, manifestBytes, options.anchor);
    signature = check.outcome;
    claimedBy = check.claimedBy;
    if (check.outcome === 'valid') signedBy = check.signedBy;
    else problems.push(`${SIGNATURE_FILE}: ${check.reason}`);
  }
  const done = (filesChecked: number, manifest?: EvidenceManifest): VerifyReport => ({
    ok: problems.length === 0,
    problems,
    filesChecked,
    signature,
    ...(signedBy ? { signedBy } : {}),
    ...(claimedBy ? { claimedBy } : {}),
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

type SignatureOutcome =
  { outcome: 'valid'; signedBy: string; claimedBy: string } | { outcome: 'invalid' | 'unverified'; reason: string; claimedBy?: string };

async function checkSignature(
  signatureBytes: Uint8Array,
  manifestBytes: Uint8Array,
  anchor: TrustAnchor | undefined,
): Promise<SignatureOutcome> {
  let signature: EvidenceSignature;
  try {
    signature = JSON.parse(decoder.decode(signatureBytes)) as EvidenceSignature;
  } catch (e) {
    return { outcome: 'invalid', reason: `not valid JSON (${(e as Error).message})` };
  }
  const schemaProblems = compileSchema<EvidenceSignature>(loadJsonResource('schemas/evidence-signature.schema.json')).problems(signature);
  if (schemaProblems.length > 0) {
    return { outcome: 'invalid', reason: schemaProblems.map((p) => `at ${p.pointer || '/'}: ${p.message}`).join('; ') };
  }
  const claimedBy = signature.keyId;
  const invalid = (reason: string): SignatureOutcome => ({ outcome: 'invalid', reason, claimedBy });
  const digest = sha256(manifestBytes);
  if (signature.manifestSha256 !== digest) {
    return invalid(`it signs a manifest whose SHA-256 is ${signature.manifestSha256}, but manifest.json hashes to ${digest}`);
  }
  if (anchor === undefined) return { outcome: 'unverified', reason: NO_ANCHOR, claimedBy };
  const message = sha256Bytes(manifestBytes);

  if (anchor.kind === 'kms') {
    const valid = await anchor.verifier.verify(anchor.keyId, signature, message);
    return valid
      ? { outcome: 'valid', signedBy: anchor.keyId, claimedBy }
      : invalid(`KMS Verify with ${anchor.keyId} says the signature is not valid for manifest.json`);
  }
  let key: KeyObject;
  if (anchor.kind === 'public-key') key = anchor.key;
  else {
    const bundled = bundledPublicKey(signature);
    if (typeof bundled === 'string') return invalid(bundled);
    const fingerprint = publicKeyFingerprint(bundled);
    if (fingerprint !== anchor.fingerprint.toLowerCase()) {
      return invalid(`the bundle carries the public key ${fingerprint}, not the trusted ${anchor.fingerprint}`);
    }
    key = bundled;
  }
  const check = verifyWithKey(signature, message, key);
  return check.ok ? { outcome: 'valid', signedBy: `public key ${publicKeyFingerprint(key)}`, claimedBy } : invalid(check.reason);
}
