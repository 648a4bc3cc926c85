// The DVA-C02 exam map: AWS's four content domains, their weights and 13 task statements, and what the
// current (updated) edition of the notes covers for each task. The notes were written for DVA-C01, so the
// map is deliberately honest: most tasks are only partly served, and Lambda is not served at all.
//
// Study with sources: the project's exam map (exam-map.md). On 2026-11-26 the 4 domains, their weights
// (32/26/24/18) and the 13 task titles were confirmed against stored copies of AWS's own pages: the AWS
// Certification user guide's developer-associate-02-domain1, -domain3 and -domain4 pages, the English text of
// the ja_jp copy of -domain2, and developer-associate-02-domain3.md (the stored domain-3 page stops after task
// 3.3; the .md names all four domain-3 tasks). The stored user-guide text drops the word "AWS" ("Develop code
// for Lambda"); the .md keeps it, and so do the titles here. The guide's overview page and its in-scope
// services list could not be retrieved here: `servicesNotCovered` follows exam-map.md, plus three services the
// retrieved task statements name and the notes never mention (AWS SAM, AWS Copilot, AWS Private CA).
// Summaries are this site's own words; nothing in the retrieved knowledge and skills lists contradicts them.
// `sections` use the section ids of notes/page-plan.md ('slug#section-id'); tests/unit/exam.test.ts checks
// that every one exists in the plan and as a heading id of the current Spanish page.
import type {Localized} from './locales';

export type Coverage = 'covered' | 'partial' | 'not-covered';

export interface ExamTask {
  /** '1.1' … */
  readonly id: string;
  /** AWS's own English title of the task statement, and a Spanish translation. */
  readonly title: Localized;
  /** Short summary in your own words. */
  readonly summary: Localized;
  /** Sections of the current edition that serve it: 'slug#section-id'. */
  readonly sections: readonly string[];
  readonly coverage: Coverage;
  /** What the notes do not cover for this task (empty strings if nothing). */
  readonly missing: Localized;
}

export interface ExamDomain {
  readonly id: string; // 'domain-1'
  readonly title: Localized;
  /** Percent of scored content. */
  readonly weight: number;
  readonly tasks: readonly ExamTask[];
}

export interface ExamSource {
  readonly title: string;
  readonly url: string;
}

export const examDomains: readonly ExamDomain[] = [
  {
    id: 'domain-1',
    title: {es: 'Desarrollo con servicios de AWS', en: 'Development with AWS Services'},
    weight: 32,
    tasks: [
      {
        id: '1.1',
        title: {
          es: 'Desarrollar código para aplicaciones alojadas en AWS',
          en: 'Develop code for applications hosted on AWS',
        },
        summary: {
          es: 'Escribir código que llama a AWS mediante sus API y SDK y que sigue funcionando cuando algo falla: componentes desacoplados y sin estado, llamadas síncronas o asíncronas, reintentos idempotentes con retroceso exponencial y fluctuación (jitter), colas de mensajes fallidos (DLQ), mensajería, streaming y API propias.',
          en: 'Writing code that calls AWS through its APIs and SDKs and keeps working when something fails: loosely coupled, stateless components, synchronous or asynchronous calls, idempotent retries with exponential backoff and jitter, dead-letter queues, messaging, streaming, and the APIs you build yourself.',
        },
        sections: [
          'databases/elasticache#elasticache',
          'databases/elasticache#session-store',
          'scaling/load-balancers#application-load-balancer',
          'development/elastic-beanstalk#worker-environment',
          'development/cli#cli',
        ],
        coverage: 'partial',
        missing: {
          es: 'Servicios de mensajería y streaming (Amazon SQS, Amazon SNS más allá de las notificaciones, Amazon Kinesis, Amazon EventBridge, AWS Step Functions); Amazon API Gateway (validación de solicitudes, transformaciones, códigos de estado); uso de los SDK de AWS; idempotencia, reintentos con retroceso exponencial y fluctuación, colas de mensajes fallidos; pruebas unitarias con AWS SAM.',
          en: 'Messaging and streaming services (Amazon SQS, Amazon SNS beyond notifications, Amazon Kinesis, Amazon EventBridge, AWS Step Functions); Amazon API Gateway (request validation, transformations, status codes); using the AWS SDKs; idempotency, retries with exponential backoff and jitter, dead-letter queues; unit tests with AWS SAM.',
        },
      },
      {
        id: '1.2',
        title: {es: 'Desarrollar código para AWS Lambda', en: 'Develop code for AWS Lambda'},
        summary: {
          es: 'Crear funciones Lambda: su configuración (memoria, tiempo de espera, concurrencia, tiempo de ejecución, controlador, capas, extensiones, variables de entorno), sus disparadores y asignaciones de orígenes de eventos, el manejo de errores con destinos y colas de mensajes fallidos, el acceso a recursos de una VPC, las pruebas y el ajuste del rendimiento.',
          en: 'Building Lambda functions: their configuration (memory, timeout, concurrency, runtime, handler, layers, extensions, environment variables), triggers and event source mappings, error handling with destinations and dead-letter queues, access to resources in a VPC, testing, and performance tuning.',
        },
        sections: [],
        coverage: 'not-covered',
        missing: {
          es: 'Todo: las notas nunca mencionan AWS Lambda. Tipos de invocación y asignaciones de orígenes de eventos, configuración, capas y extensiones, destinos y colas de mensajes fallidos, concurrencia, acceso a una VPC, pruebas y ajuste del rendimiento.',
          en: 'All of it: the notes never mention AWS Lambda. Invocation types and event source mappings, configuration, layers and extensions, destinations and dead-letter queues, concurrency, VPC access, testing and performance tuning.',
        },
      },
      {
        id: '1.3',
        title: {
          es: 'Usar almacenes de datos en el desarrollo de aplicaciones',
          en: 'Use data stores in application development',
        },
        summary: {
          es: 'Elegir y usar el almacén de datos adecuado: bases de datos relacionales o NoSQL, operaciones CRUD, claves e índices de DynamoDB (claves de partición de alta cardinalidad, consulta frente a escaneo), modelos de consistencia, estrategias de caché (carga diferida, escritura simultánea, lectura a través de la caché, TTL), clases de almacenamiento y ciclo de vida de S3, y almacenamiento efímero frente a persistente.',
          en: 'Choosing and using the right data store: relational or NoSQL databases, CRUD operations, DynamoDB keys and indexes (high-cardinality partition keys, query versus scan), consistency models, caching strategies (lazy loading, write-through, read-through, TTL), S3 storage classes and lifecycle, and ephemeral versus persistent storage.',
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
        ],
        coverage: 'partial',
        missing: {
          es: 'Amazon DynamoDB (claves de partición y de ordenación, índices GSI y LSI, consulta frente a escaneo, modos de capacidad, lecturas de consistencia fuerte o eventual); clases de almacenamiento de S3 y reglas de ciclo de vida en detalle; caché de lectura a través (read-through) y TTL; serialización de los datos para persistirlos.',
          en: 'Amazon DynamoDB (partition and sort keys, global and local secondary indexes, query versus scan, capacity modes, strongly versus eventually consistent reads); S3 storage classes and lifecycle rules in depth; read-through caching and TTL; serializing data to persist it.',
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
          es: 'Implementar la autenticación o la autorización de aplicaciones y servicios de AWS',
          en: 'Implement authentication and/or authorization for applications and AWS services',
        },
        summary: {
          es: 'Autenticar usuarios y cargas de trabajo (federación de identidades con SAML, OIDC o Amazon Cognito; tokens portadores como JWT, OAuth o las credenciales de AWS STS) y autorizarlos con roles de IAM y políticas basadas en identidad o en recursos, aplicando el mínimo privilegio.',
          en: 'Authenticating users and workloads (identity federation with SAML, OIDC or Amazon Cognito; bearer tokens such as JWT, OAuth or AWS STS credentials) and authorizing them with IAM roles and identity-based or resource-based policies under least privilege.',
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
        ],
        coverage: 'partial',
        missing: {
          es: 'Amazon Cognito (grupos de usuarios frente a grupos de identidades); federación SAML u OIDC para aplicaciones; tokens portadores JWT y OAuth; AssumeRole de AWS STS y credenciales temporales; políticas administradas por AWS frente a las administradas por el cliente; control de acceso basado en roles (RBAC) y autorización con ACL en las aplicaciones.',
          en: 'Amazon Cognito (user pools versus identity pools); SAML or OIDC federation for applications; JWT and OAuth bearer tokens; AWS STS AssumeRole and temporary credentials; AWS managed versus customer managed policies; role-based access control (RBAC) and ACL-based authorization in applications.',
        },
      },
      {
        id: '2.2',
        title: {es: 'Implementar el cifrado con servicios de AWS', en: 'Implement encryption by using AWS services'},
        summary: {
          es: 'Proteger los datos en reposo y en tránsito: claves de AWS KMS (administradas por AWS o por el cliente), cifrado del lado del cliente frente al del servidor, rotación de claves, cifrado entre cuentas, y certificados (ACM, AWS Private CA) y claves SSH para desarrollo.',
          en: 'Protecting data at rest and in transit: AWS KMS keys (AWS managed or customer managed), client-side versus server-side encryption, key rotation, encryption across account boundaries, and certificates (ACM, AWS Private CA) and SSH keys for development.',
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
          'cicd/pipeline#buildspec',
        ],
        coverage: 'partial',
        missing: {
          es: 'Usar AWS KMS desde el código (Encrypt, Decrypt, GenerateDataKey, cifrado de sobre); tipos de claves de KMS; activar y desactivar la rotación de claves; políticas de claves para el uso entre cuentas; AWS Certificate Manager y AWS Private CA; generar certificados para desarrollo.',
          en: 'Using AWS KMS from code (Encrypt, Decrypt, GenerateDataKey, envelope encryption); KMS key types; enabling and disabling key rotation; key policies for cross-account use; AWS Certificate Manager and AWS Private CA; generating certificates for development.',
        },
      },
      {
        id: '2.3',
        title: {
          es: 'Gestionar datos sensibles en el código de las aplicaciones',
          en: 'Manage sensitive data in application code',
        },
        summary: {
          es: 'Mantener los secretos y los datos sensibles (PII, PHI) fuera del código y de los registros: clasificar los datos, guardar las credenciales en AWS Secrets Manager o en Parameter Store de AWS Systems Manager, cifrar las variables de entorno, manejar las credenciales con cuidado y sanear o enmascarar los datos.',
          en: 'Keeping secrets and sensitive data (PII, PHI) out of code and logs: classifying data, storing credentials in AWS Secrets Manager or AWS Systems Manager Parameter Store, encrypting environment variables, handling credentials securely, and sanitizing or masking data.',
        },
        sections: [
          'fundamentals/iam#credentials',
          'development/cli#ec2-roles',
          'cicd/pipeline#codecommit',
          'cicd/pipeline#buildspec',
        ],
        coverage: 'partial',
        missing: {
          es: 'AWS Secrets Manager (con rotación) y los parámetros SecureString de Parameter Store, más allá de su uso en el buildspec; cifrado de las variables de entorno de Lambda; clasificación de datos (PII, PHI); saneamiento y enmascaramiento de datos sensibles.',
          en: 'AWS Secrets Manager (with rotation) and Parameter Store SecureString parameters beyond their use in the buildspec; encrypting Lambda environment variables; data classification (PII, PHI); sanitizing and masking sensitive data.',
        },
      },
    ],
  },
  {
    id: 'domain-3',
    title: {es: 'Despliegue', en: 'Deployment'},
    weight: 24,
    tasks: [
      {
        id: '3.1',
        title: {
          es: 'Preparar los artefactos de la aplicación para desplegarlos en AWS',
          en: 'Prepare application artifacts to be deployed to AWS',
        },
        summary: {
          es: 'Empaquetar lo que se despliega: dependencias, archivos de configuración y variables de entorno dentro del paquete, la estructura de directorios, los repositorios de código, los recursos que necesita la aplicación (memoria, núcleos) y la configuración de cada entorno, además de los paquetes y capas de Lambda y las imágenes de contenedor.',
          en: 'Packaging what gets deployed: dependencies, configuration files and environment variables inside the package, the directory layout, code repositories, the resources the application needs (memory, cores) and per-environment configuration, plus Lambda packages and layers and container images.',
        },
        sections: [
          'development/elastic-beanstalk#components',
          'development/elastic-beanstalk#ebextensions',
          'ec2/ami-and-instance-types#ami',
          'ec2/ami-and-instance-types#instance-types',
          'ec2/user-data#user-data',
          'cicd/pipeline#codecommit',
          'cicd/pipeline#buildspec',
        ],
        coverage: 'partial',
        missing: {
          es: 'Paquetes de despliegue y capas de Lambda; imágenes de contenedor y Amazon ECR; configuración con AWS AppConfig, Parameter Store y Secrets Manager; dimensionar la memoria de Lambda y de los contenedores.',
          en: 'Lambda deployment packages and layers; container images and Amazon ECR; configuration with AWS AppConfig, Parameter Store and Secrets Manager; sizing memory for Lambda and containers.',
        },
      },
      {
        id: '3.2',
        title: {es: 'Probar aplicaciones en entornos de desarrollo', en: 'Test applications in development environments'},
        summary: {
          es: 'Probar el código en entornos de desarrollo: las funciones de los propios servicios de despliegue, pruebas de integración contra endpoints y API simulados (mock), endpoints de desarrollo como las etapas de API Gateway, versiones y alias de Lambda, y el despliegue de actualizaciones de una pila (por ejemplo, una plantilla de AWS SAM) en un entorno de staging.',
          en: 'Testing code in development environments: the deployment services’ own features, integration tests against mock endpoints and mock APIs, development endpoints such as API Gateway stages, Lambda versions and aliases, and deploying stack updates (for example an AWS SAM template) to a staging environment.',
        },
        sections: [
          'development/elastic-beanstalk#architecture-models',
          'development/elastic-beanstalk#deployment-modes',
          'development/elastic-beanstalk#eb-cli',
          'cicd/pipeline#codebuild',
          'development/cli#dry-run',
        ],
        coverage: 'partial',
        missing: {
          es: 'Versiones y alias de Lambda; etapas de API Gateway e integraciones simuladas (mock); pruebas de integración contra endpoints simulados; desplegar pilas de AWS SAM o CloudFormation en un entorno de staging.',
          en: 'Lambda versions and aliases; API Gateway stages and mock integrations; integration tests against mock endpoints; deploying AWS SAM or CloudFormation stacks to a staging environment.',
        },
      },
      {
        id: '3.3',
        title: {es: 'Automatizar las pruebas de despliegue', en: 'Automate deployment testing'},
        summary: {
          es: 'Automatizar las pruebas en el flujo de CI/CD: eventos de prueba (cargas JSON para Lambda, API Gateway y AWS SAM), pruebas unitarias y con mocks, etapas de API por entorno, versiones aprobadas para las pruebas de integración (alias de Lambda, etiquetas de imágenes de contenedor, ramas de Amplify) y plantillas de infraestructura como código.',
          en: 'Automating tests in the CI/CD workflow: test events (JSON payloads for Lambda, API Gateway and AWS SAM), unit and mock tests, API stages per environment, approved versions for integration testing (Lambda aliases, container image tags, Amplify branches), and infrastructure as code templates.',
        },
        sections: [
          'cicd/pipeline#cicd',
          'cicd/pipeline#codebuild',
          'cicd/pipeline#buildspec',
          'cicd/pipeline#codepipeline',
          'cicd/pipeline#codecommit',
          'development/elastic-beanstalk#ebextensions',
        ],
        coverage: 'partial',
        missing: {
          es: 'Eventos de prueba para Lambda, API Gateway y AWS SAM; etapas de API Gateway por entorno; alias de Lambda, etiquetas de imagen y ramas de Amplify como versiones aprobadas; escribir y desplegar plantillas de AWS SAM, CloudFormation y AWS CDK; la práctica de las pruebas unitarias y con mocks.',
          en: 'Test events for Lambda, API Gateway and AWS SAM; API Gateway stages per environment; Lambda aliases, image tags and Amplify branches as approved versions; writing and deploying AWS SAM, CloudFormation and AWS CDK templates; unit and mock testing in practice.',
        },
      },
      {
        id: '3.4',
        title: {
          es: 'Desplegar código con los servicios de integración y entrega continuas (CI/CD) de AWS',
          en: 'Deploy code by using AWS Continuous Integration and Continuous Delivery (CI/CD) services',
        },
        summary: {
          es: 'Publicar código con los servicios de CI/CD de AWS: confirmaciones (commits) que lanzan la compilación, las pruebas y el despliegue; CodePipeline con aprobaciones manuales o automáticas; estrategias de despliegue (todas a la vez, continua, azul/verde, canario); reversiones; ramas y etiquetas; actualización de plantillas de IaC y configuración en tiempo de ejecución, como las variables de etapa de API Gateway.',
          en: 'Shipping code with AWS CI/CD services: commits that start build, test and deploy; CodePipeline with manual or automated approvals; deployment strategies (all at once, rolling, blue/green, canary); rollbacks; branches and labels; updating IaC templates; and runtime configuration such as API Gateway stage variables.',
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
          'development/elastic-beanstalk#eb-cli',
          'development/elastic-beanstalk#lifecycle-policy',
        ],
        coverage: 'partial',
        missing: {
          es: 'AWS CodeDeploy (appspec, configuraciones de despliegue, reversiones), que solo se nombra; aprobaciones manuales en CodePipeline; desplazamiento de tráfico canario y lineal con alias de Lambda o CodeDeploy (el canario solo aparece en Elastic Beanstalk); despliegues con CloudFormation, AWS SAM y AWS CDK; etapas, variables de etapa y dominios personalizados de API Gateway; AWS CodeArtifact; AWS AppConfig.',
          en: 'AWS CodeDeploy (appspec, deployment configurations, rollbacks), which is only named; manual approvals in CodePipeline; canary and linear traffic shifting with Lambda aliases or CodeDeploy (canary appears only for Elastic Beanstalk); deployments with CloudFormation, AWS SAM and AWS CDK; API Gateway stages, stage variables and custom domains; AWS CodeArtifact; AWS AppConfig.',
        },
      },
    ],
  },
  {
    id: 'domain-4',
    title: {es: 'Solución de problemas y optimización', en: 'Troubleshooting and Optimization'},
    weight: 18,
    tasks: [
      {
        id: '4.1',
        title: {es: 'Colaborar en un análisis de causa raíz', en: 'Assist in a root cause analysis'},
        summary: {
          es: 'Averiguar por qué algo falla a partir de registros, métricas y trazas: consultar registros (CloudWatch Logs Insights), leer los mapas de servicios de X-Ray, interpretar códigos de error HTTP y excepciones de los SDK, revisar paneles, añadir métricas personalizadas (EMF) y diagnosticar despliegues fallidos con los registros de los servicios.',
          en: 'Finding out why something fails from logs, metrics and traces: querying logs (CloudWatch Logs Insights), reading X-Ray service maps, interpreting HTTP error codes and SDK exceptions, reviewing dashboards, adding custom metrics (EMF), and troubleshooting failed deployments from service output logs.',
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
        ],
        coverage: 'partial',
        missing: {
          es: 'CloudWatch Logs y las consultas de Logs Insights; trazas y mapas de servicios de AWS X-Ray; excepciones habituales de los SDK (por ejemplo, la limitación o throttling); métricas personalizadas con el formato de métricas integradas (EMF); paneles de CloudWatch.',
          en: 'CloudWatch Logs and Logs Insights queries; AWS X-Ray traces and service maps; common SDK exceptions (for example throttling); custom metrics with the embedded metric format (EMF); CloudWatch dashboards.',
        },
      },
      {
        id: '4.2',
        title: {es: 'Instrumentar el código para la observabilidad', en: 'Instrument code for observability'},
        summary: {
          es: 'Hacer observable el código: registros estructurados, métricas personalizadas e integradas emitidas desde el código, trazabilidad distribuida con anotaciones, la diferencia entre registro, monitoreo y observabilidad, y alertas ante eventos concretos, como un límite de cuota o un despliegue terminado.',
          en: 'Making code observable: structured logging, custom and embedded metrics emitted from code, distributed tracing with annotations, the difference between logging, monitoring and observability, and alerts for specific events such as quota limits or completed deployments.',
        },
        sections: [
          'scaling/auto-scaling-groups#scaling-alarms',
          'scaling/auto-scaling-groups#custom-metrics',
          'cicd/pipeline#codecommit',
          'cicd/pipeline#codepipeline',
          'development/budgets#budgets',
        ],
        coverage: 'partial',
        missing: {
          es: 'SDK de AWS X-Ray, segmentos y anotaciones; registros estructurados (JSON); emitir métricas desde el código (PutMetricData, EMF); la diferencia entre registro, monitoreo y observabilidad.',
          en: 'The AWS X-Ray SDK, segments and annotations; structured (JSON) logging; emitting metrics from code (PutMetricData, EMF); the difference between logging, monitoring and observability.',
        },
      },
      {
        id: '4.3',
        title: {
          es: 'Optimizar aplicaciones con servicios y funciones de AWS',
          en: 'Optimize applications by using AWS services and features',
        },
        summary: {
          es: 'Mejorar el rendimiento y el costo: caché (también según los encabezados de la solicitud), concurrencia, la memoria y el cómputo mínimos hallados mediante perfilado, y mensajería con Amazon SQS y Amazon SNS usando políticas de filtrado de suscripciones.',
          en: 'Improving performance and cost: caching (including caching by request headers), concurrency, the minimum memory and compute found by profiling, and messaging with Amazon SQS and Amazon SNS using subscription filter policies.',
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
        ],
        coverage: 'partial',
        missing: {
          es: 'Ajuste de la concurrencia y la memoria de Lambda; Amazon SQS y Amazon SNS con políticas de filtrado de suscripciones; caché según los encabezados en CloudFront o API Gateway; DynamoDB Accelerator (DAX); herramientas de perfilado.',
          en: 'Lambda concurrency and memory tuning; Amazon SQS and Amazon SNS with subscription filter policies; caching by request headers in CloudFront or API Gateway; DynamoDB Accelerator (DAX); profiling tools.',
        },
      },
    ],
  },
];

/** In-scope services the notes never mention (from exam-map.md; see the header on what was confirmed). */
export const servicesNotCovered: readonly {readonly name: string; readonly note: Localized}[] = [
  {
    name: 'Amazon Athena',
    note: {
      es: 'Consultas SQL sobre datos en S3. La edición actual solo la nombra como alternativa a S3 Select.',
      en: 'SQL queries over data in S3. The current edition only names it as an alternative to S3 Select.',
    },
  },
  {
    name: 'Amazon Kinesis',
    note: {
      es: 'Streaming de datos en tiempo real (tarea 1.1).',
      en: 'Real-time data streaming (task 1.1).',
    },
  },
  {
    name: 'Amazon OpenSearch Service',
    note: {
      es: 'Búsqueda y análisis de registros.',
      en: 'Search and log analytics.',
    },
  },
  {
    name: 'AWS AppSync',
    note: {
      es: 'API GraphQL administradas.',
      en: 'Managed GraphQL APIs.',
    },
  },
  {
    name: 'Amazon EventBridge',
    note: {
      es: 'Bus de eventos y reglas (tareas 1.1 y 4.2). Las notas solo hablan de las reglas de CloudWatch Events, su predecesor; la edición actual aclara el cambio de nombre.',
      en: 'Event bus and rules (tasks 1.1 and 4.2). The notes only speak of CloudWatch Events rules, its predecessor; the current edition explains the rename.',
    },
  },
  {
    name: 'Amazon SQS',
    note: {
      es: 'Colas de mensajes: desacoplamiento, colas de mensajes fallidos y optimización (tareas 1.1 y 4.3).',
      en: 'Message queues: decoupling, dead-letter queues and optimization (tasks 1.1 and 4.3).',
    },
  },
  {
    name: 'AWS Step Functions',
    note: {
      es: 'Orquestación de flujos de trabajo (tarea 1.1).',
      en: 'Workflow orchestration (task 1.1).',
    },
  },
  {
    name: 'AWS Lambda',
    note: {
      es: 'Cómputo sin servidor; tiene una tarea propia (1.2) y aparece en casi todas las demás. La edición actual solo lo nombra de pasada (Savings Plans, S3 Object Lambda).',
      en: 'Serverless compute; it has a task of its own (1.2) and appears in almost every other one. The current edition only names it in passing (Savings Plans, S3 Object Lambda).',
    },
  },
  {
    name: 'Amazon ECR',
    note: {
      es: 'Registro de imágenes de contenedor (tarea 3.1).',
      en: 'Container image registry (task 3.1).',
    },
  },
  {
    name: 'Amazon EKS',
    note: {
      es: 'Kubernetes administrado.',
      en: 'Managed Kubernetes.',
    },
  },
  {
    name: 'Amazon DynamoDB',
    note: {
      es: 'Base de datos NoSQL: claves, índices, consultas y escaneos, consistencia (tarea 1.3).',
      en: 'NoSQL database: keys, indexes, queries and scans, consistency (task 1.3).',
    },
  },
  {
    name: 'AWS Amplify',
    note: {
      es: 'Desarrollo y alojamiento de aplicaciones web y móviles; sus ramas sirven como versiones aprobadas (tarea 3.3).',
      en: 'Web and mobile app development and hosting; its branches serve as approved versions (task 3.3).',
    },
  },
  {
    name: 'AWS CloudShell',
    note: {
      es: 'Terminal en el navegador con la AWS CLI ya configurada.',
      en: 'Browser-based shell with the AWS CLI preconfigured.',
    },
  },
  {
    name: 'AWS CodeArtifact',
    note: {
      es: 'Repositorio de paquetes de software (tarea 3.4).',
      en: 'Software package repository (task 3.4).',
    },
  },
  {
    name: 'AWS X-Ray',
    note: {
      es: 'Trazabilidad distribuida y mapas de servicios (tareas 4.1 y 4.2).',
      en: 'Distributed tracing and service maps (tasks 4.1 and 4.2).',
    },
  },
  {
    name: 'Amazon Q Developer',
    note: {
      es: 'Asistente de IA para desarrollo (antes Amazon CodeWhisperer); figura en la lista de servicios de la versión actual de la guía.',
      en: 'AI assistant for development (formerly Amazon CodeWhisperer); listed among the services of the current version of the guide.',
    },
  },
  {
    name: 'AWS AppConfig',
    note: {
      es: 'Configuración de aplicaciones por entorno (tareas 3.1 y 3.4).',
      en: 'Per-environment application configuration (tasks 3.1 and 3.4).',
    },
  },
  {
    name: 'AWS CDK',
    note: {
      es: 'Infraestructura como código en lenguajes de programación (tareas 3.3 y 3.4).',
      en: 'Infrastructure as code in programming languages (tasks 3.3 and 3.4).',
    },
  },
  {
    name: 'AWS SAM',
    note: {
      es: 'Plantillas para aplicaciones sin servidor, pruebas locales y despliegues (tareas 1.1, 3.2 y 3.3).',
      en: 'Templates for serverless applications, local testing and deployments (tasks 1.1, 3.2 and 3.3).',
    },
  },
  {
    name: 'AWS Copilot',
    note: {
      es: 'Herramienta de línea de comandos para desplegar contenedores con entornos por etapa (tarea 3.3).',
      en: 'Command line tool that deploys containers, with an environment per stage (task 3.3).',
    },
  },
  {
    name: 'AWS Private Certificate Authority',
    note: {
      es: 'Autoridad de certificación privada para emitir certificados propios (tarea 2.2).',
      en: 'Private certificate authority that issues your own certificates (task 2.2).',
    },
  },
  {
    name: 'Amazon API Gateway',
    note: {
      es: 'Creación y publicación de API: etapas, integraciones simuladas, caché (tareas 1.1, 3.2, 3.3, 3.4 y 4.3).',
      en: 'Building and publishing APIs: stages, mock integrations, caching (tasks 1.1, 3.2, 3.3, 3.4 and 4.3).',
    },
  },
  {
    name: 'Amazon Cognito',
    note: {
      es: 'Autenticación de usuarios: grupos de usuarios y grupos de identidades (tarea 2.1).',
      en: 'User authentication: user pools and identity pools (task 2.1).',
    },
  },
  {
    name: 'AWS Secrets Manager',
    note: {
      es: 'Almacenamiento y rotación de secretos (tarea 2.3). La edición actual solo lo nombra como origen de variables del buildspec.',
      en: 'Storing and rotating secrets (task 2.3). The current edition only names it as a source of buildspec variables.',
    },
  },
  {
    name: 'AWS WAF',
    note: {
      es: 'Firewall de aplicaciones web.',
      en: 'Web application firewall.',
    },
  },
  {
    name: 'Amazon EFS',
    note: {
      es: 'Sistema de archivos compartido (almacenamiento de archivos, tarea 1.3).',
      en: 'Shared file system (file storage, task 1.3).',
    },
  },
];

/** AWS's pages for the exam guide, each domain and the in-scope services, as linked from the map. */
export const examSources: readonly ExamSource[] = [
  {title: 'AWS Certified Developer - Associate (DVA-C02) exam guide', url: 'https://docs.aws.amazon.com/aws-certification/latest/developer-associate-02/developer-associate-02.html'},
  {title: 'Domain 1: Development with AWS Services', url: 'https://docs.aws.amazon.com/aws-certification/latest/userguide/developer-associate-02-domain1.html'},
  {title: 'Domain 2: Security', url: 'https://docs.aws.amazon.com/aws-certification/latest/userguide/developer-associate-02-domain2.html'},
  {title: 'Domain 3: Deployment', url: 'https://docs.aws.amazon.com/aws-certification/latest/userguide/developer-associate-02-domain3.html'},
  {title: 'Domain 4: Troubleshooting and Optimization', url: 'https://docs.aws.amazon.com/aws-certification/latest/userguide/developer-associate-02-domain4.html'},
  {title: 'In-scope AWS services and features', url: 'https://docs.aws.amazon.com/aws-certification/latest/developer-associate-02/dva-02-in-scope-services.html'},
];

export const examSourcesCheckedOn = '2026-11-26';
