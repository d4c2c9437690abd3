/**
 * The registry is the only list of services: no file outside `src/services/` names three or
 * more services (by name, node type or SDK client) close together, the way a hand-kept
 * list, switch or lookup table does. A service module's folder names only itself.
 */
import { readFileSync } from 'node:fs';
import { globSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVICE_LIST } from '../../../src/services/registry.ts';

/**
 * Files allowed to list services, each with its reason. The v1 -> v2 snapshot migration
 * describes the old format's node types once and for all: a new service never touches it.
 */
const ALLOWED: Readonly<Record<string, string>> = {
  'src/services/registry.ts': 'the registry',
  'src/graph/snapshot-migrations.ts': 'describes a past snapshot format, frozen',
  'src/collect/response-validators.ts': 'generated from the registered collectors (npm run generate)',
};

/** Lines a list may span and still count as one list. */
const WINDOW = 8;

const quoted = (token: string) => new RegExp(`['"\`]${token.replaceAll('.', '\\.')}['"\`:]`);
const listed = (token: string) => new RegExp(`(^|[\\s(])${token.replaceAll('.', '\\.')}(?=, | \\()`);

/** SDK clients that serve one service module only (EC2's serves EBS and AMIs: it names neither). */
const ownClient = (client: string) => SERVICE_LIST.filter((m) => m.api.client === client).length === 1;

/** Each service's tokens: its name, its node types, its SDK client when no other module shares it. */
const TOKENS = SERVICE_LIST.map((m) => ({
  service: m.name,
  patterns: [m.name, ...(ownClient(m.api.client) ? [m.api.client] : []), ...Object.keys(m.nodeTypes)].flatMap((t) => [
    quoted(t),
    listed(t),
  ]),
}));

/** The first place in `text` where three or more services are named within WINDOW lines. */
export function serviceList(text: string): { line: number; services: string[] } | undefined {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const window = lines.slice(i, i + WINDOW).join('\n');
    const services = TOKENS.filter((t) => t.patterns.some((p) => p.test(window))).map((t) => t.service);
    if (services.length >= 3) return { line: i + 1, services };
  }
  return undefined;
}

describe('no hand-kept list of services outside the registry', () => {
  it('finds none in src/ or scripts/', () => {
    const files = globSync(['src/**/*.ts', 'scripts/**/*.ts']).filter(
      (f) => !f.startsWith('src/services/') || f === 'src/services/registry.ts',
    );
    expect(files.length).toBeGreaterThan(100);
    const found = files
      .filter((f) => ALLOWED[f] === undefined)
      .flatMap((f) => {
        const hit = serviceList(readFileSync(f, 'utf8'));
        return hit ? [`${f}:${hit.line} names ${hit.services.join(', ')}`] : [];
      });
    expect(found).toEqual([]);
  });

  it("finds each service module's folder naming only its own service", () => {
    for (const module of SERVICE_LIST) {
      // The services whose node types its edges point at (a TLS endpoint's certificates) may be named too.
      const targets = new Set(
        Object.values(module.edges).flatMap((e) => SERVICE_LIST.filter((m) => e.to.some((type) => type in m.nodeTypes)).map((m) => m.name)),
      );
      for (const file of globSync(`src/services/${module.name}/*.ts`)) {
        const others = TOKENS.filter((t) => t.service !== module.name && t.service !== 'kms' && !targets.has(t.service));
        const text = readFileSync(file, 'utf8');
        // Every data store points at KMS keys, CloudTrail delivers to S3 and AMIs are backed by EBS snapshots: those may be named.
        const allowed = (t: { service: string }) =>
          (module.name === 'cloudtrail' && t.service === 's3') ||
          (module.name === 'ami' && t.service === 'ebs') ||
          // The emulator seeding of a function creates its execution role with IAM.
          (file.endsWith('/lambda/seed.ts') && t.service === 'iam');
        const named = others.filter((t) => !allowed(t) && t.patterns.some((p) => p.test(text)));
        expect(
          named.map((t) => t.service),
          file,
        ).toEqual([]);
      }
    }
  });

  it('would catch a list, a switch, a lookup table and a help string', () => {
    expect(serviceList("const SERVICES = ['kms', 'acm', 's3'];")?.services).toEqual(['kms', 'acm', 's3']);
    expect(serviceList("switch (s) {\n  case 'kms':\n    break;\n  case 'rds':\n    break;\n  case 'cloudtrail':\n}")?.services).toEqual([
      'kms',
      'rds',
      'cloudtrail',
    ]);
    expect(
      serviceList("const TYPE = {\n  'kms.key': 'AwsKmsKey',\n  's3.bucket': 'AwsS3Bucket',\n  'ec2.volume': 'AwsEc2Volume',\n};")
        ?.services,
    ).toEqual(['kms', 's3', 'ebs']);
    expect(serviceList("'services to scan: kms, acm, s3, ebs, rds, cloudtrail (default: all)'")?.services.length).toBe(6);
    expect(serviceList("const a = 'kms';\n\n\n\n\n\n\n\n\n\nconst b = 's3';\nconst c = 'rds';")).toBeUndefined();
  });
});
