// Glossary terms introduced by the page beyond the notes named in the file name: beyond/iam-developers.
import type {GlossaryEntry} from '../glossary';

export const terms: readonly GlossaryEntry[] = [
  {
    id: 'explicit-deny',
    en: 'explicit deny',
    es: 'denegación explícita',
    forms: {
      es: ['denegación explícita', 'denegaciones explícitas'],
      en: ['explicit deny', 'explicit denies'],
    },
    definition: {
      es: 'Instrucción `Deny` de una política que se aplica a la solicitud. Gana a cualquier `Allow`; si no hay ni `Allow` ni `Deny`, la solicitud se deniega de forma implícita.',
      en: 'A `Deny` statement in a policy that applies to the request. It overrides any `Allow`; with neither an `Allow` nor a `Deny`, the request is implicitly denied.',
    },
    section: 'beyond/iam-developers#evaluation-logic',
  },
  {
    id: 'permissions-boundary',
    en: 'permissions boundary',
    es: 'límite de permisos',
    forms: {
      es: ['límite de permisos', 'límites de permisos'],
      en: ['permissions boundary', 'permissions boundaries'],
    },
    definition: {
      es: 'Política administrada que fija los permisos máximos que las políticas basadas en identidad pueden dar a un usuario o rol de IAM. No concede nada por sí misma.',
      en: 'A managed policy that sets the maximum permissions that identity-based policies can give an IAM user or role. It grants nothing by itself.',
    },
    section: 'beyond/iam-developers#evaluation-logic',
  },
  {
    id: 'service-control-policy',
    en: 'service control policy (SCP)',
    es: 'política de control de servicios (SCP)',
    forms: {
      es: ['política de control de servicios', 'políticas de control de servicios', 'SCP'],
      en: ['service control policy', 'service control policies', 'SCP', 'SCPs'],
    },
    definition: {
      es: 'Política de AWS Organizations que limita los permisos máximos de los usuarios y roles de las cuentas miembro, usuario raíz incluido. No concede permisos.',
      en: 'An AWS Organizations policy that limits the maximum permissions of users and roles in member accounts, root user included. It grants no permissions.',
    },
    section: 'beyond/iam-developers#evaluation-logic',
  },
  {
    id: 'session-policy',
    en: 'session policy',
    es: 'política de sesión',
    forms: {
      es: ['política de sesión', 'políticas de sesión'],
      en: ['session policy', 'session policies'],
    },
    definition: {
      es: 'Política que se pasa al crear una sesión temporal (por ejemplo, en `AssumeRole`). La sesión recibe la intersección con las políticas del rol, nunca más.',
      en: "A policy passed when a temporary session is created (for example, in `AssumeRole`). The session gets the intersection with the role's policies, never more.",
    },
    section: 'beyond/iam-developers#evaluation-logic',
  },
  {
    id: 'condition-key',
    en: 'condition key',
    es: 'clave de condición',
    forms: {
      es: ['clave de condición', 'claves de condición'],
      en: ['condition key', 'condition keys'],
    },
    definition: {
      es: 'Dato de la solicitud que el elemento `Condition` de una política compara con un valor, como `aws:SourceIp`, `aws:SecureTransport` o `dynamodb:LeadingKeys`.',
      en: "A piece of request data that a policy's `Condition` element compares with a value, such as `aws:SourceIp`, `aws:SecureTransport`, or `dynamodb:LeadingKeys`.",
    },
    section: 'beyond/iam-developers#condition-keys',
  },
  {
    id: 'policy-variable',
    en: 'policy variable',
    es: 'variable de política',
    forms: {
      es: ['variable de política', 'variables de política'],
      en: ['policy variable', 'policy variables'],
    },
    definition: {
      es: 'Marcador `${...}` que IAM sustituye al evaluar por un valor de la solicitud, como `${aws:username}`; solo vale en `Resource` y en condiciones de cadena o ARN.',
      en: 'A `${...}` placeholder that IAM replaces at evaluation time with a request value, such as `${aws:username}`; it works only in `Resource` and in string or ARN conditions.',
    },
    section: 'beyond/iam-developers#policy-variables',
  },
  {
    id: 'abac',
    en: 'attribute-based access control (ABAC)',
    es: 'control de acceso basado en atributos (ABAC)',
    forms: {
      es: ['control de acceso basado en atributos', 'ABAC'],
      en: ['attribute-based access control', 'ABAC'],
    },
    definition: {
      es: 'Estrategia que concede permisos según etiquetas, por ejemplo cuando la etiqueta de la entidad principal coincide con la del recurso, con pocas políticas que no hay que editar por cada recurso nuevo.',
      en: "A strategy that grants permissions based on tags, for example when the principal's tag matches the resource's tag, with few policies that don't need editing for each new resource.",
    },
    section: 'beyond/iam-developers#abac',
  },
  {
    id: 'trust-policy',
    en: 'role trust policy',
    es: 'política de confianza',
    forms: {
      es: ['política de confianza', 'políticas de confianza'],
      en: ['trust policy', 'trust policies', 'role trust policy', 'role trust policies'],
    },
    definition: {
      es: 'Política basada en recursos de un rol de IAM que dice quién puede asumirlo: cuentas, usuarios, roles, servicios de AWS o proveedores de identidad federados.',
      en: 'The resource-based policy of an IAM role that says who can assume it: accounts, users, roles, AWS services, or federated identity providers.',
    },
    section: 'beyond/iam-developers#trust-policies',
  },
  {
    id: 'external-id',
    en: 'external ID',
    es: 'ID externo',
    forms: {
      es: ['ID externo'],
      en: ['external ID'],
    },
    definition: {
      es: 'Valor único que un tercero genera por cliente y envía en `AssumeRole`; la política de confianza lo exige con `sts:ExternalId` para evitar el problema del suplente confuso.',
      en: 'A unique value that a third party generates per customer and sends in `AssumeRole`; the trust policy requires it with `sts:ExternalId` to prevent the confused deputy problem.',
    },
    section: 'beyond/iam-developers#external-id',
  },
  {
    id: 'confused-deputy',
    en: 'confused deputy problem',
    es: 'problema del suplente confuso',
    forms: {
      es: ['problema del suplente confuso', 'suplente confuso'],
      en: ['confused deputy problem', 'confused deputy'],
    },
    definition: {
      es: 'Riesgo de que una entidad sin permisos logre que otra con más privilegios actúe por ella. Se evita con un ID externo entre cuentas y con `aws:SourceArn` o `aws:SourceAccount` entre servicios.',
      en: 'The risk that an entity without permissions gets a more privileged entity to act for it. It is prevented with an external ID across accounts and with `aws:SourceArn` or `aws:SourceAccount` across services.',
    },
    section: 'beyond/iam-developers#external-id',
  },
  {
    id: 'role-chaining',
    en: 'role chaining',
    es: 'encadenamiento de roles',
    forms: {
      es: ['encadenamiento de roles'],
      en: ['role chaining'],
    },
    definition: {
      es: 'Usar las credenciales de un rol asumido para asumir otro rol. La sesión resultante dura como máximo 1 hora.',
      en: "Using an assumed role's credentials to assume another role. The resulting session lasts at most 1 hour.",
    },
    section: 'beyond/iam-developers#assume-role',
  },
  {
    id: 'temporary-credentials',
    en: 'temporary security credentials',
    es: 'credenciales temporales',
    forms: {
      es: ['credenciales temporales'],
      en: ['temporary security credentials', 'temporary credentials'],
    },
    definition: {
      es: 'Credenciales que emite AWS STS con caducidad: ID de clave de acceso, clave de acceso secreta y token de sesión. Las obtienen los roles, los usuarios federados y `GetSessionToken`.',
      en: 'Credentials that AWS STS issues with an expiration: an access key ID, a secret access key, and a session token. Roles, federated users, and `GetSessionToken` get them.',
    },
    section: 'beyond/iam-developers#temporary-credentials',
  },
  {
    id: 'sts-session-token',
    onlyOn: ['beyond/iam-developers'],
    en: 'session token',
    es: 'token de sesión',
    forms: {
      es: ['token de sesión', 'tokens de sesión'],
      en: ['session token', 'session tokens'],
    },
    definition: {
      es: 'Tercera parte de unas credenciales temporales de AWS STS. Se pasa en `AWS_SESSION_TOKEN` o en el encabezado `X-Amz-Security-Token`; sin él, las otras dos partes no bastan.',
      en: 'The third part of AWS STS temporary credentials. It is passed in `AWS_SESSION_TOKEN` or in the `X-Amz-Security-Token` header; without it, the other two parts are not enough.',
    },
    section: 'beyond/iam-developers#temporary-credentials',
  },
  {
    id: 'credential-provider-chain',
    en: 'credential provider chain',
    es: 'cadena de proveedores de credenciales',
    forms: {
      es: ['cadena de proveedores de credenciales'],
      en: ['credential provider chain'],
    },
    definition: {
      es: 'Lista ordenada de orígenes (código, variables de entorno, perfiles, IAM Identity Center, contenedor, metadatos de instancia) que recorre un SDK o la CLI hasta encontrar credenciales válidas.',
      en: 'The ordered list of sources (code, environment variables, profiles, IAM Identity Center, container, instance metadata) that an SDK or the CLI walks until it finds valid credentials.',
    },
    section: 'beyond/iam-developers#credential-provider-chain',
  },
  {
    id: 'sigv4',
    en: 'Signature Version 4 (SigV4)',
    es: 'Signature Version 4 (SigV4)',
    forms: {
      es: ['Signature Version 4', 'SigV4'],
      en: ['Signature Version 4', 'SigV4'],
    },
    definition: {
      es: 'Protocolo con el que se firman las solicitudes a AWS: un HMAC, con una clave derivada de la clave secreta, de una cadena que resume la solicitud canónica; la clave vale para un día, una región y un servicio.',
      en: 'The protocol that signs requests to AWS: an HMAC, with a key derived from the secret key, of a string that summarizes the canonical request; the key is valid for one day, one Region, and one service.',
    },
    section: 'beyond/iam-developers#sigv4',
  },
  {
    id: 'iam-access-analyzer',
    en: 'IAM Access Analyzer',
    es: 'IAM Access Analyzer',
    forms: {
      es: ['IAM Access Analyzer'],
      en: ['IAM Access Analyzer'],
    },
    definition: {
      es: 'Servicio que, entre otras cosas, valida políticas contra la gramática y las prácticas recomendadas (`ValidatePolicy`) y devuelve hallazgos de seguridad, errores, advertencias y sugerencias.',
      en: 'A service that, among other things, validates policies against the grammar and best practices (`ValidatePolicy`) and returns security findings, errors, warnings, and suggestions.',
    },
    section: 'beyond/iam-developers#troubleshooting-access',
  },
  {
    id: 'get-caller-identity',
    en: 'aws sts get-caller-identity',
    es: 'aws sts get-caller-identity',
    forms: {
      es: ['get-caller-identity', 'GetCallerIdentity'],
      en: ['get-caller-identity', 'GetCallerIdentity'],
    },
    definition: {
      es: 'Operación de AWS STS que devuelve la cuenta, el ARN y el ID de quien llama. No necesita permisos y funciona aunque una política la deniegue.',
      en: "An AWS STS operation that returns the caller's account, ARN, and ID. It needs no permissions and works even if a policy denies it.",
    },
    section: 'beyond/iam-developers#troubleshooting-access',
  },
];
