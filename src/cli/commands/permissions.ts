import { Command, Option } from 'commander';
import { SERVICES, type Service } from '../../graph/types.ts';
import type { CliIO } from '../io.ts';
import { parseServices } from '../options.ts';

export function permissionsCommand(io: CliIO): Command {
  return new Command('permissions')
    .description('Print the least-privilege, read-only IAM policy a scan needs (generated from what the collectors call)')
    .addOption(
      new Option('--services <list>', `only the actions for these services: ${SERVICES.join(', ')} (default: all)`).argParser(
        parseServices,
      ),
    )
    .addOption(
      new Option(
        '--orchestrator <role-name>',
        'instead, the policy of the principal that runs multi-account scans: assume <role-name> in each account, list the organization',
      ),
    )
    .action(async (flags: { services?: Service[]; orchestrator?: string }) => {
      const { orchestratorPolicy, permissionsPolicy } = await import('../../collect/permissions.ts');
      const policy = flags.orchestrator ? orchestratorPolicy(flags.orchestrator) : permissionsPolicy(flags.services);
      io.stdout(`${JSON.stringify(policy, null, 2)}\n`);
    });
}
