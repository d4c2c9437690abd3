/**
 * What IAM adds to the graph, at the type level (checked against its declaration,
 * `index.ts`): its node types' attributes, the kinds of its edges, and its part of an account
 * definition. Only server certificates: the certificates a load balancer listener may present
 * instead of an ACM one.
 */

export interface IamTypes {
  name: 'iam';
  nodes: { 'iam.server-certificate': IamServerCertificateAttributes };
  edges: Record<never, true>;
  seed: ServerCertificateDefinition[];
}

/**
 * An IAM server certificate (`iam.server-certificate`, id: its ARN, which holds its path;
 * global: region ''), from `ListServerCertificates`. Listeners that present it have a
 * `uses-certificate` edge to it.
 */
export type IamServerCertificateAttributes = {
  serverCertificateName: string;
  serverCertificateId?: string;
  arn: string;
  /** The IAM path (`/`, `/cloudfront/...`). */
  path?: string;
  /** When it was uploaded to IAM. */
  uploadDate?: string;
  /** When the certificate expires (its notAfter). */
  expiration?: string;
};

// The service's part of an emulator account definition (`fixtures/demo/account.json`).

/** A self-signed certificate generated for `domain` and uploaded to IAM as a server certificate. */
export interface ServerCertificateDefinition {
  name: string;
  domain: string;
  /** Default `/`. */
  path?: string;
  /** Days from now until it expires (default 365; emulators may report another date). */
  daysValid?: number;
}
