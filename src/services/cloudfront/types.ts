/**
 * What Amazon CloudFront adds to the graph, at the type level (checked against its declaration, `index.ts`):
 * its node types' attributes, the kinds of its edges, and its part of an account definition.
 */
import type { TlsEndpointAttributes } from '../../graph/attributes.ts';

export interface CloudFrontTypes {
  name: 'cloudfront';
  nodes: { 'cloudfront.distribution': CloudFrontDistributionAttributes };
  edges: { 'uses-certificate': true };
  seed: DistributionDefinition[];
}

/** One cache behavior: the default one (`id` "default") or a path behavior (`id` its path pattern). */
export type CloudFrontCacheBehavior = {
  /** "default" for the default cache behavior, else the path pattern: what a finding names. */
  id: string;
  /** The path pattern; null for the default cache behavior. */
  pathPattern: string | null;
  /** `allow-all`, `redirect-to-https` or `https-only`; absent when the answer had none. */
  viewerProtocolPolicy?: string;
  /** The origin (or origin group) the behavior sends requests to. */
  targetOriginId?: string;
};

/** One origin, as the distribution reaches it. */
export type CloudFrontOrigin = {
  /** The origin's id in the distribution. */
  id: string;
  domainName?: string;
  /** A custom origin (it has a `CustomOriginConfig`); S3 origins and VPC origins are not. */
  custom: boolean;
  /** Custom origins: `http-only`, `match-viewer` or `https-only`; null for other origins. */
  protocolPolicy: string | null;
  /** Custom origins: the SSL/TLS protocols CloudFront may use with it (`SSLv3`, `TLSv1`, `TLSv1.1`, `TLSv1.2`); null for other origins. */
  sslProtocols: string[] | null;
  /**
   * Custom origins: CloudFront may reach it over plain HTTP: `http-only`, or `match-viewer`
   * while a behavior that sends requests to it (or to an origin group) allows viewers HTTP
   * (`allow-all`). Null for other origins; absent when a behavior's policy was not read.
   */
  plaintext?: boolean | null;
};

/**
 * A CloudFront distribution (`cloudfront.distribution`, id: its ARN, global), a TLS endpoint
 * with every cache behavior and origin. From ListDistributions, whose summaries carry the
 * whole configuration the rules read.
 */
export type CloudFrontDistributionAttributes = TlsEndpointAttributes & {
  distributionId: string;
  /** The `*.cloudfront.net` domain name. */
  domainName?: string;
  /** The alternate domain names (CNAMEs); [] when it has none. */
  aliases?: string[];
  enabled?: boolean;
  /** `Deployed` or `InProgress`. */
  status?: string;
  /** Every cache behavior, the default one first. */
  cacheBehaviors?: CloudFrontCacheBehavior[];
  origins?: CloudFrontOrigin[];
  /**
   * The viewer certificate is the distribution's own (an ACM certificate or an IAM server
   * certificate), not CloudFront's `*.cloudfront.net` one. Decided by the certificate
   * references, never by `CloudFrontDefaultCertificate` (emulators always set it).
   */
  customCertificate?: boolean;
  /** The ACM certificate (an ARN in us-east-1); null when it uses none. */
  acmCertificateArn?: string | null;
  /** The IAM server certificate's id; null when it uses none. */
  iamCertificateId?: string | null;
  /** The viewer security policy as CloudFront names it (`TLSv1`, `TLSv1.1_2016`, `TLSv1.2_2021`, ...). */
  minimumProtocolVersion?: string;
  /** `sni-only`, `vip` or `static-ip`; null with the CloudFront default certificate. */
  sslSupportMethod?: string | null;
  /** `http1.1`, `http2`, `http3`, `http2and3`. */
  httpVersion?: string;
};

// The service's part of an emulator account definition (`fixtures/demo/account.json`).

/** An origin of a seeded distribution: custom when `protocolPolicy` is given, else an S3 origin. */
export interface DistributionOriginDefinition {
  id: string;
  domainName: string;
  /** `http-only`, `match-viewer` or `https-only`; absent for an S3 origin. */
  protocolPolicy?: 'http-only' | 'match-viewer' | 'https-only';
  /** Default `["TLSv1.2"]`. */
  sslProtocols?: ('SSLv3' | 'TLSv1' | 'TLSv1.1' | 'TLSv1.2')[];
}

/** A distribution (created enabled). */
export interface DistributionDefinition {
  /** The caller reference and comment: unique per account. */
  ref: string;
  aliases?: string[];
  origins: DistributionOriginDefinition[];
  /** The default cache behavior's policy (its origin is the first origin). */
  viewerProtocolPolicy: 'allow-all' | 'redirect-to-https' | 'https-only';
  /** Path behaviors, each to an origin by id. */
  behaviors?: { pathPattern: string; origin: string; viewerProtocolPolicy: 'allow-all' | 'redirect-to-https' | 'https-only' }[];
  /** The ACM certificate: the `ref` of a seeded certificate or an ARN; absent: CloudFront's default certificate. */
  certificate?: string;
  /** Default `TLSv1.2_2021` with a certificate. */
  minimumProtocolVersion?: string;
}
