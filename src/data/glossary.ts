// The bilingual glossary: every AWS term of the notes with AWS's English name, the Spanish this site
// uses (and AWS's own Spanish name where it differs), a short definition that is true today, and the
// section of the current edition that explains it. Source: the project's terminology list of the notes'
// 147 terms (checked against AWS's English and Spanish documentation), plus the terms that the updated
// edition (Savings Plans, launch templates, gp3…), the DVA-C03 exam guide (presigned URLs, Amazon ECR,
// Amazon Bedrock Guardrails…) and the pages beyond the notes introduce.
//
// Consumed by the glossary page (src/components/Glossary), the tooltip (src/components/GlossaryTerm)
// and the remark plugin that marks each term's first occurrence on a page (src/remark/glossaryTerms.ts).
// `forms` are matched case-insensitively as whole phrases, longest first; a form belongs to one entry
// only (per language), so keep them specific.
import type {Locale, Localized} from './locales';
import {foldForSearch, namesMatch} from '../utils/textFilter';
import {terms as aiDeveloperToolsTerms} from './glossary/aiDeveloperTools';
import {terms as aiSecurityTerms} from './glossary/aiSecurity';
import {terms as cognitoTerms} from './glossary/cognito';
import {terms as encryptionAndSecretsTerms} from './glossary/encryptionAndSecrets';
import {terms as iamForDevelopersTerms} from './glossary/iamForDevelopers';
import {terms as observabilityTerms} from './glossary/observability';
import {terms as s3AndCloudFrontTerms} from './glossary/s3AndCloudFront';
import {terms as sdkCodeTerms} from './glossary/sdkCode';

interface GlossaryTermText {
  /** Stable kebab-case id, the anchor on /glossary (#availability-zone). */
  readonly id: string;
  /** The name as AWS writes it in English ("Auto Scaling group", "On-Demand Instances"). */
  readonly en: string;
  /** The Spanish used on this site ("grupo de Auto Scaling"). */
  readonly es: string;
  /** AWS's own Spanish name, only where it differs from `es` ("cifrado" where the notes say "encriptación"). */
  readonly awsEs?: string;
  /** Forms the term takes in page text, per language, used to find its first occurrence on a page. */
  readonly forms: Readonly<Record<Locale, readonly string[]>>;
  /** Short definition; `backticks` mark inline code. */
  readonly definition: Localized;
  /**
   * The only pages (doc ids) on which the term is marked, for a definition that holds for one service only:
   * "lote" is a Beanstalk batch of instances, not a Lambda batch of records.
   */
  readonly onlyOn?: readonly string[];
}

/** Where the site explains the term: a section of the current edition, or else the exam task that names it. */
export type GlossaryEntry = GlossaryTermText &
  (
    | {/** 'slug#section-id' */ readonly section: string; readonly task?: never}
    | {
        /** A task of the current exam map ('2.3'), for a term no page explains yet. */ readonly task: string;
        readonly section?: never;
      }
  );

export const glossary: readonly GlossaryEntry[] = [
  // ── Fundamentals: Regions and Availability Zones ─────────────────────────────────────────────
  {
    id: 'region',
    en: 'AWS Region',
    es: 'región de AWS',
    forms: {
      es: ['región de AWS', 'regiones de AWS', 'región', 'regiones'],
      en: ['AWS Region', 'AWS Regions', 'Region', 'Regions'],
    },
    definition: {
      es: 'Zona geográfica independiente de las demás (por ejemplo, `us-east-1`) formada por varias zonas de disponibilidad aisladas entre sí. Casi todos los recursos se crean dentro de una sola región.',
      en: 'A separate geographic area (for example `us-east-1`) made up of several isolated Availability Zones. Most resources are created inside a single Region.',
    },
    section: 'fundamentals/regions-and-zones#regions',
  },
  {
    id: 'availability-zone',
    en: 'Availability Zone (AZ)',
    es: 'zona de disponibilidad (AZ)',
    forms: {
      es: ['zona de disponibilidad', 'zonas de disponibilidad', 'AZ'],
      en: ['Availability Zone', 'Availability Zones', 'AZ', 'AZs'],
    },
    definition: {
      es: 'Uno o varios centros de datos de una región, separados físicamente de los de las otras zonas y con energía y red propias, para que un fallo no afecte a más de una. Su código es el de la región más una letra (`us-east-1a`).',
      en: 'One or more data centers within a Region, physically apart from those of the other zones and with their own power and networking, so that one failure does not take down more than one zone. Its code is the Region code plus a letter (`us-east-1a`).',
    },
    section: 'fundamentals/regions-and-zones#availability-zones',
  },
  {
    id: 'global-service',
    en: 'global service',
    es: 'servicio global',
    forms: {
      es: ['servicio global', 'servicios globales'],
      en: ['global service', 'global services'],
    },
    definition: {
      es: 'Servicio que no pertenece a una región concreta, como IAM, Route 53 o CloudFront. La consola de S3 muestra todos los buckets juntos, pero cada bucket está en una región.',
      en: 'A service that does not belong to a particular Region, such as IAM, Route 53 or CloudFront. The S3 console lists all buckets together, but each bucket lives in one Region.',
    },
    section: 'fundamentals/regions-and-zones#global-services',
  },

  // ── Fundamentals: IAM ────────────────────────────────────────────────────────────────────────
  {
    id: 'iam',
    en: 'AWS Identity and Access Management (IAM)',
    es: 'IAM (AWS Identity and Access Management)',
    forms: {
      es: ['IAM', 'Identity and Access Management', 'AWS Identity and Access Management'],
      en: ['IAM', 'Identity and Access Management', 'AWS Identity and Access Management'],
    },
    definition: {
      es: 'Servicio global que decide quién puede entrar en una cuenta de AWS (autenticación) y qué puede hacer en ella (autorización), mediante usuarios, grupos, roles y políticas.',
      en: 'Global service that decides who can sign in to an AWS account (authentication) and what they may do there (authorization), through users, groups, roles and policies.',
    },
    section: 'fundamentals/iam#users-groups-roles',
  },
  {
    id: 'iam-user',
    en: 'IAM user',
    es: 'usuario de IAM',
    forms: {
      es: ['usuario de IAM', 'usuarios de IAM'],
      en: ['IAM user', 'IAM users'],
    },
    definition: {
      es: 'Identidad de una persona o aplicación con credenciales de larga duración (contraseña, claves de acceso). Hoy AWS prefiere identidades federadas o de IAM Identity Center para las personas.',
      en: 'An identity for one person or application, with long-term credentials (password, access keys). For people, AWS now prefers federated or IAM Identity Center identities.',
    },
    section: 'fundamentals/iam#users-groups-roles',
  },
  {
    id: 'iam-user-group',
    en: 'IAM user group',
    es: 'grupo de usuarios de IAM',
    forms: {
      es: ['grupo de usuarios de IAM', 'grupos de usuarios de IAM', 'grupo de IAM', 'grupos de IAM'],
      en: ['IAM user group', 'IAM user groups', 'IAM group', 'IAM groups'],
    },
    definition: {
      es: 'Conjunto de usuarios de IAM que reciben los mismos permisos a través de las políticas asociadas al grupo. Un grupo contiene usuarios, nunca otros grupos.',
      en: 'A set of IAM users who get the same permissions through the policies attached to the group. A group holds users, never other groups.',
    },
    section: 'fundamentals/iam#users-groups-roles',
  },
  {
    id: 'iam-role',
    en: 'IAM role',
    es: 'rol de IAM',
    forms: {
      es: ['rol de IAM', 'roles de IAM'],
      en: ['IAM role', 'IAM roles'],
    },
    definition: {
      es: 'Identidad con permisos pero sin credenciales propias: un servicio, una aplicación o un usuario la asume y recibe credenciales temporales. Es la forma correcta de dar permisos a las máquinas.',
      en: 'An identity with permissions but no credentials of its own: a service, application or user assumes it and receives temporary credentials. It is the right way to give machines permissions.',
    },
    section: 'fundamentals/iam#users-groups-roles',
  },
  {
    id: 'root-user',
    en: 'AWS account root user',
    es: 'usuario raíz de la cuenta de AWS',
    forms: {
      es: ['usuario raíz', 'usuario raíz de la cuenta', 'cuenta root'],
      en: ['root user', 'root users', 'AWS account root user', 'root account'],
    },
    definition: {
      es: 'La identidad que se crea con la cuenta y que tiene acceso total a ella. No se comparte nunca, debe tener MFA (AWS ya lo exige) y solo se usa para las pocas tareas que lo requieren.',
      en: 'The identity created along with the account, with full access to it. Never share it, protect it with MFA (AWS now requires it) and use it only for the few tasks that need it.',
    },
    section: 'fundamentals/iam#users-groups-roles',
  },
  {
    id: 'iam-policy',
    en: 'IAM policy',
    es: 'política de IAM',
    forms: {
      es: ['política de IAM', 'políticas de IAM', 'documento de política', 'documentos de política'],
      en: ['IAM policy', 'IAM policies', 'policy document', 'policy documents'],
    },
    definition: {
      es: 'Documento JSON (Effect, Action, Resource y, opcionalmente, Condition) que permite o deniega acciones. Se asocia a usuarios, grupos o roles, o al propio recurso.',
      en: 'A JSON document (Effect, Action, Resource and optionally Condition) that allows or denies actions. It is attached to users, groups or roles, or to the resource itself.',
    },
    section: 'fundamentals/iam#policies',
  },
  {
    id: 'mfa',
    en: 'multi-factor authentication (MFA)',
    es: 'autenticación multifactor (MFA)',
    forms: {
      es: ['autenticación multifactor', 'MFA'],
      en: ['multi-factor authentication', 'MFA'],
    },
    definition: {
      es: 'Inicio de sesión que pide, además de la contraseña, un segundo factor: una app de autenticación, una llave de seguridad o un dispositivo físico. AWS la exige para el usuario raíz.',
      en: 'A sign-in that asks for a second factor on top of the password: an authenticator app, a security key or a hardware device. AWS requires it for the root user.',
    },
    section: 'fundamentals/iam#best-practices',
  },
  {
    id: 'least-privilege',
    en: 'principle of least privilege',
    es: 'principio de privilegio mínimo',
    forms: {
      es: ['privilegio mínimo', 'principio de privilegio mínimo', 'mínimo privilegio'],
      en: ['least privilege', 'principle of least privilege', 'least-privilege'],
    },
    definition: {
      es: 'Dar a cada identidad solo los permisos que necesita para su trabajo y nada más.',
      en: 'Give each identity only the permissions it needs for its job, and nothing more.',
    },
    section: 'fundamentals/iam#policies',
  },
  {
    id: 'identity-federation',
    en: 'identity federation',
    es: 'federación de identidades',
    forms: {
      es: [
        'federación de identidades',
        'federación de IAM',
        'IAM Federation',
        'identidades federadas',
        'usuarios federados',
      ],
      en: ['identity federation', 'IAM federation', 'federated identities', 'federated users'],
    },
    definition: {
      es: 'Permite que personas de un proveedor de identidad externo (Active Directory, SAML 2.0, OIDC) entren en AWS asumiendo roles, sin usuarios de IAM y con credenciales temporales.',
      en: 'Lets people from an external identity provider (Active Directory, SAML 2.0, OIDC) access AWS by assuming roles, without IAM users and with temporary credentials.',
    },
    section: 'fundamentals/iam#iam-federation',
  },
  {
    id: 'iam-identity-center',
    en: 'AWS IAM Identity Center',
    es: 'AWS IAM Identity Center',
    forms: {
      es: ['IAM Identity Center', 'AWS IAM Identity Center'],
      en: ['IAM Identity Center', 'AWS IAM Identity Center'],
    },
    definition: {
      es: 'Servicio (antes AWS Single Sign-On) para dar a las personas acceso a varias cuentas y aplicaciones con credenciales temporales. Es lo que AWS recomienda hoy para el acceso del personal.',
      en: 'Service (formerly AWS Single Sign-On) that gives people access to several accounts and applications with temporary credentials. It is what AWS now recommends for workforce access.',
    },
    section: 'fundamentals/iam#iam-federation',
  },
  {
    id: 'access-keys',
    en: 'access keys',
    es: 'claves de acceso',
    forms: {
      es: ['clave de acceso', 'claves de acceso'],
      en: ['access key', 'access keys', 'access key ID', 'secret access key'],
    },
    definition: {
      es: 'Par formado por un ID de clave de acceso y una clave de acceso secreta: credenciales de larga duración para usar AWS desde la CLI o un SDK. El usuario raíz no debe tener ninguna y nunca se suben a un repositorio.',
      en: 'An access key ID plus a secret access key: long-term credentials for using AWS from the CLI or an SDK. The root user should have none, and they never go into a repository.',
    },
    section: 'fundamentals/iam#credentials',
  },
  {
    id: 'password-policy',
    en: 'account password policy',
    es: 'política de contraseñas de la cuenta',
    forms: {
      es: [
        'política de contraseñas de la cuenta',
        'política de contraseñas',
        'políticas de contraseñas',
        'IAM Strong policy',
      ],
      en: ['account password policy', 'password policy', 'IAM password policy', 'IAM Strong policy'],
    },
    definition: {
      es: 'Reglas que valen para todas las contraseñas de los usuarios de IAM de la cuenta: longitud mínima, tipos de caracteres, caducidad y no reutilización. Las notas la llaman "IAM Strong policy".',
      en: 'Rules that apply to every IAM user password in the account: minimum length, character types, expiry and no reuse. The notes call it "IAM Strong policy".',
    },
    section: 'fundamentals/iam#password-policy',
  },
  {
    id: 'account-alias',
    en: 'account alias',
    es: 'alias de cuenta',
    forms: {
      es: ['alias de cuenta', 'alias de la cuenta'],
      en: ['account alias', 'account aliases'],
    },
    definition: {
      es: 'Nombre fácil de recordar que sustituye al ID de 12 dígitos de la cuenta en la URL de inicio de sesión de IAM.',
      en: 'An easy-to-remember name that replaces the 12-digit account ID in the IAM sign-in URL.',
    },
    section: 'fundamentals/iam#account-alias',
  },

  // ── EC2 basics ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'amazon-ec2',
    en: 'Amazon Elastic Compute Cloud (Amazon EC2)',
    es: 'Amazon Elastic Compute Cloud (Amazon EC2)',
    forms: {
      es: ['EC2', 'Amazon EC2', 'Elastic Compute Cloud'],
      en: ['EC2', 'Amazon EC2', 'Elastic Compute Cloud'],
    },
    definition: {
      es: 'Servicio para alquilar servidores virtuales (instancias) de tamaño ajustable y pagar solo por el tiempo que funcionan.',
      en: 'Service for renting resizable virtual servers (instances) and paying only for the time they run.',
    },
    section: 'ec2/basics#what-is-ec2',
  },
  {
    id: 'ec2-instance',
    en: 'EC2 instance',
    es: 'instancia de EC2',
    forms: {
      es: ['instancia de EC2', 'instancias de EC2', 'instancia EC2'],
      en: ['EC2 instance', 'EC2 instances'],
    },
    definition: {
      es: 'Un servidor virtual de EC2. Se lanza a partir de una AMI con un tipo de instancia elegido, en una subred de una zona de disponibilidad.',
      en: 'A virtual server in EC2. It is launched from an AMI with a chosen instance type, in a subnet of one Availability Zone.',
    },
    section: 'ec2/basics#what-is-ec2',
  },
  {
    id: 'auto-scaling-group',
    en: 'Auto Scaling group (ASG)',
    es: 'grupo de Auto Scaling (ASG)',
    forms: {
      es: [
        'grupo de Auto Scaling',
        'grupos de Auto Scaling',
        'grupo de autoescalado',
        'grupos de autoescalado',
        'grupo de escalamiento',
        'ASG',
      ],
      en: ['Auto Scaling group', 'Auto Scaling groups', 'ASG', 'ASGs'],
    },
    definition: {
      es: 'Grupo lógico de instancias de EC2 que Amazon EC2 Auto Scaling mantiene entre un tamaño mínimo y uno máximo: sustituye las que fallan y añade o quita instancias según la demanda.',
      en: 'A logical group of EC2 instances that Amazon EC2 Auto Scaling keeps between a minimum and a maximum size, replacing failed instances and adding or removing instances with demand.',
    },
    section: 'scaling/auto-scaling-groups#auto-scaling-groups',
  },
  {
    id: 'amazon-ec2-auto-scaling',
    en: 'Amazon EC2 Auto Scaling',
    es: 'Amazon EC2 Auto Scaling',
    forms: {
      es: ['Amazon EC2 Auto Scaling', 'EC2 Auto Scaling', 'Auto Scaling', 'escalado automático'],
      en: ['Amazon EC2 Auto Scaling', 'EC2 Auto Scaling', 'Auto Scaling'],
    },
    definition: {
      es: 'Servicio que ajusta automáticamente el número de instancias de los grupos de Auto Scaling según políticas de escalado, horarios o comprobaciones de estado. No tiene costo propio: se pagan las instancias.',
      en: 'Service that automatically adjusts the number of instances in Auto Scaling groups based on scaling policies, schedules or health checks. It has no charge of its own: you pay for the instances.',
    },
    section: 'scaling/auto-scaling-groups#auto-scaling-groups',
  },
  {
    id: 'security-group',
    en: 'security group',
    es: 'grupo de seguridad',
    forms: {
      es: ['grupo de seguridad', 'grupos de seguridad', 'security group', 'security groups'],
      en: ['security group', 'security groups'],
    },
    definition: {
      es: 'Firewall virtual con estado que se asocia a las instancias (a sus interfaces de red). Solo tiene reglas que permiten; por defecto bloquea todo el tráfico de entrada y deja salir todo.',
      en: 'A stateful virtual firewall attached to instances (to their network interfaces). It has allow rules only; by default it blocks all inbound traffic and allows all outbound traffic.',
    },
    section: 'ec2/security-groups#security-groups',
  },
  {
    id: 'ec2-instance-connect',
    en: 'EC2 Instance Connect',
    es: 'EC2 Instance Connect',
    forms: {
      es: ['EC2 Instance Connect'],
      en: ['EC2 Instance Connect'],
    },
    definition: {
      es: 'Conexión SSH desde el navegador o la CLI con una clave temporal que AWS envía a la instancia. El puerto 22 tiene que seguir abierto para el servicio.',
      en: 'SSH from the browser or the CLI with a short-lived key that AWS pushes to the instance. Port 22 must still be open to the service.',
    },
    section: 'ec2/basics#instance-connect',
  },
  {
    id: 'ec2-instance-connect-endpoint',
    en: 'EC2 Instance Connect Endpoint',
    es: 'EC2 Instance Connect Endpoint',
    forms: {
      es: ['EC2 Instance Connect Endpoint', 'Instance Connect Endpoint'],
      en: ['EC2 Instance Connect Endpoint', 'Instance Connect Endpoint'],
    },
    definition: {
      es: 'Punto de conexión que se crea en una subred de la VPC y permite conectarse por SSH o RDP a instancias sin IP pública, por ejemplo en subredes privadas.',
      en: 'An endpoint created in a subnet of your VPC that lets you connect over SSH or RDP to instances with no public IP address, for example in private subnets.',
    },
    section: 'ec2/basics#instance-connect',
  },
  {
    id: 'public-ipv4-address',
    en: 'public IPv4 address',
    es: 'dirección IPv4 pública',
    forms: {
      es: [
        'dirección IPv4 pública',
        'direcciones IPv4 públicas',
        'IPv4 pública',
        'IPv4 públicas',
        'dirección IP pública',
        'direcciones IP públicas',
        'IP pública',
        'IP públicas',
      ],
      en: [
        'public IPv4 address',
        'public IPv4 addresses',
        'public IP address',
        'public IP addresses',
        'public IP',
        'public IPs',
      ],
    },
    definition: {
      es: 'Dirección accesible desde Internet. La que EC2 asigna automáticamente cambia al detener e iniciar la instancia, y desde febrero de 2024 AWS cobra cada IPv4 pública, esté en uso o no.',
      en: 'An address reachable from the internet. The one EC2 assigns automatically changes when the instance is stopped and started, and since February 2024 AWS charges for every public IPv4 address, in use or idle.',
    },
    section: 'ec2/security-groups#public-vs-private-ip',
  },
  {
    id: 'key-pair',
    en: 'key pair',
    es: 'par de claves',
    forms: {
      es: ['par de claves', 'pares de claves', 'par de claves SSH'],
      en: ['key pair', 'key pairs', 'SSH key pair'],
    },
    definition: {
      es: 'Una clave pública que se guarda en la instancia y una clave privada (archivo `.pem`) que guardas tú. Con `chmod 400` se protege el archivo antes de usarlo con `ssh -i`.',
      en: 'A public key stored on the instance and a private key (`.pem` file) that you keep. Run `chmod 400` on the file before using it with `ssh -i`.',
    },
    section: 'ec2/basics#ssh',
  },
  {
    id: 'ami',
    en: 'Amazon Machine Image (AMI)',
    es: 'AMI (imagen de máquina de Amazon)',
    forms: {
      es: ['AMI', 'imagen de máquina de Amazon', 'Amazon Machine Image'],
      en: ['AMI', 'AMIs', 'Amazon Machine Image', 'Amazon Machine Images'],
    },
    definition: {
      es: 'Plantilla con el sistema operativo, el software y la configuración para lanzar instancias. Es de una región, pero se puede copiar a otras.',
      en: 'A template with the operating system, software and configuration used to launch instances. It belongs to one Region but can be copied to others.',
    },
    section: 'ec2/ami-and-instance-types#ami',
  },
  {
    id: 'ami-id',
    en: 'AMI ID',
    es: 'ID de AMI',
    forms: {
      es: ['AMI ID', 'ID de AMI', 'ID de la AMI'],
      en: ['AMI ID', 'AMI IDs'],
    },
    definition: {
      es: 'Identificador de una AMI (`ami-…`). Es distinto en cada región, aunque la imagen sea la misma.',
      en: 'The identifier of an AMI (`ami-…`). It differs from Region to Region, even for the same image.',
    },
    section: 'ec2/basics#ami-id',
  },
  {
    id: 'tag',
    en: 'tag',
    es: 'etiqueta',
    forms: {
      es: ['etiqueta', 'etiquetas', 'tag', 'tags', 'par clave-valor', 'pares clave-valor'],
      en: ['tag', 'tags', 'key-value pair', 'key-value pairs'],
    },
    definition: {
      es: 'Par clave-valor que se pone a un recurso para identificarlo, filtrarlo, repartir costos o controlar el acceso.',
      en: 'A key-value pair put on a resource to identify it, filter by it, allocate costs or control access.',
    },
    section: 'ec2/basics#tags',
  },

  // ── EC2: security groups and IP addresses ────────────────────────────────────────────────────
  {
    id: 'inbound-rules',
    en: 'inbound rules',
    es: 'reglas de entrada',
    forms: {
      es: ['regla de entrada', 'reglas de entrada', 'inbound'],
      en: ['inbound rule', 'inbound rules', 'inbound'],
    },
    definition: {
      es: 'Reglas de un grupo de seguridad para el tráfico que llega a la instancia (protocolo, puerto y origen). Sin reglas de entrada no entra nada.',
      en: 'Security group rules for traffic reaching the instance (protocol, port and source). With no inbound rules, nothing gets in.',
    },
    section: 'ec2/security-groups#inbound-outbound',
  },
  {
    id: 'outbound-rules',
    en: 'outbound rules',
    es: 'reglas de salida',
    forms: {
      es: ['regla de salida', 'reglas de salida', 'outbound'],
      en: ['outbound rule', 'outbound rules', 'outbound'],
    },
    definition: {
      es: 'Reglas de un grupo de seguridad para el tráfico que sale de la instancia. Un grupo nuevo permite toda la salida.',
      en: 'Security group rules for traffic leaving the instance. A new security group allows all outbound traffic.',
    },
    section: 'ec2/security-groups#inbound-outbound',
  },
  {
    id: 'security-group-referencing',
    en: 'security group referencing',
    es: 'referencia a grupos de seguridad',
    forms: {
      es: ['referencia a grupos de seguridad', 'referencias a grupos de seguridad', 'grupo de seguridad de origen'],
      en: ['security group referencing', 'security group reference', 'source security group'],
    },
    definition: {
      es: 'Regla cuyo origen es otro grupo de seguridad: deja pasar el tráfico de cualquier instancia de ese grupo, tenga la IP que tenga.',
      en: 'A rule whose source is another security group: it allows traffic from any instance in that group, whatever its IP address.',
    },
    section: 'ec2/security-groups#inbound-outbound',
  },
  {
    id: 'private-ipv4-address',
    en: 'private IPv4 address',
    es: 'dirección IPv4 privada',
    forms: {
      es: [
        'dirección IPv4 privada',
        'direcciones IPv4 privadas',
        'IPv4 privada',
        'dirección IP privada',
        'direcciones IP privadas',
        'IP privada',
        'IP privadas',
      ],
      en: [
        'private IPv4 address',
        'private IPv4 addresses',
        'private IP address',
        'private IP addresses',
        'private IP',
        'private IPs',
      ],
    },
    definition: {
      es: 'Dirección del rango de la VPC, accesible solo dentro de la red privada. Es única en esa red y se conserva al detener e iniciar la instancia.',
      en: "An address from the VPC's range, reachable only inside the private network. It is unique within that network and is kept when the instance is stopped and started.",
    },
    section: 'ec2/security-groups#public-vs-private-ip',
  },
  {
    id: 'elastic-ip-address',
    en: 'Elastic IP address',
    es: 'dirección IP elástica',
    forms: {
      es: [
        'dirección IP elástica',
        'direcciones IP elásticas',
        'IP elástica',
        'IP elásticas',
        'Elastic IP',
        'Elastic IPs',
      ],
      en: ['Elastic IP address', 'Elastic IP addresses', 'Elastic IP', 'Elastic IPs'],
    },
    definition: {
      es: 'IPv4 pública fija que se reserva para la cuenta y se asocia a una instancia o interfaz de red. Por defecto hay 5 por región y, como toda IPv4 pública, se cobra aunque no esté asociada.',
      en: 'A fixed public IPv4 address reserved for your account and associated with an instance or network interface. The default quota is 5 per Region and, like every public IPv4 address, it is charged even when not associated.',
    },
    section: 'ec2/security-groups#elastic-ip',
  },
  {
    id: 'elastic-ip-allocation',
    en: 'allocate / associate / disassociate (Elastic IP address)',
    es: 'asignar / asociar / desasociar (dirección IP elástica)',
    forms: {
      es: ['desasociar', 'asignar una Elastic IP', 'asignar (alojar) una nueva dirección'],
      en: ['allocate', 'disassociate', 'allocate a new address'],
    },
    definition: {
      es: 'Asignar reserva una IP elástica para la cuenta; asociar la vincula a una instancia o interfaz; desasociar la desvincula. Al terminar hay que liberarla para dejar de pagarla.',
      en: 'Allocate reserves an Elastic IP address for the account; associate links it to an instance or network interface; disassociate unlinks it. Release it when done to stop paying for it.',
    },
    section: 'ec2/security-groups#elastic-ip',
  },
  {
    id: 'load-balancer',
    en: 'load balancer',
    es: 'balanceador de carga',
    awsEs: 'equilibrador de carga',
    forms: {
      es: [
        'balanceador de carga',
        'balanceadores de carga',
        'equilibrador de carga',
        'equilibradores de carga',
        'balanceador',
        'balanceadores',
      ],
      en: ['load balancer', 'load balancers'],
    },
    definition: {
      es: 'Punto de entrada administrado, con un nombre DNS fijo, que reparte el tráfico entre varios destinos de varias zonas de disponibilidad y deja de enviarlo a los que fallan.',
      en: 'A managed entry point with a fixed DNS name that spreads traffic across several targets in several Availability Zones and stops sending it to the ones that fail.',
    },
    section: 'scaling/load-balancers#load-balancers',
  },

  // ── EC2: web server and user data ────────────────────────────────────────────────────────────
  {
    id: 'apache-http-server',
    onlyOn: ['ec2/user-data'],
    en: 'Apache HTTP Server (httpd)',
    es: 'servidor web Apache (httpd)',
    forms: {
      es: ['servidor web Apache', 'servidor Apache', 'Apache HTTP Server', 'Apache web server', 'Apache'],
      en: ['Apache HTTP Server', 'Apache web server', 'Apache server', 'Apache'],
    },
    definition: {
      es: 'Servidor web de código abierto. En Amazon Linux el paquete y el servicio se llaman `httpd`.',
      en: 'Open-source web server. On Amazon Linux both the package and the service are called `httpd`.',
    },
    section: 'ec2/user-data#apache-web-server',
  },
  {
    id: 'amazon-linux-2',
    en: 'Amazon Linux 2 (AL2)',
    es: 'Amazon Linux 2 (AL2)',
    forms: {
      es: ['Amazon Linux 2', 'AL2'],
      en: ['Amazon Linux 2', 'AL2'],
    },
    definition: {
      es: 'Versión anterior de la distribución Linux de AWS, con el gestor de paquetes `yum`. AWS fijó su fin de soporte para el 30 de junio de 2026; para instancias nuevas se usa Amazon Linux 2023.',
      en: "The previous version of AWS's Linux distribution, with the `yum` package manager. AWS set its end of support for 30 June 2026; new instances should use Amazon Linux 2023.",
    },
    section: 'ec2/user-data#apache-web-server',
  },
  {
    id: 'amazon-linux-2023',
    en: 'Amazon Linux 2023 (AL2023)',
    es: 'Amazon Linux 2023 (AL2023)',
    forms: {
      es: ['Amazon Linux 2023', 'AL2023'],
      en: ['Amazon Linux 2023', 'AL2023'],
    },
    definition: {
      es: 'La distribución Linux actual de AWS, sucesora de Amazon Linux 2, con el gestor de paquetes `dnf` y soporte hasta el 30 de junio de 2029. Sus instancias exigen IMDSv2 por defecto.',
      en: "AWS's current Linux distribution, successor to Amazon Linux 2, with the `dnf` package manager and support until 30 June 2029. Its instances require IMDSv2 by default.",
    },
    section: 'ec2/user-data#apache-web-server',
  },
  {
    id: 'user-data',
    en: 'user data',
    es: 'datos de usuario (user data)',
    forms: {
      es: ['datos de usuario', 'datos de usuario de EC2', 'user data', 'EC2 user data', 'userdata'],
      en: ['user data', 'EC2 user data', 'userdata'],
    },
    definition: {
      es: 'Script o datos que se pasan a una instancia al lanzarla. Por defecto cloud-init lo ejecuta como root una sola vez, en el primer arranque.',
      en: 'A script or data passed to an instance at launch. By default cloud-init runs it as root once, at first boot.',
    },
    section: 'ec2/user-data#user-data',
  },

  // ── EC2 purchase options ─────────────────────────────────────────────────────────────────────
  {
    id: 'on-demand-instances',
    en: 'On-Demand Instances',
    es: 'instancias bajo demanda',
    forms: {
      es: ['instancia bajo demanda', 'instancias bajo demanda', 'On-Demand Instances', 'On-Demand'],
      en: ['On-Demand Instance', 'On-Demand Instances', 'On-Demand'],
    },
    definition: {
      es: 'Se paga por el uso (por segundo en Linux, con un mínimo de 60 s) sin compromiso ni pago por adelantado. Es la opción más cara, pensada para cargas cortas o impredecibles.',
      en: 'You pay for what you use (per second on Linux, with a 60-second minimum) with no commitment or upfront payment. It is the most expensive option, meant for short or unpredictable workloads.',
    },
    section: 'ec2/purchase-options#on-demand',
  },
  {
    id: 'reserved-instances',
    en: 'Reserved Instances (RIs)',
    es: 'instancias reservadas',
    forms: {
      es: ['instancia reservada', 'instancias reservadas', 'Reserved Instances'],
      en: ['Reserved Instance', 'Reserved Instances', 'RIs'],
    },
    definition: {
      es: 'Descuento de facturación de hasta el 72\u00a0% frente a bajo demanda a cambio de comprometerse 1 o 3 años con unos atributos de instancia. Para cargas estables, como bases de datos.',
      en: 'A billing discount of up to 72% off On-Demand in exchange for a 1- or 3-year commitment to certain instance attributes. For steady workloads such as databases.',
    },
    section: 'ec2/purchase-options#reserved-instances',
  },
  {
    id: 'convertible-reserved-instances',
    en: 'Convertible Reserved Instances',
    es: 'instancias reservadas convertibles',
    forms: {
      es: [
        'instancia reservada convertible',
        'instancias reservadas convertibles',
        'Convertible Reserved Instances',
        'Convertible Reserved Instance',
      ],
      en: ['Convertible Reserved Instance', 'Convertible Reserved Instances', 'Convertible RI', 'Convertible RIs'],
    },
    definition: {
      es: 'Instancias reservadas que se pueden cambiar por otras de distinta familia, sistema operativo o tenencia. A cambio, el descuento es menor que el de las estándar.',
      en: 'Reserved Instances that can be exchanged for others with a different family, operating system or tenancy. In return, the discount is smaller than for Standard RIs.',
    },
    section: 'ec2/purchase-options#reserved-instances',
  },
  {
    id: 'scheduled-reserved-instances',
    en: 'Scheduled Reserved Instances',
    es: 'instancias reservadas programadas',
    forms: {
      es: [
        'instancia reservada programada',
        'instancias reservadas programadas',
        'Scheduled Reserved Instances',
        'Scheduled Instances',
      ],
      en: ['Scheduled Reserved Instance', 'Scheduled Reserved Instances', 'Scheduled Instances'],
    },
    definition: {
      es: 'Capacidad reservada para una franja que se repite cada día, semana o mes. Ya no se pueden comprar.',
      en: 'Capacity reserved for a time window that recurs daily, weekly or monthly. They can no longer be purchased.',
    },
    section: 'ec2/purchase-options#reserved-instances',
  },
  {
    id: 'savings-plans',
    en: 'Savings Plans',
    es: 'Savings Plans',
    forms: {
      es: ['Savings Plans', 'Savings Plan', 'Compute Savings Plans', 'EC2 Instance Savings Plans'],
      en: ['Savings Plans', 'Savings Plan', 'Compute Savings Plans', 'EC2 Instance Savings Plans'],
    },
    definition: {
      es: 'Descuento a cambio de comprometerse a gastar un importe por hora durante 1 o 3 años: hasta un 66\u00a0% con Compute Savings Plans y hasta un 72\u00a0% con EC2 Instance Savings Plans.',
      en: 'A discount in exchange for committing to spend an amount per hour for 1 or 3 years: up to 66% with Compute Savings Plans and up to 72% with EC2 Instance Savings Plans.',
    },
    section: 'ec2/purchase-options#savings-plans',
  },
  {
    id: 'spot-instances',
    en: 'Spot Instances',
    es: 'instancias de spot',
    forms: {
      es: ['instancia de spot', 'instancias de spot', 'Spot Instances', 'Spot Instance'],
      en: ['Spot Instance', 'Spot Instances'],
    },
    definition: {
      es: 'Capacidad sobrante de EC2 con hasta un 90\u00a0% de descuento, que EC2 puede recuperar con dos minutos de aviso. Para trabajos flexibles y tolerantes a fallos, no para bases de datos críticas.',
      en: 'Spare EC2 capacity at up to 90% off, which EC2 can reclaim with a two-minute warning. For flexible, fault-tolerant work, not critical databases.',
    },
    section: 'ec2/purchase-options#spot-instances',
  },
  {
    id: 'spot-price',
    en: 'Spot price',
    es: 'precio de spot',
    forms: {
      es: ['precio de spot', 'precios de spot', 'precio máximo'],
      en: ['Spot price', 'Spot prices', 'maximum price'],
    },
    definition: {
      es: 'Precio por hora de la capacidad de spot, que cambia poco a poco según la oferta y la demanda. Desde 2017 no hay pujas: se paga el precio vigente y, si se quiere, se fija un precio máximo.',
      en: 'The hourly price of Spot capacity, which changes gradually with supply and demand. There has been no bidding since 2017: you pay the current price and may set a maximum price.',
    },
    section: 'ec2/purchase-options#spot-instances',
  },
  {
    id: 'spot-interruption-notice',
    en: 'Spot Instance interruption notice',
    es: 'aviso de interrupción de dos minutos',
    awsEs: 'aviso de interrupción de instancias de spot',
    forms: {
      es: [
        'aviso de interrupción',
        'aviso de interrupción de instancias de spot',
        'notificación de 2 minutos',
        'notificación de 2 minutos de aviso',
        'dos minutos de antelación',
      ],
      en: ['Spot Instance interruption notice', 'interruption notice', '2-minute notification', 'two-minute warning'],
    },
    definition: {
      es: 'Aviso que EC2 da dos minutos antes de detener o terminar una instancia de spot, por los metadatos de la instancia y por EventBridge.',
      en: 'The warning EC2 gives two minutes before it stops or terminates a Spot Instance, through instance metadata and EventBridge.',
    },
    section: 'ec2/purchase-options#spot-instances',
  },
  {
    id: 'rebalance-recommendation',
    en: 'EC2 instance rebalance recommendation',
    es: 'recomendación de reequilibrio',
    forms: {
      es: ['recomendación de reequilibrio', 'rebalance recommendation'],
      en: ['rebalance recommendation', 'instance rebalance recommendation'],
    },
    definition: {
      es: 'Señal que EC2 puede enviar antes del aviso de interrupción cuando una instancia de spot corre un riesgo elevado de ser interrumpida, para trasladar el trabajo a tiempo.',
      en: 'A signal EC2 may send before the interruption notice when a Spot Instance is at elevated risk of interruption, so you can move the work in time.',
    },
    section: 'ec2/purchase-options#spot-instances',
  },
  {
    id: 'dedicated-hosts',
    en: 'Dedicated Hosts',
    es: 'hosts dedicados',
    forms: {
      es: ['host dedicado', 'hosts dedicados', 'Dedicated Host', 'Dedicated Hosts'],
      en: ['Dedicated Host', 'Dedicated Hosts'],
    },
    definition: {
      es: 'Un servidor físico entero para ti, con visibilidad de sockets y núcleos y control de la colocación de las instancias. Se factura por host; útil para licencias BYOL y cumplimiento normativo.',
      en: 'A whole physical server for your use, with visibility of sockets and cores and control over instance placement. Billed per host; useful for BYOL licensing and compliance.',
    },
    section: 'ec2/purchase-options#dedicated-hosts',
  },
  {
    id: 'dedicated-instances',
    en: 'Dedicated Instances',
    es: 'instancias dedicadas',
    forms: {
      es: ['instancia dedicada', 'instancias dedicadas', 'Dedicated Instances'],
      en: ['Dedicated Instance', 'Dedicated Instances'],
    },
    definition: {
      es: 'Instancias en hardware reservado para una sola cuenta, que pueden compartirlo con otras instancias de esa cuenta. Se factura por instancia y no hay control de la colocación.',
      en: "Instances on hardware reserved for a single account, which they may share with that account's other instances. Billed per instance, with no control over placement.",
    },
    section: 'ec2/purchase-options#dedicated-instances',
  },
  {
    id: 'capacity-reservations',
    en: 'On-Demand Capacity Reservations',
    es: 'reservas de capacidad bajo demanda',
    forms: {
      es: [
        'reservas de capacidad bajo demanda',
        'reserva de capacidad bajo demanda',
        'On-Demand Capacity Reservations',
        'reservas de capacidad',
      ],
      en: [
        'On-Demand Capacity Reservations',
        'On-Demand Capacity Reservation',
        'Capacity Reservations',
        'Capacity Reservation',
      ],
    },
    definition: {
      es: 'Reservan capacidad para instancias en una zona de disponibilidad concreta, el tiempo que haga falta y sin plazo de 1 o 3 años. Se cobran a precio bajo demanda, se usen o no.',
      en: 'They reserve capacity for instances in a specific Availability Zone, for as long as needed and without a 1- or 3-year term. They are charged at the On-Demand rate whether used or not.',
    },
    section: 'ec2/purchase-options#capacity-reservations',
  },
  {
    id: 'instance-type',
    en: 'instance type',
    es: 'tipo de instancia',
    forms: {
      es: ['tipo de instancia', 'tipos de instancia'],
      en: ['instance type', 'instance types'],
    },
    definition: {
      es: 'El perfil de hardware de una instancia (vCPU, memoria, almacenamiento, red). Su nombre une familia, generación y tamaño, como `t3.micro`.',
      en: "An instance's hardware profile (vCPU, memory, storage, networking). Its name combines family, generation and size, such as `t3.micro`.",
    },
    section: 'ec2/ami-and-instance-types#instance-types',
  },

  // ── EC2: AMIs and instance types ─────────────────────────────────────────────────────────────
  {
    id: 'custom-ami',
    en: 'custom AMI',
    es: 'AMI personalizada',
    forms: {
      es: ['AMI personalizada', 'AMI personalizadas', 'AMI construida a medida'],
      en: ['custom AMI', 'custom AMIs', 'custom-built AMI'],
    },
    definition: {
      es: 'AMI que creas con los paquetes y ajustes ya instalados, para que las instancias arranquen y escalen más rápido.',
      en: 'An AMI you build with packages and settings already installed, so that instances boot and scale faster.',
    },
    section: 'ec2/ami-and-instance-types#ami',
  },
  {
    id: 'burstable-performance-instances',
    en: 'burstable performance instances',
    es: 'instancias de rendimiento ampliable',
    forms: {
      es: [
        'instancias de rendimiento ampliable',
        'instancia de rendimiento ampliable',
        'rendimiento ampliable',
        'burstable',
      ],
      en: ['burstable performance instances', 'burstable performance instance', 'burstable instances', 'burstable'],
    },
    definition: {
      es: 'Instancias T (T2, T3, T3a, T4g) con un nivel base de CPU que pueden superar durante un tiempo gastando créditos de CPU.',
      en: 'T instances (T2, T3, T3a, T4g) with a baseline CPU level that they can exceed for a while by spending CPU credits.',
    },
    section: 'ec2/ami-and-instance-types#burstable-instances',
  },
  {
    id: 'cpu-credits',
    en: 'CPU credits',
    es: 'créditos de CPU',
    forms: {
      es: ['crédito de CPU', 'créditos de CPU', 'créditos de burst'],
      en: ['CPU credit', 'CPU credits', 'burst credits'],
    },
    definition: {
      es: 'Se acumulan mientras la instancia trabaja por debajo de su base y se gastan al superarla. En modo estándar, cuando se agotan la CPU vuelve al nivel base.',
      en: 'They build up while the instance runs below its baseline and are spent when it goes above it. In standard mode, once they run out the CPU drops back to baseline.',
    },
    section: 'ec2/ami-and-instance-types#burstable-instances',
  },
  {
    id: 'unlimited-mode',
    en: 'unlimited mode (T2 Unlimited)',
    es: 'modo ilimitado (T2 Unlimited)',
    forms: {
      es: ['modo ilimitado', 'T2 Unlimited'],
      en: ['unlimited mode', 'T2 Unlimited'],
    },
    definition: {
      es: 'Permite a una instancia de rendimiento ampliable seguir por encima de su base sin créditos, pagando un extra. Es el modo por defecto en T3, T3a y T4g (en T2 lo es el estándar).',
      en: 'Lets a burstable performance instance stay above its baseline without credits, for an extra charge. It is the default for T3, T3a and T4g (T2 defaults to standard).',
    },
    section: 'ec2/ami-and-instance-types#t2-unlimited',
  },

  // ── Load balancers ───────────────────────────────────────────────────────────────────────────
  {
    id: 'health-check',
    en: 'health check',
    es: 'comprobación de estado',
    forms: {
      es: [
        'comprobación de estado',
        'comprobaciones de estado',
        'comprobaciones regulares del estado',
        'health check',
        'health checks',
      ],
      en: ['health check', 'health checks'],
    },
    definition: {
      es: 'Petición periódica a un puerto y una ruta (como `/health`) de cada destino. Los que no responden con el código esperado (200 por defecto en el ALB) se marcan en mal estado y dejan de recibir tráfico.',
      en: 'A periodic request to a port and path (such as `/health`) on each target. Targets that do not respond with the expected code (200 by default on an ALB) are marked unhealthy and get no traffic.',
    },
    section: 'scaling/load-balancers#health-checks',
  },
  {
    id: 'ssl-tls-termination',
    en: 'SSL/TLS termination',
    es: 'terminación SSL/TLS',
    forms: {
      es: ['terminación SSL/TLS', 'terminación SSL', 'terminación TLS'],
      en: ['SSL/TLS termination', 'SSL termination', 'TLS termination'],
    },
    definition: {
      es: 'El balanceador descifra el HTTPS (o TLS) con un certificado, por ejemplo de ACM, y los destinos reciben el tráfico ya descifrado.',
      en: 'The load balancer decrypts HTTPS (or TLS) with a certificate, for example from ACM, so targets receive traffic already decrypted.',
    },
    section: 'scaling/load-balancers#load-balancers',
  },
  {
    id: 'sticky-sessions',
    en: 'sticky sessions (stickiness)',
    es: 'persistencia de sesión',
    awsEs: 'sesiones fijas',
    forms: {
      es: ['persistencia de sesión', 'sesiones fijas', 'stickiness', 'sticky sessions'],
      en: ['sticky sessions', 'sticky session', 'stickiness'],
    },
    definition: {
      es: 'Una cookie hace que el balanceador envíe siempre las peticiones de un mismo cliente al mismo destino. Se activa en el grupo de destino.',
      en: "A cookie makes the load balancer send a client's requests to the same target every time. It is turned on in the target group.",
    },
    section: 'scaling/load-balancers#stickiness',
  },
  {
    id: 'elastic-load-balancing',
    en: 'Elastic Load Balancing (ELB)',
    es: 'Elastic Load Balancing (ELB)',
    forms: {
      es: ['Elastic Load Balancing', 'ELB'],
      en: ['Elastic Load Balancing', 'ELB', 'ELBs'],
    },
    definition: {
      es: 'El servicio de balanceadores de carga administrados de AWS (ALB, NLB, GWLB y el antiguo CLB). AWS se ocupa del mantenimiento, las actualizaciones y la alta disponibilidad.',
      en: "AWS's managed load balancer service (ALB, NLB, GWLB and the older CLB). AWS takes care of maintenance, upgrades and high availability.",
    },
    section: 'scaling/load-balancers#load-balancers',
  },
  {
    id: 'classic-load-balancer',
    en: 'Classic Load Balancer (CLB)',
    es: 'Classic Load Balancer (CLB)',
    forms: {
      es: [
        'Classic Load Balancer',
        'CLB',
        'balanceador de carga clásico',
        'balanceadores de carga clásicos',
        'equilibrador de carga clásico',
        'equilibradores de carga clásicos',
      ],
      en: ['Classic Load Balancer', 'Classic Load Balancers', 'CLB'],
    },
    definition: {
      es: 'Balanceador de la generación anterior (2009) para HTTP, HTTPS y TCP. AWS recomienda migrar a un ALB o a un NLB.',
      en: 'Previous-generation load balancer (2009) for HTTP, HTTPS and TCP. AWS recommends migrating to an ALB or an NLB.',
    },
    section: 'scaling/load-balancers#elb-types',
  },
  {
    id: 'application-load-balancer',
    en: 'Application Load Balancer (ALB)',
    es: 'equilibrador de carga de aplicación (ALB)',
    forms: {
      es: [
        'Application Load Balancer',
        'Application Load Balancers',
        'ALB',
        'equilibrador de carga de aplicación',
        'equilibradores de carga de aplicación',
        'balanceador de carga de aplicación',
        'balanceadores de carga de aplicación',
      ],
      en: ['Application Load Balancer', 'Application Load Balancers', 'ALB', 'ALBs'],
    },
    definition: {
      es: 'Balanceador de capa 7 para HTTP, HTTPS, HTTP/2, gRPC y WebSockets que enruta según la ruta, el host o los encabezados. Ideal para microservicios y contenedores.',
      en: 'Layer 7 load balancer for HTTP, HTTPS, HTTP/2, gRPC and WebSockets that routes on path, host name or headers. Ideal for microservices and containers.',
    },
    section: 'scaling/load-balancers#application-load-balancer',
  },
  {
    id: 'network-load-balancer',
    en: 'Network Load Balancer (NLB)',
    es: 'equilibrador de carga de red (NLB)',
    forms: {
      es: [
        'Network Load Balancer',
        'Network Load Balancers',
        'NLB',
        'equilibrador de carga de red',
        'equilibradores de carga de red',
        'balanceador de carga de red',
        'balanceadores de carga de red',
      ],
      en: ['Network Load Balancer', 'Network Load Balancers', 'NLB', 'NLBs'],
    },
    definition: {
      es: 'Balanceador de capa 4 para TCP, UDP, TLS y QUIC, con latencia ultrabaja y millones de solicitudes por segundo. Tiene una IP estática por zona de disponibilidad, que puede ser una IP elástica.',
      en: 'Layer 4 load balancer for TCP, UDP, TLS and QUIC, with ultra-low latency and millions of requests per second. It has one static IP address per Availability Zone, which can be an Elastic IP address.',
    },
    section: 'scaling/load-balancers#network-load-balancer',
  },
  {
    id: 'gateway-load-balancer',
    en: 'Gateway Load Balancer (GWLB)',
    es: 'Gateway Load Balancer (GWLB)',
    forms: {
      es: ['Gateway Load Balancer', 'Gateway Load Balancers', 'GWLB'],
      en: ['Gateway Load Balancer', 'Gateway Load Balancers', 'GWLB'],
    },
    definition: {
      es: 'Balanceador de capa 3 que sirve para implementar y escalar appliances virtuales de red, como firewalls o sistemas de detección de intrusos.',
      en: 'Layer 3 load balancer used to deploy and scale virtual network appliances such as firewalls or intrusion detection systems.',
    },
    section: 'scaling/load-balancers#elb-types',
  },
  {
    id: 'target-group',
    en: 'target group',
    es: 'grupo de destino',
    forms: {
      es: [
        'grupo de destino',
        'grupos de destino',
        'grupo objetivo',
        'grupos objetivo',
        'target group',
        'target groups',
      ],
      en: ['target group', 'target groups'],
    },
    definition: {
      es: 'Conjunto de destinos registrados (instancias, direcciones IP o funciones de Lambda) con su propia comprobación de estado. Las reglas del agente de escucha envían el tráfico a un grupo de destino.',
      en: 'A set of registered targets (instances, IP addresses or Lambda functions) with its own health check. Listener rules forward traffic to a target group.',
    },
    section: 'scaling/load-balancers#application-load-balancer',
  },
  {
    id: 'dynamic-port-mapping',
    en: 'dynamic port mapping',
    es: 'asignación dinámica de puertos',
    forms: {
      es: ['asignación dinámica de puertos', 'mapeo de puertos', 'puerto dinámico'],
      en: ['dynamic port mapping', 'port mapping', 'dynamic port'],
    },
    definition: {
      es: 'El ALB puede enviar tráfico a contenedores que escuchan en puertos aleatorios del host (por ejemplo, tareas de Amazon ECS), así caben varias copias en una misma instancia.',
      en: 'An ALB can route to containers listening on random host ports (for example Amazon ECS tasks), so several copies fit on one instance.',
    },
    section: 'scaling/load-balancers#application-load-balancer',
  },
  {
    id: 'x-forwarded-for',
    en: 'X-Forwarded-For header',
    es: 'encabezado X-Forwarded-For',
    forms: {
      es: ['X-Forwarded-For', 'encabezado X-Forwarded-For'],
      en: ['X-Forwarded-For', 'X-Forwarded-For header'],
    },
    definition: {
      es: 'Como el ALB hace de intermediario, el destino ve la IP del balanceador; la IP real del cliente llega en este encabezado (el puerto y el protocolo, en `X-Forwarded-Port` y `X-Forwarded-Proto`).',
      en: "Because the ALB proxies the connection, the target sees the load balancer's IP; the client's real IP arrives in this header (port and protocol in `X-Forwarded-Port` and `X-Forwarded-Proto`).",
    },
    section: 'scaling/load-balancers#protocols-and-client-ip',
  },
  {
    id: 'client-ip-preservation',
    en: 'client IP preservation',
    es: 'preservación de la IP del cliente',
    forms: {
      es: ['preservación de la IP del cliente', 'preservación de IP del cliente'],
      en: ['client IP preservation'],
    },
    definition: {
      es: 'Atributo de los grupos de destino del NLB que hace que el destino vea la IP original del cliente. Según el tipo de destino y el protocolo viene activado o desactivado por defecto.',
      en: "An attribute of NLB target groups that makes the target see the client's original IP address. Depending on the target type and protocol it is on or off by default.",
    },
    section: 'scaling/load-balancers#key-points',
  },
  {
    id: 'unhealthy',
    en: 'unhealthy / healthy',
    es: 'en mal estado / en buen estado',
    forms: {
      es: ['en mal estado', 'en buen estado', 'no es saludable', 'unhealthy'],
      en: ['unhealthy', 'healthy'],
    },
    definition: {
      es: 'Estado de un destino según sus comprobaciones de estado. Al que está en mal estado no se le envía tráfico, y un grupo de Auto Scaling puede sustituirlo.',
      en: "A target's state according to its health checks. An unhealthy target gets no traffic, and an Auto Scaling group can replace it.",
    },
    section: 'scaling/load-balancers#health-checks',
  },
  {
    id: 'load-balancer-scheme',
    en: 'scheme (internet-facing / internal)',
    es: 'esquema (expuesto a Internet / interno)',
    forms: {
      es: ['esquema', 'esquemas', 'scheme', 'internet-facing'],
      en: ['scheme', 'schemes', 'internet-facing'],
    },
    definition: {
      es: 'Se elige al crear el balanceador: `internet-facing` tiene IP públicas y recibe tráfico de Internet; `internal` solo tiene IP privadas y atiende a clientes con acceso a su VPC.',
      en: 'Chosen when the load balancer is created: `internet-facing` has public IP addresses and takes traffic from the internet; `internal` has only private IPs and serves clients with access to its VPC.',
    },
    section: 'scaling/load-balancers#schemes',
  },

  // ── Auto Scaling groups ──────────────────────────────────────────────────────────────────────
  {
    id: 'scale-out',
    en: 'scale out',
    es: 'escalar horizontalmente',
    forms: {
      es: ['escalar horizontalmente', 'escalado horizontal', 'scale out'],
      en: ['scale out', 'scaling out', 'scale-out'],
    },
    definition: {
      es: 'Añadir instancias para atender más carga. No es lo mismo que escalar verticalmente (*scale up*), que es usar una instancia más grande.',
      en: 'Add instances to handle more load. Not the same as scaling up, which means using a bigger instance.',
    },
    section: 'scaling/auto-scaling-groups#auto-scaling-groups',
  },
  {
    id: 'scale-in',
    en: 'scale in',
    es: 'reducir horizontalmente',
    forms: {
      es: ['reducir horizontalmente', 'scale in'],
      en: ['scale in', 'scaling in', 'scale-in'],
    },
    definition: {
      es: 'Quitar instancias cuando baja la carga.',
      en: 'Remove instances when the load drops.',
    },
    section: 'scaling/auto-scaling-groups#auto-scaling-groups',
  },
  {
    id: 'desired-capacity',
    en: 'minimum size, maximum size and desired capacity',
    es: 'tamaño mínimo, tamaño máximo y capacidad deseada',
    forms: {
      es: ['capacidad deseada', 'tamaño mínimo, máximo e inicial', 'min & max & initial size'],
      en: ['desired capacity', 'minimum, maximum and initial size', 'min & max & initial size'],
    },
    definition: {
      es: 'Un grupo de Auto Scaling mantiene el número de instancias entre el mínimo y el máximo, y apunta a la capacidad deseada, que cambian las políticas de escalado.',
      en: 'An Auto Scaling group keeps its instance count between the minimum and the maximum, aiming at the desired capacity, which scaling policies change.',
    },
    section: 'scaling/auto-scaling-groups#configuration',
  },
  {
    id: 'scaling-policy',
    en: 'scaling policy',
    es: 'política de escalado',
    forms: {
      es: ['política de escalado', 'políticas de escalado', 'política de escalamiento', 'políticas de escalamiento'],
      en: ['scaling policy', 'scaling policies'],
    },
    definition: {
      es: 'Regla que cambia la capacidad deseada de un grupo de Auto Scaling: seguimiento de destino, por pasos o simple; además existen las acciones programadas.',
      en: "A rule that changes an Auto Scaling group's desired capacity: target tracking, step or simple; scheduled actions exist as well.",
    },
    section: 'scaling/auto-scaling-groups#summary',
  },
  {
    id: 'cloudwatch-alarm',
    en: 'CloudWatch alarm',
    es: 'alarma de CloudWatch',
    forms: {
      es: ['alarma de CloudWatch', 'alarmas de CloudWatch'],
      en: ['CloudWatch alarm', 'CloudWatch alarms'],
    },
    definition: {
      es: 'Vigila una métrica frente a un umbral y, al cruzarlo, puede avisar o activar una política de escalado.',
      en: 'Watches a metric against a threshold and, when it is crossed, can send a notification or trigger a scaling policy.',
    },
    section: 'beyond/observability#alarms',
  },
  {
    id: 'amazon-cloudwatch',
    en: 'Amazon CloudWatch',
    es: 'Amazon CloudWatch',
    forms: {
      es: ['Amazon CloudWatch', 'CloudWatch'],
      en: ['Amazon CloudWatch', 'CloudWatch'],
    },
    definition: {
      es: 'Servicio de monitorización de AWS: recoge métricas y registros de los recursos y las aplicaciones, y permite crear alarmas y paneles.',
      en: "AWS's monitoring service: it collects metrics and logs from resources and applications and lets you create alarms and dashboards.",
    },
    section: 'beyond/observability#cloudwatch-metrics',
  },
  {
    id: 'custom-metric',
    en: 'custom metric',
    es: 'métrica personalizada',
    forms: {
      es: ['métrica personalizada', 'métricas personalizadas'],
      en: ['custom metric', 'custom metrics'],
    },
    definition: {
      es: 'Métrica propia que se publica en CloudWatch (`PutMetricData`), como el número de usuarios conectados, y que también sirve para escalar.',
      en: 'Your own metric published to CloudWatch (`PutMetricData`), such as the number of connected users, which can also drive scaling.',
    },
    section: 'beyond/observability#custom-metrics',
  },
  {
    id: 'launch-configuration',
    en: 'launch configuration',
    es: 'configuración de lanzamiento',
    forms: {
      es: ['configuración de lanzamiento', 'configuraciones de lanzamiento'],
      en: ['launch configuration', 'launch configurations'],
    },
    definition: {
      es: 'Plantilla antigua e inmodificable de las instancias de un grupo de Auto Scaling. Está sustituida por las plantillas de lanzamiento y las cuentas creadas desde octubre de 2024 ya no pueden crearlas.',
      en: 'The old, unmodifiable instance template of an Auto Scaling group. Launch templates replace it, and accounts created since October 2024 can no longer create them.',
    },
    section: 'scaling/auto-scaling-groups#summary',
  },
  {
    id: 'launch-template',
    en: 'launch template',
    es: 'plantilla de lanzamiento',
    forms: {
      es: ['plantilla de lanzamiento', 'plantillas de lanzamiento'],
      en: ['launch template', 'launch templates'],
    },
    definition: {
      es: 'Plantilla con versiones que define cómo lanzar instancias (AMI, tipo, red, user data…). Un grupo de Auto Scaling usa una versión concreta, `$Latest` o `$Default`.',
      en: 'A versioned template that defines how to launch instances (AMI, type, networking, user data…). An Auto Scaling group uses a specific version, `$Latest` or `$Default`.',
    },
    section: 'scaling/auto-scaling-groups#summary',
  },

  // ── Storage: EBS ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'ebs-volume',
    en: 'Amazon EBS volume',
    es: 'volumen de EBS',
    forms: {
      es: [
        'volumen de EBS',
        'volúmenes de EBS',
        'volumen EBS',
        'volúmenes EBS',
        'Elastic Block Store',
        'Amazon EBS',
        'EBS',
      ],
      en: ['EBS volume', 'EBS volumes', 'Elastic Block Store', 'Amazon EBS', 'EBS'],
    },
    definition: {
      es: 'Disco de red (Amazon Elastic Block Store) cuyos datos persisten aunque la instancia se termine. Está ligado a una zona de disponibilidad y normalmente se conecta a una sola instancia a la vez.',
      en: 'A network drive (Amazon Elastic Block Store) whose data persist even if the instance is terminated. It is tied to one Availability Zone and is normally attached to one instance at a time.',
    },
    section: 'storage/ebs#ebs-volumes',
  },
  {
    id: 'root-volume',
    en: 'root volume',
    es: 'volumen raíz',
    forms: {
      es: ['volumen raíz', 'volúmenes raíz'],
      en: ['root volume', 'root volumes'],
    },
    definition: {
      es: 'El volumen desde el que arranca la instancia. Por defecto se borra al terminarla (atributo DeleteOnTermination).',
      en: 'The volume the instance boots from. By default it is deleted when the instance is terminated (DeleteOnTermination attribute).',
    },
    section: 'storage/ebs#ebs-volumes',
  },
  {
    id: 'ebs-snapshot',
    en: 'EBS snapshot',
    es: 'instantánea de EBS',
    forms: {
      es: ['instantánea', 'instantáneas', 'snapshot', 'snapshots', 'snapshot de EBS', 'snapshots de EBS'],
      en: ['EBS snapshot', 'EBS snapshots', 'snapshot', 'snapshots'],
    },
    definition: {
      es: 'Copia de seguridad incremental de un volumen en un momento dado, guardada en S3. Sirve para restaurar, para llevar un volumen a otra zona o región y para cifrarlo.',
      en: 'A point-in-time, incremental backup of a volume, stored in S3. Used to restore, to move a volume to another Availability Zone or Region, and to encrypt it.',
    },
    section: 'storage/ebs#snapshots',
  },
  {
    id: 'general-purpose-ssd',
    en: 'General Purpose SSD (gp3, gp2)',
    es: 'SSD de uso general (gp3, gp2)',
    forms: {
      es: ['SSD de uso general', 'gp2', 'gp3'],
      en: ['General Purpose SSD', 'gp2', 'gp3'],
    },
    definition: {
      es: 'Volúmenes SSD equilibrados en precio y rendimiento. En `gp2` las IOPS crecen con el tamaño; `gp3`, la generación actual y más barata, da 3000 IOPS y 125 MiB/s de base y permite ampliarlos sin cambiar el tamaño.',
      en: 'SSD volumes balancing price and performance. On `gp2` IOPS grow with size; `gp3`, the current and cheaper generation, gives a 3,000 IOPS and 125 MiB/s baseline and lets you raise both without changing size.',
    },
    section: 'storage/ebs#volume-types',
  },
  {
    id: 'provisioned-iops-ssd',
    en: 'Provisioned IOPS SSD (io2 Block Express, io1)',
    es: 'SSD de IOPS aprovisionadas (io2 Block Express, io1)',
    forms: {
      es: ['SSD de IOPS aprovisionadas', 'IOPS aprovisionadas', 'io1', 'io2', 'Block Express'],
      en: ['Provisioned IOPS SSD', 'provisioned IOPS', 'io1', 'io2', 'Block Express'],
    },
    definition: {
      es: 'SSD de alto rendimiento y baja latencia en el que fijas las IOPS, para bases de datos con mucha E/S. `io2` Block Express es la generación actual, con la mayor durabilidad.',
      en: 'High-performance, low-latency SSD where you set the IOPS, for I/O-intensive databases. `io2` Block Express is the current generation, with the highest durability.',
    },
    section: 'storage/ebs#volume-types',
  },
  {
    id: 'throughput-optimized-hdd',
    en: 'Throughput Optimized HDD (st1)',
    es: 'HDD optimizado para rendimiento (st1)',
    forms: {
      es: ['HDD optimizado para rendimiento', 'st1'],
      en: ['Throughput Optimized HDD', 'st1'],
    },
    definition: {
      es: 'HDD de bajo costo para cargas secuenciales de mucho rendimiento y acceso frecuente, como big data o registros. No puede ser volumen de arranque.',
      en: 'Low-cost HDD for frequently accessed, throughput-heavy sequential workloads such as big data or logs. It cannot be a boot volume.',
    },
    section: 'storage/ebs#volume-types',
  },
  {
    id: 'cold-hdd',
    en: 'Cold HDD (sc1)',
    es: 'HDD en frío (sc1)',
    forms: {
      es: ['HDD en frío', 'sc1'],
      en: ['Cold HDD', 'sc1'],
    },
    definition: {
      es: 'El HDD más barato, para datos a los que se accede poco. No puede ser volumen de arranque.',
      en: 'The cheapest HDD, for data that is rarely accessed. It cannot be a boot volume.',
    },
    section: 'storage/ebs#volume-types',
  },
  {
    id: 'multi-attach',
    en: 'Amazon EBS Multi-Attach',
    es: 'Amazon EBS Multi-Attach',
    forms: {
      es: ['Multi-Attach', 'Amazon EBS Multi-Attach', 'EBS Multi-Attach'],
      en: ['Multi-Attach', 'Amazon EBS Multi-Attach', 'EBS Multi-Attach'],
    },
    definition: {
      es: 'Permite conectar un mismo volumen `io1` o `io2` a varias instancias basadas en Nitro (hasta 16) de la misma zona de disponibilidad.',
      en: 'Lets you attach one `io1` or `io2` volume to several Nitro-based instances (up to 16) in the same Availability Zone.',
    },
    section: 'storage/ebs#ebs-vs-instance-store',
  },
  {
    id: 'ebs-encryption',
    en: 'EBS encryption',
    es: 'cifrado de EBS',
    forms: {
      es: ['cifrado de EBS', 'volumen EBS encriptado', 'volumen EBS cifrado'],
      en: ['EBS encryption', 'encrypted EBS volume', 'encrypted EBS volumes'],
    },
    definition: {
      es: 'Cifra con claves de AWS KMS los datos en reposo, los que viajan entre la instancia y el volumen, las instantáneas y los volúmenes creados a partir de ellas, casi sin afectar a la latencia.',
      en: 'Encrypts, with AWS KMS keys, the data at rest, the data moving between instance and volume, the snapshots and the volumes created from them, with minimal effect on latency.',
    },
    section: 'storage/ebs#encryption',
  },
  {
    id: 'kms-key',
    en: 'AWS KMS key',
    es: 'clave de KMS',
    awsEs: 'clave de AWS KMS',
    forms: {
      es: [
        'clave de KMS',
        'claves de KMS',
        'clave de AWS KMS',
        'claves de AWS KMS',
        'llave de KMS',
        'llaves de KMS',
        'llaves (claves) de KMS',
        'AWS KMS',
        'KMS',
        'Key Management Service',
      ],
      en: ['AWS KMS key', 'AWS KMS keys', 'KMS key', 'KMS keys', 'AWS KMS', 'KMS', 'Key Management Service'],
    },
    definition: {
      es: 'Clave de cifrado administrada por AWS Key Management Service (KMS) que usan EBS, S3 (SSE-KMS), RDS y otros servicios. Cada uso queda registrado en CloudTrail.',
      en: 'An encryption key managed by AWS Key Management Service (KMS) and used by EBS, S3 (SSE-KMS), RDS and other services. Every use is logged in CloudTrail.',
    },
    section: 'beyond/encryption-and-secrets#aws-kms',
  },
  {
    id: 'instance-store',
    en: 'instance store',
    es: 'almacén de instancias',
    forms: {
      es: ['almacén de instancias', 'instance store'],
      en: ['instance store', 'instance store volume', 'instance store volumes'],
    },
    definition: {
      es: 'Almacenamiento temporal en discos del propio host: E/S muy alta, pero sus datos se pierden al detener o terminar la instancia o si falla el disco (sobreviven a un reinicio).',
      en: 'Temporary storage on disks in the host itself: very high I/O, but its data are lost when the instance stops or terminates or the disk fails (they survive a reboot).',
    },
    section: 'storage/ebs#ebs-vs-instance-store',
  },

  // ── Networking: Route 53 ─────────────────────────────────────────────────────────────────────
  {
    id: 'route-53',
    en: 'Amazon Route 53',
    es: 'Amazon Route 53',
    forms: {
      es: ['Amazon Route 53', 'Route 53'],
      en: ['Amazon Route 53', 'Route 53'],
    },
    definition: {
      es: 'Servicio DNS administrado de AWS: registro de dominios, resolución DNS con políticas de direccionamiento y comprobaciones de estado.',
      en: "AWS's managed DNS service: domain registration, DNS resolution with routing policies, and health checks.",
    },
    section: 'networking/route-53#dns',
  },
  {
    id: 'cname-record',
    en: 'CNAME record',
    es: 'registro CNAME',
    forms: {
      es: ['registro CNAME', 'registros CNAME', 'CNAME'],
      en: ['CNAME record', 'CNAME records', 'CNAME', 'CNAMEs'],
    },
    definition: {
      es: 'Registro DNS que apunta un nombre de host a otro nombre de host. No se puede usar en el vértice de la zona (`example.com`).',
      en: 'A DNS record that points one host name to another host name. It cannot be used at the zone apex (`example.com`).',
    },
    section: 'networking/route-53#record-types',
  },
  {
    id: 'alias-record',
    en: 'alias record',
    es: 'registro de alias',
    forms: {
      es: ['registro de alias', 'registros de alias'],
      en: ['alias record', 'alias records'],
    },
    definition: {
      es: 'Extensión de Route 53 a los registros A y AAAA que apunta a un recurso de AWS (balanceador, CloudFront, sitio web de S3). Funciona en el vértice de la zona y sus consultas a recursos de AWS no se cobran.',
      en: 'A Route 53 extension to A and AAAA records that points to an AWS resource (load balancer, CloudFront, S3 website). It works at the zone apex, and queries to AWS resources are free.',
    },
    section: 'networking/route-53#record-types',
  },
  {
    id: 'zone-apex',
    en: 'zone apex',
    es: 'vértice de la zona',
    forms: {
      es: ['vértice de la zona', 'vértice de zona'],
      en: ['zone apex'],
    },
    definition: {
      es: 'El nombre de dominio raíz de una zona, como `example.com` (sin `www`). Ahí se puede crear un registro de alias, pero no un CNAME.',
      en: 'The root domain name of a zone, such as `example.com` (without `www`). An alias record can be created there, a CNAME cannot.',
    },
    section: 'networking/route-53#record-types',
  },
  {
    id: 'hosted-zone',
    en: 'hosted zone',
    es: 'zona alojada',
    forms: {
      es: ['zona alojada', 'zonas alojadas'],
      en: ['hosted zone', 'hosted zones'],
    },
    definition: {
      es: 'Contenedor de Route 53 con los registros DNS de un dominio y sus subdominios. Puede ser pública (Internet) o privada (una o varias VPC).',
      en: 'A Route 53 container for the DNS records of a domain and its subdomains. It can be public (internet) or private (one or more VPCs).',
    },
    section: 'networking/route-53#record-types',
  },
  {
    id: 'routing-policy',
    en: 'routing policy',
    es: 'política de direccionamiento',
    forms: {
      es: [
        'política de direccionamiento',
        'políticas de direccionamiento',
        'política de enrutamiento',
        'políticas de enrutamiento',
        'routing policy',
      ],
      en: ['routing policy', 'routing policies'],
    },
    definition: {
      es: 'Cómo responde Route 53 a una consulta: simple, ponderada, por latencia, por conmutación por error, por geolocalización, de varios valores…',
      en: 'How Route 53 responds to a query: simple, weighted, latency, failover, geolocation, multivalue answer…',
    },
    section: 'networking/route-53#routing',
  },

  // ── Databases: RDS and Aurora ────────────────────────────────────────────────────────────────
  {
    id: 'amazon-rds',
    en: 'Amazon Relational Database Service (Amazon RDS)',
    es: 'Amazon Relational Database Service (Amazon RDS)',
    forms: {
      es: ['Amazon RDS', 'RDS', 'Relational Database Service'],
      en: ['Amazon RDS', 'RDS', 'Relational Database Service'],
    },
    definition: {
      es: 'Bases de datos relacionales administradas (MySQL, PostgreSQL, MariaDB, Oracle, SQL Server, Db2): AWS se encarga de parches, copias de seguridad y alta disponibilidad, pero no hay acceso SSH al host.',
      en: 'Managed relational databases (MySQL, PostgreSQL, MariaDB, Oracle, SQL Server, Db2): AWS handles patching, backups and high availability, but there is no SSH access to the host.',
    },
    section: 'databases/rds#rds',
  },
  {
    id: 'amazon-aurora',
    en: 'Amazon Aurora',
    es: 'Amazon Aurora',
    forms: {
      es: ['Amazon Aurora', 'Aurora', 'Aurora DB'],
      en: ['Amazon Aurora', 'Aurora', 'Aurora DB'],
    },
    definition: {
      es: 'Motor relacional propio de AWS compatible con MySQL y PostgreSQL. Su almacenamiento crece solo con los datos, hasta un máximo que depende de la versión del motor (128 TiB o más en las recientes).',
      en: "AWS's own relational engine, compatible with MySQL and PostgreSQL. Its storage grows automatically with your data, up to a maximum that depends on the engine version (128 TiB or more on recent ones).",
    },
    section: 'databases/rds#aurora',
  },
  {
    id: 'automated-backups',
    en: 'automated backups and point-in-time recovery (PITR)',
    es: 'copias de seguridad automatizadas y restauración a un momento dado',
    forms: {
      es: [
        'copias de seguridad automatizadas',
        'copia de seguridad automatizada',
        'restauración a un momento dado',
        'restaurar a un momento',
        'snapshot diario',
      ],
      en: [
        'automated backups',
        'automated backup',
        'point-in-time recovery',
        'point in time',
        'PITR',
        'daily snapshot',
      ],
    },
    definition: {
      es: 'RDS hace una instantánea diaria y guarda los registros de transacciones, así que se puede restaurar la base de datos a cualquier segundo del periodo de retención.',
      en: 'RDS takes a daily snapshot and keeps the transaction logs, so the database can be restored to any second within the retention period.',
    },
    section: 'databases/rds#backups',
  },
  {
    id: 'read-replica',
    en: 'read replica',
    es: 'réplica de lectura',
    forms: {
      es: ['réplica de lectura', 'réplicas de lectura'],
      en: ['read replica', 'read replicas'],
    },
    definition: {
      es: 'Copia asíncrona y de solo lectura de una base de datos para escalar las lecturas: hasta 15 en RDS para MySQL, MariaDB y PostgreSQL. Puede estar en otra zona o región y se puede promover a base de datos independiente.',
      en: 'An asynchronous, read-only copy of a database used to scale reads: up to 15 on RDS for MySQL, MariaDB and PostgreSQL. It can be in another Availability Zone or Region and can be promoted to a standalone database.',
    },
    section: 'databases/rds#read-replicas',
  },
  {
    id: 'multi-az',
    en: 'Multi-AZ deployment',
    es: 'Multi-AZ',
    awsEs: 'implementación Multi-AZ',
    forms: {
      es: ['Multi-AZ', 'implementación Multi-AZ', 'implementaciones Multi-AZ'],
      en: ['Multi-AZ', 'Multi-AZ deployment', 'Multi-AZ deployments'],
    },
    definition: {
      es: 'Réplica en espera síncrona en otra zona de disponibilidad con conmutación por error automática. Sirve para la disponibilidad y la recuperación ante desastres, no para escalar lecturas (salvo en un clúster Multi-AZ).',
      en: 'A synchronous standby in another Availability Zone with automatic failover. It is for availability and disaster recovery, not for scaling reads (except in a Multi-AZ DB cluster).',
    },
    section: 'databases/rds#multi-az',
  },
  {
    id: 'failover',
    en: 'failover',
    es: 'conmutación por error',
    forms: {
      es: ['conmutación por error', 'failover'],
      en: ['failover'],
    },
    definition: {
      es: 'Paso automático a una réplica o a la instancia en espera cuando falla el nodo principal, sin cambiar el punto de conexión.',
      en: 'Automatic switch to a replica or standby when the primary node fails, without changing the endpoint.',
    },
    section: 'databases/rds#multi-az',
  },
  {
    id: 'maintenance-window',
    en: 'maintenance window',
    es: 'periodo de mantenimiento',
    forms: {
      es: ['periodo de mantenimiento', 'ventana de mantenimiento', 'ventanas de mantenimiento'],
      en: ['maintenance window', 'maintenance windows'],
    },
    definition: {
      es: 'Franja semanal en la que RDS puede aplicar parches y actualizaciones.',
      en: 'A weekly time slot in which RDS may apply patches and upgrades.',
    },
    section: 'databases/rds#advantages',
  },
  {
    id: 'iam-database-authentication',
    en: 'IAM database authentication',
    es: 'autenticación de bases de datos de IAM',
    forms: {
      es: ['autenticación de bases de datos de IAM', 'autenticación de base de datos de IAM'],
      en: ['IAM database authentication', 'IAM DB authentication'],
    },
    definition: {
      es: 'Conectarse a MySQL, MariaDB o PostgreSQL en RDS con un token de autenticación temporal de IAM en lugar de una contraseña.',
      en: 'Connecting to MySQL, MariaDB or PostgreSQL on RDS with a short-lived IAM authentication token instead of a password.',
    },
    section: 'databases/rds#security',
  },

  // ── Databases: ElastiCache ───────────────────────────────────────────────────────────────────
  {
    id: 'amazon-elasticache',
    en: 'Amazon ElastiCache',
    es: 'Amazon ElastiCache',
    forms: {
      es: ['Amazon ElastiCache', 'ElastiCache'],
      en: ['Amazon ElastiCache', 'ElastiCache'],
    },
    definition: {
      es: 'Caché en memoria administrada (Valkey, Redis OSS o Memcached) con latencia inferior al milisegundo, sin servidor o basada en nodos.',
      en: 'Managed in-memory cache (Valkey, Redis OSS or Memcached) with sub-millisecond latency, serverless or node-based.',
    },
    section: 'databases/elasticache#elasticache',
  },
  {
    id: 'redis-oss',
    en: 'Redis OSS',
    es: 'Redis OSS',
    forms: {
      es: ['Redis OSS', 'Redis'],
      en: ['Redis OSS', 'Redis'],
    },
    definition: {
      es: 'Motor de ElastiCache: almacén clave-valor en memoria con réplicas, Multi-AZ con conmutación por error, persistencia, copias de seguridad y tipos de datos ricos como los conjuntos ordenados.',
      en: 'ElastiCache engine: an in-memory key-value store with replicas, Multi-AZ failover, persistence, backups and rich data types such as sorted sets.',
    },
    section: 'databases/elasticache#redis',
  },
  {
    id: 'valkey',
    en: 'Valkey',
    es: 'Valkey',
    forms: {
      es: ['Valkey'],
      en: ['Valkey'],
    },
    definition: {
      es: 'Motor de código abierto compatible con Redis OSS que ElastiCache ofrece junto a Redis OSS y Memcached, con las mismas funcionalidades que Redis OSS.',
      en: 'Open-source engine compatible with Redis OSS that ElastiCache offers alongside Redis OSS and Memcached, with the same features as Redis OSS.',
    },
    section: 'databases/elasticache#redis',
  },
  {
    id: 'memcached',
    en: 'Memcached',
    es: 'Memcached',
    forms: {
      es: ['Memcached'],
      en: ['Memcached'],
    },
    definition: {
      es: 'Motor de ElastiCache sencillo y multihilo para guardar objetos en caché. No tiene réplicas ni persistencia; se escala añadiendo o quitando nodos.',
      en: 'A simple, multi-threaded ElastiCache engine for caching objects. It has no replication or persistence; it scales by adding or removing nodes.',
    },
    section: 'databases/elasticache#redis',
  },
  {
    id: 'stateless',
    en: 'stateless application',
    es: 'aplicación sin estado',
    forms: {
      es: ['sin estado', 'stateless'],
      en: ['stateless'],
    },
    definition: {
      es: 'Aplicación que no guarda la sesión en la propia instancia (por ejemplo, la guarda en una caché), de modo que cualquier instancia atiende cualquier petición y se pueden añadir o quitar libremente.',
      en: 'An application that keeps no session state on the instance itself (it keeps it in a cache, for example), so any instance can serve any request and instances can be added or removed freely.',
    },
    section: 'databases/elasticache#elasticache',
  },
  {
    id: 'sharding',
    en: 'sharding',
    es: 'particionamiento (fragmentación)',
    forms: {
      es: ['fragmentación', 'particionamiento', 'sharding'],
      en: ['sharding'],
    },
    definition: {
      es: 'Repartir los datos entre varios nodos (fragmentos, *shards*) para escalar las escrituras, como en el modo clúster de Valkey y Redis OSS.',
      en: 'Splitting data across several nodes (shards) to scale writes, as in Valkey and Redis OSS cluster mode.',
    },
    section: 'databases/elasticache#elasticache',
  },
  {
    id: 'session-store',
    en: 'session store',
    es: 'almacén de sesiones',
    forms: {
      es: [
        'almacén de sesiones',
        'almacenes de sesiones',
        'almacén de sesiones de usuario',
        'sesiones de usuario',
        'session store',
        'user session store',
      ],
      en: ['session store', 'session stores', 'user session store', 'user sessions'],
    },
    definition: {
      es: 'Guardar los datos de sesión del usuario en una caché compartida para que siga con la sesión iniciada sea cual sea la instancia que lo atiende.',
      en: 'Keeping user session data in a shared cache so the user stays logged in whichever instance serves them.',
    },
    section: 'databases/elasticache#session-store',
  },
  {
    id: 'leaderboard',
    en: 'leaderboard',
    es: 'tabla de clasificación',
    forms: {
      es: ['tabla de clasificación', 'tablas de clasificación', 'leaderboard'],
      en: ['leaderboard', 'leaderboards'],
    },
    definition: {
      es: 'Lista de puntuaciones ordenada, típica de los juegos; los conjuntos ordenados (*sorted sets*) de Valkey y Redis OSS la resuelven fácilmente.',
      en: 'A ranked list of scores, typical of games; Valkey and Redis OSS sorted sets make it easy.',
    },
    section: 'databases/elasticache#redis',
  },
  {
    id: 'lazy-loading',
    en: 'lazy loading (cache-aside)',
    es: 'carga diferida (lazy loading)',
    forms: {
      es: ['carga diferida', 'lazy loading', 'cache-aside'],
      en: ['lazy loading', 'lazy-loaded', 'cache-aside'],
    },
    definition: {
      es: 'Los datos se cargan en la caché solo cuando se piden y no están (fallo de caché). Solo se guarda lo que se usa, pero los datos pueden quedar desactualizados y cada fallo cuesta tres viajes.',
      en: 'Data go into the cache only when requested and missing (a cache miss). Only what is used gets cached, but data can go stale and each miss costs three round trips.',
    },
    section: 'databases/elasticache#lazy-loading',
  },
  {
    id: 'write-through',
    en: 'write-through',
    es: 'escritura simultánea (write-through)',
    forms: {
      es: ['escritura simultánea', 'write-through'],
      en: ['write-through'],
    },
    definition: {
      es: 'La caché se actualiza cada vez que se escribe en la base de datos: los datos nunca están desactualizados, pero cada escritura cuesta más y la caché se llena de datos que quizá nadie lea.',
      en: 'The cache is updated every time the database is written: data are never stale, but every write costs more and the cache fills with data nobody may read.',
    },
    section: 'databases/elasticache#write-through',
  },

  // ── S3: buckets and objects ──────────────────────────────────────────────────────────────────
  {
    id: 'amazon-s3',
    en: 'Amazon Simple Storage Service (Amazon S3)',
    es: 'Amazon Simple Storage Service (Amazon S3)',
    forms: {
      es: ['S3', 'Amazon S3', 'Simple Storage Service'],
      en: ['S3', 'Amazon S3', 'Simple Storage Service'],
    },
    definition: {
      es: 'Almacenamiento de objetos: los datos se guardan como objetos dentro de buckets y se leen y escriben por HTTP(S).',
      en: 'Object storage: data are stored as objects in buckets and read and written over HTTP(S).',
    },
    section: 's3/buckets#buckets',
  },
  {
    id: 'bucket',
    en: 'bucket',
    es: 'bucket',
    forms: {
      es: ['bucket', 'buckets'],
      en: ['bucket', 'buckets'],
    },
    definition: {
      es: 'Contenedor de objetos de S3 con un nombre único en todo el mundo; está en una región y admite un número ilimitado de objetos.',
      en: 'An S3 container for objects whose name is globally unique; it lives in one Region and holds an unlimited number of objects.',
    },
    section: 's3/buckets#buckets',
  },
  {
    id: 'object-key',
    en: 'object key and prefix',
    es: 'clave de objeto y prefijo',
    forms: {
      es: ['clave de objeto', 'claves de objeto', 'prefijo', 'prefijos'],
      en: ['object key', 'object keys', 'key prefix', 'prefix', 'prefixes'],
    },
    definition: {
      es: 'S3 no tiene carpetas de verdad: la ruta completa es la clave del objeto, y lo que parece una carpeta es un prefijo de esa clave. El rendimiento escala por prefijo.',
      en: "S3 has no real folders: the full path is the object's key, and what looks like a folder is a prefix of that key. Performance scales per prefix.",
    },
    section: 's3/buckets#buckets',
  },
  {
    id: 's3-versioning',
    en: 'S3 Versioning',
    es: 'control de versiones de S3',
    forms: {
      es: ['control de versiones', 'S3 Versioning', 'el versionamiento'],
      en: ['S3 Versioning', 'versioning'],
    },
    definition: {
      es: 'Conserva todas las versiones de cada objeto. Viene desactivado y, una vez activado en un bucket, solo se puede suspender; los objetos anteriores tienen el ID de versión `null`.',
      en: 'Keeps every version of each object. It is off by default and, once enabled on a bucket, can only be suspended; objects stored before have version ID `null`.',
    },
    section: 's3/buckets#versioning',
  },
  {
    id: 'static-website-hosting',
    en: 'static website hosting',
    es: 'alojamiento de sitios web estáticos',
    awsEs: 'sitio web estático',
    forms: {
      es: [
        'alojamiento de sitios web estáticos',
        'sitio web estático',
        'sitios web estáticos',
        'página web estática',
        'páginas web estáticas',
      ],
      en: ['static website hosting', 'static website', 'static websites'],
    },
    definition: {
      es: 'Servir HTML, CSS y JavaScript directamente desde un bucket. Exige lectura pública (quitar Block Public Access y añadir una política de bucket); si no, da error 403.',
      en: 'Serving HTML, CSS and JavaScript straight from a bucket. It needs public read access (turn off Block Public Access and add a bucket policy), otherwise you get a 403 error.',
    },
    section: 's3/buckets#static-websites',
  },
  {
    id: 'cors',
    en: 'cross-origin resource sharing (CORS)',
    es: 'uso compartido de recursos entre orígenes (CORS)',
    forms: {
      es: ['CORS', 'uso compartido de recursos entre orígenes'],
      en: ['CORS', 'cross-origin resource sharing'],
    },
    definition: {
      es: 'Reglas de un bucket que permiten que páginas web de otro origen (otro dominio u otro bucket) lo llamen desde el navegador.',
      en: 'Bucket rules that let web pages from another origin (another domain or bucket) call it from the browser.',
    },
    section: 's3/buckets#cors',
  },
  {
    id: 'strong-consistency',
    en: 'strong read-after-write consistency',
    es: 'coherencia alta de lectura después de escritura',
    forms: {
      es: ['coherencia alta de lectura después de escritura', 'modelo de coherencia'],
      en: [
        'strong read-after-write consistency',
        'strong consistency',
        'read-after-write consistency',
        'consistency model',
      ],
    },
    definition: {
      es: 'Desde diciembre de 2020, tras escribir, sobrescribir o borrar un objeto en S3, cualquier lectura o listado devuelve ya el último estado, sin costo extra. La coherencia final que describían las notas ya no aplica.',
      en: 'Since December 2020, after you write, overwrite or delete an S3 object, any read or listing already returns the latest state, at no extra cost. The eventual consistency in the notes no longer applies.',
    },
    section: 's3/buckets#consistency-model',
  },
  {
    id: 'multipart-upload',
    en: 'multipart upload',
    es: 'carga multiparte',
    forms: {
      es: ['carga multiparte', 'cargas multiparte', 'Multipart'],
      en: ['multipart upload', 'multipart uploads'],
    },
    definition: {
      es: 'Subir un objeto grande en partes, en paralelo. Se recomienda a partir de unos 100 MB y es obligatoria por encima de 5 GB, el máximo de un solo `PUT`.',
      en: 'Uploading a large object in parts, in parallel. Recommended from about 100 MB and required above 5 GB, the maximum for a single `PUT`.',
    },
    section: 's3/buckets#performance',
  },
  {
    id: 's3-transfer-acceleration',
    en: 'Amazon S3 Transfer Acceleration',
    es: 'Amazon S3 Transfer Acceleration',
    forms: {
      es: ['S3 Transfer Acceleration', 'Amazon S3 Transfer Acceleration', 'Transfer Acceleration'],
      en: ['S3 Transfer Acceleration', 'Amazon S3 Transfer Acceleration', 'Transfer Acceleration'],
    },
    definition: {
      es: 'Acelera las subidas desde lejos haciéndolas pasar por las ubicaciones de borde de CloudFront y la red de AWS.',
      en: "Speeds up long-distance uploads by routing them through CloudFront edge locations and AWS's network.",
    },
    section: 's3/buckets#performance',
  },
  {
    id: 'amazon-cloudfront',
    en: 'Amazon CloudFront',
    es: 'Amazon CloudFront',
    forms: {
      es: ['Amazon CloudFront', 'CloudFront'],
      en: ['Amazon CloudFront', 'CloudFront'],
    },
    definition: {
      es: 'Red de entrega de contenido (CDN) de AWS: guarda copias del contenido en ubicaciones de borde cercanas a los usuarios para servir las lecturas más rápido.',
      en: "AWS's content delivery network (CDN): it caches content at edge locations close to users to serve reads faster.",
    },
    section: 'beyond/s3-cloudfront#cloudfront-caching',
  },
  {
    id: 's3-bucket-keys',
    en: 'S3 Bucket Keys',
    es: 'S3 Bucket Keys',
    forms: {
      es: ['S3 Bucket Keys', 'S3 Bucket Key'],
      en: ['S3 Bucket Keys', 'S3 Bucket Key'],
    },
    definition: {
      es: 'Clave de nivel de bucket que S3 deriva de la clave de KMS para no llamar a KMS por cada objeto, lo que reduce el costo y las solicitudes de SSE-KMS.',
      en: 'A bucket-level key that S3 derives from the KMS key so it does not call KMS for every object, cutting SSE-KMS cost and request traffic.',
    },
    section: 's3/buckets#performance',
  },
  {
    id: 's3-glacier-storage-classes',
    en: 'Amazon S3 Glacier storage classes',
    es: 'clases de almacenamiento S3 Glacier',
    forms: {
      es: ['S3 Glacier', 'Glacier', 'Amazon Glacier'],
      en: ['S3 Glacier', 'Glacier', 'Amazon Glacier'],
    },
    definition: {
      es: 'Clases de almacenamiento de archivo de bajo costo dentro de S3: Glacier Instant Retrieval, Glacier Flexible Retrieval y Glacier Deep Archive. El antiguo servicio de bóvedas ya no admite clientes nuevos.',
      en: 'Low-cost archive storage classes inside S3: Glacier Instant Retrieval, Glacier Flexible Retrieval and Glacier Deep Archive. The old vault-based service no longer accepts new customers.',
    },
    section: 's3/buckets#glacier-select',
  },
  {
    id: 's3-select',
    en: 'Amazon S3 Select',
    es: 'Amazon S3 Select',
    forms: {
      es: ['S3 Select', 'Amazon S3 Select', 'Glacier Select'],
      en: ['S3 Select', 'Amazon S3 Select', 'Glacier Select'],
    },
    definition: {
      es: 'Ejecutaba consultas SQL sobre un objeto para traer solo parte de sus datos. Ya no está disponible para clientes nuevos; AWS propone Amazon Athena o filtrar en el cliente.',
      en: 'Ran SQL queries on an object to fetch only part of its data. It is no longer available to new customers; AWS points to Amazon Athena or client-side filtering.',
    },
    section: 's3/buckets#glacier-select',
  },

  // ── S3: encryption and security ──────────────────────────────────────────────────────────────
  {
    id: 'sse-s3',
    en: 'server-side encryption with Amazon S3 managed keys (SSE-S3)',
    es: 'SSE-S3 (cifrado del lado del servidor con claves administradas por Amazon S3)',
    awsEs: 'cifrado del servidor con claves administradas por Amazon S3 (SSE-S3)',
    forms: {
      es: ['SSE-S3'],
      en: ['SSE-S3', 'Amazon S3 managed keys'],
    },
    definition: {
      es: 'S3 cifra los objetos con AES-256 y claves que administra él mismo (encabezado `x-amz-server-side-encryption: AES256`). Desde enero de 2023 se aplica por defecto a todo objeto nuevo.',
      en: 'S3 encrypts objects with AES-256 using keys it manages itself (header `x-amz-server-side-encryption: AES256`). Since January 2023 it is applied by default to every new object.',
    },
    section: 's3/encryption-and-security#sse-s3',
  },
  {
    id: 'sse-kms',
    en: 'server-side encryption with AWS KMS keys (SSE-KMS)',
    es: 'SSE-KMS (cifrado del lado del servidor con claves de AWS KMS)',
    forms: {
      es: ['SSE-KMS'],
      en: ['SSE-KMS'],
    },
    definition: {
      es: 'S3 cifra con una clave de KMS que controlas tú (encabezado `x-amz-server-side-encryption: aws:kms`), y cada uso queda auditado en CloudTrail. Las cuotas de solicitudes de KMS pueden limitar el rendimiento.',
      en: 'S3 encrypts with a KMS key you control (header value `aws:kms`), and each use is audited in CloudTrail. KMS request quotas can limit throughput.',
    },
    section: 's3/encryption-and-security#sse-kms',
  },
  {
    id: 'dsse-kms',
    en: 'dual-layer server-side encryption with AWS KMS keys (DSSE-KMS)',
    es: 'DSSE-KMS (cifrado de doble capa del lado del servidor con claves de AWS KMS)',
    forms: {
      es: ['DSSE-KMS'],
      en: ['DSSE-KMS'],
    },
    definition: {
      es: 'Variante de SSE-KMS que aplica dos capas de cifrado a cada objeto (valor `aws:kms:dsse`), para requisitos de cumplimiento que lo exigen.',
      en: 'A variant of SSE-KMS that applies two layers of encryption to each object (value `aws:kms:dsse`), for compliance requirements that demand it.',
    },
    section: 's3/encryption-and-security#encryption',
  },
  {
    id: 'sse-c',
    en: 'server-side encryption with customer-provided keys (SSE-C)',
    es: 'SSE-C (cifrado del lado del servidor con claves proporcionadas por el cliente)',
    awsEs: 'cifrado en el lado del servidor con claves proporcionadas por el cliente (SSE-C)',
    forms: {
      es: ['SSE-C'],
      en: ['SSE-C'],
    },
    definition: {
      es: 'Envías la clave en cada solicitud (solo por HTTPS); S3 cifra y descifra, pero no guarda la clave. En los buckets nuevos viene bloqueado y hay que habilitarlo.',
      en: 'You send the key with every request (HTTPS only); S3 encrypts and decrypts but does not keep the key. It is blocked on new buckets and must be enabled first.',
    },
    section: 's3/encryption-and-security#sse-c',
  },
  {
    id: 'client-side-encryption',
    en: 'client-side encryption',
    es: 'cifrado del lado del cliente',
    forms: {
      es: ['cifrado del lado del cliente', 'encriptación del lado del cliente'],
      en: ['client-side encryption'],
    },
    definition: {
      es: 'El cliente cifra los datos antes de subirlos y los descifra al bajarlos (por ejemplo, con Amazon S3 Encryption Client), y administra él mismo las claves.',
      en: 'The client encrypts data before upload and decrypts it after download (for example with the Amazon S3 Encryption Client), and manages the keys itself.',
    },
    section: 's3/encryption-and-security#client-side-encryption',
  },
  {
    id: 'encryption-in-transit',
    en: 'encryption in transit (SSL/TLS)',
    es: 'cifrado en tránsito (SSL/TLS)',
    forms: {
      es: ['cifrado en tránsito', 'encriptación en tránsito'],
      en: ['encryption in transit', 'encrypted in transit'],
    },
    definition: {
      es: 'Usar el punto de conexión HTTPS para que los datos viajen cifrados con TLS. Una política de bucket puede exigirlo con la condición `aws:SecureTransport`.',
      en: 'Using the HTTPS endpoint so data travel encrypted with TLS. A bucket policy can enforce it with the `aws:SecureTransport` condition.',
    },
    section: 's3/encryption-and-security#encryption-in-transit',
  },
  {
    id: 'identity-based-policy',
    en: 'identity-based policy',
    es: 'política basada en identidad',
    forms: {
      es: ['política basada en identidad', 'políticas basadas en identidad', 'basada en usuario', 'basadas en usuario'],
      en: ['identity-based policy', 'identity-based policies', 'identity-based', 'user-based'],
    },
    definition: {
      es: 'Política de IAM asociada a un usuario, grupo o rol que dice qué puede hacer esa identidad. El acceso se concede si alguna política lo permite y ninguna lo deniega explícitamente.',
      en: 'An IAM policy attached to a user, group or role that says what that identity can do. Access is granted if some policy allows it and none explicitly denies it.',
    },
    section: 's3/encryption-and-security#security',
  },
  {
    id: 'resource-based-policy',
    en: 'resource-based policy',
    es: 'política basada en recursos',
    forms: {
      es: ['política basada en recursos', 'políticas basadas en recursos', 'basada en recursos', 'basadas en recursos'],
      en: ['resource-based policy', 'resource-based policies', 'resource-based'],
    },
    definition: {
      es: 'Política que se asocia al propio recurso, como una política de bucket, e indica qué principales (también de otras cuentas) pueden usarlo.',
      en: 'A policy attached to the resource itself, such as a bucket policy, stating which principals (including other accounts) can use it.',
    },
    section: 's3/encryption-and-security#security',
  },
  {
    id: 'access-control-list',
    en: 'access control list (ACL)',
    es: 'lista de control de acceso (ACL)',
    forms: {
      es: ['lista de control de acceso', 'listas de control de acceso', 'ACL', 'ACL de objeto', 'ACL de bucket'],
      en: [
        'access control list',
        'access control lists',
        'ACL',
        'ACLs',
        'object ACL',
        'object ACLs',
        'bucket ACL',
        'bucket ACLs',
      ],
    },
    definition: {
      es: 'Mecanismo heredado para dar permisos por objeto o por bucket. Desde abril de 2023 viene desactivado en los buckets nuevos y AWS recomienda usar políticas.',
      en: 'A legacy way to grant permissions per object or per bucket. Since April 2023 it is disabled on new buckets, and AWS recommends policies instead.',
    },
    section: 's3/encryption-and-security#security',
  },
  {
    id: 's3-block-public-access',
    en: 'S3 Block Public Access',
    es: 'S3 Block Public Access',
    forms: {
      es: ['S3 Block Public Access', 'Block Public Access'],
      en: ['S3 Block Public Access', 'Block Public Access'],
    },
    definition: {
      es: 'Ajustes que impiden el acceso público a buckets y objetos aunque una política o ACL lo conceda. Vienen activados en los buckets nuevos desde abril de 2023.',
      en: 'Settings that block public access to buckets and objects even if a policy or ACL grants it. They are on for new buckets since April 2023.',
    },
    section: 's3/encryption-and-security#security',
  },
  {
    id: 'bucket-policy',
    en: 'bucket policy',
    es: 'política de bucket',
    forms: {
      es: ['política de bucket', 'políticas de bucket', 'política del bucket', 'bucket policy', 'bucket policies'],
      en: ['bucket policy', 'bucket policies'],
    },
    definition: {
      es: 'Política JSON basada en recursos asociada a un bucket: sirve para dar acceso público o a otras cuentas y para exigir cifrado o HTTPS.',
      en: 'A JSON resource-based policy attached to a bucket: used to grant public or cross-account access and to require encryption or HTTPS.',
    },
    section: 's3/encryption-and-security#bucket-policies',
  },
  {
    id: 'presigned-url',
    en: 'presigned URL',
    es: 'URL prefirmada',
    forms: {
      es: ['URL prefirmada', 'URL prefirmadas'],
      en: ['presigned URL', 'presigned URLs', 'pre-signed URL', 'pre-signed URLs'],
    },
    definition: {
      es: 'URL firmada con las credenciales de quien la genera que da acceso temporal a un objeto concreto hasta que caduca.',
      en: "A URL signed with its creator's credentials that grants temporary access to a specific object until it expires.",
    },
    section: 'beyond/s3-cloudfront#presigned-urls',
  },

  // ── Development: AWS CLI ─────────────────────────────────────────────────────────────────────
  {
    id: 'aws-cli',
    en: 'AWS Command Line Interface (AWS CLI)',
    es: 'AWS Command Line Interface (AWS CLI)',
    forms: {
      es: ['AWS CLI', 'CLI', 'AWS Command Line Interface'],
      en: ['AWS CLI', 'CLI', 'AWS Command Line Interface'],
    },
    definition: {
      es: 'Herramienta de línea de comandos para usar todos los servicios de AWS, como `aws s3 ls`, `aws s3 cp` o `aws s3 mb`.',
      en: 'Command-line tool for every AWS service, such as `aws s3 ls`, `aws s3 cp` or `aws s3 mb`.',
    },
    section: 'development/cli#cli',
  },
  {
    id: 'instance-profile',
    en: 'IAM role for Amazon EC2 (instance profile)',
    es: 'rol de IAM para EC2 (perfil de instancia)',
    forms: {
      es: ['perfil de instancia', 'perfiles de instancia', 'rol de IAM para EC2', 'roles de IAM para EC2'],
      en: ['instance profile', 'instance profiles', 'IAM role for Amazon EC2', 'IAM role for EC2'],
    },
    definition: {
      es: 'Rol asociado a una instancia mediante un perfil de instancia: la CLI y los SDK obtienen credenciales temporales de los metadatos, sin poner claves con `aws configure`.',
      en: 'A role attached to an instance through an instance profile: the CLI and SDKs get temporary credentials from instance metadata, with no keys set through `aws configure`.',
    },
    section: 'development/cli#ec2-roles',
  },
  {
    id: 'iam-policy-simulator',
    en: 'IAM policy simulator',
    es: 'simulador de políticas de IAM',
    forms: {
      es: ['simulador de políticas de IAM', 'simulador de políticas'],
      en: ['IAM policy simulator', 'policy simulator'],
    },
    definition: {
      es: 'Herramienta para comprobar si las políticas de una identidad permiten o deniegan ciertas acciones sobre ciertos recursos, sin ejecutarlas.',
      en: "A tool to check whether an identity's policies allow or deny given actions on given resources, without running them.",
    },
    section: 'development/cli#iam-cli',
  },
  {
    id: 'dry-run',
    en: '--dry-run (DryRun parameter)',
    es: 'opción --dry-run (parámetro DryRun)',
    forms: {
      es: ['--dry-run', 'DryRun'],
      en: ['--dry-run', 'DryRun', 'dry run'],
    },
    definition: {
      es: 'Comprueba si se tienen permisos para una acción de EC2 sin hacerla: responde `DryRunOperation` si se permitiría y `UnauthorizedOperation` si no.',
      en: 'Checks whether you have permission for an EC2 action without performing it: the response is `DryRunOperation` if allowed and `UnauthorizedOperation` if not.',
    },
    section: 'development/cli#dry-run',
  },
  {
    id: 'aws-sts',
    en: 'AWS Security Token Service (AWS STS)',
    es: 'AWS Security Token Service (AWS STS)',
    forms: {
      es: ['AWS STS', 'STS', 'Security Token Service'],
      en: ['AWS STS', 'STS', 'Security Token Service'],
    },
    definition: {
      es: 'Servicio que emite credenciales temporales, por ejemplo al asumir un rol, y que decodifica los mensajes de error de autorización.',
      en: 'Service that issues temporary credentials, for example when a role is assumed, and decodes authorization error messages.',
    },
    section: 'development/cli#decode-errors',
  },
  {
    id: 'decode-authorization-message',
    en: 'aws sts decode-authorization-message',
    es: 'aws sts decode-authorization-message',
    forms: {
      es: ['decode-authorization-message', 'DecodeAuthorizationMessage'],
      en: ['decode-authorization-message', 'DecodeAuthorizationMessage'],
    },
    definition: {
      es: 'Comando que convierte un mensaje de error de autorización codificado en un texto legible. Quien lo ejecuta necesita el permiso `sts:DecodeAuthorizationMessage`.',
      en: 'Command that turns an encoded authorization failure message into readable text. The caller needs the `sts:DecodeAuthorizationMessage` permission.',
    },
    section: 'development/cli#decode-errors',
  },
  {
    id: 'instance-metadata',
    en: 'instance metadata (IMDS)',
    es: 'metadatos de instancia (IMDS)',
    forms: {
      es: [
        'metadatos de instancia',
        'metadatos de la instancia',
        'servicio de metadatos',
        'IMDS',
        'IMDSv1',
        'IMDSv2',
        'metadata',
      ],
      en: ['instance metadata', 'Instance Metadata Service', 'IMDS', 'IMDSv1', 'IMDSv2', 'metadata'],
    },
    definition: {
      es: 'Datos que una instancia puede consultar sobre sí misma (ID, IP, credenciales del rol) en `http://169.254.169.254/latest/meta-data/`. Con IMDSv2 hay que pedir antes un token de sesión.',
      en: 'Data an instance can read about itself (ID, IP addresses, role credentials) at `http://169.254.169.254/latest/meta-data/`. With IMDSv2 you first request a session token.',
    },
    section: 'development/cli#instance-metadata',
  },
  {
    id: 'named-profile',
    en: 'named profile',
    es: 'perfil con nombre',
    forms: {
      es: ['perfil con nombre', 'perfiles con nombre'],
      en: ['named profile', 'named profiles'],
    },
    definition: {
      es: 'Conjunto de credenciales y ajustes guardado en `~/.aws/credentials` y `~/.aws/config`; se crea con `aws configure --profile NOMBRE` y se elige con `--profile`.',
      en: 'A set of credentials and settings kept in `~/.aws/credentials` and `~/.aws/config`; created with `aws configure --profile NAME` and chosen with `--profile`.',
    },
    section: 'development/cli#profiles',
  },

  // ── Development: Elastic Beanstalk ───────────────────────────────────────────────────────────
  {
    id: 'elastic-beanstalk',
    en: 'AWS Elastic Beanstalk',
    es: 'AWS Elastic Beanstalk',
    forms: {
      es: ['AWS Elastic Beanstalk', 'Elastic Beanstalk', 'Beanstalk'],
      en: ['AWS Elastic Beanstalk', 'Elastic Beanstalk', 'Beanstalk'],
    },
    definition: {
      es: 'Plataforma (PaaS) que implementa y ejecuta tu código sobre EC2, Auto Scaling y ELB, creados con CloudFormation: tú te ocupas del código y AWS de la infraestructura.',
      en: 'A platform (PaaS) that deploys and runs your code on EC2, Auto Scaling and ELB, created through CloudFormation: you handle the code and AWS the infrastructure.',
    },
    section: 'development/elastic-beanstalk#elastic-beanstalk',
  },
  {
    id: 'single-instance-environment',
    en: 'single-instance environment',
    es: 'entorno de una sola instancia',
    forms: {
      es: ['entorno de una sola instancia', 'Single instance deployment', 'Single instance'],
      en: ['single-instance environment', 'Single instance deployment', 'Single instance'],
    },
    definition: {
      es: 'Entorno de Elastic Beanstalk con una sola instancia de EC2 y una IP elástica, sin balanceador. Es barato y sirve para desarrollo.',
      en: 'An Elastic Beanstalk environment with one EC2 instance and an Elastic IP address, with no load balancer. Cheap, and meant for development.',
    },
    section: 'development/elastic-beanstalk#architecture-models',
  },
  {
    id: 'load-balanced-environment',
    en: 'load-balanced environment',
    es: 'entorno con balanceo de carga',
    forms: {
      es: ['entorno con balanceo de carga', 'LB + ASG', 'High availability with load balancer'],
      en: ['load-balanced environment', 'LB + ASG', 'High availability with load balancer'],
    },
    definition: {
      es: 'Entorno de Elastic Beanstalk con balanceador de carga y grupo de Auto Scaling en varias zonas de disponibilidad: escalable y con alta disponibilidad, para producción.',
      en: 'An Elastic Beanstalk environment with a load balancer and an Auto Scaling group across several Availability Zones: scalable and highly available, for production.',
    },
    section: 'development/elastic-beanstalk#architecture-models',
  },
  {
    id: 'application-version',
    en: 'application version',
    es: 'versión de la aplicación',
    forms: {
      es: [
        'versión de la aplicación',
        'versiones de la aplicación',
        'versionamiento de la aplicación',
        'etiqueta de versión',
      ],
      en: ['application version', 'application versions', 'version label'],
    },
    definition: {
      es: 'Copia desplegable y etiquetada (con una etiqueta de versión) del código de una aplicación de Elastic Beanstalk, guardada como paquete de código fuente en S3.',
      en: "A deployable copy of an Elastic Beanstalk application's code, identified by a version label and stored as a source bundle in S3.",
    },
    section: 'development/elastic-beanstalk#components',
  },
  {
    id: 'deployment-policies',
    onlyOn: ['development/elastic-beanstalk'],
    en: 'deployment policies',
    es: 'políticas de implementación',
    forms: {
      es: ['política de implementación', 'políticas de implementación', 'deployment policies'],
      en: ['deployment policy', 'deployment policies'],
    },
    definition: {
      es: 'Cómo publica Elastic Beanstalk una versión nueva: todas a la vez, continua, continua con lote adicional, inmutable o división del tráfico. Azul/verde no es una de ellas.',
      en: 'How Elastic Beanstalk rolls out a new version: All at once, Rolling, Rolling with additional batch, Immutable or Traffic splitting. Blue/green is not one of them.',
    },
    section: 'development/elastic-beanstalk#deployment-modes',
  },
  {
    id: 'all-at-once',
    onlyOn: ['development/elastic-beanstalk'],
    en: 'All at once',
    es: 'todas a la vez',
    forms: {
      es: ['todas a la vez', 'All at once'],
      en: ['All at once', 'all-at-once'],
    },
    definition: {
      es: 'Implementa la versión nueva en todas las instancias a la vez: es lo más rápido y no cuesta más, pero la aplicación deja de responder un rato.',
      en: 'Deploys the new version to every instance at once: fastest and no extra cost, but the application is down for a while.',
    },
    section: 'development/elastic-beanstalk#all-at-once',
  },
  {
    id: 'rolling',
    onlyOn: ['development/elastic-beanstalk'],
    en: 'Rolling',
    es: 'continua (Rolling)',
    forms: {
      es: ['Rolling'],
      en: ['Rolling', 'rolling deployment', 'rolling deployments'],
    },
    definition: {
      es: 'Actualiza las instancias por lotes, uno tras otro. No cuesta más, pero mientras dura la implementación hay menos capacidad.',
      en: 'Updates instances one batch at a time. No extra cost, but capacity is reduced while the deployment runs.',
    },
    section: 'development/elastic-beanstalk#rolling',
  },
  {
    id: 'batch',
    onlyOn: ['development/elastic-beanstalk'],
    en: 'batch (batch size)',
    es: 'lote (tamaño del lote)',
    forms: {
      es: ['lote', 'tamaño del lote', 'tamaño de lote'],
      en: ['batch size', 'batches'],
    },
    definition: {
      es: 'Grupo de instancias que se actualizan juntas en una implementación continua; su tamaño es un número de instancias o un porcentaje. (No tiene nada que ver con un bucket de S3.)',
      en: 'The group of instances updated together in a rolling deployment; its size is a number of instances or a percentage. (Nothing to do with an S3 bucket.)',
    },
    section: 'development/elastic-beanstalk#rolling',
  },
  {
    id: 'rolling-with-additional-batch',
    onlyOn: ['development/elastic-beanstalk'],
    en: 'Rolling with additional batch',
    es: 'continua con lote adicional',
    forms: {
      es: ['continua con lote adicional', 'Rolling with additional batch', 'Rolling with additional batches'],
      en: ['Rolling with additional batch', 'Rolling with additional batches'],
    },
    definition: {
      es: 'Como la continua, pero lanza antes un lote extra para no perder capacidad en ningún momento. Tiene un pequeño costo adicional y sirve para producción.',
      en: 'Like Rolling, but it first launches an extra batch so full capacity is kept throughout. Small extra cost; suitable for production.',
    },
    section: 'development/elastic-beanstalk#rolling-with-additional-batches',
  },
  {
    id: 'immutable',
    onlyOn: ['development/elastic-beanstalk'],
    en: 'Immutable',
    es: 'inmutable (Immutable)',
    forms: {
      es: ['Immutable', 'inmutable'],
      en: ['Immutable'],
    },
    definition: {
      es: 'Lanza instancias nuevas en un grupo de Auto Scaling temporal y, cuando están en buen estado, las pasa al grupo original y termina las viejas. La vuelta atrás es la más rápida y el costo, el más alto.',
      en: 'Launches new instances in a temporary Auto Scaling group and, once healthy, moves them into the original group and terminates the old ones. Quickest rollback, highest cost.',
    },
    section: 'development/elastic-beanstalk#immutable',
  },
  {
    id: 'traffic-splitting',
    en: 'Traffic splitting',
    es: 'división del tráfico',
    forms: {
      es: ['división del tráfico', 'Traffic splitting'],
      en: ['Traffic splitting'],
    },
    definition: {
      es: 'Implementación canario (*canary*): lanza instancias nuevas y les envía solo un porcentaje del tráfico durante un tiempo de evaluación; si van bien, pasa todo el tráfico, y si no, vuelve atrás.',
      en: 'A canary deployment: it launches new instances and sends them only a percentage of traffic for an evaluation period; if they do well it shifts all traffic, otherwise it rolls back.',
    },
    section: 'development/elastic-beanstalk#traffic-splitting',
  },
  {
    id: 'blue-green-deployment',
    onlyOn: ['development/elastic-beanstalk'],
    en: 'blue/green deployment',
    es: 'implementación azul/verde',
    forms: {
      es: ['implementación azul/verde', 'azul/verde', 'Blue/Green'],
      en: ['blue/green deployment', 'blue/green deployments', 'blue/green'],
    },
    definition: {
      es: 'No es una política de Elastic Beanstalk: se implementa la versión nueva en otro entorno, se prueba y se intercambian las URL de los entornos (CNAME), o se reparte el tráfico con Route 53 ponderado.',
      en: 'Not an Elastic Beanstalk policy: deploy the new version to a separate environment, test it, then swap the environment URLs (CNAME swap) or shift traffic with weighted Route 53 records.',
    },
    section: 'development/elastic-beanstalk#blue-green',
  },
  {
    id: 'source-bundle',
    en: 'source bundle',
    es: 'paquete de código fuente',
    forms: {
      es: ['paquete de código fuente', 'paquetes de código fuente', 'archivo ZIP'],
      en: ['source bundle', 'source bundles', 'ZIP file'],
    },
    definition: {
      es: 'El archivo ZIP (o WAR) con el código que se sube a Elastic Beanstalk y se convierte en una versión de la aplicación.',
      en: 'The ZIP (or WAR) file with your code that you upload to Elastic Beanstalk and that becomes an application version.',
    },
    section: 'development/elastic-beanstalk#ebextensions',
  },
  {
    id: 'ebextensions',
    en: '.ebextensions configuration files',
    es: 'archivos de configuración .ebextensions',
    forms: {
      es: ['.ebextensions'],
      en: ['.ebextensions'],
    },
    definition: {
      es: 'Archivos `.config` en YAML o JSON, dentro del directorio `.ebextensions/` del paquete de código, que configuran el entorno y añaden recursos mediante CloudFormation.',
      en: 'YAML or JSON `.config` files in the `.ebextensions/` directory of the source bundle that configure the environment and add resources through CloudFormation.',
    },
    section: 'development/elastic-beanstalk#ebextensions',
  },
  {
    id: 'aws-cloudformation',
    en: 'AWS CloudFormation',
    es: 'AWS CloudFormation',
    forms: {
      es: ['AWS CloudFormation', 'CloudFormation'],
      en: ['AWS CloudFormation', 'CloudFormation'],
    },
    definition: {
      es: 'Servicio de infraestructura como código: crea y actualiza recursos de AWS a partir de plantillas YAML o JSON. Elastic Beanstalk lo usa por debajo.',
      en: 'Infrastructure-as-code service: it creates and updates AWS resources from YAML or JSON templates. Elastic Beanstalk uses it under the hood.',
    },
    section: 'development/elastic-beanstalk#ebextensions',
  },
  {
    id: 'eb-cli',
    en: 'EB CLI',
    es: 'CLI de EB',
    forms: {
      es: ['EB CLI', 'CLI de EB'],
      en: ['EB CLI'],
    },
    definition: {
      es: 'La línea de comandos propia de Elastic Beanstalk: `eb create`, `eb status`, `eb deploy`, `eb swap`, `eb terminate`…',
      en: "Elastic Beanstalk's own command line: `eb create`, `eb status`, `eb deploy`, `eb swap`, `eb terminate`…",
    },
    section: 'development/elastic-beanstalk#eb-cli',
  },
  {
    id: 'application-version-lifecycle-policy',
    en: 'application version lifecycle policy',
    es: 'política de ciclo de vida de versiones de la aplicación',
    forms: {
      es: [
        'política de ciclo de vida de versiones de la aplicación',
        'política de ciclo de vida',
        'políticas de ciclo de vida',
      ],
      en: [
        'application version lifecycle policy',
        'application version lifecycle policies',
        'lifecycle policy',
        'lifecycle policies',
      ],
    },
    definition: {
      es: 'Borra versiones antiguas de la aplicación por número máximo o por antigüedad, para no llegar a la cuota de versiones por región (1000 por defecto).',
      en: 'Deletes old application versions by maximum count or maximum age, so you stay under the per-Region application version quota (1,000 by default).',
    },
    onlyOn: ['development/elastic-beanstalk'],
    section: 'development/elastic-beanstalk#lifecycle-policy',
  },
  {
    id: 'worker-environment',
    en: 'worker environment',
    es: 'entorno de trabajo',
    forms: {
      es: ['entorno de trabajo', 'entornos de trabajo', 'worker environment'],
      en: ['worker environment', 'worker environments'],
    },
    definition: {
      es: 'Nivel de entorno de Elastic Beanstalk que procesa en segundo plano tareas largas que recibe de una cola de Amazon SQS.',
      en: 'An Elastic Beanstalk environment tier that processes long-running background tasks it receives from an Amazon SQS queue.',
    },
    section: 'development/elastic-beanstalk#worker-environment',
  },

  // ── Development: Budgets ─────────────────────────────────────────────────────────────────────
  {
    id: 'aws-budgets',
    en: 'AWS Budgets',
    es: 'AWS Budgets (presupuestos)',
    forms: {
      es: ['AWS Budgets', 'presupuesto', 'presupuestos', 'alerta de presupuesto', 'alertas de presupuesto'],
      en: ['AWS Budgets', 'budget', 'budgets', 'budget alert', 'budget alerts'],
    },
    definition: {
      es: 'Servicio para fijar presupuestos de costo o de uso y recibir alertas (correo o SNS) cuando el gasto real o el previsto supera un umbral.',
      en: 'Service to set cost or usage budgets and get alerts (email or SNS) when actual or forecast spend passes a threshold.',
    },
    section: 'development/budgets#budgets',
  },

  // ── CI/CD ────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'ci-cd',
    en: 'continuous integration and continuous delivery (CI/CD)',
    es: 'integración continua y entrega continua (CI/CD)',
    forms: {
      es: ['CI/CD', 'integración continua', 'entrega continua'],
      en: ['CI/CD', 'continuous integration', 'continuous delivery'],
    },
    definition: {
      es: 'Compilar y probar automáticamente cada cambio (CI) y llevarlo a producción mediante etapas automatizadas (CD).',
      en: 'Automatically building and testing every change (CI) and releasing it through automated stages (CD).',
    },
    section: 'cicd/pipeline#cicd',
  },
  {
    id: 'codecommit',
    en: 'AWS CodeCommit',
    es: 'AWS CodeCommit',
    forms: {
      es: ['AWS CodeCommit', 'CodeCommit'],
      en: ['AWS CodeCommit', 'CodeCommit'],
    },
    definition: {
      es: 'Repositorios Git privados alojados en AWS. Dejó de aceptar clientes nuevos en julio de 2024 y, desde noviembre de 2025, vuelve a estar disponible para clientes nuevos.',
      en: 'Private Git repositories hosted by AWS. It stopped accepting new customers in July 2024 and has been available to new customers again since November 2025.',
    },
    section: 'cicd/pipeline#codecommit',
  },
  {
    id: 'codebuild',
    en: 'AWS CodeBuild',
    es: 'AWS CodeBuild',
    forms: {
      es: ['AWS CodeBuild', 'CodeBuild'],
      en: ['AWS CodeBuild', 'CodeBuild'],
    },
    definition: {
      es: 'Servicio administrado que compila y prueba el código en entornos basados en contenedores Docker, siguiendo un `buildspec.yml`. Se paga por minuto de compilación.',
      en: 'Managed service that compiles and tests code in Docker-based build environments, following a `buildspec.yml`. You pay per build minute.',
    },
    section: 'cicd/pipeline#codebuild',
  },
  {
    id: 'codedeploy',
    en: 'AWS CodeDeploy',
    es: 'AWS CodeDeploy',
    forms: {
      es: ['AWS CodeDeploy', 'CodeDeploy'],
      en: ['AWS CodeDeploy', 'CodeDeploy'],
    },
    definition: {
      es: 'Automatiza las implementaciones en EC2 o servidores locales, AWS Lambda y Amazon ECS.',
      en: 'Automates deployments to EC2 or on-premises servers, AWS Lambda and Amazon ECS.',
    },
    section: 'cicd/pipeline#cicd',
  },
  {
    id: 'codepipeline',
    en: 'AWS CodePipeline',
    es: 'AWS CodePipeline',
    forms: {
      es: ['AWS CodePipeline', 'CodePipeline'],
      en: ['AWS CodePipeline', 'CodePipeline'],
    },
    definition: {
      es: 'Orquesta el proceso de entrega (origen, compilación, pruebas, implementación) como una canalización de etapas que se ejecuta con cada cambio.',
      en: 'Orchestrates the release process (source, build, test, deploy) as a pipeline of stages that runs on every change.',
    },
    section: 'cicd/pipeline#codepipeline',
  },
  {
    id: 'eventbridge-rule',
    en: 'Amazon EventBridge rule',
    es: 'regla de EventBridge',
    forms: {
      es: [
        'regla de EventBridge',
        'reglas de EventBridge',
        'Amazon EventBridge',
        'EventBridge',
        'CloudWatch Events',
        'reglas de eventos de CloudWatch',
      ],
      en: [
        'EventBridge rule',
        'EventBridge rules',
        'Amazon EventBridge',
        'EventBridge',
        'CloudWatch Events',
        'CloudWatch Events rule',
        'CloudWatch Events rules',
      ],
    },
    definition: {
      es: 'Regla que detecta eventos (un push a CodeCommit, un fallo de la canalización…) y los envía a destinos como SNS o Lambda. EventBridge es la evolución de CloudWatch Events.',
      en: 'A rule that matches events (a CodeCommit push, a pipeline failure…) and sends them to targets such as SNS or Lambda. EventBridge is the evolution of CloudWatch Events.',
    },
    section: 'cicd/pipeline#codecommit',
  },
  {
    id: 'artifacts',
    en: 'artifacts (input and output artifacts)',
    es: 'artefactos (de entrada y de salida)',
    forms: {
      es: ['artefacto', 'artefactos'],
      en: ['artifact', 'artifacts'],
    },
    definition: {
      es: 'Archivos que se pasan de una etapa a otra de la canalización, guardados en un bucket de S3 de artefactos y cifrados con KMS.',
      en: 'Files passed from one pipeline stage to the next, stored in an S3 artifact bucket and encrypted with KMS.',
    },
    section: 'cicd/pipeline#codepipeline',
  },
  {
    id: 'stage-and-action',
    en: 'stage / action',
    es: 'etapa / acción',
    forms: {
      es: ['etapa', 'etapas'],
      en: ['stage', 'stages'],
    },
    definition: {
      es: 'Una canalización se compone de etapas, y cada etapa, de acciones que se ejecutan en secuencia o en paralelo. Si una etapa falla, la canalización se detiene ahí.',
      en: 'A pipeline is made of stages, and each stage of actions that run in sequence or in parallel. If a stage fails, the pipeline stops there.',
    },
    section: 'cicd/pipeline#codepipeline',
  },
  {
    id: 'buildspec',
    en: 'buildspec (build specification)',
    es: 'buildspec (especificación de compilación)',
    forms: {
      es: ['buildspec', 'buildspec.yml', 'especificación de compilación'],
      en: ['buildspec', 'buildspec.yml', 'build specification'],
    },
    definition: {
      es: 'Archivo YAML (`buildspec.yml`, en la raíz del código) con las variables de entorno, las fases (`install`, `pre_build`, `build`, `post_build`), los artefactos y la caché de CodeBuild.',
      en: 'YAML file (`buildspec.yml`, at the root of the source) with the environment variables, phases (`install`, `pre_build`, `build`, `post_build`), artifacts and cache for CodeBuild.',
    },
    section: 'cicd/pipeline#buildspec',
  },
  {
    id: 'parameter-store',
    en: 'AWS Systems Manager Parameter Store',
    es: 'AWS Systems Manager Parameter Store',
    forms: {
      es: ['AWS Systems Manager Parameter Store', 'SSM Parameter Store', 'Parameter Store'],
      en: ['AWS Systems Manager Parameter Store', 'SSM Parameter Store', 'Parameter Store'],
    },
    definition: {
      es: 'Almacén jerárquico de parámetros de configuración y secretos (cifrados con KMS) que, por ejemplo, un `buildspec.yml` puede leer como variables de entorno.',
      en: 'A hierarchical store for configuration values and secrets (encrypted with KMS) that a `buildspec.yml`, for example, can read as environment variables.',
    },
    section: 'beyond/encryption-and-secrets#parameter-store',
  },
  {
    id: 'secrets-manager',
    en: 'AWS Secrets Manager',
    es: 'AWS Secrets Manager',
    forms: {
      es: ['AWS Secrets Manager', 'Secrets Manager'],
      en: ['AWS Secrets Manager', 'Secrets Manager'],
    },
    definition: {
      es: 'Servicio para guardar secretos, como contraseñas de bases de datos, y rotarlos automáticamente; las aplicaciones los leen en tiempo de ejecución en vez de tenerlos en el código.',
      en: 'Service for storing secrets such as database passwords and rotating them automatically; applications read them at run time instead of keeping them in code.',
    },
    section: 'beyond/encryption-and-secrets#secrets-manager',
  },
  {
    id: 'aws-cloudtrail',
    en: 'AWS CloudTrail',
    es: 'AWS CloudTrail',
    forms: {
      es: ['AWS CloudTrail', 'CloudTrail'],
      en: ['AWS CloudTrail', 'CloudTrail'],
    },
    definition: {
      es: 'Registra las llamadas a la API de AWS de la cuenta (quién, qué, cuándo y desde dónde) para auditoría y seguridad.',
      en: "Records the account's AWS API calls (who, what, when and from where) for auditing and security.",
    },
    section: 'beyond/observability#cloudtrail',
  },

  // ── DVA-C03 terms ──────────────────────────────────────────────────────────────────────────────
  // Terms the DVA-C03 exam guide names that no page of the current edition explains: each carries the
  // DVA-C03 task id instead of a section. Definitions checked in AWS's documentation on 2026-12-02.
  {
    id: 'amazon-ecr',
    en: 'Amazon Elastic Container Registry (Amazon ECR)',
    es: 'Amazon Elastic Container Registry (Amazon ECR)',
    forms: {
      es: ['Amazon Elastic Container Registry', 'Elastic Container Registry', 'Amazon ECR', 'ECR'],
      en: ['Amazon Elastic Container Registry', 'Elastic Container Registry', 'Amazon ECR', 'ECR'],
    },
    definition: {
      es: 'Registro de imágenes de contenedor administrado por AWS, para imágenes Docker y OCI: se suben y se descargan con la CLI de Docker u otro cliente, y los permisos de IAM basados en recursos deciden quién usa cada repositorio privado.',
      en: 'AWS managed registry for container images (Docker and OCI images): you push and pull them with the Docker CLI or another client, and resource-based IAM permissions decide who can use each private repository.',
    },
    task: '3.1',
  },
  {
    id: 'ecr-lifecycle-policy',
    en: 'Amazon ECR lifecycle policy',
    es: 'política de ciclo de vida de Amazon ECR',
    forms: {
      es: [
        'política de ciclo de vida de Amazon ECR',
        'políticas de ciclo de vida de Amazon ECR',
        'política de ciclo de vida de ECR',
        'políticas de ciclo de vida de ECR',
      ],
      en: [
        'Amazon ECR lifecycle policy',
        'Amazon ECR lifecycle policies',
        'ECR lifecycle policy',
        'ECR lifecycle policies',
      ],
    },
    definition: {
      es: 'Reglas de un repositorio de Amazon ECR que retiran las imágenes que ya no se usan: cada regla las elige por el estado de su etiqueta (con etiqueta, sin etiqueta o cualquiera) y por su antigüedad o su número, y las hace caducar (o las pasa a la clase de almacenamiento de archivo). Se aplica en un plazo de 24 horas y solo en la región donde se creó. No es la política de ciclo de vida de versiones de Elastic Beanstalk.',
      en: 'Rules on an Amazon ECR repository that clear out images you no longer use: each rule picks images by tag status (tagged, untagged or any) and by age or count, and expires them (or moves them to the archive storage class). It takes effect within 24 hours and only in the Region where it was created. Not the same as the Elastic Beanstalk application version lifecycle policy.',
    },
    task: '3.1',
  },
  {
    id: 'amazon-bedrock',
    en: 'Amazon Bedrock',
    es: 'Amazon Bedrock',
    forms: {
      es: ['Amazon Bedrock', 'Bedrock'],
      en: ['Amazon Bedrock', 'Bedrock'],
    },
    definition: {
      es: 'Servicio totalmente administrado que da acceso mediante una API a modelos fundacionales de varias empresas de IA, para crear aplicaciones de IA generativa (por ejemplo, con la API Converse del punto de conexión `bedrock-runtime`).',
      en: 'Fully managed service that gives you API access to foundation models from several AI companies, for building generative AI applications (for example through the Converse API of the `bedrock-runtime` endpoint).',
    },
    section: 'beyond/ai-security#calling-bedrock',
  },
  {
    id: 'bedrock-guardrails',
    en: 'Amazon Bedrock Guardrails',
    es: 'Amazon Bedrock Guardrails',
    forms: {
      es: ['Amazon Bedrock Guardrails', 'Bedrock Guardrails', 'Guardrails for Amazon Bedrock'],
      en: ['Amazon Bedrock Guardrails', 'Bedrock Guardrails', 'Guardrails for Amazon Bedrock'],
    },
    definition: {
      es: 'Salvaguardas configurables de Amazon Bedrock que revisan las peticiones y las respuestas del modelo: filtros de contenido (con una categoría para los ataques de peticiones), temas denegados, filtros de palabras y filtros de información sensible que bloquean u ocultan la PII. Un mismo guardrail se puede aplicar a varios modelos fundacionales.',
      en: 'Configurable safeguards of Amazon Bedrock that check prompts and model responses: content filters (with a category for prompt attacks), denied topics, word filters, and sensitive information filters that block or mask PII. One guardrail can be applied across several foundation models.',
    },
    section: 'beyond/ai-security#guardrails',
  },
  {
    id: 'prompt-injection',
    en: 'prompt injection',
    es: 'inyección de peticiones',
    forms: {
      es: ['inyección de peticiones', 'inyecciones de peticiones', 'inyección de prompts', 'prompt injection'],
      en: ['prompt injection', 'prompt injections'],
    },
    definition: {
      es: 'Ataque en el que la entrada del usuario intenta que el modelo ignore o sustituya las instrucciones del desarrollador. AWS lo trata como un problema de seguridad de la aplicación, parecido a la inyección de SQL, que le toca evitar al cliente: validar y sanear la entrada y usar el filtro de ataques de peticiones de Amazon Bedrock Guardrails.',
      en: "An attack in which user input tries to make the model ignore or override the developer's instructions. AWS treats it as an application-level security issue, much like SQL injection, that the customer must prevent: validate and sanitize input, and use the prompt-attack filter of Amazon Bedrock Guardrails.",
    },
    section: 'beyond/ai-security#prompt-injection-tools',
  },
  {
    id: 'pii-redaction',
    en: 'PII redaction',
    es: 'ocultación de PII',
    forms: {
      es: ['ocultación de PII', 'enmascaramiento de PII', 'ocultación de datos personales'],
      en: ['PII redaction', 'redacting PII', 'PII masking'],
    },
    definition: {
      es: 'Eliminar u ocultar la información de identificación personal (PII) antes de que llegue a un modelo, a un usuario o a un registro. Amazon Bedrock Guardrails puede bloquear la PII o sustituirla por etiquetas (`ANONYMIZE`), y una política de protección de datos de CloudWatch Logs enmascara los datos sensibles al ingerir los eventos; solo quien tiene el permiso `logs:Unmask` los ve completos.',
      en: 'Removing or hiding personally identifiable information (PII) before it reaches a model, a user or a log. Amazon Bedrock Guardrails can block PII or replace it with identifier tags (`ANONYMIZE`), and a CloudWatch Logs data protection policy masks sensitive data as log events are ingested; only principals with the `logs:Unmask` permission see it in full.',
    },
    section: 'beyond/ai-security#sensitive-information',
  },
  {
    id: 'amazon-q-developer',
    en: 'Amazon Q Developer',
    es: 'Amazon Q Developer',
    forms: {
      es: ['Amazon Q Developer', 'Q Developer', 'Amazon CodeWhisperer', 'CodeWhisperer'],
      en: ['Amazon Q Developer', 'Q Developer', 'Amazon CodeWhisperer', 'CodeWhisperer'],
    },
    definition: {
      es: 'Asistente de IA generativa de AWS para desarrollar software; Amazon CodeWhisperer pasó a formar parte de él el 30 de abril de 2024. AWS deja de dar soporte a sus complementos para IDE el 30 de abril de 2027 y propone Kiro en su lugar; la lista de servicios de DVA-C03 nombra Kiro, no Amazon Q Developer.',
      en: 'AWS generative AI assistant for software development; Amazon CodeWhisperer became part of it on April 30, 2024. AWS ends support for its IDE plugins on April 30, 2027 and suggests Kiro instead; the DVA-C03 services list names Kiro, not Amazon Q Developer.',
    },
    section: 'beyond/ai-developer-tools#code-generation-and-review',
  },
  {
    id: 'kiro',
    en: 'Kiro',
    es: 'Kiro',
    forms: {
      es: ['Kiro'],
      en: ['Kiro'],
    },
    definition: {
      es: 'Herramienta de desarrollo de AWS basada en agentes de IA, en la lista de servicios de IA de DVA-C03. AWS la propone a quien usa los complementos de Amazon Q Developer para IDE: ofrece sugerencias en línea, chat y generación de código, además de programación con agentes y compatibilidad con MCP.',
      en: 'AWS agentic development tool, on the DVA-C03 list of AI services. AWS suggests it to users of the Amazon Q Developer IDE plugins: it offers inline suggestions, chat and code generation, plus agentic coding and MCP support.',
    },
    section: 'beyond/ai-developer-tools#code-generation-and-review',
  },
  {
    id: 'aws-distro-for-opentelemetry',
    en: 'AWS Distro for OpenTelemetry (ADOT)',
    es: 'AWS Distro para OpenTelemetry (ADOT)',
    forms: {
      es: ['AWS Distro para OpenTelemetry', 'AWS Distro for OpenTelemetry', 'ADOT'],
      en: ['AWS Distro for OpenTelemetry', 'ADOT'],
    },
    definition: {
      es: 'Distribución de OpenTelemetry de AWS: se instrumenta la aplicación una sola vez y se envían trazas y métricas correlacionadas a CloudWatch, X-Ray u OpenSearch Service; para X-Ray hacen falta un SDK de OpenTelemetry y el recopilador (Collector) de ADOT. AWS recomienda pasarse a OpenTelemetry porque los SDK y el daemon de X-Ray están en modo de mantenimiento desde el 25 de febrero de 2026 y pierden el soporte el 25 de febrero de 2027.',
      en: 'AWS distribution of OpenTelemetry: you instrument an application once and send correlated traces and metrics to CloudWatch, X-Ray or OpenSearch Service; X-Ray needs an OpenTelemetry SDK plus the ADOT Collector. AWS recommends moving to OpenTelemetry because the X-Ray SDKs and daemon have been in maintenance mode since February 25, 2026 and lose support on February 25, 2027.',
    },
    section: 'beyond/observability#opentelemetry',
  },

  // ── Beyond the notes: AWS Lambda ───────────────────────────────────────────────────────────────────
  {
    id: 'aws-lambda',
    en: 'AWS Lambda',
    es: 'AWS Lambda',
    forms: {
      es: ['AWS Lambda', 'función de Lambda', 'funciones de Lambda', 'funciones Lambda', 'función Lambda'],
      en: ['AWS Lambda', 'Lambda function', 'Lambda functions'],
    },
    definition: {
      es: 'Servicio de cómputo sin servidor que ejecuta el código de una función cuando llega un evento; AWS administra la infraestructura y se paga por solicitud y duración.',
      en: "A serverless compute service that runs a function's code when an event arrives; AWS manages the infrastructure and you pay per request and duration.",
    },
    section: 'beyond/lambda#invocation-types',
  },
  {
    id: 'asynchronous-invocation',
    en: 'asynchronous invocation',
    es: 'invocación asíncrona',
    forms: {
      es: ['invocación asíncrona', 'invocaciones asíncronas'],
      en: ['asynchronous invocation', 'asynchronous invocations'],
    },
    definition: {
      es: 'Lambda pone el evento en una cola interna y responde al instante (HTTP 202); si la función falla, reintenta dos veces por defecto y puede enviar el evento a un destino o a una DLQ.',
      en: 'Lambda puts the event in an internal queue and returns at once (HTTP 202); if the function fails it retries twice by default and can send the event to a destination or a DLQ.',
    },
    section: 'beyond/lambda#async-error-handling',
  },
  {
    id: 'event-source-mapping',
    en: 'event source mapping',
    es: 'asignación de orígenes de eventos',
    forms: {
      es: ['asignación de orígenes de eventos', 'asignaciones de orígenes de eventos'],
      en: ['event source mapping', 'event source mappings'],
    },
    definition: {
      es: 'Recurso de Lambda que sondea una cola o un flujo (SQS, Kinesis, DynamoDB Streams, Kafka…) e invoca la función con lotes de registros.',
      en: 'A Lambda resource that polls a queue or stream (SQS, Kinesis, DynamoDB Streams, Kafka…) and invokes the function with batches of records.',
    },
    section: 'beyond/lambda#event-source-mapping-errors',
  },
  {
    id: 'lambda-destination',
    en: 'Lambda destination',
    es: 'destino de Lambda',
    forms: {
      es: ['destino de Lambda', 'destinos de Lambda', 'destino en caso de error', 'destino en caso de éxito'],
      en: ['Lambda destination', 'Lambda destinations', 'on-failure destination', 'on-success destination'],
    },
    definition: {
      es: 'Recurso (cola SQS, tema SNS, bucket de S3 solo para fallos, función de Lambda o bus de EventBridge) que recibe un registro JSON de cada invocación asíncrona que tiene éxito o falla.',
      en: 'A resource (SQS queue, SNS topic, S3 bucket for failures only, Lambda function or EventBridge bus) that receives a JSON record of each asynchronous invocation that succeeds or fails.',
    },
    section: 'beyond/lambda#destinations',
  },
  {
    id: 'reserved-concurrency',
    en: 'reserved concurrency',
    es: 'simultaneidad reservada',
    forms: {
      es: ['simultaneidad reservada', 'concurrencia reservada'],
      en: ['reserved concurrency'],
    },
    definition: {
      es: 'Parte de la simultaneidad de la cuenta guardada para una función: le garantiza ese número y a la vez no la deja pasar de él. No tiene costo.',
      en: "Part of the account's concurrency set aside for one function: it guarantees that number and also caps the function at it. It costs nothing.",
    },
    section: 'beyond/lambda#reserved-concurrency',
  },
  {
    id: 'provisioned-concurrency',
    en: 'provisioned concurrency',
    es: 'simultaneidad aprovisionada',
    forms: {
      es: ['simultaneidad aprovisionada', 'concurrencia aprovisionada'],
      en: ['provisioned concurrency'],
    },
    definition: {
      es: 'Número de entornos de ejecución que Lambda mantiene inicializados para una versión o un alias, para evitar arranques en frío. Tiene costo adicional.',
      en: 'A number of execution environments that Lambda keeps initialized for a version or alias, to avoid cold starts. It costs extra.',
    },
    section: 'beyond/lambda#provisioned-concurrency',
  },
  {
    id: 'cold-start',
    en: 'cold start',
    es: 'arranque en frío',
    forms: {
      es: ['arranque en frío', 'arranques en frío'],
      en: ['cold start', 'cold starts'],
    },
    definition: {
      es: 'Latencia extra cuando Lambda debe crear un entorno de ejecución: descargar el código, iniciar el tiempo de ejecución y ejecutar el código de inicialización.',
      en: 'Extra latency when Lambda must create an execution environment: download the code, start the runtime and run the initialization code.',
    },
    section: 'beyond/lambda#cold-starts',
  },
  {
    id: 'lambda-snapstart',
    en: 'Lambda SnapStart',
    es: 'Lambda SnapStart',
    forms: {
      es: ['Lambda SnapStart', 'SnapStart'],
      en: ['Lambda SnapStart', 'SnapStart'],
    },
    definition: {
      es: 'Característica de Lambda que inicializa la función al publicar una versión, guarda una instantánea y arranca los entornos nuevos desde ella (Java, Python y .NET).',
      en: 'A feature that initializes the function when a version is published, saves a snapshot and starts new environments from it (Java, Python and .NET).',
    },
    section: 'beyond/lambda#snapstart',
  },
  {
    id: 'lambda-layer',
    en: 'Lambda layer',
    es: 'capa de Lambda',
    forms: {
      es: ['capa de Lambda', 'capas de Lambda'],
      en: ['Lambda layer', 'Lambda layers'],
    },
    definition: {
      es: 'Archivo .zip con bibliotecas, un tiempo de ejecución personalizado o configuración que Lambda extrae en `/opt`; hasta cinco por función.',
      en: 'A .zip archive of libraries, a custom runtime or configuration that Lambda extracts into `/opt`; up to five per function.',
    },
    section: 'beyond/lambda#layers-and-extensions',
  },
  {
    id: 'lambda-alias',
    en: 'Lambda alias',
    es: 'alias de Lambda',
    forms: {
      es: ['alias de Lambda', 'alias ponderado', 'alias ponderados'],
      en: ['Lambda alias', 'Lambda aliases', 'weighted alias', 'weighted aliases'],
    },
    definition: {
      es: 'Nombre que apunta a una versión publicada de una función y se puede mover; un alias ponderado reparte el tráfico entre dos versiones (una implementación canario).',
      en: 'A name that points to a published version of a function and can be moved; a weighted alias splits traffic between two versions (canary deployment).',
    },
    section: 'beyond/lambda#versions-and-aliases',
  },

  // ── Beyond the notes: Amazon API Gateway ───────────────────────────────────────────────────────────
  {
    id: 'amazon-api-gateway',
    en: 'Amazon API Gateway',
    es: 'Amazon API Gateway',
    forms: {
      es: ['Amazon API Gateway', 'API Gateway'],
      en: ['Amazon API Gateway', 'API Gateway'],
    },
    definition: {
      es: 'Servicio administrado para crear, publicar y proteger API de REST, HTTP y WebSocket delante de funciones de Lambda, servicios de AWS o puntos de conexión HTTP.',
      en: 'A managed service to create, publish and protect REST, HTTP and WebSocket APIs in front of Lambda functions, AWS services or HTTP endpoints.',
    },
    section: 'beyond/api-gateway#api-types',
  },
  {
    id: 'api-gateway-stage',
    en: 'API stage',
    es: 'etapa de API',
    forms: {
      es: ['etapa de API', 'etapas de API'],
      en: ['API stage', 'API stages'],
    },
    definition: {
      es: 'Referencia con nombre (`dev`, `prod`) a una implementación de una API de API Gateway; su nombre forma parte de la URL y tiene sus propios ajustes de limitación, caché y registros.',
      en: 'A named reference (`dev`, `prod`) to a deployment of an API Gateway API; its name is part of the URL and it has its own throttling, cache and logging settings.',
    },
    section: 'beyond/api-gateway#stages-and-deployments',
  },
  {
    id: 'stage-variables',
    en: 'stage variables',
    es: 'variables de etapa',
    forms: {
      es: ['variable de etapa', 'variables de etapa'],
      en: ['stage variable', 'stage variables'],
    },
    definition: {
      es: 'Pares clave-valor de una etapa de API Gateway que actúan como variables de entorno, por ejemplo para que cada etapa llame a otro host o a otra función de Lambda. No son para secretos.',
      en: 'Key-value pairs of an API Gateway stage that work like environment variables, for example so that each stage calls another host or Lambda function. Not meant for secrets.',
    },
    section: 'beyond/api-gateway#stage-variables',
  },
  {
    id: 'lambda-authorizer',
    en: 'Lambda authorizer',
    es: 'autorizador de Lambda',
    forms: {
      es: ['autorizador de Lambda', 'autorizadores de Lambda'],
      en: ['Lambda authorizer', 'Lambda authorizers'],
    },
    definition: {
      es: 'Función de Lambda que API Gateway llama para decidir si deja pasar una solicitud: recibe un token (`TOKEN`) o parámetros de la solicitud (`REQUEST`) y devuelve una política de IAM, que se puede guardar en caché.',
      en: 'A Lambda function that API Gateway calls to decide whether a request may pass: it receives a token (`TOKEN`) or request parameters (`REQUEST`) and returns an IAM policy, which can be cached.',
    },
    section: 'beyond/api-gateway#authorization',
  },
  {
    id: 'jwt-authorizer',
    en: 'JWT authorizer',
    es: 'autorizador JWT',
    forms: {
      es: ['autorizador JWT', 'autorizadores JWT'],
      en: ['JWT authorizer', 'JWT authorizers'],
    },
    definition: {
      es: 'Autorizador de las API HTTP que valida por sí mismo los JSON Web Tokens de un emisor OpenID Connect u OAuth 2.0 (como Amazon Cognito): firma, emisor, audiencia, caducidad y ámbitos.',
      en: 'An HTTP API authorizer that validates JSON Web Tokens from an OpenID Connect or OAuth 2.0 issuer (such as Amazon Cognito) by itself: signature, issuer, audience, expiry and scopes.',
    },
    section: 'beyond/api-gateway#authorization',
  },
  {
    id: 'usage-plan',
    en: 'usage plan',
    es: 'plan de uso',
    forms: {
      es: ['plan de uso', 'planes de uso'],
      en: ['usage plan', 'usage plans'],
    },
    definition: {
      es: 'En una API de REST, define qué etapas y métodos puede usar cada clave de API, con una limitación (tasa y ráfaga) y una cuota de solicitudes por periodo, aplicadas de forma aproximada.',
      en: 'In a REST API, it defines which stages and methods each API key may use, with throttling (rate and burst) and a quota of requests per period, applied on a best-effort basis.',
    },
    section: 'beyond/api-gateway#throttling-and-usage-plans',
  },
  {
    id: 'api-key',
    en: 'API key',
    es: 'clave de API',
    forms: {
      es: ['clave de API', 'claves de API'],
      en: ['API key', 'API keys'],
    },
    definition: {
      es: 'Cadena que el cliente envía en el encabezado `X-API-Key` para que API Gateway lo identifique en un plan de uso. Sirve para medir y limitar, no para autorizar.',
      en: 'A string the client sends in the `X-API-Key` header so that API Gateway can identify it in a usage plan. It is for metering and limiting, not for authorization.',
    },
    section: 'beyond/api-gateway#throttling-and-usage-plans',
  },
  {
    id: 'mapping-template',
    en: 'mapping template',
    es: 'plantilla de asignación',
    forms: {
      es: ['plantilla de asignación', 'plantillas de asignación'],
      en: ['mapping template', 'mapping templates'],
    },
    definition: {
      es: 'Script en Velocity Template Language (VTL) que transforma el cuerpo de la solicitud o de la respuesta de una integración sin proxy de API Gateway según su `Content-Type`.',
      en: 'A Velocity Template Language (VTL) script that transforms the request or response body of a non-proxy API Gateway integration according to its `Content-Type`.',
    },
    section: 'beyond/api-gateway#validation-and-mapping',
  },
  {
    id: 'lambda-proxy-integration',
    en: 'Lambda proxy integration',
    es: 'integración de proxy de Lambda',
    forms: {
      es: ['integración de proxy de Lambda', 'integraciones de proxy de Lambda'],
      en: ['Lambda proxy integration', 'Lambda proxy integrations'],
    },
    definition: {
      es: 'Integración de API Gateway (`AWS_PROXY`) que pasa la solicitud entera a la función de Lambda y devuelve su respuesta tal cual; la función debe responder con `statusCode`, `headers` y `body`, o el cliente recibe 502.',
      en: 'An API Gateway integration (`AWS_PROXY`) that passes the whole request to the Lambda function and returns its response as it is; the function must return `statusCode`, `headers`, and `body`, or the client gets a 502.',
    },
    section: 'beyond/api-gateway#integrations',
  },
  {
    id: 'edge-optimized-endpoint',
    en: 'edge-optimized API endpoint',
    es: 'punto de conexión optimizado para bordes',
    forms: {
      es: ['punto de conexión optimizado para bordes', 'optimizado para bordes', 'optimizadas para bordes'],
      en: ['edge-optimized API endpoint', 'edge-optimized endpoint', 'edge-optimized'],
    },
    definition: {
      es: 'Tipo de punto de conexión predeterminado de las API de REST: las solicitudes entran por el punto de presencia de CloudFront más cercano. Su certificado de dominio personalizado debe estar en `us-east-1`.',
      en: 'The default endpoint type of REST APIs: requests enter through the nearest CloudFront Point of Presence. Its custom domain certificate must be in `us-east-1`.',
    },
    section: 'beyond/api-gateway#endpoint-types',
  },

  // ── Beyond the notes: Amazon DynamoDB ──────────────────────────────────────────────────────────────
  {
    id: 'amazon-dynamodb',
    en: 'Amazon DynamoDB',
    es: 'Amazon DynamoDB',
    forms: {
      es: ['Amazon DynamoDB', 'DynamoDB'],
      en: ['Amazon DynamoDB', 'DynamoDB'],
    },
    definition: {
      es: 'Base de datos NoSQL sin servidor de clave-valor y de documentos: tablas de elementos identificados por una clave principal, con capacidad bajo demanda o aprovisionada.',
      en: 'A serverless NoSQL key-value and document database: tables of items identified by a primary key, with on-demand or provisioned capacity.',
    },
    section: 'beyond/dynamodb#data-model',
  },
  {
    id: 'partition-key',
    en: 'partition key',
    es: 'clave de partición',
    forms: {
      es: ['clave de partición', 'claves de partición'],
      en: ['partition key', 'partition keys'],
    },
    definition: {
      es: 'Atributo de la clave principal cuyo hash decide en qué partición se guarda el elemento; conviene que tenga muchos valores distintos usados de forma pareja.',
      en: 'The primary key attribute whose hash decides which partition stores the item; it should have many distinct values that are used evenly.',
    },
    // DynamoDB's meaning; a Kinesis partition key (messaging, SDK pages) is another thing.
    onlyOn: ['beyond/dynamodb', 'beyond/iam-developers'],
    section: 'beyond/dynamodb#partition-key-design',
  },
  {
    id: 'sort-key',
    en: 'sort key',
    es: 'clave de ordenación',
    forms: {
      es: ['clave de ordenación', 'claves de ordenación'],
      en: ['sort key', 'sort keys'],
    },
    definition: {
      es: 'Segundo atributo de una clave principal compuesta: ordena los elementos que comparten clave de partición y permite consultar rangos con `Query`.',
      en: 'The second attribute of a composite primary key: it orders the items that share a partition key and lets `Query` read ranges.',
    },
    section: 'beyond/dynamodb#data-model',
  },
  {
    id: 'read-capacity-unit',
    en: 'read capacity unit (RCU)',
    es: 'unidad de capacidad de lectura (RCU)',
    forms: {
      es: ['unidad de capacidad de lectura', 'unidades de capacidad de lectura', 'RCU'],
      en: ['read capacity unit', 'read capacity units', 'RCU', 'RCUs'],
    },
    definition: {
      es: 'Una lectura de coherencia alta por segundo de un elemento de hasta 4 KB, o dos de coherencia final; una lectura transaccional cuesta el doble.',
      en: 'One strongly consistent read per second of an item up to 4 KB, or two eventually consistent ones; a transactional read costs double.',
    },
    section: 'beyond/dynamodb#capacity-units',
  },
  {
    id: 'write-capacity-unit',
    en: 'write capacity unit (WCU)',
    es: 'unidad de capacidad de escritura (WCU)',
    forms: {
      es: ['unidad de capacidad de escritura', 'unidades de capacidad de escritura', 'WCU'],
      en: ['write capacity unit', 'write capacity units', 'WCU', 'WCUs'],
    },
    definition: {
      es: 'Una escritura por segundo de un elemento de hasta 1 KB; una escritura transaccional cuesta el doble.',
      en: 'One write per second of an item up to 1 KB; a transactional write costs double.',
    },
    section: 'beyond/dynamodb#capacity-units',
  },
  {
    id: 'global-secondary-index',
    en: 'global secondary index (GSI)',
    es: 'índice secundario global (GSI)',
    forms: {
      es: ['índice secundario global', 'índices secundarios globales', 'GSI'],
      en: ['global secondary index', 'global secondary indexes', 'GSI', 'GSIs'],
    },
    definition: {
      es: 'Índice con otra clave de partición (y de ordenación opcional) que abarca toda la tabla; se crea cuando se quiera, tiene capacidad propia y solo admite lecturas de coherencia final.',
      en: 'An index with a different partition key (and optional sort key) that spans the whole table; it can be created at any time, has its own capacity and supports eventually consistent reads only.',
    },
    section: 'beyond/dynamodb#secondary-indexes',
  },
  {
    id: 'local-secondary-index',
    en: 'local secondary index (LSI)',
    es: 'índice secundario local (LSI)',
    forms: {
      es: ['índice secundario local', 'índices secundarios locales', 'LSI'],
      en: ['local secondary index', 'local secondary indexes', 'LSI', 'LSIs'],
    },
    definition: {
      es: 'Índice con la misma clave de partición que la tabla y otra clave de ordenación; solo se crea con la tabla, usa su capacidad y admite lecturas de coherencia alta.',
      en: "An index with the table's partition key and a different sort key; it can only be created with the table, uses the table's capacity and supports strongly consistent reads.",
    },
    section: 'beyond/dynamodb#secondary-indexes',
  },
  {
    id: 'dynamodb-streams',
    en: 'DynamoDB Streams',
    es: 'DynamoDB Streams',
    forms: {
      es: ['DynamoDB Streams'],
      en: ['DynamoDB Streams'],
    },
    definition: {
      es: 'Registro ordenado de los cambios de cada elemento de una tabla, guardado 24 horas; una función de Lambda puede procesarlo como desencadenador.',
      en: 'An ordered log of the item-level changes in a table, kept for 24 hours; a Lambda function can process it as a trigger.',
    },
    section: 'beyond/dynamodb#streams',
  },
  {
    id: 'dynamodb-accelerator',
    en: 'DynamoDB Accelerator (DAX)',
    es: 'DynamoDB Accelerator (DAX)',
    forms: {
      es: ['DynamoDB Accelerator', 'DAX'],
      en: ['DynamoDB Accelerator', 'DAX'],
    },
    definition: {
      es: 'Caché en memoria compatible con la API de DynamoDB que sirve lecturas de coherencia final en microsegundos; las escrituras pasan por ella (write-through).',
      en: 'An in-memory cache compatible with the DynamoDB API that serves eventually consistent reads in microseconds; writes go through it (write-through).',
    },
    section: 'beyond/dynamodb#dax',
  },
  {
    id: 'optimistic-locking',
    en: 'optimistic locking',
    es: 'bloqueo optimista',
    forms: {
      es: ['bloqueo optimista'],
      en: ['optimistic locking'],
    },
    definition: {
      es: 'Cada elemento guarda un número de versión y una escritura condicional solo lo modifica si la versión no cambió desde que se leyó; si cambió, se vuelve a leer y se reintenta.',
      en: 'Each item keeps a version number and a conditional write changes it only if the version has not changed since it was read; if it has, read again and retry.',
    },
    section: 'beyond/dynamodb#optimistic-locking',
  },

  // ── Beyond the notes: Messaging and events ─────────────────────────────────────────────────────────
  {
    id: 'amazon-sqs',
    en: 'Amazon Simple Queue Service (Amazon SQS)',
    es: 'Amazon Simple Queue Service (Amazon SQS)',
    forms: {
      es: ['Amazon SQS', 'SQS'],
      en: ['Amazon SQS', 'SQS'],
    },
    definition: {
      es: 'Servicio de colas de mensajes administrado: el productor deja mensajes y los consumidores los sondean, los procesan y los borran. Colas estándar (al menos una vez, orden aproximado) o FIFO (orden estricto por grupo, sin duplicados).',
      en: 'A managed message queue service: producers leave messages and consumers poll, process and delete them. Standard queues (at-least-once, best-effort order) or FIFO queues (strict order per group, no duplicates).',
    },
    section: 'beyond/messaging#amazon-sqs',
  },
  {
    id: 'sqs-fifo-queue',
    en: 'FIFO queue',
    es: 'cola FIFO',
    forms: {
      es: ['cola FIFO', 'colas FIFO'],
      en: ['FIFO queue', 'FIFO queues'],
    },
    definition: {
      es: 'Cola de SQS cuyo nombre termina en `.fifo`: entrega en orden estricto dentro de cada `MessageGroupId` y descarta duplicados durante un intervalo de 5 minutos.',
      en: 'An SQS queue whose name ends in `.fifo`: it delivers in strict order within each `MessageGroupId` and drops duplicates for a 5-minute interval.',
    },
    section: 'beyond/messaging#standard-and-fifo-queues',
  },
  {
    id: 'visibility-timeout',
    en: 'visibility timeout',
    es: 'tiempo de espera de visibilidad',
    forms: {
      es: ['tiempo de espera de visibilidad', 'tiempos de espera de visibilidad'],
      en: ['visibility timeout', 'visibility timeouts'],
    },
    definition: {
      es: 'Tiempo que un mensaje de SQS recibido queda oculto a otros consumidores (30 s por defecto, hasta 12 h); si no se borra antes, vuelve a ser visible.',
      en: "How long a received SQS message stays hidden from other consumers (30 s by default, up to 12 h); if it isn't deleted in time, it becomes visible again.",
    },
    section: 'beyond/messaging#visibility-and-polling',
  },
  {
    id: 'long-polling',
    en: 'long polling',
    es: 'sondeo largo',
    forms: {
      es: ['sondeo largo'],
      en: ['long polling'],
    },
    definition: {
      es: 'Recepción de SQS que espera hasta 20 segundos a que lleguen mensajes en lugar de responder al instante, lo que reduce respuestas vacías y llamadas a la API.',
      en: 'An SQS receive that waits up to 20 seconds for messages instead of returning at once, which cuts empty responses and API calls.',
    },
    section: 'beyond/messaging#visibility-and-polling',
  },
  {
    id: 'dead-letter-queue',
    en: 'dead-letter queue (DLQ)',
    es: 'cola de mensajes fallidos (DLQ)',
    forms: {
      es: ['cola de mensajes fallidos', 'colas de mensajes fallidos', 'DLQ'],
      en: ['dead-letter queue', 'dead-letter queues', 'DLQ', 'DLQs'],
    },
    definition: {
      es: 'Cola que recibe los mensajes o eventos que no se pudieron procesar o entregar (en SQS, tras superar `maxReceiveCount`) para analizarlos y reenviarlos después.',
      en: 'A queue that receives the messages or events that could not be processed or delivered (in SQS, after exceeding `maxReceiveCount`) so you can inspect and redrive them later.',
    },
    section: 'beyond/messaging#sqs-dead-letter-queues',
  },
  {
    id: 'amazon-sns',
    en: 'Amazon Simple Notification Service (Amazon SNS)',
    es: 'Amazon Simple Notification Service (Amazon SNS)',
    forms: {
      es: ['Amazon SNS', 'SNS'],
      en: ['Amazon SNS', 'SNS'],
    },
    definition: {
      es: 'Servicio de publicación/suscripción: un publicador envía mensajes a un tema y SNS los entrega (push) a todos los suscriptores (SQS, Lambda, HTTP/S, correo, SMS…).',
      en: 'A pub/sub service: a publisher sends messages to a topic and SNS pushes them to every subscriber (SQS, Lambda, HTTP/S, email, SMS…).',
    },
    section: 'beyond/messaging#amazon-sns',
  },
  {
    id: 'fan-out',
    en: 'fan-out',
    es: 'distribución ramificada (fan-out)',
    forms: {
      es: ['distribución ramificada', 'fan-out'],
      en: ['fan-out', 'fanout'],
    },
    definition: {
      es: 'Patrón en el que un mensaje publicado en un tema de SNS se copia a varios puntos de conexión (normalmente varias colas SQS) para procesarlo en paralelo.',
      en: 'A pattern where a message published to an SNS topic is copied to several endpoints (usually several SQS queues) for parallel processing.',
    },
    section: 'beyond/messaging#amazon-sns',
  },
  {
    id: 'amazon-kinesis-data-streams',
    en: 'Amazon Kinesis Data Streams',
    es: 'Amazon Kinesis Data Streams',
    forms: {
      es: ['Amazon Kinesis Data Streams', 'Kinesis Data Streams'],
      en: ['Amazon Kinesis Data Streams', 'Kinesis Data Streams'],
    },
    definition: {
      es: 'Servicio de streaming en tiempo real: los registros se reparten por clave de partición entre fragmentos (shards) y se conservan 24 h por defecto (hasta 365 días) para que varias aplicaciones los lean.',
      en: 'A real-time streaming service: records are spread across shards by partition key and kept for 24 h by default (up to 365 days) so several applications can read them.',
    },
    section: 'beyond/messaging#kinesis-data-streams',
  },
  {
    id: 'kinesis-shard',
    en: 'shard (Kinesis Data Streams)',
    es: 'fragmento (Kinesis Data Streams)',
    forms: {
      es: ['fragmento', 'fragmentos'],
      en: ['shard', 'shards'],
    },
    definition: {
      es: 'Unidad básica de capacidad de un flujo de Kinesis Data Streams: admite 1 MB/s y 1000 registros por segundo de escritura y 2 MB/s de lectura, y la clave de partición decide a qué fragmento va cada registro. (No es una partición de DynamoDB.)',
      en: 'The base throughput unit of a Kinesis data stream: it supports 1 MB/s and 1,000 records per second for writes and 2 MB/s for reads, and the partition key decides which shard each record goes to. (Not a DynamoDB partition.)',
    },
    onlyOn: ['beyond/messaging', 'beyond/lambda', 'beyond/sdk-code'],
    section: 'beyond/messaging#kinesis-data-streams',
  },
  {
    id: 'enhanced-fan-out',
    en: 'enhanced fan-out',
    es: 'distribución ramificada mejorada',
    forms: {
      es: ['distribución ramificada mejorada'],
      en: ['enhanced fan-out'],
    },
    definition: {
      es: 'Modo de consumo de Kinesis Data Streams en el que cada consumidor registrado recibe por push sus propios 2 MB/s por fragmento, en vez de compartirlos.',
      en: 'A Kinesis Data Streams consumer mode where each registered consumer gets its own 2 MB/s per shard, pushed to it, instead of sharing it.',
    },
    section: 'beyond/messaging#kinesis-data-streams',
  },
  {
    id: 'aws-step-functions',
    en: 'AWS Step Functions',
    es: 'AWS Step Functions',
    forms: {
      es: ['AWS Step Functions', 'Step Functions'],
      en: ['AWS Step Functions', 'Step Functions'],
    },
    definition: {
      es: 'Servicio que orquesta pasos como una máquina de estado en Amazon States Language, con reintentos y capturas de errores; flujos Standard (hasta un año, exactamente una vez) o Express (hasta cinco minutos).',
      en: 'A service that orchestrates steps as a state machine written in Amazon States Language, with retries and error catching; Standard workflows (up to one year, exactly-once) or Express (up to five minutes).',
    },
    section: 'beyond/messaging#standard-vs-express',
  },

  // ── Beyond the notes: Infrastructure as code and deployment ────────────────────────────────────────
  {
    id: 'cloudformation-stack',
    en: 'stack (CloudFormation stack)',
    es: 'pila (pila de CloudFormation)',
    forms: {
      es: ['pila de CloudFormation', 'pilas de CloudFormation', 'pila', 'pilas'],
      en: ['CloudFormation stack', 'CloudFormation stacks', 'stack', 'stacks'],
    },
    definition: {
      es: 'Conjunto de recursos que CloudFormation crea a partir de una plantilla y que se crea, actualiza y elimina como una unidad. AWS SAM y AWS CDK también implementan pilas.',
      en: 'The set of resources CloudFormation creates from a template, created, updated and deleted as one unit. AWS SAM and AWS CDK also deploy stacks.',
    },
    section: 'beyond/deployment#cloudformation',
  },
  {
    id: 'intrinsic-function',
    en: 'intrinsic function',
    es: 'función intrínseca',
    forms: {
      es: ['función intrínseca', 'funciones intrínsecas'],
      en: ['intrinsic function', 'intrinsic functions'],
    },
    definition: {
      es: 'Función que CloudFormation resuelve al crear o actualizar la pila, como `Ref`, `Fn::GetAtt`, `Fn::Sub` o `Fn::ImportValue`, para usar valores que no se conocen al escribir la plantilla.',
      en: 'A function CloudFormation resolves when it creates or updates the stack, such as `Ref`, `Fn::GetAtt`, `Fn::Sub` or `Fn::ImportValue`, to use values not known when you write the template.',
    },
    section: 'beyond/deployment#intrinsic-functions',
  },
  {
    id: 'cross-stack-reference',
    en: 'cross-stack reference',
    es: 'referencia entre pilas',
    awsEs: 'referencia cruzada entre pilas',
    forms: {
      es: ['referencia entre pilas', 'referencias entre pilas', 'referencias cruzadas entre pilas'],
      en: ['cross-stack reference', 'cross-stack references'],
    },
    definition: {
      es: 'Una pila exporta una salida (`Export`) y otra la lee con `Fn::ImportValue`. Solo funciona en la misma región, y la pila exportadora no se puede eliminar mientras alguien importe el valor.',
      en: 'One stack exports an output (`Export`) and another reads it with `Fn::ImportValue`. It works only within one Region, and the exporting stack cannot be deleted while the value is imported.',
    },
    section: 'beyond/deployment#outputs-exports',
  },
  {
    id: 'change-set',
    en: 'change set',
    es: 'conjunto de cambios',
    forms: {
      es: ['conjunto de cambios', 'conjuntos de cambios'],
      en: ['change set', 'change sets'],
    },
    definition: {
      es: 'Vista previa de lo que una actualización de pila crearía, modificaría o reemplazaría; no cambia nada hasta que se ejecuta.',
      en: 'A preview of what a stack update would create, modify or replace; nothing changes until you execute it.',
    },
    section: 'beyond/deployment#change-sets-rollback',
  },
  {
    id: 'aws-sam',
    en: 'AWS Serverless Application Model (AWS SAM)',
    es: 'AWS Serverless Application Model (AWS SAM)',
    forms: {
      es: ['AWS Serverless Application Model', 'AWS SAM', 'SAM'],
      en: ['AWS Serverless Application Model', 'AWS SAM', 'SAM'],
    },
    definition: {
      es: 'Extensión de CloudFormation para aplicaciones sin servidor (`Transform: AWS::Serverless-2016-10-31`, recursos `AWS::Serverless::*`) y una CLI para compilar, probar en local con Docker e implementar.',
      en: 'A CloudFormation extension for serverless applications (`Transform: AWS::Serverless-2016-10-31`, `AWS::Serverless::*` resources) plus a CLI to build, test locally with Docker and deploy.',
    },
    section: 'beyond/deployment#aws-sam',
  },
  {
    id: 'aws-cdk',
    en: 'AWS Cloud Development Kit (AWS CDK)',
    es: 'AWS Cloud Development Kit (AWS CDK)',
    forms: {
      es: ['AWS Cloud Development Kit', 'AWS CDK', 'CDK'],
      en: ['AWS Cloud Development Kit', 'AWS CDK', 'CDK'],
    },
    definition: {
      es: 'Marco para definir infraestructura con lenguajes de programación mediante constructos (L1, L2, L3); `cdk synth` genera plantillas de CloudFormation y `cdk deploy` las implementa.',
      en: 'A framework to define infrastructure in programming languages with constructs (L1, L2, L3); `cdk synth` generates CloudFormation templates and `cdk deploy` deploys them.',
    },
    section: 'beyond/deployment#aws-cdk',
  },
  {
    id: 'appspec-file',
    en: 'AppSpec file (application specification file)',
    es: 'archivo AppSpec',
    forms: {
      es: ['archivo AppSpec', 'archivos AppSpec', 'appspec.yml', 'AppSpec'],
      en: ['AppSpec file', 'AppSpec files', 'appspec.yml', 'AppSpec'],
    },
    definition: {
      es: 'Archivo YAML o JSON que dice a CodeDeploy qué implementar y qué ejecutar en cada evento del ciclo de vida: archivos y scripts en EC2/on-premises, versiones de la función en Lambda, definición de tareas en ECS.',
      en: 'A YAML or JSON file that tells CodeDeploy what to deploy and what to run at each lifecycle event: files and scripts on EC2/on-premises, function versions on Lambda, the task definition on ECS.',
    },
    section: 'beyond/deployment#appspec-file',
  },
  {
    id: 'lifecycle-event-hook',
    en: 'lifecycle event hook (CodeDeploy)',
    es: 'enlace de evento del ciclo de vida (CodeDeploy)',
    forms: {
      es: ['enlaces de eventos del ciclo de vida', 'enlace de evento del ciclo de vida'],
      en: ['lifecycle event hooks', 'lifecycle event hook'],
    },
    definition: {
      es: 'Script (EC2/on-premises) o función de Lambda (Lambda, ECS) que CodeDeploy ejecuta en un momento de la implementación, como `BeforeInstall`, `ValidateService` o `BeforeAllowTraffic`; si falla, la implementación falla.',
      en: 'A script (EC2/on-premises) or Lambda function (Lambda, ECS) that CodeDeploy runs at a point of the deployment, such as `BeforeInstall`, `ValidateService` or `BeforeAllowTraffic`; if it fails, the deployment fails.',
    },
    section: 'beyond/deployment#lifecycle-hooks',
  },
  {
    id: 'deployment-configuration',
    en: 'deployment configuration (CodeDeploy)',
    es: 'configuración de implementación (CodeDeploy)',
    forms: {
      es: ['configuración de implementación', 'configuraciones de implementación'],
      en: ['deployment configuration', 'deployment configurations'],
    },
    definition: {
      es: 'Reglas de CodeDeploy sobre el ritmo de la implementación: cuántas instancias deben seguir en buen estado en EC2, o cómo se desplaza el tráfico (canario, lineal o todo a la vez) en Lambda y ECS, como `CodeDeployDefault.LambdaCanary10Percent5Minutes`.',
      en: 'CodeDeploy rules for the pace of a deployment: how many instances must stay healthy on EC2, or how traffic shifts (canary, linear or in one step) on Lambda and ECS, such as `CodeDeployDefault.LambdaCanary10Percent5Minutes`.',
    },
    section: 'beyond/deployment#deployment-configurations',
  },
  {
    id: 'aws-appconfig',
    en: 'AWS AppConfig',
    es: 'AWS AppConfig',
    forms: {
      es: ['AWS AppConfig', 'AppConfig'],
      en: ['AWS AppConfig', 'AppConfig'],
    },
    definition: {
      es: 'Servicio para publicar marcas de características y configuración de forma gradual, con validadores, estrategias de implementación y reversión automática por alarmas de CloudWatch.',
      en: 'A service to roll out feature flags and configuration gradually, with validators, deployment strategies and automatic rollback on CloudWatch alarms.',
    },
    section: 'beyond/deployment#appconfig',
  },

  // ── Beyond the notes: Containers ───────────────────────────────────────────────────────────────────
  {
    id: 'amazon-ecs',
    en: 'Amazon Elastic Container Service (Amazon ECS)',
    es: 'Amazon Elastic Container Service (Amazon ECS)',
    forms: {
      es: ['Amazon Elastic Container Service', 'Amazon ECS', 'ECS'],
      en: ['Amazon Elastic Container Service', 'Amazon ECS', 'ECS'],
    },
    definition: {
      es: 'Orquestador de contenedores totalmente administrado de AWS: ejecuta tareas a partir de definiciones de tareas, dentro de clústeres, en Fargate, en instancias de EC2 o en ECS Managed Instances. No hay plano de control que gestionar.',
      en: "AWS's fully managed container orchestrator: it runs tasks from task definitions, inside clusters, on Fargate, EC2 instances or ECS Managed Instances. There is no control plane for you to run.",
    },
    section: 'beyond/containers#ecs-concepts',
  },
  {
    id: 'ecs-task-definition',
    en: 'task definition',
    es: 'definición de tarea',
    forms: {
      es: ['definición de tarea', 'definiciones de tareas', 'definiciones de tarea'],
      en: ['task definition', 'task definitions'],
    },
    definition: {
      es: 'Documento JSON de Amazon ECS que describe uno o varios contenedores (imagen, puertos, memoria), el tamaño de la tarea, el modo de red y los roles. Se registra bajo una familia y cada registro crea una revisión nueva.',
      en: 'An Amazon ECS JSON document that describes one or more containers (image, ports, memory), the task size, the network mode and the roles. It is registered under a family, and each registration creates a new revision.',
    },
    section: 'beyond/containers#task-definitions',
  },
  {
    id: 'ecs-task-role',
    en: 'task IAM role (task role)',
    es: 'rol de tarea',
    forms: {
      es: ['rol de tarea', 'roles de tarea', 'rol de IAM de tarea'],
      en: ['task role', 'task roles', 'task IAM role'],
    },
    definition: {
      es: 'Rol de IAM (`taskRoleArn`) cuyos permisos usa el código que corre en los contenedores de una tarea de ECS para llamar a otros servicios, como Amazon S3. Sustituye a los permisos de la instancia de EC2.',
      en: "The IAM role (`taskRoleArn`) whose permissions the code running in an ECS task's containers uses to call other services such as Amazon S3. It replaces the EC2 instance's permissions.",
    },
    section: 'beyond/containers#task-roles',
  },
  {
    id: 'ecs-task-execution-role',
    en: 'task execution IAM role',
    es: 'rol de ejecución de tareas',
    forms: {
      es: ['rol de ejecución de tareas', 'rol de ejecución de la tarea'],
      en: ['task execution role', 'task execution IAM role'],
    },
    definition: {
      es: 'Rol de IAM (`executionRoleArn`) que usan los agentes de ECS y Fargate, no la aplicación: extraer la imagen de ECR, enviar registros a CloudWatch Logs y leer secretos o parámetros citados en la definición de tarea.',
      en: 'The IAM role (`executionRoleArn`) used by the ECS and Fargate agents, not by the application: to pull the image from ECR, send logs to CloudWatch Logs and read secrets or parameters referenced in the task definition.',
    },
    section: 'beyond/containers#task-roles',
  },
  {
    id: 'aws-fargate',
    en: 'AWS Fargate',
    es: 'AWS Fargate',
    forms: {
      es: ['AWS Fargate', 'Fargate'],
      en: ['AWS Fargate', 'Fargate'],
    },
    definition: {
      es: 'Motor de cómputo sin servidores para contenedores de ECS y EKS: no se eligen ni escalan instancias, cada tarea tiene su propio aislamiento y se paga por los recursos que usan las tareas. Exige el modo de red `awsvpc`.',
      en: 'Serverless compute for ECS and EKS containers: no instances to choose or scale, each task has its own isolation, and you pay for the resources the tasks use. It requires the `awsvpc` network mode.',
    },
    section: 'beyond/containers#aws-fargate',
  },
  {
    id: 'deployment-circuit-breaker',
    en: 'deployment circuit breaker',
    es: 'interruptor de circuito de implementación',
    forms: {
      es: ['interruptor de circuito de implementación', 'interruptor de circuito', 'circuit breaker'],
      en: ['deployment circuit breaker', 'circuit breaker'],
    },
    definition: {
      es: 'Opción de los servicios de ECS que marca una implementación como fallida cuando demasiadas tareas no arrancan o no pasan las comprobaciones de estado y, si se activa la reversión, vuelve a la última implementación completada.',
      en: 'An ECS service option that marks a deployment as failed when too many tasks fail to start or fail health checks and, with rollback on, returns to the last completed deployment.',
    },
    onlyOn: ['beyond/containers', 'beyond/deployment'],
    section: 'beyond/containers#circuit-breaker',
  },
  {
    id: 'amazon-eks',
    en: 'Amazon Elastic Kubernetes Service (Amazon EKS)',
    es: 'Amazon Elastic Kubernetes Service (Amazon EKS)',
    forms: {
      es: ['Amazon Elastic Kubernetes Service', 'Amazon EKS', 'EKS'],
      en: ['Amazon Elastic Kubernetes Service', 'Amazon EKS', 'EKS'],
    },
    definition: {
      es: 'Kubernetes administrado: AWS gestiona el plano de control (y los nodos con EKS Auto Mode). Las aplicaciones se implementan con manifiestos YAML y los pods corren en grupos de nodos o en Fargate.',
      en: 'Managed Kubernetes: AWS runs the control plane (and the nodes with EKS Auto Mode). Applications are deployed with YAML manifests, and Pods run on node groups or on Fargate.',
    },
    section: 'beyond/containers#amazon-eks',
  },
  {
    id: 'eks-managed-node-group',
    en: 'managed node group',
    es: 'grupo de nodos administrado',
    forms: {
      es: ['grupo de nodos administrado', 'grupos de nodos administrados'],
      en: ['managed node group', 'managed node groups'],
    },
    definition: {
      es: 'Grupo de Auto Scaling de instancias de EC2 que Amazon EKS crea, actualiza y drena por ti como nodos del clúster. No tiene costo aparte de los recursos que usa.',
      en: 'An Auto Scaling group of EC2 instances that Amazon EKS creates, updates and drains for you as cluster nodes. It costs nothing beyond the resources it uses.',
    },
    section: 'beyond/containers#amazon-eks',
  },
  {
    id: 'eks-fargate-profile',
    en: 'Fargate profile',
    es: 'perfil de Fargate',
    forms: {
      es: ['perfil de Fargate', 'perfiles de Fargate'],
      en: ['Fargate profile', 'Fargate profiles'],
    },
    definition: {
      es: 'Configuración de EKS que decide qué pods se ejecutan en Fargate, con hasta cinco selectores (espacio de nombres y etiquetas opcionales), un rol de ejecución de pods y solo subredes privadas.',
      en: 'An EKS setting that decides which Pods run on Fargate, with up to five selectors (namespace plus optional labels), a Pod execution role and private subnets only.',
    },
    section: 'beyond/containers#amazon-eks',
  },
  // ── Beyond the notes, security (one file per page) ─────────────────────────────────────────────
  ...iamForDevelopersTerms,
  ...cognitoTerms,
  ...encryptionAndSecretsTerms,
  ...s3AndCloudFrontTerms,
  ...aiSecurityTerms,
  // ── Beyond the notes, troubleshooting and optimization ────────────────────────────────────────────
  ...observabilityTerms,
  ...sdkCodeTerms,
  ...aiDeveloperToolsTerms,
];

/** The site's own name for the term in a locale. */
export function localName(entry: GlossaryEntry, locale: Locale): string {
  return entry[locale];
}

/** AWS's name for the term in the other language: what a reader of this locale needs next to it. */
export function otherLanguageName(entry: Pick<GlossaryEntry, 'en' | 'es' | 'awsEs'>, locale: Locale): string {
  return locale === 'es' ? entry.en : (entry.awsEs ?? entry.es);
}

const entriesById = new Map(glossary.map((entry) => [entry.id, entry]));

/** The entry with this id; an unknown id is a broken reference, so it throws (and fails the build). */
export function glossaryEntry(id: string): GlossaryEntry {
  const entry = entriesById.get(id);
  if (!entry) throw new Error(`Unknown glossary term: "${id}"`);
  return entry;
}

/**
 * Whether an entry matches the glossary filter, accent- and case-blind: every word of the filter is in one
 * of its names or forms, so "zona disponibilidad" finds "zona de disponibilidad". Empty matches all.
 */
export function matchesFilter(entry: GlossaryEntry, filter: string): boolean {
  return namesMatch(filterNames(entry), filter);
}

/** What the glossary filter matches an entry by: its names and forms in both languages, folded. */
export function filterNames(entry: GlossaryEntry): string[] {
  return [entry.en, entry.es, entry.awsEs ?? '', ...entry.forms.es, ...entry.forms.en].map(foldForSearch);
}
