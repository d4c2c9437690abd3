/**
 * Pure mapping of OpenSearch Service `DescribeDomains` answers to graph nodes and pending
 * edges. No I/O.
 */
import type { DomainStatus } from '@aws-sdk/client-opensearch';
import { arns } from '../../graph/arn.ts';
import type { TlsVersion } from '../../graph/attributes.ts';
import type { PendingEdge } from '../../graph/build.ts';
import { resourceNode, type Mapped } from '../../collect/mapped.ts';
import { compact } from '../../collect/paging.ts';
import { certificateEdge } from '../certificate-edge.ts';
import type { OpenSearchDomainAttributes } from './types.ts';

export interface OpenSearchScope {
  partition: string;
  account: string;
  region: string;
}

/** The alias of the key OpenSearch Service uses when a domain is encrypted at rest without one. */
export const OPENSEARCH_DEFAULT_KEY_ALIAS = 'alias/aws/es';

/** The documented ARN of a domain, for the gap of a failed description and a domain whose answer named none. */
export function domainArn(scope: OpenSearchScope, domainName: string): string {
  return `arn:${scope.partition}:es:${scope.region}:${scope.account}:domain/${domainName}`;
}

/**
 * The oldest TLS version a domain's TLS security policy accepts, from the policy's
 * documented name (`Policy-Min-TLS-1-0-2019-07`: TLS 1.0; `Policy-Min-TLS-1-2-PFS-2023-10`:
 * TLS 1.2; OpenSearch Service API Reference, DomainEndpointOptions). A name of another form is
 * not known.
 */
export function minTlsVersionOfPolicy(policy: string | undefined): TlsVersion | undefined {
  const m = /^Policy-Min-TLS-1-([0-3])-/.exec(policy ?? '');
  if (!m) return undefined;
  return m[1] === '0' ? 'TLSv1' : (`TLSv1.${m[1]}` as TlsVersion);
}

/**
 * The key of a domain as recorded and resolved: the key AWS names; for a domain encrypted at
 * rest whose answer names none (the emulator's answer for the default key), the alias ARN of
 * `aws/es` in its region; none when it is not encrypted at rest.
 */
export function domainKeyRef(scope: OpenSearchScope, kmsKeyId: string | undefined, enabled: boolean | undefined): string | undefined {
  if (enabled !== true) return undefined;
  if (kmsKeyId !== undefined && kmsKeyId !== '') return kmsKeyId;
  return arns.kmsAlias(scope.partition, scope.region, scope.account, OPENSEARCH_DEFAULT_KEY_ALIAS);
}

export function mapDomain(scope: OpenSearchScope, d: DomainStatus): Mapped<OpenSearchDomainAttributes> {
  const domainName = d.DomainName ?? '';
  const id = d.ARN || domainArn(scope, domainName);
  const atRest = d.EncryptionAtRestOptions?.Enabled;
  const key = domainKeyRef(scope, d.EncryptionAtRestOptions?.KmsKeyId, atRest);
  const endpoint = d.DomainEndpointOptions;
  const customEndpoint = endpoint?.CustomEndpointEnabled === true ? endpoint.CustomEndpoint || undefined : undefined;
  const certificate = endpoint?.CustomEndpointEnabled === true ? endpoint.CustomEndpointCertificateArn || undefined : undefined;
  const hostNames = [d.Endpoint, ...Object.values(d.Endpoints ?? {}), customEndpoint].filter((h): h is string => !!h);
  const attributes: OpenSearchDomainAttributes = compact({
    domainName,
    domainId: d.DomainId,
    engineVersion: d.EngineVersion,
    encryptionMode: atRest === undefined ? undefined : atRest ? 'kms' : 'none',
    encryptionAtRestEnabled: atRest,
    kmsKeyId: key ?? (atRest === false ? null : undefined),
    nodeToNodeEncryptionEnabled: d.NodeToNodeEncryptionOptions?.Enabled,
    enforceHttps: endpoint?.EnforceHTTPS,
    customEndpointEnabled: endpoint?.CustomEndpointEnabled ?? (endpoint === undefined ? undefined : false),
    customEndpointCertificateArn: certificate ?? (endpoint === undefined ? undefined : null),
    vpc: d.VPCOptions !== undefined,
    deleted: d.Deleted,
    internetFacing: d.VPCOptions === undefined,
    protocol: 'HTTPS',
    port: 443,
    hostNames,
    plaintextAccepted: endpoint?.EnforceHTTPS === undefined ? undefined : !endpoint.EnforceHTTPS,
    tlsPolicy: endpoint?.TLSSecurityPolicy,
    minTlsVersion: minTlsVersionOfPolicy(endpoint?.TLSSecurityPolicy),
  });
  const edges: PendingEdge[] = [];
  if (key !== undefined) {
    edges.push({
      from: id,
      kind: 'encrypted-by',
      field: 'DomainStatusList[].EncryptionAtRestOptions.KmsKeyId',
      ref: key,
      target: { kind: 'kms-key', context: { ...scope } },
    });
  }
  const uses =
    certificate === undefined
      ? undefined
      : certificateEdge(id, 'DomainStatusList[].DomainEndpointOptions.CustomEndpointCertificateArn', certificate);
  if (uses) edges.push(uses);
  return { node: resourceNode(scope, 'opensearch.domain', id, domainName, {}, attributes), edges };
}

/** A listed domain whose description could not be read: its name, and nothing that was not read. */
export function unreadDomain(scope: OpenSearchScope, domainName: string): Mapped<OpenSearchDomainAttributes> {
  return { node: resourceNode(scope, 'opensearch.domain', domainArn(scope, domainName), domainName, {}, { domainName }), edges: [] };
}
