// CloudWatch metrics, CloudWatch Logs, CloudTrail and X-Ray compared: what each records, which question it
// answers, and how long it keeps the data. Sources: Amazon CloudWatch User Guide, CloudWatch Logs User Guide,
// AWS CloudTrail User Guide and AWS X-Ray Developer Guide (linked per row), checked on 2026-12-07.
import type {ComparisonTableData} from './types';

type Column = 'records' | 'question' | 'scenario' | 'retention' | 'query';

export const observabilityServices: ComparisonTableData<Column> = {
  caption: {
    es: 'Métricas de CloudWatch, Amazon CloudWatch Logs, AWS CloudTrail y AWS X-Ray',
    en: 'CloudWatch metrics, Amazon CloudWatch Logs, AWS CloudTrail, and AWS X-Ray',
  },
  rowHeader: {es: 'Servicio', en: 'Service'},
  columns: {
    records: {label: {es: 'Qué registra', en: 'What it records'}},
    question: {label: {es: 'Pregunta que responde', en: 'Question it answers'}},
    scenario: {label: {es: 'Escenario típico del examen', en: 'Typical exam scenario'}},
    retention: {label: {es: 'Retención', en: 'Retention'}},
    query: {label: {es: 'Cómo se consulta', en: 'How you query it'}},
  },
  rows: [
    {
      id: 'observability-cloudwatch-metrics',
      label: {es: 'Métricas de Amazon CloudWatch', en: 'Amazon CloudWatch metrics'},
      cells: {
        records: {
          es: 'Series temporales numéricas por espacio de nombres y dimensiones; estándar (1 min) o de alta resolución (1 s)',
          en: 'Numeric time series by namespace and dimensions; standard (1 min) or high resolution (1 s)',
        },
        question: {
          es: '¿Cuánto, con qué tendencia y desde cuándo?',
          en: 'How much, which trend, and since when?',
        },
        scenario: {
          es: 'Alarma sobre `Errors` o `Throttles` de Lambda; `p99` de `Latency` para encontrar un cuello de botella',
          en: 'Alarm on Lambda `Errors` or `Throttles`; `p99` of `Latency` to find a bottleneck',
        },
        retention: {
          es: 'Según el periodo: 3 h (menos de 60 s), 15 días (1 min), 63 días (5 min), 455 días (1 h)',
          en: 'By period: 3 h (under 60 s), 15 days (1 min), 63 days (5 min), 455 days (1 h)',
        },
        query: {
          es: 'Gráficos y paneles; `GetMetricData`; alarmas',
          en: 'Graphs and dashboards; `GetMetricData`; alarms',
        },
      },
      sources: [
        {
          title: 'Metrics concepts',
          url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html',
        },
        {
          title: 'Types of metrics for Lambda functions',
          url: 'https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html',
        },
      ],
    },
    {
      id: 'observability-cloudwatch-logs',
      label: {es: 'Amazon CloudWatch Logs', en: 'Amazon CloudWatch Logs'},
      cells: {
        records: {
          es: 'Eventos de registro (marca de tiempo y mensaje) en flujos dentro de grupos de registros',
          en: 'Log events (time stamp and message) in streams inside log groups',
        },
        question: {
          es: '¿Qué pasó dentro del código o del servicio?',
          en: 'What happened inside the code or the service?',
        },
        scenario: {
          es: 'Buscar la excepción de una invocación fallida; contar errores con un filtro de métricas',
          en: 'Find the exception of a failed invocation; count errors with a metric filter',
        },
        retention: {
          es: 'Para siempre por defecto; se fija por grupo de registros',
          en: 'Forever by default; you set it per log group',
        },
        query: {
          es: 'CloudWatch Logs Insights (`fields`, `filter`, `stats`); Live Tail en tiempo casi real',
          en: 'CloudWatch Logs Insights (`fields`, `filter`, `stats`); Live Tail in near real time',
        },
      },
      sources: [
        {
          title: 'Amazon CloudWatch Logs concepts',
          url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatchLogsConcepts.html',
        },
        {
          title: 'Working with log groups and log streams',
          url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html',
        },
        {
          title: 'Analyzing log data with CloudWatch Logs Insights',
          url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/AnalyzingLogData.html',
        },
      ],
    },
    {
      id: 'observability-cloudtrail',
      label: {es: 'AWS CloudTrail', en: 'AWS CloudTrail'},
      cells: {
        records: {
          es: 'Actividad de la cuenta: eventos de administración y, si se activan en un registro de seguimiento, eventos de datos',
          en: 'Account activity: management events and, if a trail turns them on, data events',
        },
        question: {
          es: '¿Quién hizo qué llamada a la API, cuándo y desde dónde?',
          en: 'Who made which API call, when, and from where?',
        },
        scenario: {
          es: 'Averiguar quién borró un recurso o cambió una política',
          en: 'Find out who deleted a resource or changed a policy',
        },
        retention: {
          es: 'Historial de eventos: 90 días de eventos de administración; más con un registro de seguimiento en S3',
          en: 'Event history: 90 days of management events; longer with a trail to S3',
        },
        query: {
          es: 'Historial de eventos en la consola o `LookupEvents`; CloudTrail Lake',
          en: 'Event history in the console or `LookupEvents`; CloudTrail Lake',
        },
      },
      sources: [
        {
          title: 'CloudTrail concepts',
          url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-concepts.html',
        },
        {
          title: 'Working with CloudTrail event history',
          url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/view-cloudtrail-events.html',
        },
      ],
    },
    {
      id: 'observability-xray',
      label: {es: 'AWS X-Ray', en: 'AWS X-Ray'},
      cells: {
        records: {
          es: 'Trazas de una muestra de solicitudes: segmentos y subsegmentos con tiempos y errores',
          en: 'Traces of sampled requests: segments and subsegments with timing and errors',
        },
        question: {
          es: '¿Por qué servicios pasó la solicitud y dónde tardó o falló?',
          en: 'Which services did the request go through, and where was it slow or did it fail?',
        },
        scenario: {
          es: 'Qué llamada de un flujo distribuido es la lenta; buscar trazas por una anotación',
          en: 'Which call in a distributed flow is slow; search traces by an annotation',
        },
        retention: {
          es: 'Trazas: 30 días',
          en: 'Traces: 30 days',
        },
        query: {
          es: 'Mapa de trazas y expresiones de filtro sobre anotaciones; `GetTraceSummaries`',
          en: 'Trace map and filter expressions on annotations; `GetTraceSummaries`',
        },
      },
      sources: [
        {title: 'AWS X-Ray concepts', url: 'https://docs.aws.amazon.com/xray/latest/devguide/xray-concepts.html'},
        {
          title: 'Configuring sampling rules',
          url: 'https://docs.aws.amazon.com/xray/latest/devguide/xray-console-sampling.html',
        },
      ],
    },
  ],
};
