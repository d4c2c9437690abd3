import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareRules } from '../../../src/engine/index.ts';
import { readArchive } from '../../../src/evidence/archive.ts';
import { exportEvidence } from '../../../src/evidence/export.ts';
import { sha256 } from '../../../src/evidence/hash.ts';
import type { EvidenceManifest } from '../../../src/evidence/types.ts';
import { publicKeyFingerprint } from '../../../src/evidence/signature.ts';
import { verifyEvidence } from '../../../src/evidence/verify.ts';
import { demoOutputFolder, flipByte, localSigner, tamper } from '../../support/evidence.ts';

let from: string;
let signed: string;
const signer = localSigner('ec');
/** The key the tests trust: the signer's own public key, given as a file would give it. */
const trusted = { anchor: { kind: 'public-key' as const, key: signer.publicKey, source: 'test' } };

beforeAll(async () => {
  from = await demoOutputFolder();
  signed = join(mkdtempSync(join(tmpdir(), 'cp-evidence-')), 'evidence.tar.gz');
  await exportEvidence({ from, out: signed, signer, now: () => new Date('2026-11-22T12:00:00Z') });
});

describe('evidence export', () => {
  it('packs the outputs, control matrices, a manifest with every hash, and the signature', async () => {
    const { files } = await readArchive(signed);
    const manifest = JSON.parse(new TextDecoder().decode(files.get('manifest.json'))) as EvidenceManifest;
    expect([...files.keys()].sort()).toEqual([...manifest.files.map((f) => f.path), 'manifest.json', 'signature.json'].sort());
    expect(manifest.files.map((f) => f.path)).toEqual(
      expect.arrayContaining(['scan/snapshot.json', 'scan/findings.json', 'scan/report.html', 'controls/aws-fsbp.csv']),
    );
    for (const f of manifest.files) {
      expect(f.sha256).toBe(sha256(files.get(f.path)!));
      expect(f.bytes).toBe(files.get(f.path)!.byteLength);
    }
    expect(new TextDecoder().decode(files.get('scan/snapshot.json'))).toBe(readFileSync(join(from, 'snapshot.json'), 'utf8'));
    const snapshot = JSON.parse(readFileSync(join(from, 'snapshot.json'), 'utf8'));
    expect(manifest.scan).toMatchObject({
      id: snapshot.scan.id,
      accounts: snapshot.scan.accounts,
      regions: snapshot.scan.regions,
      complete: snapshot.scan.complete,
    });
    expect(manifest.scan.coverage.gaps).toEqual(snapshot.gaps);
    expect(manifest.scan.apiCalls.total).toBe(snapshot.scan.apiCalls.reduce((n: number, c: { attempts: number }) => n + c.attempts, 0));
    const findings = JSON.parse(readFileSync(join(from, 'findings.json'), 'utf8'));
    expect(manifest.rulePack).toEqual(findings.provenance.rulePack);
    expect(manifest.rulePack.digest).toMatch(/^[0-9a-f]{64}$/);
    // Every built-in rule, none disabled.
    expect(manifest.rulePack.rules).toBe(prepareRules().active.length);
    expect(manifest.config).toEqual({ digest: 'none' });
    expect(manifest.createdAt).toBe('2026-11-22T12:00:00.000Z');
  });

  it('writes per-framework control matrices with status, resources and rules', async () => {
    const { files } = await readArchive(signed);
    expect([...files.keys()].filter((p) => p.startsWith('controls/')).sort()).toEqual([
      'controls/aws-fsbp.csv',
      'controls/cis-aws.csv',
      'controls/nist-800-53-r5.csv',
      'controls/pci-dss.csv',
    ]);
    // CIS v3.0.0 3.6 (rotation of customer created keys) is checked by CP-KMS-001, which the demo fails.
    const cis = parse(new TextDecoder().decode(files.get('controls/cis-aws.csv')), { columns: true }) as Record<string, string>[];
    const rotation = cis.find((r) => r['version'] === 'v3.0.0' && r['control'] === '3.6')!;
    expect(rotation).toMatchObject({ framework: 'cis-aws', status: 'fail', rules: 'CP-KMS-001' });
    expect(Number(rotation['failing'])).toBeGreaterThan(0);
    expect(rotation['failing_resources']!.split(' ').every((arn) => arn.startsWith('arn:aws:kms:'))).toBe(true);
    for (const framework of ['aws-fsbp', 'cis-aws', 'nist-800-53-r5', 'pci-dss']) {
      const rows = parse(new TextDecoder().decode(files.get(`controls/${framework}.csv`)), { columns: true }) as Record<string, string>[];
      expect(rows.length, framework).toBeGreaterThan(0);
      expect(rows.every((r) => r['framework'] === framework && ['pass', 'fail', 'unknown', 'not_applicable'].includes(r['status']!))).toBe(
        true,
      );
    }
  });
});

describe('evidence verify', () => {
  it('verifies a clean bundle offline against the trusted public key, and names that key as the signer', async () => {
    const report = await verifyEvidence(signed, trusted);
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({
      ok: true,
      signature: 'valid',
      signedBy: `public key ${publicKeyFingerprint(signer.publicKey)}`,
      claimedBy: 'arn:aws:kms:eu-west-1:111122223333:key/local-ec',
    });
  });

  it('does not accept a signature without a trusted key to check it with', async () => {
    const report = await verifyEvidence(signed);
    expect(report).toMatchObject({ ok: false, signature: 'unverified', claimedBy: 'arn:aws:kms:eu-west-1:111122223333:key/local-ec' });
    expect(report.signedBy).toBeUndefined();
    expect(report.problems).toEqual([expect.stringMatching(/^signature\.json: signature present but signer not verified: /)]);
  });

  it('verifies RSASSA-PSS signatures too', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cp-evidence-')), 'evidence.tar.gz');
    const rsa = localSigner('rsa');
    await exportEvidence({ from, out, signer: rsa });
    expect(await verifyEvidence(out, { anchor: { kind: 'public-key', key: rsa.publicKey, source: 'test' } })).toMatchObject({
      ok: true,
      signature: 'valid',
    });
  });

  it('names the file when one byte of any file changes', async () => {
    const { files } = await readArchive(signed);
    for (const path of files.keys()) {
      const tampered = await tamper(signed, (f) => f.set(path, flipByte(f.get(path)!)));
      const report = await verifyEvidence(tampered, trusted);
      expect(report.ok, path).toBe(false);
      if (path === 'manifest.json') {
        // The manifest is what the signature covers.
        expect(report.problems.join('\n'), path).toMatch(
          /^signature\.json: it signs a manifest whose SHA-256 is [0-9a-f]{64}, but manifest\.json hashes to [0-9a-f]{64}$/m,
        );
      } else if (path === 'signature.json') {
        expect(report.problems.join('\n'), path).toMatch(/^signature\.json: /m);
      } else {
        expect(report.problems, path).toEqual([
          expect.stringMatching(new RegExp(`^${path.replaceAll('.', '\\.')}: SHA-256 is [0-9a-f]{64}, the manifest says [0-9a-f]{64}$`)),
        ]);
      }
    }
  });

  it('names a removed file, and a file added after the manifest', async () => {
    const removed = await tamper(signed, (f) => f.delete('scan/report.html'));
    expect((await verifyEvidence(removed, trusted)).problems).toEqual([
      'scan/report.html: listed in the manifest but missing from the bundle',
    ]);
    const added = await tamper(signed, (f) => f.set('scan/extra.txt', new TextEncoder().encode('hello')));
    expect((await verifyEvidence(added, trusted)).problems).toEqual(['scan/extra.txt: in the bundle but not in the manifest']);
  });

  it('rejects a signature swapped in from another bundle or made with another key', async () => {
    const other = join(mkdtempSync(join(tmpdir(), 'cp-evidence-')), 'evidence.tar.gz');
    await exportEvidence({
      from,
      out: other,
      signer: localSigner('ec', 'arn:aws:kms:eu-west-1:111122223333:key/other'),
      now: () => new Date('2026-11-23T00:00:00Z'),
    });
    const otherSignature = (await readArchive(other)).files.get('signature.json')!;
    const swapped = await tamper(signed, (f) => f.set('signature.json', otherSignature));
    expect((await verifyEvidence(swapped, trusted)).problems).toEqual([
      expect.stringMatching(/^signature\.json: it signs a manifest whose SHA-256 is /),
    ]);

    // Same manifest digest, signature bytes from another key: the public key check catches it.
    const forged = await tamper(signed, (f) => {
      const mine = JSON.parse(new TextDecoder().decode(f.get('signature.json')));
      const theirs = JSON.parse(new TextDecoder().decode(otherSignature));
      f.set('signature.json', new TextEncoder().encode(JSON.stringify({ ...mine, signature: theirs.signature })));
    });
    expect((await verifyEvidence(forged, trusted)).problems).toEqual([
      `signature.json: the signature does not match manifest.json under the trusted key ${publicKeyFingerprint(signer.publicKey)}`,
    ]);
  });

  it('fails an unsigned bundle unless unsigned bundles are allowed', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cp-evidence-')), 'evidence.tar.gz');
    await exportEvidence({ from, out });
    expect(await verifyEvidence(out, trusted)).toMatchObject({
      ok: false,
      signature: 'absent',
      problems: ['signature.json: missing: the bundle is not signed (--allow-unsigned checks its hashes only)'],
    });
    expect(await verifyEvidence(out, { allowUnsigned: true })).toMatchObject({ ok: true, signature: 'absent', problems: [] });
  });

  it('says when the manifest itself is missing', async () => {
    const noManifest = await tamper(signed, (f) => f.delete('manifest.json'));
    expect((await verifyEvidence(noManifest)).problems).toEqual(['manifest.json: missing from the bundle']);
  });
});
