/**
 * Self-signed X.509 certificates for seeding imported ACM certificates: a key pair of the
 * requested ACM key algorithm (Web Crypto) and a certificate built and signed with PKIjs,
 * valid from yesterday for a chosen number of days, so that seeded certificates never carry
 * fixed dates that go stale.
 */
import { webcrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { CERTIFICATE_KEY_ALGORITHMS, type CertificateKeyAlgorithm } from '../../services/acm/types.ts';

export { CERTIFICATE_KEY_ALGORITHMS, type CertificateKeyAlgorithm };

export interface GeneratedCertificate {
  certificatePem: string;
  privateKeyPem: string;
  notBefore: Date;
  notAfter: Date;
}

const DAY_MS = 86_400_000;
const OID_COMMON_NAME = '2.5.4.3';
const OID_SUBJECT_ALT_NAME = '2.5.29.17';
/** GeneralName choice for a DNS name (RFC 5280, `dNSName [2]`). */
const DNS_NAME = 2;

function keyParameters(algorithm: CertificateKeyAlgorithm): {
  generate: webcrypto.RsaHashedKeyGenParams | webcrypto.EcKeyGenParams;
  hash: string;
} {
  if (algorithm.startsWith('RSA_')) {
    return {
      generate: {
        name: 'RSASSA-PKCS1-v1_5',
        modulusLength: Number(algorithm.slice('RSA_'.length)),
        publicExponent: new Uint8Array([1, 0, 1]),
        hash: 'SHA-256',
      },
      hash: 'SHA-256',
    };
  }
  const curves: Record<string, { namedCurve: string; hash: string }> = {
    EC_prime256v1: { namedCurve: 'P-256', hash: 'SHA-256' },
    EC_secp384r1: { namedCurve: 'P-384', hash: 'SHA-384' },
    EC_secp521r1: { namedCurve: 'P-521', hash: 'SHA-512' },
  };
  const curve = curves[algorithm];
  if (!curve) throw new Error(`no key parameters for ${algorithm}`);
  return { generate: { name: 'ECDSA', namedCurve: curve.namedCurve }, hash: curve.hash };
}

function pem(label: string, der: ArrayBuffer): string {
  const base64 = Buffer.from(der).toString('base64');
  return `-----BEGIN ${label}-----\n${(base64.match(/.{1,64}/g) ?? []).join('\n')}\n-----END ${label}-----\n`;
}

/** A self-signed certificate for `domain` (and `alternativeNames`), valid for `daysValid` days from now. */
export async function generateCertificate(options: {
  domain: string;
  alternativeNames?: readonly string[];
  keyAlgorithm: CertificateKeyAlgorithm;
  daysValid: number;
  now?: Date;
}): Promise<GeneratedCertificate> {
  const { generate, hash } = keyParameters(options.keyAlgorithm);
  const keys = (await webcrypto.subtle.generateKey(generate, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const now = options.now ?? new Date();
  const notBefore = new Date(now.getTime() - DAY_MS);
  const notAfter = new Date(now.getTime() + options.daysValid * DAY_MS);

  const certificate = new pkijs.Certificate();
  certificate.version = 2; // X.509 v3
  const serial = webcrypto.getRandomValues(new Uint8Array(16));
  serial[0] = (serial[0]! & 0x7f) | 0x40; // positive, and 16 bytes long (RFC 5280: at most 20)
  certificate.serialNumber = new asn1js.Integer({ valueHex: serial.buffer });
  const name = new pkijs.AttributeTypeAndValue({ type: OID_COMMON_NAME, value: new asn1js.Utf8String({ value: options.domain }) });
  certificate.subject.typesAndValues.push(name);
  certificate.issuer.typesAndValues.push(name);
  certificate.notBefore.value = notBefore;
  certificate.notAfter.value = notAfter;
  const names = [...new Set([options.domain, ...(options.alternativeNames ?? [])])];
  const san = new pkijs.GeneralNames({ names: names.map((value) => new pkijs.GeneralName({ type: DNS_NAME, value })) });
  certificate.extensions = [new pkijs.Extension({ extnID: OID_SUBJECT_ALT_NAME, critical: false, extnValue: san.toSchema().toBER(false) })];
  // PKIjs takes the global CryptoKey type, which the report script's type check (DOM and Node) sees as the DOM's.
  await certificate.subjectPublicKeyInfo.importKey(keys.publicKey as Parameters<typeof certificate.sign>[0]);
  await certificate.sign(keys.privateKey as Parameters<typeof certificate.sign>[0], hash);

  return {
    certificatePem: pem('CERTIFICATE', certificate.toSchema().toBER(false)),
    privateKeyPem: pem('PRIVATE KEY', await webcrypto.subtle.exportKey('pkcs8', keys.privateKey)),
    notBefore,
    notAfter,
  };
}
