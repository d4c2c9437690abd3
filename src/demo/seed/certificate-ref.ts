/**
 * A certificate named in an account definition, for the sections that attach one (load
 * balancer listeners, distributions, custom domains): `@ref` of a seeded ACM certificate, or
 * an ARN, whose placeholders are filled.
 */
import { ConfigError } from '../../errors.ts';
import { fillPlaceholders, type SeededAccount } from './definition.ts';

export function seededCertificate(seeded: SeededAccount, region: string, ref: string): string {
  if (ref.startsWith('@')) {
    const arn = seeded.certificates.get(ref.slice(1));
    if (arn === undefined) {
      throw new ConfigError('the account definition', [
        { pointer: '', message: `no seeded certificate has the ref ${JSON.stringify(ref.slice(1))}` },
      ]);
    }
    return arn;
  }
  return fillPlaceholders(ref, { account: seeded.account, region });
}
