/**
 * One concrete request that a public policy allows: the caller (principal, its account or
 * the account a service acts for), an action, a resource and the condition keys of the
 * request context with their values (a key not listed is absent). Built from the caller and
 * the values the analyzer found open to anyone, so a reviewer can replay the reasoning.
 */
import type { PolicyVerdict } from '../graph/attributes.ts';
import { analyzePolicyWithWitness, type PublicWitness, type TrustSettings } from './analyze.ts';
import { splitArn } from './arn-pattern.ts';
import { IDENTITY_KEYS, type Dim } from './condition-keys.ts';
import { ABSENT, OTHER, type Candidate } from './conditions.ts';
import { parsePolicy, type ParsedStatement, type PolicyKind, type RawCondition } from './document.ts';
import { globMatch } from './glob.ts';
import { cidrContains, parseCidr } from './ip.ts';
import { withinPolicyLimits } from './limits.ts';
import { ANY_SERVICE, OTHER_ACCOUNT } from './principals.ts';
import { ANONYMOUS_ACCOUNT } from './solve.ts';

export interface ExampleRequest {
  /** The Allow statement that grants it. */
  statement: string;
  principal: { type: 'AWS' | 'Anonymous' | 'Service' | 'WebIdentity'; id: string; account?: string };
  action: string;
  resource: string;
  /** Condition keys present in the request context, with their values. */
  context: Record<string, string>;
}

const EXAMPLE_ACCOUNTS = ['999988887777', '999977776666', '999966665555', '999955554444'];
const EXAMPLE_SERVICE = 'example.amazonaws.com';
const EXAMPLE_IPS = ['198.51.100.23', '203.0.113.99', '192.0.2.77', '2001:db8::7'];
const ACTIONS: Record<PolicyKind, string[]> = {
  kms: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:ReEncryptFrom', 'kms:DescribeKey', 'kms:CreateGrant', 'kms:PutKeyPolicy'],
  s3: ['s3:GetObject', 's3:PutObject', 's3:ListBucket', 's3:DeleteObject', 's3:GetBucketPolicy', 's3:PutBucketPolicy'],
};

/** A 12-digit account a wildcard account pattern matches (`4444*` gives 444499999999). */
export function fillAccount(pattern: string): string | undefined {
  const fixed = pattern.replace(/\?/g, '9');
  const stars = (fixed.match(/\*/g) ?? []).length;
  const need = 12 - (fixed.length - stars);
  if (need < 0) return undefined;
  let first = true;
  const out = fixed.replace(/\*/g, () => {
    const fill = first ? '9'.repeat(need) : '';
    first = false;
    return fill;
  });
  return /^\d{12}$/.test(out) ? out : undefined;
}

/** An ARN the pattern matches, in the given account. */
function arnIn(pattern: string, account: string): string {
  const parts = pattern.split(':');
  if (parts.length >= 6 && /[*?]/.test(parts[4]!)) parts[4] = account;
  return concretize(parts.join(':'));
}

function concretize(pattern: string): string {
  return pattern.replace(/\*/g, 'example').replace(/\?/g, 'x');
}

function matchesSet(set: ParsedStatement['actions'], value: string): boolean {
  const hit = set.patterns.some((p) => globMatch(p, value, set.ignoreCase));
  return set.negated ? !hit : hit;
}

/** A value of the set that no Deny in `denies` names, if there is one. */
function pick(
  set: ParsedStatement['actions'],
  candidates: string[],
  denies: ParsedStatement[],
  field: 'actions' | 'resources',
): string | undefined {
  const inSet = candidates.filter((c) => matchesSet(set, c));
  return inSet.find((c) => !denies.some((d) => matchesSet(d[field], c))) ?? inSet[0];
}

function firstAddress(text: string): string {
  const c = parseCidr(text);
  if (c === undefined) return text;
  if (c.version === 4) return [24, 16, 8, 0].map((shift) => Number((c.network >> BigInt(shift)) & 255n)).join('.');
  return Array.from({ length: 8 }, (_, i) => Number((c.network >> BigInt(112 - 16 * i)) & 0xffffn).toString(16)).join(':');
}

/** A value on the dimension that none of the policy's values match. */
function otherValue(dim: Dim, named: string[], account: string): string {
  switch (dim) {
    case 'organization':
    case 'source-org':
      return 'o-exampleorg1';
    case 'org-path':
    case 'source-org-path':
      return 'o-exampleorg1/r-ex12/ou-ex12-example/';
    case 'vpc':
      return 'vpc-0example';
    case 'vpce':
      return 'vpce-0example';
    case 'source-ip': {
      const ranges = named.flatMap((n) => parseCidr(n) ?? []);
      return EXAMPLE_IPS.find((ip) => !ranges.some((r) => cidrContains(r, parseCidr(ip)!))) ?? EXAMPLE_IPS[0]!;
    }
    case 'principal-id':
      return `AROAEXAMPLEID:session`;
    case 'source-arn':
      return 'arn:aws:s3:::example-bucket-of-anyone';
    default:
      return account;
  }
}

/** The value to write for one key, given the dimension's value in the witness. */
function keyValue(key: string, dim: Dim, value: string, written: string[], account: string): string {
  const k = key.toLowerCase();
  if (k === 'aws:sourcearn' || k === 's3:dataaccesspointarn') {
    if (value.startsWith('arn:')) return arnIn(value, account);
    const own = written.find((w) => splitArn(w)?.account === value);
    if (own !== undefined) return concretize(own);
    return k === 'aws:sourcearn'
      ? `arn:aws:example:us-east-1:${value}:resource/example`
      : `arn:aws:s3:us-east-1:${value}:accesspoint/example`;
  }
  if (dim === 'source-ip') return firstAddress(value);
  return concretize(value);
}

/** A value that makes a request-shaped condition hold (`want`) or fail. */
function shapeValue(c: RawCondition, want: boolean): string | undefined {
  const base = c.operator.replace(/^For(Any|All)Values:/, '').replace(/IfExists$/, '');
  const first = c.values[0] ?? '';
  if (base === 'Null') return (c.values.some((v) => v.toLowerCase() === 'true') === want) === true ? undefined : 'example';
  if (base === 'Bool') return want ? first.toLowerCase() : first.toLowerCase() === 'true' ? 'false' : 'true';
  const negated = /Not/.test(base);
  const numeric = /^(Numeric|Date)/.test(base);
  if (base.startsWith('Date') && !Number.isNaN(Date.parse(first))) {
    const op = base.replace(/^Date/, '');
    const early = '1990-01-01T00:00:00Z';
    const late = '2999-01-01T00:00:00Z';
    if (op === 'Equals' || op === 'NotEquals') return (op === 'Equals') === want ? first : early;
    return op.startsWith('LessThan') === want ? early : late;
  }
  if (numeric) {
    const n = Number(first);
    if (Number.isNaN(n)) return first;
    const op = base.replace(/^(Numeric|Date)/, '');
    const holds = (v: number) =>
      op === 'Equals'
        ? v === n
        : op === 'NotEquals'
          ? v !== n
          : op.startsWith('LessThan')
            ? v < n || (op.endsWith('Equals') && v === n)
            : v > n || (op.endsWith('Equals') && v === n);
    return String([n, n - 1, n + 1].find((v) => holds(v) === want) ?? n);
  }
  return want !== negated ? concretize(first) : 'example-other-value';
}

/** The example request for a public verdict's witness. */
export function exampleRequest(
  witness: PublicWitness,
  statements: ParsedStatement[],
  kind: PolicyKind,
  owner: string,
  policyText: string,
): ExampleRequest {
  const unused = EXAMPLE_ACCOUNTS.filter((a) => !policyText.includes(a) && a !== owner);
  const unusedAccount = unused[0] ?? EXAMPLE_ACCOUNTS[0]!;
  const serviceAccount = unused[1] ?? EXAMPLE_ACCOUNTS[1]!;
  const allow = statements.find((s) => s.id === witness.statement)!;
  const denies = statements.filter((s) => s.effect === 'Deny');
  const context: Record<string, string> = {};
  let principal: ExampleRequest['principal'];
  const c = witness.caller;
  const atoms = witness.clauses.flat();
  // A wildcard account in an account condition (`4444*`) is met by some account that matches it.
  const openAccount = atoms.filter((a) => a.dim === 'account' && a.open !== undefined && a.onMatch);
  const filled = openAccount
    .flatMap((a) => a.written.map((w) => (w.startsWith('arn:') ? splitArn(w)?.account : w)))
    .map((w) => (w === undefined ? undefined : fillAccount(w)))
    .find((a) => a !== undefined);
  const arnPattern = openAccount.find((a) => a.key.toLowerCase() === 'aws:principalarn')?.written.find((w) => /[*?]/.test(w));
  const account = filled ?? unusedAccount;
  if (c.kind === 'aws' && c.account === OTHER_ACCOUNT) {
    const wildcard = allow.principal.aws.find((a) => a !== '*' && /[*?]/.test(splitArn(a)?.account ?? ''));
    const id =
      arnPattern !== undefined
        ? arnIn(arnPattern, account)
        : wildcard !== undefined && !allow.principal.star && !allow.principal.aws.includes('*')
          ? arnIn(wildcard, account).replace(/:root$/, ':role/example')
          : `arn:aws:iam::${account}:role/example`;
    principal = { type: 'AWS', id, account };
    Object.assign(context, { 'aws:PrincipalAccount': account, 'aws:PrincipalArn': id, 'aws:PrincipalIsAWSService': 'false' });
    if (kind === 'kms') context['kms:CallerAccount'] = account;
  } else if (c.kind === 'anonymous') {
    principal = { type: 'Anonymous', id: '*' };
    Object.assign(context, { 'aws:PrincipalAccount': ANONYMOUS_ACCOUNT, 'aws:PrincipalIsAWSService': 'false' });
  } else if (c.kind === 'service') {
    principal = { type: 'Service', id: c.service === ANY_SERVICE ? EXAMPLE_SERVICE : c.service };
    Object.assign(context, {
      'aws:PrincipalIsAWSService': 'true',
      'aws:PrincipalServiceName': principal.id,
      'aws:PrincipalAccount': serviceAccount,
    });
  } else if (c.kind === 'web-identity') {
    // A web identity user calls as a session of a role in some account.
    principal = { type: 'WebIdentity', id: c.provider };
    Object.assign(context, { 'aws:PrincipalIsAWSService': 'false', 'aws:PrincipalAccount': serviceAccount });
  } else principal = { type: 'AWS', id: `arn:aws:iam::${account}:role/example`, account };

  const has = (key: string) => Object.keys(context).some((k) => k.toLowerCase() === key.toLowerCase());
  const fixedByCaller = new Set<Dim>(['account', 'is-service']);
  for (const clause of witness.clauses) {
    for (const atom of clause) {
      if (fixedByCaller.has(atom.dim) || has(atom.key)) continue;
      const v: Candidate = witness.assignment.get(atom.dim) ?? ABSENT;
      if (v === ABSENT) continue;
      const named = atoms.filter((a) => a.dim === atom.dim).flatMap((a) => a.written);
      // An open value (a wildcard, a range too wide) is met by a value it matches.
      const opener = atom.open !== undefined && atom.onMatch ? (atom.written.find((w) => /[*?]/.test(w)) ?? atom.written[0]) : undefined;
      const value = opener ?? (v === OTHER ? otherValue(atom.dim, named, account) : v);
      context[atom.key] = keyValue(atom.key, atom.dim, value, atom.written, account);
    }
  }
  // Keys the request shapes: meet the Allow's, and avoid each Deny that could apply.
  const shaped = (cond: RawCondition) => IDENTITY_KEYS[cond.key.toLowerCase()] === undefined;
  for (const cond of allow.conditions.filter(shaped)) {
    if (has(cond.key)) continue;
    const v = shapeValue(cond, true);
    if (v !== undefined) context[cond.key] = v;
  }
  const action = pick(allow.actions, [...ACTIONS[kind], ...allow.actions.patterns.map(concretize)], denies, 'actions') ?? ACTIONS[kind][0]!;
  const defaultResource = kind === 's3' ? 'arn:aws:s3:::example-bucket/example-object' : `arn:aws:kms:us-east-1:${owner}:key/example`;
  const resource =
    pick(
      allow.resources,
      [...allow.resources.patterns.filter((r) => !/^\*+$/.test(r)).map(concretize), defaultResource],
      denies,
      'resources',
    ) ?? defaultResource;
  for (const d of denies) {
    if (!matchesSet(d.actions, action) || !matchesSet(d.resources, resource)) continue;
    const avoid = d.conditions.find((cond) => shaped(cond) && !has(cond.key));
    if (avoid === undefined) continue;
    const v = shapeValue(avoid, false);
    if (v !== undefined) context[avoid.key] = v;
  }
  return { statement: witness.statement, principal, action, resource, context };
}

/**
 * The verdict of `analyzePolicy`, and for a public one an example request it allows
 * (`policy explain` prints both; a scan stores only the verdict).
 */
export function explainPolicy(
  policy: unknown,
  kind: PolicyKind,
  owner: string,
  trust: TrustSettings = {},
): { verdict: PolicyVerdict; example?: ExampleRequest | undefined } {
  // Behind the same size limits and work budget as a scan's analysis.
  return withinPolicyLimits(policy, kind, (document) => {
    const { verdict, witness } = analyzePolicyWithWitness(document, kind, owner, trust);
    const parsed = parsePolicy(document);
    if (witness === undefined || !parsed.ok) return { verdict };
    const text = typeof policy === 'string' ? policy : JSON.stringify(policy);
    return { verdict, example: exampleRequest(witness, parsed.statements, kind, owner, text) };
  });
}
