/** The collectors, one per service. */
import type { Service } from '../graph/types.ts';
import { acmCollector } from './acm/collector.ts';
import { cloudtrailCollector } from './cloudtrail/collector.ts';
import type { Collector } from './collector.ts';
import { ebsCollector } from './ebs/collector.ts';
import { kmsCollector } from './kms/collector.ts';
import { rdsCollector } from './rds/collector.ts';
import { s3Collector } from './s3/collector.ts';

export const COLLECTORS: Partial<Record<Service, Collector>> = {
  kms: kmsCollector,
  s3: s3Collector,
  acm: acmCollector,
  cloudtrail: cloudtrailCollector,
  ebs: ebsCollector,
  rds: rdsCollector,
};
