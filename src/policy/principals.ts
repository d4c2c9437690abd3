/**
 * The `Principal` / `NotPrincipal` element as sets of callers. An account id and its
 * `root` ARN both stand for the whole account (IAM User Guide, AWS account principals);
 * role, user and session ARNs for one principal of their account; a service principal is
 * not an account. Wildcards are not valid inside principal ARNs (only `"*"` is), so an ARN
 * such as `arn:aws:iam::*:root` is read as what it would have to mean: every account.
 */
import type { PrincipalElement } from './document.ts';

export const OTHER_ACCOUNT = 'any other account';
/** A service principal the policy does not name, acting for a resource in some account. */
export const ANY_SERVICE = 'any service';

/**
 * Web identity providers whose users anyone can become by signing in (IAM User Guide,
 * "Policy elements: Principal", web identity session principals; "Identity providers and
 * federation"). A SAML or OIDC provider ARN belongs to the account in the ARN.
 */
export const WEB_IDENTITY_PROVIDERS: ReadonlySet<string> = new Set([
  'accounts.google.com',
  'graph.facebook.com',
  'www.amazon.com',
  'cognito-identity.amazonaws.com',
]);

/** Which principals of one account a statement names. */
export interface AccountPrincipals {
  all: boolean;
  arns: string[];
}

export interface PrincipalSpec {
  negated: boolean;
  /** `"*"`: everyone, anonymous callers and service principals included. */
  star: boolean;
  /** `{"AWS": "*"}`, `{"CanonicalUser": "*"}` or a principal ARN with a wildcard account. */
  anyAws: boolean;
  /**
   * `"*"` or `{"AWS": "*"}`: service principals acting for a resource in any account are
   * among the callers (IAM User Guide, "Policy elements: Principal", all principals; the two
   * forms are equivalent), which only aws:SourceAccount, aws:SourceArn or aws:SourceOwner narrow.
   */
  anyService: boolean;
  /** Anonymous S3 callers: `"*"`, `{"AWS": "*"}`, `{"CanonicalUser": "*"}` (not a wildcard account ARN). */
  anonymous: boolean;
  /** Web identity providers (`Federated`): anyone with such a login. */
  webIdentity: string[];
  wildcardArns: string[];
  accounts: Map<string, AccountPrincipals>;
  services: string[];
  /** Canonical users, federated identity providers, and principals with no 12-digit account. */
  others: string[];
}

export type CallerClass =
  | { kind: 'aws'; account: string }
  | { kind: 'anonymous' }
  | { kind: 'service'; service: string }
  | { kind: 'web-identity'; provider: string }
  | { kind: 'other'; principal: string };

function addAccount(spec: PrincipalSpec, account: string, arn?: string): void {
  let entry = spec.accounts.get(account);
  if (entry === undefined) {
    entry = { all: false, arns: [] };
    spec.accounts.set(account, entry);
  }
  if (arn === undefined) entry.all = true;
  else if (!entry.arns.includes(arn)) entry.arns.push(arn);
}

export function principalSpec(element: PrincipalElement): PrincipalSpec {
  const spec: PrincipalSpec = {
    negated: element.negated,
    star: element.star,
    anyAws: false,
    // {"Service": "*"} is not valid, but can only mean every service principal.
    anyService: element.star || element.service.includes('*'),
    anonymous: element.star,
    webIdentity: [],
    wildcardArns: [],
    accounts: new Map(),
    services: element.service.map((s) => s.toLowerCase()).filter((s) => s !== '*'),
    others: [],
  };
  for (const c of element.canonicalUser) {
    // A canonical user id stands for one account; "*" for every account (S3 User Guide,
    // "Principals" in bucket policies; IAM Access Analyzer reports it as public).
    if (c === '*') spec.anyAws = spec.anonymous = true;
    else spec.others.push(`CanonicalUser ${c}`);
  }
  for (const p of element.aws) {
    if (p === '*') {
      spec.anyAws = spec.anyService = spec.anonymous = true;
      continue;
    }
    if (/^\d{12}$/.test(p)) {
      addAccount(spec, p);
      continue;
    }
    const parts = p.split(':');
    const account = parts.length >= 6 && parts[0] === 'arn' ? parts[4]! : undefined;
    if (account !== undefined && /[*?]/.test(account)) {
      spec.anyAws = true;
      spec.wildcardArns.push(p);
    } else if (account !== undefined && /^\d{12}$/.test(account)) {
      addAccount(spec, account, parts.slice(5).join(':') === 'root' ? undefined : p);
    } else spec.others.push(p);
  }
  for (const f of element.federated) {
    const parts = f.split(':');
    const account = parts.length >= 6 && parts[0] === 'arn' ? parts[4]! : undefined;
    if (account !== undefined && /^\d{12}$/.test(account)) addAccount(spec, account, f);
    else if (WEB_IDENTITY_PROVIDERS.has(f.toLowerCase()) || f === '*') spec.webIdentity.push(f.toLowerCase());
    else spec.others.push(`Federated ${f}`);
  }
  return spec;
}

/** Whether the statement applies to (some principal of) the class, and which principals of an account. */
export function appliesTo(spec: PrincipalSpec, c: CallerClass): AccountPrincipals | undefined {
  if (!spec.negated) {
    // Service and other principals are reported only where a statement names them: a grant
    // to "*" is already public or scoped.
    if ((spec.star || spec.anyAws) && c.kind === 'aws') return { all: true, arns: [] };
    if (c.kind === 'anonymous') return spec.anonymous ? { all: true, arns: [] } : undefined;
    if (c.kind === 'aws') return spec.accounts.get(c.account);
    if (c.kind === 'service' && c.service === ANY_SERVICE) return spec.anyService ? { all: true, arns: [] } : undefined;
    if (c.kind === 'service') return spec.services.includes(c.service) ? { all: true, arns: [] } : undefined;
    if (c.kind === 'web-identity') return spec.webIdentity.includes(c.provider) ? { all: true, arns: [] } : undefined;
    if (c.kind === 'other') return spec.others.includes(c.principal) ? { all: true, arns: [] } : undefined;
    return undefined;
  }
  // NotPrincipal: everyone except the principals it names.
  if (spec.star || spec.anyAws) return undefined;
  if (c.kind === 'aws') {
    const excluded = spec.accounts.get(c.account);
    return excluded?.all ? undefined : { all: true, arns: [] };
  }
  if (c.kind === 'service') return spec.services.includes(c.service) ? undefined : { all: true, arns: [] };
  if (c.kind === 'web-identity') return spec.webIdentity.includes(c.provider) ? undefined : { all: true, arns: [] };
  if (c.kind === 'other') return spec.others.includes(c.principal) ? undefined : { all: true, arns: [] };
  return { all: true, arns: [] };
}

/**
 * Whether a Deny's principals include every principal of the class that an Allow grants
 * (`granted`). `"*"` and `{"AWS": "*"}` cover every caller, service principals included (the
 * same reading as for an Allow); when in doubt the Deny is not credited, so access is never
 * under-reported.
 */
export function denyCovers(spec: PrincipalSpec, c: CallerClass, granted: AccountPrincipals): boolean {
  if (!spec.negated) {
    if (spec.star || (spec.anyService && c.kind !== 'other')) return true;
    if (c.kind === 'aws' || c.kind === 'anonymous') {
      if (c.kind === 'anonymous') return spec.anonymous;
      if (spec.anyAws) return true;
      const named = spec.accounts.get(c.account);
      if (named === undefined) return false;
      return named.all || (!granted.all && granted.arns.every((a) => named.arns.includes(a)));
    }
    if (c.kind === 'service') return spec.services.includes(c.service);
    if (c.kind === 'web-identity') return spec.webIdentity.includes(c.provider);
    return spec.others.includes(c.principal);
  }
  if (spec.star || spec.anyAws) return false;
  // NotPrincipal: an unnamed service could be one the Deny exempts, unless it exempts none.
  if (c.kind === 'service' && c.service === ANY_SERVICE) return spec.services.length === 0;
  if (c.kind === 'aws') {
    const excluded = spec.accounts.get(c.account);
    if (excluded === undefined) return true;
    return !excluded.all && !granted.all && granted.arns.every((a) => !excluded.arns.includes(a));
  }
  if (c.kind === 'service') return !spec.services.includes(c.service);
  if (c.kind === 'web-identity') return !spec.webIdentity.includes(c.provider);
  if (c.kind === 'other') return !spec.others.includes(c.principal);
  return true;
}

/** Every 12-digit account the element names. */
export function namedAccounts(spec: PrincipalSpec): string[] {
  return [...spec.accounts.keys()];
}

export function describePrincipal(spec: PrincipalSpec): string {
  const names: string[] = [];
  if (spec.star) names.push('any principal ("*")');
  else if (spec.anyAws && spec.wildcardArns.length === 0) names.push('any AWS principal ({"AWS": "*"})');
  if (spec.anyService && !spec.star && !spec.anyAws) names.push('any service principal ({"Service": "*"})');
  for (const w of spec.wildcardArns) names.push(`${w} (a wildcard account stands for every account)`);
  for (const [account, p] of spec.accounts) {
    if (p.all) names.push(`account ${account}`);
    names.push(...p.arns);
  }
  names.push(...spec.services.map((s) => `service ${s}`), ...spec.webIdentity.map((w) => `anyone signed in with ${w}`), ...spec.others);
  const list = names.length === 0 ? 'no principal' : names.join(', ');
  return spec.negated ? `every principal except ${list}` : list;
}
