/**
 * The policy analyzer: for a KMS key policy or an S3 bucket policy, who is granted access
 * after every statement and condition is applied, following IAM's evaluation logic (an
 * explicit Deny overrides any Allow) and IAM Access Analyzer's questions (public access,
 * access from other accounts). Pure: no I/O; never throws; malformed input is `unknown`.
 */
import type { PolicyScope, PolicyScopeKind, PolicyServiceGrant, PolicyStatementVerdict, PolicyVerdict } from '../graph/attributes.ts';
import { SCOPE_KIND, isFreeDim } from './condition-keys.ts';
import { OTHER, buildEntry, isAccount, negateAtom, type Atom } from './conditions.ts';
import { parsePolicy, type ParsedStatement, type PolicyKind } from './document.ts';
import { atomText, openNote, plural, quoteId, scopeText, statementList } from './explain.ts';
import { coversWithin, intersectsUniverse } from './pattern-set.ts';
import {
  ANY_SERVICE,
  OTHER_ACCOUNT,
  appliesTo,
  denyCovers,
  describePrincipal,
  namedAccounts,
  principalSpec,
  type AccountPrincipals,
  type CallerClass,
  type PrincipalSpec,
} from './principals.ts';
import { clauseOpenToAttacker, solve, type Assignment, type Clause } from './solve.ts';

export interface TrustSettings {
  /** Accounts inside the zone of trust: not reported as external. */
  trustedAccounts?: readonly string[];
  /** Organization ids inside the zone of trust: scopes limited to them are marked trusted. */
  trustedOrgIds?: readonly string[];
}

interface Statement {
  parsed: ParsedStatement;
  spec: PrincipalSpec;
  atoms: Atom[];
  /** Notes on conditions that depend on the request (they never narrow the caller). */
  choices: string[];
  relevant: boolean;
}

/** A caller that a public statement admits, with the values it needs: the source of `policy explain`'s example. */
export interface PublicWitness {
  statement: string;
  caller: CallerClass;
  assignment: Assignment;
  clauses: Clause[];
}

interface Grant {
  public: boolean;
  anonymous: boolean;
  /** Who makes the grant public: any account, services acting for any account, web identity users. */
  publicVia: Set<string>;
  witness?: PublicWitness;
  /** Accounts that services reached through "*" may act for (aws:SourceAccount and kin). */
  servedAccounts: Set<string>;
  accounts: Set<string>;
  scopes: Map<string, { kind: PolicyScopeKind; values: string[]; statements: Set<string> }>;
  services: Map<string, { accounts: Set<string>; scoped: boolean }>;
  principals: Set<string>;
  notes: string[];
  limitedBy: Set<string>;
  removedBy: Set<string>;
  /** Deny statements whose condition was weighed against this statement. */
  weighed: Set<string>;
}

const RESOURCE_UNIVERSE = '*';
const ANY_ACCOUNT = 'any principal in any account';

/** Analyzes a policy document (parsed JSON, raw text, `null` for "no policy", or anything else). */
export function analyzePolicy(policy: unknown, kind: PolicyKind, owner: string, trust: TrustSettings = {}): PolicyVerdict {
  return analyzePolicyWithWitness(policy, kind, owner, trust).verdict;
}

/** The verdict, and for a public one the caller that shows it (for `policy explain`). */
export function analyzePolicyWithWitness(
  policy: unknown,
  kind: PolicyKind,
  owner: string,
  trust: TrustSettings = {},
): { verdict: PolicyVerdict; witness?: PublicWitness } {
  if (policy === null) {
    return {
      verdict: {
        status: 'ok',
        reason: 'there is no policy, so it grants nothing',
        public: false,
        externalAccounts: [],
        scopes: [],
        statements: [],
      },
    };
  }
  const parsed = parsePolicy(policy);
  if (!parsed.ok) return { verdict: { status: 'unknown', reason: parsed.reason, statements: [] } };
  const universe = `${kind}:*`;

  const statements: Statement[] = [];
  for (const s of parsed.statements) {
    const atoms: Atom[] = [];
    const choices: string[] = [];
    for (const raw of s.conditions) {
      const entry = buildEntry(raw, { owner, variables: parsed.variables, statement: s.id, effect: s.effect });
      if (entry.kind === 'unknown') {
        return { verdict: { status: 'unknown', reason: `statement ${quoteId(s.id)}: ${entry.reason}`, statements: [] } };
      }
      if (entry.kind === 'atom') atoms.push(entry.atom);
      else choices.push(entry.note);
    }
    const relevant = intersectsUniverse(s.actions, universe) && intersectsUniverse(s.resources, RESOURCE_UNIVERSE);
    statements.push({ parsed: s, spec: principalSpec(s.principal), atoms, choices, relevant });
  }

  const accounts = new Set<string>([owner, ...(trust.trustedAccounts ?? [])]);
  const services = new Set<string>();
  const webIdentity = new Set<string>();
  const others = new Set<string>();
  let anyService = false;
  for (const s of statements) {
    for (const a of namedAccounts(s.spec)) accounts.add(a);
    for (const atom of s.atoms)
      if (atom.dim === 'account' || atom.dim === 'source-account') atom.values.filter(isAccount).forEach((a) => accounts.add(a));
    if (s.parsed.effect === 'Allow' && !s.spec.negated) {
      s.spec.services.forEach((x) => services.add(x));
      s.spec.webIdentity.forEach((x) => webIdentity.add(x));
      s.spec.others.forEach((x) => others.add(x));
    }
    if (s.parsed.effect === 'Allow' && (s.spec.anyService || s.spec.negated)) anyService = true;
  }
  // "Any other account" first: when it has access, accounts a statement does not name need no look.
  const classes: CallerClass[] = [
    { kind: 'aws', account: OTHER_ACCOUNT },
    ...[...accounts].sort().map((account): CallerClass => ({ kind: 'aws', account })),
    ...(kind === 's3' ? [{ kind: 'anonymous' } as const] : []),
    ...[...services].sort().map((service): CallerClass => ({ kind: 'service', service })),
    ...(anyService ? [{ kind: 'service', service: ANY_SERVICE } as const] : []),
    ...[...webIdentity].sort().map((provider): CallerClass => ({ kind: 'web-identity', provider })),
    ...[...others].sort().map((principal): CallerClass => ({ kind: 'other', principal })),
  ];

  const denies = statements.filter((s) => s.parsed.effect === 'Deny' && s.relevant);
  const narrows = new Map<string, Set<string>>(denies.map((d) => [d.parsed.id, new Set()]));
  const verdicts: PolicyStatementVerdict[] = [];
  const grants: { id: string; grant: Grant }[] = [];

  for (const s of statements) {
    if (s.parsed.effect === 'Deny') continue;
    const grant = evaluateAllow(s, classes, denies, universe, narrows, owner);
    grants.push({ id: s.parsed.id, grant });
  }
  for (const s of statements) {
    if (s.parsed.effect === 'Allow') {
      const grant = grants.find((g) => g.id === s.parsed.id)!.grant;
      verdicts.push(allowVerdict(s, grant, kind));
    } else verdicts.push(denyVerdict(s, kind, [...(narrows.get(s.parsed.id) ?? [])]));
  }
  const verdict = summarize(grants, verdicts, kind, owner, trust);
  if (parsed.invalid.length > 0) verdict.reason += `; the policy is not valid as written (${parsed.invalid.join('; ')})`;
  const witness = grants.find((g) => g.grant.witness !== undefined)?.grant.witness;
  return witness === undefined ? { verdict } : { verdict, witness };
}

function evaluateAllow(
  s: Statement,
  classes: CallerClass[],
  denies: Statement[],
  universe: string,
  narrows: Map<string, Set<string>>,
  owner: string,
): Grant {
  const grant: Grant = {
    public: false,
    anonymous: false,
    publicVia: new Set(),
    servedAccounts: new Set(),
    accounts: new Set(),
    scopes: new Map(),
    services: new Map(),
    principals: new Set(),
    notes: [],
    limitedBy: new Set(),
    removedBy: new Set(),
    weighed: new Set(),
  };
  if (!s.relevant) return grant;
  const covering = denies.filter(
    (d) =>
      coversWithin(d.parsed.actions, s.parsed.actions, universe) && coversWithin(d.parsed.resources, s.parsed.resources, RESOURCE_UNIVERSE),
  );
  let otherOpen = false;
  const viaConditions: string[] = [];
  for (const c of classes) {
    const named = c.kind === 'aws' && !s.spec.negated && s.spec.accounts.has(c.account);
    if (otherOpen && c.kind === 'aws' && !named) continue;
    // Once any account can use it, services and web identities acting for anyone add nothing.
    if (grant.publicVia.has(ANY_ACCOUNT) && (c.kind === 'web-identity' || (c.kind === 'service' && c.service === ANY_SERVICE))) continue;
    const granted = appliesTo(s.spec, c);
    if (granted === undefined) continue;
    const clauses = restriction(s, c, granted, covering, grant, narrows);
    if (clauses === undefined) continue;
    const any = solve(c, clauses, { attackerOnly: false });
    if (any === undefined) continue;
    const attacker = solve(c, clauses, { attackerOnly: true });
    const open = (via: string, assignment: Assignment) => {
      grant.public = true;
      grant.publicVia.add(via);
      grant.witness ??= { statement: s.parsed.id, caller: c, assignment, clauses };
      for (const atom of s.atoms) grant.notes.push(openNote(atom, assignment.get(atom.dim)));
    };
    if (c.kind === 'aws' && c.account === OTHER_ACCOUNT) {
      otherOpen = true;
      if (attacker !== undefined) open(ANY_ACCOUNT, attacker);
      else addScopes(grant, c, clauses, owner);
    } else if (c.kind === 'aws') {
      if (named) grant.accounts.add(c.account);
      else viaConditions.push(c.account);
    } else if (c.kind === 'anonymous') {
      if (attacker !== undefined) {
        grant.anonymous = true;
        open('anonymous callers', attacker);
      } else addScopes(grant, c, clauses, owner);
    } else if (c.kind === 'service' && c.service === ANY_SERVICE) {
      // "*" with aws:SourceAccount/SourceArn/SourceOwner: the condition names the account of
      // the resource a service acts for, not the caller's (IAM User Guide, "AWS global
      // condition context keys"; "The confused deputy problem").
      if (attacker !== undefined) open('service principals acting for a resource in any account', attacker);
      else {
        serviceAccounts(c, clauses, false).accounts.forEach((a) => {
          grant.accounts.add(a);
          grant.servedAccounts.add(a);
        });
        addScopes(grant, c, clauses, owner);
      }
    } else if (c.kind === 'service') {
      grant.services.set(c.service, serviceAccounts(c, clauses, attacker !== undefined));
      if (attacker === undefined) addAccessPointAccounts(grant, c, clauses, owner);
    } else if (c.kind === 'web-identity') {
      if (attacker !== undefined) open(`anyone signed in with ${c.provider}`, attacker);
      else {
        grant.principals.add(`Federated ${c.provider}`);
        addScopes(grant, c, clauses, owner);
      }
    } else grant.principals.add(c.principal);
  }
  // Accounts reached only through "*" are not listed: the grant is public or scoped.
  if (!otherOpen) viaConditions.forEach((a) => grant.accounts.add(a));
  for (const atom of s.atoms) if (atom.dim === 'account' && !otherOpen && atom.partial === undefined) grant.limitedBy.add(atomText(atom));
  for (const atom of s.atoms) if (atom.partial !== undefined) grant.notes.push(atom.partial);
  grant.notes.push(...s.choices);
  grant.notes = [...new Set(grant.notes)];
  return grant;
}

/** The statement's own conditions and, for each Deny that covers the class, the way out of it. */
function restriction(
  s: Statement,
  c: CallerClass,
  granted: AccountPrincipals,
  covering: Statement[],
  grant: Grant,
  narrows: Map<string, Set<string>>,
): Clause[] | undefined {
  const clauses: Clause[] = s.atoms.map((a) => [a]);
  for (const d of covering) {
    if (!denyCovers(d.spec, c, granted)) continue;
    if (d.choices.length > 0) {
      grant.notes.push(`Deny ${quoteId(d.parsed.id)} can be avoided (${d.choices.join('; ')})`);
      continue;
    }
    narrows.get(d.parsed.id)?.add(s.parsed.id);
    grant.weighed.add(d.parsed.id);
    if (d.atoms.length === 0) {
      grant.removedBy.add(d.parsed.id);
      return undefined;
    }
    clauses.push(d.atoms.map(negateAtom));
  }
  return clauses;
}

/**
 * An access point of another account that a restriction requires is governed by that
 * account's access point policy: cross-account access (IAM Access Analyzer, "Resource types":
 * S3 buckets and access points; S3 User Guide, delegating access control to access points).
 */
function addAccessPointAccounts(grant: Grant, c: CallerClass, clauses: Clause[], owner: string): void {
  for (const clause of clauses) {
    if (clauseOpenToAttacker(c, clause)) continue;
    for (const atom of clause) {
      if (atom.dim === 'access-point' && atom.onMatch)
        atom.values.filter((a) => isAccount(a) && a !== owner).forEach((a) => grant.accounts.add(a));
    }
  }
}

function addScopes(grant: Grant, c: CallerClass, clauses: Clause[], owner: string): void {
  addAccessPointAccounts(grant, c, clauses, owner);
  for (const clause of clauses) {
    if (clauseOpenToAttacker(c, clause)) continue;
    for (const atom of clause) {
      if (!isFreeDim(atom.dim) || !atom.onMatch || atom.values.length === 0) continue;
      const kind = SCOPE_KIND[atom.dim];
      const key = `${kind}\u0000${[...atom.values].sort().join('\u0000')}`;
      const scope = grant.scopes.get(key) ?? { kind, values: [...new Set(atom.values)].sort(), statements: new Set<string>() };
      scope.statements.add(atom.statement);
      grant.scopes.set(key, scope);
    }
  }
}

function serviceAccounts(c: CallerClass, clauses: Clause[], unscoped: boolean): { accounts: Set<string>; scoped: boolean } {
  const accounts = new Set<string>();
  if (unscoped) return { accounts, scoped: false };
  // With no source-account condition there is no account to name: skip the search.
  if (!clauses.some((clause) => clause.some((atom) => atom.dim === 'source-account'))) return { accounts, scoped: true };
  if (solve(c, clauses, { attackerOnly: false, pin: { dim: 'source-account', value: OTHER } }) === undefined) {
    for (const clause of clauses) {
      for (const atom of clause) {
        if (atom.dim !== 'source-account') continue;
        for (const a of atom.values.filter(isAccount)) {
          if (solve(c, clauses, { attackerOnly: false, pin: { dim: 'source-account', value: a } }) !== undefined) accounts.add(a);
        }
      }
    }
  }
  return { accounts, scoped: true };
}

function allowVerdict(s: Statement, g: Grant, kind: PolicyKind): PolicyStatementVerdict {
  const id = s.parsed.id;
  const accounts = [...g.accounts].sort();
  const scopes = [...g.scopes.values()].map((x) => ({ kind: x.kind, values: x.values }));
  const services = [...g.services.keys()].sort();
  const principals = [...g.principals].sort();
  const who = `allows ${describePrincipal(s.spec)}`;
  let reason: string;
  if (!s.relevant) reason = `${who}, but names no ${kind} action on this resource, so it grants nothing`;
  else {
    const outcomes: string[] = [];
    if (g.public) outcomes.push(`${publicWhom(g.anonymous, g.publicVia)}${g.anonymous ? ',' : ''} can use it`);
    else {
      for (const x of g.scopes.values())
        outcomes.push(`access is limited to ${scopeText(x.kind, x.values)} (by ${statementList([...x.statements])})`);
      const served = [...g.servedAccounts].sort();
      if (served.length > 0) outcomes.push(`service principals may act for resources of ${plural('account', served)}`);
      const direct = accounts.filter((a) => !g.servedAccounts.has(a));
      if (direct.length > 0) {
        outcomes.push(
          g.limitedBy.size > 0
            ? `only ${plural('account', direct)} can use it, through ${[...g.limitedBy].join(' and ')}`
            : `${plural('account', direct)} can use it`,
        );
      }
    }
    for (const [service, x] of [...g.services].sort(([a], [b]) => a.localeCompare(b))) {
      outcomes.push(
        x.scoped
          ? `service ${service} may act ${x.accounts.size > 0 ? `for ${plural('account', [...x.accounts].sort())}` : 'only within the scope its conditions set'}`
          : `service ${service} may act for any account (no aws:SourceAccount or aws:SourceArn narrows it)`,
      );
    }
    if (principals.length > 0) outcomes.push(`it grants ${principals.join(', ')}`);
    if (outcomes.length === 0) {
      outcomes.push(
        names(s.spec) === 0
          ? 'it names no principal, so it grants nothing'
          : g.removedBy.size > 0
            ? `every caller it allows is denied by ${statementList([...g.removedBy])}`
            : g.weighed.size > 0
              ? `no caller can meet its conditions and escape ${statementList([...g.weighed])}`
              : 'no caller can meet its conditions',
      );
    }
    reason = `${who}: ${outcomes.join('; ')}${g.notes.length > 0 ? ` (${g.notes.join('; ')})` : ''}`;
  }
  return {
    statement: id,
    effect: 'Allow',
    public: g.public,
    accounts,
    scopes,
    services,
    principals,
    reason,
  };
}

function denyVerdict(s: Statement, kind: PolicyKind, narrowed: string[]): PolicyStatementVerdict {
  const who = `denies ${describePrincipal(s.spec)}`;
  let reason: string;
  if (!s.relevant) reason = `${who}, but names no ${kind} action on this resource, so it changes nothing`;
  else if (s.choices.length > 0)
    reason = `${who} only when the request says so (${s.choices.join('; ')}): a caller can avoid it, so it removes no one's access`;
  else {
    const when = s.atoms.length === 0 ? 'without conditions' : `when ${s.atoms.map(atomText).join(' and ')}`;
    const effect =
      narrowed.length > 0
        ? `it covers the access granted by ${statementList(narrowed)}`
        : 'it covers no Allow statement entirely, so it narrows nothing';
    reason = `${who} ${when}: ${effect}`;
  }
  return { statement: s.parsed.id, effect: 'Deny', narrows: narrowed, reason };
}

function summarize(
  grants: { id: string; grant: Grant }[],
  statements: PolicyStatementVerdict[],
  kind: PolicyKind,
  owner: string,
  trust: TrustSettings,
): PolicyVerdict {
  const trustedAccounts = new Set(trust.trustedAccounts ?? []);
  const trustedOrgs = new Set(trust.trustedOrgIds ?? []);
  const publicIds = grants.filter((g) => g.grant.public).map((g) => g.id);
  const anonymous = grants.some((g) => g.grant.anonymous);
  const publicVia = new Set(grants.flatMap((g) => [...g.grant.publicVia]));
  const byAccount = new Map<string, Set<string>>();
  const scopes = new Map<string, PolicyScope>();
  const services = new Map<string, PolicyServiceGrant>();
  const others = new Set<string>();
  const note = (account: string, id: string) => {
    if (account === owner) return;
    const set = byAccount.get(account) ?? new Set<string>();
    set.add(id);
    byAccount.set(account, set);
  };
  for (const { id, grant } of grants) {
    grant.accounts.forEach((a) => note(a, id));
    for (const x of grant.scopes.values()) {
      const key = `${x.kind}\u0000${x.values.join('\u0000')}`;
      const scope = scopes.get(key) ?? {
        kind: x.kind,
        values: x.values,
        statements: [],
        trusted: scopeTrusted(x.kind, x.values, trustedOrgs),
      };
      scope.statements = [...new Set([...scope.statements, ...x.statements])].sort();
      scopes.set(key, scope);
    }
    for (const [service, x] of grant.services) {
      x.accounts.forEach((a) => note(a, id));
      const entry = services.get(service) ?? { service, accounts: [], scoped: true, statements: [] };
      entry.accounts = [...new Set([...entry.accounts, ...x.accounts])].sort();
      entry.scoped &&= x.scoped;
      entry.statements = [...new Set([...entry.statements, id])];
      services.set(service, entry);
    }
    grant.principals.forEach((p) => others.add(p));
  }
  const external = [...byAccount.keys()].filter((a) => !trustedAccounts.has(a)).sort();
  const trusted = [...byAccount.keys()].filter((a) => trustedAccounts.has(a)).sort();
  const scopeList = [...scopes.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.values.join().localeCompare(b.values.join()));
  const serviceList = [...services.values()].sort((a, b) => a.service.localeCompare(b.service));
  const otherList = [...others].sort();

  const parts: string[] = [];
  if (publicIds.length > 0) {
    const whom = publicWhom(kind === 's3' && anonymous, publicVia);
    parts.push(`public: ${statementList(publicIds)} ${publicIds.length === 1 ? 'grants' : 'grant'} access to ${whom}`);
  } else parts.push('not public');
  const idsOf = (a: string) => [...(byAccount.get(a) ?? [])];
  if (external.length > 0)
    parts.push(
      `external ${plural(
        'account',
        external.map((a) => `${a} (${statementList(idsOf(a))})`),
      )}`,
    );
  if (trusted.length > 0)
    parts.push(
      `trusted ${plural(
        'account',
        trusted.map((a) => `${a} (${statementList(idsOf(a))})`),
      )}`,
    );
  for (const x of scopeList)
    parts.push(`access limited to ${scopeText(x.kind, x.values)}${x.trusted ? ' (trusted)' : ''} by ${statementList(x.statements)}`);
  for (const x of serviceList) {
    if (!x.scoped) parts.push(`service ${x.service} may act for any account (${statementList(x.statements)})`);
  }
  if (otherList.length > 0) parts.push(`other principals: ${otherList.join(', ')}`);
  if (parts.length === 1 && publicIds.length === 0) {
    const anything = grants.some((g) => g.grant.accounts.size > 0 || g.grant.services.size > 0);
    parts.push(anything ? `nothing outside the owner account ${owner} is granted access` : 'it grants access to no one');
  }
  return {
    status: 'ok',
    reason: parts.join('; '),
    public: publicIds.length > 0,
    externalAccounts: external,
    trustedAccounts: trusted,
    scopes: scopeList,
    services: serviceList,
    otherPrincipals: otherList,
    statements,
  };
}

function names(spec: Statement['spec']): number {
  return (
    +spec.star + +spec.anyAws + +spec.anyService + spec.accounts.size + spec.services.length + spec.webIdentity.length + spec.others.length
  );
}

function publicWhom(anonymous: boolean, via: ReadonlySet<string>): string {
  if (anonymous) return 'anyone, anonymous callers included';
  if (via.has(ANY_ACCOUNT)) return ANY_ACCOUNT;
  return [...via].sort().join(' and ');
}

function scopeTrusted(kind: PolicyScopeKind, values: string[], trustedOrgs: Set<string>): boolean {
  const orgOf = (v: string) => (kind === 'org-path' ? (v.split('/')[0] ?? '') : v);
  if (kind !== 'organization' && kind !== 'org-path') return false;
  return values.every((v) => v.startsWith('${aws:ResourceOrg') || trustedOrgs.has(orgOf(v)));
}
