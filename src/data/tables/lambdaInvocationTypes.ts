// AWS Lambda invocation types: synchronous, asynchronous and event source mapping (poll-based).
// Sources: AWS Lambda Developer Guide and Lambda API Reference (linked per row).
import type {ComparisonTableData} from './types';

type LambdaInvocationColumn = 'howItWorks' | 'retries' | 'errorHandling' | 'typicalSources';

export const lambdaInvocationTypes: ComparisonTableData<LambdaInvocationColumn> = {
  caption: {es: 'Tipos de invocación de AWS Lambda', en: 'AWS Lambda invocation types'},
  rowHeader: {es: 'Tipo', en: 'Type'},
  columns: {
    howItWorks: {label: {es: 'Quién espera y cómo funciona', en: 'Who waits, how it works'}},
    retries: {label: {es: 'Reintentos si hay error', en: 'Retries on error'}},
    errorHandling: {label: {es: 'Tratamiento de los fallos', en: 'Failure handling'}},
    typicalSources: {label: {es: 'Orígenes típicos', en: 'Typical sources'}},
  },
  rows: [
    {
      id: 'lambda-invocation-synchronous',
      label: {es: 'Síncrona (`RequestResponse`)', en: 'Synchronous (`RequestResponse`)'},
      cells: {
        howItWorks: {
          es: 'Quien llama espera; Lambda ejecuta la función y devuelve su respuesta (hasta 6 MB)',
          en: 'The caller waits; Lambda runs the function and returns its response (up to 6 MB)',
        },
        retries: {
          es: 'Lambda no reintenta: lo decide quien llama (la CLI y los SDK reintentan los tiempos de espera agotados, las limitaciones y los errores del servicio)',
          en: "Lambda doesn't retry: the caller decides (the CLI and SDKs retry timeouts, throttling, and service errors)",
        },
        errorHandling: {
          es: 'El error vuelve en la respuesta; lo trata el código que llama',
          en: 'The error comes back in the response; the calling code handles it',
        },
        typicalSources: {
          es: 'API Gateway, `aws lambda invoke`, llamadas con el SDK',
          en: 'API Gateway, `aws lambda invoke`, SDK calls',
        },
      },
      sources: [
        {
          title: 'Invoke a Lambda function synchronously',
          url: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-sync.html',
        },
        {
          title: 'Understanding retry behavior in Lambda',
          url: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-retries.html',
        },
        {title: 'Invoke (Lambda API Reference)', url: 'https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html'},
      ],
    },
    {
      id: 'lambda-invocation-asynchronous',
      label: {es: 'Asíncrona (`Event`)', en: 'Asynchronous (`Event`)'},
      cells: {
        howItWorks: {
          es: 'Nadie espera: Lambda pone el evento (hasta 1 MB) en una cola, devuelve 202 y lo entrega después',
          en: 'Nobody waits: Lambda queues the event (up to 1 MB), returns 202, and delivers it later',
        },
        retries: {
          es: 'Errores de la función: 2 reintentos por defecto (0–2); limitaciones y errores del sistema: hasta 6 h',
          en: 'Function errors: 2 retries by default (0–2); throttles and system errors: up to 6 h',
        },
        errorHandling: {
          es: 'Destinos en caso de éxito o de error, o una cola de mensajes fallidos (DLQ: SQS o SNS estándar); antigüedad máxima del evento de 60 s a 6 h',
          en: 'On-success and on-failure destinations, or a dead-letter queue (DLQ: standard SQS or SNS); maximum event age 60 s to 6 h',
        },
        typicalSources: {
          es: 'Amazon S3, Amazon SNS, Amazon EventBridge, `--invocation-type Event`',
          en: 'Amazon S3, Amazon SNS, Amazon EventBridge, `--invocation-type Event`',
        },
      },
      sources: [
        {
          title: 'Invoking a Lambda function asynchronously',
          url: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async.html',
        },
        {
          title: 'How Lambda handles errors and retries with asynchronous invocation',
          url: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html',
        },
        {
          title: 'PutFunctionEventInvokeConfig (Lambda API Reference)',
          url: 'https://docs.aws.amazon.com/lambda/latest/api/API_PutFunctionEventInvokeConfig.html',
        },
        {
          title: 'Capturing records of Lambda asynchronous invocations',
          url: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html',
        },
        {
          title: 'More room to build: serverless services now support payloads up to 1 MB (AWS Compute Blog)',
          url: 'https://aws.amazon.com/blogs/compute/more-room-to-build-serverless-services-now-support-payloads-up-to-1-mb',
        },
      ],
    },
    {
      id: 'lambda-invocation-event-source-mapping',
      label: {es: 'Asignación de orígenes de eventos (sondeo)', en: 'Event source mapping (poll-based)'},
      cells: {
        howItWorks: {
          es: 'Los sondeadores de Lambda leen la cola o el flujo e invocan la función con lotes (hasta 6 MB)',
          en: "Lambda's pollers read the queue or stream and invoke the function with batches (up to 6 MB)",
        },
        retries: {
          es: 'Flujos: el lote entero, hasta que se procese correctamente o caduque (ilimitado por defecto); SQS: el mensaje reaparece tras el tiempo de espera de visibilidad',
          en: 'Streams: the whole batch until it succeeds or expires (unlimited by default); SQS: the message reappears after the visibility timeout',
        },
        errorHandling: {
          es: 'Flujos: dividir el lote, antigüedad máxima, destino en caso de error; SQS: política de redireccionamiento a una DLQ en la cola de origen; `ReportBatchItemFailures`',
          en: 'Streams: bisect batch, maximum record age, on-failure destination; SQS: redrive policy to a DLQ on the source queue; `ReportBatchItemFailures`',
        },
        typicalSources: {
          es: 'Amazon SQS, Kinesis, DynamoDB Streams, Amazon MSK, Apache Kafka, Amazon MQ, Amazon DocumentDB',
          en: 'Amazon SQS, Kinesis, DynamoDB Streams, Amazon MSK, Apache Kafka, Amazon MQ, Amazon DocumentDB',
        },
      },
      sources: [
        {
          title: 'How Lambda processes records from stream and queue-based event sources',
          url: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventsourcemapping.html',
        },
        {
          title: 'CreateEventSourceMapping (Lambda API Reference)',
          url: 'https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html',
        },
        {
          title: 'Creating and configuring an Amazon SQS event source mapping',
          url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html',
        },
      ],
    },
  ],
  note: {
    es: 'En los tres casos el mismo evento puede procesarse más de una vez: el código debe ser idempotente.',
    en: 'In all three cases the same event can be processed more than once: make the code idempotent.',
  },
};
