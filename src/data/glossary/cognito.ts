// Glossary terms introduced by the page beyond the notes "Amazon Cognito" (beyond/cognito).
// Sources: Amazon Cognito Developer Guide (what-is-amazon-cognito, tokens, app clients, managed login,
// identity pools authentication flow, Lambda triggers, threat protection, feature plans).
import type {GlossaryEntry} from '../glossary';

export const terms: readonly GlossaryEntry[] = [
  {
    id: 'cognito-user-pool',
    en: 'Amazon Cognito user pool',
    es: 'grupo de usuarios de Amazon Cognito',
    forms: {
      es: [
        'grupo de usuarios de Amazon Cognito',
        'grupos de usuarios de Amazon Cognito',
        'grupo de usuarios',
        'grupos de usuarios',
      ],
      en: ['Amazon Cognito user pool', 'Amazon Cognito user pools', 'user pool', 'user pools'],
    },
    definition: {
      es: 'Directorio de usuarios y proveedor de identidades OIDC de Cognito: registra y autentica usuarios (también federados) y emite tokens JWT de ID, de acceso y de actualización.',
      en: "Cognito's user directory and OIDC identity provider: it signs up and authenticates users (federated ones too) and issues ID, access, and refresh JWTs.",
    },
    section: 'beyond/cognito#user-pools-vs-identity-pools',
  },
  {
    id: 'cognito-identity-pool',
    en: 'Amazon Cognito identity pool',
    es: 'grupo de identidades de Amazon Cognito',
    forms: {
      es: ['grupo de identidades de Amazon Cognito', 'grupo de identidades', 'grupos de identidades'],
      en: ['Amazon Cognito identity pool', 'identity pool', 'identity pools'],
    },
    definition: {
      es: 'Componente de Cognito que cambia una prueba de autenticación (o ninguna, para invitados) por credenciales temporales de AWS de un rol de IAM.',
      en: 'The Cognito component that exchanges proof of authentication (or none, for guests) for temporary AWS credentials of an IAM role.',
    },
    section: 'beyond/cognito#user-pools-vs-identity-pools',
  },
  {
    id: 'cognito-id-token',
    en: 'ID token',
    es: 'token de ID',
    forms: {
      es: ['token de ID', 'tokens de ID'],
      en: ['ID token', 'ID tokens'],
    },
    definition: {
      es: 'JWT de OpenID Connect que prueba que el usuario se autenticó y lleva sus atributos; `aud` es el ID del cliente de aplicación y `token_use` vale `id`.',
      en: 'An OpenID Connect JWT that proves the user authenticated and carries their attributes; `aud` is the app client ID and `token_use` is `id`.',
    },
    section: 'beyond/cognito#token-contents',
  },
  {
    id: 'cognito-access-token',
    en: 'access token',
    es: 'token de acceso',
    forms: {
      es: ['token de acceso', 'tokens de acceso'],
      en: ['access token', 'access tokens'],
    },
    definition: {
      es: 'JWT de OAuth 2.0 que autoriza llamadas a una API con los ámbitos que lleva en `scope`; en Cognito el cliente va en `client_id` y `token_use` vale `access`.',
      en: 'An OAuth 2.0 JWT that authorizes API calls with the scopes in its `scope` claim; in Cognito the app client is in `client_id` and `token_use` is `access`.',
    },
    section: 'beyond/cognito#token-contents',
  },
  {
    id: 'cognito-refresh-token',
    en: 'refresh token',
    es: 'token de actualización',
    forms: {
      es: ['token de actualización', 'tokens de actualización'],
      en: ['refresh token', 'refresh tokens'],
    },
    definition: {
      es: 'Token cifrado que obtiene nuevos tokens de ID y de acceso sin volver a iniciar sesión; en Cognito dura 30 días por defecto (de 60 minutos a 10 años).',
      en: 'An encrypted token that gets new ID and access tokens without signing in again; in Cognito it lasts 30 days by default (60 minutes to 10 years).',
    },
    section: 'beyond/cognito#refresh-and-revocation',
  },
  {
    id: 'jwks',
    en: 'JSON Web Key Set (JWKS)',
    es: 'JSON Web Key Set (JWKS)',
    forms: {
      es: ['JWKS'],
      en: ['JWKS'],
    },
    definition: {
      es: 'Documento con las claves públicas de un emisor de JWT; el de un grupo de usuarios está en `/.well-known/jwks.json` y sirve para verificar la firma de sus tokens.',
      en: "A document with a JWT issuer's public keys; a user pool's is at `/.well-known/jwks.json` and is used to verify its tokens' signatures.",
    },
    section: 'beyond/cognito#verifying-jwts',
  },
  {
    id: 'cognito-app-client',
    en: 'app client',
    es: 'cliente de aplicación',
    forms: {
      es: ['cliente de aplicación', 'clientes de aplicación'],
      en: ['app client', 'app clients'],
    },
    definition: {
      es: 'Configuración de una aplicación dentro de un grupo de usuarios, con su propio ID de cliente: flujos de autenticación, concesiones de OAuth, ámbitos, URL de retorno y duración de los tokens.',
      en: 'The configuration of one app inside a user pool, with its own client ID: authentication flows, OAuth grants, scopes, callback URLs, and token lifetimes.',
    },
    section: 'beyond/cognito#app-clients',
  },
  {
    id: 'cognito-client-secret',
    en: 'client secret',
    es: 'secreto de cliente',
    forms: {
      es: ['secreto de cliente', 'secretos de cliente'],
      en: ['client secret', 'client secrets'],
    },
    definition: {
      es: 'Cadena fija de un cliente de aplicación confidencial (de servidor) que acompaña a sus solicitudes; es obligatoria para la concesión de credenciales de cliente.',
      en: 'A fixed string of a confidential (server-side) app client that goes with its requests; the client credentials grant requires one.',
    },
    section: 'beyond/cognito#app-clients',
  },
  {
    id: 'cognito-managed-login',
    en: 'managed login',
    es: 'inicio de sesión administrado',
    forms: {
      es: ['inicio de sesión administrado'],
      en: ['managed login'],
    },
    definition: {
      es: 'Servidor de autorización OAuth 2.0/OIDC y páginas de registro e inicio de sesión que un grupo de usuarios obtiene al añadir un dominio; sucesor de la IU alojada clásica.',
      en: 'The OAuth 2.0/OIDC authorization server and sign-up and sign-in pages that a user pool gets when you add a domain; the successor of the classic hosted UI.',
    },
    section: 'beyond/cognito#managed-login-and-oauth',
  },
  {
    id: 'pkce',
    en: 'Proof Key for Code Exchange (PKCE)',
    es: 'Proof Key for Code Exchange (PKCE)',
    forms: {
      es: ['PKCE'],
      en: ['PKCE'],
    },
    definition: {
      es: 'Extensión de la concesión de código de autorización: el cliente envía un `code_challenge` y luego debe presentar el `code_verifier` para cambiar el código por tokens. Cognito solo admite `S256`.',
      en: 'An extension of the authorization code grant: the client sends a `code_challenge` and must later present the `code_verifier` to exchange the code for tokens. Cognito supports only `S256`.',
    },
    section: 'beyond/cognito#oauth-grants',
  },
  {
    id: 'client-credentials-grant',
    en: 'client credentials grant',
    es: 'concesión de credenciales de cliente',
    forms: {
      es: ['concesión de credenciales de cliente', 'credenciales de cliente'],
      en: ['client credentials grant', 'client credentials grants', 'client credentials'],
    },
    definition: {
      es: 'Concesión de OAuth 2.0 de máquina a máquina: un cliente con secreto obtiene solo un token de acceso con ámbitos personalizados, sin usuario ni token de ID.',
      en: 'A machine-to-machine OAuth 2.0 grant: an app client with a secret gets only an access token with custom scopes, with no user and no ID token.',
    },
    section: 'beyond/cognito#oauth-grants',
  },
  {
    id: 'cognito-user-pool-group',
    en: 'user pool group',
    es: 'grupo de Cognito',
    awsEs: 'grupo (de un grupo de usuarios)',
    forms: {
      es: ['grupo de Cognito', 'grupos de Cognito'],
      en: ['user pool group', 'user pool groups'],
    },
    definition: {
      es: 'Conjunto de usuarios de un grupo de usuarios que puede tener un rol de IAM; aparece en `cognito:groups` y, por precedencia, su rol va a `cognito:preferred_role`.',
      en: 'A set of users in a user pool that can have an IAM role; it appears in `cognito:groups`, and by precedence its role goes into `cognito:preferred_role`.',
    },
    section: 'beyond/cognito#groups-and-roles',
  },
  {
    id: 'cognito-guest-access',
    en: 'guest access (unauthenticated identities)',
    es: 'acceso de invitado (identidades no autenticadas)',
    forms: {
      es: ['acceso de invitado', 'identidades no autenticadas'],
      en: ['guest access', 'unauthenticated identities'],
    },
    definition: {
      es: 'Opción de un grupo de identidades que da un ID y credenciales temporales de AWS, con un rol propio y restringido, a usuarios que no inician sesión.',
      en: 'An identity pool option that gives an ID and temporary AWS credentials, with a separate, restricted role, to users who do not sign in.',
    },
    section: 'beyond/cognito#authenticated-and-guest',
  },
  {
    id: 'cognito-enhanced-flow',
    en: 'enhanced authentication flow',
    es: 'flujo de autenticación mejorado',
    forms: {
      es: ['flujo mejorado'],
      en: ['enhanced flow'],
    },
    definition: {
      es: 'Flujo de un grupo de identidades con `GetId` y `GetCredentialsForIdentity`: el grupo elige el rol y devuelve credenciales de AWS válidas 1 hora.',
      en: 'The identity pool flow of `GetId` and `GetCredentialsForIdentity`: the pool picks the role and returns AWS credentials valid for 1 hour.',
    },
    section: 'beyond/cognito#enhanced-vs-basic-flow',
  },
  {
    id: 'cognito-basic-flow',
    en: 'basic (classic) authentication flow',
    es: 'flujo de autenticación básico (clásico)',
    forms: {
      es: ['flujo básico'],
      en: ['basic flow'],
    },
    definition: {
      es: 'Flujo de un grupo de identidades con `GetId`, `GetOpenIdToken` y `AssumeRoleWithWebIdentity`, en el que la aplicación elige el rol. AWS aconseja no activarlo por defecto.',
      en: 'The identity pool flow of `GetId`, `GetOpenIdToken`, and `AssumeRoleWithWebIdentity`, in which the app picks the role. AWS advises against turning it on by default.',
    },
    section: 'beyond/cognito#enhanced-vs-basic-flow',
  },
  {
    id: 'cognito-lambda-trigger',
    en: 'Lambda trigger (user pools)',
    es: 'desencadenador de Lambda (grupos de usuarios)',
    forms: {
      es: ['desencadenador de Lambda', 'desencadenadores de Lambda'],
      en: ['Lambda trigger', 'Lambda triggers'],
    },
    definition: {
      es: 'Función de Lambda que un grupo de usuarios invoca en un paso del registro, el inicio de sesión o la emisión de tokens para cambiar su comportamiento; debe responder en 5 segundos.',
      en: 'A Lambda function that a user pool invokes at a step of sign-up, sign-in, or token issuance to change its behavior; it must respond within 5 seconds.',
    },
    onlyOn: ['beyond/cognito'],
    section: 'beyond/cognito#lambda-triggers',
  },
  {
    id: 'cognito-threat-protection',
    en: 'threat protection',
    es: 'protección contra amenazas',
    forms: {
      es: ['protección contra amenazas'],
      en: ['threat protection'],
    },
    definition: {
      es: 'Funcionalidades del plan Plus de los grupos de usuarios (antes *advanced security features*): detección de credenciales comprometidas y autenticación adaptativa según el riesgo.',
      en: 'User pool features in the Plus plan (formerly advanced security features): compromised-credentials detection and risk-based adaptive authentication.',
    },
    section: 'beyond/cognito#threat-protection',
  },
  {
    id: 'cognito-feature-plan',
    en: 'feature plan (user pools)',
    es: 'plan de características (grupos de usuarios)',
    forms: {
      es: ['plan de características', 'planes de características'],
      en: ['feature plan', 'feature plans'],
    },
    definition: {
      es: 'Nivel de un grupo de usuarios que fija sus funcionalidades y su precio por usuario activo al mes: Lite, Essentials (el predeterminado) o Plus.',
      en: 'The tier of a user pool that sets its features and its price per monthly active user: Lite, Essentials (the default), or Plus.',
    },
    section: 'beyond/cognito#feature-plans',
  },
];
