/**
 * Evidence bundles as an attacker would hand them over: re-signed with their own key under the
 * genuine key's name, stripped of the signature, with repeated entries, bombs, links and names
 * that carry terminal escapes. Each must fail to verify (exit 1) in bounded time, and nothing
 * unsafe may reach the output.
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../../src/errors.ts';
import { readArchive } from '../../../src/evidence/archive.ts';
import { exportEvidence } from '../../../src/evidence/export.ts';
import { sha256, sha256Bytes } from '../../../src/evidence/hash.ts';
import { publicKeyFingerprint } from '../../../src/evidence/signature.ts';
import type { EvidenceManifest, RemoteVerifier } from '../../../src/evidence/types.ts';
import { verifyEvidence } from '../../../src/evidence/verify.ts';
import { runCliInProcess, type InProcessRun } from '../../support/cli-in-process.ts';
import { demoOutputFolder, localSigner, tamper } from '../../support/evidence.ts';
import { rawTar, rawTarGz, type RawEntry } from '../../support/raw-tar.ts';

const GENUINE_ARN = 'arn:aws:kms:eu-west-1:111122223333:key/genuine';
const genuine = localSigner('ec', GENUINE_ARN);
const attacker = localSigner('ec', GENUINE_ARN);
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const dir = mkdtempSync(join(tmpdir(), 'cp-hostile-evidence-'));
const file = (name: string, content: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
let from: string;
let signed: string;
let genuinePem: string;
const genuinePrint = publicKeyFingerprint(genuine.publicKey);

/** No escape character, no other control character but the newline, no line a CI runner reads as a command. */
function expectInert(run: InProcessRun): void {
  for (const text of [run.stdout, run.stderr]) {
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u);
    expect(text).not.toMatch(/^\s*::/m);
  }
}

async function verify(bundle: string, ...flags: string[]): Promise<InProcessRun> {
  const run = await runCliInProcess(['evidence', 'verify', bundle, ...flags]);
  expect(run.ms).toBeLessThan(10_000);
  expectInert(run);
  return run;
}

beforeAll(async () => {
  from = await demoOutputFolder();
  signed = join(dir, 'genuine.tar.gz');
  await exportEvidence({ from, out: signed, signer: genuine });
  genuinePem = file('genuine.pem', genuine.publicKey.export({ type: 'spki', format: 'pem' }) as string);
});

/** The attacker's bundle: findings changed, the manifest rebuilt, signed with their key under the genuine key's ARN. */
async function resigned(): Promise<string> {
  const files = (await readArchive(signed)).files;
  const findings = encoder.encode(decoder.decode(files.get('scan/findings.json')).replace('"fail"', '"pass"'));
  const manifest = JSON.parse(decoder.decode(files.get('manifest.json'))) as EvidenceManifest;
  manifest.files = manifest.files.map((f) =>
    f.path === 'scan/findings.json' ? { ...f, sha256: sha256(findings), bytes: findings.byteLength } : f,
  );
  const manifestBytes = encoder.encode(`${JSON.stringify(manifest, null, 2)}\n`);
  const signature = {
    format: 'cryptoposture-evidence-signature',
    formatVersion: 1,
    ...(await attacker.sign(sha256Bytes(manifestBytes))),
    signedMessage: 'sha256(manifest.json)',
    manifestSha256: sha256(manifestBytes),
    signedAt: new Date().toISOString(),
  };
  return tamper(signed, (f) => {
    f.set('scan/findings.json', findings);
    f.set('manifest.json', manifestBytes);
    f.set('signature.json', encoder.encode(JSON.stringify(signature)));
  });
}

describe('evidence verify names the signer only from a trusted key', () => {
  it('verifies the genuine bundle with the trusted public key, by file or by fingerprint, and shows that key', async () => {
    for (const flags of [
      ['--public-key', genuinePem],
      ['--public-key-sha256', genuinePrint],
    ]) {
      const run = await verify(signed, ...flags);
      expect(run.code).toBe(ExitCode.ok);
      expect(run.stdout).toMatch(new RegExp(`: verified: \\d+ files match the manifest; signed by public key ${genuinePrint}\\n$`));
    }
  });

  it('does not pass a signed bundle when no trusted key is named', async () => {
    const run = await verify(signed);
    expect(run.code).toBe(ExitCode.findings);
    expect(run.stdout).toContain('signature.json: signature present but signer not verified');
    expect(run.stdout).toContain(`(signature.json claims ${GENUINE_ARN}: a claim, not verified)`);
    expect(run.stdout).not.toMatch(/: verified: /);
  });

  it('rejects a bundle re-signed with another key under the genuine key id, offline and with KMS', async () => {
    const forged = await resigned();
    const unanchored = await verify(forged);
    expect(unanchored.code).toBe(ExitCode.findings);
    expect(unanchored.stdout).toContain('signer not verified');
    const byFile = await verify(forged, '--public-key', genuinePem);
    expect(byFile.code).toBe(ExitCode.findings);
    expect(byFile.stdout).toContain(`signature.json: the signature does not match manifest.json under the trusted key ${genuinePrint}`);
    const byPrint = await verify(forged, '--public-key-sha256', genuinePrint);
    expect(byPrint.code).toBe(ExitCode.findings);
    expect(byPrint.stdout).toContain(`carries the public key ${publicKeyFingerprint(attacker.publicKey)}, not the trusted ${genuinePrint}`);

    // KMS Verify is asked about the key the caller names, never the one the bundle claims.
    const asked: string[] = [];
    const kms: RemoteVerifier = {
      verify: async (keyId) => {
        asked.push(keyId);
        return keyId === 'arn:aws:kms:eu-west-1:444455556666:key/forger';
      },
    };
    const report = await verifyEvidence(forged, { anchor: { kind: 'kms', keyId: GENUINE_ARN, verifier: kms } });
    expect(report).toMatchObject({ ok: false, signature: 'invalid', claimedBy: GENUINE_ARN });
    expect(report.signedBy).toBeUndefined();
    expect(asked).toEqual([GENUINE_ARN]);
    const forger = await verifyEvidence(forged, {
      anchor: { kind: 'kms', keyId: 'arn:aws:kms:eu-west-1:444455556666:key/forger', verifier: kms },
    });
    // The key shown is the one verified, not the one claimed.
    expect(forger).toMatchObject({ ok: true, signedBy: 'arn:aws:kms:eu-west-1:444455556666:key/forger', claimedBy: GENUINE_ARN });
  });

  it('fails a bundle whose signature was stripped, unless unsigned bundles are allowed', async () => {
    const stripped = await tamper(signed, (f) => f.delete('signature.json'));
    const run = await verify(stripped, '--public-key', genuinePem);
    expect(run.code).toBe(ExitCode.findings);
    expect(run.stdout).toContain('signature.json: missing: the bundle is not signed');
    const allowed = await verify(stripped, '--allow-unsigned');
    expect(allowed.code).toBe(ExitCode.ok);
    expect(allowed.stdout).toContain('not signed (accepted by --allow-unsigned)');
  });

  it('refuses two trust anchors at once, and a malformed one, as usage errors', async () => {
    expect(
      (await runCliInProcess(['evidence', 'verify', signed, '--public-key', genuinePem, '--public-key-sha256', genuinePrint])).code,
    ).toBe(ExitCode.usage);
    const bad = await runCliInProcess(['evidence', 'verify', signed, '--public-key-sha256', 'abc']);
    expect(bad.code).toBe(ExitCode.usage);
    expect(bad.stderr).toContain('is not a SHA-256 fingerprint');
    const notKey = await runCliInProcess(['evidence', 'verify', signed, '--public-key', file('not-a-key.pem', 'hello')]);
    expect(notKey.code).toBe(ExitCode.usage);
  });
});

describe('bundles that would exhaust memory or smuggle entries', () => {
  async function genuineEntries(): Promise<RawEntry[]> {
    const files = (await readArchive(signed)).files;
    return [...files].map(([path, content]) => ({ path, content }));
  }

  it('rejects a repeated entry', async () => {
    const entries = await genuineEntries();
    const bundle = file('duplicated.tar.gz', rawTarGz([...entries, { path: 'scan/findings.json', content: '{"rules":[],"results":[]}' }]));
    const run = await verify(bundle, '--public-key', genuinePem);
    expect(run.code).toBe(ExitCode.findings);
    expect(run.stdout).toContain('scan/findings.json (a second entry with this path)');
  });

  it('stops reading a bomb at the size limit, in bounded time', async () => {
    const bomb = file('bomb.tar.gz', rawTarGz([{ path: 'manifest.json', zeros: 20 * 1024 * 1024 }]));
    expect(readFileSync(bomb).byteLength).toBeLessThan(100_000);
    const start = performance.now();
    const report = await verifyEvidence(bomb, { limits: { totalBytes: 1024 * 1024, entries: 100 } });
    expect(performance.now() - start).toBeLessThan(5000);
    expect(report).toMatchObject({ ok: false, problems: [`the bundle expands to more than ${1024 * 1024} bytes: not read`] });
  });

  it('stops at the entry limit, and refuses a bundle compressed twice (exit 1)', async () => {
    const many = Array.from({ length: 10_001 }, (_, i): RawEntry => ({ path: `scan/${i}`, type: '5' }));
    const entriesRun = await verify(file('entries.tar.gz', rawTarGz(many)));
    expect(entriesRun.code).toBe(ExitCode.findings);
    expect(entriesRun.stdout).toContain('the bundle has more than 10000 entries: not read');
    const twice = await verify(file('twice.tar.gz', gzipSync(gzipSync(rawTar(await genuineEntries())))));
    expect(twice.code).toBe(ExitCode.findings);
    expect(twice.stdout).toContain('the bundle is compressed twice: not read');
  });

  it('does not trust a link entry, and shows names with escapes and workflow commands inert', async () => {
    const evil = 'scan/x\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007\n::error::pwned\u202e';
    const entries = [
      ...(await genuineEntries()),
      { path: 'scan/passwd', type: '2' as const, linkTarget: '/etc/passwd' },
      { path: evil, content: 'x' },
    ];
    const run = await verify(file('links.tar.gz', rawTarGz(entries)), '--public-key', genuinePem);
    expect(run.code).toBe(ExitCode.findings);
    expect(run.stdout).toContain('scan/passwd (SymbolicLink): not a plain file at a safe path, or repeated: not trusted');
    expect(run.stdout).toContain('scan/x\\x1b]8;;https://evil.example\\x07click');
    expect(run.stdout).toContain('\\x0a::error::pwned\\u{202e}');
  });
});

describe('evidence export reads only regular files', () => {
  it('reports a symbolic link in the scan folder and packs nothing it points to', async () => {
    const folder = join(dir, 'with-link');
    mkdirSync(folder);
    for (const name of ['snapshot.json', 'findings.json']) writeFileSync(join(folder, name), readFileSync(join(from, name)));
    const secret = file('secret.txt', 'TOP-SECRET-CONTENT');
    symlinkSync(secret, join(folder, 'stolen.txt'));
    const out = join(dir, 'with-link.tar.gz');
    const run = await runCliInProcess(['evidence', 'export', '--from', folder, '--out', out]);
    expect(run.ms).toBeLessThan(10_000);
    expect(run.code).toBe(ExitCode.ok);
    expect(run.stdout).toContain('skipped stolen.txt (symbolic link, not followed): only regular files are packed');
    const { files } = await readArchive(out);
    expect([...files.keys()]).not.toContain('scan/stolen.txt');
    expect([...files.values()].some((c) => decoder.decode(c).includes('TOP-SECRET-CONTENT'))).toBe(false);
  });

  it('refuses a snapshot.json that is a symbolic link (exit 2)', async () => {
    const folder = join(dir, 'linked-snapshot');
    mkdirSync(folder);
    symlinkSync(join(from, 'snapshot.json'), join(folder, 'snapshot.json'));
    writeFileSync(join(folder, 'findings.json'), readFileSync(join(from, 'findings.json')));
    const run = await runCliInProcess(['evidence', 'export', '--from', folder, '--out', join(dir, 'x.tar.gz')]);
    expect(run.code).toBe(ExitCode.usage);
    expect(run.stderr).toContain('snapshot.json is a symbolic link: evidence export reads only regular files and never follows links');
  });
});
