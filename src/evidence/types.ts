/**
 * The compliance evidence bundle: a .tar.gz holding the scan's outputs, per-framework
 * control matrices, a manifest with the SHA-256 of every file, and optionally a KMS
 * signature of the manifest. Its manifest has a JSON Schema generated from these types.
 */
import type { Provenance } from '../engine/types.ts';
import type { ApiCallCount, ScanMetadata, ToolInfo, UnfinishedTask } from '../graph/snapshot-types.ts';
import type { Gap } from '../graph/types.ts';

export const MANIFEST_FILE = 'manifest.json';
export const SIGNATURE_FILE = 'signature.json';

export interface ManifestFile {
  /** Path inside the bundle, `/`-separated, relative. */
  path: string;
  sha256: string;
  bytes: number;
}

export interface EvidenceManifest {
  format: 'cryptoposture-evidence';
  /** @const 1 */
  formatVersion: 1;
  /** @format date-time */
  createdAt: string;
  tool: ToolInfo;
  scan: Pick<ScanMetadata, 'id' | 'startedAt' | 'finishedAt' | 'caller' | 'accounts' | 'regions' | 'services' | 'complete'> & {
    coverage: {
      /** account x region x service units of collection planned, and those that finished. */
      tasksPlanned: number;
      tasksUnfinished: number;
      unfinished: UnfinishedTask[];
      gaps: Gap[];
    };
    apiCalls: { total: number; throttled: number; byOperation: ApiCallCount[] };
  };
  /** What produced the findings: digests of the active rules and of the configuration (`unknown` for a findings.json that did not record it). */
  rulePack: Provenance['rulePack'];
  config: Provenance['config'];
  files: ManifestFile[];
}

/** A KMS signature over the manifest. */
export interface EvidenceSignature {
  format: 'cryptoposture-evidence-signature';
  /** @const 1 */
  formatVersion: 1;
  /** The key ARN that signed. */
  keyId: string;
  keySpec: string;
  /** `ECDSA_SHA_256` or `RSASSA_PSS_SHA_256`. */
  signingAlgorithm: 'ECDSA_SHA_256' | 'RSASSA_PSS_SHA_256';
  /**
   * What was signed: the 32-byte SHA-256 digest of manifest.json, sent to KMS Sign as a RAW
   * message (so the signature is over SHA-256 of that digest).
   */
  signedMessage: 'sha256(manifest.json)';
  manifestSha256: string;
  /** Base64 of the signature as KMS returned it (DER for ECDSA). */
  signature: string;
  /** Base64 of the key's public key (DER SubjectPublicKeyInfo), from KMS GetPublicKey. */
  publicKey: string;
  /** @format date-time */
  signedAt: string;
}

/** What signs a bundle: KMS in practice, anything with this shape in tests. */
export interface ManifestSigner {
  sign(message: Uint8Array): Promise<Omit<EvidenceSignature, 'format' | 'formatVersion' | 'signedMessage' | 'manifestSha256' | 'signedAt'>>;
}

/** Verifies a signature with KMS Verify, against the key the caller names (never the one the bundle claims). */
export interface RemoteVerifier {
  verify(keyId: string, signature: EvidenceSignature, message: Uint8Array): Promise<boolean>;
}
