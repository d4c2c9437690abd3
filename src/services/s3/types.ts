/** What S3 adds to the graph, at the type level: checked against its declaration (`index.ts`). */
import type { BucketDefinition } from '../../demo/seed/definition.ts';
import type { S3BucketAttributes } from '../../graph/attributes.ts';

export interface S3Types {
  name: 's3';
  nodes: { 's3.bucket': S3BucketAttributes };
  edges: { 'encrypted-by': true; 'replica-encrypted-by': true; 'replicates-to': true };
  seed: BucketDefinition[];
}
