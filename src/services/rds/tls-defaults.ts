/**
 * Which parameter makes an RDS or Aurora database refuse connections without TLS, per
 * engine, and its value when the parameter group does not set it (the engine default).
 * Pure data and lookups; no I/O.
 *
 * The defaults come from the AWS documentation, page by page (`source` of each entry). A
 * version the documentation does not cover has no default here: the value stays unknown
 * rather than guessed.
 */

/** How a parameter's value says that TLS is required. */
type ValueMeaning = 'one-is-on' | 'on-off';

export interface TlsParameterDefault {
  /** Inclusive lower bound of the engine version (`16`, `8.4`, `10.5`); none: every older version. */
  from?: string;
  /** Exclusive upper bound (`15`: every 14.x); none: every newer version. */
  before?: string;
  /** The value the engine uses when the parameter group does not set it. */
  value: string;
}

export interface EngineTlsParameter {
  /** `Engine` values (exact, or a prefix ending in `-`: `sqlserver-`). */
  engines: readonly string[];
  parameter: 'rds.force_ssl' | 'require_secure_transport';
  meaning: ValueMeaning;
  defaults: readonly TlsParameterDefault[];
  /** The AWS documentation page the defaults come from. */
  source: string;
}

export const ENGINE_TLS_PARAMETERS: readonly EngineTlsParameter[] = [
  {
    engines: ['postgres'],
    parameter: 'rds.force_ssl',
    meaning: 'one-is-on',
    // 0 (off) before PostgreSQL 15, 1 (on) from PostgreSQL 15.
    defaults: [
      { before: '15', value: '0' },
      { from: '15', value: '1' },
    ],
    source:
      'Amazon RDS User Guide, "Using SSL with a PostgreSQL DB instance" and "Updating applications to connect to PostgreSQL DB instances using new SSL/TLS certificates" (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/ssl-certificate-rotation-postgresql.html)',
  },
  {
    engines: ['aurora-postgresql'],
    parameter: 'rds.force_ssl',
    meaning: 'one-is-on',
    defaults: [{ value: '0' }],
    source:
      'Amazon Aurora User Guide, "Securing Aurora PostgreSQL data with SSL/TLS" (https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraPostgreSQL.Security.html); AWS Knowledge Center "aurora-postgresql-ssl-certificates": rds.force_ssl is 0 by default',
  },
  {
    engines: ['mysql'],
    parameter: 'require_secure_transport',
    meaning: 'on-off',
    // MySQL 8.4 and lower: OFF; MySQL 9.7: ON. Versions in between are not documented.
    defaults: [
      { before: '8.5', value: 'OFF' },
      { from: '9.7', value: 'ON' },
    ],
    source:
      'Amazon RDS User Guide, "Requiring SSL/TLS for all connections to a MySQL DB instance on Amazon RDS" (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/mysql-ssl-connections.require-ssl.html)',
  },
  {
    engines: ['mariadb'],
    parameter: 'require_secure_transport',
    meaning: 'on-off',
    // The parameter exists from MariaDB 10.5 (before it TLS cannot be required: OFF); OFF through 11.4; ON from 11.8.
    defaults: [
      { before: '11.5', value: 'OFF' },
      { from: '11.8', value: 'ON' },
    ],
    source:
      'Amazon RDS User Guide, "Requiring SSL/TLS for all connections to a MariaDB DB instance on Amazon RDS" (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/mariadb-ssl-connections.require-ssl.html)',
  },
  {
    engines: ['aurora-mysql'],
    parameter: 'require_secure_transport',
    meaning: 'on-off',
    defaults: [{ value: 'OFF' }],
    source:
      'Amazon Aurora User Guide, "Security with Amazon Aurora MySQL", requiring an SSL/TLS connection (https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Security.html)',
  },
  {
    engines: ['sqlserver-'],
    parameter: 'rds.force_ssl',
    meaning: 'one-is-on',
    defaults: [{ value: '0' }],
    source:
      'Amazon RDS User Guide, "Using SSL with a Microsoft SQL Server DB instance", forcing connections to use SSL (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/SQLServer.Concepts.General.SSL.Using.html)',
  },
];

/** The TLS parameter of an engine; undefined for engines without one (Oracle and Db2 use option groups or other settings). */
export function tlsParameterOf(engine: string | undefined): EngineTlsParameter | undefined {
  if (engine === undefined) return undefined;
  return ENGINE_TLS_PARAMETERS.find((p) => p.engines.some((e) => (e.endsWith('-') ? engine.startsWith(e) : engine === e)));
}

/** The numbers of a version string, up to the first part that is not a number (`8.0.mysql_aurora.3.05` -> [8, 0]). */
function versionNumbers(version: string): number[] {
  const out: number[] = [];
  for (const part of version.split('.')) {
    if (!/^\d+$/.test(part)) break;
    out.push(Number(part));
  }
  return out;
}

function compareVersions(a: string, b: string): number {
  const x = versionNumbers(a);
  const y = versionNumbers(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The documented default of the engine's TLS parameter at this version; undefined when the table does not know it. */
export function engineDefault(p: EngineTlsParameter, engineVersion: string | undefined): string | undefined {
  const unbounded = p.defaults.find((d) => d.from === undefined && d.before === undefined);
  if (unbounded) return unbounded.value;
  if (engineVersion === undefined || versionNumbers(engineVersion).length === 0) return undefined;
  return p.defaults.find(
    (d) =>
      (d.from === undefined || compareVersions(engineVersion, d.from) >= 0) &&
      (d.before === undefined || compareVersions(engineVersion, d.before) < 0),
  )?.value;
}

/** Whether a value of the parameter requires TLS; undefined for a value it cannot mean. */
export function requiresTls(p: EngineTlsParameter, value: string): boolean | undefined {
  const v = value.trim().toUpperCase();
  if (p.meaning === 'one-is-on') return v === '1' ? true : v === '0' ? false : undefined;
  if (['ON', '1', 'TRUE'].includes(v)) return true;
  if (['OFF', '0', 'FALSE'].includes(v)) return false;
  return undefined;
}
