/** Installs the pinned cfn-lint (deploy/requirements.txt) into the project's .venv-deploy. */
import { cfnLintTool } from '../src/emulator/tools.ts';
import { ensureTool } from '../src/emulator/venv.ts';
import { isCryptopostureError } from '../src/errors.ts';

try {
  ensureTool(cfnLintTool(), (line) => console.log(line));
  console.log(`cfn-lint is installed in ${cfnLintTool().dir}`);
} catch (e) {
  console.error(isCryptopostureError(e) ? e.message : e);
  process.exit(1);
}
