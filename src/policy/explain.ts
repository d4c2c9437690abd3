/** The sentences of a verdict: statement ids, atoms, scopes, and why a condition did not narrow. */
import type { PolicyScopeKind } from '../graph/attributes.ts';
import { ABSENT, OTHER, type Atom, type Candidate } from './conditions.ts';

export function quoteId(id: string): string {
  return id.startsWith('#') ? id : `"${id}"`;
}

export function statementList(ids: readonly string[]): string {
  return `${ids.length === 1 ? 'statement' : 'statements'} ${ids.map(quoteId).join(', ')}`;
}

export function plural(word: string, items: readonly string[]): string {
  return `${word}${items.length === 1 ? '' : 's'} ${items.join(', ')}`;
}

function values(atom: Atom): string {
  return atom.written.length === 1 ? atom.written[0]! : `[${atom.written.join(', ')}]`;
}

export function atomText(atom: Atom): string {
  return `${atom.label} ${values(atom)}`;
}

/** Why an atom holds for an arbitrary caller whose value on its dimension is `value`. */
export function openNote(atom: Atom, value: Candidate | undefined): string {
  if (value === ABSENT || value === undefined) {
    if (atom.match === 'present') return `${atomText(atom)} holds when ${atom.key} is absent`;
    if (atom.set === 'ForAllValues') return `${atom.label} is true when ${atom.key} is absent from the request`;
    if (atom.onNoMatch) return `${atom.label} is true when ${atom.key} is absent from the request`;
    return `${atom.label} is true when ${atom.key} is absent, and a caller can leave it out`;
  }
  if (atom.open !== undefined) return `${atom.label} ${atom.open}`;
  if (atom.match === 'present') return `${atomText(atom)} holds for any value of ${atom.key}`;
  if (value === OTHER && atom.onNoMatch) return `${atom.label} in an Allow is true for every value it does not list`;
  return `${atomText(atom)} holds for ${typeof value === 'string' ? value : 'such callers'}`;
}

const SCOPE_NAMES: Record<PolicyScopeKind, string> = {
  organization: 'organization',
  'org-path': 'organization path',
  vpc: 'VPC',
  vpce: 'VPC endpoint',
  'source-ip': 'source IP',
  'principal-id': 'principal id',
  'access-point': 'access points of',
  'source-arn': 'source resource',
};

export function scopeText(kind: PolicyScopeKind, vals: readonly string[]): string {
  return `${SCOPE_NAMES[kind]} ${vals.join(', ')}`;
}
