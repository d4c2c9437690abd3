/** What Acm adds to the graph, at the type level: checked against its declaration (`index.ts`). */
import type { CertificateDefinition } from '../../demo/seed/definition.ts';
import type { AcmCertificateAttributes } from '../../graph/attributes.ts';

export interface AcmTypes {
  name: 'acm';
  nodes: { 'acm.certificate': AcmCertificateAttributes };
  edges: Record<never, true>;
  seed: CertificateDefinition[];
}
