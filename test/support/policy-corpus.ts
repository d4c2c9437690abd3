/** Loads the labelled policy corpus (`fixtures/policies/*.json`): one array of cases per file. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PolicyScopeKind, PolicyServiceGrant } from '../../src/graph/attributes.ts';
import type { PolicyKind, TrustSettings } from '../../src/policy/index.ts';

export interface CorpusCase {
  id: string;
  kind: PolicyKind;
  owner: string;
  trust?: TrustSettings;
  /** One line citing the documented rule the expected verdict follows. */
  reason: string;
  /** Where users reported this shape (an issue in a peer's tracker). */
  seenIn?: string;
  /** The kind must also be inferred from the document alone (`policy explain` without --kind). */
  inferKind?: boolean;
  policy: unknown;
  expected:
    | {
        status: 'ok';
        public: boolean;
        externalAccounts: string[];
        scopes: { kind: PolicyScopeKind; values: string[]; trusted?: boolean }[];
        /** Allow statements that grant anything after conditions and Denies. */
        granting?: string[];
        services?: Omit<PolicyServiceGrant, 'statements'>[];
        otherPrincipals?: string[];
        trustedAccounts?: string[];
        /** Text the verdict's reason must contain. */
        reasonIncludes?: string;
      }
    | { status: 'unknown'; reasonIncludes: string };
  file: string;
}

export const CORPUS_DIR = new URL('../../fixtures/policies/', import.meta.url).pathname;

export function loadCorpus(): CorpusCase[] {
  const cases: CorpusCase[] = [];
  for (const file of readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const list = JSON.parse(readFileSync(join(CORPUS_DIR, file), 'utf8')) as Omit<CorpusCase, 'file'>[];
    for (const c of list) cases.push({ ...c, file });
  }
  return cases;
}
