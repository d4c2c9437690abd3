/** What Ebs adds to the graph, at the type level: checked against its declaration (`index.ts`). */
import type { EbsDefinition } from '../../demo/seed/definition.ts';
import type { Ec2EbsDefaultsAttributes, Ec2SnapshotAttributes, Ec2VolumeAttributes } from '../../graph/attributes.ts';

export interface EbsTypes {
  name: 'ebs';
  nodes: { 'ec2.volume': Ec2VolumeAttributes; 'ec2.snapshot': Ec2SnapshotAttributes; 'ec2.ebs-defaults': Ec2EbsDefaultsAttributes };
  edges: { 'encrypted-by': true; 'default-key': true; 'snapshot-of': true };
  seed: EbsDefinition;
}
