/**
 * The TLS protocols of Elastic Load Balancing's predefined security policies, checked in from
 * the AWS documentation so that a scan judges a listener's policy without asking AWS (and so
 * that emulators, which know only some of them, do not decide the verdict). Shared by ELBv2
 * (Application and Network Load Balancers) and Classic Load Balancers, which use the same
 * `ELBSecurityPolicy-*` names.
 *
 * Sources (Elastic Load Balancing User Guides):
 * - "Security policies for your Application Load Balancer"
 *   (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html),
 *   tables "TLS protocols" of the TLS 1.3, FIPS, forward secrecy and TLS 1.0-1.2 policies;
 * - "Security policies for your Network Load Balancer"
 *   (https://docs.aws.amazon.com/elasticloadbalancing/latest/network/describe-ssl-policies.html),
 *   the same policy names;
 * - "Predefined SSL security policies for Classic Load Balancers"
 *   (https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-security-policy-table.html).
 *
 * A name missing here is resolved by `DescribeSSLPolicies` (ELBv2) or the policy's own
 * `Protocol-*` attributes (Classic); a name neither knows is unknown, never safe.
 */
import { TLS_VERSIONS, type TlsVersion } from '../graph/attributes.ts';

const FROM_1_0: readonly TlsVersion[] = ['TLSv1', 'TLSv1.1', 'TLSv1.2'];
const FROM_1_1: readonly TlsVersion[] = ['TLSv1.1', 'TLSv1.2'];
const ONLY_1_2: readonly TlsVersion[] = ['TLSv1.2'];
const TLS13_FROM_1_0: readonly TlsVersion[] = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
const TLS13_FROM_1_1: readonly TlsVersion[] = ['TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
const TLS13_FROM_1_2: readonly TlsVersion[] = ['TLSv1.2', 'TLSv1.3'];
const ONLY_1_3: readonly TlsVersion[] = ['TLSv1.3'];

/** Policy name -> the TLS protocols it accepts from clients. */
export const ELB_SECURITY_POLICIES: Readonly<Record<string, readonly TlsVersion[]>> = {
  // TLS 1.3 policies (Application and Network Load Balancers).
  'ELBSecurityPolicy-TLS13-1-3-2021-06': ONLY_1_3,
  'ELBSecurityPolicy-TLS13-1-3-PQ-2025-09': ONLY_1_3,
  'ELBSecurityPolicy-TLS13-1-2-2021-06': TLS13_FROM_1_2,
  'ELBSecurityPolicy-TLS13-1-2-PQ-2025-09': TLS13_FROM_1_2,
  'ELBSecurityPolicy-TLS13-1-2-Res-2021-06': TLS13_FROM_1_2,
  'ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09': TLS13_FROM_1_2,
  'ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06': TLS13_FROM_1_2,
  'ELBSecurityPolicy-TLS13-1-2-Ext1-PQ-2025-09': TLS13_FROM_1_2,
  'ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06': TLS13_FROM_1_2,
  'ELBSecurityPolicy-TLS13-1-2-Ext2-PQ-2025-09': TLS13_FROM_1_2,
  'ELBSecurityPolicy-TLS13-1-1-2021-06': TLS13_FROM_1_1,
  'ELBSecurityPolicy-TLS13-1-0-2021-06': TLS13_FROM_1_0,
  'ELBSecurityPolicy-TLS13-1-0-PQ-2025-09': TLS13_FROM_1_0,
  // FIPS policies.
  'ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04': ONLY_1_3,
  'ELBSecurityPolicy-TLS13-1-2-Res-FIPS-2023-04': TLS13_FROM_1_2,
  'ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04': TLS13_FROM_1_2,
  'ELBSecurityPolicy-TLS13-1-2-Ext0-FIPS-2023-04': TLS13_FROM_1_2,
  'ELBSecurityPolicy-TLS13-1-2-Ext1-FIPS-2023-04': TLS13_FROM_1_2,
  'ELBSecurityPolicy-TLS13-1-2-Ext2-FIPS-2023-04': TLS13_FROM_1_2,
  'ELBSecurityPolicy-TLS13-1-1-FIPS-2023-04': TLS13_FROM_1_1,
  'ELBSecurityPolicy-TLS13-1-0-FIPS-2023-04': TLS13_FROM_1_0,
  // Forward secrecy policies.
  'ELBSecurityPolicy-FS-1-2-Res-2020-10': ONLY_1_2,
  'ELBSecurityPolicy-FS-1-2-Res-2019-08': ONLY_1_2,
  'ELBSecurityPolicy-FS-1-2-2019-08': ONLY_1_2,
  'ELBSecurityPolicy-FS-1-1-2019-08': FROM_1_1,
  'ELBSecurityPolicy-FS-2018-06': FROM_1_0,
  // TLS 1.0 to 1.2 policies (also Classic Load Balancers' predefined policies).
  'ELBSecurityPolicy-TLS-1-2-Ext-2018-06': ONLY_1_2,
  'ELBSecurityPolicy-TLS-1-2-2017-01': ONLY_1_2,
  'ELBSecurityPolicy-TLS-1-1-2017-01': FROM_1_1,
  'ELBSecurityPolicy-2016-08': FROM_1_0,
  'ELBSecurityPolicy-TLS-1-0-2015-04': FROM_1_0,
  'ELBSecurityPolicy-2015-05': FROM_1_0,
  // Older Classic Load Balancer policies (SSLv3 was disabled from ELBSecurityPolicy-2014-10 on).
  'ELBSecurityPolicy-2015-03': FROM_1_0,
  'ELBSecurityPolicy-2015-02': FROM_1_0,
  'ELBSecurityPolicy-2014-10': FROM_1_0,
};

/** The TLS protocols a predefined policy accepts, or undefined when the table does not know the name. */
export function knownPolicyProtocols(name: string): readonly TlsVersion[] | undefined {
  return Object.hasOwn(ELB_SECURITY_POLICIES, name) ? ELB_SECURITY_POLICIES[name] : undefined;
}

/** A protocol as ELB names it (`TLSv1.2`, `Protocol-TLSv1.2` without its prefix, `SSLv3`), or undefined. */
export function tlsVersion(name: string): TlsVersion | undefined {
  return (TLS_VERSIONS as readonly string[]).includes(name) ? (name as TlsVersion) : undefined;
}

/** The oldest of some protocols (undefined for none). */
export function oldestTlsVersion(protocols: readonly TlsVersion[]): TlsVersion | undefined {
  const sorted = [...protocols].sort((a, b) => TLS_VERSIONS.indexOf(a) - TLS_VERSIONS.indexOf(b));
  return sorted[0];
}

/** Protocols sorted oldest first, without repeats. */
export function sortedTlsVersions(protocols: readonly TlsVersion[]): TlsVersion[] {
  return [...new Set(protocols)].sort((a, b) => TLS_VERSIONS.indexOf(a) - TLS_VERSIONS.indexOf(b));
}
