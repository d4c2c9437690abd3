/**
 * The identity of a result from scan to scan: derived only from the rule id and the
 * resource's canonical ARN (the graph node id), never from messages, times, tags or
 * severities, so that the same misconfiguration stays the same alert in code scanning and
 * the same entry in a baseline.
 */
import { createHash } from 'node:crypto';

/** Bumped if the recipe ever changes; it is part of the SARIF fingerprint's name. */
export const FINGERPRINT_VERSION = 1;

/** SHA-256 (hex) of the rule id and canonical ARN. */
export function resultFingerprint(ruleId: string, arn: string): string {
  return createHash('sha256').update(`cryptoposture/v${FINGERPRINT_VERSION}\n${ruleId}\n${arn}`).digest('hex');
}

export function isFailure(status: string): boolean {
  return status === 'fail' || status === 'error';
}
