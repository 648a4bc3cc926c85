// Amazon SQS, Amazon SNS, Amazon EventBridge and Amazon Kinesis Data Streams side by side: delivery
// model, consumers, ordering, retention and typical use. Sources: AWS Amazon SQS Developer Guide and
// API Reference, Amazon SNS Developer Guide, Amazon EventBridge User Guide, Amazon Kinesis Data Streams
// Developer Guide (linked per row).
import type {ComparisonTableData} from './types';

type MessagingServiceColumn = 'model' | 'consumers' | 'ordering' | 'retention' | 'typicalUse';

export const messagingServices: ComparisonTableData<MessagingServiceColumn> = {
  caption: {
    es: 'Servicios de mensajería y eventos de AWS',
    en: 'AWS messaging and event services',
  },
  rowHeader: {es: 'Servicio', en: 'Service'},
  columns: {
    model: {label: {es: 'Modelo', en: 'Model'}},
    consumers: {label: {es: 'Consumidores', en: 'Consumers'}},
    ordering: {label: {es: 'Orden', en: 'Ordering'}},
    retention: {label: {es: 'Retención', en: 'Retention'}},
    typicalUse: {label: {es: 'Uso típico', en: 'Typical use'}},
  },
  rows: [
    {
      id: 'messaging-sqs',
      label: {es: 'Amazon SQS', en: 'Amazon SQS'},
      cells: {
        model: {
          es: 'Cola: los consumidores sondean (`ReceiveMessage`) y borran cada mensaje',
          en: 'Queue: consumers poll (`ReceiveMessage`) and delete each message',
        },
        consumers: {
          es: 'Cada mensaje lo procesa un consumidor; está oculto mientras dura el tiempo de espera de visibilidad',
          en: 'Each message goes to one consumer; it is hidden for the visibility timeout',
        },
        ordering: {
          es: 'Estándar (también las colas justas): orden aproximado, al menos una vez. FIFO: orden estricto por grupo de mensajes, sin duplicados',
          en: 'Standard (fair queues too): best-effort order, at-least-once. FIFO: strict order per message group, no duplicates',
        },
        retention: {
          es: '4 días por defecto; de 1 minuto a 14 días',
          en: '4 days by default; 1 minute to 14 days',
        },
        typicalUse: {
          es: 'Desacoplar y amortiguar trabajo en segundo plano',
          en: 'Decoupling and buffering background work',
        },
      },
      sources: [
        {
          title: 'Amazon SQS standard queues',
          url: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/standard-queues.html',
        },
        {
          title: 'Amazon SQS fair queues',
          url: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-fair-queues.html',
        },
        {
          title: 'Amazon SQS FIFO queue key terms',
          url: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/FIFO-key-terms.html',
        },
        {
          title: 'Amazon SQS message quotas',
          url: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html',
        },
      ],
    },
    {
      id: 'messaging-sns',
      label: {es: 'Amazon SNS', en: 'Amazon SNS'},
      cells: {
        model: {
          es: 'Publicación/suscripción: el tema envía (push) cada mensaje a sus suscripciones',
          en: 'Pub/sub: the topic pushes each message to its subscriptions',
        },
        consumers: {
          es: 'Todos los suscriptores (SQS, Lambda, HTTP/S, correo, SMS, Firehose…); una política de filtro limita lo que recibe cada uno',
          en: 'Every subscriber (SQS, Lambda, HTTP/S, email, SMS, Firehose…); a filter policy narrows what each one gets',
        },
        ordering: {
          es: 'Temas FIFO: orden estricto y sin duplicados hacia colas SQS FIFO',
          en: 'FIFO topics: strict order and no duplicates to SQS FIFO queues',
        },
        retention: {
          es: 'Entrega al momento; los temas FIFO pueden archivar mensajes hasta 365 días para reproducirlos',
          en: 'Delivers at once; FIFO topics can archive messages for up to 365 days to replay them',
        },
        typicalUse: {
          es: 'Distribución ramificada (fan-out) de un evento a varios sistemas; alertas',
          en: 'Fan-out of one event to several systems; alerts',
        },
      },
      sources: [
        {title: 'What is Amazon SNS?', url: 'https://docs.aws.amazon.com/sns/latest/dg/welcome.html'},
        {
          title: 'Amazon SNS message filtering',
          url: 'https://docs.aws.amazon.com/sns/latest/dg/sns-message-filtering.html',
        },
        {
          title: 'Amazon SNS message ordering details for FIFO topics',
          url: 'https://docs.aws.amazon.com/sns/latest/dg/fifo-topic-message-ordering.html',
        },
        {
          title: 'Amazon SNS message archiving and replay for FIFO topics',
          url: 'https://docs.aws.amazon.com/sns/latest/dg/fifo-message-archiving-replay.html',
        },
      ],
    },
    {
      id: 'messaging-eventbridge',
      label: {es: 'Amazon EventBridge', en: 'Amazon EventBridge'},
      cells: {
        model: {
          es: 'Bus de eventos: las reglas comparan cada evento con un patrón y lo enrutan',
          en: 'Event bus: rules match each event against a pattern and route it',
        },
        consumers: {
          es: 'Hasta 5 destinos por regla (Lambda, SQS, SNS, Step Functions, Kinesis, destinos de API…)',
          en: 'Up to 5 targets per rule (Lambda, SQS, SNS, Step Functions, Kinesis, API destinations…)',
        },
        ordering: {
          es: 'AWS no documenta un orden; una reproducción no respeta necesariamente el orden de llegada',
          en: 'No order documented; a replay does not necessarily keep arrival order',
        },
        retention: {
          es: 'Sin cola; un archivo guarda eventos sin límite por defecto (o los días que se indiquen)',
          en: 'No queue; an archive keeps events indefinitely by default (or the days you set)',
        },
        typicalUse: {
          es: 'Arquitecturas orientadas a eventos: enrutar eventos de AWS, SaaS y aplicaciones propias',
          en: 'Event-driven architectures: routing events from AWS, SaaS, and your own applications',
        },
      },
      sources: [
        {
          title: 'Event bus targets in Amazon EventBridge',
          url: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-targets.html',
        },
        {
          title: 'Archiving and replaying events in Amazon EventBridge',
          url: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-archive.html',
        },
        {
          title: 'Rules in Amazon EventBridge',
          url: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rules.html',
        },
      ],
    },
    {
      id: 'messaging-kinesis-data-streams',
      label: {es: 'Amazon Kinesis Data Streams', en: 'Amazon Kinesis Data Streams'},
      cells: {
        model: {
          es: 'Flujo de datos dividido en fragmentos (shards); los registros no se borran al leerlos',
          en: 'Data stream split into shards; reading a record does not delete it',
        },
        consumers: {
          es: 'Varias aplicaciones leen lo mismo a la vez: 2 MB/s compartidos por fragmento, o 2 MB/s para cada una con distribución ramificada mejorada',
          en: 'Several applications read the same data at once: 2 MB/s shared per shard, or 2 MB/s each with enhanced fan-out',
        },
        ordering: {
          es: 'La clave de partición fija el fragmento; cada registro recibe un número de secuencia en él',
          en: 'The partition key picks the shard; each record gets a sequence number in it',
        },
        retention: {
          es: '24 horas por defecto; hasta 8760 horas (365 días)',
          en: '24 hours by default; up to 8,760 hours (365 days)',
        },
        typicalUse: {
          es: 'Streaming en tiempo real (registros, telemetría, clics) con varios consumidores y relectura',
          en: 'Real-time streaming (logs, telemetry, clickstreams) with several consumers and re-reads',
        },
      },
      sources: [
        {
          title: 'Amazon Kinesis Data Streams terminology and concepts',
          url: 'https://docs.aws.amazon.com/streams/latest/dev/key-concepts.html',
        },
        {
          title: 'Develop enhanced fan-out consumers with dedicated throughput',
          url: 'https://docs.aws.amazon.com/streams/latest/dev/enhanced-consumers.html',
        },
      ],
    },
  ],
  note: {
    es: 'Fuera de la tabla: AWS Step Functions no transporta mensajes, sino que orquesta pasos (véase la tabla siguiente).',
    en: 'Not in the table: AWS Step Functions does not carry messages; it orchestrates steps (see the next table).',
  },
};
