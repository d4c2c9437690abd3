/**
 * Signing and verifying evidence bundles with an asymmetric KMS key (KMS Sign / Verify /
 * GetPublicKey). The message is the 32-byte SHA-256 digest of manifest.json, sent as a RAW
 * message: KMS hashes it once more with SHA-256 under ECDSA_SHA_256 or RSASSA_PSS_SHA_256.
 */
import { DescribeKeyCommand, GetPublicKeyCommand, KMSClient, SignCommand, VerifyCommand } from '@aws-sdk/client-kms';
import { CryptopostureError } from '../errors.ts';
import { parseArn } from '../graph/arn.ts';
import type { EvidenceSignature, ManifestSigner, RemoteVerifier } from '../evidence/types.ts';
import { classifyError } from '../collect/aws-errors.ts';

function kmsFailure(action: string, keyId: string, e: unknown): CryptopostureError {
  const error = classifyError(e);
  return new CryptopostureError('CP_CONFIG_INVALID', `kms:${action} on ${keyId} failed: ${error.code}: ${error.message}`, { cause: e });
}

export function kmsManifestSigner(client: KMSClient, keyId: string): ManifestSigner {
  return {
    async sign(message) {
      let metadata;
      try {
        metadata = (await client.send(new DescribeKeyCommand({ KeyId: keyId }))).KeyMetadata;
      } catch (e) {
        throw kmsFailure('DescribeKey', keyId, e);
      }
      const spec = metadata?.KeySpec ?? '';
      if (metadata?.KeyUsage !== 'SIGN_VERIFY' || !(spec === 'ECC_NIST_P256' || spec.startsWith('RSA_'))) {
        throw new CryptopostureError(
          'CP_USAGE',
          `--sign-key ${keyId} must be an asymmetric SIGN_VERIFY key of spec ECC_NIST_P256 or RSA_2048/3072/4096 (it is ${spec || 'unknown'} for ${metadata?.KeyUsage ?? 'unknown use'})`,
        );
      }
      const algorithm: EvidenceSignature['signingAlgorithm'] = spec === 'ECC_NIST_P256' ? 'ECDSA_SHA_256' : 'RSASSA_PSS_SHA_256';
      try {
        const [signed, publicKey] = await Promise.all([
          client.send(new SignCommand({ KeyId: keyId, Message: message, MessageType: 'RAW', SigningAlgorithm: algorithm })),
          client.send(new GetPublicKeyCommand({ KeyId: keyId })),
        ]);
        return {
          keyId: metadata.Arn ?? keyId,
          keySpec: spec,
          signingAlgorithm: algorithm,
          signature: Buffer.from(signed.Signature ?? new Uint8Array()).toString('base64'),
          publicKey: Buffer.from(publicKey.PublicKey ?? new Uint8Array()).toString('base64'),
        };
      } catch (e) {
        throw kmsFailure('Sign', keyId, e);
      }
    },
  };
}

/** Verifies with KMS Verify against the key the caller trusts, in that key's region. */
export function kmsRemoteVerifier(clientFor: (region: string) => KMSClient, defaultRegion: string): RemoteVerifier {
  return {
    async verify(keyId, signature, message) {
      const client = clientFor(parseArn(keyId)?.region || defaultRegion);
      try {
        const out = await client.send(
          new VerifyCommand({
            KeyId: keyId,
            Message: message,
            MessageType: 'RAW',
            Signature: Buffer.from(signature.signature, 'base64'),
            SigningAlgorithm: signature.signingAlgorithm,
          }),
        );
        return out.SignatureValid === true;
      } catch (e) {
        if (classifyError(e).code === 'KMSInvalidSignatureException') return false;
        throw kmsFailure('Verify', keyId, e);
      }
    },
  };
}

/** KMS clients for evidence signing, with the scan's credential chain (or dummy credentials for an emulator). */
export async function evidenceKmsClients(options: {
  profile?: string;
  endpoint?: string;
}): Promise<{ clientFor(region: string): KMSClient; close(): void }> {
  const { resolveCredentials } = await import('../collect/credentials.ts');
  const { ClientFactory } = await import('../collect/clients.ts');
  const { CallCounter } = await import('../collect/call-counter.ts');
  const credentials = await resolveCredentials({
    ...(options.profile === undefined ? {} : { profile: options.profile }),
    ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
  });
  const factory = new ClientFactory({
    credentialsFor: () => credentials,
    counter: new CallCounter(),
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
  });
  return { clientFor: (region) => factory.get('kms', KMSClient, 'evidence', region), close: () => factory.destroy() };
}
