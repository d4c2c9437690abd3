/** What Kms adds to the graph, at the type level: checked against its declaration (`index.ts`). */
import type { KeyDefinition } from '../../demo/seed/definition.ts';
import type { KmsAliasAttributes, KmsKeyAttributes } from '../../graph/attributes.ts';

export interface KmsTypes {
  name: 'kms';
  nodes: { 'kms.key': KmsKeyAttributes; 'kms.alias': KmsAliasAttributes };
  edges: { 'alias-of': true; 'replica-of': true };
  seed: KeyDefinition[];
}
