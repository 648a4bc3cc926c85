// Every comparison table of the current edition, by the name MDX pages use for it (`<Ec2PurchaseOptions />`):
// the one list of table names (src/remark/comparisonTables.ts reads it at build time).
// Past editions keep theirs in their snapshot (src/data/editionData.ts).
import type {ComparisonTable} from './types';
import {apiGatewayApiTypes} from './apiGatewayApiTypes';
import {beanstalkDeploymentModes} from './beanstalkDeploymentModes';
import {cachingStrategies} from './cachingStrategies';
import {codeDeployDeploymentTypes} from './codeDeployDeploymentTypes';
import {cognitoPoolTypes} from './cognitoPoolTypes';
import {dynamoDbCapacityModes} from './dynamoDbCapacityModes';
import {ebsVolumeTypes} from './ebsVolumeTypes';
import {ebsVsInstanceStore} from './ebsVsInstanceStore';
import {ec2PurchaseOptions} from './ec2PurchaseOptions';
import {elbTypes} from './elbTypes';
import {guardrailsPolicies} from './guardrailsPolicies';
import {kinesisVsFirehose} from './kinesisVsFirehose';
import {kmsKeyTypes} from './kmsKeyTypes';
import {lambdaInvocationTypes} from './lambdaInvocationTypes';
import {messagingServices} from './messagingServices';
import {observabilityServices} from './observabilityServices';
import {privateContentAccess} from './privateContentAccess';
import {replicasVsMultiAz} from './replicasVsMultiAz';
import {s3EncryptionModes} from './s3EncryptionModes';
import {sdkRetryModes} from './sdkRetryModes';
import {secretsManagerVsParameterStore} from './secretsManagerVsParameterStore';
import {stepFunctionsWorkflowTypes} from './stepFunctionsWorkflowTypes';

export const comparisonTables = {
  Ec2PurchaseOptions: ec2PurchaseOptions,
  EbsVolumeTypes: ebsVolumeTypes,
  S3EncryptionModes: s3EncryptionModes,
  ElbTypes: elbTypes,
  BeanstalkDeploymentModes: beanstalkDeploymentModes,
  ReplicasVsMultiAz: replicasVsMultiAz,
  CachingStrategies: cachingStrategies,
  EbsVsInstanceStore: ebsVsInstanceStore,
  LambdaInvocationTypes: lambdaInvocationTypes,
  ApiGatewayApiTypes: apiGatewayApiTypes,
  DynamoDbCapacityModes: dynamoDbCapacityModes,
  MessagingServices: messagingServices,
  StepFunctionsWorkflowTypes: stepFunctionsWorkflowTypes,
  CodeDeployDeploymentTypes: codeDeployDeploymentTypes,
  KmsKeyTypes: kmsKeyTypes,
  SecretsManagerVsParameterStore: secretsManagerVsParameterStore,
  CognitoPoolTypes: cognitoPoolTypes,
  PrivateContentAccess: privateContentAccess,
  GuardrailsPolicies: guardrailsPolicies,
  ObservabilityServices: observabilityServices,
  SdkRetryModes: sdkRetryModes,
  KinesisVsFirehose: kinesisVsFirehose,
} satisfies Record<string, ComparisonTable>;

export type ComparisonTableName = keyof typeof comparisonTables;

export const isComparisonTableName = (name: string): name is ComparisonTableName =>
  Object.hasOwn(comparisonTables, name);
