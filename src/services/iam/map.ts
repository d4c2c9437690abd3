/**
 * Pure mapping of IAM server certificate metadata to graph nodes. No I/O.
 */
import type { ServerCertificateMetadata } from '@aws-sdk/client-iam';
import type { Mapped } from '../../collect/mapped.ts';
import { compact, iso } from '../../collect/paging.ts';
import type { IamServerCertificateAttributes } from './types.ts';

/** A server certificate: a global resource (region ''); what uses it refers to it. */
export function mapServerCertificate(
  account: string,
  m: ServerCertificateMetadata & { Arn: string },
): Mapped<IamServerCertificateAttributes> {
  const name = m.ServerCertificateName ?? m.Arn;
  const attributes: IamServerCertificateAttributes = compact({
    serverCertificateName: name,
    serverCertificateId: m.ServerCertificateId,
    arn: m.Arn,
    path: m.Path,
    uploadDate: iso(m.UploadDate),
    expiration: iso(m.Expiration),
  } satisfies IamServerCertificateAttributes);
  return { node: { id: m.Arn, type: 'iam.server-certificate', account, region: '', name, tags: {}, attributes }, edges: [] };
}
