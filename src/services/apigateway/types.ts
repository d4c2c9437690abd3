/**
 * What Amazon API Gateway adds to the graph, at the type level (checked against its declaration, `index.ts`):
 * its node types' attributes, the kinds of its edges, and its part of an account definition.
 */
import type { TlsEndpointAttributes } from '../../graph/attributes.ts';

export interface ApiGatewayTypes {
  name: 'apigateway';
  nodes: { 'apigateway.domain-name': ApiGatewayDomainNameAttributes };
  edges: { 'uses-certificate': true };
  seed: CustomDomainDefinition[];
}

/**
 * A custom domain name (`apigateway.domain-name`, id: `arn:<partition>:apigateway:<region>::/domainnames/<name>`),
 * a TLS endpoint of REST APIs (the `apigateway` API) or of HTTP and WebSocket APIs (the
 * `apigatewayv2` API). A name both APIs list is read from the REST API.
 */
export type ApiGatewayDomainNameAttributes = TlsEndpointAttributes & {
  domainName: string;
  /** The API that listed it: `rest` (GetDomainNames of API Gateway) or `v2` (of API Gateway v2, HTTP and WebSocket APIs). */
  api: 'rest' | 'v2';
  /** `EDGE`, `REGIONAL` or `PRIVATE` (v2: one per domain name configuration). */
  endpointTypes?: string[];
  /** `TLS_1_0`, `TLS_1_2` or an enhanced `SecurityPolicy_*` name; absent when the answer gives none (never assumed). */
  securityPolicy?: string;
  /** REST, EDGE endpoint: the ACM certificate (us-east-1); null when it has none. */
  certificateArn?: string | null;
  /** REST, REGIONAL or PRIVATE endpoint: the ACM certificate of the domain's region; null when it has none. */
  regionalCertificateArn?: string | null;
  /** v2: the certificate of each domain name configuration. */
  configurationCertificateArns?: string[];
  /** `AVAILABLE`, `UPDATING`, `PENDING_CERTIFICATE_REIMPORT`, ... */
  status?: string;
  /** Mutual TLS is configured (a truststore URI). */
  mutualTls?: boolean;
};

// The service's part of an emulator account definition (`fixtures/demo/account.json`).

/** A custom domain name (REST API by default). */
export interface CustomDomainDefinition {
  name: string;
  region: string;
  /** `rest` (default) or `v2` (HTTP and WebSocket APIs). */
  api?: 'rest' | 'v2';
  /** Default `REGIONAL`. */
  endpointType?: 'EDGE' | 'REGIONAL' | 'PRIVATE';
  /** The ACM certificate: the `ref` of a seeded certificate or an ARN. */
  certificate: string;
  /** Absent: the API's default. */
  securityPolicy?: 'TLS_1_0' | 'TLS_1_2';
}
