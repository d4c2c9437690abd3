/**
 * Checking a bundle's KMS signature offline. The public key stored in a bundle says nothing
 * about who signed (anyone can re-sign a bundle and store their own key): the key to check
 * with is the one the caller trusts, given as a file or as the SHA-256 fingerprint of the
 * key the bundle carries.
 */
import { constants, createHash, createPublicKey, verify, type KeyObject } from 'node:crypto';
import type { EvidenceSignature } from './types.ts';

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

/** `sha256:` and the hex SHA-256 of a public key's DER SubjectPublicKeyInfo (as KMS GetPublicKey returns it). */
export function publicKeyFingerprint(key: KeyObject): string {
  return `sha256:${createHash('sha256')
    .update(key.export({ type: 'spki', format: 'der' }))
    .digest('hex')}`;
}

/** A public key from a PEM or DER (SubjectPublicKeyInfo) file's bytes. */
export function parsePublicKey(bytes: Uint8Array): KeyObject {
  const buffer = Buffer.from(bytes);
  const pem = buffer.toString('latin1').includes('-----BEGIN');
  return pem
    ? createPublicKey({ key: buffer.toString('utf8'), format: 'pem' })
    : createPublicKey({ key: buffer, format: 'der', type: 'spki' });
}

/** The public key stored in signature.json. */
export function bundledPublicKey(signature: EvidenceSignature): KeyObject | string {
  try {
    return createPublicKey({ key: Buffer.from(signature.publicKey, 'base64'), format: 'der', type: 'spki' });
  } catch (e) {
    return `the public key in signature.json cannot be read: ${(e as Error).message}`;
  }
}

/** Whether `signature` is a signature of `message` under `key`, with the algorithm the signature names. */
export function verifyWithKey(signature: EvidenceSignature, message: Uint8Array, key: KeyObject): SignatureCheck {
  const bytes = Buffer.from(signature.signature, 'base64');
  let valid: boolean;
  try {
    if (signature.signingAlgorithm === 'ECDSA_SHA_256') {
      if (key.asymmetricKeyType !== 'ec')
        return { ok: false, reason: `the trusted key is ${key.asymmetricKeyType}, not an EC key for ECDSA_SHA_256` };
      valid = verify('sha256', message, key, bytes);
    } else if (signature.signingAlgorithm === 'RSASSA_PSS_SHA_256') {
      if (key.asymmetricKeyType !== 'rsa')
        return { ok: false, reason: `the trusted key is ${key.asymmetricKeyType}, not an RSA key for RSASSA_PSS_SHA_256` };
      // KMS uses a salt as long as the digest; AUTO accepts the length the signature carries.
      valid = verify(
        'sha256',
        message,
        { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_AUTO },
        bytes,
      );
    } else {
      return { ok: false, reason: `unsupported signing algorithm ${String(signature.signingAlgorithm)}` };
    }
  } catch (e) {
    return { ok: false, reason: `the signature cannot be checked: ${(e as Error).message}` };
  }
  return valid
    ? { ok: true }
    : { ok: false, reason: `the signature does not match manifest.json under the trusted key ${publicKeyFingerprint(key)}` };
}
