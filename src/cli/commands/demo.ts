import { Command, Option } from 'commander';
import { readFile } from 'node:fs/promises';
import type { AccountDefinition } from '../../demo/seed/definition.ts';
import { ensureEmulatorInstalled, startEmulator, type RunningEmulator } from '../../emulator/moto.ts';
import { EmulatorError } from '../../errors.ts';
import { readSnapshotFile } from '../../graph/snapshot.ts';
import { resourcePath } from '../../resources.ts';
import { evaluateRun, type PipelineOptions } from '../../pipeline.ts';
import { displayPath, finishRun, pipelineOptions, STDOUT } from '../finish.ts';
import type { CliIO } from '../io.ts';
import { isEmulatorGap } from '../emulator-gaps.ts';
import { addOutputOptions, type OutputFlags, outputFromFlags } from '../output-options.ts';
import { ScanProgress } from '../progress.ts';
import { addReportOptions, reportInputsFromFlags, type ReportFlags } from '../report-options.ts';
import { addRuleOptions, rulesFromFlags, type RuleFlags } from '../rule-options.ts';

export const DEMO_DEFINITION = 'fixtures/demo/account.json';
export const DEMO_SNAPSHOT = 'fixtures/demo/snapshot.json';
const OFFLINE_MEANS = 'the same rules and reports over a saved scan of the same demo account, with no emulator and no Python';

interface DemoFlags extends RuleFlags, ReportFlags, OutputFlags {
  offline: boolean;
  verbose: boolean;
}

export async function loadDemoDefinition(): Promise<AccountDefinition & { regions: string[] }> {
  return JSON.parse(await readFile(resourcePath(DEMO_DEFINITION), 'utf8')) as AccountDefinition & { regions: string[] };
}

export function demoCommand(io: CliIO, setExit: (code: number) => void): Command {
  const command = new Command('demo')
    .description('Run a scan on a built-in demo account in a local AWS emulator (no AWS account needed) and write its reports')
    .addOption(new Option('--offline', 'do not start the emulator: evaluate the bundled snapshot of the demo account').default(false))
    .addOption(new Option('-v, --verbose', 'print API call counts per operation').default(false));
  addOutputOptions(command, { out: 'reports/demo', what: 'folder for the demo reports and snapshot' });
  return addReportOptions(addRuleOptions(command)).action(async (flags: DemoFlags) => {
    const { rules, failOn } = rulesFromFlags(io, flags);
    const reporting = reportInputsFromFlags(io, flags);
    const output = outputFromFlags(flags, reporting.formats);
    const say = (line: string) => {
      if (!flags.quiet) io.stderr(`${line}\n`);
    };
    let emulator: RunningEmulator | undefined;
    try {
      if (!flags.offline) {
        try {
          ensureEmulatorInstalled(say);
          emulator = await startEmulator();
        } catch (e) {
          if (!(e instanceof EmulatorError)) throw e;
          say(`The AWS emulator is not available: ${e.message}`);
          say(
            `Evaluating the bundled snapshot of the demo account instead (${DEMO_SNAPSHOT}), as \`demo --offline\` does: ${OFFLINE_MEANS}.`,
          );
        }
      }
      const pipeline = pipelineOptions({ rules, failOn, ...reporting, ...output });
      const run = emulator
        ? await scanDemo(io, emulator, flags, pipeline, say)
        : await evaluateRun(await readSnapshotFile(resourcePath(DEMO_SNAPSHOT)), pipeline);
      const { files, exitCode } = await finishRun(io, run, {
        saveSnapshot: true,
        verbose: flags.verbose,
        quiet: flags.quiet,
        ...output,
        // Live or bundled, the demo's snapshot comes from the emulator.
        onEmulator: true,
      });
      const tell = output.out === STDOUT ? io.stderr : io.stdout;
      const snapshotFile = files.find((f) => f.endsWith('snapshot.json'));
      if (snapshotFile) tell(`\nThe demo snapshot is ${displayPath(io, snapshotFile)}\n`);
      const emulatorGaps = run.snapshot.gaps.filter(isEmulatorGap).length;
      if (emulatorGaps > 0) {
        const all = emulatorGaps === run.snapshot.gaps.length;
        tell(
          `${all ? `All ${emulatorGaps} gaps` : `${emulatorGaps} of the ${run.snapshot.gaps.length} gaps`} are operations the emulator does not implement; against AWS they are collected.\n`,
        );
      }
      const html = files.find((f) => f.endsWith('report.html'));
      const first = html ?? files.find((f) => !f.endsWith('snapshot.json'));
      if (first) tell(`Open ${displayPath(io, first)} first${html ? ' (in a browser)' : ''}.\n`);
      // The demo succeeded when it wrote its files, whatever the demo account holds, unless
      // --fail-on asks for the findings gate.
      setExit(exitCode === 1 ? 1 : 0);
    } finally {
      await emulator?.stop();
    }
  });
}

async function scanDemo(io: CliIO, emulator: RunningEmulator, flags: DemoFlags, pipeline: PipelineOptions, say: (line: string) => void) {
  const definition = await loadDemoDefinition();
  // Loaded here, not at start-up: the SDK clients take a while to load.
  const [{ CallCounter, ClientFactory }, { seedAccount }, { scan }] = await Promise.all([
    import('../../collect/index.ts'),
    import('../../demo/seed/index.ts'),
    import('../../scan.ts'),
  ]);
  say(`Seeding the demo account into the emulator at ${emulator.endpoint} ...`);
  const clients = new ClientFactory({
    credentialsFor: () => ({ accessKeyId: 'testing', secretAccessKey: 'testing' }),
    endpoint: emulator.endpoint,
    counter: new CallCounter(),
  });
  try {
    await seedAccount(clients, definition);
  } finally {
    clients.destroy();
  }
  const progress = new ScanProgress(io, { quiet: flags.quiet, everySeconds: flags.progressInterval }).start();
  try {
    return await scan(
      {
        endpoint: emulator.endpoint,
        regions: definition.regions,
        onProgress: (p) => progress.update(p),
        onPlan: (plan, calls) => progress.planned(plan, calls),
      },
      { ...pipeline, onSnapshot: () => progress.stop() },
    );
  } finally {
    progress.stop();
  }
}
