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
//   ECS and AWS Fargate, which the older pages only named. Services still named but not explained (Amazon
//   Athena, Amazon CloudFront, AWS Secrets Manager, Parameter Store, AWS STS) are named in the tasks'
//   `missing`. Amazon Q Developer is not on the DVA-C03 in-scope list (Kiro is).
// - Dates in the notes, confirmed with the search tool in AWS's text on 2026-12-02: X-Ray SDKs and daemon
//   in maintenance mode since 25 February 2026, end of support 25 February 2027, OpenTelemetry recommended
//   (https://docs.aws.amazon.com/xray/latest/devguide/xray-daemon-eos.html); Amazon Q Developer IDE plugins
//   end of support on 30 April 2027, Kiro suggested instead
//   (https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/q-developer-ide-end-of-support.html).
// - Not confirmed here: nothing in the task list. The mirrors' copies carry no publication date, so the map
//   cannot say when AWS last revised the guide.
// Summaries are this site's own words for AWS's skills. `sections` are heading ids of the current Spanish
// pages and their English twins, all listed in notes/page-plan.md ('slug#section-id'); they start from the
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
          es: 'Escribir código que llama a AWS mediante sus API y SDK y que resiste los fallos: desacoplar componentes muy acoplados, elegir entre patrones síncronos (API Gateway) y asíncronos (colas de Amazon SQS, eventos de Amazon EventBridge), reintentos con retroceso y degradación controlada, crear y ampliar API (transformaciones de solicitudes y respuestas, reglas de validación), procesar datos de streaming, serializar y deserializar datos, y patrones basados en eventos (EventBridge, notificaciones de eventos de Amazon S3, SQS, SNS). Nuevo en DVA-C03: herramientas de desarrollo asistidas por IA para generar, revisar y optimizar código (generación a partir de especificaciones, revisión automática, autocompletado, sugerencias de refactorización, análisis de seguridad) e integración de servicios de IA administrados de AWS en las aplicaciones.',
          en: 'Writing code that calls AWS through its APIs and SDKs and survives failures: decoupling tightly coupled components, choosing synchronous (API Gateway) or asynchronous patterns (Amazon SQS queues, Amazon EventBridge events), retries with backoff and graceful degradation, building and extending APIs (request and response transformations, validation rules), processing streaming data, serializing and deserializing data, and event-driven patterns (EventBridge, Amazon S3 Event Notifications, SQS, SNS). New in DVA-C03: AI-assisted development tools that generate, review and optimize code (spec-driven generation, automated code reviews, code completion, refactoring suggestions, security scanning), and integrating managed AWS AI services into applications.',
        },
        sections: [
          'databases/elasticache#elasticache',
          'databases/elasticache#session-store',
          'scaling/load-balancers#application-load-balancer',
          'development/elastic-beanstalk#worker-environment',
          'development/cli#cli',
          'cicd/pipeline#codecommit',
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
        ],
        coverage: 'partial',
        missing: {
          es: 'Herramientas de desarrollo asistidas por IA (como Kiro: generación de código a partir de especificaciones, revisiones automáticas, autocompletado, sugerencias de refactorización, análisis de seguridad) e integración de servicios de IA administrados de AWS (como Amazon Bedrock) en las aplicaciones; serializar y deserializar datos (JSON, el formato de atributos de DynamoDB, el sobre JSON de SNS), que las páginas solo muestran en ejemplos o de pasada; degradación controlada (respuestas alternativas cuando falla una dependencia); código con los SDK de AWS (clientes, credenciales, paginadores y esperadores): las páginas usan la AWS CLI y describen los reintentos de los SDK, pero no traen código de SDK; notificaciones de eventos de Amazon S3, que solo se nombran como origen asíncrono de Lambda; Amazon Data Firehose; productores y consumidores de Kinesis (Kinesis Client Library, división y fusión de fragmentos); patrones asíncronos detrás de API Gateway (integración directa con SQS o Step Functions y respuesta 202).',
          en: 'AI-assisted development tools (such as Kiro: spec-driven code generation, automated reviews, code completion, refactoring suggestions, security scanning) and integrating managed AWS AI services (such as Amazon Bedrock) into applications; serializing and deserializing data (JSON, the DynamoDB attribute-value format, the SNS JSON envelope), which the pages only show in examples or in passing; graceful degradation (fallback responses when a dependency fails); code with the AWS SDKs (clients, credentials, paginators and waiters): the pages use the AWS CLI and describe how the SDKs retry but have no SDK code; Amazon S3 Event Notifications, named only as an asynchronous Lambda source; Amazon Data Firehose; Kinesis producers and consumers (Kinesis Client Library, splitting and merging shards); asynchronous patterns behind API Gateway (direct integration with SQS or Step Functions, answering 202).',
        },
      },
      {
        id: '1.2',
        title: {es: 'Desarrollar código para AWS Lambda', en: 'Develop code for AWS Lambda'},
        summary: {
          es: 'Crear funciones de Lambda: darles acceso a recursos privados de una VPC; configurarlas con variables de entorno y parámetros (memoria, simultaneidad, tiempo de espera, tiempo de ejecución, controlador, capas, extensiones); gestionar el ciclo de vida de los eventos y los errores con destinos y colas de mensajes fallidos (DLQ); e integrarlas con otros servicios mediante código, asignaciones de orígenes de eventos y destinos (por ejemplo, API Gateway o DynamoDB).',
          en: 'Building Lambda functions: giving them access to private resources in a VPC; configuring them with environment variables and parameters (memory, concurrency, timeout, runtime, handler, layers, extensions); handling event lifecycles and errors with destinations and dead-letter queues; and integrating them with other services through code, event source mappings and destinations (for example API Gateway or DynamoDB).',
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
          es: 'Cada habilidad tiene su sección. Quedan fuera detalles: la firma del controlador, el objeto de contexto y la elección del tiempo de ejecución, que solo se nombran; las URL de funciones de Lambda; las políticas basadas en recursos más allá del ejemplo `lambda add-permission` de API Gateway (quién puede invocar una función, acceso entre cuentas); el filtrado de eventos y los ajustes de lote de las asignaciones de orígenes de eventos; crear funciones a partir de imágenes de contenedor.',
          en: 'Every skill has a section. Details left out: the handler signature, the context object and choosing a runtime, which are only named; Lambda function URLs; resource-based policies beyond the `lambda add-permission` example for API Gateway (who may invoke a function, cross-account access); event filtering and batching settings of event source mappings; building functions from container images.',
        },
      },
      {
        id: '1.3',
        title: {
          es: 'Usar almacenes de datos durante el desarrollo de aplicaciones',
          en: 'Use data stores during application development',
        },
        summary: {
          es: 'Gestionar el ciclo de vida de los datos (reglas de ciclo de vida de S3, TTL, periodos de retención); elegir el almacén de datos según los patrones de acceso (ElastiCache, DynamoDB, S3, RDS); elegir la caché adecuada para ese almacén; y configurar DynamoDB para la aplicación: claves de partición de alta cardinalidad, modelos de consistencia de lectura, consultas y escaneos, claves, atributos e índices.',
          en: 'Managing data lifecycles (S3 Lifecycle rules, TTL, retention periods); choosing a data store by access pattern (ElastiCache, DynamoDB, S3, RDS); choosing the caching solution that fits that store; and configuring DynamoDB for the application: high-cardinality partition keys, read consistency models, query and scan operations, keys, attributes and indexes.',
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
          'beyond/dynamodb#dax',
          'beyond/messaging#retention-delay-size',
        ],
        coverage: 'partial',
        missing: {
          es: 'Elegir el almacén según el patrón de acceso: ninguna sección compara DynamoDB, RDS, S3 y ElastiCache; reglas de ciclo de vida de S3 y transiciones entre clases de almacenamiento; periodos de retención de los registros (CloudWatch Logs); CloudFront como caché de S3. De DynamoDB faltan las tablas globales, las copias de seguridad y la recuperación a un momento dado, PartiQL y los tipos de proyección de los índices (`KEYS_ONLY`, `INCLUDE`, `ALL`).',
          en: 'Choosing a store by access pattern: no section compares DynamoDB, RDS, S3 and ElastiCache; S3 Lifecycle rules and transitions between storage classes; retention periods of logs (CloudWatch Logs); CloudFront as the cache for S3. DynamoDB still lacks global tables, backups and point-in-time recovery, PartiQL and index projection types (`KEYS_ONLY`, `INCLUDE`, `ALL`).',
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
          en: 'Federating identities; controlling access with fine-grained permissions, security tokens and MFA; configuring programmatic access to AWS; making authenticated calls to AWS services; defining permissions for IAM principals (users, roles, services) and for resources; and assuming IAM roles. New in DVA-C03: presigned URLs for secure, time-limited access, with Amazon S3 and Amazon CloudFront.',
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
          'development/cli#profiles',
          's3/encryption-and-security#security',
          's3/encryption-and-security#bucket-policies',
          'databases/rds#security',
          'scaling/auto-scaling-groups#summary',
          'beyond/api-gateway#authorization',
          'beyond/api-gateway#stage-variables',
          'beyond/containers#task-roles',
        ],
        coverage: 'partial',
        missing: {
          es: 'Amazon Cognito en sí (grupos de usuarios, grupos de identidades, inicio de sesión), que solo aparece como autorizador de API Gateway; federación SAML u OIDC en las aplicaciones más allá de los autorizadores JWT de API Gateway; MFA en las aplicaciones; `AssumeRole` de AWS STS y credenciales temporales en el código (en las páginas solo asumen roles los servicios, como EC2 y las tareas de ECS); firmar solicitudes con Signature Version 4 desde el código, que solo se nombra para las API con autorización de IAM; permisos detallados mediante condiciones (por ejemplo, `dynamodb:LeadingKeys`) y políticas de recursos de colas y temas. URL prefirmadas: las notas solo las nombran en una línea; falta generarlas con un SDK o la CLI, elegir su caducidad y las URL firmadas de CloudFront.',
          en: 'Amazon Cognito itself (user pools, identity pools, sign-in), which appears only as an API Gateway authorizer; SAML or OIDC federation in applications beyond the JWT authorizers of API Gateway; MFA in applications; AWS STS `AssumeRole` and temporary credentials in code (on the pages only services assume roles, such as EC2 and ECS tasks); signing requests with Signature Version 4 from code, named only for IAM-authorized APIs; fine-grained permissions through conditions (for example `dynamodb:LeadingKeys`) and resource policies on queues and topics. Presigned URLs: the notes only name them in one line; generating them with an SDK or the CLI, choosing their expiry, and CloudFront signed URLs are missing.',
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
          en: 'Protecting data at rest and in transit; managing certificates (AWS Certificate Manager, AWS Private CA); choosing client-side or server-side encryption; encrypting and decrypting with encryption keys; generating certificates and SSH keys for development; identifying, masking and limiting access to sensitive data (PII, PHI) with AWS services; and keeping secrets in secret management services. DVA-C03 merges the former tasks 2.2 (encryption) and 2.3 (sensitive data) here.',
        },
        sections: [
          's3/encryption-and-security#encryption',
          's3/encryption-and-security#sse-s3',
          's3/encryption-and-security#sse-kms',
          's3/encryption-and-security#sse-c',
          's3/encryption-and-security#client-side-encryption',
          's3/encryption-and-security#encryption-in-transit',
          'storage/ebs#encryption',
          'databases/rds#encryption',
          'scaling/load-balancers#key-points',
          'ec2/basics#ssh',
          'fundamentals/iam#credentials',
          'development/cli#ec2-roles',
          'cicd/pipeline#codecommit',
          'cicd/pipeline#buildspec',
          'beyond/lambda#environment-variables',
        ],
        coverage: 'partial',
        missing: {
          es: 'Usar AWS KMS desde el código (`Encrypt`, `Decrypt`, `GenerateDataKey`, cifrado de sobre), tipos de claves, rotación y políticas de claves para otras cuentas; AWS Certificate Manager y AWS Private CA (ACM solo aparece por la región del certificado de un dominio personalizado de API Gateway); generar certificados para desarrollo; AWS Secrets Manager (con rotación) y los parámetros `SecureString` de Parameter Store más allá del buildspec y de las referencias de una definición de tarea de ECS; de las variables de entorno de Lambda solo se dice que se cifran en reposo, opcionalmente con una clave propia; cifrado en reposo de las colas de SQS, los temas de SNS, Kinesis Data Streams y las tablas de DynamoDB; identificar y enmascarar PII y PHI, por ejemplo con las políticas de protección de datos de CloudWatch Logs.',
          en: 'Using AWS KMS from code (`Encrypt`, `Decrypt`, `GenerateDataKey`, envelope encryption), key types, rotation and key policies for other accounts; AWS Certificate Manager and AWS Private CA (ACM appears only for the Region of the certificate of an API Gateway custom domain); generating certificates for development; AWS Secrets Manager (with rotation) and Parameter Store `SecureString` parameters beyond the buildspec and the references in an ECS task definition; of Lambda environment variables, only that they are encrypted at rest, optionally with your own key; encryption at rest of SQS queues, SNS topics, Kinesis Data Streams and DynamoDB tables; identifying and masking PII and PHI, for example with CloudWatch Logs data protection policies.',
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
          en: 'New task in DVA-C03. Requesting and managing access to AI services; protecting the privacy of data sent to them (private connectivity through VPC endpoints, making sure inputs and outputs are not used to train models); filtering and controlling what goes into and comes out of a model (content filters, sensitive information detection, PII and PHI redaction, denied topics, protection against prompt injection and manipulation); securing AI agent interactions (tool-use authorization, session isolation, human approval of sensitive actions); and protecting sensitive content in the monitoring logs of those interactions.',
        },
        sections: [],
        coverage: 'not-covered',
        missing: {
          es: 'Todo: las notas no tratan ningún servicio de IA. Permisos de IAM para usar modelos de Amazon Bedrock; puntos de conexión de VPC (AWS PrivateLink) hacia los servicios de IA; Amazon Bedrock Guardrails (filtros de contenido, ataques de peticiones, temas denegados, filtros de información sensible que bloquean u ocultan PII); seguridad de los agentes (Amazon Bedrock AgentCore, autorización de herramientas, aislamiento de sesiones, aprobación humana); enmascarar datos sensibles en los registros.',
          en: 'All of it: the notes cover no AI service. IAM permissions for Amazon Bedrock models; VPC endpoints (AWS PrivateLink) to AI services; Amazon Bedrock Guardrails (content filters, prompt attacks, denied topics, sensitive information filters that block or mask PII); agent security (Amazon Bedrock AgentCore, tool authorization, session isolation, human approval); masking sensitive data in logs.',
        },
      },
    ],
  },
  {
    id: 'domain-3',
    title: {es: 'Pruebas y despliegue', en: 'Testing and Deployment'},
    weight: 22,
    tasks: [
      {
        id: '3.1',
        title: {
          es: 'Preparar los artefactos de la aplicación para desplegarlos en AWS',
          en: 'Prepare application artifacts to be deployed to AWS',
        },
        summary: {
          es: 'Empaquetar lo que se despliega: dependencias dentro del paquete (variables de entorno, archivos de configuración, imágenes de contenedor); repositorios de código en los entornos de despliegue; configuración por entorno con AWS AppConfig, Parameter Store de AWS Systems Manager, AWS Secrets Manager, API Gateway y Lambda; y funciones de API Gateway como las URL de cada etapa y los puntos de conexión (las etapas y los dominios personalizados vienen de la antigua tarea 3.4). Nuevo en DVA-C03: crear y administrar imágenes de contenedor con Amazon ECR, archivos Dockerfile, etiquetas de imagen y políticas de ciclo de vida.',
          en: 'Packaging what gets deployed: dependencies inside the package (environment variables, configuration files, container images); code repositories in deployment environments; per-environment configuration with AWS AppConfig, AWS Systems Manager Parameter Store, AWS Secrets Manager, API Gateway and Lambda; and API Gateway features such as stage-specific URLs and endpoints (stages and custom domains come from former task 3.4). New in DVA-C03: building and managing container images with Amazon ECR, Dockerfiles, image tags and lifecycle policies.',
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
        ],
        coverage: 'covered',
        missing: {
          es: 'Cada habilidad tiene su sección. Quedan fuera detalles: Parameter Store de AWS Systems Manager y AWS Secrets Manager como almacenes de configuración que el código lee en tiempo de ejecución (solo aparecen en el buildspec, en las referencias de una definición de tarea de ECS y como recomendación en la página de Lambda); variables de entorno y archivos de configuración dentro de las imágenes de contenedor y compilaciones de varias etapas en el Dockerfile; AWS CodeArtifact para las dependencias de los paquetes.',
          en: 'Every skill has a section. Details left out: AWS Systems Manager Parameter Store and AWS Secrets Manager as configuration stores that code reads at run time (they appear only in the buildspec, in the references of an ECS task definition and as a recommendation on the Lambda page); environment variables and configuration files inside container images, and multi-stage Dockerfile builds; AWS CodeArtifact for package dependencies.',
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
          en: 'Writing and validating tests with AWS SAM, AWS CDK and AWS CloudFormation (unit testing with AWS SAM comes from former task 1.1); standing in for external dependencies with mock APIs, for example in API Gateway; creating test events (JSON payloads for Lambda functions and API Gateway APIs); and creating and configuring application environments (Lambda aliases, container image tags, AWS Amplify branches, AWS Copilot environments, API Gateway APIs). New in DVA-C03: AWS AI tools that generate tests and automate repetitive testing work (execution, result analysis, regression testing, coverage). DVA-C03 merges the former tasks 3.2 and 3.3 here.',
        },
        sections: [
          'cicd/pipeline#cicd',
          'cicd/pipeline#codebuild',
          'cicd/pipeline#buildspec',
          'cicd/pipeline#codepipeline',
          'development/elastic-beanstalk#architecture-models',
          'development/elastic-beanstalk#deployment-modes',
          'development/elastic-beanstalk#eb-cli',
          'development/cli#dry-run',
          'beyond/lambda#versions-and-aliases',
          'beyond/api-gateway#stages-and-deployments',
          'beyond/api-gateway#integrations',
          'beyond/deployment#aws-sam',
          'beyond/deployment#sam-cli',
          'beyond/deployment#aws-cdk',
          'beyond/deployment#lifecycle-hooks',
          'beyond/deployment#testing',
        ],
        coverage: 'partial',
        missing: {
          es: 'Herramientas de IA de AWS que generan pruebas y automatizan las tareas repetitivas (ejecución, análisis de resultados, regresión, cobertura); ramas de AWS Amplify y entornos de AWS Copilot; etiquetas de imagen de contenedor como entornos, que solo se nombran en una línea; el evento de entrada de la integración de proxy de Lambda (formatos de carga 1.0 y 2.0) y la prueba de un método de una API REST desde la consola; informes de pruebas de CodeBuild, nombrados en una línea.',
          en: 'AWS AI tools that generate tests and automate repetitive testing work (execution, result analysis, regression, coverage); AWS Amplify branches and AWS Copilot environments; container image tags as environments, named in one line; the input event of a Lambda proxy integration (payload formats 1.0 and 2.0) and testing a REST API method from the console; CodeBuild test reports, named in one line.',
        },
      },
      {
        id: '3.3',
        title: {
          es: 'Desplegar código con los servicios de integración continua y entrega continua (CI/CD) de AWS',
          en: 'Deploy code by using AWS continuous integration and continuous delivery (CI/CD) services',
        },
        summary: {
          es: 'Publicar código con los servicios de CI/CD de AWS: empaquetar Lambda de la forma más eficiente (archivos .zip, imágenes de contenedor, capas); plantillas de infraestructura como código (CloudFormation, AWS SAM); desplegar revisiones con AWS CodeDeploy; orquestar canalizaciones con AWS CodePipeline (iniciadas desde un repositorio vinculado, con paso por varios entornos); estrategias de despliegue (azul/verde, canario, continua); reversiones automáticas o manuales (CloudFormation, CodeDeploy); y ramas y etiquetas para las versiones. Nuevo en DVA-C03: desplegar aplicaciones en contenedores (definiciones de tareas de Amazon ECS, manifiestos de Amazon EKS, AWS Fargate, actualizaciones continuas) y herramientas de IA de AWS en el flujo de CI/CD (aprobaciones automáticas, aprovisionamiento de entornos, validación tras el despliegue).',
          en: 'Shipping code with AWS CI/CD services: packaging Lambda efficiently (.zip files, container images, layers); infrastructure as code templates (CloudFormation, AWS SAM); deploying revisions with AWS CodeDeploy; orchestrating pipelines with AWS CodePipeline (started from a linked repository, moving through several environments); deployment strategies (blue/green, canary, rolling); automatic or manual rollbacks (CloudFormation, CodeDeploy); and branches and labels for releases. New in DVA-C03: deploying containerized applications (Amazon ECS task definitions, Amazon EKS manifests, AWS Fargate, rolling updates) and AWS AI tools in CI/CD workflows (automated approvals, environment provisioning, post-deployment validation).',
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
        ],
        coverage: 'partial',
        missing: {
          es: 'Herramientas de IA de AWS en el flujo de CI/CD (aprobaciones automáticas, aprovisionamiento de entornos, validación tras el despliegue); funciones de Lambda empaquetadas como imágenes de contenedor (solo se da su límite de 10 GB); actualizaciones continuas en EKS (`maxSurge`, `maxUnavailable`); parámetros de las estrategias lineal y canaria de ECS y detalles de CodeDeploy para ECS (conjuntos de tareas, agente de escucha de prueba); versiones canarias de API Gateway, que solo se nombran; etiquetas y ramas de Git como práctica de versiones, más allá de los filtros de los desencadenadores de CodePipeline.',
          en: 'AWS AI tools in CI/CD workflows (automated approvals, environment provisioning, post-deployment validation); Lambda functions packaged as container images (only their 10 GB limit is given); rolling updates on EKS (`maxSurge`, `maxUnavailable`); parameters of the ECS linear and canary strategies and the ECS details of CodeDeploy (task sets, test listener); API Gateway canary releases, only named; Git tags and branches as a release practice, beyond CodePipeline trigger filters.',
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
          es: 'Averiguar por qué algo falla: depurar el código y los problemas de integración entre servicios, interpretar métricas, registros y trazas, consultar los registros para encontrar lo relevante y diagnosticar despliegues fallidos con sus registros de salida. Nuevo en DVA-C03: herramientas de IA de AWS que analizan los errores y proponen soluciones.',
          en: 'Finding out why something fails: debugging code and service integration issues, interpreting metrics, logs and traces, querying logs for the relevant data, and troubleshooting failed deployments from their output logs. New in DVA-C03: AWS AI tools that analyze errors and suggest fixes.',
        },
        sections: [
          'ec2/security-groups#troubleshooting',
          'scaling/load-balancers#health-checks',
          'scaling/load-balancers#key-points',
          'development/cli#decode-errors',
          'cicd/pipeline#codepipeline',
          's3/buckets#static-websites',
          'databases/rds#advantages',
          'development/elastic-beanstalk#eb-cli',
          'beyond/lambda#account-concurrency-quota',
          'beyond/lambda#vpc-access',
          'beyond/api-gateway#timeouts-and-limits',
          'beyond/api-gateway#status-codes',
          'beyond/dynamodb#partition-key-design',
          'beyond/dynamodb#error-handling',
        ],
        coverage: 'partial',
        missing: {
          es: 'Amazon CloudWatch Logs y las consultas de CloudWatch Logs Insights; trazas y mapas de servicios de AWS X-Ray (los registros de ejecución y las trazas de X-Ray de API Gateway solo se nombran); interpretar las métricas de CloudWatch de Lambda, API Gateway, SQS y DynamoDB; registros y eventos de los despliegues fallidos de pilas de CloudFormation, de CodeDeploy y de servicios de ECS; herramientas de IA de AWS que analizan errores y proponen soluciones.',
          en: 'Amazon CloudWatch Logs and CloudWatch Logs Insights queries; AWS X-Ray traces and service maps (API Gateway execution logs and X-Ray traces are only named); interpreting the CloudWatch metrics of Lambda, API Gateway, SQS and DynamoDB; logs and events of failed CloudFormation stack, CodeDeploy and ECS service deployments; AWS AI tools that analyze errors and suggest fixes.',
        },
      },
      {
        id: '4.2',
        title: {
          es: 'Aplicar prácticas recomendadas de registro, monitoreo y observabilidad',
          en: 'Apply logging, monitoring, and observability best practices',
        },
        summary: {
          es: 'Registrar el comportamiento y el estado de la aplicación con una buena estrategia (registros estructurados de los eventos de la aplicación y de las acciones de los usuarios), emitir métricas personalizadas desde el código, enviar alertas ante acciones concretas (límites de cuota, despliegues terminados), implementar el rastreo con servicios y herramientas de AWS y vigilar la salud de la carga de trabajo (comprobaciones de estado, sondeos de actividad y de preparación). DVA-C03 resume en 5 habilidades las 8 de la antigua tarea 4.2.',
          en: 'Recording application behavior and state with a sound strategy (structured logging of application events and user actions), emitting custom metrics from code, sending alerts for specific actions (quota limits, completed deployments), implementing tracing with AWS services and tools, and monitoring workload health (health checks, liveness and readiness probes). DVA-C03 condenses the 8 skills of former task 4.2 into 5.',
        },
        sections: [
          'scaling/auto-scaling-groups#scaling-alarms',
          'scaling/auto-scaling-groups#custom-metrics',
          'scaling/load-balancers#health-checks',
          'cicd/pipeline#codecommit',
          'cicd/pipeline#codepipeline',
          'development/budgets#budgets',
        ],
        coverage: 'partial',
        missing: {
          es: 'Registros estructurados (JSON) en CloudWatch Logs; emitir métricas desde el código (`PutMetricData`, formato de métricas integradas); rastreo con AWS X-Ray mediante OpenTelemetry (AWS Distro para OpenTelemetry), que AWS recomienda en lugar de los SDK de X-Ray; alertas con EventBridge o SNS ante límites de cuota y despliegues terminados (las páginas nuevas explican ambos servicios, pero no como canal de alertas); sondeos de actividad y de preparación de los contenedores.',
          en: 'Structured (JSON) logging in CloudWatch Logs; emitting metrics from code (`PutMetricData`, embedded metric format); tracing with AWS X-Ray through OpenTelemetry (AWS Distro for OpenTelemetry), which AWS recommends over the X-Ray SDKs; alerts through EventBridge or SNS for quota limits and completed deployments (the new pages explain both services, but not as alert channels); container liveness and readiness probes.',
        },
      },
      {
        id: '4.3',
        title: {
          es: 'Optimizar aplicaciones con servicios y funciones de AWS',
          en: 'Optimize applications by using AWS services and features',
        },
        summary: {
          es: 'Mejorar el rendimiento y el costo: aplicar la simultaneidad (simultaneidad aprovisionada de Lambda, Amazon EC2 Auto Scaling, grupos de subprocesos, grupos de conexiones); ajustar la memoria y la potencia de cómputo (el ajuste del rendimiento de Lambda viene de la antigua tarea 1.2); optimizar la mensajería (colas de Amazon SQS, distribución ramificada con Amazon SNS); usar cachés (Amazon ElastiCache, DynamoDB Accelerator, Amazon CloudFront); y detectar cuellos de botella con servicios como Amazon CloudWatch. Nuevo en DVA-C03: herramientas de IA de AWS que encuentran oportunidades de optimización.',
          en: 'Improving performance and cost: applying concurrency (Lambda provisioned concurrency, Amazon EC2 Auto Scaling, thread pools, connection pools); tuning memory and compute power (Lambda performance tuning comes from former task 1.2); optimizing messaging (Amazon SQS queues, Amazon SNS fan-out); caching (Amazon ElastiCache, DynamoDB Accelerator, Amazon CloudFront); and detecting bottlenecks with services such as Amazon CloudWatch. New in DVA-C03: AWS AI tools that find optimization opportunities.',
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
          'beyond/dynamodb#dax',
          'beyond/messaging#standard-and-fifo-queues',
          'beyond/messaging#visibility-and-polling',
          'beyond/messaging#amazon-sns',
          'beyond/messaging#kinesis-data-streams',
        ],
        coverage: 'partial',
        missing: {
          es: 'Grupos de subprocesos y de conexiones (por ejemplo, RDS Proxy), más allá de reutilizar clientes y conexiones fuera del controlador de Lambda; ajustar la memoria de Lambda a partir de mediciones (por ejemplo, con las recomendaciones de AWS Compute Optimizer); la caché de CloudFront; encontrar cuellos de botella con métricas y registros de CloudWatch; herramientas de IA de AWS para optimizar.',
          en: 'Thread pools and connection pooling (for example RDS Proxy), beyond reusing clients and connections outside the Lambda handler; tuning Lambda memory from measurements (for example AWS Compute Optimizer recommendations); CloudFront caching; finding bottlenecks with CloudWatch metrics and logs; AWS AI tools for optimization.',
        },
      },
    ],
  },
];

/** In-scope services of the DVA-C03 guide that no current page explains (see the header). */
const servicesNotCovered: readonly ServiceNote[] = [
  {
    name: 'Amazon Data Firehose',
    note: {
      es: 'Entrega de datos de streaming a almacenes y destinos de análisis (tarea 1.1). Las páginas solo la nombran como tipo de suscripción de Amazon SNS.',
      en: 'Delivery of streaming data to stores and analytics destinations (task 1.1). The pages only name it as an Amazon SNS subscription type.',
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
    name: 'AWS Amplify',
    note: {
      es: 'Desarrollo y alojamiento de aplicaciones web y móviles; sus ramas sirven como entornos (tarea 3.2).',
      en: 'Web and mobile app development and hosting; its branches serve as environments (task 3.2).',
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
    name: 'AWS CodeArtifact',
    note: {
      es: 'Repositorio de paquetes de software para las dependencias; figura en la lista de servicios.',
      en: 'Software package repository for dependencies; on the services list.',
    },
  },
  {
    name: 'AWS X-Ray',
    note: {
      es: 'Trazabilidad distribuida y mapas de servicios (tareas 4.1 y 4.2). Los SDK y el daemon de X-Ray están en modo de mantenimiento desde el 25 de febrero de 2026 y dejan de tener soporte el 25 de febrero de 2027; AWS recomienda instrumentar con OpenTelemetry (AWS Distro para OpenTelemetry) y seguir enviando las trazas a X-Ray. La página de API Gateway solo dice que las API REST ofrecen trazas de X-Ray.',
      en: 'Distributed tracing and service maps (tasks 4.1 and 4.2). The X-Ray SDKs and daemon have been in maintenance mode since 25 February 2026 and reach end of support on 25 February 2027; AWS recommends instrumenting with OpenTelemetry (AWS Distro for OpenTelemetry) and still sending traces to X-Ray. The API Gateway page only says that REST APIs offer X-Ray traces.',
    },
  },
  {
    name: 'Amazon Bedrock',
    note: {
      es: 'Acceso administrado a modelos fundacionales para aplicaciones de IA generativa, con Amazon Bedrock Guardrails para filtrar entradas y salidas (tareas 1.1 y 2.3).',
      en: 'Managed access to foundation models for generative AI applications, with Amazon Bedrock Guardrails to filter inputs and outputs (tasks 1.1 and 2.3).',
    },
  },
  {
    name: 'Amazon Bedrock AgentCore',
    note: {
      es: 'Despliegue y operación segura de agentes de IA: entorno de ejecución con sesiones aisladas, memoria, identidad y acceso a herramientas (tarea 2.3).',
      en: 'Deploying and operating AI agents securely: a runtime with isolated sessions, memory, identity and access to tools (task 2.3).',
    },
  },
  {
    name: 'Amazon Quick',
    note: {
      es: 'Espacio de trabajo de IA de AWS con agentes de chat, espacios de conocimiento y flujos automatizados; figura en la lista de servicios.',
      en: 'AWS AI workspace with chat agents, knowledge spaces and automated flows; on the services list.',
    },
  },
  {
    name: 'Kiro',
    note: {
      es: 'Herramienta de desarrollo agéntica de AWS, en la lista de servicios de IA; las tareas 1.1, 3.2, 3.3, 4.1 y 4.3 piden herramientas de IA de AWS sin nombrar ninguna. AWS la propone en lugar de los complementos de Amazon Q Developer para IDE, cuyo soporte termina el 30 de abril de 2027.',
      en: 'AWS agentic development tool, on the list of AI services; tasks 1.1, 3.2, 3.3, 4.1 and 4.3 ask for AWS AI tools without naming one. AWS suggests it in place of the Amazon Q Developer IDE plugins, whose support ends on 30 April 2027.',
    },
  },
  {
    name: 'Amazon CloudWatch Logs',
    note: {
      es: 'Registros de las aplicaciones, consultas con Logs Insights y enmascaramiento de datos sensibles (tareas 2.2, 2.3, 4.1 y 4.2). Las notas nombran CloudWatch por sus alarmas y métricas, y las páginas nuevas solo nombran CloudWatch Logs de pasada (los registros `awslogs` de las tareas de ECS).',
      en: 'Application logs, Logs Insights queries and masking of sensitive data (tasks 2.2, 2.3, 4.1 and 4.2). The notes name CloudWatch for its alarms and metrics, and the new pages name CloudWatch Logs only in passing (the `awslogs` logs of ECS tasks).',
    },
  },
  {
    name: 'AWS PrivateLink',
    note: {
      es: 'Puntos de conexión de VPC para llegar a los servicios de forma privada, también a los de IA (tarea 2.3). Las páginas nuevas nombran puntos de conexión de VPC de interfaz (API privadas, ECR para las tareas de Fargate), pero no PrivateLink.',
      en: 'VPC endpoints that reach services privately, AI services included (task 2.3). The new pages name interface VPC endpoints (private APIs, ECR for Fargate tasks) but not PrivateLink.',
    },
  },
  {
    name: 'AWS Certificate Manager (ACM)',
    note: {
      es: 'Emisión y gestión de certificados TLS (tarea 2.2). Solo se nombra por la región del certificado de un dominio personalizado de API Gateway.',
      en: 'Issuing and managing TLS certificates (task 2.2). Named only for the Region of the certificate of an API Gateway custom domain.',
    },
  },
  {
    name: 'Amazon Cognito',
    note: {
      es: 'Autenticación de usuarios: grupos de usuarios y grupos de identidades (tarea 2.1). La página de API Gateway solo trata el autorizador de grupos de usuarios de Cognito, y los grupos de identidades en una línea.',
      en: 'User authentication: user pools and identity pools (task 2.1). The API Gateway page covers only the Cognito user pool authorizer, and identity pools in one line.',
    },
  },
  {
    name: 'AWS Private CA',
    note: {
      es: 'Autoridad de certificación privada para emitir certificados propios (tarea 2.2).',
      en: 'Private certificate authority that issues your own certificates (task 2.2).',
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
      en: 'Shared file system; one more store to choose by access pattern (task 1.3). Named only once, as incompatible with Lambda SnapStart.',
    },
  },
];

/** AWS's pages for the exam guide, plus the two AWS pages behind dates in the notes above. */
const sources: readonly ExamSource[] = [
  {title: 'AWS Certified Developer - Associate (DVA-C03) exam guide', url: 'https://docs.aws.amazon.com/aws-certification/latest/developer-associate-03/developer-associate-03.html'},
  {title: 'Content Domain 1: Development with AWS Services', url: 'https://docs.aws.amazon.com/aws-certification/latest/developer-associate-03/developer-associate-03-domain1.html'},
  {title: 'Content Domain 2: Security', url: 'https://docs.aws.amazon.com/aws-certification/latest/developer-associate-03/developer-associate-03-domain2.html'},
  {title: 'Content Domain 3: Testing and Deployment', url: 'https://docs.aws.amazon.com/aws-certification/latest/developer-associate-03/developer-associate-03-domain3.html'},
  {title: 'Content Domain 4: Troubleshooting and Optimization', url: 'https://docs.aws.amazon.com/aws-certification/latest/developer-associate-03/developer-associate-03-domain4.html'},
  {title: 'In-Scope AWS Services', url: 'https://docs.aws.amazon.com/aws-certification/latest/developer-associate-03/dva-03-in-scope-services.html'},
  {title: 'Out-of-Scope AWS Services', url: 'https://docs.aws.amazon.com/aws-certification/latest/developer-associate-03/dva-03-out-of-scope-services.html'},
  {title: 'Comparison of DVA-C02 and DVA-C03', url: 'https://docs.aws.amazon.com/aws-certification/latest/developer-associate-03/dva-03-comparison.html'},
  {title: 'AWS X-Ray: X-Ray SDK and daemon end of support timeline', url: 'https://docs.aws.amazon.com/xray/latest/devguide/xray-daemon-eos.html'},
  {title: 'Amazon Q Developer IDE plugins end of support', url: 'https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/q-developer-ide-end-of-support.html'},
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
        before: {title: {es: 'Despliegue', en: 'Deployment'}, weight: 24},
        after: {title: {es: 'Pruebas y despliegue', en: 'Testing and Deployment'}, weight: 22},
      },
      {
        before: {title: {es: 'Solución de problemas y optimización', en: 'Troubleshooting and Optimization'}, weight: 18},
        after: {title: {es: 'Solución de problemas y optimización', en: 'Troubleshooting and Optimization'}, weight: 22},
      },
    ],
    additions: [
      {
        task: '1.1',
        text: {
          es: 'Usar herramientas de desarrollo asistidas por IA para generar, revisar y optimizar código (generación a partir de especificaciones, revisiones automáticas, autocompletado, sugerencias de refactorización, análisis de seguridad) e integrar servicios de IA administrados de AWS en las aplicaciones.',
          en: 'Using AI-assisted development tools to generate, review and optimize code (spec-driven generation, automated reviews, code completion, refactoring suggestions, security scanning), and integrating managed AWS AI services into applications.',
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
          es: 'Crear y administrar imágenes de contenedor para desplegarlas: Amazon ECR, archivos Dockerfile, etiquetas de imagen y políticas de ciclo de vida.',
          en: 'Building and managing container images for deployment: Amazon ECR, Dockerfiles, image tags and lifecycle policies.',
        },
      },
      {
        task: '3.2',
        text: {
          es: 'Usar herramientas de IA de AWS para generar pruebas y automatizar las tareas repetitivas de prueba (ejecución, análisis de resultados, regresión, cobertura).',
          en: 'Using AWS AI tools to generate tests and automate repetitive testing work (execution, result analysis, regression, coverage).',
        },
      },
      {
        task: '3.3',
        text: {
          es: 'Desplegar aplicaciones en contenedores con los servicios de orquestación de AWS (definiciones de tareas de ECS, manifiestos de EKS, Fargate, actualizaciones continuas) y usar herramientas de IA de AWS en el flujo de CI/CD (aprobaciones automáticas, aprovisionamiento de entornos, validación tras el despliegue).',
          en: 'Deploying containerized applications with AWS orchestration services (ECS task definitions, EKS manifests, Fargate, rolling updates), and using AWS AI tools in CI/CD workflows (automated approvals, environment provisioning, post-deployment validation).',
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
          en: 'Using AWS AI tools to find optimization opportunities (bottlenecks, resource usage, code efficiency).',
        },
      },
    ],
    moved: [
      {skill: {es: 'Pruebas unitarias con AWS SAM', en: 'Unit testing with AWS SAM'}, from: '1.1', to: '3.2'},
      {skill: {es: 'Ajuste del rendimiento de las funciones de Lambda', en: 'AWS Lambda function performance tuning'}, from: '1.2', to: '4.3'},
      {skill: {es: 'Serializar y deserializar datos', en: 'Serializing and deserializing data'}, from: '1.3', to: '1.1'},
      {skill: {es: 'Etapas y dominios personalizados de Amazon API Gateway', en: 'Amazon API Gateway stages and custom domains'}, from: '3.4', to: '3.1'},
      {
        skill: {
          es: 'Plantillas de IaC (AWS CDK, AWS SAM, AWS CloudFormation): de la tarea de pruebas automatizadas de DVA-C02 a la de despliegue con CI/CD de DVA-C03, que conserva el número 3.3',
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
          es: 'Las cuatro habilidades de DynamoDB (claves de partición, modelos de consistencia, consultas y escaneos, claves e índices) pasan a ser una sola que lo abarca todo.',
          en: 'The four DynamoDB skills (partition keys, consistency models, queries and scans, keys and indexes) become a single skill that covers all of it.',
        },
      },
      {
        from: ['2.2', '2.3'],
        to: '2.2',
        text: {
          es: 'Cifrado (6 habilidades) y datos sensibles (7 habilidades) se unen en una sola tarea 2.2 de 7 habilidades sobre cifrado y protección de datos.',
          en: 'Encryption (6 skills) and sensitive data (7 skills) become one task 2.2 with 7 skills on encryption and data protection.',
        },
      },
      {
        from: ['3.2', '3.3'],
        to: '3.2',
        text: {
          es: 'Probar aplicaciones (6 habilidades) y automatizar las pruebas (5 habilidades) se unen en una sola tarea 3.2 de 5 habilidades, que añade las herramientas de IA para pruebas.',
          en: 'Testing applications (6 skills) and automating tests (5 skills) become one task 3.2 with 5 skills, which adds AI testing tools.',
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
