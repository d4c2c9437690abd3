/**
 * Refreshes fixtures/demo/snapshot.json, the snapshot of the demo account that `demo`
 * evaluates when the emulator cannot run. Run it after changing fixtures/demo/account.json.
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processIO } from '../src/cli/io.ts';
import { runCli } from '../src/cli/program.ts';
import { resourcePath } from '../src/resources.ts';

const out = mkdtempSync(join(tmpdir(), 'cp-demo-bundle-'));
const code = await runCli(['demo', '--out', out, '--quiet'], { ...processIO(), stdout: () => {} });
if (code !== 0) process.exit(code);
copyFileSync(join(out, 'snapshot.json'), resourcePath('fixtures/demo/snapshot.json'));
console.log('wrote fixtures/demo/snapshot.json');
