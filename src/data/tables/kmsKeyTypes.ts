// AWS KMS key types by who owns them: customer managed, AWS managed and AWS owned keys.
// Sources: AWS KMS Developer Guide (linked per row). Key specs (symmetric, asymmetric, HMAC) are on the page.
import type {ComparisonTableData} from './types';

type Column = 'owner' | 'keyPolicy' | 'rotation' | 'cost' | 'visibility';

const concepts = {
  title: 'AWS KMS keys (key types)',
  url: 'https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html',
};
const rotateKeys = {
  title: 'Rotate AWS KMS keys',
  url: 'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html',
};
const requestQuotas = {
  title: 'AWS KMS request quotas',
  url: 'https://docs.aws.amazon.com/kms/latest/developerguide/requests-per-second.html',
};

export const kmsKeyTypes: ComparisonTableData<Column> = {
  caption: {es: 'Tipos de claves de AWS KMS', en: 'AWS KMS key types'},
  rowHeader: {es: 'Tipo de clave', en: 'Key type'},
  columns: {
    owner: {label: {es: 'Quién la crea y la administra', en: 'Who creates and manages it'}},
    keyPolicy: {label: {es: 'Política de clave', en: 'Key policy'}},
    rotation: {label: {es: 'Rotación', en: 'Rotation'}},
    cost: {label: {es: 'Costo', en: 'Cost'}},
    visibility: {label: {es: 'Visible en la cuenta y en CloudTrail', en: 'Visible in the account and CloudTrail'}},
  },
  rows: [
    {
      id: 'kms-key-customer-managed',
      label: {es: 'Clave administrada por el cliente', en: 'Customer managed key'},
      cells: {
        owner: {
          es: 'Tú la creas y la administras en tu cuenta (`KeyManager`: `CUSTOMER`); también la programas para eliminarla',
          en: 'You create and manage it in your account (`KeyManager`: `CUSTOMER`); you also schedule its deletion',
        },
        keyPolicy: {
          es: 'La controlas tú por completo, junto con las políticas de IAM y las concesiones',
          en: 'Fully under your control, together with IAM policies and grants',
        },
        rotation: {
          es: 'Opcional: automática (365 días por defecto, de 90 a 2560) o bajo demanda',
          en: 'Optional: automatic (365 days by default, 90 to 2560) or on demand',
        },
        cost: {
          es: 'Cuota mensual por clave (prorrateada por hora) y cobro por uso',
          en: 'Monthly fee per key (prorated hourly) plus a per-use fee',
        },
        visibility: {
          es: 'Sí: la ves, la auditas en CloudTrail y la usas en tus propias llamadas',
          en: 'Yes: you see it, audit it in CloudTrail and use it in your own calls',
        },
      },
      sources: [concepts, rotateKeys],
    },
    {
      id: 'kms-key-aws-managed',
      label: {es: 'Clave administrada por AWS', en: 'AWS managed key'},
      cells: {
        owner: {
          es: 'Un servicio la crea en tu cuenta y la usa por ti (alias `aws/<servicio>`, por ejemplo `aws/sqs`); tipo heredado desde 2021',
          en: 'A service creates it in your account and uses it for you (alias `aws/<service>`, such as `aws/sqs`); a legacy type since 2021',
        },
        keyPolicy: {
          es: 'La fija el servicio; puedes verla, pero no cambiarla (limita el uso a ese servicio con `kms:ViaService`)',
          en: 'Set by the service; you can view it but not change it (it limits use to that service with `kms:ViaService`)',
        },
        rotation: {
          es: 'Obligatoria, cada año (unos 365 días); no se puede cambiar',
          en: "Mandatory, every year (about 365 days); you can't change it",
        },
        cost: {
          es: 'Sin cuota mensual; el uso se cobra (algunos servicios lo pagan por ti) y cuenta para las cuotas de solicitudes',
          en: 'No monthly fee; usage is charged (some services pay it for you) and counts toward request quotas',
        },
        visibility: {
          es: 'Sí: la ves y la auditas en CloudTrail, pero no la puedes usar directamente ni compartir con otras cuentas',
          en: "Yes: you see it and audit it in CloudTrail, but you can't use it directly or share it with other accounts",
        },
      },
      sources: [concepts, rotateKeys, requestQuotas],
    },
    {
      id: 'kms-key-aws-owned',
      label: {es: 'Clave propiedad de AWS', en: 'AWS owned key'},
      cells: {
        owner: {
          es: 'El servicio la posee en una cuenta suya y la usa para muchas cuentas (por ejemplo, la opción predeterminada de DynamoDB)',
          en: "The service owns it in its own account and uses it for many accounts (for example, DynamoDB's default)",
        },
        keyPolicy: {
          es: 'Solo la controla y la ve el servicio',
          en: 'Controlled and seen only by the service',
        },
        rotation: {
          es: 'La decide el servicio (consulta su página de cifrado en reposo)',
          en: 'Up to the service (see its encryption at rest page)',
        },
        cost: {
          es: 'Gratis y fuera de tus cuotas de KMS',
          en: 'Free, and outside your KMS quotas',
        },
        visibility: {
          es: 'No: no aparece en tu cuenta ni puedes auditar su uso',
          en: "No: it isn't in your account and you can't audit its use",
        },
      },
      sources: [concepts, requestQuotas],
    },
  ],
};
