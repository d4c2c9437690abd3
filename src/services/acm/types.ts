/**
 * What AWS Certificate Manager adds to the graph, at the type level (checked against its declaration, `index.ts`):
 * its node types' attributes, the kinds of its edges, and its part of an account definition.
 */

export interface AcmTypes {
  name: 'acm';
  nodes: { 'acm.certificate': AcmCertificateAttributes };
  edges: Record<never, true>;
  seed: CertificateDefinition[];
}

/** One domain of a certificate and how it was (or is being) validated. */
export type AcmDomainValidation = {
  domainName: string;
  /** `DNS`, `EMAIL` or `HTTP`. */
  validationMethod?: string;
  /** `PENDING_VALIDATION`, `SUCCESS` or `FAILED`. */
  validationStatus?: string;
  /** The domain that validation emails were sent for (email validation). */
  validationDomain?: string;
  /** The addresses validation emails were sent to (email validation). */
  validationEmails?: string[];
};

/**
 * An ACM certificate (`acm.certificate`, id: the certificate ARN). The summary fields come
 * from `ListCertificates`; the rest from `DescribeCertificate`, and are absent (with a gap
 * naming the certificate) when that call failed.
 */
export type AcmCertificateAttributes = {
  domainName?: string;
  /** Absent when only the truncated summary list was read. */
  subjectAlternativeNames?: string[];
  /** `ISSUED`, `PENDING_VALIDATION`, `EXPIRED`, `FAILED`, `REVOKED`, `INACTIVE`, `VALIDATION_TIMED_OUT`. */
  status?: string;
  /** `AMAZON_ISSUED`, `IMPORTED`, `PRIVATE`. */
  type?: string;
  /** `RSA_1024`, `RSA_2048`, `RSA_3072`, `RSA_4096`, `EC_prime256v1`, `EC_secp384r1`, `EC_secp521r1`. */
  keyAlgorithm?: string;
  /** e.g. `SHA256WITHRSA`, `SHA384WITHECDSA`. */
  signatureAlgorithm?: string;
  issuer?: string;
  serial?: string;
  notBefore?: string;
  notAfter?: string;
  createdAt?: string;
  issuedAt?: string;
  importedAt?: string;
  revokedAt?: string;
  revocationReason?: string;
  inUse?: boolean;
  /** ARNs of the AWS resources that use the certificate (load balancers, distributions, ...). */
  inUseBy?: string[];
  /**
   * Derived: how many collected resources present it (`uses-certificate` edges, from their
   * own configuration or from `inUseBy`). Counts only what was collected: read it with
   * `inUse`, which ACM states for every AWS resource.
   */
  presentedBy?: number;
  /** `ELIGIBLE` or `INELIGIBLE`. */
  renewalEligibility?: string;
  /** From the renewal summary: `PENDING_AUTO_RENEWAL`, `PENDING_VALIDATION`, `SUCCESS`, `FAILED`; null when ACM has no renewal summary. */
  renewalStatus?: string | null;
  /** Why the last renewal failed (a `FailureReason` value); null when it did not fail or there is no renewal summary. */
  renewalStatusReason?: string | null;
  renewalUpdatedAt?: string | null;
  /** Validation of each domain for the managed renewal; null without a renewal summary. */
  renewalDomainValidations?: AcmDomainValidation[] | null;
  /** Distinct validation methods over all domains (`DNS`, `EMAIL`, `HTTP`); `[]` for imported certificates. */
  validationMethods?: string[];
  domainValidations?: AcmDomainValidation[];
  /** `ENABLED` or `DISABLED`. */
  transparencyLogging?: string;
  /** Whether the certificate may be exported (`ENABLED`, `DISABLED`). */
  exportOption?: string;
  exported?: boolean;
  /** Why the certificate request failed (a `FailureReason` value); null when it did not. */
  failureReason?: string | null;
  /** The AWS service that manages the certificate (`CLOUDFRONT`). */
  managedBy?: string;
  /** `AWS_MANAGED`, `CUSTOMER_PROVIDED` or `ACME`. */
  keyPairOrigin?: string;
  certificateAuthorityArn?: string;
  keyUsages?: string[];
  extendedKeyUsages?: string[];
};

// The service's part of an emulator account definition (`fixtures/demo/account.json`).

/** An ACM certificate: requested from ACM, or a generated self-signed one imported into it. */
export interface CertificateDefinition {
  /** The name tests use to find the certificate's ARN; default: the domain. */
  ref?: string;
  region: string;
  domain: string;
  subjectAlternativeNames?: string[];
  /** `requested`: RequestCertificate (Amazon issued); `imported`: ImportCertificate of a generated certificate. */
  source: 'requested' | 'imported';
  /**
   * Default `RSA_2048`. For a requested certificate ACM issues RSA_2048, EC_prime256v1 or
   * EC_secp384r1 (emulators may ignore it); an imported one is generated with this key.
   */
  keyAlgorithm?: CertificateKeyAlgorithm;
  /** Requested certificates: default `DNS`. */
  validationMethod?: 'DNS' | 'EMAIL';
  /** Imported certificates: days from now until it expires (default 365). */
  daysValid?: number;
  /** Requested certificates: certificate transparency logging (default: ACM's, enabled). */
  transparencyLogging?: boolean;
  tags?: Record<string, string>;
}

/** The ACM key algorithms a certificate can be generated for (ACM `KeyAlgorithm`). */
export const CERTIFICATE_KEY_ALGORITHMS = [
  'RSA_1024',
  'RSA_2048',
  'RSA_3072',
  'RSA_4096',
  'EC_prime256v1',
  'EC_secp384r1',
  'EC_secp521r1',
] as const;
export type CertificateKeyAlgorithm = (typeof CERTIFICATE_KEY_ALGORITHMS)[number];
