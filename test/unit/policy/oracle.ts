/**
 * A brute-force reference for the policy analyzer: it enumerates concrete requests (callers
 * of every kind, condition values the policy names plus values it does not, actions and
 * resources) and evaluates each by IAM's documented logic, statement by statement (IAM User
 * Guide, "Policy evaluation logic": an explicit Deny overrides any Allow; "Condition
 * operators"; "AWS global condition context keys"). It shares nothing with the analyzer's
 * solver: only the parser (which reads the JSON) and the wildcard matcher.
 */
import { arnMatches } from '../../../src/policy/arn-pattern.ts';
import { parsePolicy, type ParsedStatement, type PolicyKind } from '../../../src/policy/document.ts';
import { fillAccount, type ExampleRequest } from '../../../src/policy/example.ts';
import { globMatch } from '../../../src/policy/glob.ts';
import { cidrContains, parseCidr } from '../../../src/policy/ip.ts';
import { WEB_IDENTITY_PROVIDERS } from '../../../src/policy/principals.ts';

export const ATTACKER = '999988887777';
const SERVICE_ACCOUNT = '000011112222';
const GENERIC_SERVICE = 'oracle.amazonaws.com';
const OWNER_ORG = 'o-ownerorg00';

/** A value an arbitrary caller can produce (absent, or one the policy does not name). */
interface Choice {
  value: string | undefined;
  attacker: boolean;
}

export interface OracleRequest extends ExampleRequest {
  /** The caller could have made it with no value the policy names (only for enumerated requests). */
  attacker?: boolean;
}

export interface OracleVerdict {
  public: boolean;
  /** Other accounts (not the owner) some allowed request comes from or acts for. */
  accounts: Set<string>;
  /** For each of those accounts, how: `aws` (its principals or its access points) or the service acting for it. */
  accountVia: Map<string, Set<string>>;
  /** An unnamed caller is allowed, but only with values the policy names (organization, endpoint...). */
  scoped: boolean;
  /** Named services allowed to act for an account the policy does not name, with no value it names. */
  unscopedServices: Set<string>;
  /** Named services allowed to act for an account the policy does not name, within a scope or not. */
  servicesForAnyone: Set<string>;
  requests: number;
}

const ACCOUNT_RE = /\b\d{12}\b/g;

function concretize(pattern: string): string {
  return pattern.replace(/\*/g, 'oracle').replace(/\?/g, 'x');
}

function allConditionValues(statements: ParsedStatement[], key: string): string[] {
  return statements.flatMap((s) => s.conditions.filter((c) => c.key.toLowerCase() === key).flatMap((c) => c.values));
}

function substitute(value: string, ctx: Record<string, string>, variables: boolean): string | undefined {
  if (!variables || !value.includes('${')) return value;
  let missing = false;
  const out = value.replace(/\$\{([^}]*)\}/g, (_w, name: string) => {
    const n = name.toLowerCase();
    if (n === '*' || n === '?' || n === '$') return n;
    const v = ctx[n];
    if (v === undefined) missing = true;
    return v ?? '';
  });
  return missing ? undefined : out;
}

const OPERATOR = /^(?:(ForAnyValue|ForAllValues):)?([A-Za-z]+?)(IfExists)?$/;

function compare(base: string, pattern: string, actual: string): boolean {
  switch (base) {
    case 'StringEquals':
    case 'StringNotEquals':
    case 'BinaryEquals':
      return pattern === actual;
    case 'StringEqualsIgnoreCase':
    case 'StringNotEqualsIgnoreCase':
      return pattern.toLowerCase() === actual.toLowerCase();
    case 'StringLike':
    case 'StringNotLike':
      return actual.startsWith('arn:') ? arnMatches(pattern, actual) : globMatch(pattern, actual, false);
    case 'ArnEquals':
    case 'ArnLike':
    case 'ArnNotEquals':
    case 'ArnNotLike':
      return arnMatches(pattern, actual);
    case 'IpAddress':
    case 'NotIpAddress': {
      const outer = parseCidr(pattern);
      const inner = parseCidr(actual);
      return outer !== undefined && inner !== undefined && cidrContains(outer, inner);
    }
    case 'Bool':
      return pattern.toLowerCase() === actual.toLowerCase();
    default: {
      const numeric = base.startsWith('Numeric');
      const a = numeric ? Number(actual) : Date.parse(actual);
      const p = numeric ? Number(pattern) : Date.parse(pattern);
      if (Number.isNaN(a) || Number.isNaN(p)) return false;
      const op = base.replace(/^(Numeric|Date)/, '');
      return op === 'Equals'
        ? a === p
        : op === 'NotEquals'
          ? a !== p
          : op === 'LessThan'
            ? a < p
            : op === 'LessThanEquals'
              ? a <= p
              : op === 'GreaterThan'
                ? a > p
                : a >= p;
    }
  }
}

const NEGATED = /Not(Equals|Like|IpAddress)|NotEqualsIgnoreCase/;

/** One condition entry against a request context (IAM User Guide, "Condition operators"). */
function entryHolds(operator: string, key: string, values: string[], ctx: Record<string, string>, variables: boolean): boolean {
  const m = OPERATOR.exec(operator)!;
  const set = m[1];
  const base = m[2]!;
  const ifExists = m[3] !== undefined;
  const actual = ctx[key.toLowerCase()];
  if (base === 'Null') {
    if (actual === undefined && set === 'ForAllValues') return true;
    return values.some((v) => (v.toLowerCase() === 'true') === (actual === undefined));
  }
  const negated = NEGATED.test(base) && !base.startsWith('Numeric') && !base.startsWith('Date');
  const numericNegated = base === 'NumericNotEquals' || base === 'DateNotEquals';
  if (actual === undefined) {
    if (ifExists || set === 'ForAllValues') return true;
    return negated ? set !== 'ForAnyValue' : false;
  }
  const patterns = values.map((v) => substitute(v, ctx, variables));
  const any = patterns.some((p) => p !== undefined && compare(base, p, actual));
  if (numericNegated) return patterns.every((p) => p !== undefined && compare(base, p, actual));
  return negated ? !any : any;
}

function conditionsHold(s: ParsedStatement, ctx: Record<string, string>, variables: boolean): boolean {
  return s.conditions.every((c) => entryHolds(c.operator, c.key, c.values, ctx, variables));
}

function accountOfArn(arn: string): string | undefined {
  const parts = arn.split(':');
  return parts.length >= 6 ? parts[4] : undefined;
}

/** Whether the statement's Principal element names the caller (IAM User Guide, "Policy elements: Principal"). */
function principalMatches(s: ParsedStatement, r: ExampleRequest): boolean {
  const p = s.principal;
  const names = (): boolean => {
    const { type, id, account } = r.principal;
    if (p.star || p.aws.includes('*')) return true;
    if (p.canonicalUser.includes('*') && (type === 'AWS' || type === 'Anonymous')) return true;
    if (type === 'AWS') {
      for (const a of p.aws) {
        if (a === account || a === `arn:aws:iam::${account}:root` || a === id) return true;
        const acct = accountOfArn(a);
        if (acct !== undefined && /[*?]/.test(acct)) {
          // A wildcard account is read as every account (issue 14, class 8).
          const resource = a.split(':').slice(5).join(':');
          if (resource === 'root' || arnMatches(a, id)) return true;
        }
      }
      return p.federated.includes(id);
    }
    if (type === 'Service') return p.service.some((x) => x === '*' || x.toLowerCase() === id.toLowerCase());
    if (type === 'WebIdentity') return p.federated.some((f) => f.toLowerCase() === id || f === '*');
    return false;
  };
  return p.negated ? !names() : names();
}

function setMatches(set: ParsedStatement['actions'], value: string): boolean {
  const hit = set.patterns.some((p) => globMatch(p, value, set.ignoreCase));
  return set.negated ? !hit : hit;
}

export interface EvaluationResult {
  allowed: boolean;
  statement?: string;
}

/** Whether one concrete request is allowed: some Allow matches and no Deny does. */
export function evaluateRequest(statements: ParsedStatement[], r: ExampleRequest, variables: boolean): EvaluationResult {
  const applies = (s: ParsedStatement) =>
    principalMatches(s, r) &&
    setMatches(s.actions, r.action) &&
    setMatches(s.resources, r.resource) &&
    conditionsHold(s, r.context, variables);
  if (statements.some((s) => s.effect === 'Deny' && applies(s))) return { allowed: false };
  const allow = statements.find((s) => s.effect === 'Allow' && applies(s));
  return allow === undefined ? { allowed: false } : { allowed: true, statement: allow.id };
}

/** Evaluates an example request (context keys in any case) against a policy document. */
export function allows(policy: unknown, owner: string, r: ExampleRequest): EvaluationResult {
  const parsed = parsePolicy(policy);
  if (!parsed.ok) return { allowed: false };
  const context: Record<string, string> = { 'aws:resourceaccount': owner, 'aws:resourceorgid': OWNER_ORG };
  for (const [k, v] of Object.entries(r.context)) context[k.toLowerCase()] = v;
  return evaluateRequest(parsed.statements, { ...r, context }, parsed.variables);
}

interface Caller {
  principal: ExampleRequest['principal'];
  base: Record<string, string>;
  attacker: boolean;
  /** Other account the request comes from or acts for. */
  account?: string;
  /** The caller uses a value the policy names (a fixed source bucket). */
  named?: boolean;
  service?: string;
}

/**
 * The choices on one key: each value the policy names (a value whose identifying part is a
 * wildcard is one anybody can have: IAM User Guide, "AWS global condition context keys",
 * sensitive keys), a value it does not name, and for keys a caller can lack, none.
 */
function choices(named: string[], other: string, absent: boolean, open: (v: string) => boolean = () => false): Choice[] {
  const out: Choice[] = [...new Set(named)].map((v) => ({ value: concretize(v), attacker: open(v) }));
  out.push({ value: other, attacker: true });
  if (absent) out.push({ value: undefined, attacker: true });
  return out;
}

const wild = (v: string) => /[*?]/.test(v);
const wildFirst = (v: string) => wild(v.split('/')[0] ?? '');
const wildId = (v: string) => {
  const id = v.split(':')[0] ?? '';
  return id === '' || wild(id);
};

const MAX_REQUESTS = 400_000;

/** Enumerates requests and evaluates each: the reference verdict for one policy. */
export function bruteForce(policy: unknown, kind: PolicyKind, owner: string, trusted: readonly string[] = []): OracleVerdict {
  const parsed = parsePolicy(policy);
  if (!parsed.ok) throw new Error(`oracle: cannot parse (${parsed.reason})`);
  const { statements, variables } = parsed;
  const text = JSON.stringify(policy);
  if (text.includes(ATTACKER)) throw new Error('oracle: the policy names the attacker account');
  const values = (key: string) => allConditionValues(statements, key);
  const accountKeys = ['kms:calleraccount', 'aws:principalaccount', 'aws:sourceaccount', 'aws:sourceowner', 's3:dataaccesspointaccount'];
  const arnKeys = ['aws:principalarn', 'aws:sourcearn', 's3:dataaccesspointarn'];
  const attackers = new Set([ATTACKER]);
  for (const v of [...accountKeys.flatMap(values), ...arnKeys.flatMap(values).map((a) => accountOfArn(a) ?? '')]) {
    const filled = wild(v) ? fillAccount(v) : undefined;
    if (filled !== undefined && !text.includes(filled)) attackers.add(filled);
  }
  const accounts = [...new Set([owner, ...(text.match(ACCOUNT_RE) ?? []), ...attackers])].filter((a) => a !== SERVICE_ACCOUNT);
  const principalArns = [...values('aws:principalarn'), ...statements.flatMap((s) => [...s.principal.aws, ...s.principal.federated])]
    .filter((a) => a.startsWith('arn:'))
    .map(concretize);

  // Callers: AWS principals of each account, anonymous, services acting for each account, web identities.
  const callers: Caller[] = [];
  for (const account of accounts) {
    const arns = new Set([`arn:aws:iam::${account}:role/oracle-caller`]);
    for (const a of principalArns) {
      const acct = accountOfArn(a);
      if (acct === account) arns.add(a);
      if (acct !== undefined && attackers.has(account) && acct.includes('oracle')) {
        const parts = a.split(':');
        parts[4] = account;
        arns.add(parts.join(':'));
      }
    }
    for (const id of arns) {
      callers.push({
        principal: { type: 'AWS', id, account },
        base: {
          'aws:principalaccount': account,
          'kms:calleraccount': account,
          'aws:principalarn': id,
          'aws:principalisawsservice': 'false',
        },
        attacker: attackers.has(account),
        ...(account === owner ? {} : { account }),
      });
    }
  }
  if (kind === 's3') {
    callers.push({
      principal: { type: 'Anonymous', id: '*' },
      base: { 'aws:principalaccount': 'anonymous', 'aws:principalisawsservice': 'false' },
      attacker: true,
    });
  }
  const sourceArns = values('aws:sourcearn').map(concretize);
  const services = [...new Set([...statements.flatMap((s) => s.principal.service.map((x) => x.toLowerCase())), GENERIC_SERVICE])];
  for (const service of services) {
    const serviceBase = {
      'aws:principalisawsservice': 'true',
      'aws:principalservicename': service,
      'aws:principalaccount': SERVICE_ACCOUNT,
      'kms:calleraccount': SERVICE_ACCOUNT,
      'aws:principalarn': `arn:aws:iam::${SERVICE_ACCOUNT}:role/service`,
    };
    const principal = { type: 'Service' as const, id: service };
    callers.push({ principal, base: serviceBase, attacker: true, service });
    for (const account of accounts) {
      const arns = [
        `arn:aws:oracle:us-east-1:${account}:thing/x`,
        ...sourceArns.filter((a) => accountOfArn(a) === account),
        ...(attackers.has(account)
          ? sourceArns.filter((a) => accountOfArn(a)?.includes('oracle')).map((a) => a.replace(/^((?:[^:]*:){4})[^:]*/, `$1${account}`))
          : []),
      ];
      for (const arn of arns) {
        callers.push({
          principal,
          base: { ...serviceBase, 'aws:sourceaccount': account, 'aws:sourceowner': account, 'aws:sourcearn': arn },
          attacker: attackers.has(account),
          ...(account === owner ? {} : { account }),
          service,
        });
      }
    }
    // A bucket ARN names no account: the bucket belongs to some account, named or not.
    const rawBuckets = values('aws:sourcearn').filter((a) => accountOfArn(a) === '');
    for (const raw of [...rawBuckets, 'arn:aws:s3:::oracle-attacker-bucket']) {
      // A wildcard in a bucket name is met by naming a bucket to match it.
      const arn = concretize(raw);
      for (const account of accounts) {
        callers.push({
          principal,
          base: { ...serviceBase, 'aws:sourceaccount': account, 'aws:sourcearn': arn },
          attacker: attackers.has(account),
          named: arn !== 'arn:aws:s3:::oracle-attacker-bucket' && !wild(raw),
          ...(account === owner ? {} : { account }),
          service,
        });
      }
    }
  }
  // A web identity user calls as a session of a role, of any name, in an account the policy
  // does not name.
  const attackerArns = callers.filter((c) => c.principal.type === 'AWS' && c.principal.account === ATTACKER).map((c) => c.principal.id);
  for (const provider of WEB_IDENTITY_PROVIDERS) {
    for (const arn of attackerArns) {
      callers.push({
        principal: { type: 'WebIdentity', id: provider },
        base: {
          'aws:principalisawsservice': 'false',
          'aws:principalaccount': ATTACKER,
          'kms:calleraccount': ATTACKER,
          'aws:principalarn': arn,
        },
        attacker: true,
      });
    }
  }

  // Free dimensions: each key the policy reads that the caller does not fix.
  const fixed = new Set([
    'aws:principalaccount',
    'kms:calleraccount',
    'aws:principalarn',
    'aws:principalisawsservice',
    'aws:principalservicename',
    'aws:resourceaccount',
    'aws:resourceorgid',
  ]);
  const sourceKeys = new Set(['aws:sourceaccount', 'aws:sourceowner', 'aws:sourcearn']);
  const keys = [...new Set(statements.flatMap((s) => s.conditions.map((c) => c.key.toLowerCase())))].filter(
    (k) => !fixed.has(k) && !sourceKeys.has(k),
  );
  const ipOf = (v: string) => {
    const c = parseCidr(v);
    if (c === undefined) return v;
    return c.version === 4
      ? [24, 16, 8, 0].map((shift) => Number((c.network >> BigInt(shift)) & 255n)).join('.')
      : `${[...Array(8).keys()].map((i) => Number((c.network >> BigInt(112 - 16 * i)) & 0xffffn).toString(16)).join(':')}`;
  };
  const broad = (v: string) => {
    const c = parseCidr(v);
    return c !== undefined && c.prefix < (c.version === 4 ? 8 : 32);
  };
  const none: Choice[] = [{ value: undefined, attacker: true }];
  const dimChoices = (key: string, c: Caller): Choice[] => {
    const named = values(key)
      .filter((v) => !v.includes('${') || /\$\{aws:resource/i.test(v))
      .map((v) => v.replace(/\$\{aws:ResourceOrgID\}/gi, OWNER_ORG));
    const type = c.principal.type;
    switch (key) {
      case 'aws:principalorgid':
        return type === 'AWS' ? choices([...named, OWNER_ORG], 'o-attacker000', true, wild) : none;
      case 'aws:principalorgpaths':
        return type === 'AWS'
          ? choices([...named, `${OWNER_ORG}/r-ab12/ou-ab12-11111111/`], 'o-attacker000/r-zz99/', true, wildFirst)
          : none;
      case 'aws:sourceorgid':
        return type === 'Service' ? choices([...named, OWNER_ORG], 'o-attacker000', true, wild) : none;
      case 'aws:sourceorgpaths':
        return type === 'Service' ? choices(named, 'o-attacker000/r-zz99/', true, wildFirst) : none;
      case 'aws:sourcevpc':
      case 'aws:sourcevpce':
        return type === 'Service' ? none : choices(named, key.endsWith('vpce') ? 'vpce-attacker' : 'vpc-attacker', true, wild);
      case 'aws:sourceip':
        return [
          ...values(key).map((v): Choice => ({ value: ipOf(v), attacker: broad(v) })),
          { value: '198.51.100.77', attacker: true },
          { value: undefined, attacker: true },
        ];
      case 'aws:userid':
        return type === 'AWS' ? choices(named, `AROAATTACKER:${c.principal.id}`, false, wildId) : choices(named, 'anonymous', true, wildId);
      case 's3:dataaccesspointaccount':
        return [
          ...accounts.map((a): Choice => ({ value: a, attacker: attackers.has(a) })),
          ...named.filter(wild).map((v): Choice => ({ value: concretize(v), attacker: true })),
          { value: undefined, attacker: true },
        ];
      case 's3:dataaccesspointarn':
        return [
          ...named.map((v): Choice => {
            const acct = accountOfArn(v) ?? '';
            const filled = wild(acct) ? [...attackers][0]! : acct;
            return { value: concretize(v.replace(/^((?:[^:]*:){4})[^:]*/, `$1${filled}`)), attacker: attackers.has(filled) };
          }),
          { value: `arn:aws:s3:us-east-1:${ATTACKER}:accesspoint/attacker`, attacker: true },
          { value: undefined, attacker: true },
        ];
      default: {
        // The request shapes every other key: any value, or none.
        const numeric = named.flatMap((v) => (/^-?\d+(\.\d+)?$/.test(v) ? [String(Number(v) - 1), String(Number(v) + 1)] : []));
        const dates = named.some((v) => !Number.isNaN(Date.parse(v)) && /\d{4}-\d\d/.test(v))
          ? ['1990-01-01T00:00:00Z', '2999-01-01T00:00:00Z']
          : [];
        return [...new Set([...named, ...numeric, ...dates, 'true', 'false', 'oracle-other'])]
          .map((value): Choice => ({ value, attacker: true }))
          .concat([{ value: undefined, attacker: true }]);
      }
    }
  };

  const kindPrefix = `${kind}:`;
  const actionCandidates = [
    ...new Set([
      ...statements.flatMap((s) => s.actions.patterns.map(concretize)).filter((a) => a.toLowerCase().startsWith(kindPrefix)),
      `${kind}:OracleOther`,
    ]),
  ];
  const resourceCandidates = [
    ...new Set([
      ...statements.flatMap((s) => s.resources.patterns.map(concretize)),
      kind === 's3' ? 'arn:aws:s3:::oracle-other-bucket/key' : `arn:aws:kms:us-east-1:${owner}:key/oracle`,
    ]),
  ];

  const verdict: OracleVerdict = {
    public: false,
    accounts: new Set(),
    accountVia: new Map(),
    scoped: false,
    unscopedServices: new Set(),
    servicesForAnyone: new Set(),
    requests: 0,
  };
  for (const caller of callers) {
    const dims = keys.map((k) => ({ key: k, list: dimChoices(k, caller) }));
    const total = dims.reduce((n, d) => n * d.list.length, 1) * actionCandidates.length * resourceCandidates.length;
    if (verdict.requests + total > MAX_REQUESTS) throw new Error(`oracle: more than ${MAX_REQUESTS} requests to enumerate`);
    const ctx: Record<string, string> = { ...caller.base, 'aws:resourceaccount': owner, 'aws:resourceorgid': OWNER_ORG };
    const visit = (i: number, attacker: boolean): void => {
      if (i === dims.length) {
        for (const action of actionCandidates) {
          for (const resource of resourceCandidates) {
            verdict.requests++;
            const r: ExampleRequest = { statement: '', principal: caller.principal, action, resource, context: ctx };
            if (!evaluateRequest(statements, r, variables).allowed) continue;
            record(caller, attacker);
            return;
          }
        }
        return;
      }
      const d = dims[i]!;
      for (const choice of d.list) {
        if (choice.value === undefined) delete ctx[d.key];
        else ctx[d.key] = choice.value;
        visit(i + 1, attacker && choice.attacker);
      }
      delete ctx[d.key];
    };
    const record = (c: Caller, attacker: boolean) => {
      // An access point of another account puts that account in control (IAM Access Analyzer).
      // Only where an unnamed caller needs it: for a named caller the access point is incidental.
      const point = c.attacker ? (ctx['s3:dataaccesspointaccount'] ?? accountOfArn(ctx['s3:dataaccesspointarn'] ?? '')) : undefined;
      for (const a of [c.account, point]) {
        if (a === undefined || !/^\d{12}$/.test(a) || a === owner || attackers.has(a) || trusted.includes(a)) continue;
        verdict.accounts.add(a);
        const via = verdict.accountVia.get(a) ?? new Set<string>();
        via.add(c.service ?? 'aws');
        verdict.accountVia.set(a, via);
      }
      const generic = c.service === undefined || c.service === GENERIC_SERVICE;
      if (c.attacker && attacker && generic) verdict.public = true;
      else if (c.attacker && generic) verdict.scoped = true;
      if (c.attacker && attacker && !generic) verdict.unscopedServices.add(c.service!);
      if (c.attacker && !generic) verdict.servicesForAnyone.add(c.service!);
    };
    visit(0, caller.named !== true);
  }
  return verdict;
}
