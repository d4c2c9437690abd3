/**
 * `cryptoposture policy explain FILE --account OWNER`: the policy analyzer's verdict on one
 * KMS key policy or S3 bucket policy, as JSON, without a scan. FILE `-` is standard input.
 * A public verdict also gets `exampleRequest`: one concrete request the policy allows.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { ExitCode, PolicyFileError, UsageError } from '../../errors.ts';
import { explainPolicy, inferPolicyKind, looksLikePolicy, type PolicyKind } from '../../policy/index.ts';
import { colors, type CliIO } from '../io.ts';
import { parseList } from '../options.ts';
import { terminalSafeJson } from '../../text/terminal-safe.ts';

interface ExplainFlags {
  account: string;
  kind?: PolicyKind;
  trustedAccounts?: string[];
  trustedOrgIds?: string[];
}

function parseAccount(value: string): string {
  if (!/^\d{12}$/.test(value)) throw new InvalidArgumentError('must be a 12-digit AWS account id');
  return value;
}

function parseAccounts(value: string): string[] {
  const list = parseList(value);
  const bad = list.filter((a) => !/^\d{12}$/.test(a));
  if (bad.length > 0) throw new InvalidArgumentError(`not a 12-digit account id: ${bad.join(', ')}`);
  return list;
}

function parseOrgIds(value: string): string[] {
  const list = parseList(value);
  const bad = list.filter((o) => !/^o-[a-z0-9]{10,32}$/.test(o));
  if (bad.length > 0) throw new InvalidArgumentError(`not an organization id (o-...): ${bad.join(', ')}`);
  return list;
}

async function readPolicyFile(io: CliIO, file: string): Promise<{ name: string; document: unknown }> {
  const name = file === '-' ? 'standard input' : file;
  let text: string;
  try {
    text = file === '-' ? await io.readStdin() : await readFile(resolve(io.cwd, file), 'utf8');
  } catch (e) {
    throw new PolicyFileError(name, [{ pointer: '', message: `cannot be read (${(e as Error).message})` }], e);
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (e) {
    throw new PolicyFileError(
      name,
      [{ pointer: '', message: `is not a policy document: not JSON (${(e as Error).message.replace(/\s+/g, ' ')})` }],
      e,
    );
  }
  if (!looksLikePolicy(document)) {
    throw new PolicyFileError(name, [{ pointer: '', message: 'is not a policy document: expected a JSON object with a Statement' }]);
  }
  return { name, document };
}

export function policyCommand(io: CliIO, setExit: (code: number) => void): Command {
  const explain = new Command('explain')
    .description('Print who a KMS key policy or S3 bucket policy grants access to, and why, as JSON')
    .argument('<file>', 'a file holding one policy document, or - for standard input')
    .addOption(
      new Option('--account <id>', 'the 12-digit account that owns the key or bucket').argParser(parseAccount).makeOptionMandatory(),
    )
    .addOption(
      new Option(
        '--kind <kind>',
        'kms (key policy) or s3 (bucket policy); default: inferred from the actions, resources and condition keys',
      ).choices(['kms', 's3']),
    )
    .addOption(
      new Option('--trusted-accounts <list>', 'comma-separated accounts inside the zone of trust (not reported as external)').argParser(
        parseAccounts,
      ),
    )
    .addOption(new Option('--trusted-org-ids <list>', 'comma-separated organization ids inside the zone of trust').argParser(parseOrgIds))
    .helpOption('-h, --help', 'show help for this command')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, write) => write(colors(io).red(text)) })
    .showHelpAfterError('(add --help for usage)')
    .exitOverride()
    .action(async (file: string, flags: ExplainFlags) => {
      const { name, document } = await readPolicyFile(io, file);
      const kind = flags.kind ?? inferPolicyKind(document);
      if (kind === undefined) {
        throw new UsageError(
          `${name}: cannot tell a KMS key policy from an S3 bucket policy (no kms: or s3: action, resource ARN or condition key); pass --kind kms or --kind s3`,
        );
      }
      const { verdict, example } = explainPolicy(document, kind, flags.account, {
        ...(flags.trustedAccounts ? { trustedAccounts: flags.trustedAccounts } : {}),
        ...(flags.trustedOrgIds ? { trustedOrgIds: flags.trustedOrgIds } : {}),
      });
      // A public verdict comes with one request it allows, to replay (`exampleRequest`).
      const out = { kind, owner: flags.account, ...verdict, ...(example === undefined ? {} : { exampleRequest: example }) };
      io.stdout(`${terminalSafeJson(out)}\n`);
      setExit(ExitCode.ok);
    });
  return new Command('policy').description('Analyze resource policies offline (no AWS calls)').addCommand(explain);
}
