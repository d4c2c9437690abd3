/**
 * Pure mapping of ACM API responses to graph nodes. No I/O.
 */
import {
  CertificateKeyPairOrigin,
  KeyAlgorithm,
  type CertificateDetail,
  type CertificateSummary,
  type DomainValidation,
  type ListCertificatesRequest,
} from '@aws-sdk/client-acm';
import type { AcmCertificateAttributes, AcmDomainValidation } from './types.ts';
import type { GraphNode } from '../../graph/types.ts';
import type { Mapped } from '../../collect/mapped.ts';
import { compact, iso } from '../../collect/paging.ts';

/**
 * The ListCertificates filters that leave no certificate out. By default ACM returns only
 * RSA_1024 and RSA_2048 certificates (ACM API Reference, `Filters.keyTypes`) and leaves out
 * certificates whose key pair origin is ACME (`ListCertificates`,
 * `CertificateKeyPairOrigins`). Every value of the SDK's enums is passed, so a key type or
 * origin that a newer SDK knows is asked for without a change here. `exportOption`,
 * `managedBy`, `keyUsage` and `extendedKeyUsage` filter only when given, so they are not.
 */
export function listAllCertificatesInput(): ListCertificatesRequest {
  return {
    Includes: { keyTypes: Object.values(KeyAlgorithm) },
    CertificateKeyPairOrigins: Object.values(CertificateKeyPairOrigin),
  };
}

function mapDomainValidation(v: DomainValidation): AcmDomainValidation {
  return compact({
    domainName: v.DomainName ?? '',
    validationMethod: v.ValidationMethod,
    validationStatus: v.ValidationStatus,
    validationDomain: v.ValidationDomain,
    validationEmails: v.ValidationEmails && v.ValidationEmails.length > 0 ? [...v.ValidationEmails].sort() : undefined,
  });
}

function sortedDomainValidations(list: DomainValidation[] | undefined): AcmDomainValidation[] | undefined {
  return list?.map(mapDomainValidation).sort((a, b) => (a.domainName < b.domainName ? -1 : a.domainName > b.domainName ? 1 : 0));
}

/** What ListCertificates says, alone: the attributes kept when DescribeCertificate fails. */
function summaryAttributes(s: CertificateSummary): AcmCertificateAttributes {
  return compact({
    domainName: s.DomainName,
    // The summary list is truncated when `HasAdditionalSubjectAlternativeNames` is set.
    subjectAlternativeNames:
      s.SubjectAlternativeNameSummaries && s.HasAdditionalSubjectAlternativeNames === false
        ? [...s.SubjectAlternativeNameSummaries]
        : undefined,
    status: s.Status,
    type: s.Type,
    keyAlgorithm: s.KeyAlgorithm,
    notBefore: iso(s.NotBefore),
    notAfter: iso(s.NotAfter),
    createdAt: iso(s.CreatedAt),
    issuedAt: iso(s.IssuedAt),
    importedAt: iso(s.ImportedAt),
    revokedAt: iso(s.RevokedAt),
    inUse: s.InUse,
    renewalEligibility: s.RenewalEligibility,
    exportOption: s.ExportOption,
    exported: s.Exported,
    managedBy: s.ManagedBy,
    keyPairOrigin: s.CertificateKeyPairOrigin,
    keyUsages: s.KeyUsages ? [...s.KeyUsages].sort() : undefined,
    extendedKeyUsages: s.ExtendedKeyUsages ? [...s.ExtendedKeyUsages].sort() : undefined,
  });
}

function detailAttributes(d: CertificateDetail): AcmCertificateAttributes {
  const validations = sortedDomainValidations(d.DomainValidationOptions);
  const methods = validations?.map((v) => v.validationMethod).filter((m): m is string => m !== undefined);
  const renewal = d.RenewalSummary;
  return compact({
    domainName: d.DomainName,
    subjectAlternativeNames: d.SubjectAlternativeNames ? [...d.SubjectAlternativeNames] : undefined,
    status: d.Status,
    type: d.Type,
    keyAlgorithm: d.KeyAlgorithm,
    signatureAlgorithm: d.SignatureAlgorithm,
    issuer: d.Issuer,
    serial: d.Serial,
    notBefore: iso(d.NotBefore),
    notAfter: iso(d.NotAfter),
    createdAt: iso(d.CreatedAt),
    issuedAt: iso(d.IssuedAt),
    importedAt: iso(d.ImportedAt),
    revokedAt: iso(d.RevokedAt),
    revocationReason: d.RevocationReason,
    inUse: d.InUseBy === undefined ? undefined : d.InUseBy.length > 0,
    inUseBy: d.InUseBy ? [...d.InUseBy].sort() : undefined,
    renewalEligibility: d.RenewalEligibility,
    // Read, and none: a certificate without a renewal summary, a renewal without a failure.
    renewalStatus: renewal ? renewal.RenewalStatus : null,
    renewalStatusReason: renewal ? (renewal.RenewalStatusReason ?? null) : null,
    renewalUpdatedAt: renewal ? iso(renewal.UpdatedAt) : null,
    renewalDomainValidations: renewal ? sortedDomainValidations(renewal.DomainValidationOptions) : null,
    // Only Amazon-issued certificates are validated; an imported or private one has no
    // validation, which is known (`[]`), not unknown.
    validationMethods: methods ? [...new Set(methods)].sort() : d.Type === undefined ? undefined : [],
    domainValidations: validations,
    transparencyLogging: d.Options?.CertificateTransparencyLoggingPreference,
    exportOption: d.Options?.Export,
    failureReason: d.FailureReason ?? null,
    managedBy: d.ManagedBy,
    keyPairOrigin: d.CertificateKeyPairOrigin,
    certificateAuthorityArn: d.CertificateAuthorityArn,
    keyUsages: d.KeyUsages?.map((k) => k.Name ?? '').sort(),
    extendedKeyUsages: d.ExtendedKeyUsages?.map((k) => k.Name ?? '').sort(),
  });
}

/**
 * A certificate node from its summary and, when DescribeCertificate answered, its detail
 * (which wins where both say something), with no edges.
 */
export function mapCertificate(
  account: string,
  region: string,
  summary: CertificateSummary & { CertificateArn: string },
  detail?: CertificateDetail,
): Mapped<AcmCertificateAttributes> {
  const id = summary.CertificateArn;
  const attributes: AcmCertificateAttributes = { ...summaryAttributes(summary), ...(detail ? detailAttributes(detail) : {}) };
  const node: GraphNode<AcmCertificateAttributes> = {
    id,
    type: 'acm.certificate',
    account,
    region,
    name: attributes.domainName ?? id,
    tags: {},
    attributes,
  };
  // A certificate refers to nothing; what uses it refers to it.
  return { node, edges: [] };
}
