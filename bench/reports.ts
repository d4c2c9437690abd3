/**
 * Rendering time of the SARIF, HTML and JSON reports for 20,000 failing findings (on the
 * demo snapshot's rules), several runs each: median, spread (min to max) and output size.
 * npm run bench:reports
 */
import { GITHUB_LIMITS, renderHtml, renderJson, renderSarif, type ReportInput } from '../src/report/index.ts';
import { syntheticInput } from '../test/support/synthetic-report.ts';

const FINDINGS = 20_000;
const RUNS = 7;

function measure(name: string, render: (input: ReportInput) => string, input: ReportInput): void {
  render(input); // warm up
  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    size = render(input).length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(
    `${name.padEnd(7)} median ${median.toFixed(0).padStart(5)} ms  spread ${times[0]!.toFixed(0)}-${times.at(-1)!.toFixed(0)} ms  ` +
      `${(size / 1024 / 1024).toFixed(1)} MB  ${((median * 1000) / FINDINGS).toFixed(1)} us per finding`,
  );
}

const input = await syntheticInput(FINDINGS);
console.log(`${FINDINGS} failing findings, ${input.evaluation.rules.length} rules, ${RUNS} runs each`);
measure('sarif', (i) => renderSarif(i), input); // the default limits keep the 1,000 most severe per run
measure('sarif*', (i) => renderSarif(i, GITHUB_LIMITS), input); // GitHub's own limits: all 20,000 results
measure('html', renderHtml, input);
measure('json', renderJson, input);
