/** Checking a bundle's KMS signature offline, with the public key stored in the bundle. */
import { constants, createPublicKey, verify, type KeyObject } from 'node:crypto';
import type { EvidenceSignature } from './types.ts';

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

export function verifyOffline(signature: EvidenceSignature, message: Uint8Array): SignatureCheck {
  let key: KeyObject;
  try {
    key = createPublicKey({ key: Buffer.from(signature.publicKey, 'base64'), format: 'der', type: 'spki' });
  } catch (e) {
    return { ok: false, reason: `the public key in signature.json cannot be read: ${(e as Error).message}` };
  }
  const bytes = Buffer.from(signature.signature, 'base64');
  let valid: boolean;
  try {
    if (signature.signingAlgorithm === 'ECDSA_SHA_256') {
      if (key.asymmetricKeyType !== 'ec')
        return { ok: false, reason: `the public key is ${key.asymmetricKeyType}, not an EC key for ECDSA_SHA_256` };
      valid = verify('sha256', message, key, bytes);
    } else if (signature.signingAlgorithm === 'RSASSA_PSS_SHA_256') {
      if (key.asymmetricKeyType !== 'rsa')
        return { ok: false, reason: `the public key is ${key.asymmetricKeyType}, not an RSA key for RSASSA_PSS_SHA_256` };
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
    : { ok: false, reason: `the signature does not match manifest.json under the public key of ${signature.keyId}` };
}
