import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const SOURCE = "import { KMSClient } from '@aws-sdk/client-kms';\nexport const client = new KMSClient({});\n";

async function lint(filePath: string) {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(SOURCE, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports');
}

describe('the AWS SDK boundary lint rule', () => {
  it('fails on an @aws-sdk import outside src/collect/', async () => {
    for (const file of [
      'src/report/sarif.ts',
      'src/engine/evaluate.ts',
      'src/scan.ts',
      'src/services/kms/index.ts',
      'src/services/registry.ts',
    ]) {
      const messages = await lint(file);
      expect(messages, file).toHaveLength(1);
      expect(messages[0]!.message).toContain('only under src/collect/');
      expect(messages[0]!.severity).toBe(2);
    }
  });

  it("allows it under src/collect/ and in a service's collector, mapping and seeding", async () => {
    for (const file of ['src/collect/clients.ts', 'src/services/kms/collector.ts', 'src/services/acm/map.ts', 'src/services/s3/seed.ts']) {
      expect(await lint(file), file).toEqual([]);
    }
  });
});
