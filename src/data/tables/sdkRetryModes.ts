// AWS SDK retry modes: legacy, standard, and adaptive.
// Sources: AWS SDKs and Tools Reference Guide (Retry behavior), Boto3 guide (Retries), and the DynamoDB
// Developer Guide (Programming Amazon DynamoDB with Python and Boto3), linked per row.
import type {ComparisonTableData} from './types';

type Column = 'defaultMaxAttempts' | 'retriedErrors' | 'backoff' | 'rateLimiting' | 'whenToUse';

const retryBehavior = {
  title: 'Retry behavior (AWS SDKs and Tools Reference Guide)',
  url: 'https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html',
};

export const sdkRetryModes: ComparisonTableData<Column> = {
  caption: {es: 'Modos de reintento de los SDK de AWS', en: 'AWS SDK retry modes'},
  rowHeader: {es: 'Modo', en: 'Mode'},
  columns: {
    defaultMaxAttempts: {label: {es: 'Intentos máximos por defecto', en: 'Default max attempts'}},
    retriedErrors: {label: {es: 'Qué errores reintenta', en: 'Which errors it retries'}},
    backoff: {label: {es: 'Espera entre intentos', en: 'Backoff'}},
    rateLimiting: {label: {es: 'Limitación en el cliente', en: 'Client-side rate limiting'}},
    whenToUse: {label: {es: 'Cuándo usarlo', en: 'When to use it'}},
  },
  rows: [
    {
      id: 'sdk-retry-legacy',
      label: {es: '`legacy`', en: '`legacy`'},
      cells: {
        defaultMaxAttempts: {
          es: 'Depende del SDK; en Boto3, 5 (10 con DynamoDB). No existe en el SDK para JavaScript v3',
          en: 'Depends on the SDK; in Boto3, 5 (10 for DynamoDB). Not available in the SDK for JavaScript v3',
        },
        retriedErrors: {
          es: 'Lista propia de cada SDK; en Boto3, errores de conexión, unos pocos códigos de limitación y HTTP 429, 500, 502, 503, 504 y 509',
          en: "Each SDK's own list; in Boto3, connection errors, a few throttling codes, and HTTP 429, 500, 502, 503, 504, and 509",
        },
        backoff: {
          es: 'Propio de cada SDK; en Boto3, exponencial con factor 2',
          en: 'SDK-specific; in Boto3, exponential with a base factor of 2',
        },
        rateLimiting: {
          es: 'No; sin cuota de reintentos estandarizada (varía según el SDK), así que puede seguir reintentando durante una caída',
          en: 'No; no standardized retry quota (it varies by SDK), so it can keep retrying during an outage',
        },
        whenToUse: {
          es: 'Solo por compatibilidad; AWS recomienda pasar a `standard`',
          en: 'Backward compatibility only; AWS recommends moving to `standard`',
        },
      },
      sources: [
        retryBehavior,
        {title: 'Retries (Boto3 guide)', url: 'https://docs.aws.amazon.com/boto3/latest/guide/retries.html'},
        {
          title: 'Programming Amazon DynamoDB with Python and Boto3',
          url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/programming-with-python.html',
        },
      ],
    },
    {
      id: 'sdk-retry-standard',
      label: {es: '`standard`', en: '`standard`'},
      cells: {
        defaultMaxAttempts: {
          es: '3 (1 solicitud + 2 reintentos); con el comportamiento de 2026, 4 en los clientes de DynamoDB y DynamoDB Streams',
          en: '3 (1 request + 2 retries); with the 2026 behavior, 4 for DynamoDB and DynamoDB Streams clients',
        },
        retriedErrors: {
          es: 'Transitorios (`RequestTimeout`, `InternalError`, E/S, HTTP 500/502/503/504) y de limitación (`ThrottlingException`, `ProvisionedThroughputExceededException`…); nunca `AccessDeniedException` ni `ValidationException`',
          en: 'Transient (`RequestTimeout`, `InternalError`, I/O, HTTP 500/502/503/504) and throttling (`ThrottlingException`, `ProvisionedThroughputExceededException`…); never `AccessDeniedException` or `ValidationException`',
        },
        backoff: {
          es: 'Exponencial con fluctuación completa, máximo 20 s por espera; con el comportamiento de 2026, base de 50 ms (transitorios) o 1 s (limitación)',
          en: 'Exponential with full jitter, at most 20 s per wait; with the 2026 behavior, 50 ms base (transient) or 1 s (throttling)',
        },
        rateLimiting: {
          es: 'No; una cuota de reintentos (cubo de 500 tokens) corta los reintentos si fallan muchas solicitudes, sin retrasar nunca la primera',
          en: 'No; a retry quota (a 500-token bucket) stops retries when many requests fail, never delaying the first attempt',
        },
        whenToUse: {
          es: 'Casi siempre: es el modo que AWS recomienda por defecto',
          en: 'Almost always: it is the mode AWS recommends by default',
        },
      },
      sources: [
        retryBehavior,
        {
          title: 'Announcing updated retry behavior for AWS SDKs and Tools (AWS Developer Tools Blog)',
          url: 'https://aws.amazon.com/blogs/developer/announcing-updated-retry-behavior-for-aws-sdks-and-tools/',
        },
      ],
    },
    {
      id: 'sdk-retry-adaptive',
      label: {es: '`adaptive`', en: '`adaptive`'},
      cells: {
        defaultMaxAttempts: {
          es: '3, como `standard`',
          en: '3, like `standard`',
        },
        retriedErrors: {
          es: 'Los mismos que `standard`',
          en: 'The same as `standard`',
        },
        backoff: {
          es: 'La misma que `standard`',
          en: 'The same as `standard`',
        },
        rateLimiting: {
          es: 'Sí: un limitador por cliente frena el ritmo al detectar limitaciones y puede retrasar también la primera solicitud',
          en: 'Yes: a per-client rate limiter slows down when it sees throttling and can delay the first request too',
        },
        whenToUse: {
          es: 'Un cliente contra un solo recurso con limitaciones frecuentes (por ejemplo, una tabla de DynamoDB); no para varios recursos o inquilinos',
          en: 'One client against a single resource with frequent throttling (for example, one DynamoDB table); not for several resources or tenants',
        },
      },
      sources: [retryBehavior],
    },
  ],
};
