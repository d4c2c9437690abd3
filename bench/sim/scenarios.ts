/**
 * The synthetic accounts of the benchmarks: a large one (17 regions, every service at the
 * sizes issues 12 and 13 name) and a small one (3 regions, 50 of each). bench:scan scans both; bench:reports-large
 * evaluates and reports the large one's snapshot.
 */
import type { AccountSpec } from './account.ts';

/** The 17 regions of the large account (the commercial regions enabled by default). */
export const LARGE_REGIONS = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'ca-central-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-central-1',
  'eu-north-1',
  'ap-south-1',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-southeast-1',
  'ap-southeast-2',
  'sa-east-1',
];

export const SCENARIOS: Record<string, AccountSpec> = {
  large: {
    account: '111122223333',
    regions: LARGE_REGIONS,
    keys: 2000,
    certificates: 500,
    certificatesIn: { region: 'us-east-1', count: 300 },
    buckets: 3000,
    volumes: 20000,
    snapshots: 50000,
    databases: 300,
    dbSnapshots: 3000,
    trails: 5,
    tables: 8500, // 500 a region
    fileSystems: 1700, // 100 a region
    secrets: 34000, // issue 12's 2,000 a region
    parameters: 34000, // issue 12's 2,000 a region: 40 DescribeParameters pages one after the other
    // Issue 12's sizes per region: 3,000 log groups and 200 repositories in each of the 17.
    logGroups: 51000,
    repositories: 3400,
    // Issue 12's sizes: 1,000 queues and 500 topics per region.
    queues: 17000,
    topics: 8500,
    // The issue names no size for Lambda: 500 functions a region (10 ListFunctions pages).
    functions: 8500,
    // Nor for AWS Backup: 20 vaults a region (AWS allows 300).
    vaults: 340,
    images: 8500, // issue 12's 500 AMIs a region
    distributions: 300,
    customDomains: 1700, // 100 a region
    // Issue 12's sizes: 10 Redshift clusters and 50 caches (40 replication groups, 10 serverless) per region.
    redshiftClusters: 170,
    replicationGroups: 680,
    serverlessCaches: 170,
    // Issue 12's sizes: 100 streams per region.
    streams: 1700,
    // 20 domains per region.
    domains: 340,
  },
  // "50 of each"; trails: one per region (AWS allows 5 per region).
  small: {
    account: '111122223333',
    regions: ['us-east-1', 'eu-west-1', 'ap-southeast-2'],
    keys: 50,
    certificates: 50,
    buckets: 50,
    volumes: 50,
    snapshots: 50,
    databases: 50,
    dbSnapshots: 50,
    trails: 3,
    tables: 50,
    fileSystems: 50,
    secrets: 50,
    parameters: 50,
    logGroups: 50,
    repositories: 50,
    queues: 50,
    topics: 50,
    functions: 50,
    vaults: 50,
    images: 50,
    distributions: 50,
    customDomains: 50,
    redshiftClusters: 50,
    replicationGroups: 50,
    serverlessCaches: 50,
    streams: 50,
    domains: 50,
    loadBalancers: 50,
    classicLoadBalancers: 50,
    serverCertificates: 10,
  },
};
