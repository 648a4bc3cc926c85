// The three API types of Amazon API Gateway: REST, HTTP and WebSocket APIs. Sources: AWS API Gateway
// Developer Guide ("Choose between REST APIs and HTTP APIs", the quota pages for REST, HTTP and
// WebSocket APIs, WebSocket overview, access control, wscat and custom domain pages, AWS Knowledge Center on
// custom domain names), linked per row.
// cspell:ignore wscat
import type {ComparisonTableData} from './types';

type ApiGatewayApiTypeColumn = 'use' | 'authorization' | 'features' | 'endpoints' | 'customDomains' | 'timeout';

export const apiGatewayApiTypes: ComparisonTableData<ApiGatewayApiTypeColumn> = {
  caption: {es: 'Tipos de API en Amazon API Gateway', en: 'API types in Amazon API Gateway'},
  rowHeader: {es: 'Tipo', en: 'Type'},
  columns: {
    use: {label: {es: 'Protocolo y uso', en: 'Protocol and use'}},
    authorization: {label: {es: 'Autorización', en: 'Authorization'}},
    features: {label: {es: 'Características clave', en: 'Key features'}},
    endpoints: {label: {es: 'Punto de conexión de la API', en: 'API endpoint'}},
    customDomains: {label: {es: 'Nombres de dominio personalizados', en: 'Custom domain names'}},
    timeout: {label: {es: 'Tiempo de espera de integración', en: 'Integration timeout'}},
  },
  rows: [
    {
      id: 'apigw-rest-api',
      label: {es: 'API de REST', en: 'REST API'},
      cells: {
        use: {
          es: 'HTTPS de solicitud y respuesta; la opción con más características',
          en: 'HTTPS request/response; the most complete option',
        },
        authorization: {
          es: 'IAM, políticas de recursos, grupos de usuarios de Amazon Cognito, autorizadores de Lambda (`TOKEN`/`REQUEST`)',
          en: 'IAM, resource policies, Amazon Cognito user pools, and Lambda authorizers (`TOKEN`/`REQUEST`)',
        },
        features: {
          es: 'Caché, planes de uso y claves de API, validación de solicitudes, transformación del cuerpo, AWS WAF, AWS X-Ray, integraciones simuladas',
          en: 'Caching, usage plans and API keys, request validation, body transformation, AWS WAF, AWS X-Ray, and mock integrations',
        },
        endpoints: {
          es: 'Tres tipos: optimizado para bordes (predeterminado), regional o privado',
          en: 'Three types: edge-optimized (default), Regional, or private',
        },
        customDomains: {
          es: 'API públicas: optimizados para bordes (certificado de ACM en `us-east-1`) o regionales (certificado en la región de la API)',
          en: "Public APIs: edge-optimized (ACM certificate in `us-east-1`) or Regional (certificate in the API's Region)",
        },
        timeout: {
          es: '50 ms–29 s; en API regionales y privadas se puede solicitar un aumento (desde junio de 2024)',
          en: '50 ms–29 s; Regional and private APIs can request an increase (since June 2024)',
        },
      },
      sources: [
        {
          title: 'Choose between REST APIs and HTTP APIs',
          url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-vs-rest.html',
        },
        {
          title: 'API endpoint types for REST APIs in API Gateway',
          url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-endpoint-types.html',
        },
        {
          title: 'Get certificates ready in AWS Certificate Manager',
          url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-specify-certificate-for-custom-domain-name.html',
        },
        {
          title: 'Quotas for configuring and running a REST API in API Gateway',
          url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html',
        },
        {
          title: 'Amazon API Gateway quotas',
          url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html',
        },
      ],
    },
    {
      id: 'apigw-http-api',
      label: {es: 'API HTTP', en: 'HTTP API'},
      cells: {
        use: {
          es: 'HTTPS de solicitud y respuesta con características mínimas y menor precio',
          en: 'HTTPS request/response with minimal features at a lower price',
        },
        authorization: {
          es: 'IAM, autorizadores JWT (OIDC/OAuth 2.0, también Amazon Cognito), autorizadores de Lambda',
          en: 'IAM, JWT authorizers (OIDC/OAuth 2.0, Amazon Cognito too), and Lambda authorizers',
        },
        features: {
          es: 'CORS integrado, implementaciones automáticas, etapa `$default`; sin caché, claves de API ni validación de solicitudes',
          en: 'Built-in CORS, automatic deployments, and a `$default` stage; no caching, API keys, or request validation',
        },
        endpoints: {es: 'Solo regional', en: 'Regional only'},
        customDomains: {es: 'Solo regionales', en: 'Regional only'},
        timeout: {es: '30 s como máximo; no se puede aumentar', en: "30 s at most; can't be increased"},
      },
      sources: [
        {
          title: 'Choose between REST APIs and HTTP APIs',
          url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-vs-rest.html',
        },
        {
          title: 'API Gateway HTTP APIs',
          url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api.html',
        },
        {
          title: 'Quotas for configuring and running an HTTP API in API Gateway',
          url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html',
        },
        {
          title: 'How do I set up a custom domain name for my API Gateway API? (AWS Knowledge Center)',
          url: 'https://aws.amazon.com/premiumsupport/knowledge-center/custom-domain-name-amazon-api-gateway/',
        },
        {
          title: 'Amazon API Gateway quotas',
          url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html',
        },
      ],
    },
    {
      id: 'apigw-websocket-api',
      label: {es: 'API de WebSocket', en: 'WebSocket API'},
      cells: {
        use: {
          es: 'Conexión persistente y bidireccional (chat, paneles en tiempo real)',
          en: 'Persistent two-way connection (chat, real-time dashboards)',
        },
        authorization: {
          es: 'IAM o autorizadores de Lambda `REQUEST`; AWS recomienda proteger la ruta `$connect`',
          en: 'IAM or Lambda `REQUEST` authorizers; AWS recommends protecting the `$connect` route',
        },
        features: {
          es: 'Rutas `$connect`, `$disconnect`, `$default` y propias; el backend envía mensajes a los clientes por `@connections`',
          en: '`$connect`, `$disconnect`, `$default`, and custom routes; the backend pushes messages to clients through `@connections`',
        },
        endpoints: {
          es: 'URL `wss://api-id.execute-api.region.amazonaws.com/stage`',
          en: 'A `wss://api-id.execute-api.region.amazonaws.com/stage` URL',
        },
        customDomains: {
          es: 'Solo regionales, con TLS 1.2 como mínimo; no se comparten con API de REST ni HTTP',
          en: 'Regional only, with TLS 1.2 at least; not shared with REST or HTTP APIs',
        },
        timeout: {
          es: '50 ms–29 s; no se puede aumentar. Conexión de 2 h como máximo, 10 min de inactividad',
          en: "50 ms–29 s; can't be increased. Connections last 2 h at most, 10 idle minutes",
        },
      },
      sources: [
        {
          title: 'Overview of WebSocket APIs in API Gateway',
          url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-overview.html',
        },
        {
          title: 'Control and manage access to WebSocket APIs in API Gateway',
          url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-control-access.html',
        },
        {
          title: 'Use wscat to connect to a WebSocket API and send messages to it',
          url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-how-to-call-websocket-api-wscat.html',
        },
        {
          title: 'Custom domain names for WebSocket APIs in API Gateway',
          url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-custom-domain-names.html',
        },
        {
          title: 'Quotas for configuring and running a WebSocket in API Gateway',
          url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-execution-service-websocket-limits-table.html',
        },
        {
          title: 'Amazon API Gateway quotas',
          url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html',
        },
      ],
    },
  ],
  note: {
    es: 'Los tres tipos comparten la misma cuota de limitación por cuenta y región, junto con las API de devolución de llamada de WebSocket.',
    en: 'All three types share one throttle quota per account and Region, together with WebSocket callback APIs.',
  },
};
