/** Bucket policies for tests that seed buckets. */

/** Denies every request to the bucket and its objects that does not use TLS, then `statements`. */
export function denyInsecureTransport(bucket: string, ...statements: object[]): object {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'DenyInsecureTransport',
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
      ...statements,
    ],
  };
}
