/**
 * The demo runs on the emulator (moto), which does not implement every read operation the
 * collectors call. Those gaps are labelled as such in what the demo prints, so that a
 * first-time user does not read them as a failure of the tool. The snapshot keeps them as
 * they are.
 */
import type { Snapshot } from '../graph/snapshot-types.ts';
import type { Gap } from '../graph/types.ts';

/** Gap codes of an operation the emulator does not implement (see classifyError in src/collect/aws-errors.ts). */
const NOT_IMPLEMENTED = new Set([
  'NonAwsResponse',
  'NotImplemented',
  'InvalidAction',
  'UnsupportedOperation',
  'UnknownOperationException',
  'UnsupportedOperationException',
]);

export const EMULATOR_LABEL = 'not implemented by the emulator (moto)';

export function isEmulatorGap(gap: Pick<Gap, 'code'>): boolean {
  return NOT_IMPLEMENTED.has(gap.code);
}

/** A copy of the snapshot for display, whose emulator gaps say so. */
export function labelEmulatorGaps(snapshot: Snapshot): Snapshot {
  return {
    ...snapshot,
    gaps: snapshot.gaps.map((g) => (isEmulatorGap(g) ? { ...g, code: EMULATOR_LABEL, message: `${g.code}: ${g.message}` } : g)),
  };
}
