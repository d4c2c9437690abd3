/**
 * Pure mapping of API Gateway's GetDomainNames answers (REST and v2) to graph nodes and pending edges. No I/O.
 */
import type { DomainName as RestDomainName } from '@aws-sdk/client-api-gateway';
import type { DomainName as V2DomainName } from '@aws-sdk/client-apigatewayv2';
import { TLS_VERSIONS, type TlsVersion } from '../../graph/attributes.ts';
import type { PendingEdge } from '../../graph/build.ts';
import type { Mapped } from '../../collect/mapped.ts';
import { resourceNode } from '../../collect/mapped.ts';
import { compact } from '../../collect/paging.ts';
import { certificateEdge } from '../certificate-edge.ts';
import type { ApiGatewayDomainNameAttributes } from './types.ts';

export interface ApiGatewayScope {
  partition: string;
  account: string;
  region: string;
}

/**
 * The oldest TLS version a security policy accepts. API Gateway Developer Guide, "Choose a
 * security policy for your custom domain in API Gateway" (apigateway-custom-domain-tls-version)
 * and "Security policies for REST APIs in API Gateway" (apigateway-security-policies): TLS_1_0
 * accepts TLS 1.0 and later, TLS_1_2 TLS 1.2 and later; the enhanced policies
 * `SecurityPolicy_TLS13_1_3_*` accept TLS 1.3 only, `SecurityPolicy_TLS13_1_2_*` and
 * `SecurityPolicy_TLS12_*` TLS 1.2 and later. Any other name is not judged (undefined).
 */
export function securityPolicyMinTls(policy: string): TlsVersion | undefined {
  if (policy === 'TLS_1_0') return 'TLSv1';
  if (policy === 'TLS_1_2') return 'TLSv1.2';
  if (/^SecurityPolicy_TLS13_1_3_/.test(policy)) return 'TLSv1.3';
  if (/^SecurityPolicy_TLS13_1_2_/.test(policy) || /^SecurityPolicy_TLS12_/.test(policy)) return 'TLSv1.2';
  return undefined;
}

/** The documented ARN of a custom domain name (API Gateway's answers may not carry it). */
export const domainNameArn = (scope: ApiGatewayScope, name: string): string =>
  `arn:${scope.partition}:apigateway:${scope.region}::/domainnames/${name}`;

const reference = (value: string | undefined): string | null => (value === undefined || value === '' ? null : value);

/** The TLS endpoint attributes every custom domain shares: HTTPS on 443 only; internet facing unless PRIVATE. */
function endpoint(name: string, types: string[] | undefined, policy: string | undefined): ApiGatewayDomainNameAttributes {
  return compact({
    domainName: name,
    api: 'rest' as const,
    internetFacing: types === undefined || types.length === 0 ? undefined : types.some((t) => t !== 'PRIVATE'),
    protocol: 'HTTPS',
    port: 443,
    hostNames: [name],
    plaintextAccepted: false,
    tlsPolicy: policy,
    minTlsVersion: policy === undefined ? undefined : securityPolicyMinTls(policy),
    endpointTypes: types,
    securityPolicy: policy,
  });
}

function node(
  scope: ApiGatewayScope,
  id: string,
  name: string,
  attributes: ApiGatewayDomainNameAttributes,
  edges: (PendingEdge | undefined)[],
) {
  return {
    node: resourceNode(scope, 'apigateway.domain-name', id, name, {}, attributes),
    edges: edges.filter((e): e is PendingEdge => e !== undefined),
  };
}

/** A REST API custom domain name: the EDGE certificate (`certificateArn`) and the regional one (`regionalCertificateArn`). */
export function mapRestDomainName(scope: ApiGatewayScope, d: RestDomainName): Mapped<ApiGatewayDomainNameAttributes> {
  const name = d.domainName ?? '';
  const id = d.domainNameArn ?? domainNameArn(scope, d.domainNameId ? `${name}+${d.domainNameId}` : name);
  const certificateArn = reference(d.certificateArn);
  const regionalCertificateArn = reference(d.regionalCertificateArn);
  const attributes: ApiGatewayDomainNameAttributes = compact({
    ...endpoint(name, d.endpointConfiguration?.types ? [...d.endpointConfiguration.types] : undefined, d.securityPolicy),
    api: 'rest' as const,
    certificateArn,
    regionalCertificateArn,
    status: d.domainNameStatus,
    mutualTls: d.mutualTlsAuthentication ? reference(d.mutualTlsAuthentication.truststoreUri) !== null : false,
  } satisfies ApiGatewayDomainNameAttributes);
  return node(scope, id, name, attributes, [
    certificateArn === null ? undefined : certificateEdge(id, 'certificateArn', certificateArn),
    regionalCertificateArn === null ? undefined : certificateEdge(id, 'regionalCertificateArn', regionalCertificateArn),
  ]);
}

/**
 * An HTTP or WebSocket API custom domain name: one configuration per endpoint, each with its
 * certificate and security policy (the oldest policy is the domain's).
 */
export function mapV2DomainName(scope: ApiGatewayScope, d: V2DomainName): Mapped<ApiGatewayDomainNameAttributes> {
  const name = d.DomainName ?? '';
  const id = d.DomainNameArn ?? domainNameArn(scope, name);
  const configurations = d.DomainNameConfigurations ?? [];
  const policies = configurations.map((c) => c.SecurityPolicy);
  // Every configuration must say its policy, else the domain's is not known.
  const known = policies.every((p) => p !== undefined) && policies.length > 0 ? (policies as string[]) : undefined;
  const policy = known?.sort((a, b) => rank(a) - rank(b))[0];
  const certificates = configurations.map((c) => reference(c.CertificateArn)).filter((c): c is string => c !== null);
  const types = configurations.map((c) => c.EndpointType).filter((t): t is NonNullable<typeof t> => t !== undefined);
  const attributes: ApiGatewayDomainNameAttributes = compact({
    ...endpoint(name, configurations.length > 0 && types.length === configurations.length ? types : undefined, policy),
    api: 'v2' as const,
    configurationCertificateArns: certificates,
    status: configurations[0]?.DomainNameStatus,
    mutualTls: d.MutualTlsAuthentication ? reference(d.MutualTlsAuthentication.TruststoreUri) !== null : false,
  } satisfies ApiGatewayDomainNameAttributes);
  return node(
    scope,
    id,
    name,
    attributes,
    [...new Set(certificates)].map((c) => certificateEdge(id, 'DomainNameConfigurations[].CertificateArn', c)),
  );
}

/** Orders security policies oldest first by the TLS version they accept (unknown names first: not judged as strong). */
function rank(policy: string): number {
  const version = securityPolicyMinTls(policy);
  return version === undefined ? -1 : TLS_VERSIONS.indexOf(version);
}
