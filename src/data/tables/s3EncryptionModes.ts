// S3 object encryption modes, current edition (sources: S3 User Guide on SSE-S3 default encryption,
// DSSE-KMS, S3 Bucket Keys, SSE-C and "Blocking or unblocking SSE-C for a general purpose bucket"; S3 API
// reference BlockedEncryptionTypes).
import type {ComparisonTableData} from './types';

type S3EncryptionColumn = 'keys' | 'where' | 'header' | 'byDefault' | 'tradeOffs';

export const s3EncryptionModes: ComparisonTableData<S3EncryptionColumn> = {
  caption: {es: 'Modos de cifrado de objetos en S3', en: 'S3 object encryption modes'},
  rowHeader: {es: 'Modo', en: 'Mode'},
  columns: {
    keys: {label: {es: 'Quién administra las claves', en: 'Who manages the keys'}},
    where: {label: {es: 'Dónde se cifra', en: 'Where encryption happens'}},
    header: {label: {es: 'Cómo se pide', en: 'How to request it'}},
    byDefault: {label: {es: '¿Por defecto?', en: 'By default?'}},
    tradeOffs: {label: {es: 'A tener en cuenta', en: 'Things to know'}},
  },
  rows: [
    {
      id: 's3-sse-s3',
      label: {es: 'SSE-S3', en: 'SSE-S3'},
      cells: {
        keys: {
          es: 'Amazon S3 (claves administradas por Amazon S3, no una "clave administrada por AWS", que es de KMS): cifra cada objeto con una clave única y cifra esa clave con otra que rota con regularidad',
          en: 'Amazon S3 (Amazon S3 managed keys, not an "AWS managed key", which is a KMS key): it encrypts each object with a unique key and encrypts that key with another one that it rotates regularly',
        },
        where: {es: 'En el servidor, con AES-256 (AES-GCM)', en: 'On the server side, with AES-256 (AES-GCM)'},
        header: {
          es: '`"x-amz-server-side-encryption": "AES256"`, opcional porque ya es lo predeterminado',
          en: '`"x-amz-server-side-encryption": "AES256"`, optional because it is already the default',
        },
        byDefault: {
          es: 'Sí: es el cifrado base de todos los buckets; desde el 5 de enero de 2023 toda subida nueva se cifra así, sin costo ni impacto en el rendimiento',
          en: 'Yes: it is the base encryption of every bucket; since 5 January 2023 every new upload is encrypted this way, at no cost and with no performance impact',
        },
        tradeOffs: {
          es: 'Sin cargos adicionales; no controlas las claves',
          en: "No additional charges; you don't control the keys",
        },
      },
    },
    {
      id: 's3-sse-kms',
      label: {es: 'SSE-KMS', en: 'SSE-KMS'},
      cells: {
        keys: {
          es: 'AWS KMS: clave administrada por AWS o clave administrada por el cliente, con más control sobre la clave',
          en: 'AWS KMS: an AWS managed key or a customer managed key, with more control over the key',
        },
        where: {es: 'En el servidor, con una clave de KMS', en: 'On the server side, with a KMS key'},
        header: {
          es: '`"x-amz-server-side-encryption": "aws:kms"`',
          en: '`"x-amz-server-side-encryption": "aws:kms"`',
        },
        byDefault: {
          es: 'No, pero se puede configurar como cifrado predeterminado del bucket',
          en: "No, but it can be set as the bucket's default encryption",
        },
        tradeOffs: {
          es: 'Cada cifrado y descifrado llama a KMS, con costo y algo de latencia; las claves de bucket de S3 (S3 Bucket Keys) reducen esas llamadas y su costo',
          en: 'Every encryption and decryption calls KMS, which costs money and adds some latency; S3 Bucket Keys cut those calls and their cost',
        },
      },
    },
    {
      id: 's3-dsse-kms',
      label: {es: 'DSSE-KMS (doble capa)', en: 'DSSE-KMS (dual-layer)'},
      cells: {
        keys: {es: 'AWS KMS, como SSE-KMS', en: 'AWS KMS, as with SSE-KMS'},
        where: {
          es: 'En el servidor, con dos capas de cifrado independientes',
          en: 'On the server side, with two independent layers of encryption',
        },
        header: {
          es: '`"x-amz-server-side-encryption": "aws:kms:dsse"`',
          en: '`"x-amz-server-side-encryption": "aws:kms:dsse"`',
        },
        byDefault: {
          es: 'No, pero se puede configurar como cifrado predeterminado del bucket',
          en: "No, but it can be set as the bucket's default encryption",
        },
        tradeOffs: {
          es: 'Para quien necesita cifrado en varias capas; también depende de KMS (permisos sobre la clave y llamadas a KMS)',
          en: 'For when you need multi-layer encryption; it also depends on KMS (key permissions and KMS calls)',
        },
      },
    },
    {
      id: 's3-sse-c',
      label: {es: 'SSE-C', en: 'SSE-C'},
      cells: {
        keys: {
          es: 'El cliente envía su clave en cada solicitud; S3 no la guarda (solo un HMAC con sal para validar las solicitudes siguientes)',
          en: "You send your key with every request; S3 doesn't store it (only a salted HMAC to validate later requests)",
        },
        where: {es: 'En el servidor, con AES-256', en: 'On the server side, with AES-256'},
        header: {
          es: '`x-amz-server-side-encryption-customer-algorithm`, `x-amz-server-side-encryption-customer-key` y `x-amz-server-side-encryption-customer-key-MD5`, solo por HTTPS: S3 rechaza estas solicitudes por HTTP',
          en: '`x-amz-server-side-encryption-customer-algorithm`, `x-amz-server-side-encryption-customer-key` and `x-amz-server-side-encryption-customer-key-MD5`, over HTTPS only: S3 rejects such requests over HTTP',
        },
        byDefault: {
          es: 'No, y desde abril de 2026 está bloqueado por defecto en los buckets de uso general nuevos (y en los existentes de cuentas sin objetos SSE-C): las escrituras dan 403 hasta poner `BlockedEncryptionTypes` en `NONE`',
          en: 'No, and since April 2026 it is blocked by default on new general purpose buckets (and on existing ones in accounts with no SSE-C objects): writes get a 403 until `BlockedEncryptionTypes` is set to `NONE`',
        },
        tradeOffs: {
          es: 'Si pierdes la clave, pierdes el objeto; difícil compartir el acceso con otros usuarios o servicios de AWS',
          en: 'Lose the key and you lose the object; hard to share access with other users or AWS services',
        },
      },
    },
    {
      id: 's3-client-side',
      label: {es: 'Cifrado del lado del cliente', en: 'Client-side encryption'},
      cells: {
        keys: {
          es: 'El cliente administra las claves y el ciclo de cifrado',
          en: 'The client manages the keys and the encryption cycle',
        },
        where: {
          es: 'En el cliente (por ejemplo, con Amazon S3 Encryption Client), antes de subir; S3 solo guarda datos ya cifrados',
          en: 'In the client (for example, with the Amazon S3 Encryption Client), before uploading; S3 only stores already encrypted data',
        },
        header: {
          es: 'Ningún encabezado de cifrado: S3 recibe los datos ya cifrados',
          en: 'No encryption header: S3 receives data that is already encrypted',
        },
        byDefault: {
          es: 'No; al subirlos, S3 aplica además su cifrado predeterminado (SSE-S3)',
          en: 'No; on upload, S3 also applies its default encryption (SSE-S3)',
        },
        tradeOffs: {
          es: 'Máximo control, pero las claves y el código de cifrado son responsabilidad tuya',
          en: 'Maximum control, but the keys and the encryption code are your responsibility',
        },
      },
    },
  ],
  note: {
    es: 'Estos modos protegen los datos en reposo. Para los datos en tránsito se usa el endpoint HTTPS (TLS) de S3.',
    en: "These modes protect data at rest. For data in transit, use S3's HTTPS (TLS) endpoint.",
  },
};
