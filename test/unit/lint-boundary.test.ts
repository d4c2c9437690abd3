import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const SOURCE = "import { KMSClient } from '@aws-sdk/client-kms';\nexport const client = new KMSClient({});\n";

async function lint(filePath: string) {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(SOURCE, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports');
}

describe('the AWS SDK boundary lint rule', () => {
  it('fails on an @aws-sdk import anywhere else in src/', async () => {
    for (const file of [
      'src/report/sarif.ts',
      'src/engine/evaluate.ts',
      'src/scan.ts',
      'src/services/kms/index.ts',
      'src/services/registry.ts',
      'src/pipeline.ts',
      'src/cli/commands/scan.ts',
      'src/lambda/scan-account.ts',
      'src/evidence/export.ts',
      'src/emulator/moto.ts',
      'src/awsome/x.ts',
    ]) {
      const messages = await lint(file);
      expect(messages, file).toHaveLength(1);
      expect(messages[0]!.message).toContain('only under src/collect/, src/aws/, src/demo/ and by a service module');
      expect(messages[0]!.severity).toBe(2);
    }
  });

  it.each([
    'src/collect/clients.ts',
    'src/services/kms/collector.ts',
    'src/services/acm/map.ts',
    'src/services/s3/seed.ts',
    'src/aws/s3-store.ts',
    'src/demo/seed/kms.ts',
  ])('allows it in %s', async (file) => {
    expect(await lint(file)).toEqual([]);
  });
});
