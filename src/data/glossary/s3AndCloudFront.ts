// Glossary terms introduced by the page beyond the notes "S3 y CloudFront para desarrolladores" /
// "S3 and CloudFront for developers" (beyond/s3-cloudfront). "presigned URL", bucket policy, S3 Versioning,
// multipart upload and Amazon CloudFront already have entries in ../glossary.ts.
import type {GlossaryEntry} from '../glossary';

const page = 'beyond/s3-cloudfront';

export const terms: readonly GlossaryEntry[] = [
  {
    id: 'presigned-post',
    en: 'presigned POST',
    es: 'POST prefirmado',
    forms: {
      es: ['POST prefirmado', 'POST prefirmados'],
      en: ['presigned POST', 'presigned POSTs'],
    },
    definition: {
      es: 'URL y campos de formulario firmados que dejan subir un archivo a S3 desde un formulario HTML; una política POST fija condiciones como el tamaño máximo o el prefijo de la clave.',
      en: 'A signed URL plus form fields that let a browser HTML form upload a file to S3; a POST policy sets conditions such as the maximum size or the key prefix.',
    },
    section: `${page}#presigned-uploads`,
  },
  {
    id: 'cloudfront-signed-url',
    en: 'CloudFront signed URL',
    es: 'URL firmada de CloudFront',
    forms: {
      es: ['URL firmada de CloudFront', 'URL firmadas de CloudFront'],
      en: ['CloudFront signed URL', 'CloudFront signed URLs'],
    },
    definition: {
      es: 'URL de CloudFront que la aplicación firma con la clave privada de un grupo de claves de confianza; CloudFront la verifica con la clave pública y solo sirve el archivo dentro del plazo de su política.',
      en: "A CloudFront URL that your application signs with the private key of a trusted key group; CloudFront verifies it with the public key and serves the file only within its policy's time window.",
    },
    section: `${page}#cloudfront-signed-urls`,
  },
  {
    id: 'cloudfront-signed-cookies',
    en: 'CloudFront signed cookies',
    es: 'cookies firmadas de CloudFront',
    forms: {
      es: ['cookies firmadas', 'cookie firmada'],
      en: ['signed cookies', 'signed cookie'],
    },
    definition: {
      es: 'Cookies que la aplicación entrega con `Set-Cookie` para dar acceso a muchos archivos privados de CloudFront sin cambiar sus URL; si llega también una URL firmada, manda la URL.',
      en: 'Cookies that your application sets with `Set-Cookie` to give access to many private CloudFront files without changing their URLs; if a signed URL also arrives, the URL wins.',
    },
    section: `${page}#signed-urls-vs-cookies`,
  },
  {
    id: 'trusted-key-group',
    en: 'trusted key group',
    es: 'grupo de claves de confianza',
    forms: {
      es: ['grupo de claves de confianza', 'grupos de claves de confianza'],
      en: ['trusted key group', 'trusted key groups'],
    },
    definition: {
      es: 'Conjunto de claves públicas de CloudFront asociado a un comportamiento de caché: sus claves privadas firman URL y cookies. Es el firmante recomendado y no requiere el usuario raíz, a diferencia de los pares de claves de CloudFront.',
      en: "A set of CloudFront public keys attached to a cache behavior, whose private keys sign URLs and cookies. It is the recommended signer and, unlike CloudFront key pairs, doesn't need the root user.",
    },
    section: `${page}#trusted-signers`,
  },
  {
    id: 'cloudfront-canned-policy',
    en: 'canned policy (CloudFront)',
    es: 'política predefinida (CloudFront)',
    forms: {
      es: ['política predefinida', 'políticas predefinidas'],
      en: ['canned policy', 'canned policies'],
    },
    definition: {
      es: 'Política de una URL o cookie firmada de CloudFront que solo fija la fecha de caducidad de un archivo.',
      en: 'The policy of a CloudFront signed URL or cookie that sets only the expiration date and time for one file.',
    },
    onlyOn: [page],
    section: `${page}#canned-vs-custom-policy`,
  },
  {
    id: 'cloudfront-custom-policy',
    en: 'custom policy (CloudFront)',
    es: 'política personalizada (CloudFront)',
    forms: {
      es: ['política personalizada', 'políticas personalizadas'],
      en: ['custom policy', 'custom policies'],
    },
    definition: {
      es: 'Política de una URL o cookie firmada de CloudFront que, además de la caducidad, admite fecha de inicio, rango de IP y comodines para cubrir varios archivos; va codificada en base64 en la URL.',
      en: 'The policy of a CloudFront signed URL or cookie that, besides the expiration, allows a start date, an IP range, and wildcards to cover several files; it travels base64-encoded in the URL.',
    },
    onlyOn: [page],
    section: `${page}#canned-vs-custom-policy`,
  },
  {
    id: 'origin-access-control',
    en: 'origin access control (OAC)',
    es: 'control de acceso de origen (OAC)',
    forms: {
      es: ['control de acceso de origen', 'OAC'],
      en: ['origin access control', 'OAC'],
    },
    definition: {
      es: 'Configuración de CloudFront que firma las solicitudes al bucket de S3 de origen, para que el bucket siga privado; la política de bucket permite a `cloudfront.amazonaws.com` con la condición `AWS:SourceArn` de la distribución.',
      en: 'A CloudFront setting that signs requests to an S3 bucket origin so the bucket stays private; the bucket policy allows `cloudfront.amazonaws.com` with an `AWS:SourceArn` condition for the distribution.',
    },
    section: `${page}#origin-access-control`,
  },
  {
    id: 'origin-access-identity',
    en: 'origin access identity (OAI)',
    es: 'identidad de acceso de origen (OAI)',
    forms: {
      es: ['identidad de acceso de origen', 'OAI'],
      en: ['origin access identity', 'OAI'],
    },
    definition: {
      es: 'Forma heredada de dar a CloudFront acceso a un bucket privado. AWS recomienda sustituirla por OAC, que admite SSE-KMS, solicitudes `PUT` y `DELETE` y todas las regiones.',
      en: 'The legacy way to give CloudFront access to a private bucket. AWS recommends replacing it with OAC, which supports SSE-KMS, `PUT` and `DELETE` requests, and all Regions.',
    },
    section: `${page}#origin-access-control`,
  },
  {
    id: 'cloudfront-cache-key',
    en: 'cache key (CloudFront)',
    es: 'clave de caché (CloudFront)',
    forms: {
      es: ['clave de caché', 'claves de caché'],
      en: ['cache key', 'cache keys'],
    },
    definition: {
      es: 'Identificador de cada objeto en la caché de CloudFront: dos solicitudes con la misma clave comparten el objeto. Cuantos menos valores incluya, más aciertos de caché.',
      en: 'The identifier of each object in the CloudFront cache: two requests with the same key share the object. The fewer values it includes, the more cache hits.',
    },
    onlyOn: [page],
    section: `${page}#cache-and-origin-request-policies`,
  },
  {
    id: 'cloudfront-cache-policy',
    en: 'cache policy (CloudFront)',
    es: 'política de caché (CloudFront)',
    forms: {
      es: ['política de caché', 'políticas de caché'],
      en: ['cache policy', 'cache policies'],
    },
    definition: {
      es: 'Política asociada a un comportamiento de caché que elige qué cadenas de consulta, encabezados y cookies entran en la clave de caché y fija los TTL mínimo, máximo y predeterminado.',
      en: 'A policy attached to a cache behavior that chooses which query strings, headers, and cookies go into the cache key and sets the minimum, maximum, and default TTLs.',
    },
    onlyOn: [page],
    section: `${page}#cache-and-origin-request-policies`,
  },
  {
    id: 'cloudfront-origin-request-policy',
    en: 'origin request policy',
    es: 'política de solicitud de origen',
    forms: {
      es: ['política de solicitud de origen', 'políticas de solicitud de origen'],
      en: ['origin request policy', 'origin request policies'],
    },
    definition: {
      es: 'Política de CloudFront que envía al origen encabezados, cookies o cadenas de consulta adicionales sin incluirlos en la clave de caché.',
      en: 'A CloudFront policy that sends extra headers, cookies, or query strings to the origin without putting them in the cache key.',
    },
    section: `${page}#cache-and-origin-request-policies`,
  },
  {
    id: 'cloudfront-invalidation',
    en: 'invalidation (CloudFront)',
    es: 'invalidación (CloudFront)',
    forms: {
      es: ['invalidación', 'invalidaciones'],
      en: ['invalidation', 'invalidations'],
    },
    definition: {
      es: 'Solicitud que retira archivos de las cachés de borde de CloudFront antes de que caduquen. Las primeras 1000 rutas al mes son gratis y una ruta con `*` cuenta como una.',
      en: 'A request that removes files from CloudFront edge caches before they expire. The first 1,000 paths each month are free, and a path with `*` counts as one.',
    },
    onlyOn: [page],
    section: `${page}#invalidation`,
  },
  {
    id: 'versioned-file-names',
    en: 'versioned file names',
    es: 'nombres de archivo con versión',
    forms: {
      es: ['nombres de archivo con versión', 'nombre de archivo con versión'],
      en: ['versioned file names', 'versioned file name'],
    },
    definition: {
      es: 'Publicar cada versión de un archivo con otro nombre (`image_2.jpg`) y actualizar los enlaces, en lugar de invalidar: es la opción que AWS recomienda para contenido que cambia a menudo.',
      en: 'Publishing each version of a file under a new name (`image_2.jpg`) and updating the links instead of invalidating: the option AWS recommends for content that changes often.',
    },
    section: `${page}#invalidation`,
  },
  {
    id: 's3-event-notifications',
    en: 'Amazon S3 Event Notifications',
    es: 'notificaciones de eventos de Amazon S3',
    forms: {
      es: [
        'notificaciones de eventos de Amazon S3',
        'notificaciones de eventos de S3',
        'notificación de eventos de S3',
      ],
      en: ['Amazon S3 Event Notifications', 'S3 Event Notifications', 'S3 event notification'],
    },
    definition: {
      es: 'Avisos que un bucket envía a SNS, SQS, Lambda o EventBridge cuando se crean, borran o restauran objetos, filtrables por prefijo y sufijo; se entregan al menos una vez y sin orden garantizado.',
      en: 'Messages a bucket sends to SNS, SQS, Lambda, or EventBridge when objects are created, deleted, or restored, filterable by prefix and suffix; delivered at least once, with no guaranteed order.',
    },
    section: `${page}#event-notifications`,
  },
  {
    id: 'lambda-recursive-loop-detection',
    en: 'Lambda recursive loop detection',
    es: 'detección de bucles recursivos de Lambda',
    forms: {
      es: ['detección de bucles recursivos', 'bucle recursivo', 'bucles recursivos'],
      en: ['recursive loop detection', 'recursive loop', 'recursive loops'],
    },
    definition: {
      es: 'Protección de Lambda, activada por defecto, que detiene una cadena de invocaciones entre funciones, SQS, SNS y S3 tras unas 16 vueltas y avisa; la métrica `RecursiveInvocationsDropped` las cuenta.',
      en: 'A Lambda safeguard, on by default, that stops a chain of invocations between functions, SQS, SNS, and S3 after about 16 rounds and notifies you; the `RecursiveInvocationsDropped` metric counts them.',
    },
    section: `${page}#delivery-and-loops`,
  },
  {
    id: 's3-lifecycle',
    en: 'S3 Lifecycle configuration',
    es: 'configuración de S3 Lifecycle',
    forms: {
      es: ['configuración de S3 Lifecycle', 'S3 Lifecycle', 'reglas de ciclo de vida', 'regla de ciclo de vida'],
      en: ['S3 Lifecycle configuration', 'S3 Lifecycle', 'Lifecycle rules', 'Lifecycle rule'],
    },
    definition: {
      es: 'Reglas de un bucket (hasta 1000) que pasan objetos a clases de almacenamiento más baratas (transición) o los borran (expiración), también versiones no actuales y cargas multiparte incompletas.',
      en: "A bucket's rules (up to 1,000) that move objects to cheaper storage classes (transition) or delete them (expiration), including noncurrent versions and incomplete multipart uploads.",
    },
    section: `${page}#lifecycle`,
  },
  {
    id: 'noncurrent-version',
    en: 'noncurrent version',
    es: 'versión no actual',
    forms: {
      es: ['versión no actual', 'versiones no actuales'],
      en: ['noncurrent version', 'noncurrent versions'],
    },
    definition: {
      es: 'En un bucket con control de versiones, cualquier versión anterior de un objeto: deja de ser actual al sobrescribirse o borrarse y tiene sus propias acciones de ciclo de vida.',
      en: 'In a versioned bucket, any earlier version of an object: it stops being current when the object is overwritten or deleted, and it has its own Lifecycle actions.',
    },
    section: `${page}#lifecycle`,
  },
];
