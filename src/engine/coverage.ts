/**
 * What the scan did not see. A rule's outcome is `unknown` when the data that would decide
 * it may be missing: an absent attribute, or related nodes that a gap may have hidden
 * (a service not scanned, a denied listing, an unfinished task in the node's region).
 */
import type { Graph } from '../graph/graph.ts';
import type { Gap, GraphNode, Service } from '../graph/types.ts';
import { reachableTypes, serviceOfType, type RuleEdgeKind } from './edges.ts';

export interface ScanCoverage {
  /** The services the scan collected. */
  services: readonly Service[];
  /** Tasks that did not finish. */
  unfinished?: readonly { account: string; region: string; service: string }[];
}

export class Coverage {
  readonly #graph: Graph;
  readonly #services: ReadonlySet<string>;
  /** `service|account|region` of every gap and unfinished task. */
  readonly #holes = new Set<string>();
  readonly #nodeGaps = new Map<string, Gap[]>();

  constructor(graph: Graph, scan: ScanCoverage) {
    this.#graph = graph;
    this.#services = new Set(scan.services);
    for (const g of graph.gaps) this.#holes.add(`${g.service}|${g.account}|${g.region}`);
    for (const u of scan.unfinished ?? []) this.#holes.add(`${u.service}|${u.account}|${u.region}`);
  }

  /** Gaps that may hide data of the node itself (its own, and list-level gaps of its service where it lives). */
  nodeGaps(node: GraphNode): Gap[] {
    let gaps = this.#nodeGaps.get(node.id);
    if (gaps === undefined) {
      const service = serviceOfType(node.type);
      gaps = service === undefined ? [] : this.#graph.gapsFor(node, service);
      this.#nodeGaps.set(node.id, gaps);
    }
    return gaps;
  }

  /**
   * Whether related nodes reached over `kinds` may be missing. Outgoing edges come from the
   * node's own data, so only its own gaps matter; incoming edges come from other resources,
   * whose services may not have been scanned or may have gaps in the node's account and region.
   */
  mayHideRelated(node: GraphNode, direction: 'out' | 'in', kinds: readonly RuleEdgeKind[]): boolean {
    if (direction === 'out') return this.nodeGaps(node).length > 0;
    for (const type of reachableTypes(kinds, 'in')) {
      const service = serviceOfType(type);
      if (service === undefined) continue;
      if (!this.#services.has(service)) return true;
      if (this.#holes.has(`${service}|${node.account}|${node.region}`) || this.#holes.has(`${service}|${node.account}|`)) return true;
    }
    return false;
  }
}
