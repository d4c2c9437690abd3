import { ImportCertificateCommand, RequestCertificateCommand, type KeyAlgorithm, type Tag, ACMClient } from '@aws-sdk/client-acm';
import type { ClientFactory } from '../../collect/clients.ts';
import { generateCertificate } from '../../demo/seed/certificate.ts';
import { fillPlaceholders, type SeededAccount } from '../../demo/seed/definition.ts';
import type { CertificateDefinition } from './types.ts';

const encoder = new TextEncoder();

function tagList(tags: Record<string, string> | undefined): Tag[] | undefined {
  const list = Object.entries(tags ?? {}).map(([Key, Value]) => ({ Key, Value }));
  return list.length > 0 ? list : undefined;
}

export async function seedCertificates(
  clients: ClientFactory,
  seeded: SeededAccount,
  certificates: readonly CertificateDefinition[],
): Promise<void> {
  for (const definition of certificates) {
    const c = fillPlaceholders(definition, { account: seeded.account, region: definition.region, keys: seeded.keys });
    const acm = clients.get('acm', ACMClient, seeded.account, c.region);
    let arn: string | undefined;
    if (c.source === 'imported') {
      const generated = await generateCertificate({
        domain: c.domain,
        ...(c.subjectAlternativeNames ? { alternativeNames: c.subjectAlternativeNames } : {}),
        keyAlgorithm: c.keyAlgorithm ?? 'RSA_2048',
        daysValid: c.daysValid ?? 365,
      });
      const imported = await acm.send(
        new ImportCertificateCommand({
          Certificate: encoder.encode(generated.certificatePem),
          PrivateKey: encoder.encode(generated.privateKeyPem),
          Tags: tagList(c.tags),
        }),
      );
      arn = imported.CertificateArn;
    } else {
      const requested = await acm.send(
        new RequestCertificateCommand({
          DomainName: c.domain,
          SubjectAlternativeNames: c.subjectAlternativeNames,
          ValidationMethod: c.validationMethod ?? 'DNS',
          KeyAlgorithm: (c.keyAlgorithm ?? 'RSA_2048') as KeyAlgorithm,
          ...(c.transparencyLogging === undefined
            ? {}
            : { Options: { CertificateTransparencyLoggingPreference: c.transparencyLogging ? 'ENABLED' : 'DISABLED' } }),
          Tags: tagList(c.tags),
        }),
      );
      arn = requested.CertificateArn;
    }
    if (arn === undefined) throw new Error(`ACM returned no ARN for the certificate of ${c.domain}`);
    seeded.certificates.set(c.ref ?? c.domain, arn);
  }
}
