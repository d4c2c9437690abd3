/**
 * Limits on the policies the analyzer takes on. A policy comes from whoever can write it in
 * a scanned account, so before any analysis its size and the counts that the analysis grows
 * with are checked; past a limit the verdict is `unknown` with the reason, never a long run.
 *
 * The size limits are twice what AWS accepts: a bucket policy is limited to 20 KB (Amazon S3
 * User Guide, "Bucket policies and user policies") and a key policy to 32 KiB, 32768 bytes
 * (AWS KMS API Reference, PutKeyPolicy). The size is the UTF-8 length of the text as read, or
 * for a parsed document a bound from below on the length of its compact JSON. The other
 * limits are far above what a policy of that size written for people holds, and keep the
 * worst case of the analysis short.
 */
import type { PolicyVerdict } from '../graph/attributes.ts';
import { analyzePolicy as analyzeUnbounded, type TrustSettings } from './analyze.ts';
import { withBudget } from './budget.ts';
import type { PolicyKind } from './document.ts';

export const POLICY_LIMITS = {
  /** Bytes of a bucket policy (AWS: 20 KB). */
  s3Bytes: 40 * 1024,
  /** Bytes of a key policy (AWS: 32 KiB). */
  kmsBytes: 64 * 1024,
  /** Characters of one string in the policy (an ARN is at most 2048). */
  valueChars: 4096,
  /** Statements in one policy. */
  statements: 200,
  /** Condition values in one policy, all operators and keys together. */
  conditionValues: 500,
  /** Principals named in one policy (Principal and NotPrincipal, all statements). */
  principals: 1000,
  /**
   * Units of work of one analysis (a condition value compared, a character of a wildcard
   * match): a fraction of a second; the policies people write need a tiny part of it.
   */
  workUnits: 5_000_000,
} as const;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Leaf values (strings, numbers...) inside a value, counted without recursion. */
function count(value: unknown): number {
  let n = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) for (const x of v) stack.push(x);
    else if (isObject(v)) for (const x of Object.values(v)) stack.push(x);
    else if (v !== undefined) n++;
  }
  return n;
}

/**
 * One walk of a parsed document, without recursion: at least how many bytes its compact JSON
 * has (strings and keys by their UTF-16 length, quotes, separators and literals counted; a
 * bound from below, exact for ASCII without escapes), and whether a string or key is longer
 * than the limit. Cheap enough to run before every analysis.
 */
function measure(doc: unknown): { bytes: number; longString: boolean } {
  let bytes = 0;
  let longString = false;
  const stack: unknown[] = [doc];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') {
      bytes += v.length + 2;
      if (v.length > POLICY_LIMITS.valueChars) longString = true;
    } else if (Array.isArray(v)) {
      bytes += 1 + v.length;
      for (const x of v) stack.push(x);
    } else if (isObject(v)) {
      const keys = Object.keys(v);
      bytes += 1 + keys.length;
      for (const k of keys) {
        bytes += k.length + 3;
        if (k.length > POLICY_LIMITS.valueChars) longString = true;
        stack.push(v[k]);
      }
    } else bytes += String(v).length;
  }
  return { bytes, longString };
}

/** The JSON pointer of the first string (or key) longer than the limit: only looked for once one is known to be there. */
function longStringPointer(doc: unknown): string {
  const stack: { value: unknown; pointer: string }[] = [{ value: doc, pointer: '' }];
  while (stack.length > 0) {
    const { value, pointer } = stack.pop()!;
    if (typeof value === 'string') {
      if (value.length > POLICY_LIMITS.valueChars) return pointer || '/';
    } else if (Array.isArray(value)) value.forEach((v, i) => stack.push({ value: v, pointer: `${pointer}/${i}` }));
    else if (isObject(value)) {
      for (const [k, v] of Object.entries(value)) {
        if (k.length > POLICY_LIMITS.valueChars) return `${pointer}/${k.slice(0, 40)}...`;
        stack.push({ value: v, pointer: `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}` });
      }
    }
  }
  return '/';
}

const kib = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;

/**
 * Checks a policy against the limits: why it is beyond what the analyzer takes on, or the
 * document to analyze (parsed once here when it is text, so the analyzer does not parse it
 * again; text that is not valid JSON is passed on as it is, for the parser to report).
 */
export function checkPolicyLimits(policy: unknown, kind: PolicyKind): { exceeded: string } | { document: unknown } {
  const max = kind === 's3' ? POLICY_LIMITS.s3Bytes : POLICY_LIMITS.kmsBytes;
  const aws = kind === 's3' ? 'a bucket policy may have 20 KB' : 'a key policy may have 32 KiB';
  const tooBig = (bytes: number) => ({
    exceeded: `the policy is ${kib(bytes)}, more than the ${kib(max)} the analyzer takes on (${aws}): not analyzed`,
  });
  let doc = policy;
  if (typeof policy === 'string') {
    const bytes = Buffer.byteLength(policy, 'utf8');
    if (bytes > max) return tooBig(bytes);
    try {
      doc = JSON.parse(policy) as unknown;
    } catch {
      return { document: policy };
    }
  }
  // Not an object (text `null`, a list...): the parser reports it as the policy was given.
  if (!isObject(doc)) return { document: policy };
  const measured = measure(doc);
  if (measured.bytes > max) return tooBig(measured.bytes);
  if (measured.longString) {
    return { exceeded: `${longStringPointer(doc)}: a value longer than ${POLICY_LIMITS.valueChars} characters: not analyzed` };
  }
  const raw = doc['Statement'];
  const statements = Array.isArray(raw) ? raw : [raw];
  if (statements.length > POLICY_LIMITS.statements) {
    return {
      exceeded: `the policy has ${statements.length} statements, more than the ${POLICY_LIMITS.statements} the analyzer takes on: not analyzed`,
    };
  }
  let conditionValues = 0;
  let principals = 0;
  for (const s of statements) {
    if (!isObject(s)) continue;
    conditionValues += count(s['Condition']);
    principals += count(s['Principal']) + count(s['NotPrincipal']);
  }
  if (conditionValues > POLICY_LIMITS.conditionValues) {
    return {
      exceeded: `the policy has ${conditionValues} condition values, more than the ${POLICY_LIMITS.conditionValues} the analyzer takes on: not analyzed`,
    };
  }
  if (principals > POLICY_LIMITS.principals) {
    return {
      exceeded: `the policy names ${principals} principals, more than the ${POLICY_LIMITS.principals} the analyzer takes on: not analyzed`,
    };
  }
  return { document: doc };
}

/** Why the policy is beyond the limits, or undefined when it is within them. */
export function policyLimitExceeded(policy: unknown, kind: PolicyKind): string | undefined {
  const checked = checkPolicyLimits(policy, kind);
  return 'exceeded' in checked ? checked.exceeded : undefined;
}

/**
 * Runs an analysis behind the limits: a policy beyond them, or one whose analysis runs out of
 * its work budget, is `unknown` with the reason (and nothing else the analysis would give).
 */
export function withinPolicyLimits<T extends { verdict: PolicyVerdict }>(
  policy: unknown,
  kind: PolicyKind,
  analyze: (document: unknown) => T,
): T | { verdict: PolicyVerdict } {
  const checked = policy === null ? { document: policy } : checkPolicyLimits(policy, kind);
  if ('exceeded' in checked) return { verdict: { status: 'unknown', reason: checked.exceeded, statements: [] } };
  const run = withBudget(POLICY_LIMITS.workUnits, () => analyze(checked.document));
  if (run.ok) return run.value;
  return {
    verdict: {
      status: 'unknown',
      reason: `the policy needs more work to analyze than the analyzer spends on one policy (${POLICY_LIMITS.workUnits / 1_000_000} million steps): not analyzed`,
      statements: [],
    },
  };
}

/** The analyzer behind its limits (see withinPolicyLimits). */
export function analyzePolicy(policy: unknown, kind: PolicyKind, owner: string, trust: TrustSettings = {}): PolicyVerdict {
  return withinPolicyLimits(policy, kind, (document) => ({ verdict: analyzeUnbounded(document, kind, owner, trust) })).verdict;
}
