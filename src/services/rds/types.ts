/** What Rds adds to the graph, at the type level: checked against its declaration (`index.ts`). */
import type { RdsDefinition } from '../../demo/seed/definition.ts';
import type { RdsClusterAttributes, RdsInstanceAttributes, RdsSnapshotAttributes } from '../../graph/attributes.ts';

export interface RdsTypes {
  name: 'rds';
  nodes: {
    'rds.instance': RdsInstanceAttributes;
    'rds.cluster': RdsClusterAttributes;
    'rds.snapshot': RdsSnapshotAttributes;
    'rds.cluster-snapshot': RdsSnapshotAttributes;
  };
  edges: { 'encrypted-by': true; 'snapshot-of': true };
  seed: RdsDefinition;
}
