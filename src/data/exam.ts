// The DVA-C03 exam map: AWS's four content domains, their weights and 12 task statements, and what the
// current (updated) edition of the notes covers for each task. It replaces the DVA-C02 map: DVA-C02 was in
// use until 30 November 2026, DVA-C03 from 1 December 2026. The notes were written for DVA-C01; the six
// "Beyond the notes" pages (docs/beyond/) add what DVA-C03 asks on top of them.
//
// Coverage updated on 2026-12-02 for the six new pages (beyond/lambda, beyond/api-gateway, beyond/dynamodb,
// beyond/messaging, beyond/deployment, beyond/containers): their sections were added, after the notes' own,
// to the tasks they serve (1.1, 1.2, 1.3, 2.1, 2.2, 3.1, 3.2, 3.3, 4.1, 4.3), and `coverage` and `missing`
// were re-assessed skill by skill against the four domain pages, reading each page's text (its author's
// coverage report was a starting point, not the judge). A task is 'covered' only when every one of its
// skills has a section that explains it; a topic a page names in one line does not count. That makes 1.2 and
// 3.1 'covered' (their `missing` lists the details still left out), the rest 'partial', and 2.3 still
// 'not-covered'. Still missing across the map: every AI skill (1.1.9, 1.1.10, task 2.3, 3.2.5, 3.3.9, 4.1.5,
// 4.3.6), presigned URLs (S3 and CloudFront), CloudWatch Logs, X-Ray and custom metrics (4.1, 4.2), choosing
// a store by access pattern and S3 Lifecycle (1.3), serialization and graceful degradation (1.1).
//
// Re-assessed on 2026-12-07 after the second outside review of December 2026 (the site's review notes, section
// "The exam map says more, or less, than the pages"):
// - 3.1 is 'partial' again: AWS Systems Manager Parameter Store and AWS Secrets Manager, named in skill 3.1.4,
//   appear in one line each, so only 1.2 is 'covered'.
// - Sections removed because they do not explain their task (they only named it, and labeled pages wrongly):
//   development/cli#cli and cicd/pipeline#codecommit from 1.1 (one-line mentions), scaling/auto-scaling-groups#summary
//   and databases/rds#security from 2.1 (one line each on IAM), ec2/basics#ssh from 2.2 (it uses a key pair,
//   it does not create one), development/cli#dry-run from 3.2 (a permission check, not a test),
//   databases/rds#advantages from 4.1, development/budgets#budgets from 4.2. The CLI page now carries three task
//   labels (2.1, 2.2, 4.1) instead of five; the Budgets and EC2 basics pages none.
// - Sections added because they explain a skill of the task: 1.3 api-gateway#caching; 2.1 cli#instance-metadata,
//   api-gateway#endpoint-types, deployment#aws-sam, containers#amazon-ecr; 2.2 s3/encryption-and-security#bucket-policies,
//   api-gateway#custom-domains; 3.2 deployment#codebuild-buildspec, deployment#appconfig,
//   containers#tag-immutability; 4.1 deployment#change-sets-rollback, #lifecycle-hooks, #codedeploy-rollbacks,
//   containers#rolling-updates, #circuit-breaker; 4.2 deployment#codepipeline-stages, containers#ecs-services;
//   4.3 dynamodb#partition-key-design.
// - `missing` of 4.1 and 4.2 now says exactly what is absent (reading stack events and build logs, alarm actions
//   that notify, tracing) instead of failure states and SNS, which the pages do explain.
// - `servicesNotCovered` adds the in-scope services no page explains, which were only named in `missing` before
//   (Amazon Athena, AWS CloudTrail, Amazon CloudFront, AWS Secrets Manager, AWS Systems Manager Parameter Store,
//   AWS STS), and the three that are barely explained (Amazon CloudWatch, AWS KMS, Amazon VPC).
// - Wording: one Spanish word per concept (implementación, coherencia…; src/data/vocabulary.ts), English task
//   numbers capitalized ("Task 2.1"), serial commas and AWS's date style.
//
// Coverage updated on 2026-12-07 for the five security pages (beyond/iam-developers, beyond/cognito,
// beyond/encryption-and-secrets, beyond/s3-cloudfront, beyond/ai-security), each written from AWS's
// documentation and fact-checked by a second reader: their sections were added to 1.1 (S3 Event
// Notifications, calling Amazon Bedrock), 1.3 (S3 Lifecycle, choosing a store, CloudFront), 2.1, 2.2, 2.3, 3.1
// (Parameter Store, Secrets Manager) and 4.3 (CloudFront caching), skill by skill against the domain pages.
// 1.3, 2.1 and 2.2 are now 'covered'; 2.3 is 'partial' (skill 2.3.2, see its `missing`); the services these
// pages explain left `servicesNotCovered`.
//
// Coverage updated again on 2026-12-07 for part 3: beyond/observability (4.1, 4.2, 4.3.5, log retention for
// 1.3.1), beyond/sdk-code (1.1.3, 1.1.5–1.1.7, 4.3.1), beyond/ai-developer-tools (the AI-tool skills 1.1.9,
// 3.2.5, 3.3.9, 4.1.5 and 4.3.6) and new sections of beyond/deployment (CodeArtifact, source connections, Git
// branches and tags, Amplify and Copilot environments: 3.1.1, 3.1.3, 3.2.4, 3.3.8), each written from AWS's
// documentation and fact-checked by a second reader. Every task is now 'covered' except 2.3, 3.2 and 3.3,
// whose `missing` names the one skill AWS's documentation read here does not let the site teach in full
// (2.3.2, 3.2.5, 3.3.9). A covered task's `missing` starts "Every skill has a section" and lists the details
// left out (tests/unit/exam.test.ts holds the map to that).
//
// Read on 2026-12-02 from stored copies of AWS's own exam guide in two public mirrors of AWS's documentation:
// GitHub c2hans/aws-docs (commit be2dfe9), folder docs/aws-certification/latest/developer-associate-03/, and
// crowecawcaw/aws-docs-history (commit 14be798), same folder, whose domain-3 page and in-scope list match the
// first word for word. Each file names its docs.aws.amazon.com page; those pages are the `sources` below.
// - Domains, weights (30/26/22/22) and the Testing and Deployment title: the overview page
//   (developer-associate-03.html) and the comparison page (dva-03-comparison.html).
// - The 12 task titles and every skill: the four domain pages (developer-associate-03-domain1.html …
//   -domain4.html). Titles are AWS's words exactly; only the full stop that ends each AWS heading is left
//   out, as on the DVA-C02 map. No title is unconfirmed, so no task carries `titleUnconfirmed`.
// - `changes`: the comparison page (side-by-side domains, additions, recategorizations, structural
//   changes). The skill counts of the observability and optimization merges match DVA-C02 tasks 4.2 (8
//   skills) and 4.3 (9 skills) in the mirror's developer-associate-02-domain4 page; AWS's table only says
//   "across Domain 4".
// - `servicesNotCovered`: the in-scope list (dva-03-in-scope-services.html) checked against the current pages
//   (docs/ and their English twins, grep on 2026-12-02, again once the six new pages were in place). It lists
//   the in-scope services no page explains: most are never mentioned; Amazon Data Firehose, AWS X-Ray, Amazon
//   CloudWatch Logs, AWS Certificate Manager, Amazon Cognito, AWS WAF and Amazon EFS are named in passing by
//   the new pages (AWS PrivateLink only as interface VPC endpoints), as their notes say. The new pages
//   explain, so the list no longer has, AWS Lambda, Amazon API Gateway, Amazon DynamoDB, Amazon SQS, Amazon
//   Kinesis (Kinesis Data Streams), AWS Step Functions, AWS AppConfig, AWS SAM, AWS CDK, Amazon ECR and
//   Amazon EKS; they also explain Amazon SNS, Amazon EventBridge, AWS CloudFormation, AWS CodeDeploy, Amazon
//   ECS and AWS Fargate, which the older pages only named. Since 2026-12-07 the list also holds the services
//   that are named but not explained (Amazon Athena, AWS CloudTrail, Amazon CloudFront, AWS Secrets Manager,
//   AWS Systems Manager Parameter Store, AWS STS) and, marked "barely explained", Amazon CloudWatch, AWS KMS
//   and Amazon VPC. Amazon Q Developer is not on the DVA-C03 in-scope list (Kiro is).
// - Dates in the notes, confirmed with the search tool in AWS's text on 2026-12-02: X-Ray SDKs and daemon
//   in maintenance mode since 25 February 2026, end of support 25 February 2027, OpenTelemetry recommended
//   (https://docs.aws.amazon.com/xray/latest/devguide/xray-daemon-eos.html); Amazon Q Developer IDE plugins
//   end of support on 30 April 2027, Kiro suggested instead
//   (https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/q-developer-ide-end-of-support.html).
// - Not confirmed here: nothing in the task list. The mirrors' copies carry no publication date, so the map
//   cannot say when AWS last revised the guide.
// Summaries are this site's own words for AWS's skills. `sections` are heading ids of the current Spanish
// pages and their English twins ('slug#section-id'); they start from the
// DVA-C02 map, re-assigned to the DVA-C03 tasks. Elastic Beanstalk's traffic splitting (canary) lives under
// `development/elastic-beanstalk#deployment-modes`, and the one-line mention of presigned URLs under
// `s3/encryption-and-security#security`: their own sub-headings are not in the page plan. Sections of the
// six new pages are written 'beyond/<slug>#<id>' (the `{/* #id */}` of a heading, the same in both
// languages) and follow the notes' sections in each list, page by page: lambda, api-gateway, dynamodb,
// messaging, deployment, containers.
import type {ExamDomain, ExamGuide, ExamSource, ServiceNote} from './examGuide';

const domains: readonly ExamDomain[] = [
  {
    id: 'domain-1',
    title: {es: 'Desarrollo con servicios de AWS', en: 'Development with AWS Services'},
    weight: 30,
    tasks: [
      {
        id: '1.1',
        title: {
          es: 'Desarrollar código para aplicaciones alojadas en AWS',
          en: 'Develop code for applications that are hosted on AWS',
        },
        summary: {
          es: 'Escribir código que llama a AWS mediante sus API y SDK y que resiste los fallos: desacoplar componentes muy acoplados, elegir entre patrones síncronos (API Gateway) y asíncronos (colas de Amazon SQS, eventos de Amazon EventBridge), reintentos con retardo exponencial y degradación controlada, crear y ampliar API (transformaciones de solicitudes y respuestas, reglas de validación), procesar datos de streaming, serializar y deserializar datos, y patrones basados en eventos (EventBridge, notificaciones de eventos de Amazon S3, SQS, SNS). Nuevo en DVA-C03: herramientas de desarrollo asistidas por IA para generar, revisar y optimizar código (generación a partir de especificaciones, revisión automática, autocompletado, sugerencias de refactorización, análisis de seguridad) e integración de servicios de IA administrados de AWS en las aplicaciones.',
          en: 'Writing code that calls AWS through its APIs and SDKs and survives failures: decoupling tightly coupled components, choosing synchronous (API Gateway) or asynchronous patterns (Amazon SQS queues, Amazon EventBridge events), retries with backoff and graceful degradation, building and extending APIs (request and response transformations, validation rules), processing streaming data, serializing and deserializing data, and event-driven patterns (EventBridge, Amazon S3 Event Notifications, SQS, and SNS). New in DVA-C03: AI-assisted development tools that generate, review, and optimize code (spec-driven generation, automated code reviews, code completion, refactoring suggestions, and security scanning), and integrating managed AWS AI services into applications.',
        },
        sections: [
          'databases/elasticache#elasticache',
          'databases/elasticache#session-store',
          'scaling/load-balancers#application-load-balancer',
          'development/elastic-beanstalk#worker-environment',
          'beyond/lambda#invocation-types',
          'beyond/lambda#async-error-handling',
          'beyond/lambda#idempotency',
          'beyond/api-gateway#api-types',
          'beyond/api-gateway#integrations',
          'beyond/api-gateway#validation-and-mapping',
          'beyond/api-gateway#cors',
          'beyond/api-gateway#throttling-and-usage-plans',
          'beyond/api-gateway#timeouts-and-limits',
          'beyond/dynamodb#streams',
          'beyond/dynamodb#batch-operations',
          'beyond/dynamodb#error-handling',
          'beyond/messaging#choosing-a-service',
          'beyond/messaging#amazon-sqs',
          'beyond/messaging#standard-and-fifo-queues',
          'beyond/messaging#visibility-and-polling',
          'beyond/messaging#sqs-dead-letter-queues',
          'beyond/messaging#amazon-sns',
          'beyond/messaging#amazon-eventbridge',
          'beyond/messaging#buses-rules-patterns',
          'beyond/messaging#scheduler-and-pipes',
          'beyond/messaging#archive-and-replay',
          'beyond/messaging#kinesis-data-streams',
          'beyond/messaging#step-functions',
          'beyond/messaging#standard-vs-express',
          'beyond/messaging#states-and-callbacks',
          'beyond/messaging#retry-and-catch',
          'beyond/s3-cloudfront#event-notifications',
          'beyond/s3-cloudfront#event-types-and-filters',
          'beyond/s3-cloudfront#destinations-and-permissions',
          'beyond/s3-cloudfront#delivery-and-loops',
          'beyond/ai-security#calling-bedrock',
          'beyond/ai-security#converse-vs-invokemodel',
          'beyond/ai-security#model-ids-and-inference-profiles',
          'beyond/ai-security#throttling-and-quotas',
          'beyond/sdk-code#clients-and-configuration',
          'beyond/sdk-code#client-reuse',
          'beyond/sdk-code#retries-and-backoff',
          'beyond/sdk-code#retry-settings',
          'beyond/sdk-code#backoff-and-jitter',
          'beyond/sdk-code#timeouts',
          'beyond/sdk-code#paginators',
          'beyond/sdk-code#waiters',
          'beyond/sdk-code#error-handling',
          'beyond/sdk-code#idempotency-tokens',
          'beyond/sdk-code#graceful-degradation',
          'beyond/sdk-code#serialization',
          'beyond/sdk-code#json-and-base64',
          'beyond/sdk-code#dynamodb-attribute-values',
          'beyond/sdk-code#streaming-data',
          'beyond/sdk-code#kinesis-producers',
          'beyond/sdk-code#partition-keys-and-hot-shards',
          'beyond/sdk-code#kinesis-consumers',
          'beyond/sdk-code#resharding',
          'beyond/sdk-code#amazon-data-firehose',
          'beyond/ai-developer-tools#code-generation-and-review',
          'beyond/ai-developer-tools#spec-driven-development',
          'beyond/ai-developer-tools#steering-files',
          'beyond/ai-developer-tools#agent-hooks',
          'beyond/ai-developer-tools#completion-and-refactoring',
          'beyond/ai-developer-tools#code-reviews-and-security-scanning',
          'beyond/ai-developer-tools#limits-of-trust',
        ],
        coverage: 'covered',
        missing: {
          es: 'Cada habilidad tiene una sección. Detalles que faltan: patrones asíncronos detrás de API Gateway (integración directa con SQS o Step Functions que devuelve 202); Amazon Managed Service for Apache Flink; la transformación de registros de Firehose con Lambda; el autocompletado de Kiro y de Amazon Q Developer, que solo se nombra.',
          en: 'Every skill has a section. Details left out: asynchronous patterns behind API Gateway (direct integration with SQS or Step Functions that returns 202); Amazon Managed Service for Apache Flink; transforming Firehose records with Lambda; code completion in Kiro and Amazon Q Developer, only named.',
        },
      },
      {
        id: '1.2',
        title: {es: 'Desarrollar código para AWS Lambda', en: 'Develop code for AWS Lambda'},
        summary: {
          es: 'Crear funciones de Lambda: darles acceso a recursos privados de una VPC; configurarlas con variables de entorno y parámetros (memoria, simultaneidad, tiempo de espera, tiempo de ejecución, controlador, capas, extensiones); gestionar el ciclo de vida de los eventos y los errores con destinos y colas de mensajes fallidos (DLQ); e integrarlas con otros servicios mediante código, asignaciones de orígenes de eventos y destinos (por ejemplo, API Gateway o DynamoDB).',
          en: 'Building Lambda functions: giving them access to private resources in a VPC; configuring them with environment variables and parameters (memory, concurrency, timeout, runtime, handler, layers, and extensions); handling event lifecycles and errors with destinations and dead-letter queues; and integrating them with other services through code, event source mappings, and destinations (for example API Gateway or DynamoDB).',
        },
        sections: [
          'beyond/lambda#invocation-types',
          'beyond/lambda#async-error-handling',
          'beyond/lambda#destinations',
          'beyond/lambda#dead-letter-queues',
          'beyond/lambda#event-source-mapping-errors',
          'beyond/lambda#concurrency',
          'beyond/lambda#account-concurrency-quota',
          'beyond/lambda#reserved-concurrency',
          'beyond/lambda#provisioned-concurrency',
          'beyond/lambda#configuration-limits',
          'beyond/lambda#environment-variables',
          'beyond/lambda#layers-and-extensions',
          'beyond/lambda#vpc-access',
          'beyond/lambda#versions-and-aliases',
          'beyond/lambda#idempotency',
          'beyond/api-gateway#integrations',
          'beyond/api-gateway#stage-variables',
          'beyond/dynamodb#streams',
          'beyond/messaging#visibility-and-polling',
          'beyond/messaging#sqs-dead-letter-queues',
        ],
        coverage: 'covered',
        missing: {
          es: 'Cada habilidad tiene una sección. Detalles que faltan: la firma del controlador, el objeto de contexto y la elección del tiempo de ejecución, que solo se nombran; las URL de funciones de Lambda; las políticas basadas en recursos más allá del ejemplo `lambda add-permission` de API Gateway (quién puede invocar una función, acceso entre cuentas); el filtrado de eventos y los ajustes de lote de las asignaciones de orígenes de eventos; crear funciones a partir de imágenes de contenedor.',
          en: 'Every skill has a section. Details left out: the handler signature, the context object, and choosing a runtime, which are only named; Lambda function URLs; resource-based policies beyond the `lambda add-permission` example for API Gateway (who may invoke a function, cross-account access); event filtering and batching settings of event source mappings; building functions from container images.',
        },
      },
      {
        id: '1.3',
        title: {
          es: 'Usar almacenes de datos durante el desarrollo de aplicaciones',
          en: 'Use data stores during application development',
        },
        summary: {
          es: 'Gestionar el ciclo de vida de los datos (reglas de ciclo de vida de S3, TTL, periodos de retención); elegir el almacén de datos según los patrones de acceso (ElastiCache, DynamoDB, S3, RDS); elegir la caché adecuada para ese almacén; y configurar DynamoDB para la aplicación: claves de partición de alta cardinalidad, modelos de coherencia de lectura, consultas y escaneos, claves, atributos e índices.',
          en: 'Managing data lifecycles (S3 Lifecycle rules, TTL, and retention periods); choosing a data store by access pattern (ElastiCache, DynamoDB, S3, and RDS); choosing the caching solution that fits that store; and configuring DynamoDB for the application: high-cardinality partition keys, read consistency models, query and scan operations, keys, attributes, and indexes.',
        },
        sections: [
          'databases/rds#rds',
          'databases/rds#read-replicas',
          'databases/rds#multi-az',
          'databases/rds#aurora',
          'databases/elasticache#caching-strategies',
          'databases/elasticache#lazy-loading',
          'databases/elasticache#write-through',
          'databases/elasticache#redis',
          's3/buckets#buckets',
          's3/buckets#versioning',
          's3/buckets#consistency-model',
          's3/buckets#glacier-select',
          'storage/ebs#ebs-volumes',
          'storage/ebs#ebs-vs-instance-store',
          'beyond/dynamodb#data-model',
          'beyond/dynamodb#partition-key-design',
          'beyond/dynamodb#capacity-modes',
          'beyond/dynamodb#capacity-units',
          'beyond/dynamodb#read-consistency',
          'beyond/dynamodb#query-vs-scan',
          'beyond/dynamodb#secondary-indexes',
          'beyond/dynamodb#ttl',
          'beyond/dynamodb#streams',
          'beyond/dynamodb#conditional-writes',
          'beyond/dynamodb#optimistic-locking',
          'beyond/dynamodb#transactions',
          'beyond/api-gateway#caching',
          'beyond/dynamodb#dax',
          'beyond/messaging#retention-delay-size',
          'beyond/s3-cloudfront#lifecycle',
          'beyond/s3-cloudfront#choosing-a-data-store',
          'beyond/s3-cloudfront#caching-by-data-store',
          'beyond/s3-cloudfront#cloudfront-caching',
          'beyond/observability#log-groups-and-retention',
        ],
        coverage: 'covered',
        missing: {
          es: 'Cada habilidad tiene una sección. Detalles que faltan: en DynamoDB, las tablas globales, las copias de seguridad y la recuperación a un momento dado, PartiQL y los tipos de proyección de los índices (`KEYS_ONLY`, `INCLUDE` y `ALL`); Amazon EFS, que solo aparece en la tabla para elegir almacén.',
          en: 'Every skill has a section. Details left out: in DynamoDB, global tables, backups and point-in-time recovery, PartiQL, and index projection types (`KEYS_ONLY`, `INCLUDE`, and `ALL`); Amazon EFS, which appears only in the table for choosing a data store.',
        },
      },
    ],
  },
  {
    id: 'domain-2',
    title: {es: 'Seguridad', en: 'Security'},
    weight: 26,
    tasks: [
      {
        id: '2.1',
        title: {
          es: 'Implementar mecanismos de autenticación y autorización para aplicaciones y servicios de AWS',
          en: 'Implement authentication and authorization mechanisms for applications and AWS services',
        },
        summary: {
          es: 'Federar identidades; controlar el acceso con permisos detallados, tokens de seguridad y MFA; configurar el acceso programático a AWS; hacer llamadas autenticadas a los servicios; definir permisos para las entidades principales de IAM (usuarios, roles, servicios) y para los recursos; y asumir roles de IAM. Nuevo en DVA-C03: URL prefirmadas para dar acceso seguro y temporal, con Amazon S3 y Amazon CloudFront.',
          en: 'Federating identities; controlling access with fine-grained permissions, security tokens, and MFA; configuring programmatic access to AWS; making authenticated calls to AWS services; defining permissions for IAM principals (users, roles, and services) and for resources; and assuming IAM roles. New in DVA-C03: presigned URLs for secure, time-limited access, with Amazon S3 and Amazon CloudFront.',
        },
        sections: [
          'fundamentals/iam#users-groups-roles',
          'fundamentals/iam#policies',
          'fundamentals/iam#iam-federation',
          'fundamentals/iam#credentials',
          'fundamentals/iam#best-practices',
          'development/cli#ec2-roles',
          'development/cli#iam-cli',
          'development/cli#dry-run',
          'development/cli#decode-errors',
          'development/cli#instance-metadata',
          'development/cli#profiles',
          's3/encryption-and-security#security',
          's3/encryption-and-security#bucket-policies',
          'beyond/api-gateway#endpoint-types',
          'beyond/api-gateway#stage-variables',
          'beyond/api-gateway#authorization',
          'beyond/deployment#aws-sam',
          'beyond/containers#amazon-ecr',
          'beyond/containers#task-roles',
          'beyond/iam-developers#policy-grammar',
          'beyond/iam-developers#identity-vs-resource-policies',
          'beyond/iam-developers#evaluation-logic',
          'beyond/iam-developers#cross-account-evaluation',
          'beyond/iam-developers#condition-keys',
          'beyond/iam-developers#policy-variables',
          'beyond/iam-developers#abac',
          'beyond/iam-developers#trust-policies',
          'beyond/iam-developers#external-id',
          'beyond/iam-developers#assume-role',
          'beyond/iam-developers#assume-role-cli',
          'beyond/iam-developers#assume-role-sdk',
          'beyond/iam-developers#temporary-credentials',
          'beyond/iam-developers#credential-provider-chain',
          'beyond/iam-developers#access-keys',
          'beyond/iam-developers#identity-center',
          'beyond/iam-developers#iam-federation-providers',
          'beyond/iam-developers#sigv4',
          'beyond/iam-developers#troubleshooting-access',
          'beyond/cognito#user-pools-vs-identity-pools',
          'beyond/cognito#user-pool-tokens',
          'beyond/cognito#verifying-jwts',
          'beyond/cognito#managed-login-and-oauth',
          'beyond/cognito#oauth-grants',
          'beyond/cognito#federation',
          'beyond/cognito#groups-and-roles',
          'beyond/cognito#identity-pools',
          'beyond/cognito#role-based-access-control',
          'beyond/cognito#role-trust-policy',
          'beyond/cognito#api-gateway-authorizers',
          'beyond/cognito#lambda-triggers',
          'beyond/cognito#mfa',
          'beyond/s3-cloudfront#presigned-urls',
          'beyond/s3-cloudfront#creating-presigned-urls',
          'beyond/s3-cloudfront#presigned-url-expiration',
          'beyond/s3-cloudfront#presigned-uploads',
          'beyond/s3-cloudfront#cloudfront-signed-urls',
          'beyond/s3-cloudfront#signed-urls-vs-cookies',
          'beyond/s3-cloudfront#origin-access-control',
        ],
        coverage: 'covered',
        missing: {
          es: 'Cada habilidad tiene una sección. Detalles que faltan: los precios de Amazon Cognito (solo en las páginas de precios de AWS, no en su documentación); cómo se calcula `SECRET_HASH` de un cliente de aplicación con secreto.',
          en: "Every skill has a section. Details left out: Amazon Cognito prices (only on AWS's pricing pages, not in its documentation); how an app client with a secret computes `SECRET_HASH`.",
        },
      },
      {
        id: '2.2',
        title: {
          es: 'Implementar el cifrado y gestionar datos sensibles con servicios de AWS',
          en: 'Implement encryption and manage sensitive data by using AWS services',
        },
        summary: {
          es: 'Proteger los datos en reposo y en tránsito; gestionar certificados (AWS Certificate Manager, AWS Private CA); elegir cifrado del lado del cliente o del servidor; cifrar y descifrar con claves de cifrado; generar certificados y claves SSH para desarrollo; identificar, enmascarar y limitar el acceso a datos sensibles (PII, PHI) con servicios de AWS; y guardar secretos en servicios de administración de secretos. DVA-C03 reúne aquí las antiguas tareas 2.2 (cifrado) y 2.3 (datos sensibles).',
          en: 'Protecting data at rest and in transit; managing certificates (AWS Certificate Manager, AWS Private CA); choosing client-side or server-side encryption; encrypting and decrypting with encryption keys; generating certificates and SSH keys for development; identifying, masking, and limiting access to sensitive data (PII, PHI) with AWS services; and keeping secrets in secret management services. DVA-C03 merges the former Tasks 2.2 (encryption) and 2.3 (sensitive data) here.',
        },
        sections: [
          's3/encryption-and-security#encryption',
          's3/encryption-and-security#sse-s3',
          's3/encryption-and-security#sse-kms',
          's3/encryption-and-security#sse-c',
          's3/encryption-and-security#client-side-encryption',
          's3/encryption-and-security#encryption-in-transit',
          's3/encryption-and-security#bucket-policies',
          'storage/ebs#encryption',
          'databases/rds#encryption',
          'scaling/load-balancers#key-points',
          'fundamentals/iam#credentials',
          'development/cli#ec2-roles',
          'cicd/pipeline#codecommit',
          'cicd/pipeline#buildspec',
          'beyond/lambda#environment-variables',
          'beyond/api-gateway#custom-domains',
          'beyond/encryption-and-secrets#aws-kms',
          'beyond/encryption-and-secrets#key-types',
          'beyond/encryption-and-secrets#key-specs',
          'beyond/encryption-and-secrets#cryptographic-operations',
          'beyond/encryption-and-secrets#envelope-encryption',
          'beyond/encryption-and-secrets#encryption-context',
          'beyond/encryption-and-secrets#key-policies-and-grants',
          'beyond/encryption-and-secrets#key-rotation',
          'beyond/encryption-and-secrets#quotas-and-throttling',
          'beyond/encryption-and-secrets#multi-region-keys',
          'beyond/encryption-and-secrets#encryption-sdk',
          'beyond/encryption-and-secrets#encryption-at-rest',
          'beyond/encryption-and-secrets#encryption-in-transit',
          'beyond/encryption-and-secrets#acm',
          'beyond/encryption-and-secrets#private-ca',
          'beyond/encryption-and-secrets#development-keys-and-certificates',
          'beyond/encryption-and-secrets#sensitive-data',
          'beyond/encryption-and-secrets#amazon-macie',
          'beyond/encryption-and-secrets#logs-data-protection',
          'beyond/encryption-and-secrets#secrets-manager',
          'beyond/encryption-and-secrets#secret-rotation',
          'beyond/encryption-and-secrets#retrieving-secrets',
          'beyond/encryption-and-secrets#parameters-secrets-extension',
          'beyond/encryption-and-secrets#parameter-store',
          'beyond/encryption-and-secrets#secrets-manager-vs-parameter-store',
        ],
        coverage: 'covered',
        missing: {
          es: 'Cada habilidad tiene una sección. Detalles que faltan: las políticas de protección de datos de los mensajes de Amazon SNS; si Amazon SNS y Kinesis Data Streams cifran por defecto (AWS no lo dice en las páginas leídas); los precios.',
          en: "Every skill has a section. Details left out: Amazon SNS message data protection policies; whether Amazon SNS and Kinesis Data Streams encrypt by default (AWS's pages read here do not say); prices.",
        },
      },
      {
        id: '2.3',
        title: {
          es: 'Identificar y mitigar los riesgos de seguridad asociados al uso y la integración de servicios de IA en el desarrollo de aplicaciones',
          en: 'Identify and mitigate security risks associated with using and integrating AI services into application development',
        },
        summary: {
          es: 'Tarea nueva en DVA-C03. Solicitar y administrar el acceso a los servicios de IA; proteger la privacidad de los datos que se les envían (conectividad privada mediante puntos de conexión de VPC, garantía de que las entradas y salidas no sirven para entrenar modelos); filtrar y controlar lo que entra en el modelo y lo que sale de él (filtros de contenido, detección de información sensible, ocultación de PII y PHI, temas denegados, protección contra la inyección y la manipulación de peticiones); proteger las interacciones de los agentes de IA (autorización del uso de herramientas, aislamiento de sesiones, aprobación humana de las acciones sensibles); y proteger el contenido sensible de los registros de monitoreo de esas interacciones.',
          en: 'New task in DVA-C03. Requesting and managing access to AI services; protecting the privacy of data sent to them (private connectivity through VPC endpoints, making sure inputs and outputs are not used to train models); filtering and controlling what goes into and comes out of a model (content filters, sensitive information detection, PII and PHI redaction, denied topics, and protection against prompt injection and manipulation); securing AI agent interactions (tool-use authorization, session isolation, and human approval of sensitive actions); and protecting sensitive content in the monitoring logs of those interactions.',
        },
        sections: [
          'beyond/ai-security#model-access',
          'beyond/ai-security#iam-for-models',
          'beyond/ai-security#bedrock-api-keys',
          'beyond/ai-security#data-privacy',
          'beyond/ai-security#private-connectivity',
          'beyond/ai-security#data-handling',
          'beyond/ai-security#guardrails',
          'beyond/ai-security#content-filters',
          'beyond/ai-security#sensitive-information',
          'beyond/ai-security#apply-guardrail-in-calls',
          'beyond/ai-security#applyguardrail-api',
          'beyond/ai-security#enforce-guardrail-iam',
          'beyond/ai-security#securing-agents',
          'beyond/ai-security#tool-authorization',
          'beyond/ai-security#session-isolation',
          'beyond/ai-security#human-in-the-loop',
          'beyond/ai-security#prompt-injection-tools',
          'beyond/ai-security#sensitive-data-in-logs',
        ],
        coverage: 'partial',
        missing: {
          es: 'Habilidad 2.3.2: la página explica los puntos de conexión de VPC, sus políticas y lo que AWS garantiza hoy sobre los datos (no los guarda por defecto, ni sus operadores ni los proveedores de modelos los ven), pero no la frase de que las entradas y salidas no se usan para entrenar modelos, que no aparece en la documentación actual de AWS leída aquí.',
          en: "Skill 2.3.2: the page explains VPC endpoints, their policies, and what AWS commits to today about the data (not stored by default, not visible to its operators or to model providers), but not the statement that inputs and outputs are not used to train models, which does not appear in AWS's current documentation read here.",
        },
      },
    ],
  },
  {
    id: 'domain-3',
    title: {es: 'Pruebas e implementación', en: 'Testing and Deployment'},
    weight: 22,
    tasks: [
      {
        id: '3.1',
        title: {
          es: 'Preparar los artefactos de la aplicación para implementarlos en AWS',
          en: 'Prepare application artifacts to be deployed to AWS',
        },
        summary: {
          es: 'Empaquetar lo que se implementa: dependencias dentro del paquete (variables de entorno, archivos de configuración, imágenes de contenedor); repositorios de código en los entornos de implementación; configuración por entorno con AWS AppConfig, Parameter Store de AWS Systems Manager, AWS Secrets Manager, API Gateway y Lambda; y características de API Gateway como las URL de cada etapa y los puntos de conexión (las etapas y los dominios personalizados vienen de la antigua tarea 3.4). Nuevo en DVA-C03: crear y administrar imágenes de contenedor con Amazon ECR, archivos Dockerfile, etiquetas de imagen y políticas de ciclo de vida.',
          en: 'Packaging what gets deployed: dependencies inside the package (environment variables, configuration files, container images); code repositories in deployment environments; per-environment configuration with AWS AppConfig, AWS Systems Manager Parameter Store, AWS Secrets Manager, API Gateway, and Lambda; and API Gateway features such as stage-specific URLs and endpoints (stages and custom domains come from former Task 3.4). New in DVA-C03: building and managing container images with Amazon ECR, Dockerfiles, image tags, and lifecycle policies.',
        },
        sections: [
          'development/elastic-beanstalk#components',
          'development/elastic-beanstalk#ebextensions',
          'ec2/ami-and-instance-types#ami',
          'ec2/user-data#user-data',
          'cicd/pipeline#codecommit',
          'cicd/pipeline#buildspec',
          'beyond/lambda#configuration-limits',
          'beyond/lambda#environment-variables',
          'beyond/lambda#layers-and-extensions',
          'beyond/lambda#versions-and-aliases',
          'beyond/api-gateway#endpoint-types',
          'beyond/api-gateway#custom-domains',
          'beyond/api-gateway#stages-and-deployments',
          'beyond/api-gateway#stage-variables',
          'beyond/deployment#sam-cli',
          'beyond/deployment#codebuild-buildspec',
          'beyond/deployment#codepipeline-stages',
          'beyond/deployment#appconfig',
          'beyond/containers#images',
          'beyond/containers#amazon-ecr',
          'beyond/containers#ecr-push-pull',
          'beyond/containers#tag-immutability',
          'beyond/containers#ecr-lifecycle-policies',
          'beyond/containers#image-scanning',
          'beyond/containers#task-definitions',
          'beyond/encryption-and-secrets#parameter-store',
          'beyond/encryption-and-secrets#parameter-tiers',
          'beyond/encryption-and-secrets#secrets-manager-vs-parameter-store',
          'beyond/encryption-and-secrets#dynamic-references',
          'beyond/encryption-and-secrets#parameters-secrets-extension',
          'beyond/deployment#codeartifact',
          'beyond/deployment#codeartifact-auth',
          'beyond/deployment#source-connections',
        ],
        coverage: 'covered',
        missing: {
          es: 'Cada habilidad tiene una sección. Detalles que faltan: las variables de entorno y los archivos de configuración dentro de las imágenes de contenedor y las compilaciones Dockerfile de varias etapas, que solo se nombran.',
          en: 'Every skill has a section. Details left out: environment variables and configuration files inside container images, and multi-stage Dockerfile builds, only named.',
        },
      },
      {
        id: '3.2',
        title: {
          es: 'Implementar y automatizar las pruebas de aplicaciones en entornos de AWS',
          en: 'Implement and automate application testing in AWS environments',
        },
        summary: {
          es: 'Escribir y validar pruebas con AWS SAM, AWS CDK y AWS CloudFormation (las pruebas unitarias con AWS SAM vienen de la antigua tarea 1.1); simular dependencias externas con API simuladas (mock), por ejemplo en API Gateway; crear eventos de prueba (cargas JSON para funciones de Lambda y API de API Gateway); y crear y configurar entornos de la aplicación (alias de Lambda, etiquetas de imágenes de contenedor, ramas de AWS Amplify, entornos de AWS Copilot, API de API Gateway). Nuevo en DVA-C03: herramientas de IA de AWS que generan pruebas y automatizan las tareas repetitivas (ejecución, análisis de resultados, pruebas de regresión, cobertura). DVA-C03 reúne aquí las antiguas tareas 3.2 y 3.3.',
          en: 'Writing and validating tests with AWS SAM, AWS CDK, and AWS CloudFormation (unit testing with AWS SAM comes from former Task 1.1); standing in for external dependencies with mock APIs, for example in API Gateway; creating test events (JSON payloads for Lambda functions and API Gateway APIs); and creating and configuring application environments (Lambda aliases, container image tags, AWS Amplify branches, AWS Copilot environments, and API Gateway APIs). New in DVA-C03: AWS AI tools that generate tests and automate repetitive testing work (execution, result analysis, regression testing, and coverage). DVA-C03 merges the former Tasks 3.2 and 3.3 here.',
        },
        sections: [
          'cicd/pipeline#cicd',
          'cicd/pipeline#codebuild',
          'cicd/pipeline#buildspec',
          'cicd/pipeline#codepipeline',
          'development/elastic-beanstalk#architecture-models',
          'development/elastic-beanstalk#deployment-modes',
          'development/elastic-beanstalk#eb-cli',
          'beyond/lambda#versions-and-aliases',
          'beyond/api-gateway#stages-and-deployments',
          'beyond/api-gateway#integrations',
          'beyond/deployment#aws-sam',
          'beyond/deployment#sam-cli',
          'beyond/deployment#aws-cdk',
          'beyond/deployment#codebuild-buildspec',
          'beyond/deployment#lifecycle-hooks',
          'beyond/deployment#appconfig',
          'beyond/deployment#testing',
          'beyond/containers#tag-immutability',
          'beyond/deployment#application-environments',
          'beyond/ai-developer-tools#ai-testing',
          'beyond/ai-developer-tools#kiro-cli-headless',
        ],
        coverage: 'partial',
        missing: {
          es: 'Habilidad 3.2.5: generar pruebas y ejecutarlas y analizar sus resultados con Kiro y Amazon Q Developer sí está; automatizar las pruebas de regresión y medir la cobertura con herramientas de IA de AWS no, porque la documentación de AWS leída no lo describe. Detalles que faltan: `copilot env init`, que AWS solo documenta en el sitio del proyecto Copilot; el evento de una integración de proxy de Lambda (formatos 1.0 y 2.0) y la prueba de un método de API REST desde la consola; los informes de pruebas de CodeBuild, que solo se nombran.',
          en: 'Skill 3.2.5: generating tests, running them, and analyzing their results with Kiro and Amazon Q Developer are covered; automating regression tests and measuring coverage with AWS AI tools are not, because the AWS documentation read here does not describe them. Details left out: `copilot env init`, which AWS documents only on the Copilot project site; the event of a Lambda proxy integration (payload formats 1.0 and 2.0) and testing a REST API method from the console; CodeBuild test reports, only named.',
        },
      },
      {
        id: '3.3',
        title: {
          es: 'Implementar código con los servicios de integración continua y entrega continua (CI/CD) de AWS',
          en: 'Deploy code by using AWS continuous integration and continuous delivery (CI/CD) services',
        },
        summary: {
          es: 'Publicar código con los servicios de CI/CD de AWS: empaquetar Lambda de la forma más eficiente (archivos .zip, imágenes de contenedor, capas); plantillas de infraestructura como código (CloudFormation, AWS SAM); implementar revisiones con AWS CodeDeploy; orquestar canalizaciones con AWS CodePipeline (iniciadas desde un repositorio vinculado, con paso por varios entornos); estrategias de implementación (azul/verde, canario, continua); reversiones automáticas o manuales (CloudFormation, CodeDeploy); y ramas y etiquetas para las versiones. Nuevo en DVA-C03: implementar aplicaciones en contenedores (definiciones de tareas de Amazon ECS, manifiestos de Amazon EKS, AWS Fargate, actualizaciones continuas) y herramientas de IA de AWS en el flujo de CI/CD (aprobaciones automáticas, aprovisionamiento de entornos, validación tras la implementación).',
          en: 'Shipping code with AWS CI/CD services: packaging Lambda efficiently (.zip files, container images, and layers); infrastructure as code templates (CloudFormation, AWS SAM); deploying revisions with AWS CodeDeploy; orchestrating pipelines with AWS CodePipeline (started from a linked repository, moving through several environments); deployment strategies (blue/green, canary, and rolling); automatic or manual rollbacks (CloudFormation, CodeDeploy); and branches and labels for releases. New in DVA-C03: deploying containerized applications (Amazon ECS task definitions, Amazon EKS manifests, AWS Fargate, and rolling updates) and AWS AI tools in CI/CD workflows (automated approvals, environment provisioning, and post-deployment validation).',
        },
        sections: [
          'cicd/pipeline#cicd',
          'cicd/pipeline#codecommit',
          'cicd/pipeline#codepipeline',
          'cicd/pipeline#codebuild',
          'cicd/pipeline#buildspec',
          'development/elastic-beanstalk#elastic-beanstalk',
          'development/elastic-beanstalk#deployment-modes',
          'development/elastic-beanstalk#all-at-once',
          'development/elastic-beanstalk#rolling',
          'development/elastic-beanstalk#rolling-with-additional-batches',
          'development/elastic-beanstalk#immutable',
          'development/elastic-beanstalk#blue-green',
          'development/elastic-beanstalk#ebextensions',
          'development/elastic-beanstalk#eb-cli',
          'development/elastic-beanstalk#lifecycle-policy',
          'beyond/lambda#configuration-limits',
          'beyond/lambda#layers-and-extensions',
          'beyond/lambda#weighted-aliases',
          'beyond/deployment#cloudformation',
          'beyond/deployment#template-sections',
          'beyond/deployment#intrinsic-functions',
          'beyond/deployment#outputs-exports',
          'beyond/deployment#change-sets-rollback',
          'beyond/deployment#aws-sam',
          'beyond/deployment#sam-cli',
          'beyond/deployment#aws-cdk',
          'beyond/deployment#codedeploy',
          'beyond/deployment#appspec-file',
          'beyond/deployment#lifecycle-hooks',
          'beyond/deployment#deployment-configurations',
          'beyond/deployment#codedeploy-rollbacks',
          'beyond/deployment#lambda-traffic-shifting',
          'beyond/deployment#codepipeline-stages',
          'beyond/containers#ecs-concepts',
          'beyond/containers#task-definitions',
          'beyond/containers#ecs-services',
          'beyond/containers#capacity',
          'beyond/containers#aws-fargate',
          'beyond/containers#ecs-deployments',
          'beyond/containers#rolling-updates',
          'beyond/containers#circuit-breaker',
          'beyond/containers#ecs-blue-green',
          'beyond/containers#amazon-eks',
          'beyond/deployment#source-connections',
          'beyond/deployment#git-branches-and-tags',
          'beyond/ai-developer-tools#ai-in-cicd',
          'beyond/ai-developer-tools#pull-request-reviews',
          'beyond/ai-developer-tools#approvals-and-validation',
        ],
        coverage: 'partial',
        missing: {
          es: 'Habilidad 3.3.9: las revisiones de solicitudes de incorporación de cambios, Kiro CLI en una canalización y las investigaciones que lanza una alarma tras una implementación sí están; una aprobación automática de implementaciones y el aprovisionamiento de entornos con herramientas de IA de AWS no, porque la documentación de AWS leída no los describe (en CodePipeline la aprobación sigue siendo manual). Detalles que faltan: funciones de Lambda empaquetadas como imágenes de contenedor (solo su límite de 10 GB); actualizaciones continuas en EKS (`maxSurge`, `maxUnavailable`); los parámetros de las estrategias lineal y canario de ECS y los detalles de ECS en CodeDeploy (conjuntos de tareas, agente de escucha de prueba); los lanzamientos canario de API Gateway, solo nombrados.',
          en: 'Skill 3.3.9: pull request reviews, the Kiro CLI in a pipeline, and investigations that an alarm starts after a deployment are covered; automated deployment approvals and environment provisioning with AWS AI tools are not, because the AWS documentation read here does not describe them (in CodePipeline, approval stays manual). Details left out: Lambda functions packaged as container images (only their 10 GB limit); rolling updates on EKS (`maxSurge`, `maxUnavailable`); the parameters of the ECS linear and canary strategies and the ECS details of CodeDeploy (task sets, test listener); API Gateway canary releases, only named.',
        },
      },
    ],
  },
  {
    id: 'domain-4',
    title: {es: 'Solución de problemas y optimización', en: 'Troubleshooting and Optimization'},
    weight: 22,
    tasks: [
      {
        id: '4.1',
        title: {es: 'Colaborar en un análisis de causa raíz', en: 'Assist in a root cause analysis'},
        summary: {
          es: 'Averiguar por qué algo falla: depurar el código y los problemas de integración entre servicios, interpretar métricas, registros y trazas, consultar los registros para encontrar lo relevante y diagnosticar implementaciones fallidas con sus registros de salida. Nuevo en DVA-C03: herramientas de IA de AWS que analizan los errores y proponen soluciones.',
          en: 'Finding out why something fails: debugging code and service integration issues, interpreting metrics, logs, and traces, querying logs for the relevant data, and troubleshooting failed deployments from their output logs. New in DVA-C03: AWS AI tools that analyze errors and suggest fixes.',
        },
        sections: [
          'ec2/security-groups#troubleshooting',
          'scaling/load-balancers#health-checks',
          'scaling/load-balancers#key-points',
          'development/cli#decode-errors',
          'cicd/pipeline#codepipeline',
          's3/buckets#static-websites',
          'development/elastic-beanstalk#eb-cli',
          'beyond/lambda#account-concurrency-quota',
          'beyond/lambda#vpc-access',
          'beyond/api-gateway#timeouts-and-limits',
          'beyond/api-gateway#status-codes',
          'beyond/dynamodb#partition-key-design',
          'beyond/dynamodb#error-handling',
          'beyond/deployment#change-sets-rollback',
          'beyond/deployment#lifecycle-hooks',
          'beyond/deployment#codedeploy-rollbacks',
          'beyond/containers#rolling-updates',
          'beyond/containers#circuit-breaker',
          'beyond/observability#choosing-a-tool',
          'beyond/observability#service-metrics',
          'beyond/observability#statistics-and-periods',
          'beyond/observability#cloudwatch-logs',
          'beyond/observability#metric-and-subscription-filters',
          'beyond/observability#logs-insights',
          'beyond/observability#live-tail',
          'beyond/observability#segments-and-traces',
          'beyond/observability#cloudtrail',
          'beyond/observability#deployment-failures',
          'beyond/observability#root-cause-analysis',
          'beyond/deployment#sam-cli',
          'beyond/ai-developer-tools#ai-error-analysis',
          'beyond/ai-developer-tools#cloudwatch-investigations',
          'beyond/ai-developer-tools#starting-an-investigation',
          'beyond/ai-developer-tools#console-error-diagnosis',
          'beyond/ai-developer-tools#aws-devops-agent',
        ],
        coverage: 'covered',
        missing: {
          es: 'Cada habilidad tiene una sección. Detalles que faltan: los detalles de una acción fallida de CodePipeline (`GetPipelineExecution`); los registros de Elastic Beanstalk; los errores propios de AWS SAM y de AWS CDK.',
          en: 'Every skill has a section. Details left out: the details of a failed CodePipeline action (`GetPipelineExecution`); Elastic Beanstalk logs; errors specific to AWS SAM and the AWS CDK.',
        },
      },
      {
        id: '4.2',
        title: {
          es: 'Aplicar prácticas recomendadas de registro, monitoreo y observabilidad',
          en: 'Apply logging, monitoring, and observability best practices',
        },
        summary: {
          es: 'Registrar el comportamiento y el estado de la aplicación con una buena estrategia (registros estructurados de los eventos de la aplicación y de las acciones de los usuarios), emitir métricas personalizadas desde el código, enviar alertas ante acciones concretas (límites de cuota, implementaciones terminadas), implementar el rastreo con servicios y herramientas de AWS y vigilar la salud de la carga de trabajo (comprobaciones de estado, sondeos de actividad y de preparación). DVA-C03 resume en 5 habilidades las 8 de la antigua tarea 4.2.',
          en: 'Recording application behavior and state with a sound strategy (structured logging of application events and user actions), emitting custom metrics from code, sending alerts for specific actions (quota limits, completed deployments), implementing tracing with AWS services and tools, and monitoring workload health (health checks, and liveness and readiness probes). DVA-C03 condenses the 8 skills of former Task 4.2 into 5.',
        },
        sections: [
          'scaling/auto-scaling-groups#scaling-alarms',
          'scaling/auto-scaling-groups#custom-metrics',
          'scaling/load-balancers#health-checks',
          'cicd/pipeline#codecommit',
          'cicd/pipeline#codepipeline',
          'beyond/deployment#codepipeline-stages',
          'beyond/containers#ecs-services',
          'beyond/observability#cloudwatch-metrics',
          'beyond/observability#custom-metrics',
          'beyond/observability#put-metric-data',
          'beyond/observability#embedded-metric-format',
          'beyond/observability#alarms',
          'beyond/observability#alarm-actions',
          'beyond/observability#composite-alarms-and-dashboards',
          'beyond/observability#log-groups-and-retention',
          'beyond/observability#structured-logging',
          'beyond/observability#tracing',
          'beyond/observability#annotations-and-metadata',
          'beyond/observability#sampling',
          'beyond/observability#active-tracing',
          'beyond/observability#opentelemetry',
          'beyond/observability#workload-health',
          'beyond/observability#notifications',
        ],
        coverage: 'covered',
        missing: {
          es: 'Cada habilidad tiene una sección. Detalles que faltan: código que añade una anotación a una traza (OpenTelemetry o el SDK de X-Ray) y los pasos para instalar la capa de Lambda o el recopilador de ADOT; AWS User Notifications; los valores predeterminados de las comprobaciones de estado de Route 53; Powertools para Node.js y Java.',
          en: 'Every skill has a section. Details left out: code that adds an annotation to a trace (OpenTelemetry or the X-Ray SDK) and the steps to install the ADOT Lambda layer or collector; AWS User Notifications; the defaults of Route 53 health checks; Powertools for Node.js and Java.',
        },
      },
      {
        id: '4.3',
        title: {
          es: 'Optimizar aplicaciones con servicios y características de AWS',
          en: 'Optimize applications by using AWS services and features',
        },
        summary: {
          es: 'Mejorar el rendimiento y el costo: aplicar la simultaneidad (simultaneidad aprovisionada de Lambda, Amazon EC2 Auto Scaling, grupos de subprocesos, grupos de conexiones); ajustar la memoria y la potencia de cómputo (el ajuste del rendimiento de Lambda viene de la antigua tarea 1.2); optimizar la mensajería (colas de Amazon SQS, distribución ramificada con Amazon SNS); usar cachés (Amazon ElastiCache, DynamoDB Accelerator, Amazon CloudFront); y detectar cuellos de botella con servicios como Amazon CloudWatch. Nuevo en DVA-C03: herramientas de IA de AWS que encuentran oportunidades de optimización.',
          en: 'Improving performance and cost: applying concurrency (Lambda provisioned concurrency, Amazon EC2 Auto Scaling, thread pools, and connection pools); tuning memory and compute power (Lambda performance tuning comes from former Task 1.2); optimizing messaging (Amazon SQS queues, Amazon SNS fan-out); caching (Amazon ElastiCache, DynamoDB Accelerator, and Amazon CloudFront); and detecting bottlenecks with services such as Amazon CloudWatch. New in DVA-C03: AWS AI tools that find optimization opportunities.',
        },
        sections: [
          'databases/elasticache#elasticache',
          'databases/elasticache#architectures',
          'databases/elasticache#caching-strategies',
          'databases/elasticache#lazy-loading',
          'databases/elasticache#write-through',
          'databases/rds#read-replicas',
          's3/buckets#performance',
          'ec2/ami-and-instance-types#instance-types',
          'ec2/ami-and-instance-types#burstable-instances',
          'storage/ebs#volume-types',
          'scaling/auto-scaling-groups#auto-scaling-groups',
          'scaling/auto-scaling-groups#scaling-alarms',
          'beyond/lambda#concurrency',
          'beyond/lambda#reserved-concurrency',
          'beyond/lambda#provisioned-concurrency',
          'beyond/lambda#cold-starts',
          'beyond/lambda#snapstart',
          'beyond/lambda#configuration-limits',
          'beyond/api-gateway#caching',
          'beyond/dynamodb#partition-key-design',
          'beyond/dynamodb#dax',
          'beyond/messaging#standard-and-fifo-queues',
          'beyond/messaging#visibility-and-polling',
          'beyond/messaging#amazon-sns',
          'beyond/messaging#kinesis-data-streams',
          'beyond/s3-cloudfront#cloudfront-caching',
          'beyond/s3-cloudfront#ttls',
          'beyond/s3-cloudfront#invalidation',
          'beyond/sdk-code#connection-pooling',
          'beyond/sdk-code#rds-proxy',
          'beyond/observability#service-metrics',
          'beyond/observability#statistics-and-periods',
          'beyond/observability#insights-features',
          'beyond/ai-developer-tools#ai-optimization',
        ],
        coverage: 'covered',
        missing: {
          es: 'Cada habilidad tiene una sección. Detalles que faltan: ajustar la memoria de Lambda a partir de mediciones (por ejemplo, con AWS Compute Optimizer o Lambda Power Tuning); X-Ray Insights y Analytics.',
          en: 'Every skill has a section. Details left out: tuning Lambda memory from measurements (for example with AWS Compute Optimizer or Lambda Power Tuning); X-Ray Insights and Analytics.',
        },
      },
    ],
  },
];

/** In-scope services of the DVA-C03 guide that no current page explains (see the header). */
const servicesNotCovered: readonly ServiceNote[] = [
  {
    name: 'Amazon Athena',
    note: {
      es: 'Consultas SQL sobre datos guardados en Amazon S3; figura en la lista de servicios. Solo se nombra como alternativa a S3 Select.',
      en: 'SQL queries over data stored in Amazon S3; on the services list. Named only as an alternative to S3 Select.',
    },
  },
  {
    name: 'Amazon OpenSearch Service',
    note: {
      es: 'Búsqueda y análisis de registros; figura en la lista de servicios, no en las tareas.',
      en: 'Search and log analytics; on the services list, not in the tasks.',
    },
  },
  {
    name: 'AWS CloudShell',
    note: {
      es: 'Terminal en el navegador con la AWS CLI ya configurada; figura en la lista de servicios.',
      en: 'Browser-based shell with the AWS CLI preconfigured; on the services list.',
    },
  },
  {
    name: 'Amazon Quick',
    note: {
      es: 'Espacio de trabajo de IA de AWS con agentes de chat, espacios de conocimiento y flujos automatizados; figura en la lista de servicios.',
      en: 'AWS AI workspace with chat agents, knowledge spaces, and automated flows; on the services list.',
    },
  },
  {
    name: 'AWS WAF',
    note: {
      es: 'Firewall de aplicaciones web; figura en la lista de servicios. Solo se nombra como opción de las API REST de API Gateway.',
      en: 'Web application firewall; on the services list. Named only as an option of API Gateway REST APIs.',
    },
  },
  {
    name: 'Amazon EFS',
    note: {
      es: 'Sistema de archivos compartido; un almacén más que elegir según el patrón de acceso (tarea 1.3). Solo se nombra una vez, como incompatible con Lambda SnapStart.',
      en: 'Shared file system; one more store to choose by access pattern (Task 1.3). Named only once, as incompatible with Lambda SnapStart.',
    },
  },
  {
    name: 'Amazon VPC',
    note: {
      es: 'Apenas explicada. Subredes, tablas de rutas y puntos de conexión de VPC (tareas 1.2 y 2.3): las páginas nombran las subredes privadas, los security groups y los puntos de conexión de VPC de interfaz (Lambda en una VPC, API privadas, ECR desde Fargate), pero no explican la VPC en sí.',
      en: 'Barely explained. Subnets, route tables, and VPC endpoints (Tasks 1.2 and 2.3): the pages name private subnets, security groups, and interface VPC endpoints (Lambda in a VPC, private APIs, ECR from Fargate) but do not explain the VPC itself.',
    },
  },
];

/** AWS's pages for the exam guide, plus the two AWS pages behind dates in the notes above. */
const sources: readonly ExamSource[] = [
  {
    title: 'AWS Certified Developer - Associate (DVA-C03) exam guide',
    url: 'https://docs.aws.amazon.com/aws-certification/latest/developer-associate-03/developer-associate-03.html',
  },
  {
    title: 'Content Domain 1: Development with AWS Services',
    url: 'https://docs.aws.amazon.com/aws-certification/latest/developer-associate-03/developer-associate-03-domain1.html',
  },
  {
    title: 'Content Domain 2: Security',
    url: 'https://docs.aws.amazon.com/aws-certification/latest/developer-associate-03/developer-associate-03-domain2.html',
  },
  {
    title: 'Content Domain 3: Testing and Deployment',
    url: 'https://docs.aws.amazon.com/aws-certification/latest/developer-associate-03/developer-associate-03-domain3.html',
  },
  {
    title: 'Content Domain 4: Troubleshooting and Optimization',
    url: 'https://docs.aws.amazon.com/aws-certification/latest/developer-associate-03/developer-associate-03-domain4.html',
  },
  {
    title: 'In-Scope AWS Services',
    url: 'https://docs.aws.amazon.com/aws-certification/latest/developer-associate-03/dva-03-in-scope-services.html',
  },
  {
    title: 'Out-of-Scope AWS Services',
    url: 'https://docs.aws.amazon.com/aws-certification/latest/developer-associate-03/dva-03-out-of-scope-services.html',
  },
  {
    title: 'Comparison of DVA-C02 and DVA-C03',
    url: 'https://docs.aws.amazon.com/aws-certification/latest/developer-associate-03/dva-03-comparison.html',
  },
  {
    title: 'AWS X-Ray: X-Ray SDK and daemon end of support timeline',
    url: 'https://docs.aws.amazon.com/xray/latest/devguide/xray-daemon-eos.html',
  },
  {
    title: 'Amazon Q Developer IDE plugins end of support',
    url: 'https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/q-developer-ide-end-of-support.html',
  },
];

export const examGuide: ExamGuide = {
  code: 'DVA-C03',
  domains,
  servicesNotCovered,
  sources,
  sourcesCheckedOn: '2026-12-02',
  changes: {
    source: {
      title: 'Comparison of DVA-C02 and DVA-C03',
      url: 'https://docs.aws.amazon.com/aws-certification/latest/developer-associate-03/dva-03-comparison.html',
    },
    domains: [
      {
        before: {title: {es: 'Desarrollo con servicios de AWS', en: 'Development with AWS Services'}, weight: 32},
        after: {title: {es: 'Desarrollo con servicios de AWS', en: 'Development with AWS Services'}, weight: 30},
      },
      {
        before: {title: {es: 'Seguridad', en: 'Security'}, weight: 26},
        after: {title: {es: 'Seguridad', en: 'Security'}, weight: 26},
      },
      {
        before: {title: {es: 'Implementación', en: 'Deployment'}, weight: 24},
        after: {title: {es: 'Pruebas e implementación', en: 'Testing and Deployment'}, weight: 22},
      },
      {
        before: {
          title: {es: 'Solución de problemas y optimización', en: 'Troubleshooting and Optimization'},
          weight: 18,
        },
        after: {
          title: {es: 'Solución de problemas y optimización', en: 'Troubleshooting and Optimization'},
          weight: 22,
        },
      },
    ],
    additions: [
      {
        task: '1.1',
        text: {
          es: 'Usar herramientas de desarrollo asistidas por IA para generar, revisar y optimizar código (generación a partir de especificaciones, revisiones automáticas, autocompletado, sugerencias de refactorización, análisis de seguridad) e integrar servicios de IA administrados de AWS en las aplicaciones.',
          en: 'Using AI-assisted development tools to generate, review, and optimize code (spec-driven generation, automated reviews, code completion, refactoring suggestions, security scanning), and integrating managed AWS AI services into applications.',
        },
      },
      {
        task: '2.1',
        text: {
          es: 'Dar acceso seguro y temporal con URL prefirmadas, con Amazon S3 y Amazon CloudFront.',
          en: 'Granting secure, time-limited access with presigned URLs, with Amazon S3 and Amazon CloudFront.',
        },
      },
      {
        task: '2.3',
        text: {
          es: 'Tarea nueva con cinco habilidades sobre la seguridad de los servicios de IA: acceso a esos servicios, privacidad de los datos que se les envían, filtrado de entradas y salidas del modelo, seguridad de los agentes de IA y protección del contenido sensible en los registros.',
          en: 'A new task with five skills on the security of AI services: access to those services, privacy of the data sent to them, filtering model inputs and outputs, securing AI agents, and protecting sensitive content in logs.',
        },
      },
      {
        task: '3.1',
        text: {
          es: 'Crear y administrar imágenes de contenedor para implementarlas: Amazon ECR, archivos Dockerfile, etiquetas de imagen y políticas de ciclo de vida.',
          en: 'Building and managing container images for deployment: Amazon ECR, Dockerfiles, image tags, and lifecycle policies.',
        },
      },
      {
        task: '3.2',
        text: {
          es: 'Usar herramientas de IA de AWS para generar pruebas y automatizar las tareas repetitivas de prueba (ejecución, análisis de resultados, regresión, cobertura).',
          en: 'Using AWS AI tools to generate tests and automate repetitive testing work (execution, result analysis, regression, and coverage).',
        },
      },
      {
        task: '3.3',
        text: {
          es: 'Implementar aplicaciones en contenedores con los servicios de orquestación de AWS (definiciones de tareas de ECS, manifiestos de EKS, Fargate, actualizaciones continuas) y usar herramientas de IA de AWS en el flujo de CI/CD (aprobaciones automáticas, aprovisionamiento de entornos, validación tras la implementación).',
          en: 'Deploying containerized applications with AWS orchestration services (ECS task definitions, EKS manifests, Fargate, and rolling updates), and using AWS AI tools in CI/CD workflows (automated approvals, environment provisioning, and post-deployment validation).',
        },
      },
      {
        task: '4.1',
        text: {
          es: 'Usar herramientas de IA de AWS para analizar errores y proponer cómo resolverlos.',
          en: 'Using AWS AI tools to analyze errors and suggest how to fix them.',
        },
      },
      {
        task: '4.3',
        text: {
          es: 'Usar herramientas de IA de AWS para encontrar oportunidades de optimización (cuellos de botella, uso de recursos, eficiencia del código).',
          en: 'Using AWS AI tools to find optimization opportunities (bottlenecks, resource usage, and code efficiency).',
        },
      },
    ],
    moved: [
      {skill: {es: 'Pruebas unitarias con AWS SAM', en: 'Unit testing with AWS SAM'}, from: '1.1', to: '3.2'},
      {
        skill: {es: 'Ajuste del rendimiento de las funciones de Lambda', en: 'AWS Lambda function performance tuning'},
        from: '1.2',
        to: '4.3',
      },
      {
        skill: {es: 'Serializar y deserializar datos', en: 'Serializing and deserializing data'},
        from: '1.3',
        to: '1.1',
      },
      {
        skill: {
          es: 'Etapas y dominios personalizados de Amazon API Gateway',
          en: 'Amazon API Gateway stages and custom domains',
        },
        from: '3.4',
        to: '3.1',
      },
      {
        skill: {
          es: 'Plantillas de IaC (AWS CDK, AWS SAM, AWS CloudFormation): de la tarea de pruebas automatizadas de DVA-C02 a la de implementación con CI/CD de DVA-C03, que conserva el número 3.3',
          en: 'IaC templates (AWS CDK, AWS SAM, AWS CloudFormation): from the DVA-C02 deployment-testing task to the DVA-C03 CI/CD deployment task, which keeps the number 3.3',
        },
        from: '3.3',
        to: '3.3',
      },
    ],
    merged: [
      {
        from: ['1.3'],
        to: '1.3',
        text: {
          es: 'Las cuatro habilidades de DynamoDB (claves de partición, modelos de coherencia, consultas y escaneos, claves e índices) pasan a ser una sola que lo abarca todo.',
          en: 'The four DynamoDB skills (partition keys, consistency models, queries and scans, and keys and indexes) become a single skill that covers all of it.',
        },
      },
      {
        from: ['2.2', '2.3'],
        to: '2.2',
        text: {
          es: 'Cifrado (6 habilidades) y datos sensibles (7 habilidades) se unen en una sola tarea 2.2 de 7 habilidades sobre cifrado y protección de datos.',
          en: 'Encryption (6 skills) and sensitive data (7 skills) become one Task 2.2 with 7 skills on encryption and data protection.',
        },
      },
      {
        from: ['3.2', '3.3'],
        to: '3.2',
        text: {
          es: 'Probar aplicaciones (6 habilidades) y automatizar las pruebas (5 habilidades) se unen en una sola tarea 3.2 de 5 habilidades, que añade las herramientas de IA para pruebas.',
          en: 'Testing applications (6 skills) and automating tests (5 skills) become one Task 3.2 with 5 skills, which adds AI testing tools.',
        },
      },
      {
        from: ['4.2'],
        to: '4.2',
        text: {
          es: 'Las 8 habilidades de observabilidad quedan en 5 (se fusionan 3).',
          en: 'The 8 observability skills become 5 (3 merged).',
        },
      },
      {
        from: ['4.3'],
        to: '4.3',
        text: {
          es: 'Las 9 habilidades de optimización quedan en 6 (se fusionan 3).',
          en: 'The 9 optimization skills become 6 (3 merged).',
        },
      },
    ],
  },
};
