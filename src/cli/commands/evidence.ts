import { Command, Option } from 'commander';
import { resolve } from 'node:path';
import { readFile } from 'node:fs/promises';
import { CryptopostureError, ExitCode } from '../../errors.ts';
import { exportEvidence } from '../../evidence/export.ts';
import { bundledPublicKey, parsePublicKey, publicKeyFingerprint } from '../../evidence/signature.ts';
import type { EvidenceSignature } from '../../evidence/types.ts';
import { verifyEvidence, type TrustAnchor } from '../../evidence/verify.ts';
import { parseArn } from '../../graph/arn.ts';
import { displayPath } from '../finish.ts';
import type { CliIO } from '../io.ts';
import { parseUrl } from '../options.ts';
import { terminalSafe, terminalSafeJson } from '../../text/terminal-safe.ts';

interface AwsFlags {
  profile?: string;
  endpointUrl?: string;
  region?: string;
}

function awsOptions(command: Command): Command {
  return command
    .addOption(new Option('--profile <name>', 'AWS profile for the KMS calls (default: the SDK credential chain)'))
    .addOption(new Option('--region <region>', 'region of the KMS key when it is not given as an ARN (default: AWS_REGION or us-east-1)'))
    .addOption(new Option('--endpoint-url <url>', 'send the KMS calls to this endpoint (an emulator)').argParser(parseUrl));
}

/** The region for a key: the one in its ARN, else --region, AWS_REGION or us-east-1. */
function regionFor(flags: AwsFlags, keyId?: string): string {
  return (keyId ? parseArn(keyId)?.region : undefined) || flags.region || process.env['AWS_REGION'] || 'us-east-1';
}

async function kms(flags: AwsFlags) {
  // Loaded only when KMS is asked for: the SDK takes a while to load.
  const signer = await import('../../aws/evidence-signer.ts');
  const clients = await signer.evidenceKmsClients({
    ...(flags.profile ? { profile: flags.profile } : {}),
    ...(flags.endpointUrl ? { endpoint: flags.endpointUrl } : {}),
  });
  return { ...signer, clients };
}

async function readTrustedKey(file: string) {
  try {
    return parsePublicKey(await readFile(file));
  } catch (e) {
    throw new CryptopostureError('CP_USAGE', `--public-key ${file} is not a readable PEM or DER public key: ${(e as Error).message}`, {
      cause: e,
    });
  }
}

function parseFingerprint(value: string): string {
  const hex = value.replace(/^sha256:/i, '').toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(hex)) {
    throw new CryptopostureError('CP_USAGE', `--public-key-sha256 ${value} is not a SHA-256 fingerprint (sha256: and 64 hex digits)`);
  }
  return `sha256:${hex}`;
}

function fingerprintOf(signature: EvidenceSignature): string {
  const key = bundledPublicKey(signature);
  return typeof key === 'string' ? 'unreadable' : publicKeyFingerprint(key);
}

export function evidenceCommand(io: CliIO, setExit: (code: number) => void): Command {
  const evidence = new Command('evidence').description('Compliance evidence: pack a scan into a signed, verifiable bundle, and verify one');

  evidence.addCommand(
    awsOptions(
      new Command('export')
        .description(
          'Pack a scan output folder (snapshot.json, findings.json and the reports) with control matrices and a SHA-256 manifest into a .tar.gz',
        )
        .addOption(new Option('--from <dir>', 'the output folder of `scan --save-snapshot` (or `evaluate`)').makeOptionMandatory())
        .addOption(new Option('--out <file>', 'the bundle to write').default('evidence.tar.gz'))
        .addOption(
          new Option(
            '--sign-key <kms-key>',
            'sign the manifest with this asymmetric KMS key (ECC_NIST_P256 or RSA, SIGN_VERIFY): key id, ARN or alias',
          ),
        ),
    ).action(async (flags: AwsFlags & { from: string; out: string; signKey?: string }) => {
      const aws = flags.signKey ? await kms(flags) : undefined;
      try {
        const result = await exportEvidence({
          from: resolve(io.cwd, flags.from),
          out: resolve(io.cwd, flags.out),
          ...(aws && flags.signKey
            ? { signer: aws.kmsManifestSigner(aws.clients.clientFor(regionFor(flags, flags.signKey)), flags.signKey) }
            : {}),
        });
        io.stdout(`Wrote ${displayPath(io, result.file)}: ${result.manifest.files.length} files, manifest SHA-256 listed for each`);
        io.stdout(
          result.signature
            ? `, signed with ${result.signature.keyId} (${result.signature.signingAlgorithm}), public key ${fingerprintOf(result.signature)}\n`
            : ', not signed\n',
        );
        for (const entry of result.skipped) io.stdout(`  skipped ${terminalSafe(entry)}: only regular files are packed\n`);
        setExit(ExitCode.ok);
      } finally {
        aws?.clients.close();
      }
    }),
  );

  evidence.addCommand(
    awsOptions(
      new Command('verify')
        .description(
          'Recompute every hash of a bundle and check its signature against the key you trust; exit 0 when it verifies, 1 when anything does not match or the signer is not verified',
        )
        .argument('<bundle>', 'the .tar.gz written by `evidence export`')
        .addOption(new Option('--key <kms-key-arn>', 'trust this KMS key: the signature is checked with KMS Verify against it'))
        .addOption(
          new Option(
            '--public-key <file>',
            'trust this public key (PEM or DER, e.g. from `aws kms get-public-key`): checked offline',
          ).conflicts('key'),
        )
        .addOption(
          new Option(
            '--public-key-sha256 <fingerprint>',
            'trust the public key with this SHA-256 fingerprint (`sha256:<hex>`, as `evidence export` prints it): checked offline',
          ).conflicts(['key', 'publicKey']),
        )
        .addOption(new Option('--allow-unsigned', 'accept a bundle without a signature (its hashes are still checked)').default(false))
        .addOption(new Option('--json', 'print the verification report as JSON').default(false)),
    ).action(
      async (
        bundle: string,
        flags: AwsFlags & { key?: string; publicKey?: string; publicKeySha256?: string; allowUnsigned: boolean; json: boolean },
      ) => {
        const file = resolve(io.cwd, bundle);
        const aws = flags.key ? await kms(flags) : undefined;
        try {
          let anchor: TrustAnchor | undefined;
          if (aws && flags.key) {
            anchor = {
              kind: 'kms',
              keyId: flags.key,
              verifier: aws.kmsRemoteVerifier((region) => aws.clients.clientFor(region), regionFor(flags)),
            };
          } else if (flags.publicKey)
            anchor = { kind: 'public-key', key: await readTrustedKey(resolve(io.cwd, flags.publicKey)), source: flags.publicKey };
          else if (flags.publicKeySha256) anchor = { kind: 'fingerprint', fingerprint: parseFingerprint(flags.publicKeySha256) };
          const report = await verifyEvidence(file, { allowUnsigned: flags.allowUnsigned, ...(anchor ? { anchor } : {}) });
          const name = terminalSafe(bundle);
          if (flags.json) {
            const { manifest: _manifest, ...rest } = report;
            io.stdout(`${terminalSafeJson(rest)}\n`);
          } else if (report.ok) {
            const signer = report.signedBy ? `signed by ${terminalSafe(report.signedBy)}` : 'not signed (accepted by --allow-unsigned)';
            io.stdout(`${name}: verified: ${report.filesChecked} files match the manifest; ${signer}\n`);
          } else {
            io.stdout(`${name}: does NOT verify:\n${report.problems.map((p) => `  ${terminalSafe(p)}`).join('\n')}\n`);
            if (report.claimedBy && report.signature !== 'valid')
              io.stdout(`  (signature.json claims ${terminalSafe(report.claimedBy)}: a claim, not verified)\n`);
          }
          setExit(report.ok ? ExitCode.ok : ExitCode.findings);
        } finally {
          aws?.clients.close();
        }
      },
    ),
  );
  return evidence;
}
