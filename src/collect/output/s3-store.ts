/**
 * Where the scheduled Lambda functions keep their results: an S3 bucket, every object
 * written with SSE-KMS under the configured customer managed key.
 */
import { GetObjectCommand, PutObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { classifyError } from '../aws-errors.ts';
import { readPages } from '../paging.ts';

export interface ObjectStore {
  readonly bucket: string;
  put(key: string, body: string | Uint8Array, contentType: string): Promise<void>;
  /** The object's bytes, or undefined when there is no such key. */
  get(key: string): Promise<Uint8Array | undefined>;
  /** Every key under `prefix`, sorted. */
  list(prefix: string): Promise<string[]>;
}

export function s3Store(client: S3Client, bucket: string, kmsKeyArn: string): ObjectStore {
  return {
    bucket,
    async put(key, body, contentType) {
      await client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: key,
          Body: body,
          ContentType: contentType,
          ServerSideEncryption: 'aws:kms',
          SSEKMSKeyId: kmsKeyArn,
          BucketKeyEnabled: true,
        }),
      );
    },
    async get(key) {
      try {
        const out = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        return out.Body ? new Uint8Array(await out.Body.transformToByteArray()) : new Uint8Array();
      } catch (e) {
        const code = classifyError(e).code;
        if (code === 'NoSuchKey' || code === 'NotFound') return undefined;
        throw e;
      }
    },
    async list(prefix) {
      const objects = await readPages('ListObjectsV2', {
        page: (token) =>
          client.send(
            new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ...(token === undefined ? {} : { ContinuationToken: token }) }),
          ),
        next: (p) => p.NextContinuationToken,
        items: (p) => p.Contents,
        truncated: (p) => p.IsTruncated,
      });
      return objects
        .map((o) => o.Key ?? '')
        .filter((k) => k !== '')
        .sort();
    },
  };
}
