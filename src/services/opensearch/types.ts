/**
 * What Amazon OpenSearch Service adds to the graph, at the type level (checked against its
 * declaration, `index.ts`): its node types' attributes, the kinds of its edges, and its part
 * of an account definition.
 */
import type { DataResourceAttributes, TlsEndpointAttributes } from '../../graph/attributes.ts';

export interface OpenSearchTypes {
  name: 'opensearch';
  nodes: { 'opensearch.domain': OpenSearchDomainAttributes };
  edges: { 'encrypted-by': true; 'uses-certificate': true };
  seed: OpenSearchDomainDefinition[];
}

/**
 * A domain holds data (its indexes, encrypted at rest or not) and is a TLS endpoint (its
 * HTTPS endpoint, with the TLS security policy it enforces).
 */
export type OpenSearchDomainAttributes = DataResourceAttributes &
  TlsEndpointAttributes & {
    domainName: string;
    domainId?: string;
    /** `OpenSearch_2.13`, `Elasticsearch_7.10`, ... */
    engineVersion?: string;
    /** `EncryptionAtRestOptions.Enabled`. */
    encryptionAtRestEnabled?: boolean;
    /**
     * `EncryptionAtRestOptions.KmsKeyId` as returned. A domain encrypted at rest whose answer
     * names no key (the emulator's answer for the default key; AWS names it) is recorded as
     * the ARN of the alias `aws/es` in its region, the documented default. Null when the
     * domain is not encrypted at rest.
     */
    kmsKeyId?: string | null;
    /** `NodeToNodeEncryptionOptions.Enabled`: TLS between the domain's nodes. */
    nodeToNodeEncryptionEnabled?: boolean;
    /** `DomainEndpointOptions.EnforceHTTPS`: plain HTTP requests are refused. */
    enforceHttps?: boolean;
    /** `DomainEndpointOptions.CustomEndpointEnabled`. */
    customEndpointEnabled?: boolean;
    /** The custom endpoint's certificate (an ACM certificate ARN); null without a custom endpoint. */
    customEndpointCertificateArn?: string | null;
    /** A VPC domain (`VPCOptions`) is reachable from its VPC only. */
    vpc?: boolean;
    /** The domain is being deleted. */
    deleted?: boolean;
  };

// The service's part of an emulator account definition (`fixtures/demo/account.json`).

export interface OpenSearchDomainDefinition {
  /** 3 to 28 characters: a-z, 0-9 and hyphens. */
  name: string;
  region: string;
  /** Encryption at rest (default false, or true when `kmsKey` is given). */
  encryptionAtRest?: boolean;
  /** The key (`@ref`, key id, key ARN or alias); a domain encrypted without one uses `aws/es`. */
  kmsKey?: string;
  /** Node-to-node encryption (default false). */
  nodeToNode?: boolean;
  /** Default false. Without it and `tlsPolicy`, the domain gets the service's endpoint defaults. */
  enforceHttps?: boolean;
  /** A TLS security policy name (`Policy-Min-TLS-1-2-PFS-2023-10`); default: the service's. */
  tlsPolicy?: string;
}
