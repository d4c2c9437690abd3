/** Evidence bundles signed and verified with the emulator's KMS (Sign, Verify, GetPublicKey), through the CLI. */
import { CreateKeyCommand } from '@aws-sdk/client-kms';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArchive } from '../../src/evidence/archive.ts';
import { runCliProcess } from '../support/cli.ts';
import { clientFor, emulatorEndpoint } from '../support/emulator.ts';
import { demoOutputFolder, flipByte, tamper } from '../support/evidence.ts';

async function signingKey(spec: 'ECC_NIST_P256' | 'RSA_2048' | 'SYMMETRIC_DEFAULT'): Promise<string> {
  const created = await clientFor('kms', 'eu-west-1').send(
    new CreateKeyCommand({ KeySpec: spec, KeyUsage: spec === 'SYMMETRIC_DEFAULT' ? 'ENCRYPT_DECRYPT' : 'SIGN_VERIFY' }),
  );
  return created.KeyMetadata!.Arn!;
}

const newBundle = () => join(mkdtempSync(join(tmpdir(), 'cp-evidence-')), 'evidence.tar.gz');

describe('evidence export and verify with KMS', () => {
  it.each(['ECC_NIST_P256', 'RSA_2048'] as const)(
    'signs with a %s key; verifies offline and through KMS Verify; catches tampering',
    async (spec) => {
      const key = await signingKey(spec);
      const from = await demoOutputFolder();
      const bundle = newBundle();
      const exported = await runCliProcess([
        'evidence',
        'export',
        '--from',
        from,
        '--out',
        bundle,
        '--sign-key',
        key,
        '--endpoint-url',
        emulatorEndpoint(),
      ]);
      expect(exported.stderr).toBe('');
      expect(exported.code).toBe(0);
      expect(exported.stdout).toContain(
        `signed with ${key} (${spec === 'ECC_NIST_P256' ? 'ECDSA_SHA_256' : 'RSASSA_PSS_SHA_256'}), public key sha256:`,
      );

      const fingerprint = /public key (sha256:[0-9a-f]{64})/.exec(exported.stdout)![1]!;

      // Without a trusted key the signature proves nothing: exit 1.
      const unanchored = await runCliProcess(['evidence', 'verify', bundle]);
      expect(unanchored.code).toBe(1);
      expect(unanchored.stdout).toContain('signature present but signer not verified');
      const offline = await runCliProcess(['evidence', 'verify', bundle, '--public-key-sha256', fingerprint]);
      expect(offline.code).toBe(0);
      expect(offline.stdout).toMatch(new RegExp(`verified: \\d+ files match the manifest; signed by public key ${fingerprint}\n$`));
      const viaKms = await runCliProcess(['evidence', 'verify', bundle, '--key', key, '--endpoint-url', emulatorEndpoint()]);
      expect(viaKms.code).toBe(0);
      expect(viaKms.stdout).toContain(`signed by ${key}`);

      // Another KMS key of the same account is not the signer.
      const otherKey = await signingKey(spec);
      const wrongKey = await runCliProcess([
        'evidence',
        'verify',
        bundle,
        '--key',
        otherKey,
        '--endpoint-url',
        emulatorEndpoint(),
        '--json',
      ]);
      expect(wrongKey.code).toBe(1);
      expect(JSON.parse(wrongKey.stdout)).toMatchObject({ ok: false, signature: 'invalid', claimedBy: key });

      const changed = await tamper(bundle, (f) => f.set('scan/findings.json', flipByte(f.get('scan/findings.json')!)));
      const caught = await runCliProcess(['evidence', 'verify', changed, '--public-key-sha256', fingerprint]);
      expect(caught.code).toBe(1);
      expect(caught.stdout).toMatch(
        /does NOT verify:\n {2}scan\/findings\.json: SHA-256 is [0-9a-f]{64}, the manifest says [0-9a-f]{64}\n$/,
      );

      // A signature made by KMS over another bundle's manifest: KMS Verify rejects it too.
      const other = newBundle();
      await runCliProcess(['evidence', 'export', '--from', from, '--out', other, '--sign-key', key, '--endpoint-url', emulatorEndpoint()]);
      const otherFiles = (await readArchive(other)).files;
      const swapped = await tamper(bundle, (f) => {
        const mine = JSON.parse(new TextDecoder().decode(f.get('signature.json')));
        const theirs = JSON.parse(new TextDecoder().decode(otherFiles.get('signature.json')));
        f.set('signature.json', new TextEncoder().encode(JSON.stringify({ ...mine, signature: theirs.signature })));
      });
      const rejected = await runCliProcess(['evidence', 'verify', swapped, '--key', key, '--endpoint-url', emulatorEndpoint(), '--json']);
      expect(rejected.code).toBe(1);
      expect(JSON.parse(rejected.stdout)).toMatchObject({
        ok: false,
        signature: 'invalid',
        problems: [`signature.json: KMS Verify with ${key} says the signature is not valid for manifest.json`],
      });
    },
  );

  it('refuses a key that cannot sign (exit 2, naming the key)', async () => {
    const key = await signingKey('SYMMETRIC_DEFAULT');
    const run = await runCliProcess([
      'evidence',
      'export',
      '--from',
      await demoOutputFolder(),
      '--out',
      newBundle(),
      '--sign-key',
      key,
      '--endpoint-url',
      emulatorEndpoint(),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--sign-key ${key} must be an asymmetric SIGN_VERIFY key`);
  });
});
