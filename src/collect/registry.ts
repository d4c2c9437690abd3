/** The collectors, one per service. */
import type { Service } from '../graph/types.ts';
import type { Collector } from './collector.ts';
import { ebsCollector } from './ebs/collector.ts';
import { kmsCollector } from './kms/collector.ts';
import { rdsCollector } from './rds/collector.ts';

export const COLLECTORS: Partial<Record<Service, Collector>> = {
  kms: kmsCollector,
  ebs: ebsCollector,
  rds: rdsCollector,
};
