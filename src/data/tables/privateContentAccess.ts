// Presigned URLs vs CloudFront signed URLs vs signed cookies: who signs, what each grants, how long it
// lasts, where it is checked and when to use it. Placed on beyond/s3-cloudfront#private-access-comparison.
// Sources: Amazon S3 User Guide and Amazon CloudFront Developer Guide (linked per row).
import type {ComparisonTableData} from './types';

type Column = 'signer' | 'grants' | 'lifetime' | 'checkedBy' | 'typicalUse';

export const privateContentAccess: ComparisonTableData<Column> = {
  caption: {
    es: 'URL prefirmadas, URL firmadas y cookies firmadas',
    en: 'Presigned URLs, signed URLs, and signed cookies',
  },
  rowHeader: {es: 'Opción', en: 'Option'},
  columns: {
    signer: {label: {es: 'Quién firma y con qué', en: 'Who signs, with what'}},
    grants: {label: {es: 'Qué permite', en: 'What it grants'}},
    lifetime: {label: {es: 'Duración máxima', en: 'Maximum lifetime'}},
    checkedBy: {label: {es: 'Dónde se comprueba', en: 'Where it is checked'}},
    typicalUse: {label: {es: 'Uso típico', en: 'Typical use'}},
  },
  rows: [
    {
      id: 'private-access-s3-presigned-url',
      label: {es: 'URL prefirmada de S3', en: 'S3 presigned URL'},
      cells: {
        signer: {
          es: 'Una entidad principal de IAM (usuario o rol) con sus credenciales; la URL nunca da más permisos que los suyos',
          en: 'An IAM principal (user or role) with its credentials; the URL never grants more than its permissions',
        },
        grants: {
          es: 'Una operación (`GET`, `PUT`, `HEAD`…) sobre un objeto concreto, reutilizable hasta que caduca',
          en: 'One operation (`GET`, `PUT`, `HEAD`…) on one specific object, reusable until it expires',
        },
        lifetime: {
          es: 'Consola: 12 h; CLI y SDK: 7 días con claves de usuario de IAM y SigV4; con credenciales temporales, hasta que acaba la sesión',
          en: 'Console: 12 h; CLI and SDKs: 7 days with IAM user keys and SigV4; with temporary credentials, until the session ends',
        },
        checkedBy: {
          es: 'Amazon S3, al empezar cada solicitud (una descarga ya iniciada termina)',
          en: 'Amazon S3, when each request starts (a download already under way finishes)',
        },
        typicalUse: {
          es: 'Compartir un objeto privado o dejar que el navegador suba directamente al bucket',
          en: 'Sharing a private object or letting a browser upload straight to the bucket',
        },
      },
      sources: [
        {
          title: 'Download and upload objects with presigned URLs',
          url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-presigned-url.html',
        },
        {
          title: 'Uploading objects with presigned URLs',
          url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/PresignedUrlUploadObject.html',
        },
        {
          title: 'presign (AWS CLI Command Reference)',
          url: 'https://docs.aws.amazon.com/cli/latest/reference/s3/presign.html',
        },
      ],
    },
    {
      id: 'private-access-cloudfront-signed-url',
      label: {es: 'URL firmada de CloudFront', en: 'CloudFront signed URL'},
      cells: {
        signer: {
          es: 'La aplicación, con la clave privada de un grupo de claves de confianza (recomendado) o de un par de claves de CloudFront del usuario raíz',
          en: "Your application, with the private key of a trusted key group (recommended) or of the root user's CloudFront key pair",
        },
        grants: {
          es: 'Un archivo (política predefinida) o varios con comodines en `Resource` (política personalizada, que admite también fecha de inicio e IP)',
          en: 'One file (canned policy) or several with wildcards in `Resource` (custom policy, which also allows a start date and an IP range)',
        },
        lifetime: {
          es: 'La fija quien firma en la política; AWS pone ejemplos de minutos a años',
          en: "The signer sets it in the policy; AWS's examples range from minutes to years",
        },
        checkedBy: {
          es: 'CloudFront, al iniciarse cada solicitud, con la clave pública del grupo de claves',
          en: "CloudFront, when each request starts, with the key group's public key",
        },
        typicalUse: {
          es: 'Descargas individuales (instaladores, alquileres) o clientes que no admiten cookies',
          en: "Single downloads (installers, rentals) or clients that don't support cookies",
        },
      },
      sources: [
        {
          title: 'Use signed URLs',
          url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-signed-urls.html',
        },
        {
          title: 'Specify signers that can create signed URLs and signed cookies',
          url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-trusted-signers.html',
        },
        {
          title: 'Decide to use signed URLs or signed cookies',
          url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-choosing-signed-urls-cookies.html',
        },
      ],
    },
    {
      id: 'private-access-cloudfront-signed-cookies',
      label: {es: 'Cookies firmadas de CloudFront', en: 'CloudFront signed cookies'},
      cells: {
        signer: {
          es: 'Igual que la URL firmada; la aplicación las entrega con encabezados `Set-Cookie`',
          en: 'Same as a signed URL; the application sets them with `Set-Cookie` headers',
        },
        grants: {
          es: 'Muchos archivos restringidos sin cambiar sus URL (política predefinida o personalizada)',
          en: 'Many restricted files without changing their URLs (canned or custom policy)',
        },
        lifetime: {
          es: 'La fija quien firma en la política, como en la URL firmada',
          en: 'The signer sets it in the policy, as for a signed URL',
        },
        checkedBy: {
          es: 'CloudFront; si la solicitud trae también una URL firmada, manda la URL',
          en: 'CloudFront; if the request also carries a signed URL, the URL wins',
        },
        typicalUse: {
          es: 'Todos los archivos de un vídeo HLS o el área de suscriptores de un sitio',
          en: "All the files of an HLS video or a site's subscribers' area",
        },
      },
      sources: [
        {
          title: 'Decide to use signed URLs or signed cookies',
          url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-choosing-signed-urls-cookies.html',
        },
        {
          title: 'Serve private content with signed URLs and signed cookies',
          url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/PrivateContent.html',
        },
        {
          title: 'Specify signers that can create signed URLs and signed cookies',
          url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-trusted-signers.html',
        },
      ],
    },
  ],
};
