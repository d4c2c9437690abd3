import { Command, Option } from 'commander';
import { permissionsPolicy } from '../../collect/index.ts';
import type { Service } from '../../graph/types.ts';
import type { CliIO } from '../io.ts';
import { parseServices } from '../options.ts';

export function permissionsCommand(io: CliIO): Command {
  return new Command('permissions')
    .description('Print the least-privilege, read-only IAM policy a scan needs (generated from what the collectors call)')
    .addOption(
      new Option('--services <list>', 'only the actions for these services: kms, acm, s3, ebs, rds, cloudtrail (default: all)').argParser(
        parseServices,
      ),
    )
    .action((flags: { services?: Service[] }) => {
      io.stdout(`${JSON.stringify(permissionsPolicy(flags.services), null, 2)}\n`);
    });
}
