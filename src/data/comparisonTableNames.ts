// The names MDX pages use for the comparison tables. Kept apart from the data so that registering the
// components (src/theme/MDXComponents.tsx) does not put every table in every page's JavaScript.
export const comparisonTableNames = [
  'Ec2PurchaseOptions',
  'EbsVolumeTypes',
  'S3EncryptionModes',
  'ElbTypes',
  'BeanstalkDeploymentModes',
  'ReplicasVsMultiAz',
  'CachingStrategies',
  'EbsVsInstanceStore',
  // Beyond the notes (current edition only).
  'LambdaInvocationTypes',
  'ApiGatewayApiTypes',
  'DynamoDbCapacityModes',
  'MessagingServices',
  'StepFunctionsWorkflowTypes',
  'CodeDeployDeploymentTypes',
  'KmsKeyTypes',
  'SecretsManagerVsParameterStore',
  'CognitoPoolTypes',
  'PrivateContentAccess',
  'GuardrailsPolicies',
  'ObservabilityServices',
  'SdkRetryModes',
  'KinesisVsFirehose',
] as const;

export type ComparisonTableName = (typeof comparisonTableNames)[number];

export const isComparisonTableName = (name: string): name is ComparisonTableName =>
  (comparisonTableNames as readonly string[]).includes(name);
