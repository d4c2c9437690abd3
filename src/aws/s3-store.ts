/**
 * Where the scheduled Lambda functions keep their results: an S3 bucket, every object
 * written with SSE-KMS under the configured customer managed key.
 */
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  UploadPartCommand,
  paginateListObjectsV2,
  type CompletedPart,
  type S3Client,
} from '@aws-sdk/client-s3';
import { classifyError } from '../collect/aws-errors.ts';
import { readPages } from '../collect/paging.ts';

export interface ObjectStore {
  readonly bucket: string;
  put(key: string, body: string | Uint8Array, contentType: string): Promise<void>;
  /** The object's bytes, or undefined when there is no such key. */
  get(key: string): Promise<Uint8Array | undefined>;
  /** Every key under `prefix`, sorted. */
  list(prefix: string): Promise<string[]>;
  /** The keys under `prefix`, one listing page (up to 1,000 keys, in key order) at a time. */
  pages(prefix: string): AsyncIterable<string[]>;
  /** A writer that streams one object: memory stays at one part, whatever the object's size. */
  writer(key: string, contentType: string): ObjectWriter;
}

export interface ObjectWriter {
  write(text: string): Promise<void>;
  /** Completes the object (a plain PutObject when it stayed under one part). */
  close(): Promise<void>;
  /** Drops what was uploaded so far. */
  abort(): Promise<void>;
}

/** S3's minimum size of every part of a multipart upload but the last. */
export const MIN_PART_BYTES = 5 * 1024 * 1024;

export function s3Store(client: S3Client, bucket: string, kmsKeyArn: string, partBytes = MIN_PART_BYTES): ObjectStore {
  const encryption = { ServerSideEncryption: 'aws:kms', SSEKMSKeyId: kmsKeyArn, BucketKeyEnabled: true } as const;
  return {
    bucket,
    async put(key, body, contentType) {
      await client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: key,
          Body: body,
          // Explicit, so that an empty body is not taken for a stream of unknown length.
          ContentLength: typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength,
          ContentType: contentType,
          ...encryption,
        }),
      );
    },
    writer(key, contentType) {
      const encoder = new TextEncoder();
      let chunks: Uint8Array[] = [];
      let buffered = 0;
      let uploadId: string | undefined;
      const parts: CompletedPart[] = [];
      const joined = () => {
        const out = new Uint8Array(buffered);
        let offset = 0;
        for (const c of chunks) {
          out.set(c, offset);
          offset += c.byteLength;
        }
        chunks = [];
        buffered = 0;
        return out;
      };
      const uploadPart = async () => {
        uploadId ??= (
          await client.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: key, ContentType: contentType, ...encryption }))
        ).UploadId;
        const PartNumber = parts.length + 1;
        const body = joined();
        const out = await client.send(
          new UploadPartCommand({ Bucket: bucket, Key: key, UploadId: uploadId, PartNumber, Body: body, ContentLength: body.byteLength }),
        );
        parts.push({ PartNumber, ETag: out.ETag ?? '' });
      };
      return {
        async write(text) {
          const bytes = encoder.encode(text);
          chunks.push(bytes);
          buffered += bytes.byteLength;
          if (buffered >= partBytes) await uploadPart();
        },
        async close() {
          if (uploadId === undefined) {
            const body = joined();
            await client.send(
              new PutObjectCommand({
                Bucket: bucket,
                Key: key,
                Body: body,
                ContentLength: body.byteLength,
                ContentType: contentType,
                ...encryption,
              }),
            );
            return;
          }
          if (buffered > 0) await uploadPart();
          await client.send(
            new CompleteMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: uploadId, MultipartUpload: { Parts: parts } }),
          );
        },
        async abort() {
          chunks = [];
          buffered = 0;
          if (uploadId !== undefined) await client.send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: uploadId }));
        },
      };
    },
    async *pages(prefix) {
      for await (const page of paginateListObjectsV2({ client }, { Bucket: bucket, Prefix: prefix })) {
        yield (page.Contents ?? []).map((o) => o.Key ?? '').filter((k) => k !== '');
      }
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
