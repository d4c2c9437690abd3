/** cfn-lint (pinned in deploy/requirements.txt, installed into .venv-deploy) on the deployment templates. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cfnLintTool } from '../../src/emulator/tools.ts';
import { ensureTool, toolPath } from '../../src/emulator/venv.ts';
import { resourcePath } from '../../src/resources.ts';

const lint = (...files: string[]) => spawnSync(toolPath(cfnLintTool()), files, { encoding: 'utf8' });

describe('cfn-lint', () => {
  beforeAll(() => ensureTool(cfnLintTool(), (line) => console.log(line)), 300_000);

  it('passes on every template in deploy/', () => {
    const run = lint(resourcePath('deploy/cryptoposture.yaml'), resourcePath('deploy/member-role.yaml'));
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('fails on a broken template (the check can fail)', () => {
    const broken = join(mkdtempSync(join(tmpdir(), 'cp-cfn-')), 'broken.yaml');
    writeFileSync(broken, readFileSync(resourcePath('deploy/cryptoposture.yaml'), 'utf8').replaceAll('nodejs24.x', 'nodejs99.x'));
    const run = lint(broken);
    expect(run.status).not.toBe(0);
    expect(run.stdout).toContain("'nodejs99.x' is not one of");
  });
});
