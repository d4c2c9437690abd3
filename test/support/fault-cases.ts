/**
 * The cases of the fault-injection suite, generated from the operations the collectors
 * declare (`Collector.responses`): every fault class that can apply to an operation's
 * answer, so the suite grows with every service and operation added.
 */
import type { Collector } from '../../src/collect/collector.ts';
import { COLLECTORS } from '../../src/collect/registry.ts';
import type { Service } from '../../src/graph/types.ts';
import { ANSWER_FAULTS, type AnswerFault } from './fault-proxy.ts';

export interface FaultCase {
  fault: AnswerFault;
  /** The collector's service (what `--services` names). */
  service: Service;
  /** The SigV4 signing name (ec2 for EBS). */
  client: string;
  operation: string;
}

/** Next-page markers of the declared listings. */
const MARKERS = ['NextMarker', 'NextToken', 'nextToken', 'Marker', 'ContinuationToken'];

function declared(shape: unknown): string[] {
  return Object.keys((shape as { properties?: Record<string, unknown> }).properties ?? {});
}

/** Whether a fault class can apply to an answer of this shape. */
function applies(fault: AnswerFault, shape: unknown): boolean {
  const fields = declared(shape);
  if (fault === 'repeatToken') return fields.some((f) => MARKERS.includes(f));
  if (fault === 'truncatedNoMarker') return fields.includes('Truncated');
  return true;
}

export function faultCases(collectors: Partial<Record<Service, Collector>> = COLLECTORS): FaultCase[] {
  const cases: FaultCase[] = [];
  for (const collector of Object.values(collectors)) {
    for (const [key, shape] of Object.entries(collector.responses)) {
      const [client = '', operation = ''] = key.split(':');
      for (const fault of ANSWER_FAULTS) if (applies(fault, shape)) cases.push({ fault, service: collector.service, client, operation });
    }
  }
  return cases;
}

/**
 * The sample CI runs: each fault class once, on operations of different services spread
 * over the list (deterministic, so a failure is reproducible).
 */
export function sampleCases(all: readonly FaultCase[]): FaultCase[] {
  return ANSWER_FAULTS.flatMap((fault, i) => {
    const candidates = all.filter((c) => c.fault === fault);
    const pick = candidates[(i * 7) % Math.max(1, candidates.length)];
    return pick === undefined ? [] : [pick];
  });
}
