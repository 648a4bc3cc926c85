// Glossary terms introduced by the page beyond the notes "Cifrado, claves y secretos" / "Encryption, keys, and
// secrets" (beyond/encryption-and-secrets). KMS itself, SSE-S3/SSE-KMS/SSE-C, client-side encryption, encryption
// in transit, S3 Bucket Keys, Secrets Manager and Parameter Store already have entries in ../glossary.ts.
import type {GlossaryEntry} from '../glossary';

const page = 'beyond/encryption-and-secrets';

export const terms: readonly GlossaryEntry[] = [
  {
    id: 'customer-managed-key',
    en: 'customer managed key',
    es: 'clave administrada por el cliente',
    forms: {
      es: ['clave administrada por el cliente', 'claves administradas por el cliente'],
      en: ['customer managed key', 'customer managed keys'],
    },
    definition: {
      es: 'Clave de KMS que creas en tu cuenta y controlas por completo: política de clave, concesiones, rotación, alias y eliminación. Tiene una cuota mensual más el uso, y su uso se audita en CloudTrail.',
      en: 'A KMS key that you create in your account and fully control: key policy, grants, rotation, aliases, and deletion. It has a monthly fee plus usage, and its use is audited in CloudTrail.',
    },
    section: `${page}#key-types`,
  },
  {
    id: 'aws-managed-key',
    en: 'AWS managed key',
    es: 'clave administrada por AWS',
    forms: {
      es: ['clave administrada por AWS', 'claves administradas por AWS'],
      en: ['AWS managed key', 'AWS managed keys'],
    },
    definition: {
      es: 'Clave de KMS que un servicio crea en tu cuenta con un alias `aws/<servicio>` (por ejemplo `aws/sqs`) y usa por ti. Puedes verla y auditarla, pero no cambiar su política, y rota cada año.',
      en: 'A KMS key that a service creates in your account with an `aws/<service>` alias (for example `aws/sqs`) and uses for you. You can view and audit it but not change its policy, and it rotates every year.',
    },
    section: `${page}#key-types`,
  },
  {
    id: 'aws-owned-key',
    en: 'AWS owned key',
    es: 'clave propiedad de AWS',
    forms: {
      es: ['clave propiedad de AWS', 'claves propiedad de AWS'],
      en: ['AWS owned key', 'AWS owned keys'],
    },
    definition: {
      es: 'Clave de KMS que un servicio posee en su propia cuenta y usa para proteger datos de muchas cuentas, como la opción predeterminada de DynamoDB. Es gratis, pero no la ves ni auditas su uso.',
      en: "A KMS key that a service owns in its own account and uses to protect data in many accounts, such as the DynamoDB default. It is free, but you can't see it or audit its use.",
    },
    section: `${page}#key-types`,
  },
  {
    id: 'envelope-encryption',
    en: 'envelope encryption',
    es: 'cifrado de sobre',
    forms: {
      es: ['cifrado de sobre'],
      en: ['envelope encryption'],
    },
    definition: {
      es: 'Cifrar los datos con una clave de datos y cifrar esa clave con una clave de KMS, guardando la clave de datos cifrada junto a los datos. Es la forma de cifrar más de los 4 KB que admite `Encrypt`.',
      en: 'Encrypting data with a data key and encrypting that key with a KMS key, storing the encrypted data key with the data. It is how you encrypt more than the 4 KB that `Encrypt` accepts.',
    },
    section: `${page}#envelope-encryption`,
  },
  {
    id: 'data-key',
    en: 'data key',
    es: 'clave de datos',
    forms: {
      es: ['clave de datos', 'claves de datos'],
      en: ['data key', 'data keys'],
    },
    definition: {
      es: 'Clave simétrica que devuelve `GenerateDataKey`, en claro y cifrada con una clave de KMS, para cifrar datos fuera de KMS. KMS no la guarda: la aplicación conserva solo la copia cifrada.',
      en: "A symmetric key that `GenerateDataKey` returns, in plaintext and encrypted under a KMS key, for encrypting data outside KMS. KMS doesn't store it: the application keeps only the encrypted copy.",
    },
    section: `${page}#envelope-encryption`,
  },
  {
    id: 'encryption-context',
    en: 'encryption context',
    es: 'contexto de cifrado',
    forms: {
      es: ['contexto de cifrado', 'contextos de cifrado'],
      en: ['encryption context', 'encryption contexts'],
    },
    definition: {
      es: 'Pares de clave y valor no secretos que KMS liga al texto cifrado como datos autenticados adicionales: hay que repetirlos exactos para descifrar, aparecen en CloudTrail y las políticas pueden exigirlos.',
      en: 'Non-secret pairs of keys and values that KMS binds to the ciphertext as additional authenticated data: you must repeat them exactly to decrypt, they appear in CloudTrail, and policies can require them.',
    },
    section: `${page}#encryption-context`,
  },
  {
    id: 'key-policy',
    en: 'key policy',
    es: 'política de clave',
    forms: {
      es: ['política de clave', 'políticas de clave'],
      en: ['key policy', 'key policies'],
    },
    definition: {
      es: 'Política de recursos que tiene toda clave de KMS. No da permiso a la cuenta por sí sola: la predeterminada concede `kms:*` a la cuenta para que las políticas de IAM puedan dar acceso a la clave.',
      en: 'The resource policy that every KMS key has. It gives the account no permission by itself: the default one grants `kms:*` to the account so that IAM policies can give access to the key.',
    },
    section: `${page}#key-policies-and-grants`,
  },
  {
    id: 'kms-grant',
    en: 'grant (AWS KMS)',
    es: 'concesión (AWS KMS)',
    forms: {
      es: ['concesión', 'concesiones'],
      en: ['grant', 'grants'],
    },
    definition: {
      es: 'Permiso sobre una sola clave de KMS para operaciones concretas, sin cambiar las políticas; solo permite, nunca deniega, y se retira o revoca al terminar. Los servicios las crean para usar tus claves.',
      en: 'Permission on a single KMS key for specific operations, without changing policies; it only allows, never denies, and is retired or revoked when done. Services create grants to use your keys.',
    },
    onlyOn: [page],
    section: `${page}#key-policies-and-grants`,
  },
  {
    id: 'kms-on-demand-rotation',
    en: 'on-demand key rotation',
    es: 'rotación bajo demanda',
    forms: {
      es: ['rotación bajo demanda', 'rotaciones bajo demanda'],
      en: ['on-demand key rotation', 'on-demand rotation', 'on-demand rotations'],
    },
    definition: {
      es: 'Rotación inmediata del material de una clave de KMS simétrica administrada por el cliente (`RotateKeyOnDemand`), hasta 25 veces por clave, sin cambiar el calendario de la rotación automática.',
      en: 'Immediate rotation of the key material of a symmetric customer managed KMS key (`RotateKeyOnDemand`), up to 25 times per key, without changing the automatic rotation schedule.',
    },
    section: `${page}#key-rotation`,
  },
  {
    id: 'multi-region-key',
    en: 'multi-Region key',
    es: 'clave multirregión',
    forms: {
      es: ['clave multirregión', 'claves multirregión'],
      en: ['multi-Region key', 'multi-Region keys'],
    },
    definition: {
      es: 'Conjunto de claves de KMS en varias regiones con el mismo ID y el mismo material, para descifrar en una región lo cifrado en otra. Hay una principal y réplicas, cada una con su propia política.',
      en: 'A set of KMS keys in several Regions with the same key ID and key material, so that data encrypted in one Region can be decrypted in another. There is one primary key and replicas, each with its own policy.',
    },
    section: `${page}#multi-region-keys`,
  },
  {
    id: 'aws-encryption-sdk',
    en: 'AWS Encryption SDK',
    es: 'AWS Encryption SDK',
    forms: {
      es: ['AWS Encryption SDK', 'Encryption SDK'],
      en: ['AWS Encryption SDK', 'Encryption SDK'],
    },
    definition: {
      es: 'Biblioteca gratuita de cifrado del lado del cliente que aplica el cifrado de sobre por ti: una clave de datos por objeto, un mensaje que incluye las claves de datos cifradas y caché opcional de claves de datos.',
      en: 'A free client-side encryption library that does envelope encryption for you: one data key per object, a message that carries the encrypted data keys, and optional data key caching.',
    },
    section: `${page}#encryption-sdk`,
  },
  {
    id: 'aws-certificate-manager',
    en: 'AWS Certificate Manager (ACM)',
    es: 'AWS Certificate Manager (ACM)',
    forms: {
      es: ['AWS Certificate Manager', 'ACM'],
      en: ['AWS Certificate Manager', 'ACM'],
    },
    definition: {
      es: 'Servicio que emite, importa y renueva certificados SSL/TLS para servicios integrados como ELB, CloudFront y API Gateway. Los certificados son regionales; para CloudFront deben estar en `us-east-1`.',
      en: 'A service that issues, imports, and renews SSL/TLS certificates for integrated services such as ELB, CloudFront, and API Gateway. Certificates are Regional; for CloudFront they must be in `us-east-1`.',
    },
    section: `${page}#acm`,
  },
  {
    id: 'aws-private-ca',
    en: 'AWS Private CA',
    es: 'AWS Private CA',
    forms: {
      es: ['AWS Private CA', 'AWS Private Certificate Authority'],
      en: ['AWS Private CA', 'AWS Private Certificate Authority'],
    },
    definition: {
      es: 'Servicio para crear autoridades de certificación privadas (raíz y subordinadas) que emiten certificados para TLS interno, autenticación de dispositivos y firma de código; se cobra por CA y por certificado.',
      en: 'A service for creating private certificate authorities (root and subordinate) that issue certificates for internal TLS, device authentication, and code signing; it charges per CA and per certificate.',
    },
    section: `${page}#private-ca`,
  },
  {
    id: 'amazon-macie',
    en: 'Amazon Macie',
    es: 'Amazon Macie',
    forms: {
      es: ['Amazon Macie', 'Macie'],
      en: ['Amazon Macie', 'Macie'],
    },
    definition: {
      es: 'Servicio que descubre datos sensibles (PII, datos financieros, credenciales) en buckets de S3 con aprendizaje automático y patrones, y vigila la seguridad de los buckets; publica hallazgos en EventBridge.',
      en: 'A service that discovers sensitive data (PII, financial data, credentials) in S3 buckets with machine learning and patterns, and monitors bucket security; it publishes findings to EventBridge.',
    },
    section: `${page}#amazon-macie`,
  },
  {
    id: 'logs-data-protection-policy',
    en: 'CloudWatch Logs data protection policy',
    es: 'política de protección de datos de CloudWatch Logs',
    forms: {
      es: ['política de protección de datos de CloudWatch Logs', 'políticas de protección de datos de CloudWatch Logs'],
      en: ['CloudWatch Logs data protection policy', 'CloudWatch Logs data protection policies'],
    },
    definition: {
      es: 'Política de la cuenta o de un grupo de registros que detecta y enmascara datos sensibles al ingerir los eventos; solo quien tiene `logs:Unmask` los ve completos.',
      en: 'An account-level or log group policy that detects and masks sensitive data as log events are ingested; only principals with `logs:Unmask` see the data in full.',
    },
    section: `${page}#logs-data-protection`,
  },
  {
    id: 'staging-label',
    en: 'staging label',
    es: 'etiqueta provisional',
    forms: {
      es: ['etiqueta provisional', 'etiquetas provisionales'],
      en: ['staging label', 'staging labels'],
    },
    definition: {
      es: 'Etiqueta que marca una versión de un secreto de Secrets Manager: `AWSCURRENT` (la actual, la que se devuelve por defecto), `AWSPENDING` (la nueva durante una rotación) y `AWSPREVIOUS` (la anterior).',
      en: 'A label that marks a version of a Secrets Manager secret: `AWSCURRENT` (the current one, returned by default), `AWSPENDING` (the new one during a rotation), and `AWSPREVIOUS` (the one before).',
    },
    section: `${page}#secret-versions`,
  },
  {
    id: 'managed-rotation',
    en: 'managed rotation',
    es: 'rotación administrada',
    forms: {
      es: ['rotación administrada'],
      en: ['managed rotation'],
    },
    definition: {
      es: 'Rotación de un secreto que configura y ejecuta el servicio dueño de él, como Amazon RDS con la contraseña del usuario maestro, sin función de Lambda.',
      en: 'Rotation of a secret that the service owning it configures and runs, such as Amazon RDS for the master user password, with no Lambda function.',
    },
    section: `${page}#secret-rotation`,
  },
  {
    id: 'parameters-secrets-lambda-extension',
    en: 'AWS Parameters and Secrets Lambda Extension',
    es: 'AWS Parameters and Secrets Lambda Extension',
    forms: {
      es: ['AWS Parameters and Secrets Lambda Extension'],
      en: ['AWS Parameters and Secrets Lambda Extension'],
    },
    definition: {
      es: 'Capa de Lambda que sirve secretos y parámetros desde una caché local en `localhost:2773`, 300 segundos por defecto; cada petición lleva el encabezado `X-Aws-Parameters-Secrets-Token`.',
      en: 'A Lambda layer that serves secrets and parameters from a local cache on `localhost:2773`, 300 seconds by default; every request carries the `X-Aws-Parameters-Secrets-Token` header.',
    },
    section: `${page}#parameters-secrets-extension`,
  },
  {
    id: 'securestring-parameter',
    en: 'SecureString parameter',
    es: 'parámetro SecureString',
    forms: {
      es: ['parámetro SecureString', 'parámetros SecureString'],
      en: ['SecureString parameter', 'SecureString parameters'],
    },
    definition: {
      es: 'Parámetro de Parameter Store cuyo valor se cifra con KMS (la clave `aws/ssm` o una propia); se lee en claro con `--with-decryption` y permiso `kms:Decrypt`.',
      en: 'A Parameter Store parameter whose value is encrypted with KMS (the `aws/ssm` key or your own); you read it in plaintext with `--with-decryption` and `kms:Decrypt` permission.',
    },
    section: `${page}#parameter-store`,
  },
  {
    id: 'advanced-parameter',
    en: 'advanced parameter',
    es: 'parámetro avanzado',
    forms: {
      es: ['parámetro avanzado', 'parámetros avanzados'],
      en: ['advanced parameter', 'advanced parameters'],
    },
    definition: {
      es: 'Parámetro del nivel avanzado de Parameter Store: valores de hasta 8 KB, hasta 100 000 por región, políticas de parámetros y uso compartido entre cuentas; tiene cargo y no vuelve a estándar.',
      en: "A parameter in the Parameter Store advanced tier: values up to 8 KB, up to 100,000 per Region, parameter policies, and cross-account sharing; it is charged and can't go back to standard.",
    },
    section: `${page}#parameter-tiers`,
  },
  {
    id: 'parameter-label',
    en: 'parameter label',
    es: 'etiqueta de parámetro',
    forms: {
      es: ['etiqueta de parámetro', 'etiquetas de parámetro', 'etiquetas de parámetros'],
      en: ['parameter label', 'parameter labels'],
    },
    definition: {
      es: 'Alias de una versión de un parámetro de Parameter Store (por ejemplo `Production`) que se puede mover a otra versión; cada versión admite hasta 10. No es una etiqueta de recurso.',
      en: "An alias for one version of a Parameter Store parameter (for example `Production`) that can be moved to another version; each version can have up to 10. It isn't a resource tag.",
    },
    section: `${page}#parameter-versions`,
  },
  {
    id: 'dynamic-reference',
    en: 'dynamic reference',
    es: 'referencia dinámica',
    forms: {
      es: ['referencia dinámica', 'referencias dinámicas'],
      en: ['dynamic reference', 'dynamic references'],
    },
    definition: {
      es: 'Marcador `{{resolve:…}}` de una plantilla de CloudFormation que lee un valor de Parameter Store (`ssm`, `ssm-secure`) o de Secrets Manager (`secretsmanager`) durante la operación de la pila.',
      en: 'A `{{resolve:…}}` placeholder in a CloudFormation template that reads a value from Parameter Store (`ssm`, `ssm-secure`) or Secrets Manager (`secretsmanager`) during the stack operation.',
    },
    section: `${page}#dynamic-references`,
  },
];
