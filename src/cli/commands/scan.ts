import { Command, Option } from 'commander';
import { ScanStopped } from '../../collect/stop.ts';
import { finishRun, pipelineOptions } from '../finish.ts';
import type { CliIO } from '../io.ts';
import {
  parseAccounts,
  parseDuration,
  parseList,
  parsePercent,
  parsePositiveInt,
  parseRegions,
  parseServices,
  parseUrl,
} from '../options.ts';
import { UsageError } from '../../errors.ts';
import { setMaxListeners } from 'node:events';
import { homedir } from 'node:os';
import { STDOUT } from '../finish.ts';
import { addOutputOptions, outputFromFlags, type OutputFlags } from '../output-options.ts';
import { checkProfileDefined, sharedProfileFiles } from '../profile-check.ts';
import { ScanProgress } from '../progress.ts';
import { checkRegionNames } from '../region-check.ts';
import { parseShare, shareOfQuotas } from '../quota-share.ts';
import { renderPlan } from '../plan.ts';
import { addReportOptions, reportInputsFromFlags, type ReportFlags } from '../report-options.ts';
import { addRuleOptions, rulesFromFlags, type RuleFlags } from '../rule-options.ts';
import { SERVICES, type Service } from '../../graph/types.ts';

interface ScanFlags extends RuleFlags, ReportFlags, OutputFlags {
  regions?: string[];
  services?: Service[];
  profile?: string;
  endpointUrl?: string;
  saveSnapshot: boolean;
  verbose: boolean;
  concurrency?: number;
  maxAttempts?: number;
  requestTimeout: number;
  maxDuration?: number;
  minCoverage: number;
  pacing: boolean;
  quotaShare?: number;
  plan: boolean;
  accounts?: string[];
  org: boolean;
  ou?: string[];
  roleName?: string;
  externalId?: string;
  sessionName?: string;
  securityHub: boolean;
}

export function scanCommand(io: CliIO, setExit: (code: number) => void): Command {
  const command = new Command('scan')
    .description('Scan an AWS account live: collect KMS, ACM, S3, EBS, RDS and CloudTrail into a snapshot and report on it')
    .addOption(
      new Option('--regions <list>', 'comma-separated regions to scan (default: every region enabled in the account)').argParser(
        parseRegions,
      ),
    )
    .addOption(
      new Option('--services <list>', `comma-separated services to scan: ${SERVICES.join(', ')} (default: all)`).argParser(parseServices),
    )
    .addOption(new Option('--profile <name>', 'AWS profile from the shared config files (default: the SDK credential chain)'))
    .addOption(
      new Option(
        '--endpoint-url <url>',
        'send every AWS call to this endpoint (an emulator such as moto); dummy credentials are used if none are found',
      ).argParser(parseUrl),
    )
    .addOption(
      new Option(
        '--accounts <list>',
        "comma-separated account ids to scan through --role-name (the caller's own account uses its own credentials)",
      )
        .argParser(parseAccounts)
        .conflicts('org'),
    )
    .addOption(
      new Option('--org', "scan every active account of the caller's AWS Organization (needs organizations:ListAccounts)").default(false),
    )
    .addOption(
      new Option('--ou <list>', 'with --org: only accounts under these organizational units or roots (and their child OUs)').argParser(
        parseList,
      ),
    )
    .addOption(new Option('--role-name <name>', 'the role to assume in every other account (e.g. deployed with the member-role StackSet)'))
    .addOption(new Option('--external-id <id>', "external id required by the role's trust policy"))
    .addOption(new Option('--session-name <name>', "role session name, visible in the accounts' CloudTrail (default: cryptoposture)"))
    .addOption(
      new Option('--save-snapshot', 'also write the snapshot (snapshot.json) into --out, for `evaluate` or as evidence').default(false),
    )
    .addOption(new Option('-v, --verbose', 'print API call counts per operation').default(false))
    .addOption(new Option('--concurrency <n>', 'region x service tasks run at once (listings: 4x as many)').argParser(parsePositiveInt))
    .addOption(
      new Option('--max-attempts <n>', 'attempts per API request, retries included (adaptive retry mode; default 8)').argParser(
        parsePositiveInt,
      ),
    )
    .addOption(
      new Option(
        '--request-timeout <seconds>',
        'deadline of one API request (connecting, the answer, any pause in it); a request that times out is retried, then a gap',
      )
        .argParser(parseDuration)
        .default(30),
    )
    .addOption(
      new Option(
        '--max-duration <duration>',
        'stop collecting after this long (e.g. 900, 15m, 1h) and write what was collected; the scan is then incomplete (exit 3)',
      ).argParser(parseDuration),
    )
    .addOption(
      new Option(
        '--min-coverage <percent>',
        'exit 5 instead of 3 when less than this share of the planned API calls succeeded (the scan is mostly not collected)',
      )
        .argParser(parsePercent)
        .default(90),
    )
    .addOption(
      new Option(
        '--plan',
        'after the list calls and before any detail call, print the expected API calls per service and the quota-bound time on stderr, then go on',
      ).default(false),
    )
    .addOption(
      new Option(
        '--quota-share <fraction>',
        'pace at this share of each documented AWS quota, e.g. 0.5 leaves half for other tools (default 1); the plan and ETA use it too',
      )
        .argParser(parseShare)
        .conflicts('pacing'),
    )
    .addOption(new Option('--no-pacing', 'do not pace requests at the documented AWS quotas (the SDK still retries throttled calls)'))
    .addOption(
      new Option(
        '--security-hub',
        "send the caller account's failures to AWS Security Hub (ASFF, custom integration) and archive those fixed since",
      ).default(false),
    );
  addOutputOptions(command, { out: 'reports', what: 'folder for the reports and the snapshot' });
  return addReportOptions(addRuleOptions(command)).action(async (flags: ScanFlags) => {
    // Rules and configuration first: a broken rule file stops the scan before any AWS call.
    if (flags.ou && !flags.org) throw new UsageError('--ou needs --org');
    const { rules, failOn } = rulesFromFlags(io, flags);
    const reporting = reportInputsFromFlags(io, flags);
    const output = outputFromFlags(flags, reporting.formats);
    if (output.out === STDOUT && flags.saveSnapshot)
      throw new UsageError('--save-snapshot needs a folder: --out - writes only the findings to stdout');
    // A named profile that is in neither shared file is reported before anything else.
    const profile = flags.profile ?? (flags.endpointUrl ? undefined : io.env['AWS_PROFILE']);
    if (profile) checkProfileDefined(profile, sharedProfileFiles(io.env, io.env['HOME'] || homedir()));
    const progress = new ScanProgress(io, { quiet: flags.quiet, everySeconds: flags.progressInterval });
    const controller = new AbortController();
    // Every in-flight request listens to this signal (concurrency x retries is well over
    // Node's default of 10): that is by design, not a leak, so no MaxListenersExceededWarning.
    setMaxListeners(0, controller.signal);
    /** Stopped by the user (a signal), not by --max-duration: the coverage gate does not apply. */
    let signalled = false;
    const stop = (signal: string) => {
      if (controller.signal.aborted) {
        io.stderr(`\n${signal} again: exiting without writing anything\n`);
        process.exit(130);
      }
      progress.stop();
      signalled = true;
      io.stderr(`${signal} received: stopping, and writing what was collected so far\n`);
      controller.abort(new ScanStopped('interrupted', `the scan was interrupted by ${signal}`));
    };
    const onInt = () => stop('SIGINT');
    const onTerm = () => stop('SIGTERM');
    const maxDuration = flags.maxDuration;
    const timer =
      maxDuration === undefined
        ? undefined
        : setTimeout(() => {
            progress.clear();
            io.stderr(`--max-duration ${maxDuration} s reached: stopping, and writing what was collected so far\n`);
            controller.abort(new ScanStopped('deadline', `the scan reached --max-duration ${maxDuration} s`));
          }, maxDuration * 1000);
    if (io.handleSignals) {
      process.on('SIGINT', onInt);
      process.on('SIGTERM', onTerm);
    }
    try {
      // Loaded here, not at start-up: the SDK clients take a while to load and --help needs none.
      const [{ scan }, regionNames, { DEFAULT_QUOTAS }] = await Promise.all([
        import('../../scan.ts'),
        import('../../collect/region-names.ts'),
        import('../../collect/pacing.ts'),
      ]);
      // A region name that is not a region stops here, before any call (a real region that is not enabled becomes a gap).
      if (flags.regions) checkRegionNames(flags.regions, regionNames);
      progress.start();
      /** Set when the snapshot is taken: the scan was stopped (a signal, --max-duration) before it ended. */
      let interrupted = false;
      const result = await scan(
        {
          ...(flags.regions ? { regions: flags.regions } : {}),
          ...(flags.services ? { services: flags.services } : {}),
          ...(flags.profile ? { profile: flags.profile } : {}),
          ...(flags.endpointUrl ? { endpoint: flags.endpointUrl } : {}),
          ...(flags.concurrency ? { concurrency: flags.concurrency } : {}),
          ...(flags.maxAttempts ? { maxAttempts: flags.maxAttempts } : {}),
          requestTimeoutMs: flags.requestTimeout * 1000,
          pacing: flags.pacing,
          ...(flags.quotaShare === undefined ? {} : { quotas: shareOfQuotas(DEFAULT_QUOTAS, flags.quotaShare) }),
          signal: controller.signal,
          ...(flags.accounts || flags.org
            ? {
                targets: {
                  ...(flags.accounts ? { accounts: flags.accounts } : {}),
                  ...(flags.org ? { org: flags.ou ? { parentIds: flags.ou } : {} } : {}),
                  ...(flags.roleName ? { roleName: flags.roleName } : {}),
                  ...(flags.externalId ? { externalId: flags.externalId } : {}),
                  ...(flags.sessionName ? { sessionName: flags.sessionName } : {}),
                },
              }
            : {}),
          onProgress: (p) => progress.update(p),
          detailsAfterPlan: flags.plan,
          onPlan: (plan, calls) => {
            progress.planned(plan, calls);
            if (flags.plan) {
              progress.clear();
              io.stderr(renderPlan(plan, calls.total));
            }
          },
        },
        {
          ...pipelineOptions({ rules, failOn, ...reporting, ...output }),
          onSnapshot: () => {
            progress.stop();
            interrupted = controller.signal.aborted;
          },
        },
      );
      const { exitCode } = await finishRun(io, result, {
        saveSnapshot: (flags.saveSnapshot || interrupted) && output.out !== STDOUT,
        verbose: flags.verbose,
        quiet: flags.quiet,
        ...(signalled ? {} : { minCoverage: flags.minCoverage }),
        ...output,
      });
      if (flags.securityHub) {
        const { sendToSecurityHub } = await import('../security-hub.ts');
        await sendToSecurityHub(io, result.snapshot, result.evaluation, flags);
      }
      setExit(exitCode);
    } finally {
      clearTimeout(timer);
      progress.stop();
      if (io.handleSignals) {
        process.off('SIGINT', onInt);
        process.off('SIGTERM', onTerm);
      }
    }
  });
}
