/**
 * IAM server certificates against the emulator, and the listeners that present one: an ALB
 * HTTPS listener and a Classic HTTPS listener get a `uses-certificate` edge to the
 * `iam.server-certificate` node. moto reports every server certificate as expired on
 * 2012-05-08, whatever was uploaded: CP-IAM-001 fails them all here, and its pass case is
 * tested on canned answers (test/unit/collect/iam.test.ts) and fixtures.
 */
import { describe, expect, it } from 'vitest';
import { seedAccount, type AccountDefinition } from '../../../src/demo/seed/index.ts';
import { evaluateSnapshot, prepareRules } from '../../../src/engine/index.ts';
import { takeSnapshot } from '../../../src/scan.ts';
import type { ElbListenerAttributes } from '../../../src/services/elb/types.ts';
import type { Elbv2ListenerAttributes } from '../../../src/services/elbv2/types.ts';
import type { IamServerCertificateAttributes } from '../../../src/services/iam/types.ts';
import { DEFAULT_ACCOUNT, emulatorClients, emulatorEndpoint } from '../../support/emulator.ts';

const EU = 'eu-west-1';

const definition: AccountDefinition = {
  iam: [
    { name: 'legacy-web', domain: 'legacy.example.com' },
    { name: 'edge-web', domain: 'edge.example.com', path: '/cloudfront/' },
  ],
  elbv2: { loadBalancers: [{ name: 'legacy', region: EU, listeners: [{ protocol: 'HTTPS', port: 443, certificate: '@legacy-web' }] }] },
  elb: [{ name: 'classic', region: EU, listeners: [{ protocol: 'HTTPS', port: 443, certificate: '@legacy-web' }] }],
};

describe('IAM server certificates against the emulator', () => {
  it('collects server certificates once per account and links the listeners that present them', async () => {
    const seeded = await seedAccount(emulatorClients(), definition);
    const arn = seeded.certificates.get('legacy-web')!;
    expect(arn).toBe(`arn:aws:iam::${DEFAULT_ACCOUNT}:server-certificate/legacy-web`);
    const run = await takeSnapshot({
      endpoint: emulatorEndpoint(),
      regions: [EU, 'us-east-1'],
      services: ['iam', 'elbv2', 'elb'],
      maxAttempts: 2,
    });
    const { graph, snapshot } = run;
    expect(snapshot.gaps).toEqual([]);
    // Global: one call for the account, not one per region.
    expect(
      run.calls
        .counts()
        .filter((c) => c.service === 'iam')
        .map((c) => [c.operation, c.attempts]),
    ).toEqual([['ListServerCertificates', 1]]);

    const certificates = graph.nodesOfType('iam.server-certificate');
    expect(certificates.map((c) => c.name).sort()).toEqual(['edge-web', 'legacy-web']);
    const legacy = graph.node(arn)!;
    expect(legacy).toMatchObject({ type: 'iam.server-certificate', account: DEFAULT_ACCOUNT, region: '', name: 'legacy-web' });
    expect(legacy.attributes as IamServerCertificateAttributes).toMatchObject({
      serverCertificateName: 'legacy-web',
      arn,
      path: '/',
      expiration: '2012-05-08T01:02:03.004Z', // moto's fixed answer
    });
    expect((legacy.attributes as IamServerCertificateAttributes).serverCertificateId).toMatch(/^ASCA/);
    expect(graph.node(seeded.certificates.get('edge-web')!)!.attributes).toMatchObject({ path: '/cloudfront/' });

    const alb = graph.nodesOfType('elbv2.listener').find((l) => l.name === 'legacy:443')!;
    const classic = graph.nodesOfType('elb.listener').find((l) => l.name === 'classic:443')!;
    expect((alb.attributes as Elbv2ListenerAttributes).certificateArns).toEqual([arn]);
    expect((classic.attributes as ElbListenerAttributes).certificateArn).toBe(arn);
    for (const listener of [alb, classic]) expect(graph.targets(listener.id, 'uses-certificate').map((n) => n.id)).toEqual([arn]);
    expect(
      graph
        .sources(arn, 'uses-certificate')
        .map((n) => n.id)
        .sort(),
    ).toEqual([alb.id, classic.id].sort());

    const evaluation = evaluateSnapshot(run, prepareRules());
    const result = evaluation.results.find((r) => r.ruleId === 'CP-IAM-001' && r.resource.id === arn);
    expect(result).toMatchObject({ status: 'fail', severity: 'critical' });
  });
});
