/**
 * A scan only reads: every AWS operation the code under src/collect/ (and the per-service
 * modules under src/services/, their emulator seed data excepted) can send is a Describe*,
 * Get* or List* operation, or one of the exceptions named below with the reason it is one.
 * The operations are read from the source: each `<Operation>Command` and
 * `paginate<Operation>` imported from an `@aws-sdk/client-*` package. Anything imported from
 * the SDK that could send operations this test cannot see (an aggregated client such as `S3`,
 * a waiter, a namespace or dynamic import, another package) fails it too. Writing to AWS
 * belongs in src/aws/ (the output adapters) and src/demo/ (the emulator seeding).
 */
import { globSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { actionForOperation, isReadOnlyAction, requiredActions } from '../../../src/collect/permissions.ts';

/** The files that must only read: all of src/collect/, and src/services/<service>/ but for its seed data. */
function readOnlyFiles(): string[] {
  const seed = /^src\/services\/[^/]+\/seed(\.ts$|\/)/;
  return globSync(['src/collect/**/*.ts', 'src/services/**/*.ts'])
    .map((f) => f.split('\\').join('/'))
    .filter((f) => !seed.test(f))
    .sort();
}

/**
 * Imports that are not an operation of a service client but may call AWS, each with why
 * it is allowed in a read-only scan. Keyed by `<package> <export>`.
 */
const EXCEPTIONS: Record<string, string> = {
  '@aws-sdk/credential-providers fromTemporaryCredentials':
    'sts:AssumeRole, to enter another account through the member role (src/collect/accounts.ts): it returns temporary credentials and changes nothing in either account',
  '@aws-sdk/credential-providers fromNodeProviderChain':
    "the SDK's default chain for the caller's own credentials (src/collect/credentials.ts): environment, profile, SSO, web identity, container or instance metadata, which may call sts:AssumeRole, sts:AssumeRoleWithWebIdentity or sso:GetRoleCredentials as the profile says; each returns credentials and changes nothing",
  '@aws-sdk/core/client partition': 'partition and region metadata bundled with the SDK (src/collect/region-names.ts); no API call',
};

/** Packages that carry requests but make none of their own: the HTTP handler and the retry strategy send only the commands given to them. */
const TRANSPORT_PACKAGES = /^@smithy\//;

const SDK = /^@(aws-sdk|smithy)\//;
const CLIENT_PACKAGE = /^@aws-sdk\/client-([a-z0-9-]+)$/;

interface SdkImport {
  file: string;
  module: string;
  /** The exported name (not a local alias); undefined for an import this test cannot read name by name. */
  name?: string;
  line: number;
}

/** Every value imported (or re-exported) from an AWS SDK package in `text`. Type-only imports send nothing and are left out. */
function sdkImports(file: string, text: string): SdkImport[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: SdkImport[] = [];
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && SDK.test(node.moduleSpecifier.text)) {
      const module = node.moduleSpecifier.text;
      const clause = node.importClause;
      const line = lineOf(node);
      if (!clause)
        found.push({ file, module, line }); // a side-effect import
      else if (!clause.isTypeOnly) {
        if (clause.name) found.push({ file, module, line }); // a default import
        const bindings = clause.namedBindings;
        if (bindings && ts.isNamespaceImport(bindings)) found.push({ file, module, line });
        if (bindings && ts.isNamedImports(bindings)) {
          for (const e of bindings.elements) if (!e.isTypeOnly) found.push({ file, module, name: (e.propertyName ?? e.name).text, line });
        }
      }
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const module = node.moduleSpecifier.text;
      if (SDK.test(module) && !node.isTypeOnly) {
        const clause = node.exportClause;
        if (clause && ts.isNamedExports(clause)) {
          for (const e of clause.elements)
            if (!e.isTypeOnly) found.push({ file, module, name: (e.propertyName ?? e.name).text, line: lineOf(node) });
        } else found.push({ file, module, line: lineOf(node) });
      }
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [specifier] = node.arguments;
      // A dynamic import of the SDK, or one whose module is computed: its names cannot be read here.
      if (!specifier || !ts.isStringLiteral(specifier) || SDK.test(specifier.text)) {
        found.push({ file, module: specifier && ts.isStringLiteral(specifier) ? specifier.text : '<computed>', line: lineOf(node) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

type Verdict =
  | { kind: 'operation'; action: string; readOnly: boolean }
  | { kind: 'client' | 'exception' | 'transport' | 'constant' }
  | { kind: 'unreadable'; why: string };

/** What an SDK import can send. `exportOf` looks up a name a client package exports that is neither a command, a paginator nor a client. */
async function classify(i: SdkImport, exportOf: (module: string, name: string) => Promise<unknown>): Promise<Verdict> {
  if (i.name === undefined)
    return { kind: 'unreadable', why: 'a namespace, default, side-effect or dynamic import: import each command by name' };
  if (`${i.module} ${i.name}` in EXCEPTIONS) return { kind: 'exception' };
  if (TRANSPORT_PACKAGES.test(i.module)) return { kind: 'transport' };
  const client = CLIENT_PACKAGE.exec(i.module);
  if (!client) return { kind: 'unreadable', why: `${i.module} is neither a service client package nor a named exception` };
  const service = client[1]!;
  const operation = /^(?:(\w+)Command|paginate(\w+))$/.exec(i.name);
  if (operation) {
    const action = actionForOperation(service, (operation[1] ?? operation[2])!);
    return { kind: 'operation', action, readOnly: isReadOnlyAction(action) };
  }
  // The bare client sends only the commands it is given; the aggregated one (`S3`, `KMS`) has a method per operation.
  if (/^\w+Client$/.test(i.name)) return { kind: 'client' };
  const value = await exportOf(i.module, i.name);
  // An enum's constants, or an exception class to test errors against: neither sends anything.
  if (typeof value !== 'function' || value.prototype instanceof Error) return { kind: 'constant' };
  return {
    kind: 'unreadable',
    why: `${i.name} is a function of ${i.module} (an aggregated client or a waiter?) whose operations cannot be read here`,
  };
}

/** The SDK imports that break the read-only rule, as messages; empty when everything only reads. */
async function violations(imports: readonly SdkImport[]): Promise<string[]> {
  const exportOf = async (module: string, name: string) => ((await import(module)) as Record<string, unknown>)[name];
  const found: string[] = [];
  for (const i of imports) {
    const verdict = await classify(i, exportOf);
    const where = `${i.file}:${i.line} imports ${i.name ?? '*'} from ${i.module}`;
    if (verdict.kind === 'operation' && !verdict.readOnly)
      found.push(`${where}: ${verdict.action} is not a Describe*, Get* or List* action`);
    if (verdict.kind === 'unreadable') found.push(`${where}: ${verdict.why}`);
  }
  return found;
}

describe('a scan only reads: the SDK operations under src/collect/ and src/services/', () => {
  const files = readOnlyFiles();
  const imports = files.flatMap((file) => sdkImports(file, readFileSync(file, 'utf8')));

  it('reads every file of src/collect/ (and src/services/ but its seed data), and finds the collectors’ commands', () => {
    expect(files).toContain('src/services/kms/collector.ts');
    expect(files).toContain('src/services/kms/index.ts');
    expect(files).toContain('src/collect/accounts.ts');
    expect(files.some((f) => /^src\/services\/[^/]+\/seed/.test(f))).toBe(false);
    const names = imports.map((i) => i.name);
    for (const command of ['ListKeysCommand', 'GetBucketEncryptionCommand', 'DescribeVolumesCommand', 'GetCallerIdentityCommand']) {
      expect(names).toContain(command);
    }
  });

  it('every operation is a Describe*, Get* or List* action, or a named exception', async () => {
    expect(await violations(imports)).toEqual([]);
  });

  it('each named exception is still used (the list says only what the code does)', () => {
    const used = new Set(imports.map((i) => `${i.module} ${i.name}`));
    expect(Object.keys(EXCEPTIONS).filter((e) => !used.has(e))).toEqual([]);
  });
});

describe('the read-only check itself', () => {
  const check = (text: string) => violations(sdkImports('src/collect/example.ts', text));

  it.each([
    ["import { PutObjectCommand } from '@aws-sdk/client-s3';", 's3:PutObject is not a Describe*, Get* or List* action'],
    ["import { GetObjectCommand as Read, PutObjectCommand as Get } from '@aws-sdk/client-s3';", 's3:PutObject'],
    ["import { SignCommand } from '@aws-sdk/client-kms';", 'kms:Sign is not'],
    ["import { BatchImportFindingsCommand } from '@aws-sdk/client-securityhub';", 'securityhub:BatchImportFindings is not'],
    ["import { paginateDeleteThings } from '@aws-sdk/client-kms';", 'kms:DeleteThings is not'],
    ["export { CreateKeyCommand } from '@aws-sdk/client-kms';", 'kms:CreateKey is not'],
    ["import * as s3 from '@aws-sdk/client-s3';", 'a namespace, default, side-effect or dynamic import'],
    ["const { PutObjectCommand } = await import('@aws-sdk/client-s3');", 'a namespace, default, side-effect or dynamic import'],
    ["import { S3 } from '@aws-sdk/client-s3';", 'an aggregated client or a waiter'],
    ["import { waitUntilBucketExists } from '@aws-sdk/client-s3';", 'an aggregated client or a waiter'],
    ["import { Upload } from '@aws-sdk/lib-storage';", 'neither a service client package nor a named exception'],
  ])('fails on %s', async (text, message) => {
    const found = await check(text);
    expect(found.length, text).toBeGreaterThan(0);
    expect(found.join('\n')).toContain(message);
  });

  it('passes reads, clients, constants, exception classes and type-only imports', async () => {
    const text = [
      "import { GetBucketEncryptionCommand, ListBucketsCommand, S3Client, NoSuchBucket, BucketLocationConstraint } from '@aws-sdk/client-s3';",
      "import { paginateListKeys } from '@aws-sdk/client-kms';",
      "import type { PutObjectCommandInput } from '@aws-sdk/client-s3';",
      "import { type PutObjectCommand } from '@aws-sdk/client-s3';",
    ].join('\n');
    expect(await check(text)).toEqual([]);
  });
});

/**
 * Read-only is not enough for secrets: these actions only read, and return the secret's or
 * the parameter's value. A scan collects metadata only; none of them may be granted or sent.
 */
const VALUE_READS = [
  'secretsmanager:GetSecretValue',
  'secretsmanager:BatchGetSecretValue',
  'ssm:GetParameter',
  'ssm:GetParameters',
  'ssm:GetParametersByPath',
  'ssm:GetParameterHistory',
];

/** The value-returning actions that `imports` can send (the client package's name without hyphens is the IAM prefix). */
function valueReads(imports: readonly SdkImport[]): string[] {
  const found: string[] = [];
  for (const i of imports) {
    const client = CLIENT_PACKAGE.exec(i.module);
    const operation = i.name === undefined ? null : /^(?:(\w+)Command|paginate(\w+))$/.exec(i.name);
    if (!client || !operation) continue;
    const action = `${client[1]!.replaceAll('-', '')}:${(operation[1] ?? operation[2])!}`;
    if (VALUE_READS.includes(action)) found.push(`${i.file}:${i.line} imports ${i.name} (${action})`);
  }
  return found;
}

describe('a scan never reads the value of a secret or a parameter', () => {
  const imports = readOnlyFiles().flatMap((file) => sdkImports(file, readFileSync(file, 'utf8')));

  it('no permission the scan asks for returns a value (GetSecretValue, GetParameter*, ...)', () => {
    const actions = requiredActions();
    expect(actions).toContain('secretsmanager:ListSecrets');
    expect(actions).toContain('ssm:DescribeParameters');
    expect(actions.filter((a) => VALUE_READS.includes(a) || /^(secretsmanager:.*SecretValue|ssm:GetParameter)/.test(a))).toEqual([]);
  });

  it('no command imported under src/collect/ or src/services/ returns a value', () => {
    const names = imports.map((i) => i.name);
    expect(names).toContain('ListSecretsCommand');
    expect(names).toContain('DescribeParametersCommand');
    expect(valueReads(imports)).toEqual([]);
  });

  it.each([
    ["import { GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';", 'secretsmanager:GetSecretValue'],
    ["import { BatchGetSecretValueCommand } from '@aws-sdk/client-secrets-manager';", 'secretsmanager:BatchGetSecretValue'],
    ["import { GetParametersByPathCommand } from '@aws-sdk/client-ssm';", 'ssm:GetParametersByPath'],
    ["import { paginateGetParameterHistory } from '@aws-sdk/client-ssm';", 'ssm:GetParameterHistory'],
  ])('the check finds %s', (text, action) => {
    expect(valueReads(sdkImports('src/services/example/collector.ts', text)).join('\n')).toContain(action);
  });
});
