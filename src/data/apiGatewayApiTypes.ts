// The three API types of Amazon API Gateway: REST, HTTP and WebSocket APIs. Sources: AWS API Gateway
// Developer Guide ("Choose between REST APIs and HTTP APIs", the quota pages for REST, HTTP and
// WebSocket APIs, WebSocket overview, access control and custom domain pages), linked per row.
import type {ComparisonTableData} from './comparisonTable';

type ApiGatewayApiTypeColumn = 'use' | 'authorization' | 'features' | 'endpoints' | 'timeout';

export const apiGatewayApiTypes: ComparisonTableData<ApiGatewayApiTypeColumn> = {
  caption: {es: 'Tipos de API en Amazon API Gateway', en: 'API types in Amazon API Gateway'},
  rowHeader: {es: 'Tipo', en: 'Type'},
  columns: {
    use: {label: {es: 'Protocolo y uso', en: 'Protocol and use'}},
    authorization: {label: {es: 'Autorización', en: 'Authorization'}},
    features: {label: {es: 'Funciones clave', en: 'Key features'}},
    endpoints: {label: {es: 'Tipos de punto de conexión', en: 'Endpoint types'}},
    timeout: {label: {es: 'Tiempo de espera de integración', en: 'Integration timeout'}},
  },
  rows: [
    {
      id: 'apigw-rest-api',
      label: {es: 'API de REST', en: 'REST API'},
      cells: {
        use: {
          es: 'HTTPS de solicitud y respuesta; la opción con más funciones',
          en: 'HTTPS request/response; the most complete option',
        },
        authorization: {
          es: 'IAM, políticas de recursos, grupos de usuarios de Amazon Cognito, autorizadores de Lambda (`TOKEN`/`REQUEST`)',
          en: 'IAM, resource policies, Amazon Cognito user pools, Lambda authorizers (`TOKEN`/`REQUEST`)',
        },
        features: {
          es: 'Caché, planes de uso y claves de API, validación de solicitudes, transformación del cuerpo, AWS WAF, X-Ray, integraciones simuladas',
          en: 'Caching, usage plans and API keys, request validation, body transformation, AWS WAF, X-Ray, mock integrations',
        },
        endpoints: {
          es: 'Optimizado para bordes (predeterminado), regional o privado',
          en: 'Edge-optimized (default), Regional or private',
        },
        timeout: {
          es: '50 ms–29 s; ampliable por cuota en API regionales y privadas',
          en: '50 ms–29 s; raisable by quota for Regional and private APIs',
        },
      },
      sources: [
        {title: 'Choose between REST APIs and HTTP APIs', url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-vs-rest.html'},
        {title: 'API endpoint types for REST APIs in API Gateway', url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-endpoint-types.html'},
        {title: 'Quotas for configuring and running a REST API in API Gateway', url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html'},
        {title: 'Amazon API Gateway quotas', url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html'},
      ],
    },
    {
      id: 'apigw-http-api',
      label: {es: 'API HTTP', en: 'HTTP API'},
      cells: {
        use: {
          es: 'HTTPS de solicitud y respuesta con funciones mínimas y menor precio',
          en: 'HTTPS request/response with minimal features at a lower price',
        },
        authorization: {
          es: 'IAM, autorizadores JWT (OIDC/OAuth 2.0, también Amazon Cognito), autorizadores de Lambda',
          en: 'IAM, JWT authorizers (OIDC/OAuth 2.0, Amazon Cognito too), Lambda authorizers',
        },
        features: {
          es: 'CORS integrado, implementaciones automáticas, etapa `$default`; sin caché, claves de API ni validación de solicitudes',
          en: 'Built-in CORS, automatic deployments, `$default` stage; no caching, API keys or request validation',
        },
        endpoints: {es: 'Solo regional', en: 'Regional only'},
        timeout: {es: 'Máximo 30 s, no ampliable', en: '30 s maximum, not raisable'},
      },
      sources: [
        {title: 'Choose between REST APIs and HTTP APIs', url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-vs-rest.html'},
        {title: 'API Gateway HTTP APIs', url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api.html'},
        {title: 'Quotas for configuring and running an HTTP API in API Gateway', url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html'},
        {title: 'Amazon API Gateway quotas', url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html'},
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
          es: 'Rutas `$connect`, `$disconnect`, `$default` y propias; el backend responde por `@connections`',
          en: '`$connect`, `$disconnect`, `$default` and custom routes; the backend pushes through `@connections`',
        },
        endpoints: {
          es: 'Solo nombres de dominio personalizados regionales',
          en: 'Regional custom domain names only',
        },
        timeout: {
          es: '50 ms–29 s, no ampliable; conexión de 2 h como máximo, 10 min de inactividad',
          en: '50 ms–29 s, not raisable; connections last 2 h at most, 10 min idle',
        },
      },
      sources: [
        {title: 'Overview of WebSocket APIs in API Gateway', url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-overview.html'},
        {title: 'Control and manage access to WebSocket APIs in API Gateway', url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-control-access.html'},
        {title: 'Custom domain names for WebSocket APIs in API Gateway', url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-custom-domain-names.html'},
        {title: 'Quotas for configuring and running a WebSocket in API Gateway', url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-execution-service-websocket-limits-table.html'},
        {title: 'Amazon API Gateway quotas', url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html'},
      ],
    },
  ],
  note: {
    es: 'Los tres tipos comparten la misma cuota de limitación por cuenta y región, junto con las API de devolución de llamada de WebSocket.',
    en: 'All three types share one throttle quota per account and Region, together with WebSocket callback APIs.',
  },
};
