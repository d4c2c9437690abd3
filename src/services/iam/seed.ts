import { IAMClient, UploadServerCertificateCommand } from '@aws-sdk/client-iam';
import type { ClientFactory } from '../../collect/clients.ts';
import { generateCertificate } from '../../demo/seed/certificate.ts';
import type { SeededAccount } from '../../demo/seed/definition.ts';
import type { ServerCertificateDefinition } from './types.ts';

/** Uploads generated self-signed certificates to IAM; their ARNs are kept under `seeded.certificates` by name. */
export async function seedServerCertificates(
  clients: ClientFactory,
  seeded: SeededAccount,
  definition: ServerCertificateDefinition[],
): Promise<void> {
  // IAM is global: its endpoint is the partition's, reached through any region.
  const client = clients.get('iam', IAMClient, seeded.account, 'us-east-1');
  for (const c of definition) {
    const generated = await generateCertificate({ domain: c.domain, keyAlgorithm: 'RSA_2048', daysValid: c.daysValid ?? 365 });
    const uploaded = await client.send(
      new UploadServerCertificateCommand({
        ServerCertificateName: c.name,
        Path: c.path ?? '/',
        CertificateBody: generated.certificatePem,
        PrivateKey: generated.privateKeyPem,
      }),
    );
    const arn = uploaded.ServerCertificateMetadata?.Arn;
    if (arn === undefined) throw new Error(`IAM returned no ARN for the server certificate ${c.name}`);
    seeded.certificates.set(c.name, arn);
  }
}
