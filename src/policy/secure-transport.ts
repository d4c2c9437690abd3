/**
 * Whether a bucket policy refuses plain HTTP: a Deny for every principal, covering all S3
 * actions on the bucket and its objects, whose only condition is `aws:SecureTransport`
 * false (S3 User Guide, enforcing encryption in transit; key names are case-insensitive).
 */
import { parsePolicy } from './document.ts';
import { coversWithin } from './pattern-set.ts';

/** True or false for a readable policy (false for `null`, no policy); undefined when it cannot be read. */
export function enforcesSecureTransport(policy: unknown, bucketArn: string): boolean | undefined {
  if (policy === null) return false;
  const parsed = parsePolicy(policy);
  if (!parsed.ok) return undefined;
  const targets = { negated: false, patterns: [bucketArn, `${bucketArn}/*`], ignoreCase: false };
  const allS3 = { negated: false, patterns: ['s3:*'], ignoreCase: true };
  return parsed.statements.some((s) => {
    if (s.effect !== 'Deny') return false;
    const p = s.principal;
    const everyone = !p.negated && (p.star || p.aws.includes('*'));
    if (!everyone) return false;
    if (!coversWithin(s.actions, allS3, 's3:*') || !coversWithin(s.resources, targets, '*')) return false;
    return (
      s.conditions.length > 0 &&
      s.conditions.every(
        (c) =>
          (c.operator === 'Bool' || c.operator === 'BoolIfExists') &&
          c.key.toLowerCase() === 'aws:securetransport' &&
          c.values.length > 0 &&
          c.values.every((v) => v.toLowerCase() === 'false'),
      )
    );
  });
}
