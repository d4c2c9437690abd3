/**
 * Bucket policies written as an attacker would, to make the analyzer slow: the worst shape of
 * each kind that stays within the analyzer's limits, and some beyond them.
 */
import { POLICY_LIMITS } from '../../src/policy/limits.ts';

const account = (i: number) => String(100000000000 + i);
const bucket = 'arn:aws:s3:::b';

/** As many items as fit in `bytes` of compact JSON of the policy that `wrap` makes from them. */
function fill(bytes: number, make: (i: number) => unknown, wrap: (items: unknown[]) => object, max = Infinity): object {
  const items: unknown[] = [];
  while (items.length < max && JSON.stringify(wrap([...items, make(items.length)])).length <= bytes) items.push(make(items.length));
  return wrap(items);
}

const allowAll = { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${bucket}/*` };
const halves = <T>(xs: T[]): [T[], T[]] => [xs.slice(0, Math.ceil(xs.length / 2)), xs.slice(Math.ceil(xs.length / 2))];
const size = POLICY_LIMITS.s3Bytes - 512;

/** The worst policy of each kind, each within the limits. */
export function worstPolicies(): Record<string, object> {
  return {
    // Each `*?` doubled the work of a backtracking regular expression.
    'star-question resource': {
      Statement: [
        { ...allowAll, Resource: `${bucket}/${'a'.repeat(POLICY_LIMITS.valueChars - 40)}` },
        { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: `${bucket}/${'*?'.repeat((POLICY_LIMITS.valueChars - 40) / 2)}#` },
      ],
    },
    // Long patterns on both sides whose pieces almost fit everywhere.
    'near-miss patterns': fill(
      size,
      (i) => `${bucket}/${'a'.repeat(1500)}${i}*`,
      (xs) => {
        const [allow, deny] = halves(xs as string[]);
        return {
          Statement: [
            { ...allowAll, Resource: allow },
            {
              Effect: 'Deny',
              Principal: '*',
              Action: 's3:*',
              Resource: deny.map((d) => d.replace(`${bucket}/`, `${bucket}/*`).replace(/a{700}/, `${'a'.repeat(699)}?b`)),
            },
          ],
        };
      },
    ),
    'NotAction and NotResource overlap': fill(
      size,
      (i) => `s3:${'?*'.repeat(i % 40)}Get${i}*`,
      (xs) => {
        const [allow, deny] = halves(xs as string[]);
        return {
          Statement: [
            { Effect: 'Allow', Principal: '*', NotAction: allow, NotResource: allow.map((a) => `${bucket}/${a}`) },
            { Effect: 'Deny', Principal: '*', NotAction: deny, NotResource: deny.map((d) => `${bucket}/${d}`) },
          ],
        };
      },
    ),
    'many principals': fill(size, account, (xs) => ({ Statement: [{ ...allowAll, Principal: { AWS: xs } }] }), POLICY_LIMITS.principals),
    'many pattern condition values': fill(
      size,
      (i) => `o-aaaaaaaaaa/r-${i}*`,
      (xs) => {
        const [allow, deny] = halves(xs as string[]);
        return {
          Statement: [
            { ...allowAll, Condition: { 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': allow } } },
            {
              Effect: 'Deny',
              Principal: '*',
              Action: 's3:*',
              Resource: '*',
              Condition: { 'ForAnyValue:StringNotLike': { 'aws:PrincipalOrgPaths': deny } },
            },
          ],
        };
      },
      POLICY_LIMITS.conditionValues,
    ),
    'accounts times condition values': fill(
      size,
      (i) => `vpce-${i}`,
      (xs) => ({
        Statement: [
          {
            ...allowAll,
            Principal: { AWS: Array.from({ length: 300 }, (_, i) => account(i)) },
            Condition: { StringEquals: { 'aws:SourceVpce': xs } },
          },
          { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*', Condition: { StringNotEquals: { 'aws:SourceVpc': 'vpc-1' } } },
        ],
      }),
      POLICY_LIMITS.conditionValues - 1,
    ),
    // Every account is a caller class, and each class tries every value against every value.
    'principals times pattern values': {
      Statement: [
        {
          ...allowAll,
          Principal: { AWS: Array.from({ length: POLICY_LIMITS.principals - 1 }, (_, i) => account(i)) },
          Condition: {
            'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': Array.from({ length: 250 }, (_, i) => `o-aaaaaaaaaa/r-${i}*`) },
          },
        },
        {
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: '*',
          Condition: {
            'ForAnyValue:StringNotLike': { 'aws:PrincipalOrgPaths': Array.from({ length: 249 }, (_, i) => `o-bbbbbbbbbb/r-${i}*`) },
          },
        },
      ],
    },
    'many statements': fill(
      size,
      (i) => ({
        Effect: i % 2 ? 'Deny' : 'Allow',
        Principal: i % 3 ? '*' : { AWS: account(i) },
        Action: 's3:G*',
        Resource: `${bucket}/*${i}`,
        Condition: { StringEquals: { 'aws:SourceVpce': `vpce-${i}` } },
      }),
      (xs) => ({ Statement: xs }),
      POLICY_LIMITS.statements,
    ),
  };
}

/** Policies beyond a limit, each with the words its `unknown` reason must hold. */
export function oversizedPolicies(): { name: string; policy: unknown; reason: RegExp }[] {
  const statement = (extra: object) => ({ ...allowAll, ...extra });
  return [
    {
      name: '50 MB of text',
      policy: `{"Statement":[${'{"Effect":"Allow"},'.repeat(2_800_000)}{}]}`,
      reason: /the policy is \d+ KiB, more than the 40 KiB/,
    },
    {
      name: 'a parsed policy past 40 KiB',
      policy: { Statement: [statement({ Sid: 'x'.repeat(41 * 1024) })] },
      reason: /more than the 40 KiB/,
    },
    {
      name: 'a value past 4096 characters',
      policy: { Statement: [statement({ Resource: `${bucket}/${'*?'.repeat(2100)}` })] },
      reason: /^\/Statement\/0\/Resource: a value longer than 4096 characters/,
    },
    {
      name: 'too many condition values',
      policy: {
        Statement: [
          statement({
            Condition: { StringEquals: { 'aws:SourceVpce': Array.from({ length: POLICY_LIMITS.conditionValues + 1 }, (_, i) => `v${i}`) } },
          }),
        ],
      },
      reason: new RegExp(`${POLICY_LIMITS.conditionValues + 1} condition values, more than the ${POLICY_LIMITS.conditionValues}`),
    },
    {
      name: 'too many statements',
      policy: {
        Statement: Array.from({ length: POLICY_LIMITS.statements + 1 }, () => ({
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: '*',
        })),
      },
      reason: new RegExp(`${POLICY_LIMITS.statements + 1} statements, more than the ${POLICY_LIMITS.statements}`),
    },
    {
      name: 'too many principals',
      policy: {
        Statement: [statement({ Principal: { AWS: Array.from({ length: POLICY_LIMITS.principals + 1 }, (_, i) => account(i)) } })],
      },
      reason: new RegExp(`names ${POLICY_LIMITS.principals + 1} principals, more than the ${POLICY_LIMITS.principals}`),
    },
  ];
}
