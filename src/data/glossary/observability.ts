// Glossary terms introduced by the page beyond the notes "Observabilidad y resolución de problemas" /
// "Observability and troubleshooting" (beyond/observability).
// Sources: Amazon CloudWatch User Guide (metrics concepts, publishing metrics, embedded metric format,
// alarms), Amazon CloudWatch Logs User Guide (concepts, metric filters, subscriptions, Logs Insights, Live
// Tail), AWS X-Ray Developer Guide (concepts, sampling rules), AWS CloudTrail User Guide (concepts, event
// history), AWS Lambda Developer Guide (Python logging), AWS Prescriptive Guidance (EKS probes).
// Checked on 2026-12-07.
import type {GlossaryEntry} from '../glossary';

const page = 'beyond/observability';

export const terms: readonly GlossaryEntry[] = [
  {
    id: 'amazon-cloudwatch-logs',
    en: 'Amazon CloudWatch Logs',
    es: 'Amazon CloudWatch Logs',
    forms: {
      es: ['Amazon CloudWatch Logs', 'CloudWatch Logs'],
      en: ['Amazon CloudWatch Logs', 'CloudWatch Logs'],
    },
    definition: {
      es: 'Servicio de CloudWatch que recibe, guarda y consulta registros de aplicaciones y servicios de AWS. Los eventos se organizan en flujos dentro de grupos de registros.',
      en: 'The CloudWatch service that ingests, stores, and queries logs from applications and AWS services. Events are organized in streams inside log groups.',
    },
    section: `${page}#cloudwatch-logs`,
  },
  {
    id: 'cloudwatch-log-group',
    en: 'log group',
    es: 'grupo de registros',
    forms: {
      es: ['grupo de registros', 'grupos de registros'],
      en: ['log group', 'log groups'],
    },
    definition: {
      es: 'Conjunto de flujos de registros que comparten retención, filtros y control de acceso. Por defecto guarda los eventos para siempre; Lambda usa `/aws/lambda/<función>`.',
      en: 'A set of log streams that share retention, filters, and access control. By default it keeps events forever; Lambda uses `/aws/lambda/<function>`.',
    },
    section: `${page}#log-groups-and-retention`,
  },
  {
    id: 'cloudwatch-metric-filter',
    en: 'metric filter',
    es: 'filtro de métricas',
    forms: {
      es: ['filtro de métricas', 'filtros de métricas'],
      en: ['metric filter', 'metric filters'],
    },
    definition: {
      es: 'Patrón asignado a un grupo de registros que convierte los eventos que coinciden en una métrica de CloudWatch. Solo cuenta los eventos que llegan después de crearlo.',
      en: 'A pattern assigned to a log group that turns matching events into a CloudWatch metric. It only counts events that arrive after you create it.',
    },
    section: `${page}#metric-and-subscription-filters`,
  },
  {
    id: 'cloudwatch-subscription-filter',
    en: 'subscription filter',
    es: 'filtro de suscripción',
    forms: {
      es: ['filtro de suscripción', 'filtros de suscripción'],
      en: ['subscription filter', 'subscription filters'],
    },
    definition: {
      es: 'Envía en tiempo casi real los eventos de un grupo de registros que coinciden con un patrón a Kinesis Data Streams, Amazon Data Firehose o Lambda. Hasta 5 por grupo.',
      en: "Sends a log group's events that match a pattern, in near real time, to Kinesis Data Streams, Amazon Data Firehose, or Lambda. Up to 5 per log group.",
    },
    section: `${page}#metric-and-subscription-filters`,
  },
  {
    id: 'cloudwatch-logs-insights',
    en: 'CloudWatch Logs Insights',
    es: 'CloudWatch Logs Insights',
    forms: {
      es: ['CloudWatch Logs Insights', 'Logs Insights'],
      en: ['CloudWatch Logs Insights', 'Logs Insights'],
    },
    definition: {
      es: 'Consultas interactivas sobre los registros con comandos encadenados (`fields`, `filter`, `stats`, `sort`, `limit`). Se cobra por los datos escaneados y una consulta se agota a los 60 minutos.',
      en: 'Interactive queries over logs with chained commands (`fields`, `filter`, `stats`, `sort`, `limit`). You pay for the data scanned, and a query times out after 60 minutes.',
    },
    section: `${page}#logs-insights`,
  },
  {
    id: 'cloudwatch-logs-live-tail',
    en: 'Live Tail',
    es: 'Live Tail',
    forms: {
      es: ['Live Tail'],
      en: ['Live Tail'],
    },
    definition: {
      es: 'Característica de CloudWatch Logs que muestra los eventos nuevos según llegan, con filtros y resaltado; sesiones de hasta 3 horas, cobradas por minuto.',
      en: 'A CloudWatch Logs feature that streams new events as they are ingested, with filtering and highlighting; sessions last up to 3 hours and are billed per minute.',
    },
    section: `${page}#live-tail`,
  },
  {
    id: 'cloudwatch-embedded-metric-format',
    en: 'embedded metric format (EMF)',
    es: 'formato de métricas integradas (EMF)',
    forms: {
      es: ['formato de métricas integradas', 'EMF'],
      en: ['embedded metric format', 'EMF'],
    },
    definition: {
      es: 'Especificación JSON para escribir métricas dentro de un evento de registro: CloudWatch Logs las extrae sin que el código llame a `PutMetricData` ni necesite ese permiso.',
      en: 'A JSON specification for writing metrics inside a log event: CloudWatch Logs extracts them without the code calling `PutMetricData` or needing that permission.',
    },
    section: `${page}#embedded-metric-format`,
  },
  {
    id: 'cloudwatch-high-resolution-metric',
    en: 'high-resolution metric',
    es: 'métrica de alta resolución',
    forms: {
      es: ['métrica de alta resolución', 'métricas de alta resolución'],
      en: ['high-resolution metric', 'high-resolution metrics'],
    },
    definition: {
      es: 'Métrica personalizada guardada con granularidad de 1 segundo (`StorageResolution: 1`); las métricas de los servicios de AWS son de 1 minuto. Sus datos de menos de 60 s se guardan 3 horas.',
      en: 'A custom metric stored at one-second granularity (`StorageResolution: 1`); AWS service metrics are one-minute. Its sub-minute data is kept for 3 hours.',
    },
    section: `${page}#namespaces-dimensions-resolution`,
  },
  {
    id: 'cloudwatch-composite-alarm',
    en: 'composite alarm',
    es: 'alarma compuesta',
    forms: {
      es: ['alarma compuesta', 'alarmas compuestas'],
      en: ['composite alarm', 'composite alarms'],
    },
    definition: {
      es: 'Alarma cuyo estado sale de una regla que combina el estado de otras alarmas con `AND`, `OR` y `NOT`, para avisar solo cuando coinciden varias condiciones.',
      en: "An alarm whose state comes from a rule that combines other alarms' states with `AND`, `OR`, and `NOT`, so it notifies only when several conditions hold.",
    },
    section: `${page}#composite-alarms-and-dashboards`,
  },
  {
    id: 'aws-x-ray',
    en: 'AWS X-Ray',
    es: 'AWS X-Ray',
    forms: {
      es: ['AWS X-Ray', 'X-Ray'],
      en: ['AWS X-Ray', 'X-Ray'],
    },
    definition: {
      es: 'Servicio de rastreo distribuido: reúne los segmentos de una solicitud en una traza y dibuja el mapa de servicios que la atienden, con tiempos y errores. Sus SDK y su daemon están en mantenimiento desde el 25 de febrero de 2026.',
      en: "A distributed tracing service: it gathers a request's segments into a trace and draws a map of the services that handle it, with timing and errors. Its SDKs and daemon have been in maintenance mode since February 25, 2026.",
    },
    section: `${page}#tracing`,
  },
  {
    id: 'xray-segment',
    en: 'segment / subsegment (X-Ray)',
    es: 'segmento / subsegmento (X-Ray)',
    forms: {
      es: ['segmento', 'segmentos', 'subsegmento', 'subsegmentos'],
      en: ['segment', 'segments', 'subsegment', 'subsegments'],
    },
    definition: {
      es: 'El segmento es lo que un recurso envía a X-Ray sobre su parte de una solicitud; el subsegmento detalla una llamada concreta dentro de él, como una consulta a DynamoDB.',
      en: 'A segment is what a resource sends to X-Ray about its part of a request; a subsegment details one call inside it, such as a DynamoDB query.',
    },
    onlyOn: [page],
    section: `${page}#segments-and-traces`,
  },
  {
    id: 'xray-annotation',
    en: 'annotation (X-Ray)',
    es: 'anotación (X-Ray)',
    forms: {
      es: ['anotación', 'anotaciones'],
      en: ['annotation', 'annotations'],
    },
    definition: {
      es: 'Par clave-valor simple que X-Ray indexa (hasta 50 por traza) para buscar y agrupar trazas; los metadatos, en cambio, admiten cualquier tipo pero no se indexan.',
      en: "A simple key-value pair that X-Ray indexes (up to 50 per trace) to search and group traces; metadata, by contrast, takes any type but isn't indexed.",
    },
    onlyOn: [page],
    section: `${page}#annotations-and-metadata`,
  },
  {
    id: 'xray-sampling-rule',
    en: 'sampling rule',
    es: 'regla de muestreo',
    forms: {
      es: ['regla de muestreo', 'reglas de muestreo'],
      en: ['sampling rule', 'sampling rules'],
    },
    definition: {
      es: 'Regla de X-Ray que decide qué solicitudes se trazan: una reserva por segundo más un porcentaje del resto. La predeterminada traza la primera de cada segundo y el 5 % de las demás.',
      en: 'An X-Ray rule that decides which requests are traced: a reservoir per second plus a percentage of the rest. The default traces the first request each second and 5% of the others.',
    },
    section: `${page}#sampling`,
  },
  {
    id: 'cloudtrail-management-event',
    en: 'management event (CloudTrail)',
    es: 'evento de administración (CloudTrail)',
    forms: {
      es: ['eventos de administración', 'evento de administración'],
      en: ['management events', 'management event'],
    },
    definition: {
      es: 'Operación del plano de control sobre los recursos de la cuenta, como crear un rol o configurar un registro de seguimiento. CloudTrail los registra por defecto.',
      en: "A control plane operation on the account's resources, such as creating a role or configuring a trail. CloudTrail records them by default.",
    },
    section: `${page}#cloudtrail`,
  },
  {
    id: 'cloudtrail-data-event',
    en: 'data event (CloudTrail)',
    es: 'evento de datos (CloudTrail)',
    forms: {
      es: ['eventos de datos', 'evento de datos'],
      en: ['data events', 'data event'],
    },
    definition: {
      es: 'Operación del plano de datos sobre un recurso, de mucho volumen, como `GetObject` de S3 o `Invoke` de Lambda. Solo se registra si un registro de seguimiento o un almacén de datos de eventos lo incluye.',
      en: 'A high-volume data plane operation on a resource, such as S3 `GetObject` or Lambda `Invoke`. It is only recorded if a trail or an event data store includes it.',
    },
    onlyOn: [page],
    section: `${page}#cloudtrail`,
  },
  {
    id: 'cloudtrail-event-history',
    en: 'event history (CloudTrail)',
    es: 'historial de eventos (CloudTrail)',
    forms: {
      es: ['historial de eventos'],
      en: ['event history'],
    },
    definition: {
      es: 'Registro gratuito e inmutable de los últimos 90 días de eventos de administración de una región, activo por defecto; se consulta en la consola o con `LookupEvents`.',
      en: 'A free, immutable record of the past 90 days of management events in a Region, on by default; you view it in the console or with `LookupEvents`.',
    },
    section: `${page}#cloudtrail`,
  },
  {
    id: 'cloudtrail-trail',
    en: 'trail (CloudTrail)',
    es: 'registro de seguimiento (CloudTrail)',
    forms: {
      es: ['registro de seguimiento', 'registros de seguimiento'],
      en: ['trail', 'trails'],
    },
    definition: {
      es: 'Configuración de CloudTrail que entrega los eventos como archivos a un bucket de S3, para guardarlos más de 90 días; se recomienda que abarque todas las regiones.',
      en: 'A CloudTrail configuration that delivers events as log files to an S3 bucket, to keep them longer than 90 days; AWS recommends a multi-Region trail.',
    },
    onlyOn: [page],
    section: `${page}#cloudtrail`,
  },
  {
    id: 'structured-logging',
    en: 'structured logging',
    es: 'registro estructurado',
    forms: {
      es: ['registro estructurado', 'registros estructurados'],
      en: ['structured logging', 'structured log'],
    },
    definition: {
      es: 'Escribir cada evento como JSON con claves fijas (nivel, mensaje, ID de solicitud) para filtrarlo y agregarlo con Logs Insights. Lambda lo ofrece con el formato de registro `JSON`.',
      en: 'Writing each event as JSON with fixed keys (level, message, request ID) so Logs Insights can filter and aggregate it. Lambda offers it with the `JSON` log format.',
    },
    section: `${page}#structured-logging`,
  },
  {
    id: 'liveness-probe',
    en: 'liveness probe',
    es: 'sondeo de actividad',
    forms: {
      es: ['sondeo de actividad', 'sondeos de actividad'],
      en: ['liveness probe', 'liveness probes'],
    },
    definition: {
      es: 'Comprobación de Kubernetes que detecta un proceso vivo pero bloqueado para terminarlo; no debe depender de nada externo al pod, como la base de datos.',
      en: 'A Kubernetes check that detects a process that is running but stuck so it can be terminated; it must not depend on anything outside the pod, such as a database.',
    },
    section: `${page}#workload-health`,
  },
  {
    id: 'readiness-probe',
    en: 'readiness probe',
    es: 'sondeo de preparación',
    forms: {
      es: ['sondeo de preparación', 'sondeos de preparación'],
      en: ['readiness probe', 'readiness probes'],
    },
    definition: {
      es: 'Comprobación de Kubernetes que dice si un pod está listo para recibir tráfico; mientras falla, el pod queda marcado como no listo.',
      en: 'A Kubernetes check that tells whether a pod is ready to receive traffic; while it fails, the pod is marked as not ready.',
    },
    section: `${page}#workload-health`,
  },
];
