// Glossary terms introduced by the page beyond the notes named in the file name: beyond/sdk-code.
import type {GlossaryEntry} from '../glossary';

export const terms: readonly GlossaryEntry[] = [
  {
    id: 'sdk-retry-mode',
    en: 'retry mode (AWS SDKs)',
    es: 'modo de reintento (SDK de AWS)',
    forms: {
      es: ['modo de reintento', 'modos de reintento'],
      en: ['retry mode', 'retry modes'],
    },
    definition: {
      es: 'Estrategia con la que un SDK de AWS reintenta las solicitudes fallidas: `standard` (la recomendada, con cuota de reintentos), `adaptive` (añade limitación del ritmo en el cliente) o `legacy` (la antigua de cada SDK). Se fija con `AWS_RETRY_MODE` o `retry_mode`.',
      en: "The strategy an AWS SDK uses to retry failed requests: `standard` (the recommended one, with a retry quota), `adaptive` (adds client-side rate limiting), or `legacy` (each SDK's older behavior). Set with `AWS_RETRY_MODE` or `retry_mode`.",
    },
    section: 'beyond/sdk-code#retries-and-backoff',
  },
  {
    id: 'sdk-retry-quota',
    en: 'retry quota',
    es: 'cuota de reintentos',
    forms: {
      es: ['cuota de reintentos', 'cuotas de reintentos'],
      en: ['retry quota', 'retry quotas'],
    },
    definition: {
      es: 'Cubo de tokens de un cliente del SDK: cada reintento gasta tokens y cada éxito los repone; si se agota, el SDK deja de reintentar y devuelve el error enseguida. Nunca retrasa la primera solicitud.',
      en: 'A token bucket in an SDK client: each retry spends tokens and each success returns some; when it runs out, the SDK stops retrying and returns the error right away. It never delays the first request.',
    },
    section: 'beyond/sdk-code#backoff-and-jitter',
  },
  {
    id: 'exponential-backoff',
    en: 'exponential backoff',
    es: 'retardo exponencial',
    forms: {
      es: ['retardo exponencial'],
      en: ['exponential backoff'],
    },
    definition: {
      es: 'Esperar cada vez más entre reintentos (por ejemplo, el doble), con un tope, para dar tiempo a que el servicio se recupere en vez de insistir al mismo ritmo.',
      en: 'Waiting longer between retries each time (for example, twice as long), up to a cap, to give the service time to recover instead of retrying at the same rate.',
    },
    section: 'beyond/sdk-code#backoff-and-jitter',
  },
  {
    id: 'jitter',
    en: 'jitter',
    es: 'fluctuación (jitter)',
    forms: {
      es: ['fluctuación aleatoria', 'fluctuación'],
      en: ['jitter'],
    },
    definition: {
      es: 'Parte aleatoria de la espera entre reintentos, para que los clientes que fallaron a la vez no vuelvan a llamar todos a la vez.',
      en: "A random part of the wait between retries, so clients that failed together don't all call again at the same moment.",
    },
    section: 'beyond/sdk-code#backoff-and-jitter',
  },
  {
    id: 'sdk-paginator',
    en: 'paginator',
    es: 'paginador',
    forms: {
      es: ['paginador', 'paginadores'],
      en: ['paginator', 'paginators'],
    },
    definition: {
      es: 'Utilidad del SDK que llama repetidamente a una operación paginada y pasa el token de la página siguiente (`NextToken`, `ContinuationToken`…) hasta que no queda ninguno: `get_paginator` en Boto3, `paginate<Operación>` en JavaScript v3.',
      en: 'An SDK helper that calls a paginated operation repeatedly, passing the next-page token (`NextToken`, `ContinuationToken`…) until none is left: `get_paginator` in Boto3, `paginate<Operation>` in JavaScript v3.',
    },
    section: 'beyond/sdk-code#paginators',
  },
  {
    id: 'sdk-waiter',
    en: 'waiter',
    es: 'esperador (waiter)',
    forms: {
      es: ['esperador', 'esperadores'],
      en: ['waiter', 'waiters'],
    },
    definition: {
      es: 'Utilidad del SDK que consulta un recurso a intervalos hasta que llega a un estado (por ejemplo, que un bucket exista) o se agotan los intentos: `get_waiter` en Boto3, `waitUntil<Estado>` en JavaScript v3.',
      en: 'An SDK helper that polls a resource at intervals until it reaches a state (for example, a bucket exists) or runs out of attempts: `get_waiter` in Boto3, `waitUntil<State>` in JavaScript v3.',
    },
    section: 'beyond/sdk-code#waiters',
  },
  {
    id: 'idempotency-token',
    en: 'idempotency token (client token)',
    es: 'token de idempotencia',
    forms: {
      es: ['token de idempotencia', 'tokens de idempotencia'],
      en: ['idempotency token', 'idempotency tokens'],
    },
    definition: {
      es: 'Valor único (`ClientToken`, `ClientRequestToken`) que el cliente envía con una solicitud que crea algo; si la repite con el mismo token y los mismos parámetros, el servicio no vuelve a ejecutar la acción.',
      en: "A unique value (`ClientToken`, `ClientRequestToken`) the client sends with a request that creates something; if it repeats the request with the same token and parameters, the service doesn't perform the action again.",
    },
    section: 'beyond/sdk-code#idempotency-tokens',
  },
  {
    id: 'dynamodb-json',
    en: 'DynamoDB JSON',
    es: 'DynamoDB JSON',
    forms: {
      es: ['DynamoDB JSON'],
      en: ['DynamoDB JSON'],
    },
    definition: {
      es: 'Formato de la API de DynamoDB en el que cada valor lleva su tipo, como `{"S": "texto"}` o `{"N": "42"}` (los números, como cadena). Lo usa el cliente de bajo nivel; el recurso de Boto3 y el cliente de documentos lo ocultan.',
      en: 'The DynamoDB API format in which each value carries its type, such as `{"S": "text"}` or `{"N": "42"}` (numbers as strings). The low-level client uses it; the Boto3 resource and the document client hide it.',
    },
    section: 'beyond/sdk-code#dynamodb-attribute-values',
  },
  {
    id: 'dynamodb-document-client',
    en: 'DynamoDB document client',
    es: 'cliente de documentos de DynamoDB',
    forms: {
      es: ['cliente de documentos'],
      en: ['DynamoDBDocumentClient', 'document client'],
    },
    definition: {
      es: 'Cliente de `@aws-sdk/lib-dynamodb` (JavaScript v3) que acepta y devuelve tipos nativos de JavaScript y los convierte a DynamoDB JSON y desde él; se crea a partir de un `DynamoDBClient`.',
      en: 'A client from `@aws-sdk/lib-dynamodb` (JavaScript v3) that takes and returns native JavaScript types and converts them to and from DynamoDB JSON; you build it from a `DynamoDBClient`.',
    },
    section: 'beyond/sdk-code#dynamodb-attribute-values',
  },
  {
    id: 'hot-shard',
    en: 'hot shard',
    es: 'fragmento caliente',
    forms: {
      es: ['fragmento caliente', 'fragmentos calientes'],
      en: ['hot shard', 'hot shards'],
    },
    definition: {
      es: 'Fragmento de Kinesis Data Streams que recibe mucho más tráfico que los demás, normalmente por una clave de partición dominante, y devuelve `ProvisionedThroughputExceededException` aunque el flujo tenga capacidad libre.',
      en: 'A Kinesis Data Streams shard that gets far more traffic than the others, usually because of a dominant partition key, and returns `ProvisionedThroughputExceededException` even though the stream has spare capacity.',
    },
    section: 'beyond/sdk-code#partition-keys-and-hot-shards',
  },
  {
    id: 'kinesis-client-library',
    en: 'Kinesis Client Library (KCL)',
    es: 'Kinesis Client Library (KCL)',
    forms: {
      es: ['Kinesis Client Library', 'KCL'],
      en: ['Kinesis Client Library', 'KCL'],
    },
    definition: {
      es: 'Biblioteca para escribir consumidores de Kinesis Data Streams: reparte los fragmentos entre trabajadores mediante arrendamientos y guarda los puntos de control en una tabla de DynamoDB.',
      en: 'A library for writing Kinesis Data Streams consumers: it spreads shards over workers with leases and stores checkpoints in a DynamoDB table.',
    },
    section: 'beyond/sdk-code#kinesis-consumers',
  },
  {
    id: 'kcl-lease-table',
    en: 'lease table (KCL)',
    es: 'tabla de arrendamientos (KCL)',
    forms: {
      es: ['tabla de arrendamientos', 'tablas de arrendamientos'],
      en: ['lease table', 'lease tables'],
    },
    definition: {
      es: 'Tabla de DynamoDB que crea cada aplicación KCL para saber qué trabajador tiene cada fragmento (arrendamiento) y hasta qué registro se procesó (punto de control).',
      en: 'A DynamoDB table that each KCL application creates to track which worker holds each shard (lease) and up to which record it was processed (checkpoint).',
    },
    section: 'beyond/sdk-code#kinesis-consumers',
  },
  {
    id: 'kinesis-resharding',
    en: 'resharding',
    es: 'refragmentación (resharding)',
    forms: {
      es: ['refragmentación'],
      en: ['resharding'],
    },
    definition: {
      es: 'Cambiar el número de fragmentos de un flujo de Kinesis: dividir uno en dos (más capacidad y costo) o fusionar dos en uno, o ajustar el total con `UpdateShardCount`.',
      en: 'Changing the number of shards in a Kinesis data stream: splitting one into two (more capacity and cost) or merging two into one, or setting the total with `UpdateShardCount`.',
    },
    section: 'beyond/sdk-code#resharding',
  },
  {
    id: 'amazon-data-firehose',
    en: 'Amazon Data Firehose',
    es: 'Amazon Data Firehose',
    forms: {
      es: ['Amazon Data Firehose', 'Firehose'],
      en: ['Amazon Data Firehose', 'Firehose'],
    },
    definition: {
      es: 'Servicio totalmente administrado que recibe datos de streaming, los almacena en búfer por tamaño o tiempo y los entrega a Amazon S3, Amazon Redshift, OpenSearch, Splunk o un punto de conexión HTTP, sin código de consumidor.',
      en: 'A fully managed service that takes streaming data, buffers it by size or time, and delivers it to Amazon S3, Amazon Redshift, OpenSearch, Splunk, or an HTTP endpoint, with no consumer code.',
    },
    section: 'beyond/sdk-code#amazon-data-firehose',
  },
  {
    id: 'connection-pooling',
    en: 'connection pooling',
    es: 'agrupación de conexiones',
    forms: {
      es: ['agrupación de conexiones', 'grupo de conexiones', 'grupos de conexiones'],
      en: ['connection pooling', 'connection pool', 'connection pools'],
    },
    definition: {
      es: 'Mantener abiertas un número limitado de conexiones (HTTP o de base de datos) y reutilizarlas entre solicitudes, en vez de abrir una nueva cada vez.',
      en: 'Keeping a limited number of connections (HTTP or database) open and reusing them across requests, instead of opening a new one each time.',
    },
    section: 'beyond/sdk-code#connection-pooling',
  },
  {
    id: 'amazon-rds-proxy',
    en: 'Amazon RDS Proxy',
    es: 'Amazon RDS Proxy',
    forms: {
      es: ['Amazon RDS Proxy', 'RDS Proxy'],
      en: ['Amazon RDS Proxy', 'RDS Proxy'],
    },
    definition: {
      es: 'Proxy administrado de bases de datos de Amazon RDS y Aurora que comparte un grupo de conexiones entre muchos clientes, como funciones Lambda, y puede exigirles autenticación de IAM.',
      en: 'A managed proxy for Amazon RDS and Aurora databases that shares a pool of connections among many clients, such as Lambda functions, and can require IAM authentication from them.',
    },
    section: 'beyond/sdk-code#rds-proxy',
  },
  {
    id: 'graceful-degradation',
    en: 'graceful degradation',
    es: 'degradación estable',
    forms: {
      es: ['degradación estable'],
      en: ['graceful degradation'],
    },
    definition: {
      es: 'Diseño en el que, si falla una dependencia, el componente sigue cumpliendo su cometido principal de forma reducida (caché, respuesta estática, resultado parcial) en vez de fallar del todo.',
      en: 'A design in which, when a dependency fails, the component keeps delivering its core function in a reduced form (cache, static response, partial result) instead of failing outright.',
    },
    section: 'beyond/sdk-code#graceful-degradation',
  },
  {
    id: 'circuit-breaker-pattern',
    en: 'circuit breaker pattern',
    es: 'patrón de disyuntor',
    forms: {
      es: ['patrón de disyuntor', 'circuit breaker pattern'],
      en: ['circuit breaker pattern'],
    },
    definition: {
      es: 'Patrón en el que, tras fallos repetidos, quien llama deja de llamar a un servicio y falla al instante durante un tiempo; después prueba si se recuperó. (No es el interruptor de circuito de implementación de Amazon ECS.)',
      en: 'A pattern in which, after repeated failures, the caller stops calling a service and fails immediately for a while; then it checks whether the service has recovered. (Not the Amazon ECS deployment circuit breaker.)',
    },
    section: 'beyond/sdk-code#graceful-degradation',
  },
];
