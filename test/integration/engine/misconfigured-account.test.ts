/**
 * End to end: seed a misconfigured account and well-configured look-alikes into the
 * emulator, scan it, evaluate the built-in pack, and assert the exact set of (rule,
 * resource) failures. Only services whose collectors exist are scanned (`SERVICES`); to
 * cover another service, add it there, add its resources to `definition` (bad ones named
 * `bad-*`, look-alikes `good-*`) and their expected failures to `EXPECTED`.
 */
import { describe, expect, it } from 'vitest';
import { seedAccount, type AccountDefinition } from '../../../src/collect/seed/index.ts';
import { evaluateSnapshot, prepareRules } from '../../../src/engine/index.ts';
import type { Service } from '../../../src/graph/types.ts';
import { takeSnapshot } from '../../../src/scan.ts';
import { emulatorClients, emulatorEndpoint } from '../../support/emulator.ts';

const SERVICES: Service[] = ['kms'];
const PARTNER = '444455556666';

const definition: AccountDefinition = {
  kms: [
    { ref: 'bad-no-rotation', region: 'eu-west-1', aliases: ['alias/bad-no-rotation'] },
    { ref: 'good-rotation', region: 'eu-west-1', aliases: ['alias/good-rotation'], rotation: true },
    {
      ref: 'bad-external-grant',
      region: 'us-east-1',
      rotation: true,
      grants: [{ grantee: `arn:aws:iam::${PARTNER}:role/loader`, operations: ['Decrypt'] }],
    },
    {
      ref: 'good-internal-grant',
      region: 'us-east-1',
      rotation: true,
      grants: [{ grantee: 'arn:aws:iam::{{account}}:role/app', operations: ['Decrypt'] }],
    },
    { ref: 'bad-disabled-no-rotation', region: 'eu-west-1', state: 'Disabled' },
    { ref: 'good-disabled-rotating', region: 'eu-west-1', state: 'Disabled', rotation: true },
    { ref: 'good-signing', region: 'us-east-1', keySpec: 'ECC_NIST_P256', keyUsage: 'SIGN_VERIFY' },
  ],
};

/** [rule id, seed ref] of every failure the scan must report, and nothing else. */
const EXPECTED: [string, string][] = [
  ['CP-KMS-001', 'bad-no-rotation'],
  ['CP-KMS-001', 'bad-disabled-no-rotation'],
  ['CP-KMS-005', 'bad-external-grant'],
];

describe('a misconfigured account, end to end', () => {
  it('fails exactly the misconfigured resources; the look-alikes pass', async () => {
    const rules = prepareRules();
    const seeded = await seedAccount(emulatorClients(), definition);
    const run = await takeSnapshot({ endpoint: emulatorEndpoint(), regions: ['eu-west-1', 'us-east-1'], services: SERVICES });
    const evaluation = evaluateSnapshot(run, rules);

    const refOf = new Map([...seeded.keys].map(([ref, arn]) => [arn, ref]));
    const failures = evaluation.results
      .filter((r) => r.status === 'fail' || r.status === 'error')
      .map((r) => [r.ruleId, refOf.get(r.resource.id) ?? r.resource.id])
      .sort();
    expect(failures).toEqual([...EXPECTED].sort());

    for (const [ref, arn] of seeded.keys) {
      if (!ref.startsWith('good-')) continue;
      const results = evaluation.results.filter((r) => r.resource.id === arn);
      expect(results.length, ref).toBeGreaterThan(0);
      expect(results.filter((r) => r.status === 'pass').length, `${ref} passes something`).toBeGreaterThan(0);
      expect(
        results.filter((r) => r.status === 'fail' || r.status === 'error'),
        ref,
      ).toEqual([]);
    }

    // Evaluation is separate from collection: the saved snapshot, read back, evaluates the same.
    const { parseSnapshot } = await import('../../../src/graph/snapshot.ts');
    const reread = parseSnapshot(JSON.parse(JSON.stringify(run.snapshot)), 'snapshot.json');
    expect(evaluateSnapshot(reread, rules)).toEqual(evaluation);
  });
});
