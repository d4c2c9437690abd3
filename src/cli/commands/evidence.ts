import { Command, Option } from 'commander';
import { resolve } from 'node:path';
import { ExitCode } from '../../errors.ts';
import { exportEvidence } from '../../evidence/export.ts';
import { verifyEvidence } from '../../evidence/verify.ts';
import { parseArn } from '../../graph/arn.ts';
import { displayPath } from '../finish.ts';
import type { CliIO } from '../io.ts';
import { parseUrl } from '../options.ts';

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
  const signer = await import('../../collect/evidence-signer.ts');
  const clients = await signer.evidenceKmsClients({
    ...(flags.profile ? { profile: flags.profile } : {}),
    ...(flags.endpointUrl ? { endpoint: flags.endpointUrl } : {}),
  });
  return { ...signer, clients };
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
        io.stdout(result.signature ? `, signed with ${result.signature.keyId} (${result.signature.signingAlgorithm})\n` : ', not signed\n');
        setExit(ExitCode.ok);
      } finally {
        aws?.clients.close();
      }
    }),
  );

  evidence.addCommand(
    awsOptions(
      new Command('verify')
        .description('Recompute every hash of a bundle and check its signature; exit 0 when it verifies, 1 when anything does not match')
        .argument('<bundle>', 'the .tar.gz written by `evidence export`')
        .addOption(new Option('--kms', 'check the signature with KMS Verify instead of the public key stored in the bundle').default(false))
        .addOption(new Option('--require-signature', 'fail when the bundle is not signed').default(false))
        .addOption(new Option('--json', 'print the verification report as JSON').default(false)),
    ).action(async (bundle: string, flags: AwsFlags & { kms: boolean; requireSignature: boolean; json: boolean }) => {
      const file = resolve(io.cwd, bundle);
      const aws = flags.kms ? await kms(flags) : undefined;
      try {
        const report = await verifyEvidence(file, {
          requireSignature: flags.requireSignature,
          ...(aws ? { remote: aws.kmsRemoteVerifier((region) => aws.clients.clientFor(region), regionFor(flags)) } : {}),
        });
        if (flags.json) {
          const { manifest: _manifest, ...rest } = report;
          io.stdout(`${JSON.stringify(rest, null, 2)}\n`);
        } else if (report.ok) {
          io.stdout(
            `${bundle}: verified: ${report.filesChecked} files match the manifest; signature ${report.signature}${report.signedBy ? ` (${report.signedBy})` : ''}\n`,
          );
        } else {
          io.stdout(`${bundle}: does NOT verify:\n${report.problems.map((p) => `  ${p}`).join('\n')}\n`);
        }
        setExit(report.ok ? ExitCode.ok : ExitCode.findings);
      } finally {
        aws?.clients.close();
      }
    }),
  );
  return evidence;
}
