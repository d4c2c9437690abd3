/**
 * Pure mapping of CloudFront's ListDistributions summaries to graph nodes and pending edges. No I/O.
 */
import type { CacheBehavior, DefaultCacheBehavior, DistributionSummary, Origin } from '@aws-sdk/client-cloudfront';
import type { TlsVersion } from '../../graph/attributes.ts';
import type { PendingEdge } from '../../graph/build.ts';
import type { Mapped } from '../../collect/mapped.ts';
import { compact } from '../../collect/paging.ts';
import { certificateEdge } from '../certificate-edge.ts';
import type { CloudFrontCacheBehavior, CloudFrontDistributionAttributes, CloudFrontOrigin } from './types.ts';

/**
 * The oldest TLS version each viewer security policy accepts, from the CloudFront Developer
 * Guide, "Supported protocols and ciphers between viewers and CloudFront"
 * (secure-connections-supported-viewer-protocols-ciphers). A policy not in the table is not
 * judged (`minTlsVersion` absent).
 */
export const VIEWER_POLICY_MIN_TLS: Readonly<Record<string, TlsVersion>> = {
  SSLv3: 'SSLv3',
  TLSv1: 'TLSv1',
  TLSv1_2016: 'TLSv1',
  'TLSv1.1_2016': 'TLSv1.1',
  'TLSv1.2_2018': 'TLSv1.2',
  'TLSv1.2_2019': 'TLSv1.2',
  'TLSv1.2_2021': 'TLSv1.2',
  'TLSv1.2_2025': 'TLSv1.2',
  'TLSv1.3_2025': 'TLSv1.3',
};

/** A certificate reference as read: the value, or null for an empty or absent one (emulators answer ""). */
const reference = (value: string | undefined): string | null => (value === undefined || value === '' ? null : value);

function behavior(b: DefaultCacheBehavior | CacheBehavior, pathPattern: string | null): CloudFrontCacheBehavior {
  return compact({
    id: pathPattern ?? 'default',
    pathPattern,
    viewerProtocolPolicy: b.ViewerProtocolPolicy,
    targetOriginId: b.TargetOriginId,
  });
}

/**
 * Whether a custom origin can be reached over HTTP: `http-only`, or `match-viewer` while a
 * behavior that sends requests to it allows viewers HTTP. A behavior whose target is not an
 * origin (an origin group) may reach any origin. Undefined when such a behavior's policy is
 * unknown.
 */
function reachedOverHttp(
  origin: CloudFrontOrigin,
  behaviors: readonly CloudFrontCacheBehavior[],
  originIds: ReadonlySet<string>,
): boolean | undefined {
  if (origin.protocolPolicy === 'http-only') return true;
  if (origin.protocolPolicy !== 'match-viewer') return false;
  const reaching = behaviors.filter(
    (b) => b.targetOriginId === origin.id || b.targetOriginId === undefined || !originIds.has(b.targetOriginId),
  );
  if (reaching.some((b) => b.viewerProtocolPolicy === 'allow-all')) return true;
  return reaching.every((b) => b.viewerProtocolPolicy !== undefined) ? false : undefined;
}

function mapOrigin(o: Origin): CloudFrontOrigin {
  const custom = o.CustomOriginConfig;
  return compact({
    id: o.Id ?? '',
    domainName: o.DomainName,
    custom: custom !== undefined,
    protocolPolicy: custom ? (custom.OriginProtocolPolicy ?? null) : null,
    sslProtocols: custom ? [...(custom.OriginSslProtocols?.Items ?? [])] : null,
  });
}

/** A distribution node from its ListDistributions summary, with its `uses-certificate` edge. */
export function mapDistribution(account: string, partition: string, d: DistributionSummary): Mapped<CloudFrontDistributionAttributes> {
  const distributionId = d.Id ?? '';
  const id = d.ARN ?? `arn:${partition}:cloudfront::${account}:distribution/${distributionId}`;
  const aliases = d.Aliases ? [...(d.Aliases.Items ?? [])] : undefined;
  const cacheBehaviors = d.DefaultCacheBehavior
    ? [behavior(d.DefaultCacheBehavior, null), ...(d.CacheBehaviors?.Items ?? []).map((b) => behavior(b, b.PathPattern ?? ''))]
    : undefined;
  const originIds = new Set((d.Origins?.Items ?? []).map((o) => o.Id ?? ''));
  const origins = d.Origins?.Items?.map(mapOrigin).map((o) => {
    const plaintext = o.custom ? (cacheBehaviors ? reachedOverHttp(o, cacheBehaviors, originIds) : undefined) : null;
    return plaintext === undefined ? o : { ...o, plaintext };
  });
  const viewer = d.ViewerCertificate;
  const acmCertificateArn = viewer ? reference(viewer.ACMCertificateArn) : undefined;
  const iamCertificateId = viewer ? reference(viewer.IAMCertificateId) : undefined;
  const customCertificate = viewer ? acmCertificateArn !== null || iamCertificateId !== null : undefined;
  const policy = viewer?.MinimumProtocolVersion;
  const attributes: CloudFrontDistributionAttributes = compact({
    internetFacing: true,
    protocol: 'HTTPS',
    port: null,
    hostNames:
      d.DomainName === undefined && aliases === undefined ? undefined : [...(aliases ?? []), ...(d.DomainName ? [d.DomainName] : [])],
    plaintextAccepted: cacheBehaviors?.every((b) => b.viewerProtocolPolicy !== undefined)
      ? cacheBehaviors.some((b) => b.viewerProtocolPolicy === 'allow-all')
      : undefined,
    tlsPolicy: policy,
    minTlsVersion: policy === undefined ? undefined : VIEWER_POLICY_MIN_TLS[policy],
    distributionId,
    domainName: d.DomainName,
    aliases,
    enabled: d.Enabled,
    status: d.Status,
    cacheBehaviors,
    origins,
    customCertificate,
    acmCertificateArn,
    iamCertificateId,
    minimumProtocolVersion: policy,
    sslSupportMethod: viewer ? (customCertificate ? (viewer.SSLSupportMethod ?? null) : null) : undefined,
    httpVersion: d.HttpVersion,
  } satisfies CloudFrontDistributionAttributes);
  const edge: PendingEdge | undefined =
    typeof acmCertificateArn === 'string' ? certificateEdge(id, 'ViewerCertificate.ACMCertificateArn', acmCertificateArn) : undefined;
  return {
    node: {
      id,
      type: 'cloudfront.distribution',
      account,
      region: '',
      name: aliases?.[0] ? `${distributionId} (${aliases[0]})` : distributionId,
      tags: {},
      attributes,
    },
    edges: edge ? [edge] : [],
  };
}
