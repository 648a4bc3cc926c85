// AWS Secrets Manager vs AWS Systems Manager Parameter Store (standard and advanced tiers).
// Sources: AWS Secrets Manager User Guide, AWS Systems Manager User Guide and API Reference (linked per row).
import type {ComparisonTableData} from './types';

type Column = 'rotation' | 'size' | 'cost' | 'crossAccount' | 'versioning' | 'encryption';

const tiers = {
  title: 'Choosing parameter tiers in Parameter Store',
  url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-advanced-parameters.html',
};
const putParameter = {
  title: 'PutParameter (AWS Systems Manager API Reference)',
  url: 'https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_PutParameter.html',
};
const versions = {
  title: 'Working with parameter versions in Parameter Store',
  url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-paramstore-versions.html',
};
const labels = {
  title: 'Working with parameter labels in Parameter Store',
  url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-paramstore-labels.html',
};
const secureString = {
  title: 'AWS KMS encryption for Parameter Store SecureString parameters',
  url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/secure-string-parameter-kms-encryption.html',
};

export const secretsManagerVsParameterStore: ComparisonTableData<Column> = {
  caption: {es: 'AWS Secrets Manager frente a Parameter Store', en: 'AWS Secrets Manager vs. Parameter Store'},
  rowHeader: {es: 'Opción', en: 'Option'},
  columns: {
    rotation: {label: {es: 'Rotación', en: 'Rotation'}},
    size: {label: {es: 'Tamaño y número', en: 'Size and count'}},
    cost: {label: {es: 'Costo', en: 'Cost'}},
    crossAccount: {label: {es: 'Entre cuentas', en: 'Cross-account'}},
    versioning: {label: {es: 'Versiones y etiquetas', en: 'Versions and labels'}},
    encryption: {label: {es: 'Cifrado', en: 'Encryption'}},
  },
  rows: [
    {
      id: 'secrets-store-secrets-manager',
      label: {es: 'AWS Secrets Manager', en: 'AWS Secrets Manager'},
      cells: {
        rotation: {
          es: 'Integrada: rotación administrada (RDS, Aurora, Redshift, DocumentDB…) o con una función de Lambda; como mucho cada 4 horas',
          en: 'Built in: managed rotation (RDS, Aurora, Redshift, DocumentDB…) or a Lambda function; as often as every 4 hours',
        },
        size: {
          es: 'Valor de hasta 65 536 bytes; 500 000 secretos por región',
          en: 'Value up to 65,536 bytes; 500,000 secrets per Region',
        },
        cost: {
          es: 'Pago por uso (secretos y llamadas a la API); `aws/secretsmanager` es gratis; la función de rotación se cobra como Lambda',
          en: 'Pay for what you use (secrets and API calls); `aws/secretsmanager` is free; the rotation function is billed as Lambda',
        },
        crossAccount: {
          es: 'Sí: política de recursos en el secreto, política de identidad en la otra cuenta y una clave administrada por el cliente',
          en: 'Yes: a resource policy on the secret, an identity policy in the other account and a customer managed key',
        },
        versioning: {
          es: 'Etiquetas provisionales `AWSCURRENT`, `AWSPENDING` y `AWSPREVIOUS` (hasta 20); hasta 100 versiones',
          en: 'Staging labels `AWSCURRENT`, `AWSPENDING` and `AWSPREVIOUS` (up to 20); up to 100 versions',
        },
        encryption: {
          es: 'Siempre cifrado con KMS: `aws/secretsmanager` o una clave administrada por el cliente',
          en: 'Always encrypted with KMS: `aws/secretsmanager` or a customer managed key',
        },
      },
      sources: [
        {
          title: 'Rotate AWS Secrets Manager secrets',
          url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html',
        },
        {
          title: 'Rotation schedules',
          url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_schedule.html',
        },
        {
          title: 'AWS Secrets Manager quotas',
          url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_limits.html',
        },
        {
          title: 'What is AWS Secrets Manager? (Pricing)',
          url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html',
        },
        {
          title: 'Access AWS Secrets Manager secrets from a different account',
          url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_examples_cross.html',
        },
        {
          title: "What's in a Secrets Manager secret?",
          url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/whats-in-a-secret.html',
        },
      ],
    },
    {
      id: 'secrets-store-parameter-store-standard',
      label: {es: 'Parameter Store, nivel estándar', en: 'Parameter Store, standard tier'},
      cells: {
        rotation: {
          es: 'No integrada; sin políticas de parámetros',
          en: 'Not built in; no parameter policies',
        },
        size: {
          es: 'Valor de hasta 4 KB; 10 000 parámetros por cuenta y región',
          en: 'Value up to 4 KB; 10,000 parameters per account and Region',
        },
        cost: {
          es: 'Sin cargo adicional (nivel predeterminado)',
          en: 'No additional charge (the default tier)',
        },
        crossAccount: {
          es: 'No se puede compartir',
          en: "Can't be shared",
        },
        versioning: {
          es: 'Hasta 100 versiones; hasta 10 etiquetas por versión',
          en: 'Up to 100 versions; up to 10 labels per version',
        },
        encryption: {
          es: 'Solo `SecureString`: KMS cifra el valor directamente (`Encrypt`) con `aws/ssm` o tu clave',
          en: 'Only `SecureString`: KMS encrypts the value directly (`Encrypt`) with `aws/ssm` or your key',
        },
      },
      sources: [tiers, putParameter, versions, labels, secureString],
    },
    {
      id: 'secrets-store-parameter-store-advanced',
      label: {es: 'Parameter Store, nivel avanzado', en: 'Parameter Store, advanced tier'},
      cells: {
        rotation: {
          es: 'No integrada; las políticas de parámetros avisan o hacen caducar (`Expiration`, `NoChangeNotification`…)',
          en: 'Not built in; parameter policies notify or expire (`Expiration`, `NoChangeNotification`…)',
        },
        size: {
          es: 'Valor de hasta 8 KB; 100 000 parámetros por cuenta y región',
          en: 'Value up to 8 KB; 100,000 parameters per account and Region',
        },
        cost: {
          es: 'Se cobra el almacenamiento de cada parámetro y el uso de la API',
          en: 'Charged for each parameter stored and for API use',
        },
        crossAccount: {
          es: 'Sí, con AWS RAM (solo lectura); un `SecureString` necesita una clave administrada por el cliente compartida aparte',
          en: 'Yes, through AWS RAM (read-only); a `SecureString` needs a customer managed key shared separately',
        },
        versioning: {
          es: 'Hasta 100 versiones; hasta 10 etiquetas por versión; no vuelve a estándar',
          en: "Up to 100 versions; up to 10 labels per version; can't go back to standard",
        },
        encryption: {
          es: 'Solo `SecureString`: cifrado de sobre con el AWS Encryption SDK',
          en: 'Only `SecureString`: envelope encryption with the AWS Encryption SDK',
        },
      },
      sources: [
        tiers,
        putParameter,
        {
          title: 'Working with shared parameters in Parameter Store',
          url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-shared-parameters.html',
        },
        secureString,
      ],
    },
  ],
};
