/**
 * KMS key references in every form AWS returns them, resolved to the canonical key ARN.
 *
 * Forms: key id (`1234abcd-...`, `mrk-...`), key ARN, alias name (`alias/my-key`,
 * `alias/aws/s3`), alias ARN. Ids and alias names are relative to the account and region of
 * the resource that holds the reference.
 */
import { arns, parseArn } from './arn.ts';
import type { ExternalAttributes } from './attributes.ts';

export type ParsedKeyRef =
  | { form: 'key-arn'; partition: string; region: string; account: string; keyId: string }
  | { form: 'alias-arn'; partition: string; region: string; account: string; aliasName: string }
  | { form: 'key-id'; keyId: string }
  | { form: 'alias-name'; aliasName: string }
  | { form: 'invalid' };

export function parseKeyRef(ref: string): ParsedKeyRef {
  const value = ref.trim();
  if (value.startsWith('arn:')) {
    const arn = parseArn(value);
    if (!arn || arn.service !== 'kms' || arn.region === '' || arn.account === '' || arn.resourceId === '') {
      return { form: 'invalid' };
    }
    if (arn.resourceType === 'key') {
      return { form: 'key-arn', partition: arn.partition, region: arn.region, account: arn.account, keyId: arn.resourceId };
    }
    if (arn.resourceType === 'alias') {
      return {
        form: 'alias-arn',
        partition: arn.partition,
        region: arn.region,
        account: arn.account,
        aliasName: `alias/${arn.resourceId}`,
      };
    }
    return { form: 'invalid' };
  }
  if (value.startsWith('alias/') && value.length > 'alias/'.length) return { form: 'alias-name', aliasName: value };
  if (/^(mrk-)?[0-9A-Za-z-]{1,64}$/.test(value)) return { form: 'key-id', keyId: value };
  return { form: 'invalid' };
}

export function isAwsManagedAliasName(aliasName: string): boolean {
  return aliasName.startsWith('alias/aws/');
}

/** Where the reference is read: the account and region of the resource that holds it. */
export interface RefContext {
  partition: string;
  account: string;
  region: string;
}

/** What the graph knows, for resolution: collected keys and aliases, and what was scanned. */
export interface KeyLookup {
  hasKey(keyArn: string): boolean;
  /** The key ARN an alias points at, when the alias was collected. */
  aliasTarget(aliasArn: string): string | undefined;
  /** Why a KMS resource of (account, region) is absent from the graph. */
  whyAbsent(account: string, region: string, service: 'kms'): ExternalAttributes['reason'];
}

export type KeyResolution =
  | { id: string; resolvedVia: 'key' | 'alias' }
  | { id: string; external: { reason: ExternalAttributes['reason']; awsManagedAlias?: boolean } };

/** Resolves a key reference to a collected key's ARN, or to the id of an `external` node. */
export function resolveKeyRef(ref: string, ctx: RefContext, lookup: KeyLookup): KeyResolution {
  const parsed = parseKeyRef(ref);
  switch (parsed.form) {
    case 'invalid':
      return { id: `unparsable-key-reference:${ref}`, external: { reason: 'unparsable' } };
    case 'key-id':
      return resolveKeyArn(arns.kmsKey(ctx.partition, ctx.region, ctx.account, parsed.keyId), ctx.account, ctx.region, lookup);
    case 'key-arn':
      return resolveKeyArn(
        arns.kmsKey(parsed.partition, parsed.region, parsed.account, parsed.keyId),
        parsed.account,
        parsed.region,
        lookup,
      );
    case 'alias-name':
      return resolveAlias(
        arns.kmsAlias(ctx.partition, ctx.region, ctx.account, parsed.aliasName),
        parsed.aliasName,
        ctx.account,
        ctx.region,
        lookup,
      );
    case 'alias-arn':
      return resolveAlias(
        arns.kmsAlias(parsed.partition, parsed.region, parsed.account, parsed.aliasName),
        parsed.aliasName,
        parsed.account,
        parsed.region,
        lookup,
      );
  }
}

function resolveKeyArn(keyArn: string, account: string, region: string, lookup: KeyLookup): KeyResolution {
  if (lookup.hasKey(keyArn)) return { id: keyArn, resolvedVia: 'key' };
  return { id: keyArn, external: { reason: lookup.whyAbsent(account, region, 'kms') } };
}

function resolveAlias(aliasArn: string, aliasName: string, account: string, region: string, lookup: KeyLookup): KeyResolution {
  const target = lookup.aliasTarget(aliasArn);
  if (target !== undefined && lookup.hasKey(target)) return { id: target, resolvedVia: 'alias' };
  const awsManagedAlias = isAwsManagedAliasName(aliasName);
  // An AWS managed key's alias exists only once a service first uses it; such a reference
  // still means "the AWS managed key", which `derive` uses for the encryption level.
  return {
    id: target ?? aliasArn,
    external: { reason: lookup.whyAbsent(account, region, 'kms'), ...(awsManagedAlias ? { awsManagedAlias } : {}) },
  };
}
