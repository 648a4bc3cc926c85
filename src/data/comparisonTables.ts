// Every comparison table of the current edition, by the name MDX pages use for it (`<Ec2PurchaseOptions />`).
// Past editions keep theirs in their snapshot (src/data/editionData.ts).
import type {ComparisonTable} from './comparisonTable';
import type {ComparisonTableName} from './comparisonTableNames';
import {beanstalkDeploymentModes} from './beanstalkDeploymentModes';
import {cachingStrategies} from './cachingStrategies';
import {ebsVolumeTypes} from './ebsVolumeTypes';
import {ebsVsInstanceStore} from './ebsVsInstanceStore';
import {ec2PurchaseOptions} from './ec2PurchaseOptions';
import {elbTypes} from './elbTypes';
import {replicasVsMultiAz} from './replicasVsMultiAz';
import {s3EncryptionModes} from './s3EncryptionModes';

export const comparisonTables = {
  Ec2PurchaseOptions: ec2PurchaseOptions,
  EbsVolumeTypes: ebsVolumeTypes,
  S3EncryptionModes: s3EncryptionModes,
  ElbTypes: elbTypes,
  BeanstalkDeploymentModes: beanstalkDeploymentModes,
  ReplicasVsMultiAz: replicasVsMultiAz,
  CachingStrategies: cachingStrategies,
  EbsVsInstanceStore: ebsVsInstanceStore,
} satisfies Record<ComparisonTableName, ComparisonTable>;
