/**
 * Which kind of policy a document is, from what it names: a `kms:` or `s3:` action, a KMS
 * or S3 resource ARN (`arn:aws:kms:...`, `arn:aws:s3:::...`), or a `kms:` or `s3:`
 * condition key (Service Authorization Reference: the service prefixes of AWS KMS and Amazon
 * S3; IAM User Guide, "IAM identifiers": ARN formats). KMS hints win over S3 ones, since a
 * key policy may mention S3 (kms:ViaService s3...) while a bucket policy seldom names KMS
 * actions. Undefined when nothing hints at either.
 */
import type { PolicyKind } from './document.ts';

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function inferPolicyKind(document: unknown): PolicyKind | undefined {
  if (!isObject(document)) return undefined;
  const raw = document['Statement'];
  const statements = (Array.isArray(raw) ? raw : [raw]).filter(isObject);
  const hints = { kms: 0, s3: 0 };
  const note = (text: string, kmsPattern: RegExp, s3Pattern: RegExp) => {
    if (kmsPattern.test(text)) hints.kms++;
    else if (s3Pattern.test(text)) hints.s3++;
  };
  for (const s of statements) {
    for (const a of [...strings(s['Action']), ...strings(s['NotAction'])]) note(a, /^kms:/i, /^s3:/i);
    for (const r of [...strings(s['Resource']), ...strings(s['NotResource'])]) note(r, /^arn:[^:]*:kms:/, /^arn:[^:]*:s3:/);
    const condition = s['Condition'];
    if (isObject(condition)) {
      for (const keys of Object.values(condition)) {
        if (isObject(keys)) for (const key of Object.keys(keys)) note(key, /^kms:/i, /^s3:/i);
      }
    }
  }
  if (hints.kms > 0) return 'kms';
  return hints.s3 > 0 ? 's3' : undefined;
}
