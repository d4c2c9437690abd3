import { Command, Option } from 'commander';
import { readSnapshotFile } from '../../graph/snapshot.ts';
import { evaluateRun } from '../../pipeline.ts';
import { finishRun, pipelineOptions } from '../finish.ts';
import type { CliIO } from '../io.ts';
import { addOutputOptions, outputFromFlags, type OutputFlags } from '../output-options.ts';
import { addReportOptions, reportInputsFromFlags, type ReportFlags } from '../report-options.ts';
import { addRuleOptions, rulesFromFlags, type RuleFlags } from '../rule-options.ts';

interface EvaluateFlags extends RuleFlags, ReportFlags, OutputFlags {
  snapshot: string;
  verbose: boolean;
}

export function evaluateCommand(io: CliIO, setExit: (code: number) => void): Command {
  const command = new Command('evaluate')
    .description('Evaluate a saved snapshot offline (no AWS calls) and write the reports')
    .addOption(new Option('--snapshot <file>', 'a snapshot written by `scan --save-snapshot` or `demo`').makeOptionMandatory())
    .addOption(new Option('-v, --verbose', 'print the API call counts recorded in the snapshot').default(false));
  addOutputOptions(command, { out: 'reports', what: 'folder for the reports', progress: false });
  return addReportOptions(addRuleOptions(command)).action(async (flags: EvaluateFlags) => {
    const { rules, failOn } = rulesFromFlags(io, flags);
    const reporting = reportInputsFromFlags(io, flags);
    const output = outputFromFlags(flags, reporting.formats);
    // The pipeline of a scan without the collection.
    const run = await evaluateRun(await readSnapshotFile(flags.snapshot), pipelineOptions({ rules, failOn, ...reporting, ...output }));
    const { exitCode } = await finishRun(io, run, { saveSnapshot: false, verbose: flags.verbose, quiet: flags.quiet, ...output });
    setExit(exitCode);
  });
}
