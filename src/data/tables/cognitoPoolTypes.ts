// Amazon Cognito user pools vs identity pools: what each returns, what it is for and what it works with.
// Sources: Amazon Cognito Developer Guide and API references (linked per row).
import type {ComparisonTableData} from './types';

type CognitoPoolColumn = 'answers' | 'returns' | 'typicalUse' | 'integratesWith' | 'signInSources';

export const cognitoPoolTypes: ComparisonTableData<CognitoPoolColumn> = {
  caption: {
    es: 'Grupos de usuarios y grupos de identidades de Amazon Cognito',
    en: 'Amazon Cognito user pools and identity pools',
  },
  rowHeader: {es: 'Componente', en: 'Component'},
  columns: {
    answers: {label: {es: 'Para qué sirve', en: 'What it is for'}},
    returns: {label: {es: 'Qué devuelve', en: 'What it returns'}},
    typicalUse: {label: {es: 'Uso típico', en: 'Typical use'}},
    integratesWith: {label: {es: 'Se integra con', en: 'Integrates with'}},
    signInSources: {label: {es: 'Orígenes de inicio de sesión', en: 'Sign-in sources'}},
  },
  rows: [
    {
      id: 'cognito-pool-user-pool',
      label: {es: 'Grupo de usuarios', en: 'User pool'},
      cells: {
        answers: {
          es: 'Autenticación: directorio de usuarios e IdP OIDC que dice quién es el usuario',
          en: 'Authentication: a user directory and OIDC IdP that says who the user is',
        },
        returns: {
          es: 'JWT: token de ID, token de acceso y token de actualización',
          en: 'JWTs: ID token, access token, and refresh token',
        },
        typicalUse: {
          es: 'Registro e inicio de sesión en la aplicación; autorizar API con ámbitos de OAuth 2.0; M2M con credenciales de cliente',
          en: 'App sign-up and sign-in; authorizing APIs with OAuth 2.0 scopes; M2M with client credentials',
        },
        integratesWith: {
          es: 'API Gateway (`COGNITO_USER_POOLS`, autorizador JWT), desencadenadores de Lambda, grupos de identidades',
          en: 'API Gateway (`COGNITO_USER_POOLS`, JWT authorizer), Lambda triggers, identity pools',
        },
        signInSources: {
          es: 'Usuarios locales; IdP sociales (Google, Facebook, Amazon, Apple), SAML 2.0 y OIDC a través del inicio de sesión administrado',
          en: 'Local users; social (Google, Facebook, Amazon, Apple), SAML 2.0, and OIDC IdPs through managed login',
        },
      },
      sources: [
        {
          title: 'What is Amazon Cognito?',
          url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/what-is-amazon-cognito.html',
        },
        {
          title: 'Understanding user pool JSON web tokens (JWTs)',
          url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-with-identity-providers.html',
        },
        {
          title: 'User pool sign-in with third party identity providers',
          url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-identity-federation.html',
        },
        {
          title: 'Application-specific settings with app clients',
          url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-client-apps.html',
        },
        {
          title: 'Control access to REST APIs using Amazon Cognito user pools as an authorizer',
          url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-integrate-with-cognito.html',
        },
      ],
    },
    {
      id: 'cognito-pool-identity-pool',
      label: {es: 'Grupo de identidades', en: 'Identity pool'},
      cells: {
        answers: {
          es: 'Acceso a AWS: cambia una prueba de autenticación (o ninguna, para invitados) por credenciales de AWS',
          en: 'AWS access: exchanges proof of authentication (or none, for guests) for AWS credentials',
        },
        returns: {
          es: 'Un ID de identidad y credenciales temporales de AWS (1 hora en el flujo mejorado) de un rol de IAM',
          en: 'An identity ID and temporary AWS credentials (1 hour in the enhanced flow) for an IAM role',
        },
        typicalUse: {
          es: 'Una aplicación web o móvil que llama directamente a S3 o DynamoDB; acceso de invitado',
          en: 'A web or mobile app that calls S3 or DynamoDB directly; guest access',
        },
        integratesWith: {
          es: 'AWS STS (`AssumeRoleWithWebIdentity`), roles de IAM con RBAC o ABAC, API Gateway con `AWS_IAM`',
          en: 'AWS STS (`AssumeRoleWithWebIdentity`), IAM roles with RBAC or ABAC, API Gateway with `AWS_IAM`',
        },
        signInSources: {
          es: 'Grupos de usuarios, IdP OIDC y SAML 2.0, IdP sociales, identidades autenticadas por el desarrollador, invitados',
          en: 'User pools, OIDC and SAML 2.0 IdPs, social IdPs, developer-authenticated identities, guests',
        },
      },
      sources: [
        {
          title: 'What is Amazon Cognito?',
          url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/what-is-amazon-cognito.html',
        },
        {
          title: 'Identity pools authentication flow',
          url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flow.html',
        },
        {
          title: 'Identity pools console overview',
          url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/identity-pools.html',
        },
        {
          title: 'Using role-based access control',
          url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/role-based-access-control.html',
        },
        {
          title: 'Control access to REST APIs using Amazon Cognito user pools as an authorizer',
          url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-integrate-with-cognito.html',
        },
      ],
    },
  ],
};
