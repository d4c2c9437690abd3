/** Python tools of the development workflow (not needed to run scans). */
import { resourcePath } from '../resources.ts';
import type { PythonTool } from './venv.ts';

/** cfn-lint, which CI runs on deploy/*.yaml. */
export function cfnLintTool(): PythonTool {
  return {
    label: 'cfn-lint',
    dir: process.env['CRYPTOPOSTURE_DEPLOY_VENV'] ?? resourcePath('.venv-deploy'),
    requirements: 'deploy/requirements.txt',
    executable: 'cfn-lint',
  };
}
