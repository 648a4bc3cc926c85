// DVA-C03 practice questions for Domain 2 (Security): Task 2.1 (13), Task 2.2 (12), Task 2.3 (9).
// Each question links the section of this site that teaches it and the AWS page that decides its answer.
import type {PracticeQuestion} from './types';

export const questions: readonly PracticeQuestion[] = [
  // ---------------------------------------------------------------------------------------------
  // Task 2.1: authentication and authorization
  // ---------------------------------------------------------------------------------------------
  {
    id: 't2-1-cognito-identity-pool-uploads',
    task: '2.1',
    kind: 'single',
    stem: {
      es: 'Una aplicación móvil inicia la sesión de los usuarios con un grupo de usuarios de Amazon Cognito. Cada usuario con sesión iniciada debe subir fotos directamente a un bucket de Amazon S3, bajo un prefijo propio. La aplicación no puede contener credenciales de AWS de larga duración. ¿Qué solución cumple estos requisitos?',
      en: 'A mobile app signs users in with an Amazon Cognito user pool. Each signed-in user must upload photos directly to an Amazon S3 bucket, under a prefix of their own. The app must not contain any long-term AWS credentials. Which solution meets these requirements?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Crear un usuario de IAM por cliente al registrarse y guardar sus claves de acceso en el almacenamiento seguro de la aplicación.',
          en: "Create an IAM user for each customer at sign-up and keep that user's access keys in the app's secure storage.",
        },
        correct: false,
        explanation: {
          es: 'Las claves de acceso son credenciales de larga duración, justo lo que prohíbe el requisito; los usuarios de una aplicación deben recibir credenciales temporales.',
          en: 'Access keys are long-term credentials, which the requirement forbids; app users should get temporary credentials instead.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Enviar el token de acceso del grupo de usuarios en el encabezado `Authorization` de cada solicitud `PutObject` que la aplicación envía a Amazon S3.',
          en: 'Send the user pool access token in the `Authorization` header of each `PutObject` request that the app sends to Amazon S3.',
        },
        correct: false,
        explanation: {
          es: 'Amazon S3 exige solicitudes firmadas con Signature Version 4 y credenciales de AWS; un JWT del grupo de usuarios no es una credencial de AWS.',
          en: 'Amazon S3 requires requests signed with Signature Version 4 and AWS credentials; a user pool JWT is not an AWS credential.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Usar un grupo de identidades para cambiar el token de ID por credenciales temporales de un rol limitado al prefijo del usuario.',
          en: "Use an identity pool to exchange the ID token for temporary credentials of a role scoped to the user's prefix.",
        },
        correct: true,
        explanation: {
          es: 'El grupo de identidades cambia el token de ID por credenciales temporales de un rol de IAM, y la variable `${cognito-identity.amazonaws.com:sub}` limita a cada usuario a su prefijo.',
          en: 'The identity pool exchanges the ID token for temporary credentials of an IAM role, and the `${cognito-identity.amazonaws.com:sub}` variable limits each user to their prefix.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Incluir en la aplicación las claves de acceso de un único usuario de IAM que solo tenga `s3:PutObject` sobre el bucket.',
          en: 'Embed in the app the access keys of a single IAM user that is allowed only `s3:PutObject` on the bucket.',
        },
        correct: false,
        explanation: {
          es: 'Siguen siendo claves de larga duración dentro de la aplicación, y quien las extraiga puede escribir en cualquier prefijo del bucket.',
          en: 'These are still long-term keys shipped inside the app, and anyone who extracts them can write to any prefix of the bucket.',
        },
      },
    ],
    section: 'beyond/cognito#using-both-together',
    source: {
      title: 'What is Amazon Cognito?',
      url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/what-is-amazon-cognito.html',
    },
  },
  {
    id: 't2-1-dynamodb-leading-keys',
    task: '2.1',
    kind: 'single',
    stem: {
      es: 'Un juego guarda los datos de los jugadores en una tabla de Amazon DynamoDB cuya clave de partición es el ID de identidad de Amazon Cognito del jugador. Los jugadores obtienen credenciales temporales de un grupo de identidades y la aplicación llama directamente a DynamoDB. Cada jugador debe poder leer y escribir solo sus propios elementos. ¿Qué debe añadir el desarrollador a la política del rol autenticado?',
      en: "A game stores player data in an Amazon DynamoDB table whose partition key is the player's Amazon Cognito identity ID. Players get temporary credentials from an identity pool, and the app calls DynamoDB directly. Each player must be able to read and write only their own items. What should the developer add to the authenticated role's policy?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Una condición `ForAllValues:StringEquals` sobre `dynamodb:LeadingKeys` igual a `${cognito-identity.amazonaws.com:sub}`.',
          en: 'A `ForAllValues:StringEquals` condition on `dynamodb:LeadingKeys` set to `${cognito-identity.amazonaws.com:sub}`.',
        },
        correct: true,
        explanation: {
          es: '`dynamodb:LeadingKeys` es la clave de partición de los elementos pedidos, y la variable toma el ID de identidad de cada jugador al evaluar la política.',
          en: "`dynamodb:LeadingKeys` is the partition key of the requested items, and the variable takes each player's identity ID when the policy is evaluated.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'Una condición sobre `dynamodb:LeadingKeys` con el valor `${aws:username}`, para que cada llamador coincida con su nombre.',
          en: 'A condition on `dynamodb:LeadingKeys` with the value `${aws:username}`, so that each caller matches their own name.',
        },
        correct: false,
        explanation: {
          es: '`${aws:username}` solo existe para usuarios de IAM; en la sesión de un rol obtenida de un grupo de identidades no tiene valor y la declaración no coincide.',
          en: "`${aws:username}` exists only for IAM users; in a role session from an identity pool it has no value, so the statement doesn't match.",
        },
      },
      {
        id: 'c',
        text: {
          es: 'Permitir solo `dynamodb:Query`, porque la aplicación siempre envía el ID del jugador en `KeyConditionExpression`.',
          en: "Allow only `dynamodb:Query`, because the app always sends the player's ID in `KeyConditionExpression`.",
        },
        correct: false,
        explanation: {
          es: 'La política no comprobaría la clave: un cliente modificado podría consultar la partición de otro jugador con las mismas credenciales.',
          en: "The policy wouldn't check the key: a modified client could query another player's partition with the same credentials.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'Una condición sobre `dynamodb:Attributes` que enumere los atributos que cada jugador puede leer y escribir.',
          en: 'A condition on `dynamodb:Attributes` that lists the attributes each player may read and write.',
        },
        correct: false,
        explanation: {
          es: '`dynamodb:Attributes` limita qué atributos toca una solicitud, no qué elementos; no vincula los elementos con el jugador.',
          en: "`dynamodb:Attributes` limits which attributes a request can touch, not which items; it doesn't tie items to the player.",
        },
      },
    ],
    section: 'beyond/iam-developers#condition-keys',
    source: {
      title: 'Using IAM policy conditions for fine-grained access control',
      url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/specifying-conditions.html',
    },
  },
  {
    id: 't2-1-mfa-get-session-token',
    task: '2.1',
    kind: 'multiple',
    stem: {
      es: 'La política de un bucket deniega todas las acciones de Amazon S3 con la condición `"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}`. Un desarrollador tiene un usuario de IAM con claves de acceso de larga duración configuradas en la AWS CLI y un dispositivo MFA virtual asignado a ese usuario. ¿Qué pasos le permiten ejecutar comandos `aws s3` contra el bucket? (Elige DOS.)',
      en: 'A bucket policy denies every Amazon S3 action with the condition `"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}`. A developer has an IAM user with long-term access keys configured in the AWS CLI and a virtual MFA device assigned to that user. Which steps let the developer run `aws s3` commands against the bucket? (Choose TWO.)',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Llamar a `aws sts assume-role-with-web-identity` y pasar el código MFA de seis dígitos como token de identidad web.',
          en: 'Call `aws sts assume-role-with-web-identity` and pass the six-digit MFA code as the web identity token.',
        },
        correct: false,
        explanation: {
          es: 'Esa operación cambia un token de un proveedor OIDC por credenciales y no admite MFA; la autenticación la hace el proveedor externo.',
          en: "That operation exchanges a token from an OIDC provider for credentials and doesn't support MFA; the external provider does the authentication.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'Llamar a `aws sts get-session-token` con `--serial-number` (el ARN del dispositivo MFA) y `--token-code` (el código actual).',
          en: 'Call `aws sts get-session-token` with `--serial-number` (the MFA device ARN) and `--token-code` (the current code).',
        },
        correct: true,
        explanation: {
          es: '`GetSessionToken` con MFA devuelve credenciales temporales que llevan la marca de MFA, así que `aws:MultiFactorAuthPresent` vale `true`.',
          en: '`GetSessionToken` with MFA returns temporary credentials that carry the MFA flag, so `aws:MultiFactorAuthPresent` is `true`.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Exportar solo `AccessKeyId` y `SecretAccessKey` de la respuesta como `AWS_ACCESS_KEY_ID` y `AWS_SECRET_ACCESS_KEY`, en lugar de las claves de larga duración.',
          en: 'Export only the returned `AccessKeyId` and `SecretAccessKey` as `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY`, in place of the long-term keys.',
        },
        correct: false,
        explanation: {
          es: 'Las credenciales temporales tienen tres partes; sin el token de sesión, las solicitudes firmadas con ellas no son válidas.',
          en: "Temporary credentials have three parts; without the session token, requests signed with them aren't valid.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'Crear una segunda clave de acceso para el usuario de IAM y marcarla en la consola de IAM como protegida con MFA.',
          en: 'Create a second access key for the IAM user and mark it as MFA-protected in the IAM console.',
        },
        correct: false,
        explanation: {
          es: 'Una clave de acceso es una credencial de larga duración que nunca lleva información de MFA; la condición seguiría denegando sus solicitudes.',
          en: 'An access key is a long-term credential that never carries MFA information; the condition would keep denying its requests.',
        },
      },
      {
        id: 'e',
        text: {
          es: 'Exportar `AccessKeyId`, `SecretAccessKey` y `SessionToken` de la respuesta como `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` y `AWS_SESSION_TOKEN`.',
          en: 'Export the returned `AccessKeyId`, `SecretAccessKey`, and `SessionToken` as `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, and `AWS_SESSION_TOKEN`.',
        },
        correct: true,
        explanation: {
          es: 'La AWS CLI firma con las tres partes de las credenciales temporales, y las variables de entorno tienen prioridad sobre el archivo de credenciales.',
          en: 'The AWS CLI signs with all three parts of the temporary credentials, and environment variables take precedence over the credentials file.',
        },
      },
    ],
    section: 'beyond/iam-developers#temporary-credentials',
    source: {
      title: 'GetSessionToken',
      url: 'https://docs.aws.amazon.com/STS/latest/APIReference/API_GetSessionToken.html',
    },
  },
  {
    id: 't2-1-presigned-url-temporary-credentials',
    task: '2.1',
    kind: 'single',
    stem: {
      es: 'Una función de Lambda crea URL prefirmadas de Amazon S3 para socios con `generate_presigned_url` de boto3 y `ExpiresIn=604800`. Los socios informan de que las URL dejan de funcionar al cabo de unas horas con un error que indica que el token ha caducado. ¿Cuál es la causa?',
      en: 'An AWS Lambda function creates Amazon S3 presigned URLs for partners with boto3 `generate_presigned_url` and `ExpiresIn=604800`. Partners report that the URLs stop working after a few hours with an error saying that the token has expired. What is the cause?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Las URL prefirmadas creadas con un SDK valen como máximo 12 horas, sea cual sea el valor que pida el parámetro `ExpiresIn`.',
          en: 'Presigned URLs created with an SDK are valid for 12 hours at most, whatever value the `ExpiresIn` parameter requests.',
        },
        correct: false,
        explanation: {
          es: 'Las 12 horas son el límite de la consola de S3; con un SDK y las claves de un usuario de IAM, una URL puede durar hasta 7 días.',
          en: "Twelve hours is the S3 console's limit; with an SDK and an IAM user's keys, a URL can last up to 7 days.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'Cada URL prefirmada se puede usar una sola vez, y los socios vuelven a descargar el mismo objeto.',
          en: 'Each presigned URL can be used only once, and the partners download the same object again.',
        },
        correct: false,
        explanation: {
          es: 'Una URL prefirmada se puede usar muchas veces hasta que caduca.',
          en: 'A presigned URL can be used many times until it expires.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Al rol de ejecución de la función le falta `s3:GetObject`, así que S3 invalida cada URL que firmó al cabo de unas horas.',
          en: "The function's execution role lacks `s3:GetObject`, so S3 invalidates every URL that it signed after a few hours.",
        },
        correct: false,
        explanation: {
          es: 'Sin ese permiso la URL fallaría desde la primera solicitud con un 403; no provoca una caducidad posterior.',
          en: "Without that permission the URL would fail from the first request with a 403; it doesn't cause a later expiration.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'Las URL se firmaron con las credenciales temporales del rol de ejecución, y caducan con esa sesión.',
          en: "The URLs were signed with the execution role's temporary credentials, and they expire with that session.",
        },
        correct: true,
        explanation: {
          es: 'Una URL firmada con credenciales temporales caduca cuando caducan ellas, aunque se pidiera una validez mayor.',
          en: 'A URL signed with temporary credentials expires when they do, even if a longer validity was requested.',
        },
      },
    ],
    section: 'beyond/s3-cloudfront#presigned-url-expiration',
    source: {
      title: 'Download and upload objects with presigned URLs',
      url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-presigned-url.html',
    },
  },
  {
    id: 't2-1-presigned-put-browser-upload',
    task: '2.1',
    kind: 'single',
    stem: {
      es: 'Una aplicación web de una sola página debe permitir que los usuarios con sesión iniciada suban imágenes directamente desde el navegador a un bucket privado de Amazon S3, sin pasar los archivos por el backend y sin dar credenciales de AWS al navegador. El backend se ejecuta en AWS Lambda. ¿Qué enfoque debe usar el desarrollador?',
      en: 'A single-page web app must let signed-in users upload images directly from the browser to a private Amazon S3 bucket, without sending the files through the backend and without giving AWS credentials to the browser. The backend runs on AWS Lambda. Which approach should the developer use?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Hacer que el backend ejecute `aws s3 presign` para la clave del objeto nuevo y devuelva al navegador la URL resultante.',
          en: "Have the backend run `aws s3 presign` for the new object's key and return the resulting URL to the browser.",
        },
        correct: false,
        explanation: {
          es: '`aws s3 presign` solo crea URL de descarga (`GET`); para subir hace falta un SDK o un POST prefirmado.',
          en: '`aws s3 presign` creates download (`GET`) URLs only; uploading needs an SDK or a presigned POST.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Hacer que el backend use el SDK para crear una URL prefirmada de corta duración para `PutObject` y la devuelva al navegador.',
          en: 'Have the backend use the SDK to create a short-lived presigned URL for `PutObject` and return it to the browser.',
        },
        correct: true,
        explanation: {
          es: 'Los SDK prefirman cualquier operación admitida, `PUT` incluido; el navegador sube el archivo con esa URL sin credenciales propias y con los permisos del firmante.',
          en: "The SDKs presign any supported operation, `PUT` included; the browser uploads with that URL, without credentials of its own, using the signer's permissions.",
        },
      },
      {
        id: 'c',
        text: {
          es: 'Añadir una política de bucket que permita `s3:PutObject` sobre el prefijo `uploads/` al principal `"*"` para las subidas del navegador.',
          en: 'Add a bucket policy that allows `s3:PutObject` on the `uploads/` prefix to the principal `"*"` for browser uploads.',
        },
        correct: false,
        explanation: {
          es: 'Cualquiera podría escribir en el prefijo, y el bloqueo de acceso público, activo por defecto, rechaza una política pública.',
          en: 'Anyone could write to the prefix, and Block Public Access, on by default, rejects a public policy.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Devolver al navegador las credenciales temporales del rol de ejecución del backend para que llame a `PutObject`.',
          en: "Return the temporary credentials of the backend's execution role to the browser so that it calls `PutObject`.",
        },
        correct: false,
        explanation: {
          es: 'Daría al navegador credenciales de AWS con todos los permisos del backend, justo lo que el requisito prohíbe.',
          en: "It would give the browser AWS credentials with all of the backend's permissions, which the requirement forbids.",
        },
      },
    ],
    section: 'beyond/s3-cloudfront#creating-presigned-urls',
    source: {
      title: 'Uploading objects with presigned URLs',
      url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/PresignedUrlUploadObject.html',
    },
  },
  {
    id: 't2-1-cloudfront-signed-cookies',
    task: '2.1',
    kind: 'single',
    stem: {
      es: 'Una plataforma de vídeo sirve emisiones HLS desde un bucket de Amazon S3 a través de una distribución de Amazon CloudFront. Cada vídeo se compone de cientos de archivos de segmentos. Solo los suscriptores de pago pueden verlos, y el equipo no quiere cambiar las URL que ya pide el reproductor. El bucket ya es privado detrás de un control de acceso de origen (OAC). ¿Qué debe implementar el desarrollador?',
      en: "A video platform serves HLS streams from an Amazon S3 bucket through an Amazon CloudFront distribution. Each video is made of hundreds of segment files. Only paying subscribers may watch, and the team doesn't want to change the URLs that the player already requests. The bucket is already private behind origin access control (OAC). What should the developer implement?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Cookies firmadas de CloudFront que la aplicación entrega a los suscriptores, validadas con un grupo de claves de confianza.',
          en: 'CloudFront signed cookies that the app issues to subscribers, validated with a trusted key group.',
        },
        correct: true,
        explanation: {
          es: 'Las cookies firmadas dan acceso a muchos archivos restringidos sin cambiar sus URL, el caso de los segmentos de un vídeo HLS.',
          en: 'Signed cookies give access to many restricted files without changing their URLs, which fits the segments of an HLS video.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'URL firmadas de CloudFront para cada archivo de segmento, generadas cuando el reproductor pide la lista.',
          en: 'CloudFront signed URLs for every segment file, generated when the player requests the playlist.',
        },
        correct: false,
        explanation: {
          es: 'Las URL firmadas sirven para un archivo concreto y cambian cada URL, lo que el equipo quiere evitar.',
          en: 'Signed URLs suit individual files and change every URL, which the team wants to avoid.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'URL prefirmadas de S3 para cada archivo de segmento, devueltas al reproductor con cada lista.',
          en: 'S3 presigned URLs for every segment file, returned to the player with each playlist.',
        },
        correct: false,
        explanation: {
          es: 'Apuntarían al bucket y no a la distribución, así que saltarían CloudFront, y además cambian cada URL.',
          en: 'They would point to the bucket instead of the distribution, bypassing CloudFront, and they change every URL.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Nada más que el OAC, porque ya hace que CloudFront compruebe quién es cada espectador antes de servirle un archivo del bucket.',
          en: 'Nothing beyond OAC, because it already makes CloudFront check who each viewer is before it serves a file.',
        },
        correct: false,
        explanation: {
          es: 'El OAC firma las solicitudes de CloudFront al bucket para mantenerlo privado; no autentica a los espectadores.',
          en: "OAC signs CloudFront's requests to the bucket to keep it private; it doesn't authenticate viewers.",
        },
      },
    ],
    section: 'beyond/s3-cloudfront#signed-urls-vs-cookies',
    source: {
      title: 'Decide to use signed URLs or signed cookies',
      url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-choosing-signed-urls-cookies.html',
    },
  },
  {
    id: 't2-1-external-id-vendor-role',
    task: '2.1',
    kind: 'single',
    stem: {
      es: 'El servicio de monitorización de un proveedor SaaS debe leer métricas de Amazon CloudWatch en la cuenta de AWS de un cliente. El proveedor asume un rol de IAM que crea el cliente, y atiende a muchos clientes desde la misma cuenta de AWS. ¿Cómo debe configurar el cliente el rol para protegerse del problema del suplente confuso?',
      en: "A SaaS vendor's monitoring service must read Amazon CloudWatch metrics in a customer's AWS account. The vendor assumes an IAM role that the customer creates, and the vendor serves many customers from the same AWS account. How should the customer configure the role to protect against the confused deputy problem?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Crear un usuario de IAM para el proveedor y enviarle las claves de acceso de ese usuario por un canal seguro.',
          en: "Create an IAM user for the vendor and send the vendor that user's access keys through a secure channel.",
        },
        correct: false,
        explanation: {
          es: 'Cambia un rol por credenciales de larga duración y no resuelve el problema: la defensa entre cuentas es el ID externo.',
          en: "It trades a role for long-term credentials and doesn't solve the problem: the cross-account defense is the external ID.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'Añadir a la política de confianza del rol del cliente una condición `aws:SourceArn` con el ARN del rol del proveedor.',
          en: "Add an `aws:SourceArn` condition with the ARN of the vendor's role to the trust policy of the customer's role.",
        },
        correct: false,
        explanation: {
          es: '`aws:SourceArn` es la defensa cuando un servicio de AWS llama en tu nombre (suplente confuso entre servicios), no cuando el que llama es otra cuenta.',
          en: '`aws:SourceArn` is the defense when an AWS service calls on your behalf (the cross-service confused deputy), not when the caller is another account.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Confiar en la cuenta del proveedor y exigir con `sts:ExternalId` el valor único que el proveedor asignó a este cliente.',
          en: "Trust the vendor's account and require, with `sts:ExternalId`, the unique value the vendor assigned to this customer.",
        },
        correct: true,
        explanation: {
          es: 'El proveedor genera un ID externo único por cliente y lo envía en `AssumeRole`; otro cliente no puede hacer que el proveedor asuma tu rol con su propio ID.',
          en: "The vendor generates a unique external ID per customer and sends it in `AssumeRole`; another customer can't make the vendor assume your role with its own ID.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'Exigir `aws:MultiFactorAuthPresent` en la política de confianza para que solo los empleados del proveedor asuman el rol.',
          en: "Require `aws:MultiFactorAuthPresent` in the trust policy so that only the vendor's own employees can assume the role.",
        },
        correct: false,
        explanation: {
          es: 'MFA prueba quién se autenticó en el proveedor, no en nombre de qué cliente actúa el proveedor.',
          en: 'MFA proves who authenticated at the vendor, not on behalf of which customer the vendor is acting.',
        },
      },
    ],
    section: 'beyond/iam-developers#external-id',
    source: {
      title: 'The confused deputy problem',
      url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html',
    },
  },
  {
    id: 't2-1-role-chaining-session-limit',
    task: '2.1',
    kind: 'single',
    stem: {
      es: 'El perfil `analytics` de la AWS CLI de un desarrollador asume el rol `RoleA` con `source_profile`. Después, un script usa las credenciales de `analytics` para llamar a `AssumeRole` sobre `RoleB` con `DurationSeconds` igual a 14400. La duración máxima de sesión de `RoleB` es de 12 horas y su política de confianza permite a `RoleA`. La llamada falla. ¿Por qué?',
      en: "A developer's AWS CLI profile `analytics` assumes the role `RoleA` with `source_profile`. A script then uses the `analytics` credentials to call `AssumeRole` on `RoleB` with `DurationSeconds` set to 14400. The maximum session duration of `RoleB` is 12 hours, and its trust policy allows `RoleA`. The call fails. Why?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: '`AssumeRole` nunca acepta un `DurationSeconds` mayor que 3600, sea cual sea la duración máxima de sesión del rol.',
          en: '`AssumeRole` never accepts a `DurationSeconds` value above 3600, whatever maximum session duration the role has.',
        },
        correct: false,
        explanation: {
          es: '3600 segundos es el valor predeterminado; fuera del encadenamiento, `DurationSeconds` llega hasta la duración máxima del rol.',
          en: "3,600 seconds is the default; outside role chaining, `DurationSeconds` can go up to the role's maximum session duration.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'Usar las credenciales de un rol para asumir otro es encadenamiento de roles, que limita la sesión a 1 hora.',
          en: "Using one role's credentials to assume another role is role chaining, which limits the session to 1 hour.",
        },
        correct: true,
        explanation: {
          es: 'Una sesión encadenada dura como máximo 1 hora, aunque el rol admita 12, y pedir más hace fallar la llamada.',
          en: 'A chained session lasts 1 hour at most, even if the role allows 12, and asking for more makes the call fail.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'La política de confianza de `RoleB` también debe nombrar al usuario de IAM que hay detrás del perfil de origen.',
          en: 'The trust policy of `RoleB` must also name the IAM user behind the source profile.',
        },
        correct: false,
        explanation: {
          es: 'Quien llama es la sesión de `RoleA`, y la política de confianza ya confía en `RoleA`; no hace falta nombrar al usuario.',
          en: "The caller is the `RoleA` session, which the trust policy already trusts; the user doesn't need to be named.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'El script debe llamar antes a `GetSessionToken`, porque las credenciales de un rol no pueden llamar a `AssumeRole`.',
          en: "The script must call `GetSessionToken` first, because role credentials can't call `AssumeRole`.",
        },
        correct: false,
        explanation: {
          es: 'Es al revés: las credenciales de `AssumeRole` no pueden llamar a `GetSessionToken`, pero sí pueden asumir otro rol.',
          en: "It's the other way around: credentials from `AssumeRole` can't call `GetSessionToken`, but they can assume another role.",
        },
      },
    ],
    section: 'beyond/iam-developers#assume-role',
    source: {title: 'AssumeRole', url: 'https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html'},
  },
  {
    id: 't2-1-cross-account-bucket-read',
    task: '2.1',
    kind: 'multiple',
    stem: {
      es: 'Una función de Lambda de la cuenta A debe leer objetos de un bucket de Amazon S3 de la cuenta B. El bucket tiene las ACL desactivadas (la opción predeterminada de S3 Object Ownership) y usa SSE-S3. ¿Qué configuración es necesaria? (Elige DOS.)',
      en: 'A Lambda function in account A must read objects from an Amazon S3 bucket in account B. The bucket has ACLs disabled (the default S3 Object Ownership setting) and uses SSE-S3. Which configuration is required? (Choose TWO.)',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'En la cuenta A, permitir `s3:GetObject` sobre los objetos del bucket en la política del rol de ejecución de la función.',
          en: "In account A, allow `s3:GetObject` on the bucket's objects in the policy of the function's execution role.",
        },
        correct: true,
        explanation: {
          es: 'En un acceso entre cuentas, la cuenta de quien llama también debe permitir la acción con una política basada en identidad.',
          en: "For cross-account access, the caller's account must also allow the action with an identity-based policy.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'En la cuenta A, añadir la cuenta B como principal en la política de confianza del rol de ejecución.',
          en: "In account A, add account B as a principal in the execution role's trust policy.",
        },
        correct: false,
        explanation: {
          es: 'La política de confianza dice quién puede asumir el rol; no da al rol acceso al bucket de la cuenta B.',
          en: "The trust policy says who can assume the role; it doesn't give the role access to the bucket in account B.",
        },
      },
      {
        id: 'c',
        text: {
          es: 'En la cuenta B, asociar una SCP que permita a la cuenta A llamar a `s3:GetObject`.',
          en: 'In account B, attach an SCP that allows account A to call `s3:GetObject`.',
        },
        correct: false,
        explanation: {
          es: 'Una política de control de servicios (SCP) solo fija el máximo para las identidades de las cuentas miembro; no concede permisos.',
          en: 'A service control policy (SCP) only sets the maximum for identities in member accounts; it grants no permissions.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'En la cuenta B, añadir a la política del bucket una declaración que permita `s3:GetObject` al ARN del rol de ejecución.',
          en: "In account B, add a bucket policy statement that allows `s3:GetObject` to the execution role's ARN.",
        },
        correct: true,
        explanation: {
          es: 'La cuenta del recurso debe permitir el acceso con una política basada en recursos; AWS exige un `Allow` en ambas cuentas.',
          en: "The resource's account must allow the access with a resource-based policy; AWS requires an `Allow` in both accounts.",
        },
      },
      {
        id: 'e',
        text: {
          es: 'En la cuenta B, conceder a la cuenta A acceso `READ` a los objetos del bucket mediante una lista de control de acceso (ACL) de objeto.',
          en: "In account B, grant account A `READ` access to the bucket's objects through an object access control list (ACL).",
        },
        correct: false,
        explanation: {
          es: 'Con las ACL desactivadas, el acceso se controla solo con políticas, y la función seguiría necesitando su propio permiso.',
          en: 'With ACLs disabled, access is controlled only with policies, and the function would still need its own permission.',
        },
      },
    ],
    section: 'beyond/iam-developers#cross-account-evaluation',
    source: {
      title: 'Cross-account policy evaluation logic',
      url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html',
    },
  },
  {
    id: 't2-1-credential-chain-leftover-keys',
    task: '2.1',
    kind: 'single',
    stem: {
      es: 'Un script de Python en una instancia de EC2 usa boto3 sin pasar credenciales. El rol del perfil de instancia, `OrdersRole`, permite todo lo que necesita el script, pero el script recibe `AccessDenied`. Al ejecutar `aws sts get-caller-identity` en la instancia se obtiene el ARN de un usuario de IAM llamado `jdoe`, que un compañero usó antes para hacer pruebas en esa instancia. ¿Qué debe hacer el desarrollador?',
      en: 'A Python script on an Amazon EC2 instance uses boto3 without passing any credentials. The instance profile role `OrdersRole` allows everything the script needs, but the script receives `AccessDenied`. Running `aws sts get-caller-identity` on the instance returns the ARN of an IAM user named `jdoe`, which a colleague used earlier for tests on that instance. What should the developer do?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Dar a `jdoe` permiso para llamar a `sts:AssumeRole` sobre `OrdersRole`.',
          en: 'Give `jdoe` permission to call `sts:AssumeRole` on `OrdersRole`.',
        },
        correct: false,
        explanation: {
          es: 'boto3 no asume el rol por su cuenta con ese permiso, y las claves de larga duración seguirían en la instancia.',
          en: "boto3 doesn't assume the role on its own because of that permission, and the long-term keys would stay on the instance.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'Exigir IMDSv2 en la instancia para que el SDK lea las credenciales del rol con un token de sesión.',
          en: 'Require IMDSv2 on the instance so that the SDK reads the role credentials with a session token.',
        },
        correct: false,
        explanation: {
          es: 'La versión de IMDS no cambia el orden de la cadena: las claves de `jdoe` seguirían encontrándose antes.',
          en: "The IMDS version doesn't change the order of the chain: the keys of `jdoe` would still be found first.",
        },
      },
      {
        id: 'c',
        text: {
          es: 'Quitar las claves de `jdoe` de las variables de entorno y del archivo de credenciales compartido de la instancia.',
          en: 'Remove the keys of `jdoe` from the environment variables and the shared credentials file on the instance.',
        },
        correct: true,
        explanation: {
          es: 'La cadena de proveedores de credenciales se detiene en la primera fuente válida, y esas fuentes van antes que los metadatos de la instancia; sin ellas, boto3 llega al rol.',
          en: 'The credential provider chain stops at the first valid source, and those sources come before instance metadata; without them, boto3 reaches the role.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Detener e iniciar la instancia para que el perfil de instancia entregue credenciales nuevas al SDK a través de IMDS.',
          en: 'Stop and start the instance so that the instance profile delivers fresh credentials to the SDK through IMDS.',
        },
        correct: false,
        explanation: {
          es: 'Las credenciales del rol no son el problema: las fuentes anteriores de la cadena seguirían ganando.',
          en: "The role credentials aren't the problem: the earlier sources in the chain would keep winning.",
        },
      },
    ],
    section: 'beyond/iam-developers#credential-provider-chain',
    source: {title: 'Credentials (Boto3)', url: 'https://docs.aws.amazon.com/boto3/latest/guide/credentials.html'},
  },
  {
    id: 't2-1-cognito-authorizer-scopes',
    task: '2.1',
    kind: 'single',
    stem: {
      es: 'Una API de REST de Amazon API Gateway usa un autorizador `COGNITO_USER_POOLS`. El desarrollador añade el ámbito de autorización `orders-api/read` al método `GET /orders` y vuelve a implementar la API. Desde entonces, el cliente web, que envía el token de ID del usuario en el encabezado `Authorization`, recibe `401 Unauthorized`. ¿Cómo debe corregir el cliente el desarrollador?',
      en: "A REST API in Amazon API Gateway uses a `COGNITO_USER_POOLS` authorizer. The developer adds the authorization scope `orders-api/read` to the `GET /orders` method and redeploys the API. Since then, the web client, which sends the user's ID token in the `Authorization` header, receives `401 Unauthorized`. How should the developer fix the client?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Enviar el token de actualización, porque contiene los ámbitos concedidos al usuario.',
          en: 'Send the refresh token instead, because it carries the scopes granted to the user.',
        },
        correct: false,
        explanation: {
          es: 'El token de actualización solo sirve para obtener tokens nuevos; está cifrado y solo el grupo de usuarios lo puede leer.',
          en: 'The refresh token only gets new tokens; it is encrypted, and only the user pool can read it.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Firmar la solicitud con Signature Version 4 usando el secreto de cliente del cliente de aplicación.',
          en: "Sign the request with Signature Version 4 by using the app client's client secret.",
        },
        correct: false,
        explanation: {
          es: 'SigV4 firma con credenciales de AWS para la autorización `AWS_IAM`; el secreto de cliente se usa con la API del grupo de usuarios, no para firmar.',
          en: 'SigV4 signs with AWS credentials for `AWS_IAM` authorization; a client secret is used with the user pool API, not for signing.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Mantener el token de ID, pero enviarlo en el encabezado `X-Amz-Security-Token` en lugar de `Authorization`.',
          en: 'Keep the ID token, but send it in the `X-Amz-Security-Token` header instead of `Authorization`.',
        },
        correct: false,
        explanation: {
          es: 'El autorizador lee el token del encabezado `Authorization`; `X-Amz-Security-Token` lleva el token de sesión de unas credenciales temporales de AWS.',
          en: 'The authorizer reads the token from the `Authorization` header; `X-Amz-Security-Token` carries the session token of temporary AWS credentials.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Enviar un token de acceso que el grupo de usuarios haya emitido con el ámbito `orders-api/read`.',
          en: 'Send an access token that the user pool issued with the `orders-api/read` scope.',
        },
        correct: true,
        explanation: {
          es: 'Con ámbitos en el método, el autorizador espera un token de acceso que tenga al menos uno de ellos; sin ámbitos, trataría el token como token de ID.',
          en: 'With scopes on the method, the authorizer expects an access token that has at least one of them; without scopes, it treats the token as an ID token.',
        },
      },
    ],
    section: 'beyond/cognito#api-gateway-authorizers',
    source: {
      title: 'Integrate a REST API with an Amazon Cognito user pool',
      url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-enable-cognito-user-pool.html',
    },
  },
  {
    id: 't2-1-sigv4-clock-skew',
    task: '2.1',
    kind: 'single',
    stem: {
      es: 'Una aplicación en un servidor local firma sus solicitudes a Amazon DynamoDB con su propio código de Signature Version 4. El mismo código funciona en otros servidores, pero en este muchas solicitudes fallan con errores `Signature expired`. La clave de acceso está activa y la política de IAM permite las llamadas. ¿Qué debe hacer el desarrollador?',
      en: 'An application on an on-premises server signs its requests to Amazon DynamoDB with its own Signature Version 4 code. The same code works on other servers, but on this one many requests fail with `Signature expired` errors. The access key is active, and the IAM policy allows the calls. What should the developer do?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Sincronizar el reloj del servidor, porque la marca de tiempo firmada debe estar cerca de la hora de AWS.',
          en: "Synchronize the server's clock, because the signed time stamp must be close to AWS's time.",
        },
        correct: true,
        explanation: {
          es: 'La fecha `X-Amz-Date` forma parte de la firma y, en la mayoría de los casos, la solicitud debe llegar a AWS en los 5 minutos siguientes; un reloj desviado provoca `Signature expired`.',
          en: 'The `X-Amz-Date` value is part of the signature, and in most cases the request must reach AWS within 5 minutes of it; a skewed clock causes `Signature expired`.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Rotar la clave de acceso, porque AWS rechaza las firmas hechas con claves de más de 90 días.',
          en: 'Rotate the access key, because AWS rejects signatures made with keys older than 90 days.',
        },
        correct: false,
        explanation: {
          es: 'AWS no tiene esa regla; rotar las claves es buena práctica, pero no corrige la hora del servidor.',
          en: "AWS has no such rule; rotating keys is good practice, but it doesn't fix the server's time.",
        },
      },
      {
        id: 'c',
        text: {
          es: 'Cambiar el código de firma a SigV4a, que firma solicitudes que siguen siendo válidas en varias regiones a la vez.',
          en: 'Switch the signing code to SigV4a, which signs requests that stay valid in several Regions at once.',
        },
        correct: false,
        explanation: {
          es: 'SigV4a sirve para solicitudes válidas en varias regiones, como los puntos de acceso multirregionales de S3; no corrige la hora del servidor.',
          en: "SigV4a serves requests that are valid in several Regions, such as S3 Multi-Region Access Points; it doesn't fix the server's time.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'Pedir credenciales temporales con un `DurationSeconds` más largo antes de cada llamada.',
          en: 'Request temporary credentials with a longer `DurationSeconds` before each call.',
        },
        correct: false,
        explanation: {
          es: 'El error se refiere a la marca de tiempo de la solicitud, no a la duración de las credenciales, y la aplicación usa una clave de acceso.',
          en: "The error is about the request's time stamp, not the credentials' lifetime, and the application uses an access key.",
        },
      },
    ],
    section: 'beyond/iam-developers#sigv4',
    source: {
      title: 'Troubleshoot Signature Version 4 signing',
      url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-troubleshooting.html',
    },
  },
  {
    id: 't2-1-github-actions-oidc',
    task: '2.1',
    kind: 'multiple',
    stem: {
      es: 'Un flujo de trabajo de GitHub Actions implementa en AWS con las claves de acceso de un usuario de IAM guardadas como secretos del repositorio. El equipo de seguridad quiere eliminar del flujo de trabajo todas las credenciales de AWS de larga duración. ¿Qué pasos debe dar el desarrollador? (Elige DOS.)',
      en: 'A GitHub Actions workflow deploys to AWS with the access keys of an IAM user stored as repository secrets. The security team wants to remove every long-term AWS credential from the workflow. Which steps should the developer take? (Choose TWO.)',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Guardar las claves del usuario de IAM en AWS Secrets Manager y hacer que el flujo las lea al empezar cada ejecución.',
          en: "Store the IAM user's keys in AWS Secrets Manager and have the workflow read them at the start of each run.",
        },
        correct: false,
        explanation: {
          es: 'Siguen siendo claves de larga duración, y el flujo necesitaría otras credenciales de AWS para leer el secreto.',
          en: 'They are still long-term keys, and the workflow would need other AWS credentials to read the secret.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Crear un rol cuya política de confianza nombre `token.actions.githubusercontent.com` como principal `Service` con `sts:AssumeRole`.',
          en: 'Create a role whose trust policy names `token.actions.githubusercontent.com` as a `Service` principal with `sts:AssumeRole`.',
        },
        correct: false,
        explanation: {
          es: '`Service` es para servicios de AWS; un proveedor OIDC va como principal `Federated` con `sts:AssumeRoleWithWebIdentity`.',
          en: '`Service` is for AWS services; an OIDC provider goes in as a `Federated` principal with `sts:AssumeRoleWithWebIdentity`.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Crear en la cuenta un proveedor de identidades OIDC de IAM para `token.actions.githubusercontent.com`.',
          en: 'Create an IAM OIDC identity provider for `token.actions.githubusercontent.com` in the account.',
        },
        correct: true,
        explanation: {
          es: 'La federación directa con IAM empieza por una entidad de proveedor de identidades que represente al emisor de los tokens.',
          en: 'Direct federation with IAM starts with an identity provider entity that represents the token issuer.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Hacer que el flujo llame a `GetSessionToken` con el token de GitHub para obtener credenciales temporales.',
          en: 'Have the workflow call `GetSessionToken` with the GitHub token to get temporary credentials.',
        },
        correct: false,
        explanation: {
          es: '`GetSessionToken` lo llama un usuario de IAM con sus credenciales de larga duración; no acepta tokens OIDC.',
          en: "`GetSessionToken` is called by an IAM user with its long-term credentials; it doesn't accept OIDC tokens.",
        },
      },
      {
        id: 'e',
        text: {
          es: 'Crear un rol que confíe en ese proveedor como principal `Federated` y que el flujo llame a `AssumeRoleWithWebIdentity`.',
          en: 'Create a role that trusts that provider as a `Federated` principal, and have the workflow call `AssumeRoleWithWebIdentity`.',
        },
        correct: true,
        explanation: {
          es: '`AssumeRoleWithWebIdentity` cambia el JWT del flujo por credenciales temporales y no necesita credenciales de AWS para llamarlo.',
          en: "`AssumeRoleWithWebIdentity` exchanges the workflow's JWT for temporary credentials and needs no AWS credentials to be called.",
        },
      },
    ],
    section: 'beyond/iam-developers#iam-federation-providers',
    source: {
      title: 'Create a role for OpenID Connect federation (console)',
      url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html',
    },
  },

  // ---------------------------------------------------------------------------------------------
  // Task 2.2: encryption and sensitive data
  // ---------------------------------------------------------------------------------------------
  {
    id: 't2-2-envelope-encryption-large-files',
    task: '2.2',
    kind: 'single',
    stem: {
      es: 'Una aplicación debe cifrar archivos de informes de 50 MB con una clave administrada por el cliente de AWS KMS antes de escribirlos en un recurso compartido de archivos local. Una llamada a la operación `Encrypt` de AWS KMS con un archivo completo falla. ¿Qué debe hacer el desarrollador?',
      en: 'An application must encrypt 50 MB report files with an AWS KMS customer managed key before it writes them to an on-premises file share. A call to the AWS KMS `Encrypt` operation with a whole file fails. What should the developer do?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Solicitar en Service Quotas un aumento del tamaño máximo de entrada que admite la operación `Encrypt` en cada llamada.',
          en: 'Request a Service Quotas increase for the maximum input size that the `Encrypt` operation accepts per call.',
        },
        correct: false,
        explanation: {
          es: 'Los 4096 bytes de `Encrypt` son un límite de la operación, no una cuota de solicitudes ajustable.',
          en: "The 4,096-byte limit of `Encrypt` belongs to the operation; it isn't an adjustable request quota.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'Llamar a `GenerateDataKey`, cifrar el archivo localmente con la clave sin cifrar y guardar la clave cifrada junto al archivo.',
          en: 'Call `GenerateDataKey`, encrypt the file locally with the plaintext key, and store the encrypted key with the file.',
        },
        correct: true,
        explanation: {
          es: 'Es el cifrado de sobre: la clave de datos cifra el archivo y la clave de KMS protege la clave de datos, que se recupera con `Decrypt` al descifrar.',
          en: 'This is envelope encryption: the data key encrypts the file, and the KMS key protects the data key, which `Decrypt` recovers later.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Crear una clave de KMS asimétrica RSA y llamar a `Encrypt` con ella, porque las claves asimétricas admiten entradas mucho mayores.',
          en: 'Create an asymmetric RSA KMS key and call `Encrypt` with it, because asymmetric keys accept much larger inputs.',
        },
        correct: false,
        explanation: {
          es: 'Con RSA el límite es aún menor (190 bytes con `RSA_2048` y `RSAES_OAEP_SHA_256`).',
          en: 'With RSA the limit is even smaller (190 bytes with `RSA_2048` and `RSAES_OAEP_SHA_256`).',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Llamar a `GenerateDataKeyWithoutPlaintext` y cifrar el archivo con el `CiphertextBlob` que devuelve.',
          en: 'Call `GenerateDataKeyWithoutPlaintext` and encrypt the file with the `CiphertextBlob` that it returns.',
        },
        correct: false,
        explanation: {
          es: '`CiphertextBlob` es la clave de datos cifrada y no sirve como clave; esa operación es para un componente que la guarda y la descifra más tarde.',
          en: "`CiphertextBlob` is the encrypted data key and can't be used as a key; that operation is for a component that stores it and decrypts it later.",
        },
      },
    ],
    section: 'beyond/encryption-and-secrets#envelope-encryption',
    source: {
      title: 'GenerateDataKey',
      url: 'https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateDataKey.html',
    },
  },
  {
    id: 't2-2-encryption-context-mismatch',
    task: '2.2',
    kind: 'single',
    stem: {
      es: 'Un servicio cifra tokens cortos con `kms.encrypt(KeyId="alias/tokens", Plaintext=token, EncryptionContext={"tenant": tenant_id})`. Otro servicio que los descifra llama a `kms.decrypt(CiphertextBlob=blob)` y recibe `InvalidCiphertextException`. El rol de ese servicio tiene permitido `kms:Decrypt` sobre la clave. ¿Qué debe cambiar el desarrollador?',
      en: 'A service encrypts short tokens with `kms.encrypt(KeyId="alias/tokens", Plaintext=token, EncryptionContext={"tenant": tenant_id})`. Another service that decrypts them calls `kms.decrypt(CiphertextBlob=blob)` and receives `InvalidCiphertextException`. That service\'s role is allowed `kms:Decrypt` on the key. What should the developer change?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Pasar en la llamada a `decrypt` el mismo `EncryptionContext`, con el mismo ID de inquilino.',
          en: 'Pass the same `EncryptionContext`, with the same tenant ID, in the `decrypt` call.',
        },
        correct: true,
        explanation: {
          es: 'El contexto de cifrado queda vinculado al texto cifrado y hay que repetirlo exactamente al descifrar; si no coincide, `Decrypt` falla con `InvalidCiphertextException`.',
          en: "The encryption context is bound to the ciphertext and must be repeated exactly to decrypt; if it doesn't match, `Decrypt` fails with `InvalidCiphertextException`.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'Pasar `KeyId="alias/tokens"` en la llamada a `decrypt` para que KMS sepa qué clave usar.',
          en: 'Pass `KeyId="alias/tokens"` in the `decrypt` call so that KMS knows which key to use.',
        },
        correct: false,
        explanation: {
          es: 'Con una clave simétrica, KMS guarda en el texto cifrado qué clave usó; `KeyId` no hace falta.',
          en: "With a symmetric key, KMS stores in the ciphertext which key it used, so `KeyId` isn't needed.",
        },
      },
      {
        id: 'c',
        text: {
          es: 'Crear una concesión para el rol, porque las políticas de clave no se aplican a `Decrypt`.',
          en: "Create a grant for the role, because key policies don't apply to `Decrypt`.",
        },
        correct: false,
        explanation: {
          es: 'Las políticas de clave sí se aplican a `Decrypt`, y un problema de permisos devolvería un error de acceso denegado, no `InvalidCiphertextException`.',
          en: 'Key policies do apply to `Decrypt`, and a permissions problem would return an access denied error, not `InvalidCiphertextException`.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Desactivar la rotación automática de la clave, porque la rotación invalida los textos cifrados anteriores.',
          en: 'Turn off automatic rotation of the key, because rotation invalidates older ciphertexts.',
        },
        correct: false,
        explanation: {
          es: 'KMS conserva el material de clave anterior para descifrar lo que se cifró con él.',
          en: 'KMS keeps the older key material to decrypt what was encrypted with it.',
        },
      },
    ],
    section: 'beyond/encryption-and-secrets#encryption-context',
    source: {
      title: 'Encryption context',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html',
    },
  },
  {
    id: 't2-2-key-policy-allows-role',
    task: '2.2',
    kind: 'single',
    stem: {
      es: 'Un administrador crea una clave administrada por el cliente de AWS KMS con una política de clave personalizada cuya única declaración permite al equipo de seguridad administrar la clave. El rol `AppRole` tiene una política basada en identidad que permite `kms:Decrypt` sobre el ARN de la clave, pero sus llamadas fallan con `AccessDeniedException`. ¿Qué cambio permite a `AppRole` descifrar?',
      en: "An administrator creates an AWS KMS customer managed key with a custom key policy whose only statement lets the security team administer the key. The role `AppRole` has an identity-based policy that allows `kms:Decrypt` on the key's ARN, but its calls fail with `AccessDeniedException`. Which change lets `AppRole` decrypt?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Añadir también `kms:Decrypt` sobre la clave al límite de permisos asociado a `AppRole`.',
          en: 'Also add `kms:Decrypt` on the key to the permissions boundary that is attached to `AppRole`.',
        },
        correct: false,
        explanation: {
          es: 'Un límite de permisos no concede nada, y sin permiso en la política de clave las políticas de IAM no tienen efecto.',
          en: 'A permissions boundary grants nothing, and without permission in the key policy, IAM policies have no effect.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Añadir una condición `kms:ViaService` a la política basada en identidad de `AppRole` para el servicio que llama.',
          en: 'Add a `kms:ViaService` condition to the identity-based policy of `AppRole` for the calling service.',
        },
        correct: false,
        explanation: {
          es: '`kms:ViaService` restringe el uso a solicitudes que llegan a través de un servicio; restringe, no concede.',
          en: '`kms:ViaService` limits use to requests that come through a service; it restricts and grants nothing.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Editar la política de clave para que permita a `AppRole` usar `kms:Decrypt` sobre la clave.',
          en: 'Edit the key policy so that it allows `AppRole` to use `kms:Decrypt` on the key.',
        },
        correct: true,
        explanation: {
          es: 'Una política de clave no da permisos a la cuenta de forma automática: hay que permitir al rol o incluir la declaración que habilita las políticas de IAM.',
          en: "A key policy doesn't give the account permissions automatically: it must allow the role, or include the statement that enables IAM policies.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'Asociar a `AppRole` otra política de IAM que permita `kms:*` sobre todos los recursos.',
          en: 'Attach another IAM policy to `AppRole` that allows `kms:*` on all resources.',
        },
        correct: false,
        explanation: {
          es: 'Sigue siendo una política de IAM, y no tiene efecto mientras la política de clave no habilite las políticas de IAM.',
          en: "It is still an IAM policy, which has no effect while the key policy doesn't enable IAM policies.",
        },
      },
    ],
    section: 'beyond/encryption-and-secrets#key-policies-and-grants',
    source: {
      title: 'Default key policy',
      url: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html',
    },
  },
  {
    id: 't2-2-secrets-manager-rds-rotation',
    task: '2.2',
    kind: 'single',
    stem: {
      es: 'Una aplicación en Amazon ECS se conecta a una base de datos de Amazon RDS for PostgreSQL con una contraseña escrita en un archivo de configuración. Seguridad exige que la contraseña rote automáticamente cada 30 días y que la aplicación lea siempre el valor actual, con la menor carga operativa. ¿Qué debe hacer el desarrollador?',
      en: 'An application on Amazon ECS connects to an Amazon RDS for PostgreSQL database with a password written in a configuration file. Security requires the password to rotate automatically every 30 days and the application to always read the current value, with the least operational overhead. What should the developer do?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Guardar la contraseña como parámetro `SecureString` y asociarle una política de parámetro `Expiration` de 30 días.',
          en: 'Store the password as a `SecureString` parameter and attach an `Expiration` parameter policy of 30 days to it.',
        },
        correct: false,
        explanation: {
          es: 'Una política de parámetro borra el parámetro o envía notificaciones; Parameter Store no rota contraseñas.',
          en: "A parameter policy deletes the parameter or sends notifications; Parameter Store doesn't rotate passwords.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'Cifrar la contraseña con una clave administrada por el cliente y activar la rotación automática de la clave cada 30 días.',
          en: 'Encrypt the password with a customer managed key and turn on automatic rotation of the key every 30 days.',
        },
        correct: false,
        explanation: {
          es: 'La rotación de una clave de KMS cambia el material de clave, no la contraseña de la base de datos, y su período mínimo es de 90 días.',
          en: 'Rotating a KMS key changes the key material, not the database password, and its minimum period is 90 days.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Guardar la contraseña en un parámetro de nivel avanzado, que rota el valor según el calendario que definas.',
          en: 'Store the password in an advanced-tier parameter, which rotates the value on the schedule you set.',
        },
        correct: false,
        explanation: {
          es: 'El nivel avanzado añade tamaño, políticas de parámetro y uso compartido, pero no rotación.',
          en: 'The advanced tier adds size, parameter policies, and sharing, but no rotation.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Guardar las credenciales en AWS Secrets Manager con rotación cada 30 días y leerlas con `GetSecretValue`.',
          en: 'Store the credentials in AWS Secrets Manager with rotation every 30 days, and read them with `GetSecretValue`.',
        },
        correct: true,
        explanation: {
          es: 'Secrets Manager rota el secreto según un calendario, y `GetSecretValue` devuelve la versión `AWSCURRENT` si no se pide otra.',
          en: 'Secrets Manager rotates the secret on a schedule, and `GetSecretValue` returns the `AWSCURRENT` version unless you ask for another.',
        },
      },
    ],
    section: 'beyond/encryption-and-secrets#secret-rotation',
    source: {
      title: 'Rotate AWS Secrets Manager secrets',
      url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html',
    },
  },
  {
    id: 't2-2-lambda-extension-secret-cache',
    task: '2.2',
    kind: 'multiple',
    stem: {
      es: 'Una función de Lambda llama a `GetSecretValue` en cada invocación para leer una clave de API de AWS Secrets Manager. Esas llamadas añaden latencia y costo. El desarrollador quiere guardar el secreto en caché sin escribir código de caché ni añadir una biblioteca de caché. ¿Qué pasos debe dar? (Elige DOS.)',
      en: 'A Lambda function calls `GetSecretValue` on every invocation to read an API key from AWS Secrets Manager. The calls add latency and cost. The developer wants to cache the secret without writing caching code or adding a caching library. Which steps should the developer take? (Choose TWO.)',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Añadir la AWS Parameters and Secrets Lambda Extension a la función como capa.',
          en: 'Add the AWS Parameters and Secrets Lambda Extension to the function as a layer.',
        },
        correct: true,
        explanation: {
          es: 'La extensión sirve secretos y parámetros desde una caché local, sin SDK.',
          en: 'The extension serves secrets and parameters from a local cache, with no SDK.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Dar a `SECRETS_MANAGER_TTL` el valor 86400 para que la extensión guarde el secreto un día entero.',
          en: 'Set `SECRETS_MANAGER_TTL` to 86400 so that the extension keeps the secret for a whole day.',
        },
        correct: false,
        explanation: {
          es: 'El TTL de la caché va de 0 a 300 segundos (300 por defecto).',
          en: 'The cache TTL goes from 0 to 300 seconds (300 by default).',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Quitar `secretsmanager:GetSecretValue` del rol de ejecución, porque la extensión usa su propia identidad.',
          en: 'Remove `secretsmanager:GetSecretValue` from the execution role, because the extension uses its own identity.',
        },
        correct: false,
        explanation: {
          es: 'La extensión llama a Secrets Manager con el rol de ejecución de la función, que sigue necesitando ese permiso.',
          en: "The extension calls Secrets Manager with the function's execution role, which still needs that permission.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'En el controlador, pedir `localhost:2773/secretsmanager/get` con el token de sesión en el encabezado `X-Aws-Parameters-Secrets-Token`.',
          en: 'In the handler, request `localhost:2773/secretsmanager/get` with the session token in the `X-Aws-Parameters-Secrets-Token` header.',
        },
        correct: true,
        explanation: {
          es: 'La extensión escucha en el puerto 2773 por defecto y exige ese encabezado con el token de sesión de la función en cada solicitud.',
          en: "The extension listens on port 2773 by default and requires that header with the function's session token on every request.",
        },
      },
      {
        id: 'e',
        text: {
          es: 'Leer el secreto a través de la extensión en el código de inicialización, fuera del controlador, para pedirlo una sola vez.',
          en: 'Read the secret through the extension in the initialization code, outside the handler, so that it is fetched only once.',
        },
        correct: false,
        explanation: {
          es: 'La extensión solo responde en la fase `INVOKE`, no durante `INIT`.',
          en: 'The extension can be called only in the `INVOKE` phase, not during `INIT`.',
        },
      },
    ],
    section: 'beyond/encryption-and-secrets#parameters-secrets-extension',
    source: {
      title: 'Using Parameter Store parameters in AWS Lambda functions',
      url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/ps-integration-lambda-extensions.html',
    },
  },
  {
    id: 't2-2-cross-account-secret-access',
    task: '2.2',
    kind: 'multiple',
    stem: {
      es: 'Un secreto de la cuenta A está cifrado con la clave administrada por AWS `aws/secretsmanager`. Un rol de la cuenta B tiene una política basada en identidad que permite `secretsmanager:GetSecretValue` sobre el ARN del secreto y `kms:Decrypt` sobre las claves de KMS de la cuenta A, pero no puede leer el secreto. ¿Qué cambios debe hacer el desarrollador en la cuenta A? (Elige DOS.)',
      en: "A secret in account A is encrypted with the AWS managed key `aws/secretsmanager`. A role in account B has an identity-based policy that allows `secretsmanager:GetSecretValue` on the secret's ARN and `kms:Decrypt` on the KMS keys of account A, but it can't read the secret. Which changes should the developer make in account A? (Choose TWO.)",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Editar la política de la clave administrada por AWS `aws/secretsmanager` para que permita descifrar al rol de la cuenta B.',
          en: 'Edit the key policy of the AWS managed key `aws/secretsmanager` so that it lets the role in account B decrypt.',
        },
        correct: false,
        explanation: {
          es: 'Una clave administrada por AWS solo la usa su servicio para principales de la propia cuenta, y su política de clave no la controlas tú.',
          en: "An AWS managed key is used only by its service for principals in its own account, and you don't control its key policy.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'Cambiar el secreto a una clave administrada por el cliente cuya política de clave permita descifrar al rol de la cuenta B.',
          en: 'Switch the secret to a customer managed key whose key policy allows the role in account B to decrypt.',
        },
        correct: true,
        explanation: {
          es: '`aws/secretsmanager` no funciona entre cuentas: el secreto necesita una clave administrada por el cliente que permita descifrar a la otra cuenta.',
          en: "`aws/secretsmanager` doesn't work across accounts: the secret needs a customer managed key that lets the other account decrypt.",
        },
      },
      {
        id: 'c',
        text: {
          es: 'Asociar al secreto una política basada en recursos que permita `secretsmanager:GetSecretValue` al rol de la cuenta B.',
          en: 'Attach a resource-based policy to the secret that allows `secretsmanager:GetSecretValue` to the role in account B.',
        },
        correct: true,
        explanation: {
          es: 'En un acceso entre cuentas, la cuenta propietaria también debe permitir el acceso con la política de recursos del secreto.',
          en: "For cross-account access, the owning account must also allow the access with the secret's resource policy.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'Replicar el secreto en la cuenta B para que el rol lea una copia local.',
          en: 'Replicate the secret to account B so that the role reads a local copy.',
        },
        correct: false,
        explanation: {
          es: 'La replicación de Secrets Manager copia secretos a otras regiones, no a otras cuentas.',
          en: 'Secrets Manager replication copies secrets to other Regions, not to other accounts.',
        },
      },
      {
        id: 'e',
        text: {
          es: 'Llamar a `PutResourcePolicy` con `BlockPublicPolicy` para que el secreto se pueda compartir con cuentas de fuera de la organización.',
          en: 'Call `PutResourcePolicy` with `BlockPublicPolicy` so that the secret can be shared with accounts outside the organization.',
        },
        correct: false,
        explanation: {
          es: '`BlockPublicPolicy` impide que una política de recursos haga público el secreto; no concede acceso a nadie.',
          en: '`BlockPublicPolicy` stops a resource policy from making the secret public; it grants access to no one.',
        },
      },
    ],
    section: 'beyond/encryption-and-secrets#cross-account-secrets',
    source: {
      title: 'Access AWS Secrets Manager secrets from a different account',
      url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_examples_cross.html',
    },
  },
  {
    id: 't2-2-acm-certificate-cloudfront-region',
    task: '2.2',
    kind: 'single',
    stem: {
      es: 'Una aplicación web usa un Application Load Balancer en `eu-west-1` con un certificado de ACM para `shop.example.com` solicitado en `eu-west-1`. El equipo pone una distribución de Amazon CloudFront delante del balanceador con el nombre de dominio alternativo `shop.example.com`, pero el certificado no aparece en la lista de certificados de la distribución. ¿Qué debe hacer el desarrollador?',
      en: "A web app uses an Application Load Balancer in `eu-west-1` with an ACM certificate for `shop.example.com` requested in `eu-west-1`. The team puts an Amazon CloudFront distribution in front of the load balancer with the alternate domain name `shop.example.com`, but the certificate doesn't appear in the distribution's certificate list. What should the developer do?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Solicitar o importar un certificado para `shop.example.com` en ACM en la región `us-east-1`.',
          en: 'Request or import a certificate for `shop.example.com` in ACM in the `us-east-1` Region.',
        },
        correct: true,
        explanation: {
          es: 'Para CloudFront, el certificado de ACM debe estar en EE. UU. Este (Norte de Virginia), `us-east-1`; el del balanceador sigue en su región.',
          en: 'For CloudFront, the ACM certificate must be in US East (N. Virginia), `us-east-1`; the load balancer keeps its own in its Region.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Copiar con ACM el certificado actual de `eu-west-1` a `us-east-1` y seleccionarlo en CloudFront.',
          en: 'Copy the current ACM certificate from `eu-west-1` to `us-east-1` with ACM, and select it in CloudFront.',
        },
        correct: false,
        explanation: {
          es: 'Los certificados de ACM son regionales y no se pueden copiar entre regiones.',
          en: "ACM certificates are Regional and can't be copied between Regions.",
        },
      },
      {
        id: 'c',
        text: {
          es: 'Emitir un certificado para `shop.example.com` con AWS Private CA en `eu-west-1`.',
          en: 'Issue a certificate for `shop.example.com` from AWS Private CA in `eu-west-1`.',
        },
        correct: false,
        explanation: {
          es: 'Un certificado privado sirve para TLS interno, no para un sitio público, y CloudFront lo seguiría necesitando en `us-east-1`.',
          en: 'A private certificate is for internal TLS, not a public website, and CloudFront would still need it in `us-east-1`.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Usar HTTPS solo entre CloudFront y el balanceador y servir a los espectadores por HTTP.',
          en: 'Use HTTPS only between CloudFront and the load balancer, and serve viewers over HTTP.',
        },
        correct: false,
        explanation: {
          es: 'Dejaría sin cifrar el tráfico de los usuarios, que es justo el que el certificado debe proteger.',
          en: "It would leave the users' traffic unencrypted, which is exactly what the certificate must protect.",
        },
      },
    ],
    section: 'beyond/encryption-and-secrets#acm',
    source: {
      title: 'What is AWS Certificate Manager?',
      url: 'https://docs.aws.amazon.com/acm/latest/userguide/acm-overview.html',
    },
  },
  {
    id: 't2-2-private-ca-internal-services',
    task: '2.2',
    kind: 'single',
    stem: {
      es: 'Una empresa tiene decenas de microservicios internos que se llaman entre sí por TLS con nombres como `orders.corp.internal`. Los certificados deben venir de una autoridad de certificación que controle la empresa, no deben ser de confianza pública y deben emitirse y administrarse con servicios de AWS. ¿Qué debe usar el desarrollador?',
      en: 'A company runs dozens of internal microservices that call each other over TLS with names such as `orders.corp.internal`. The certificates must come from a certificate authority that the company controls, must not be publicly trusted, and must be issued and managed with AWS services. What should the developer use?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Certificados públicos de ACM para cada nombre interno, validados por DNS.',
          en: 'Public ACM certificates for each internal name, validated through DNS.',
        },
        correct: false,
        explanation: {
          es: 'Los certificados públicos los emite Amazon Trust Services tras validar el dominio; no vienen de una autoridad de la empresa.',
          en: "Public certificates are issued by Amazon Trust Services after domain validation; they don't come from a company CA.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'Certificados autofirmados generados con OpenSSL en cada servicio y renovados con una tarea programada.',
          en: 'Self-signed certificates generated with OpenSSL on each service and renewed by a scheduled job.',
        },
        correct: false,
        explanation: {
          es: 'No hay una autoridad común que controle la empresa, y la emisión y renovación quedan fuera de los servicios de AWS.',
          en: 'There is no common CA that the company controls, and issuing and renewing stay outside AWS services.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Una jerarquía de CA en AWS Private CA, con certificados privados solicitados a través de ACM.',
          en: 'A CA hierarchy in AWS Private CA, with private certificates requested through ACM.',
        },
        correct: true,
        explanation: {
          es: 'AWS Private CA crea autoridades privadas raíz y subordinadas, y ACM solicita certificados privados firmados por ellas para TLS interno.',
          en: 'AWS Private CA creates private root and subordinate CAs, and ACM requests private certificates signed by them for internal TLS.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Secretos de Secrets Manager que guarden un certificado y su clave privada para cada servicio.',
          en: 'Secrets Manager secrets that hold a certificate and its private key for each service.',
        },
        correct: false,
        explanation: {
          es: 'Secrets Manager guarda valores, pero no emite certificados ni actúa como autoridad de certificación.',
          en: "Secrets Manager stores values, but it doesn't issue certificates or act as a certificate authority.",
        },
      },
    ],
    section: 'beyond/encryption-and-secrets#private-ca',
    source: {
      title: 'What is AWS Private CA?',
      url: 'https://docs.aws.amazon.com/privateca/latest/userguide/PcaWelcome.html',
    },
  },
  {
    id: 't2-2-ec2-import-key-pair',
    task: '2.2',
    kind: 'single',
    stem: {
      es: 'Un desarrollador generó un par de claves ED25519 con `ssh-keygen` en su portátil. La política de la empresa dice que las claves privadas nunca salen del equipo donde se crearon. El desarrollador necesita lanzar instancias de EC2 con Linux que acepten inicios de sesión SSH con esa clave. ¿Qué debe hacer?',
      en: 'A developer generated an ED25519 key pair with `ssh-keygen` on a laptop. Company policy says that private keys never leave the machine where they were created. The developer needs to launch Amazon EC2 Linux instances that accept SSH logins with that key. What should the developer do?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Ejecutar `aws ec2 create-key-pair --key-type ed25519` y usar el par de claves que devuelve el comando.',
          en: 'Run `aws ec2 create-key-pair --key-type ed25519` and use the key pair that the command returns.',
        },
        correct: false,
        explanation: {
          es: 'EC2 generaría un par nuevo y entregaría su clave privada; no usaría la clave que ya tiene el desarrollador.',
          en: "EC2 would generate a new pair and hand over its private key; it wouldn't use the developer's existing key.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'Ejecutar `aws ec2 import-key-pair` con el archivo de clave pública y lanzar las instancias con ese par.',
          en: 'Run `aws ec2 import-key-pair` with the public key file, and launch the instances with it.',
        },
        correct: true,
        explanation: {
          es: 'Con `import-key-pair` solo se sube la clave pública; la privada se queda en el portátil.',
          en: 'With `import-key-pair` only the public key is uploaded; the private key stays on the laptop.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Guardar la clave privada en Parameter Store bajo `/ec2/keypair/` para que EC2 la lea al lanzar la instancia.',
          en: 'Store the private key in Parameter Store under `/ec2/keypair/` so that EC2 reads it at launch.',
        },
        correct: false,
        explanation: {
          es: 'EC2 solo necesita la clave pública, y copiar la privada incumple la política; esa ruta es donde CloudFormation guarda las claves que crea.',
          en: 'EC2 needs only the public key, and copying the private key breaks the policy; that path is where CloudFormation stores keys it creates.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Convertir la clave a DSA, el tipo de clave que EC2 acepta para las claves importadas.',
          en: 'Convert the key to DSA, the key type that EC2 accepts for imported keys.',
        },
        correct: false,
        explanation: {
          es: 'EC2 no acepta claves DSA; ED25519 se admite en instancias Linux.',
          en: "EC2 doesn't accept DSA keys; ED25519 is supported for Linux instances.",
        },
      },
    ],
    section: 'beyond/encryption-and-secrets#ec2-key-pairs',
    source: {
      title: 'Create a key pair for your Amazon EC2 instance',
      url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/create-key-pairs.html',
    },
  },
  {
    id: 't2-2-macie-and-log-masking',
    task: '2.2',
    kind: 'multiple',
    stem: {
      es: 'Una aplicación de salud guarda documentos de pacientes en Amazon S3 y escribe sus registros en Amazon CloudWatch Logs. Cumplimiento normativo exige averiguar qué objetos de S3 contienen datos personales y ocultar los datos personales de los registros a los desarrolladores, aunque el equipo de seguridad debe poder verlos. ¿Qué acciones cumplen estos requisitos? (Elige DOS.)',
      en: 'A health app stores patient documents in Amazon S3 and writes its logs to Amazon CloudWatch Logs. Compliance requires the team to find which S3 objects contain personal data and to hide personal data in the logs from developers, while the security team can still see it. Which actions meet these requirements? (Choose TWO.)',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Ejecutar el descubrimiento de datos sensibles de Amazon Macie sobre los buckets.',
          en: 'Run Amazon Macie sensitive data discovery on the buckets.',
        },
        correct: true,
        explanation: {
          es: 'Macie descubre datos sensibles, como la PII, en buckets de S3 con aprendizaje automático y coincidencia de patrones.',
          en: 'Macie discovers sensitive data, such as PII, in S3 buckets with machine learning and pattern matching.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Asociar una clave administrada por el cliente a cada grupo de registros para que los desarrolladores no lean los datos personales.',
          en: "Associate a customer managed key with each log group so that developers can't read the personal data.",
        },
        correct: false,
        explanation: {
          es: 'La clave cifra los registros en reposo; quien tiene permiso para leerlos los sigue viendo descifrados y completos.',
          en: 'The key encrypts the logs at rest; anyone allowed to read them still sees them decrypted and in full.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Aplicar a los grupos de registros un filtro de información sensible de Amazon Bedrock Guardrails.',
          en: 'Apply an Amazon Bedrock Guardrails sensitive information filter to the log groups.',
        },
        correct: false,
        explanation: {
          es: 'Las barreras de protección evalúan peticiones y respuestas de modelos (o texto con `ApplyGuardrail`), no grupos de registros.',
          en: 'Guardrails evaluate model prompts and responses (or text through `ApplyGuardrail`), not log groups.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Activar SSE-KMS en los buckets para que Amazon S3 informe de los objetos que contienen datos personales.',
          en: 'Turn on SSE-KMS for the buckets so that Amazon S3 reports the objects that contain personal data.',
        },
        correct: false,
        explanation: {
          es: 'El cifrado protege los objetos, pero no analiza ni clasifica su contenido.',
          en: "Encryption protects the objects, but it doesn't analyze or classify their content.",
        },
      },
      {
        id: 'e',
        text: {
          es: 'Añadir una política de protección de datos de CloudWatch Logs y conceder `logs:Unmask` solo al equipo de seguridad.',
          en: 'Add a CloudWatch Logs data protection policy and grant `logs:Unmask` only to the security team.',
        },
        correct: true,
        explanation: {
          es: 'La política enmascara los datos sensibles en los registros, y solo los principales con `logs:Unmask` los ven completos.',
          en: 'The policy masks sensitive data in the logs, and only principals with `logs:Unmask` see it in full.',
        },
      },
    ],
    section: 'beyond/encryption-and-secrets#sensitive-data',
    source: {
      title: 'Help protect sensitive log data with masking',
      url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/mask-sensitive-log-data.html',
    },
  },
  {
    id: 't2-2-client-side-encryption-sqs',
    task: '2.2',
    kind: 'single',
    stem: {
      es: 'Un productor envía documentos con datos de clientes a una cola de Amazon SQS, y un consumidor los procesa. Seguridad exige que los documentos se cifren antes de salir del productor, de modo que Amazon SQS nunca reciba el texto sin cifrar, y que solo los principales autorizados a usar una clave de KMS concreta puedan leerlos. ¿Qué debe hacer el desarrollador?',
      en: 'A producer sends documents with customer data to an Amazon SQS queue, and a consumer processes them. Security requires the documents to be encrypted before they leave the producer, so that Amazon SQS never receives the plaintext, and only principals allowed to use a specific KMS key can read them. What should the developer do?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Activar SSE-KMS en la cola con una clave administrada por el cliente cuya política de clave solo deje usarla al rol del consumidor.',
          en: "Turn on SSE-KMS for the queue with a customer managed key whose key policy lets only the consumer's role use it.",
        },
        correct: false,
        explanation: {
          es: 'Es cifrado del lado del servidor: SQS recibe el mensaje sin cifrar por TLS y lo cifra al llegar.',
          en: 'It is server-side encryption: SQS receives the message in plaintext over TLS and encrypts it on arrival.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Mantener SSE-SQS y añadir una política de cola que deniegue las solicitudes cuando `aws:SecureTransport` sea `false`.',
          en: 'Keep SSE-SQS and add a queue policy that denies requests when `aws:SecureTransport` is `false`.',
        },
        correct: false,
        explanation: {
          es: 'Protege el tránsito con TLS y el reposo con claves de SQS, pero SQS sigue recibiendo el texto sin cifrar.',
          en: 'It protects transit with TLS and storage with SQS keys, but SQS still receives the plaintext.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Activar SSE-KMS con la clave administrada por AWS `alias/aws/sqs` y un período de reutilización de 60 segundos.',
          en: 'Turn on SSE-KMS with the AWS managed key `alias/aws/sqs` and a data key reuse period of 60 seconds.',
        },
        correct: false,
        explanation: {
          es: 'Sigue siendo cifrado del lado del servidor; el período de reutilización solo cambia cuántas veces llama SQS a KMS.',
          en: 'It is still server-side encryption; the reuse period only changes how often SQS calls KMS.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Cifrar cada documento en el productor con AWS Encryption SDK y la clave de KMS, y descifrarlo en el consumidor.',
          en: 'Encrypt each document in the producer with the AWS Encryption SDK and the KMS key, and decrypt it in the consumer.',
        },
        correct: true,
        explanation: {
          es: 'AWS Encryption SDK cifra del lado del cliente con cifrado de sobre; la cola solo transporta el mensaje cifrado, y descifrar exige usar la clave de KMS.',
          en: 'The AWS Encryption SDK encrypts on the client side with envelope encryption; the queue only carries the encrypted message, and decrypting requires the KMS key.',
        },
      },
    ],
    section: 'beyond/encryption-and-secrets#encryption-sdk',
    source: {
      title: 'What is the AWS Encryption SDK?',
      url: 'https://docs.aws.amazon.com/encryption-sdk/latest/developer-guide/introduction.html',
    },
  },
  {
    id: 't2-2-s3-bucket-key-kms-throttling',
    task: '2.2',
    kind: 'single',
    stem: {
      es: 'Una aplicación sube millones de objetos pequeños al día a un bucket de Amazon S3 que usa SSE-KMS con una clave administrada por el cliente. Las subidas empiezan a fallar porque AWS KMS limita las solicitudes que S3 le hace en nombre de la aplicación. El equipo debe mantener SSE-KMS con la misma clave y no puede cambiar el código de la aplicación. ¿Qué debe hacer el desarrollador?',
      en: "An application uploads millions of small objects a day to an Amazon S3 bucket that uses SSE-KMS with a customer managed key. Uploads start failing because AWS KMS throttles the requests that S3 makes to it on the application's behalf. The team must keep SSE-KMS with the same key and can't change the application code. What should the developer do?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Crear varias claves administradas por el cliente y repartir entre ellas los objetos que sube la aplicación.',
          en: 'Create several customer managed keys and spread the objects among them.',
        },
        correct: false,
        explanation: {
          es: 'La cuota de operaciones simétricas es compartida por cuenta y región, no por clave, y además cambiaría la clave.',
          en: 'The quota for symmetric operations is shared per account and Region, not per key, and the key would change.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Activar una clave de bucket de S3 para SSE-KMS en la configuración de cifrado predeterminado del bucket.',
          en: "Enable an S3 Bucket Key for SSE-KMS in the bucket's default encryption settings.",
        },
        correct: true,
        explanation: {
          es: 'La clave de bucket reduce el tráfico de S3 a KMS para los objetos nuevos sin cambios en las aplicaciones cliente.',
          en: 'An S3 Bucket Key reduces the traffic from S3 to KMS for new objects without changes to client applications.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Cambiar el bucket a una clave de KMS asimétrica, que tiene su propia cuota de solicitudes.',
          en: 'Switch the bucket to an asymmetric KMS key, which has its own request quota.',
        },
        correct: false,
        explanation: {
          es: 'Los servicios integrados cifran en reposo con claves simétricas, y la cuota de las operaciones RSA es aún menor (1000 por segundo).',
          en: 'Integrated services encrypt at rest with symmetric keys, and the quota for RSA operations is even lower (1,000 per second).',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Activar la rotación automática de la clave cada 90 días para renovar su capacidad de solicitudes.',
          en: 'Turn on automatic rotation of the key every 90 days to renew its request capacity.',
        },
        correct: false,
        explanation: {
          es: 'La rotación solo cambia el material de clave; no cambia las cuotas de solicitudes.',
          en: "Rotation only changes the key material; it doesn't change request quotas.",
        },
      },
    ],
    section: 'beyond/encryption-and-secrets#quotas-and-throttling',
    source: {
      title: 'Reducing the cost of SSE-KMS with Amazon S3 Bucket Keys',
      url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-key.html',
    },
  },

  // ---------------------------------------------------------------------------------------------
  // Task 2.3: security risks of AI services
  // ---------------------------------------------------------------------------------------------
  {
    id: 't2-3-block-third-party-model',
    task: '2.3',
    kind: 'single',
    stem: {
      es: 'El equipo legal de una empresa debe revisar el acuerdo de licencia de un modelo de terceros de Amazon Bedrock antes de que nadie lo use. Un administrador añadió una política de control de servicios (SCP) que deniega `aws-marketplace:Subscribe`, pero un desarrollador consiguió invocar el modelo con `Converse`. ¿Cómo debe bloquear el administrador el modelo en toda la organización?',
      en: "A company's legal team must review the license agreement of a third-party model in Amazon Bedrock before anyone uses it. An administrator added a service control policy (SCP) that denies `aws-marketplace:Subscribe`, but a developer still invoked the model with `Converse`. How should the administrator block the model for the whole organization?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Denegar también `aws-marketplace:ViewSubscriptions` y `aws-marketplace:Unsubscribe` en la SCP.',
          en: 'Also deny `aws-marketplace:ViewSubscriptions` and `aws-marketplace:Unsubscribe` in the SCP.',
        },
        correct: false,
        explanation: {
          es: 'Amazon Bedrock inicia la suscripción por su cuenta en la primera invocación; denegar acciones de AWS Marketplace no impide invocar el modelo.',
          en: "Amazon Bedrock starts the subscription on its own at the first invocation; denying AWS Marketplace actions doesn't stop the model from being invoked.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'Denegar `bedrock:CallWithBearerToken` en la SCP para que ninguna clave de API de Amazon Bedrock llame al modelo.',
          en: 'Deny `bedrock:CallWithBearerToken` in the SCP so that no Amazon Bedrock API key can call the model.',
        },
        correct: false,
        explanation: {
          es: 'Solo bloquea las llamadas con claves de API; quien firma con credenciales de AWS seguiría invocando el modelo.',
          en: 'It blocks only calls made with API keys; callers that sign with AWS credentials could still invoke the model.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Denegar `bedrock:InvokeModel` y `bedrock:InvokeModelWithResponseStream` sobre el ARN del modelo en la SCP.',
          en: "Deny `bedrock:InvokeModel` and `bedrock:InvokeModelWithResponseStream` on the model's ARN in the SCP.",
        },
        correct: true,
        explanation: {
          es: 'Las dos acciones autorizan toda la inferencia, `Converse` y `ConverseStream` incluidas; denegarlas en una SCP bloquea el modelo desde el principio.',
          en: 'Those two actions authorize all inference, `Converse` and `ConverseStream` included; denying them in an SCP blocks the model from the start.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Dejar la SCP como está, porque el modelo queda desactivado hasta que alguien lo habilite en la página de acceso a modelos.',
          en: 'Leave the SCP as it is, because the model stays disabled until someone enables it on the model access page.',
        },
        correct: false,
        explanation: {
          es: 'Desde el 15 de octubre de 2025, el acceso a los modelos está habilitado por defecto para identidades con permisos de IAM; se restringe con IAM y SCP.',
          en: 'Since October 15, 2025, model access is enabled by default for identities with IAM permissions; it is restricted with IAM policies and SCPs.',
        },
      },
    ],
    section: 'beyond/ai-security#model-access',
    source: {
      title: 'Request access to models',
      url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-access.html',
    },
  },
  {
    id: 't2-3-bedrock-runtime-vpc-endpoint',
    task: '2.3',
    kind: 'single',
    stem: {
      es: 'Una función de Lambda en subredes privadas de una VPC, sin puerta de enlace de Internet ni dispositivo NAT, debe llamar a `Converse` de Amazon Bedrock. El tráfico no debe pasar por Internet, y el desarrollador no quiere cambiar el código de la función ni la configuración del cliente del SDK. ¿Qué debe hacer?',
      en: "A Lambda function in private subnets of a VPC, with no internet gateway or NAT device, must call `Converse` in Amazon Bedrock. The traffic must not cross the internet, and the developer doesn't want to change the function's code or the SDK client configuration. What should the developer do?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Crear un punto de conexión de VPC de interfaz para `com.amazonaws.<region>.bedrock` con DNS privado activado.',
          en: 'Create an interface VPC endpoint for `com.amazonaws.<region>.bedrock` with private DNS enabled.',
        },
        correct: false,
        explanation: {
          es: '`bedrock` es el plano de control (barreras, registro, perfiles); la inferencia con `Converse` va al punto de conexión `bedrock-runtime`.',
          en: '`bedrock` is the control plane (guardrails, logging, profiles); inference with `Converse` goes to the `bedrock-runtime` endpoint.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Crear un punto de conexión de VPC de interfaz para `com.amazonaws.<region>.bedrock-runtime` con DNS privado activado.',
          en: 'Create an interface VPC endpoint for `com.amazonaws.<region>.bedrock-runtime` with private DNS enabled.',
        },
        correct: true,
        explanation: {
          es: 'AWS PrivateLink mantiene el tráfico fuera de Internet, y con DNS privado el nombre habitual del punto de conexión resuelve al punto de conexión de VPC sin cambios de código.',
          en: 'AWS PrivateLink keeps the traffic off the internet, and with private DNS the usual endpoint name resolves to the VPC endpoint with no code changes.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Crear un punto de conexión de VPC de interfaz para `com.amazonaws.<region>.bedrock-runtime` con DNS privado desactivado.',
          en: 'Create an interface VPC endpoint for `com.amazonaws.<region>.bedrock-runtime` with private DNS disabled.',
        },
        correct: false,
        explanation: {
          es: 'Sin DNS privado hay que pasar la URL del punto de conexión al cliente (`endpoint_url`), lo que cambia la configuración del SDK.',
          en: 'Without private DNS you must pass the endpoint URL to the client (`endpoint_url`), which changes the SDK configuration.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Añadir una puerta de enlace NAT en una subred pública y enrutar por ella el tráfico de las subredes privadas.',
          en: "Add a NAT gateway in a public subnet and route the private subnets' traffic through it.",
        },
        correct: false,
        explanation: {
          es: 'La función llegaría al punto de conexión público a través de una puerta de enlace de Internet, y el requisito pide conectividad privada con PrivateLink.',
          en: 'The function would reach the public endpoint through an internet gateway, and the requirement calls for private connectivity with PrivateLink.',
        },
      },
    ],
    section: 'beyond/ai-security#private-connectivity',
    source: {
      title: 'Interface VPC endpoints for Amazon Bedrock',
      url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/vpc-interface-endpoints.html',
    },
  },
  {
    id: 't2-3-guardrail-mask-pii',
    task: '2.3',
    kind: 'single',
    stem: {
      es: 'Una aplicación envía transcripciones de un centro de llamadas a un modelo con `Converse` y una barrera de protección, y devuelve resúmenes a los supervisores. Los resúmenes deben conservar su contenido, pero los nombres y las direcciones de correo de los clientes deben aparecer como marcadores. ¿Qué configuración de la barrera cumple este requisito?',
      en: "An app sends call center transcripts to a model with `Converse` and a guardrail, and returns summaries to supervisors. The summaries must keep their content, but customers' names and email addresses must appear as placeholders. Which guardrail configuration meets this requirement?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Un filtro de información sensible para los tipos `NAME` y `EMAIL` con la acción de enmascarar (`ANONYMIZE`).',
          en: 'A sensitive information filter for the `NAME` and `EMAIL` types with the mask (`ANONYMIZE`) action.',
        },
        correct: true,
        explanation: {
          es: 'Enmascarar sustituye solo el valor por su tipo, por ejemplo `{NAME}` o `{EMAIL}`, y deja el resto del texto.',
          en: 'Masking replaces only the value with its type, such as `{NAME}` or `{EMAIL}`, and keeps the rest of the text.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Un filtro de información sensible para los tipos `NAME` y `EMAIL` con la acción de bloquear (`BLOCK`).',
          en: 'A sensitive information filter for the `NAME` and `EMAIL` types with the block (`BLOCK`) action.',
        },
        correct: false,
        explanation: {
          es: 'Bloquear sustituye toda la respuesta por el mensaje de bloqueo, así que el resumen se perdería.',
          en: 'Blocking replaces the whole response with the blocked message, so the summary would be lost.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Un tema denegado que describa los datos personales de los clientes, como nombres y correos, con la acción de bloquear.',
          en: "A denied topic that describes customers' personal data, such as names and email addresses, with the block action.",
        },
        correct: false,
        explanation: {
          es: 'Un tema denegado bloquea la petición o la respuesta entera; no sustituye valores concretos.',
          en: "A denied topic blocks the whole prompt or response; it doesn't replace specific values.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'Filtros de contenido con intensidad `HIGH` en todas las categorías.',
          en: 'Content filters at `HIGH` strength in every category.',
        },
        correct: false,
        explanation: {
          es: 'Los filtros de contenido detectan contenido dañino (odio, insultos, violencia…), no información personal.',
          en: 'Content filters detect harmful content (hate, insults, violence…), not personal information.',
        },
      },
    ],
    section: 'beyond/ai-security#sensitive-information',
    source: {
      title: 'Sensitive information filters (Amazon Bedrock Guardrails)',
      url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/guardrails-sensitive-filters.html',
    },
  },
  {
    id: 't2-3-guardrail-input-tags',
    task: '2.3',
    kind: 'single',
    stem: {
      es: 'Una aplicación llama a `InvokeModel` con los parámetros `guardrailIdentifier` y `guardrailVersion`. El filtro de ataques de peticiones de la barrera tiene la intensidad `HIGH` y sus temas denegados funcionan como se espera, pero los intentos de jailbreak que escriben los usuarios nunca se bloquean. ¿Qué debe cambiar el desarrollador?',
      en: "An app calls `InvokeModel` with the `guardrailIdentifier` and `guardrailVersion` parameters. The guardrail's prompt attack filter is set to `HIGH`, and its denied topics work as expected, but jailbreak attempts in users' text are never blocked. What should the developer change?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Subir la intensidad del filtro de ataques de peticiones, porque `HIGH` solo bloquea las detecciones de confianza alta.',
          en: "Raise the prompt attack filter's strength, because `HIGH` blocks only the detections made with high confidence.",
        },
        correct: false,
        explanation: {
          es: 'Es al revés: la intensidad `HIGH` bloquea todo salvo la confianza `NONE`; ya es la más estricta.',
          en: "It's the other way around: `HIGH` strength blocks everything except `NONE` confidence; it is already the strictest.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'Dar a `trace` el valor `enabled` en la solicitud para que la barrera empiece a evaluar los ataques de peticiones.',
          en: 'Set `trace` to `enabled` in the request so that the guardrail starts evaluating prompt attacks in the input.',
        },
        correct: false,
        explanation: {
          es: 'La traza solo informa de lo que hizo la barrera; no activa ninguna evaluación.',
          en: "The trace only reports what the guardrail did; it doesn't turn on any evaluation.",
        },
      },
      {
        id: 'c',
        text: {
          es: 'Llamar a `ApplyGuardrail` con `source` igual a `OUTPUT` sobre cada respuesta del modelo antes de devolverla al usuario.',
          en: 'Call `ApplyGuardrail` with `source` set to `OUTPUT` on each model response before returning it to the user.',
        },
        correct: false,
        explanation: {
          es: 'Los ataques de peticiones están en la entrada del usuario; `OUTPUT` evalúa el texto que genera el modelo.',
          en: "Prompt attacks are in the user's input; `OUTPUT` evaluates the text that the model generates.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'Marcar el texto del usuario con las etiquetas de entrada de la barrera (`amazon-bedrock-guardrails-guardContent_<sufijo>`).',
          en: "Wrap the user's text in the guardrail's input tags (`amazon-bedrock-guardrails-guardContent_<suffix>`).",
        },
        correct: true,
        explanation: {
          es: 'Con `InvokeModel`, el filtro de ataques de peticiones solo actúa sobre la entrada marcada con etiquetas; sin ellas, esos ataques no se filtran.',
          en: "With `InvokeModel`, the prompt attack filter acts only on input marked with tags; without them, prompt attacks aren't filtered.",
        },
      },
    ],
    section: 'beyond/ai-security#content-filters',
    source: {
      title: 'Detect prompt attacks (Amazon Bedrock Guardrails)',
      url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/guardrails-prompt-attack.html',
    },
  },
  {
    id: 't2-3-applyguardrail-external-model',
    task: '2.3',
    kind: 'single',
    stem: {
      es: 'Una empresa usa una barrera de protección con `Converse` para sus modelos de Amazon Bedrock. También ejecuta un modelo en sus propios servidores, fuera de Amazon Bedrock, y quiere revisar las respuestas de ese modelo con la misma barrera antes de que las vean los usuarios. ¿Qué debe hacer el desarrollador?',
      en: "A company uses a guardrail with `Converse` for its Amazon Bedrock models. It also runs a model on its own servers, outside Amazon Bedrock, and wants that model's responses checked with the same guardrail before users see them. What should the developer do?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Llamar a `Converse` con `guardrailConfig` y dar a `modelId` la URL del modelo propio.',
          en: 'Call `Converse` with `guardrailConfig` and set `modelId` to the URL of the self-hosted model.',
        },
        correct: false,
        explanation: {
          es: '`modelId` acepta modelos, perfiles de inferencia y otros recursos de Amazon Bedrock; `Converse` no invoca modelos externos.',
          en: "`modelId` accepts Amazon Bedrock models, inference profiles, and other Amazon Bedrock resources; `Converse` doesn't invoke external models.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'Llamar a `ApplyGuardrail` con `source` igual a `OUTPUT` y la respuesta del modelo como `content`.',
          en: "Call `ApplyGuardrail` with `source` set to `OUTPUT` and the model's response as `content`.",
        },
        correct: true,
        explanation: {
          es: '`ApplyGuardrail` evalúa texto con una barrera sin invocar ningún modelo, así que revisa la salida de cualquier modelo, esté o no en Amazon Bedrock.',
          en: '`ApplyGuardrail` evaluates text with a guardrail without invoking any model, so it checks the output of any model, on Amazon Bedrock or not.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Añadir una condición `bedrock:GuardrailIdentifier` al rol de IAM que usan los servidores del modelo propio.',
          en: "Add a `bedrock:GuardrailIdentifier` condition to the IAM role that the self-hosted model's servers use.",
        },
        correct: false,
        explanation: {
          es: 'Esa clave de condición solo se aplica a las llamadas de inferencia de Amazon Bedrock; no revisa respuestas de otro modelo.',
          en: "That condition key applies only to Amazon Bedrock inference calls; it doesn't check another model's responses.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'Activar el registro de invocaciones de modelos con una política de protección de datos en el grupo de registros.',
          en: 'Turn on model invocation logging with a data protection policy on the log group.',
        },
        correct: false,
        explanation: {
          es: 'El registro de invocaciones solo cubre llamadas a `bedrock-runtime`, y enmascarar registros no cambia lo que ven los usuarios.',
          en: "Invocation logging covers only calls to `bedrock-runtime`, and masking logs doesn't change what users see.",
        },
      },
    ],
    section: 'beyond/ai-security#applyguardrail-api',
    source: {
      title: 'Use the ApplyGuardrail API in your application',
      url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/guardrails-use-independent-api.html',
    },
  },
  {
    id: 't2-3-enforce-guardrail-version',
    task: '2.3',
    kind: 'single',
    stem: {
      es: 'Seguridad exige que todas las llamadas de inferencia que hacen los roles de una aplicación a Amazon Bedrock incluyan la versión 2 de la barrera de protección `G`, y que fallen las llamadas que no la incluyan. ¿Qué solución cumple este requisito?',
      en: "Security requires every inference call that an application's roles make to Amazon Bedrock to include version 2 of guardrail `G`, and calls without it to fail. Which solution meets this requirement?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Denegar las acciones de inferencia en las políticas de los roles cuando `bedrock:GuardrailIdentifier` no sea `<guardrail-arn>:2`.',
          en: "Deny the inference actions in the roles' policies when `bedrock:GuardrailIdentifier` isn't `<guardrail-arn>:2`.",
        },
        correct: true,
        explanation: {
          es: 'La clave de condición `bedrock:GuardrailIdentifier` permite denegar las llamadas que no incluyan esa barrera; su valor es el ARN seguido de `:<versión>`.',
          en: "The `bedrock:GuardrailIdentifier` condition key lets you deny calls that don't include that guardrail; its value is the ARN followed by `:<version>`.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'Permitir `bedrock:ApplyGuardrail` sobre el ARN de la barrera `G` en las políticas de los roles.',
          en: "Allow `bedrock:ApplyGuardrail` on the ARN of guardrail `G` in the roles' policies.",
        },
        correct: false,
        explanation: {
          es: 'Ese permiso deja usar la barrera, pero no obliga a incluirla en cada llamada.',
          en: "That permission lets the roles use the guardrail, but it doesn't force them to include it in every call.",
        },
      },
      {
        id: 'c',
        text: {
          es: 'Denegar las acciones de inferencia en las políticas de los roles cuando `bedrock:GuardrailIdentifier` no sea `<guardrail-arn>`, sin versión.',
          en: "Deny the inference actions in the roles' policies when `bedrock:GuardrailIdentifier` isn't `<guardrail-arn>`, with no version.",
        },
        correct: false,
        explanation: {
          es: 'Sin versión, el valor se refiere al borrador, así que se denegarían las llamadas con la versión 2.',
          en: 'With no version, the value refers to the draft, so calls that use version 2 would be denied.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Activar el registro de invocaciones de modelos y crear una alarma para las llamadas que no incluyan la barrera.',
          en: "Turn on model invocation logging and create an alarm for calls that don't include the guardrail.",
        },
        correct: false,
        explanation: {
          es: 'Detecta el problema después, pero las llamadas sin la barrera siguen procesándose correctamente.',
          en: 'It detects the problem afterward, but calls without the guardrail still succeed.',
        },
      },
    ],
    section: 'beyond/ai-security#enforce-guardrail-iam',
    source: {
      title: 'Enforce the use of specific guardrails in model inference requests',
      url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/guardrails-permissions-id.html',
    },
  },
  {
    id: 't2-3-agent-sensitive-action',
    task: '2.3',
    kind: 'multiple',
    stem: {
      es: 'Una empresa tiene un agente creado con Amazon Bedrock Agents (ahora Agents Classic). Un grupo de acciones ejecuta una función de Lambda que emite reembolsos, y otro llama a la API de un proveedor cuyas respuestas contienen texto libre. Al equipo le preocupa que unas instrucciones ocultas en una respuesta del proveedor hagan que el agente emita reembolsos. ¿Qué medidas reducen este riesgo? (Elige DOS.)',
      en: 'A company has an agent built with Amazon Bedrock Agents (now Agents Classic). One action group runs a Lambda function that issues refunds, and another calls a supplier API whose responses contain free text. The team worries that instructions hidden in a supplier response could make the agent issue refunds. Which measures reduce this risk? (Choose TWO.)',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Confiar en el filtro de ataques de peticiones de la barrera, con intensidad `HIGH`, para revisar las respuestas de la API del proveedor.',
          en: "Rely on the guardrail's prompt attack filter, at `HIGH` strength, to inspect the supplier API's responses.",
        },
        correct: false,
        explanation: {
          es: 'El filtro de ataques de peticiones no evalúa los resultados de las herramientas (`toolResult`).',
          en: "The prompt attack filter doesn't evaluate tool results (`toolResult`).",
        },
      },
      {
        id: 'b',
        text: {
          es: 'Activar la confirmación del usuario para la acción de reembolso, o usar la devolución del control para pedir aprobación desde la aplicación.',
          en: 'Turn on user confirmation for the refund action, or use return of control so that the app asks for approval.',
        },
        correct: true,
        explanation: {
          es: 'Antes de ejecutar la acción, el agente pide `CONFIRM` o `DENY`, o devuelve la acción a la aplicación; AWS lo recomienda contra la inyección de peticiones.',
          en: 'Before it runs the action, the agent asks for `CONFIRM` or `DENY`, or hands the action back to the app; AWS recommends this against prompt injection.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Usar un único rol de ejecución con permisos amplios para todas las funciones de los grupos de acciones, para auditarlo mejor.',
          en: 'Use one execution role with broad permissions for all action group functions, so that auditing is simpler.',
        },
        correct: false,
        explanation: {
          es: 'Un rol compartido y amplio agranda lo que puede hacer una inyección; cada herramienta debe tener solo lo que necesita.',
          en: 'A broad shared role widens what an injection can do; each tool should have only what it needs.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Dar a la función de reembolsos su propio rol de ejecución, que permita solo las llamadas que necesita un reembolso.',
          en: 'Give the refund function its own execution role that allows only the calls that a refund needs.',
        },
        correct: true,
        explanation: {
          es: 'Los permisos limitan lo que consigue una inyección no detectada: mínimo privilegio para cada herramienta.',
          en: 'Permissions limit what an undetected injection can achieve: least privilege for each tool.',
        },
      },
      {
        id: 'e',
        text: {
          es: 'Activar el registro de invocaciones de modelos para que las instrucciones inyectadas se eliminen antes de que el agente actúe.',
          en: 'Turn on model invocation logging so that injected instructions are removed before the agent acts.',
        },
        correct: false,
        explanation: {
          es: 'El registro guarda las peticiones y respuestas; no filtra ni bloquea nada.',
          en: "Logging stores prompts and responses; it doesn't filter or block anything.",
        },
      },
    ],
    section: 'beyond/ai-security#prompt-injection-tools',
    source: {
      title: 'Prompt injection security',
      url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/prompt-injection.html',
    },
  },
  {
    id: 't2-3-agentcore-session-isolation',
    task: '2.3',
    kind: 'single',
    stem: {
      es: 'Una aplicación de chat ejecuta su agente en Amazon Bedrock AgentCore Runtime. El backend pasa el mismo `runtimeSessionId` constante en todas las invocaciones, y los usuarios empiezan a ver detalles de conversaciones de otros usuarios. ¿Qué debe hacer el desarrollador?',
      en: "A chat app runs its agent on Amazon Bedrock AgentCore Runtime. The backend passes the same constant `runtimeSessionId` in every invocation, and users start seeing details from other users' conversations. What should the developer do?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Reducir el tiempo de inactividad de la sesión para que la sesión compartida olvide antes cada conversación.',
          en: "Lower the session's idle timeout so that the shared session forgets each conversation sooner.",
        },
        correct: false,
        explanation: {
          es: 'Todos los usuarios seguirían compartiendo la misma sesión mientras esté activa.',
          en: 'All users would still share the same session while it is active.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Mantener el ID compartido y dejar que AgentCore asigne cada sesión a su usuario autenticado.',
          en: 'Keep the shared ID and let AgentCore map each session to its authenticated user.',
        },
        correct: false,
        explanation: {
          es: 'AgentCore no asigna sesiones a usuarios: esa correspondencia la debe llevar tu backend.',
          en: "AgentCore doesn't map sessions to users: your backend must keep that mapping.",
        },
      },
      {
        id: 'c',
        text: {
          es: 'Usar un `runtimeSessionId` único por conversación y que el backend registre quién es dueño de cada ID.',
          en: 'Use a unique `runtimeSessionId` per conversation, and have the backend track who owns each ID.',
        },
        correct: true,
        explanation: {
          es: 'Cada sesión recibe su propia microVM aislada; el backend debe usar un ID único (de al menos 33 caracteres) y rechazar el de otro usuario.',
          en: "Each session gets its own isolated microVM; the backend must use a unique ID (at least 33 characters long) and refuse another user's ID.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'Indicar al agente en su petición de sistema que mantenga separados los datos de cada usuario.',
          en: "Tell the agent in its system prompt to keep each user's details separate.",
        },
        correct: false,
        explanation: {
          es: 'Depende del comportamiento del modelo y no aísla el cómputo ni la memoria de cada sesión.',
          en: "It depends on the model's behavior and doesn't isolate each session's compute or memory.",
        },
      },
    ],
    section: 'beyond/ai-security#session-isolation',
    source: {
      title: 'Use isolated sessions for agents (AgentCore Runtime)',
      url: 'https://docs.aws.amazon.com/bedrock-agentcore/latest/devguide/runtime-sessions.html',
    },
  },
  {
    id: 't2-3-invocation-logs-pii',
    task: '2.3',
    kind: 'single',
    stem: {
      es: 'Un equipo usa una barrera de protección cuyo filtro de información sensible enmascara `EMAIL` en las peticiones, y activó el registro de invocaciones de modelos de Amazon Bedrock hacia Amazon CloudWatch Logs. Los auditores encuentran direcciones de correo de clientes sin enmascarar en el grupo de registros. ¿Cómo debe proteger el desarrollador los registros si los auditores deben poder ver los datos completos?',
      en: "A team uses a guardrail whose sensitive information filter masks `EMAIL` in prompts, and it turned on Amazon Bedrock model invocation logging to Amazon CloudWatch Logs. Auditors find customers' email addresses unmasked in the log group. How should the developer protect the logs if the auditors must still be able to see the full data?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Cambiar la acción del filtro de enmascarar a bloquear para que las peticiones no lleguen al registro.',
          en: "Change the filter's action from mask to block so that the prompts never reach the log.",
        },
        correct: false,
        explanation: {
          es: 'El registro de invocaciones guarda la petición original, haga lo que haga la barrera de protección.',
          en: 'The invocation log keeps the original prompt, whatever the guardrail does.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Pasar las direcciones de correo de la petición a `requestMetadata` para que se registren aparte.',
          en: 'Move the email addresses from the prompt into `requestMetadata` so that they are logged separately.',
        },
        correct: false,
        explanation: {
          es: '`requestMetadata` entra en el registro tal cual, así que los datos personales seguirían a la vista.',
          en: '`requestMetadata` goes into the log as is, so the personal data would still be visible.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Asociar una clave administrada por el cliente al grupo de registros para ocultar las direcciones a quien lo lee.',
          en: 'Associate a customer managed key with the log group to hide the addresses from its readers.',
        },
        correct: false,
        explanation: {
          es: 'La clave cifra en reposo; quien puede leer el grupo de registros sigue viendo el texto descifrado.',
          en: 'The key encrypts at rest; anyone who can read the log group still sees the decrypted text.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Añadir una política de protección de datos al grupo de registros y conceder `logs:Unmask` solo a los auditores.',
          en: 'Add a data protection policy to the log group and grant `logs:Unmask` only to the auditors.',
        },
        correct: true,
        explanation: {
          es: 'La política enmascara la PII al ingerirla (no la ingerida antes), y solo los principales con `logs:Unmask` la ven completa.',
          en: 'The policy masks PII at ingestion (not what was ingested before), and only principals with `logs:Unmask` see it in full.',
        },
      },
    ],
    section: 'beyond/ai-security#sensitive-data-in-logs',
    source: {
      title: 'Monitor model invocation using CloudWatch Logs and Amazon S3',
      url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-invocation-logging.html',
    },
  },
];
