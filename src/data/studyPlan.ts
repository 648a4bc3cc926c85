// The site's table of contents: sidebar order, page titles and summaries in both languages.
// `sidebars.ts` and the home page both read it; tests check it against notes/page-plan.md.
import type {Localized} from './locales';

export interface StudyPage {
  /** Doc id, also its path under /docs/. */
  id: string;
  title: Localized;
  summary: Localized;
}

export interface StudyCategory {
  key: string;
  label: Localized;
  /** Pages written for the current edition beyond the author's notes, each fact sourced from AWS. */
  beyondNotes?: true;
  pages: StudyPage[];
}

export const studyPlan: StudyCategory[] = [
  {
    key: 'fundamentals',
    label: {es: 'Fundamentos', en: 'Fundamentals'},
    pages: [
      {
        id: 'fundamentals/regions-and-zones',
        title: {es: 'Regiones y zonas de disponibilidad', en: 'Regions and Availability Zones'},
        summary: {
          es: 'Regiones, zonas de disponibilidad y servicios globales.',
          en: 'Regions, Availability Zones, and global services.',
        },
      },
      {
        id: 'fundamentals/iam',
        title: {es: 'IAM: identidad y acceso', en: 'IAM: Identity and Access Management'},
        summary: {
          es: 'Usuarios, grupos, roles, políticas y buenas prácticas de credenciales.',
          en: 'Users, groups, roles, policies, and credential best practices.',
        },
      },
    ],
  },
  {
    key: 'ec2',
    label: {es: 'EC2', en: 'EC2'},
    pages: [
      {
        id: 'ec2/basics',
        title: {es: 'EC2: conceptos básicos', en: 'EC2 basics'},
        summary: {
          es: 'Qué es EC2, conexión por SSH y EC2 Instance Connect, AMI ID y etiquetas.',
          en: 'What EC2 is, SSH and EC2 Instance Connect, AMI IDs, and tags.',
        },
      },
      {
        id: 'ec2/security-groups',
        title: {es: 'Security groups e IPs', en: 'Security groups and IP addresses'},
        summary: {
          es: 'Reglas de entrada y salida, diagnóstico de conexiones, IP pública, privada y elástica.',
          en: 'Inbound and outbound rules, connection troubleshooting, and public, private, and Elastic IP addresses.',
        },
      },
      {
        id: 'ec2/user-data',
        title: {es: 'Servidor web y user data', en: 'Web server and user data'},
        summary: {
          es: 'Instalar Apache en una instancia y automatizarlo con un script de user data.',
          en: 'Install Apache on an instance and automate it with a user data script.',
        },
      },
      {
        id: 'ec2/purchase-options',
        title: {es: 'Opciones de compra de EC2', en: 'EC2 purchase options'},
        summary: {
          es: 'Bajo demanda, reservadas, spot, hosts e instancias dedicadas, y precios.',
          en: 'On-Demand, Reserved, and Spot Instances, Dedicated Hosts, Dedicated Instances, and pricing.',
        },
      },
      {
        id: 'ec2/ami-and-instance-types',
        title: {es: 'AMI y tipos de instancia', en: 'AMIs and instance types'},
        summary: {
          es: 'Imágenes propias, familias de instancias e instancias con ráfagas (T2 Unlimited).',
          en: 'Custom images, instance families, and burstable instances (T2 Unlimited).',
        },
      },
    ],
  },
  {
    key: 'scaling',
    label: {es: 'Balanceo y escalado', en: 'Load balancing and scaling'},
    pages: [
      {
        id: 'scaling/load-balancers',
        title: {es: 'Balanceadores de carga (ELB)', en: 'Load balancers (ELB)'},
        summary: {
          es: 'Tipos de ELB, health checks, ALB, NLB, stickiness y esquemas.',
          en: 'ELB types, health checks, ALB, NLB, stickiness, and schemes.',
        },
      },
      {
        id: 'scaling/auto-scaling-groups',
        title: {es: 'Grupos de autoescalado (ASG)', en: 'Auto Scaling groups (ASG)'},
        summary: {
          es: 'Configuración de un ASG, alarmas, métricas personalizadas y resumen.',
          en: 'Configuring an ASG, alarms, custom metrics, and a summary.',
        },
      },
    ],
  },
  {
    key: 'storage',
    label: {es: 'Almacenamiento', en: 'Storage'},
    pages: [
      {
        id: 'storage/ebs',
        title: {es: 'EBS: volúmenes', en: 'EBS volumes'},
        summary: {
          es: 'Tipos de volumen, snapshots, cifrado y EBS frente a instance store.',
          en: 'Volume types, snapshots, encryption, and EBS versus instance store.',
        },
      },
    ],
  },
  {
    key: 'networking',
    label: {es: 'Redes', en: 'Networking'},
    pages: [
      {
        id: 'networking/route-53',
        title: {es: 'Route 53 (DNS)', en: 'Route 53 (DNS)'},
        summary: {
          es: 'DNS, tipos de registro y enrutamiento.',
          en: 'DNS, record types, and routing.',
        },
      },
    ],
  },
  {
    key: 'databases',
    label: {es: 'Bases de datos', en: 'Databases'},
    pages: [
      {
        id: 'databases/rds',
        title: {es: 'RDS y Aurora', en: 'RDS and Aurora'},
        summary: {
          es: 'Réplicas de lectura, Multi-AZ, copias de seguridad, seguridad y Aurora.',
          en: 'Read replicas, Multi-AZ, backups, security, and Aurora.',
        },
      },
      {
        id: 'databases/elasticache',
        title: {es: 'ElastiCache', en: 'ElastiCache'},
        summary: {
          es: 'Arquitecturas de caché, sesiones, Redis y estrategias de caché.',
          en: 'Cache architectures, sessions, Redis, and caching strategies.',
        },
      },
    ],
  },
  {
    key: 's3',
    label: {es: 'S3', en: 'S3'},
    pages: [
      {
        id: 's3/buckets',
        title: {es: 'S3: buckets y objetos', en: 'S3 buckets and objects'},
        summary: {
          es: 'Buckets, versionado, sitios web estáticos, CORS, coherencia y rendimiento.',
          en: 'Buckets, versioning, static websites, CORS, consistency, and performance.',
        },
      },
      {
        id: 's3/encryption-and-security',
        title: {es: 'S3: cifrado y seguridad', en: 'S3 encryption and security'},
        summary: {
          es: 'SSE-S3, SSE-KMS, SSE-C, cifrado en el cliente y políticas de bucket.',
          en: 'SSE-S3, SSE-KMS, SSE-C, client-side encryption, and bucket policies.',
        },
      },
    ],
  },
  {
    key: 'development',
    label: {es: 'Desarrollo', en: 'Development'},
    pages: [
      {
        id: 'development/cli',
        title: {es: 'AWS CLI', en: 'AWS CLI'},
        summary: {
          es: 'Comandos de S3, roles en EC2, dry run, errores, metadatos y perfiles.',
          en: 'S3 commands, roles on EC2, dry run, errors, metadata, and profiles.',
        },
      },
      {
        id: 'development/elastic-beanstalk',
        title: {es: 'Elastic Beanstalk', en: 'Elastic Beanstalk'},
        summary: {
          es: 'Modelos de arquitectura, modos de implementación, .ebextensions y EB CLI.',
          en: 'Architecture models, deployment modes, .ebextensions, and the EB CLI.',
        },
      },
      {
        id: 'development/budgets',
        title: {es: 'Presupuestos (Budgets)', en: 'Budgets'},
        summary: {
          es: 'Límites de gasto y alertas.',
          en: 'Spending budgets and alerts.',
        },
      },
    ],
  },
  {
    key: 'cicd',
    label: {es: 'CI/CD', en: 'CI/CD'},
    pages: [
      {
        id: 'cicd/pipeline',
        title: {
          es: 'CI/CD: CodeCommit, CodePipeline y CodeBuild',
          en: 'CI/CD: CodeCommit, CodePipeline and CodeBuild',
        },
        summary: {
          es: 'Integración y entrega continuas en AWS y el archivo buildspec.yml.',
          en: 'Continuous integration and delivery on AWS, and the buildspec.yml file.',
        },
      },
    ],
  },
  {
    key: 'beyond',
    label: {es: 'Ampliación (DVA-C03)', en: 'Beyond the notes (DVA-C03)'},
    beyondNotes: true,
    pages: [
      {
        id: 'beyond/lambda',
        title: {es: 'AWS Lambda', en: 'AWS Lambda'},
        summary: {
          es: 'Tipos de invocación, reintentos, destinos, simultaneidad, arranques en frío y límites de configuración.',
          en: 'Invocation types, retries, destinations, concurrency, cold starts, and configuration limits.',
        },
      },
      {
        id: 'beyond/api-gateway',
        title: {es: 'Amazon API Gateway', en: 'Amazon API Gateway'},
        summary: {
          es: 'API REST, HTTP y WebSocket, etapas, autorizadores, limitación, caché, CORS y tiempos de espera.',
          en: 'REST, HTTP, and WebSocket APIs, stages, authorizers, throttling, caching, CORS, and timeouts.',
        },
      },
      {
        id: 'beyond/dynamodb',
        title: {es: 'Amazon DynamoDB', en: 'Amazon DynamoDB'},
        summary: {
          es: 'Claves, modos y unidades de capacidad, consulta frente a escaneo, índices, flujos y transacciones.',
          en: 'Keys, capacity modes and units, query versus scan, indexes, streams, and transactions.',
        },
      },
      {
        id: 'beyond/messaging',
        title: {es: 'Mensajería y eventos', en: 'Messaging and events'},
        summary: {
          es: 'Amazon SQS, Amazon SNS, Amazon EventBridge, Kinesis Data Streams y AWS Step Functions.',
          en: 'Amazon SQS, Amazon SNS, Amazon EventBridge, Amazon Kinesis Data Streams, and AWS Step Functions.',
        },
      },
      {
        id: 'beyond/deployment',
        title: {es: 'Infraestructura como código e implementación', en: 'Infrastructure as code and deployment'},
        summary: {
          es: 'CloudFormation, AWS SAM, AWS CDK, CodeBuild, CodeDeploy, CodePipeline, AppConfig y pruebas.',
          en: 'AWS CloudFormation, AWS SAM, AWS CDK, CodeBuild, CodeDeploy, CodePipeline, AppConfig, and testing.',
        },
      },
      {
        id: 'beyond/containers',
        title: {es: 'Contenedores: ECR, ECS y EKS', en: 'Containers: ECR, ECS and EKS'},
        summary: {
          es: 'Imágenes en Amazon ECR, tareas y servicios de Amazon ECS, Fargate, implementaciones y Amazon EKS.',
          en: 'Images in Amazon ECR, Amazon ECS tasks and services, AWS Fargate, deployments, and Amazon EKS.',
        },
      },
      {
        id: 'beyond/iam-developers',
        title: {es: 'IAM para desarrolladores', en: 'IAM for developers'},
        summary: {
          es: 'Gramática y evaluación de políticas, claves de condición, AWS STS y AssumeRole, credenciales temporales, cadena de proveedores y SigV4.',
          en: 'Policy grammar and evaluation, condition keys, AWS STS and AssumeRole, temporary credentials, the credential provider chain, and SigV4.',
        },
      },
      {
        id: 'beyond/cognito',
        title: {es: 'Amazon Cognito', en: 'Amazon Cognito'},
        summary: {
          es: 'Grupos de usuarios y de identidades, tokens JWT y su validación, OAuth 2.0, federación, autorizadores y desencadenadores de Lambda.',
          en: 'User pools and identity pools, JWTs and how to validate them, OAuth 2.0, federation, authorizers, and Lambda triggers.',
        },
      },
      {
        id: 'beyond/encryption-and-secrets',
        title: {es: 'Cifrado, claves y secretos', en: 'Encryption, keys, and secrets'},
        summary: {
          es: 'AWS KMS y el cifrado de sobre, cifrado en reposo y en tránsito, Secrets Manager frente a Parameter Store y datos sensibles.',
          en: 'AWS KMS and envelope encryption, encryption at rest and in transit, Secrets Manager vs. Parameter Store, and sensitive data.',
        },
      },
      {
        id: 'beyond/s3-cloudfront',
        title: {es: 'S3 y CloudFront para desarrolladores', en: 'S3 and CloudFront for developers'},
        summary: {
          es: 'URL prefirmadas, URL y cookies firmadas, OAC, caché e invalidación, notificaciones de eventos, S3 Lifecycle y elección del almacén de datos.',
          en: 'Presigned URLs, signed URLs and cookies, OAC, caching and invalidation, S3 Event Notifications, S3 Lifecycle, and choosing a data store.',
        },
      },
      {
        id: 'beyond/ai-security',
        title: {es: 'Seguridad de los servicios de IA', en: 'Security of AI services'},
        summary: {
          es: 'Amazon Bedrock desde el código, acceso a los modelos, conectividad privada, Amazon Bedrock Guardrails, agentes y registros sin datos sensibles.',
          en: 'Amazon Bedrock from code, model access, private connectivity, Amazon Bedrock Guardrails, agents, and logs without sensitive data.',
        },
      },
    ],
  },
];
