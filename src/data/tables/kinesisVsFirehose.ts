// Amazon Kinesis Data Streams vs Amazon Data Firehose, for a developer who must pick one.
// Sources: Kinesis Data Streams API Reference and Developer Guide, Amazon Data Firehose Developer Guide and
// API Reference, linked per row.
import type {ComparisonTableData} from './types';

type Column = 'management' | 'latency' | 'destinations' | 'replay' | 'ordering' | 'typicalUse';

export const kinesisVsFirehose: ComparisonTableData<Column> = {
  caption: {es: 'Kinesis Data Streams y Amazon Data Firehose', en: 'Kinesis Data Streams and Amazon Data Firehose'},
  rowHeader: {es: 'Servicio', en: 'Service'},
  columns: {
    management: {label: {es: 'Consumidores y escalado', en: 'Consumers and scaling'}},
    latency: {label: {es: 'Latencia y búfer', en: 'Latency and buffering'}},
    destinations: {label: {es: 'Destinos', en: 'Destinations'}},
    replay: {label: {es: 'Retención y relectura', en: 'Retention and replay'}},
    ordering: {label: {es: 'Orden', en: 'Ordering'}},
    typicalUse: {label: {es: 'Uso típico', en: 'Typical use'}},
  },
  rows: [
    {
      id: 'streaming-kinesis-data-streams',
      label: {es: 'Amazon Kinesis Data Streams', en: 'Amazon Kinesis Data Streams'},
      cells: {
        management: {
          es: 'Tú escribes los consumidores (KCL, Lambda, SDK); en modo aprovisionado eliges los fragmentos, en bajo demanda los gestiona Kinesis',
          en: 'You write the consumers (KCL, Lambda, SDK); in provisioned mode you choose the shards, in on-demand mode Kinesis manages them',
        },
        latency: {
          es: 'Sin búfer de entrega: los consumidores leen los registros poco después de escribirse (unos 70 ms con distribución ramificada mejorada)',
          en: 'No delivery buffer: consumers read records shortly after they are written (about 70 ms with enhanced fan-out)',
        },
        destinations: {
          es: 'Ninguno integrado: lo que hagan tus consumidores (un flujo de Firehose también puede leer el flujo)',
          en: 'None built in: whatever your consumers do (a Firehose stream can also read the stream)',
        },
        replay: {
          es: '24 h por defecto, hasta 365 días; cada consumidor puede volver a leer',
          en: '24 h by default, up to 365 days; each consumer can read again',
        },
        ordering: {
          es: 'Por fragmento, según el número de secuencia; una misma clave de partición va siempre al mismo fragmento',
          en: 'Per shard, by sequence number; the same partition key always goes to the same shard',
        },
        typicalUse: {
          es: 'Procesar en tiempo real con código propio y varias aplicaciones que leen los mismos datos',
          en: 'Real-time processing with your own code and several applications reading the same data',
        },
      },
      sources: [
        {
          title: 'PutRecords (Kinesis Data Streams API Reference)',
          url: 'https://docs.aws.amazon.com/kinesis/latest/APIReference/API_PutRecords.html',
        },
        {
          title: 'Amazon Kinesis Data Streams terminology and concepts',
          url: 'https://docs.aws.amazon.com/streams/latest/dev/key-concepts.html',
        },
        {
          title: 'Develop enhanced fan-out consumers with dedicated throughput',
          url: 'https://docs.aws.amazon.com/streams/latest/dev/enhanced-consumers.html',
        },
        {
          title: 'Quotas and limits (Kinesis Data Streams)',
          url: 'https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html',
        },
      ],
    },
    {
      id: 'streaming-amazon-data-firehose',
      label: {es: 'Amazon Data Firehose', en: 'Amazon Data Firehose'},
      cells: {
        management: {
          es: 'Totalmente administrado: sin código de consumidor ni recursos que gestionar',
          en: 'Fully managed: no consumer code and no resources to manage',
        },
        latency: {
          es: 'Almacena en búfer por tamaño (1–128 MiB, 5 por defecto) o por intervalo (0–900 s, 300 por defecto) antes de entregar',
          en: 'Buffers by size (1–128 MiB, 5 by default) or by interval (0–900 s, 300 by default) before delivering',
        },
        destinations: {
          es: 'Amazon S3, Amazon Redshift (vía S3), Amazon OpenSearch Service y Serverless, Splunk, tablas de Apache Iceberg y puntos de conexión HTTP',
          en: 'Amazon S3, Amazon Redshift (through S3), Amazon OpenSearch Service and Serverless, Splunk, Apache Iceberg Tables, and HTTP endpoints',
        },
        replay: {
          es: 'No es un flujo que se relea: entrega los datos al destino, y se reprocesan desde allí',
          en: 'Not a stream you read again: it delivers the data to the destination, and you reprocess from there',
        },
        ordering: {
          es: 'Sin fragmentos ni números de secuencia que leer',
          en: 'No shards or sequence numbers to read by',
        },
        typicalUse: {
          es: 'Cargar datos de streaming en S3, Redshift, OpenSearch o un punto de conexión HTTP sin escribir consumidores',
          en: 'Loading streaming data into S3, Redshift, OpenSearch, or an HTTP endpoint without writing consumers',
        },
      },
      sources: [
        {
          title: 'What is Amazon Data Firehose?',
          url: 'https://docs.aws.amazon.com/firehose/latest/dev/what-is-this-service.html',
        },
        {
          title: 'BufferingHints (Amazon Data Firehose API Reference)',
          url: 'https://docs.aws.amazon.com/firehose/latest/APIReference/API_BufferingHints.html',
        },
      ],
    },
  ],
};
