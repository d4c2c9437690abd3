/** What CloudTrail adds to the graph, at the type level: checked against its declaration (`index.ts`). */
import type { TrailDefinition } from '../../demo/seed/definition.ts';
import type { CloudTrailRegionAttributes, CloudTrailTrailAttributes } from '../../graph/attributes.ts';

export interface CloudTrailTypes {
  name: 'cloudtrail';
  nodes: { 'cloudtrail.trail': CloudTrailTrailAttributes; 'cloudtrail.region': CloudTrailRegionAttributes };
  edges: { 'encrypted-by': true; 'logs-to': true; 'logged-by': true };
  seed: TrailDefinition[];
}
