/**
 * The `uses-certificate` edge every TLS endpoint draws to the certificate it presents, from
 * the certificate reference in its own configuration (a listener's `CertificateArn`, a
 * distribution's `ACMCertificateArn`, a custom domain's `certificateArn`). Shared by the
 * endpoint services so that each reference resolves the same way.
 */
import { parseArn } from '../graph/arn.ts';
import type { PendingEdge } from '../graph/build.ts';

/**
 * The pending edge from an endpoint to the certificate an ARN names, or undefined when the
 * reference is neither an ACM certificate ARN nor an IAM server certificate ARN (kept as an
 * attribute for the evidence instead).
 * A certificate that was not collected (another region, another account) becomes an
 * `external` node that says why, as every unresolved reference does.
 */
export function certificateEdge(from: string, field: string, ref: string): PendingEdge | undefined {
  const arn = parseArn(ref);
  if (arn?.service === 'acm' && arn.resourceType === 'certificate') {
    return {
      from,
      kind: 'uses-certificate',
      field,
      ref,
      target: { kind: 'resource', id: ref, type: 'acm.certificate', service: 'acm', account: arn.account, region: arn.region },
    };
  }
  if (arn?.service === 'iam' && arn.resourceType === 'server-certificate') {
    // IAM is global: the ARN names no region.
    return {
      from,
      kind: 'uses-certificate',
      field,
      ref,
      target: { kind: 'resource', id: ref, type: 'iam.server-certificate', service: 'iam', account: arn.account, region: '' },
    };
  }
  return undefined;
}
