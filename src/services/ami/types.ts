/**
 * What EC2 AMIs add to the graph, at the type level (checked against the declaration, `index.ts`):
 * the attributes of an image, the kinds of its edges, and its part of an account definition.
 */
import type { DataResourceAttributes } from '../../graph/attributes.ts';

export interface AmiTypes {
  name: 'ami';
  nodes: { 'ec2.image': Ec2ImageAttributes };
  edges: { 'encrypted-by': true; 'backed-by': true };
  seed: ImageDefinition[];
}

/** One EBS block-device mapping of an image, as `DescribeImages` describes it. */
export type Ec2ImageEbsMapping = {
  deviceName: string;
  /** The snapshot the volume is created from; the target of a `backed-by` edge. */
  snapshotId?: string;
  /** As the image states it; absent when the answer leaves it out (then the snapshot's own encryption decides). */
  encrypted?: boolean;
  /** As the image states it (AWS: the key ARN). */
  kmsKeyId?: string;
};

export type Ec2ImageAttributes = DataResourceAttributes & {
  imageId: string;
  /** `available`, `pending`, `failed`, `deregistered`, `disabled`, ... */
  state?: string;
  /** `DescribeImages` `Public`: true when the image has public launch permissions (group `all`). */
  public?: boolean;
  ownerId?: string;
  creationDate?: string;
  /** `ebs` or `instance-store`. */
  rootDeviceType?: string;
  /** Its EBS block-device mappings (instance-store and no-device mappings left out); [] when it has none. */
  ebsMappings?: Ec2ImageEbsMapping[];
  /** The snapshots of its EBS mappings, sorted. */
  snapshotIds?: string[];
  /**
   * What the image states about its EBS mappings: true when every one says encrypted, false
   * when one says not; absent when a mapping does not say (the emulator never does).
   */
  encrypted?: boolean;
  /** The distinct keys its mappings name, sorted; [] when they name none. */
  kmsKeyIds?: string[];
};

// The service's part of an emulator account definition (`fixtures/demo/account.json`).

export interface ImageDefinition {
  region: string;
  /** The image name (unique per region and account). */
  name: string;
  description?: string;
  /** Launch permission for group `all`. */
  public?: boolean;
  /** Accounts given launch permission. */
  sharedWith?: string[];
}
