// DVA-C03 practice questions for Domain 4 (Troubleshooting and Optimization): Task 4.1 (10), Task 4.2 (10), Task 4.3 (9).
// Each question links the section of this site that teaches it and the AWS page that decides its answer.
// Skills 4.1.5 and 4.3.6 (AI tools) are not covered yet.
import type {PracticeQuestion} from './types';

export const questions: readonly PracticeQuestion[] = [
  // Task 4.1: Assist in a root cause analysis
  {
    id: 't4-1-apigw-proxy-502',
    task: '4.1',
    kind: 'single',
    stem: {
      es: 'Una API de REST de Amazon API Gateway usa una integración de proxy de Lambda. Tras una refactorización, el controlador de la función devuelve directamente el objeto `{"orderId": "1234", "status": "CREATED"}`. Una invocación de prueba en la consola de Lambda se procesa correctamente y los registros de la función no muestran errores, pero los clientes de la API reciben ahora HTTP 502 con `{"message": "Internal server error"}`. ¿Qué debe cambiar el desarrollador?',
      en: 'A REST API in Amazon API Gateway uses a Lambda proxy integration. After a refactor, the function\'s handler returns the object `{"orderId": "1234", "status": "CREATED"}` directly. A test invocation in the Lambda console succeeds and the function\'s logs show no errors, but API clients now receive HTTP 502 with `{"message": "Internal server error"}`. What should the developer change?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Aumentar el tiempo de espera de la función para que API Gateway reciba el cuerpo completo de la respuesta.',
          en: "Increase the function's timeout so that API Gateway receives the complete response body.",
        },
        correct: false,
        explanation: {
          es: 'La función ya termina sin errores; si agotara su tiempo de espera, los registros mostrarían ese error.',
          en: 'The function already finishes without errors; if it ran out of time, its logs would show that error.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Volver a implementar la API en su etapa para que la etapa use el código nuevo de la función.',
          en: "Redeploy the API to its stage so that the stage picks up the function's new code.",
        },
        correct: false,
        explanation: {
          es: 'Una implementación en la etapa publica cambios de la configuración de la API; aquí la API no cambió y el 502 viene de la respuesta de la función.',
          en: "A stage deployment publishes changes to the API's configuration; the API didn't change here, and the 502 comes from the function's response.",
        },
      },
      {
        id: 'c',
        text: {
          es: 'Devolver un objeto con `statusCode`, `headers` y `body`, con `body` como cadena JSON.',
          en: 'Return an object with `statusCode`, `headers`, and `body`, with `body` as a JSON string.',
        },
        correct: true,
        explanation: {
          es: 'Con una integración de proxy, la función debe devolver ese formato; si devuelve cualquier otro, API Gateway devuelve 502.',
          en: 'With a proxy integration the function must return that format; if it returns any other format, API Gateway returns 502.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Exigir que los clientes envíen el encabezado `Content-Type: application/json` en sus solicitudes.',
          en: 'Require clients to send the `Content-Type: application/json` header in their requests.',
        },
        correct: false,
        explanation: {
          es: 'La solicitud llega a la función y se procesa; el fallo está en el formato de la respuesta de la función, no en la solicitud.',
          en: "The request reaches the function and is processed; the failure is in the format of the function's response, not in the request.",
        },
      },
    ],
    section: 'beyond/api-gateway#integrations',
    source: {
      title: 'Handling Lambda errors with an API Gateway API',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-apigateway-errors.html',
    },
  },
  {
    id: 't4-1-lambda-vpc-nat',
    task: '4.1',
    kind: 'single',
    stem: {
      es: 'Una función de Lambda está conectada a subredes privadas de una VPC para leer de una base de datos de Amazon RDS. También debe llamar a la API de pagos de un tercero a través de Internet. Las consultas a la base de datos funcionan, pero las llamadas a la API de pagos agotan el tiempo de espera. El grupo de seguridad de la función permite todo el tráfico saliente. ¿Qué cambio resuelve el problema?',
      en: "A Lambda function is connected to private subnets of a VPC so that it can read from an Amazon RDS database. It must also call a third-party payment API over the internet. The database queries work, but the calls to the payment API time out. The function's security group allows all outbound traffic. Which change fixes the problem?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Enviar el tráfico de Internet de las subredes privadas a un gateway NAT de una subred pública.',
          en: "Route the private subnets' internet traffic through a NAT gateway in a public subnet.",
        },
        correct: true,
        explanation: {
          es: 'Una función conectada a una VPC solo sale a Internet a través de un gateway NAT situado en una subred pública.',
          en: 'A VPC-connected function reaches the internet only through a NAT gateway in a public subnet.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Conectar la función a las subredes públicas de la VPC en lugar de a las privadas.',
          en: "Connect the function to the VPC's public subnets instead of the private ones.",
        },
        correct: false,
        explanation: {
          es: 'En una subred pública la función no recibe una IP pública, así que sigue sin acceso a Internet.',
          en: 'In a public subnet the function gets no public IP address, so it still has no internet access.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Subir el tiempo de espera de la función al máximo de 15 minutos.',
          en: "Raise the function's timeout to the maximum of 15 minutes.",
        },
        correct: false,
        explanation: {
          es: 'Sin una ruta a Internet la llamada nunca llega a su destino; la función solo esperaría más antes de fallar.',
          en: 'Without a route to the internet the call never reaches its destination; the function would only wait longer before failing.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Asociar la política administrada `AWSLambdaVPCAccessExecutionRole` al rol de ejecución de la función.',
          en: "Attach the `AWSLambdaVPCAccessExecutionRole` managed policy to the function's execution role.",
        },
        correct: false,
        explanation: {
          es: 'Esa política permite crear las interfaces de red en la VPC; como la función ya llega a la base de datos, lo que falta es la ruta a Internet.',
          en: 'That policy lets Lambda create the network interfaces in the VPC; the function already reaches the database, so what is missing is the route to the internet.',
        },
      },
    ],
    section: 'beyond/lambda#vpc-access',
    source: {
      title: 'Enable internet access for VPC-connected Lambda functions',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc-internet.html',
    },
  },
  {
    id: 't4-1-sqs-visibility-duplicates',
    task: '4.1',
    kind: 'single',
    stem: {
      es: 'Varios trabajadores en instancias de EC2 leen una cola estándar de Amazon SQS creada con la configuración predeterminada. Cada mensaje tarda unos 2 minutos en procesarse y después el trabajador lo elimina. Los registros muestran que el mismo pedido se procesa dos o tres veces en trabajadores distintos, sin ningún error. ¿Qué cambio corrige la causa?',
      en: 'Several workers on EC2 instances read an Amazon SQS standard queue that was created with the default settings. Each message takes about 2 minutes to process, and then the worker deletes it. The logs show the same order processed two or three times by different workers, with no errors. Which change fixes the cause?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Activar el sondeo largo con `ReceiveMessageWaitTimeSeconds` a 20 segundos.',
          en: 'Turn on long polling with `ReceiveMessageWaitTimeSeconds` set to 20 seconds.',
        },
        correct: false,
        explanation: {
          es: 'El sondeo largo reduce las respuestas vacías; no mantiene oculto un mensaje mientras se procesa.',
          en: "Long polling reduces empty responses; it doesn't keep a message hidden while it is being processed.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'Fijar el atributo `DelaySeconds` de la cola en 120 segundos.',
          en: "Set the queue's `DelaySeconds` attribute to 120 seconds.",
        },
        correct: false,
        explanation: {
          es: 'El retraso solo pospone la primera entrega de cada mensaje nuevo; después de recibirlo, el mensaje vuelve a ser visible igual que antes.',
          en: 'A delay only postpones the first delivery of each new message; once received, the message becomes visible again just as before.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Pasar a una cola FIFO con deduplicación basada en el contenido.',
          en: 'Move to a FIFO queue with content-based deduplication.',
        },
        correct: false,
        explanation: {
          es: 'La deduplicación solo descarta envíos repetidos; un mensaje recibido y no eliminado antes de que termine su tiempo de espera de visibilidad se vuelve a entregar también en FIFO.',
          en: "Deduplication only discards repeated sends; a received message that isn't deleted before its visibility timeout ends is delivered again in FIFO too.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'Subir el tiempo de espera de visibilidad de la cola por encima del tiempo de procesamiento.',
          en: "Raise the queue's visibility timeout above the processing time.",
        },
        correct: true,
        explanation: {
          es: 'Con los 30 segundos predeterminados, el mensaje vuelve a ser visible antes de que el trabajador lo elimine y otro trabajador lo recibe.',
          en: 'With the default of 30 seconds, the message becomes visible again before the worker deletes it, and another worker receives it.',
        },
      },
    ],
    section: 'beyond/messaging#visibility-and-polling',
    source: {
      title: 'Amazon SQS visibility timeout',
      url: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-visibility-timeout.html',
    },
  },
  {
    id: 't4-1-apigw-latency-backend',
    task: '4.1',
    kind: 'single',
    stem: {
      es: 'Los usuarios dicen que una API de pedidos va lenta. Es una API de REST de API Gateway con una integración de Lambda. En Amazon CloudWatch, la métrica `Latency` de la API tiene un p99 de 4,2 segundos y la métrica `IntegrationLatency`, un p99 de 4,1 segundos; `4XXError` y `5XXError` no cambian. ¿Qué puede concluir el desarrollador?',
      en: "Users report that an order API is slow. It is a REST API in API Gateway with a Lambda integration. In Amazon CloudWatch, the API's `Latency` metric has a p99 of 4.2 seconds, and its `IntegrationLatency` metric has a p99 of 4.1 seconds; `4XXError` and `5XXError` are flat. What can the developer conclude?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'El procesamiento propio de API Gateway, como la autorización y las asignaciones, causa casi todo el retraso.',
          en: "API Gateway's own processing, such as authorization and mappings, causes most of the delay.",
        },
        correct: false,
        explanation: {
          es: 'Ese tiempo es la diferencia entre `Latency` e `IntegrationLatency`, que aquí es de unos 0,1 segundos.',
          en: 'That time is the difference between `Latency` and `IntegrationLatency`, here about 0.1 seconds.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Casi todo el tiempo se va en el backend, así que lo siguiente es investigar la función.',
          en: 'Almost all the time is spent in the backend, so the function is what to investigate next.',
        },
        correct: true,
        explanation: {
          es: '`IntegrationLatency` mide solo el backend y `Latency` lo incluye; si las dos son casi iguales, el cuello de botella es el backend.',
          en: '`IntegrationLatency` measures only the backend, and `Latency` includes it; when the two are nearly equal, the backend is the bottleneck.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'API Gateway está limitando a los clientes, que reintentan sus solicitudes.',
          en: 'API Gateway is throttling the clients, and they are retrying their requests.',
        },
        correct: false,
        explanation: {
          es: 'Una solicitud limitada recibe 429, un error del cliente que haría subir `4XXError`, y esa métrica no cambia.',
          en: 'A throttled request gets 429, a client-side error that would raise `4XXError`, and that metric is flat.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'La caché de la API devuelve respuestas obsoletas que ralentizan la API.',
          en: 'The API cache is returning stale responses that slow the API down.',
        },
        correct: false,
        explanation: {
          es: 'Una respuesta servida desde la caché no llega al backend y reduce la latencia; no explica un backend lento.',
          en: "A response served from the cache never reaches the backend and lowers latency; it doesn't explain a slow backend.",
        },
      },
    ],
    section: 'beyond/observability#service-metrics',
    source: {
      title: 'Amazon API Gateway dimensions and metrics',
      url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-metrics-and-dimensions.html',
    },
  },
  {
    id: 't4-1-lambda-account-throttles',
    task: '4.1',
    kind: 'single',
    stem: {
      es: 'Durante una campaña de ventas, varias funciones de Lambda sin relación entre sí, de la misma cuenta y región, empiezan a devolver `TooManyRequestsException` (HTTP 429) a sus llamadores síncronos, y su métrica `Throttles` sube. Ninguna tiene simultaneidad reservada. La métrica `ConcurrentExecutions` de todas las funciones de la cuenta se estanca en 1000 durante el pico, mientras `Errors` y `Duration` no cambian. ¿Cuál es la causa más probable?',
      en: "During a sales event, several unrelated Lambda functions in the same account and Region start returning `TooManyRequestsException` (HTTP 429) to their synchronous callers, and their `Throttles` metric rises. None of them has reserved concurrency. The `ConcurrentExecutions` metric for all the account's functions levels off at 1,000 during the peak, while `Errors` and `Duration` don't change. What is the most likely cause?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Los tiempos de espera de las funciones son demasiado cortos para la carga adicional.',
          en: "The functions' timeouts are too short for the extra load.",
        },
        correct: false,
        explanation: {
          es: 'Un tiempo de espera agotado es un error de la función que haría subir `Errors`, y esa métrica no cambia; una solicitud limitada ni siquiera se ejecuta.',
          en: 'A timeout is a function error that would raise `Errors`, which is flat; a throttled request never runs at all.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Las funciones necesitan más memoria para procesar las solicitudes más rápido.',
          en: 'The functions need more memory to process requests faster.',
        },
        correct: false,
        explanation: {
          es: '`Duration` no cambia y la memoria no añade simultaneidad; las solicitudes se rechazan antes de ejecutarse.',
          en: '`Duration` is flat, and memory adds no concurrency; the requests are rejected before they run.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Se ha alcanzado la cuota de simultaneidad de la cuenta, compartida por todas las funciones.',
          en: "The account's concurrency quota, shared by all functions, has been reached.",
        },
        correct: true,
        explanation: {
          es: 'Por defecto una cuenta tiene 1000 ejecuciones simultáneas por región, compartidas por todas sus funciones; por encima, las solicitudes se limitan.',
          en: 'By default an account has 1,000 concurrent executions per Region, shared by all its functions; above that, requests are throttled.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Cada función ha llegado a su propio ritmo de escalado de 1000 entornos de ejecución cada 10 segundos.',
          en: 'Each function has reached its own scaling rate of 1,000 execution environments every 10 seconds.',
        },
        correct: false,
        explanation: {
          es: 'Ese ritmo se aplica a cada función por separado; un techo de 1000 compartido por varias funciones a la vez señala la cuota de la cuenta.',
          en: 'That rate applies to each function on its own; a ceiling of 1,000 shared by several functions at once points to the account quota.',
        },
      },
    ],
    section: 'beyond/lambda#account-concurrency-quota',
    source: {
      title: 'Understanding Lambda function scaling',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html',
    },
  },
  {
    id: 't4-1-xray-slow-subsegment',
    task: '4.1',
    kind: 'single',
    stem: {
      es: 'El p99 de latencia de un servicio de pedidos en Lambda se ha duplicado. El desarrollador abre una traza de AWS X-Ray de una solicitud lenta. El segmento de la función dura 3,2 segundos. Sus subsegmentos muestran una llamada `GetItem` a DynamoDB de 25 ms, una llamada `PutItem` de 30 ms y una llamada HTTP a un servicio externo de impuestos de 2,9 segundos. Ninguno está marcado como error, fallo o limitación. ¿Qué muestra la traza?',
      en: "The p99 latency of an order service on Lambda has doubled. The developer opens an AWS X-Ray trace of a slow request. The function's segment lasts 3.2 seconds. Its subsegments show a DynamoDB `GetItem` call of 25 ms, a `PutItem` call of 30 ms, and an HTTP call to an external tax service of 2.9 seconds. None of them is marked as an error, fault, or throttle. What does the trace show?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'La mayor parte del tiempo de la solicitud se pasa esperando al servicio externo de impuestos.',
          en: "Most of the request's time is spent waiting for the external tax service.",
        },
        correct: true,
        explanation: {
          es: 'Los subsegmentos registran la duración de cada llamada a otros servicios; la llamada HTTP ocupa 2,9 de los 3,2 segundos.',
          en: 'Subsegments record the timing of each downstream call; the HTTP call takes 2.9 of the 3.2 seconds.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'DynamoDB está limitando las solicitudes de la función.',
          en: "DynamoDB is throttling the function's requests.",
        },
        correct: false,
        explanation: {
          es: 'Los subsegmentos de DynamoDB duran milisegundos y ninguno está marcado como limitación (429).',
          en: 'The DynamoDB subsegments take milliseconds, and none is marked as a throttle (429).',
        },
      },
      {
        id: 'c',
        text: {
          es: 'El propio código de la función dedica casi todo el tiempo a calcular.',
          en: "The function's own code spends most of the time computing.",
        },
        correct: false,
        explanation: {
          es: 'Fuera de las tres llamadas quedan unos 0,2 segundos; más memoria o CPU no acortaría la espera al servicio externo.',
          en: "Only about 0.2 seconds remain outside the three calls; more memory or CPU wouldn't shorten the wait for the external service.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'API Gateway añade la mayor parte de la latencia antes de que empiece a ejecutarse el código de la función.',
          en: "API Gateway adds most of the latency before the function's code starts to run.",
        },
        correct: false,
        explanation: {
          es: 'Solo el segmento de la función ya dura 3,2 segundos, y casi todo ese tiempo está dentro de la llamada externa.',
          en: "The function's segment alone lasts 3.2 seconds, and almost all of it is inside the external call.",
        },
      },
    ],
    section: 'beyond/observability#segments-and-traces',
    source: {title: 'AWS X-Ray concepts', url: 'https://docs.aws.amazon.com/xray/latest/devguide/xray-concepts.html'},
  },
  {
    id: 't4-1-logs-insights-report-p99',
    task: '4.1',
    kind: 'single',
    stem: {
      es: 'Un desarrollador debe obtener, en el grupo de registros de una función de Lambda y para las últimas 24 horas, el p99 de la duración de las invocaciones en intervalos de 5 minutos, junto con la memoria máxima usada, sin cambiar el código de la función. ¿Qué consulta de CloudWatch Logs Insights lo devuelve?',
      en: "A developer must get, from the log group of a Lambda function and for the last 24 hours, the p99 duration of the invocations in 5-minute intervals, together with the maximum memory used, without changing the function's code. Which CloudWatch Logs Insights query returns that?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: '`filter @type = "START" | stats pct(@duration, 99), max(@maxMemoryUsed) by bin(5m)`',
          en: '`filter @type = "START" | stats pct(@duration, 99), max(@maxMemoryUsed) by bin(5m)`',
        },
        correct: false,
        explanation: {
          es: 'La línea `START` marca el inicio de una invocación; la duración y la memoria usada están en la línea `REPORT`.',
          en: 'The `START` line marks the beginning of an invocation; the duration and the memory used are in the `REPORT` line.',
        },
      },
      {
        id: 'b',
        text: {
          es: '`fields @timestamp, @duration | sort @duration desc | limit 99`',
          en: '`fields @timestamp, @duration | sort @duration desc | limit 99`',
        },
        correct: false,
        explanation: {
          es: 'Devuelve los 99 registros más lentos de todo el periodo, no un percentil por intervalo de 5 minutos, y no incluye la memoria.',
          en: 'It returns the 99 slowest records of the whole period, not a percentile per 5-minute interval, and it leaves out memory.',
        },
      },
      {
        id: 'c',
        text: {
          es: '`filter @type = "REPORT" | stats avg(@duration), max(@maxMemoryUsed) by @logStream`',
          en: '`filter @type = "REPORT" | stats avg(@duration), max(@maxMemoryUsed) by @logStream`',
        },
        correct: false,
        explanation: {
          es: 'Promedia por flujo de registros, es decir, por entorno de ejecución: la media esconde la cola lenta y el resultado no se divide en el tiempo.',
          en: "It averages per log stream, that is, per execution environment: the average hides the slow tail, and the result isn't broken down by time.",
        },
      },
      {
        id: 'd',
        text: {
          es: '`filter @type = "REPORT" | stats pct(@duration, 99), max(@maxMemoryUsed) by bin(5m)`',
          en: '`filter @type = "REPORT" | stats pct(@duration, 99), max(@maxMemoryUsed) by bin(5m)`',
        },
        correct: true,
        explanation: {
          es: 'Las líneas `REPORT` traen `@duration` y `@maxMemoryUsed`; `pct` calcula el percentil y `bin(5m)` agrupa por intervalos de tiempo.',
          en: '`REPORT` lines carry `@duration` and `@maxMemoryUsed`; `pct` computes the percentile, and `bin(5m)` groups by time interval.',
        },
      },
    ],
    section: 'beyond/observability#logs-insights',
    source: {
      title: 'Sample queries (CloudWatch Logs Insights)',
      url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_QuerySyntax-examples.html',
    },
  },
  {
    id: 't4-1-metric-filter-not-retroactive',
    task: '4.1',
    kind: 'single',
    stem: {
      es: 'Ayer, entre las 14:00 y las 15:00, hubo un incidente en una aplicación. Hoy un desarrollador crea un filtro de métricas en el grupo de registros de la aplicación que cuenta los eventos con el texto `PaymentDeclined`, pero la métrica nueva no tiene datos de ayer. ¿Cómo puede obtener el desarrollador el recuento de ayer?',
      en: "Yesterday, between 14:00 and 15:00, an application had an incident. Today a developer creates a metric filter on the application's log group that counts events containing `PaymentDeclined`, but the new metric has no data for yesterday. How can the developer get yesterday's count?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Esperar hasta 24 horas a que el filtro de métricas procese los eventos anteriores.',
          en: 'Wait up to 24 hours for the metric filter to process the earlier events.',
        },
        correct: false,
        explanation: {
          es: 'Un filtro de métricas no es retroactivo: solo cuenta los eventos que llegan después de crearlo.',
          en: "A metric filter isn't retroactive: it only counts events that arrive after it is created.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'Ejecutar sobre el intervalo de ayer una consulta de Logs Insights que filtre y cuente `PaymentDeclined`.',
          en: "Run a Logs Insights query over yesterday's interval that filters and counts `PaymentDeclined`.",
        },
        correct: true,
        explanation: {
          es: 'Logs Insights consulta los eventos ya guardados en el grupo de registros para el intervalo de tiempo que se elija.',
          en: 'Logs Insights queries the events already stored in the log group for whatever time range you choose.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Dar al filtro de métricas un valor predeterminado de 0 para que rellene los periodos que faltan.',
          en: 'Give the metric filter a default value of 0 so that it fills in the periods that are missing.',
        },
        correct: false,
        explanation: {
          es: 'El valor predeterminado se publica en periodos en los que llegan registros sin coincidencias; no reconstruye datos del pasado.',
          en: "The default value is published for periods in which logs arrive with no matches; it doesn't rebuild past data.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'Añadir un filtro de suscripción que envíe los eventos coincidentes a una función de Lambda.',
          en: 'Add a subscription filter that sends the matching events to a Lambda function.',
        },
        correct: false,
        explanation: {
          es: 'Un filtro de suscripción entrega casi en tiempo real los eventos nuevos que llegan, no los de ayer.',
          en: "A subscription filter delivers the new events as they arrive, in near real time, not yesterday's.",
        },
      },
    ],
    section: 'beyond/observability#metric-and-subscription-filters',
    source: {
      title: 'Creating metrics from log events using filters',
      url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/MonitoringLogData.html',
    },
  },
  {
    id: 't4-1-cfn-rollback-complete',
    task: '4.1',
    kind: 'multiple',
    stem: {
      es: 'El comando `aws cloudformation create-stack` de una pila nueva termina en `ROLLBACK_COMPLETE`. El desarrollador debe averiguar qué recurso falló y por qué, y después implementar la plantilla corregida con el mismo nombre de pila. ¿Qué acciones debe llevar a cabo? (Elige DOS.)',
      en: 'The `aws cloudformation create-stack` command for a new stack ends in `ROLLBACK_COMPLETE`. The developer must find out which resource failed and why, and then deploy the fixed template with the same stack name. Which actions should the developer take? (Choose TWO.)',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Ejecutar `describe-stack-events` y leer `ResourceStatusReason` en los eventos `CREATE_FAILED`.',
          en: 'Run `describe-stack-events` and read `ResourceStatusReason` on the `CREATE_FAILED` events.',
        },
        correct: true,
        explanation: {
          es: 'Los eventos de la pila dicen qué recurso falló, y `ResourceStatusReason` explica el motivo.',
          en: 'The stack events show which resource failed, and `ResourceStatusReason` gives the reason.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Ejecutar `aws cloudformation continue-update-rollback` sobre la pila tras corregir la plantilla.',
          en: 'Run `aws cloudformation continue-update-rollback` on the stack after fixing the template.',
        },
        correct: false,
        explanation: {
          es: 'Continuar la reversión sirve para una pila en `UPDATE_ROLLBACK_FAILED`; esta falló al crearse y está en `ROLLBACK_COMPLETE`.',
          en: 'Continuing the rollback applies to a stack in `UPDATE_ROLLBACK_FAILED`; this one failed on creation and is in `ROLLBACK_COMPLETE`.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Ejecutar `aws cloudformation update-stack` con la plantilla corregida.',
          en: 'Run `aws cloudformation update-stack` with the fixed template.',
        },
        correct: false,
        explanation: {
          es: 'Una pila en `ROLLBACK_COMPLETE` solo admite una operación: eliminarla.',
          en: 'A stack in `ROLLBACK_COMPLETE` allows only one operation: deleting it.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Ejecutar `aws cloudformation detect-stack-drift` para listar los recursos cuya creación falló.',
          en: 'Run `aws cloudformation detect-stack-drift` to list the resources whose creation failed.',
        },
        correct: false,
        explanation: {
          es: 'La detección de desviaciones encuentra cambios hechos fuera de CloudFormation; no explica por qué falló una creación.',
          en: "Drift detection finds changes made outside CloudFormation; it doesn't explain why a creation failed.",
        },
      },
      {
        id: 'e',
        text: {
          es: 'Eliminar la pila y volver a crearla con la plantilla corregida.',
          en: 'Delete the stack and create it again with the fixed template.',
        },
        correct: true,
        explanation: {
          es: 'Como la pila solo se puede eliminar, hay que borrarla antes de crear de nuevo otra con el mismo nombre.',
          en: 'Because the stack can only be deleted, it must be deleted before a new one with the same name is created.',
        },
      },
    ],
    section: 'beyond/observability#deployment-failures',
    source: {
      title: 'View CloudFormation stack events',
      url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/view-stack-events.html',
    },
  },
  {
    id: 't4-1-ecs-stopped-reason',
    task: '4.1',
    kind: 'single',
    stem: {
      es: 'Después de implementar una revisión nueva de la definición de tarea en un servicio de Amazon ECS sobre AWS Fargate, las tareas arrancan y se detienen una y otra vez, y la aplicación no llega a escribir nada en su grupo de registros de CloudWatch Logs. ¿Dónde debe mirar primero el desarrollador para saber por qué se detuvieron las tareas?',
      en: 'After a new task definition revision is deployed to an Amazon ECS service on AWS Fargate, tasks start and stop over and over, and the application never writes anything to its CloudWatch Logs log group. Where should the developer look first to find out why the tasks stopped?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'En el historial de eventos de CloudTrail, buscando las llamadas a la API que detuvieron las tareas.',
          en: 'In the CloudTrail event history, looking for the API calls that stopped the tasks.',
        },
        correct: false,
        explanation: {
          es: 'CloudTrail registra quién llamó a qué API; no registra por qué un contenedor terminó o no llegó a arrancar.',
          en: "CloudTrail records who called which API; it doesn't record why a container exited or failed to start.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'En la salida de la instrucción `HEALTHCHECK` del Dockerfile de la imagen.',
          en: "In the output of the `HEALTHCHECK` instruction in the image's Dockerfile.",
        },
        correct: false,
        explanation: {
          es: 'ECS no vigila el `HEALTHCHECK` de la imagen, solo la comprobación de estado de la definición de tarea.',
          en: "ECS doesn't monitor the image's `HEALTHCHECK`, only the health check in the task definition.",
        },
      },
      {
        id: 'c',
        text: {
          es: 'En `stopCode` y `stoppedReason`, que `aws ecs describe-tasks` da para las tareas detenidas.',
          en: 'In `stopCode` and `stoppedReason`, from `aws ecs describe-tasks` on the stopped tasks.',
        },
        correct: true,
        explanation: {
          es: 'Para una tarea detenida, `DescribeTasks` devuelve `stopCode` y `stoppedReason`, que explican por qué se detuvo aunque la aplicación no haya escrito nada.',
          en: 'For a stopped task, `DescribeTasks` returns `stopCode` and `stoppedReason`, which explain why it stopped even when the application logged nothing.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'En los registros del agente de CodeDeploy, en `/var/log/aws/codedeploy-agent` del host de los contenedores.',
          en: 'In the CodeDeploy agent logs, under `/var/log/aws/codedeploy-agent` on the container host.',
        },
        correct: false,
        explanation: {
          es: 'Fargate no da acceso a ningún host, y ese registro pertenece a implementaciones de CodeDeploy en instancias de EC2 o locales.',
          en: 'Fargate gives no access to a host, and that log belongs to CodeDeploy deployments on EC2 or on-premises instances.',
        },
      },
    ],
    section: 'beyond/observability#deployment-failures',
    source: {
      title: 'Task (Amazon ECS API Reference)',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Task.html',
    },
  },

  // Task 4.2: Apply logging, monitoring, and observability best practices
  {
    id: 't4-2-lambda-json-log-level',
    task: '4.2',
    kind: 'multiple',
    stem: {
      es: 'Una función de Lambda en Python escribe registros con el módulo `logging` en los niveles `DEBUG`, `INFO` y `ERROR`, todos como texto sin formato. En producción, el equipo quiere solo los registros `INFO` y más graves, cada uno como JSON con el ID de solicitud, para que Logs Insights filtre por campos, y sin cambiar el código. ¿Qué cambios de configuración cumplen estos requisitos? (Elige DOS.)',
      en: 'A Python Lambda function writes records with the `logging` module at the `DEBUG`, `INFO`, and `ERROR` levels, all as plain text. In production, the team wants only `INFO` and more severe records, each one as JSON with the request ID so that Logs Insights can filter by field, and without changing the code. Which configuration changes meet these requirements? (Choose TWO.)',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Fijar el nivel de registro del sistema (`SystemLogLevel`) de la función en `INFO`.',
          en: "Set the function's system log level (`SystemLogLevel`) to `INFO`.",
        },
        correct: false,
        explanation: {
          es: 'El nivel del sistema filtra los registros que genera la propia Lambda, no los de la aplicación.',
          en: "The system log level filters the logs that Lambda itself generates, not the application's records.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'Cambiar el formato de registro (`LogFormat`) de la función a `JSON`.',
          en: "Change the function's log format (`LogFormat`) to `JSON`.",
        },
        correct: true,
        explanation: {
          es: 'Con JSON, cada registro del módulo `logging` incluye `timestamp`, `level`, `message` y `requestId`, y se puede filtrar por nivel.',
          en: 'With JSON, each record from the `logging` module includes `timestamp`, `level`, `message`, and `requestId`, and log-level filtering becomes available.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Sustituir las llamadas a `logging` por `print` para que Lambda les dé formato.',
          en: 'Replace the `logging` calls with `print` so that Lambda formats them.',
        },
        correct: false,
        explanation: {
          es: 'La salida de `print` sigue siendo texto aunque el formato sea JSON, y además obliga a cambiar el código.',
          en: 'Output from `print` stays plain text even with the JSON format, and it means changing the code.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Fijar el nivel de registro de la aplicación (`ApplicationLogLevel`) en `INFO`.',
          en: 'Set the application log level (`ApplicationLogLevel`) to `INFO`.',
        },
        correct: true,
        explanation: {
          es: 'Lambda descarta los registros más detallados que el nivel elegido, así que los `DEBUG` no llegan a CloudWatch Logs; solo funciona con el formato JSON.',
          en: "Lambda drops records more detailed than the chosen level, so `DEBUG` records don't reach CloudWatch Logs; it works only with the JSON format.",
        },
      },
      {
        id: 'e',
        text: {
          es: 'Crear un filtro de métricas que descarte los eventos `DEBUG` del grupo de registros.',
          en: 'Create a metric filter that discards the `DEBUG` events from the log group.',
        },
        correct: false,
        explanation: {
          es: 'Un filtro de métricas publica una métrica a partir de los eventos que coinciden; no elimina eventos del grupo.',
          en: "A metric filter publishes a metric from matching events; it doesn't remove events from the log group.",
        },
      },
    ],
    section: 'beyond/observability#structured-logging',
    source: {
      title: 'Configuring advanced logging controls for Lambda functions',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs-advanced.html',
    },
  },
  {
    id: 't4-2-log-group-retention',
    task: '4.2',
    kind: 'single',
    stem: {
      es: 'El costo de CloudWatch Logs de un equipo crece cada mes. Los grupos de registros de sus funciones de Lambda guardan eventos de hace dos años, y la política de la empresa pide conservar solo 30 días. ¿Qué solución tiene la menor carga operativa?',
      en: "A team's CloudWatch Logs costs grow every month. The log groups of its Lambda functions hold events from two years ago, and company policy requires keeping only 30 days. Which solution has the least operational overhead?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Programar una función de Lambda que elimine los flujos de registros de más de 30 días.',
          en: 'Schedule a Lambda function that deletes log streams older than 30 days.',
        },
        correct: false,
        explanation: {
          es: 'Funcionaría, pero es código que escribir y mantener; la retención hace lo mismo con un solo ajuste.',
          en: 'It would work, but it is code to write and maintain; retention does the same with a single setting.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Fijar una retención de 30 días en cada grupo de registros (`put-retention-policy`).',
          en: 'Set a 30-day retention on each log group (`put-retention-policy`).',
        },
        correct: true,
        explanation: {
          es: 'Por defecto un grupo de registros guarda los eventos para siempre; con una retención, CloudWatch Logs elimina los eventos más antiguos.',
          en: 'By default a log group keeps events forever; with a retention setting, CloudWatch Logs deletes the older events.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Cambiar el formato de registro de las funciones a JSON para que los eventos ocupen menos.',
          en: "Change the functions' log format to JSON so that events take up less space.",
        },
        correct: false,
        explanation: {
          es: 'El formato cambia cómo se escribe cada registro, no cuánto tiempo lo conserva CloudWatch Logs.',
          en: 'The format changes how each record is written, not how long CloudWatch Logs keeps it.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Añadir a los grupos de registros una regla de ciclo de vida de S3 que caduque los eventos a los 30 días.',
          en: 'Add an S3 Lifecycle rule to the log groups that expires events after 30 days.',
        },
        correct: false,
        explanation: {
          es: 'Las reglas de ciclo de vida se aplican a objetos de buckets de S3, no a grupos de registros de CloudWatch Logs.',
          en: 'Lifecycle rules apply to objects in S3 buckets, not to CloudWatch Logs log groups.',
        },
      },
    ],
    section: 'beyond/observability#log-groups-and-retention',
    source: {
      title: 'Working with log groups and log streams',
      url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html',
    },
  },
  {
    id: 't4-2-emf-custom-metric',
    task: '4.2',
    kind: 'single',
    stem: {
      es: 'Una función de Lambda que procesa pedidos debe publicar una métrica personalizada, `ProcessingTime`, con la dimensión `Environment`. El equipo no quiere que el controlador haga una llamada síncrona a la API de CloudWatch en cada invocación, y quiere conservar el detalle de cada pedido donde Logs Insights pueda consultarlo. ¿Qué enfoque cumple estos requisitos?',
      en: "A Lambda function that processes orders must publish a custom metric, `ProcessingTime`, with an `Environment` dimension. The team doesn't want the handler to make a synchronous call to the CloudWatch API on each invocation, and it wants the detail of each order kept where Logs Insights can query it. Which approach meets these requirements?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Llamar a `PutMetricData` con `StorageResolution` a 1 al final de cada invocación.',
          en: 'Call `PutMetricData` with `StorageResolution` set to 1 at the end of each invocation.',
        },
        correct: false,
        explanation: {
          es: 'Sigue siendo una llamada a la API de CloudWatch en cada invocación, y cada una se cobra; la alta resolución solo cambia la granularidad.',
          en: 'It is still a CloudWatch API call on every invocation, each one charged; high resolution only changes the granularity.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Activar Lambda Insights en la función para recoger el tiempo de procesamiento.',
          en: 'Turn on Lambda Insights for the function to collect the processing time.',
        },
        correct: false,
        explanation: {
          es: 'Lambda Insights recoge métricas del sistema (CPU, memoria, arranques en frío), no una métrica de negocio que solo conoce el código.',
          en: 'Lambda Insights collects system metrics (CPU, memory, cold starts), not a business metric that only the code knows.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Escribir cada pedido como evento de registro en formato de métricas integradas (EMF).',
          en: 'Write each order as a log event in the embedded metric format (EMF).',
        },
        correct: true,
        explanation: {
          es: 'CloudWatch Logs extrae la métrica del evento de forma asíncrona, y el evento detallado queda en el registro para Logs Insights.',
          en: 'CloudWatch Logs extracts the metric from the log event asynchronously, and the detailed event stays in the log for Logs Insights.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Activar el rastreo activo y leer el tiempo de procesamiento en las trazas de X-Ray.',
          en: 'Turn on active tracing and read the processing time from the X-Ray traces.',
        },
        correct: false,
        explanation: {
          es: 'Las trazas muestran dónde se va el tiempo de cada solicitud, pero no publican una métrica personalizada de CloudWatch con la dimensión `Environment`.',
          en: "Traces show where each request's time goes, but they don't publish a CloudWatch custom metric with the `Environment` dimension.",
        },
      },
    ],
    section: 'beyond/observability#embedded-metric-format',
    source: {
      title: 'Embedding metrics within logs',
      url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format.html',
    },
  },
  {
    id: 't4-2-custom-metric-dimensions',
    task: '4.2',
    kind: 'single',
    stem: {
      es: 'Una aplicación publica desde hace semanas la métrica personalizada `OrdersPlaced` en el espacio de nombres `MyApp/Orders` con `PutMetricData`, siempre con dos dimensiones: `Environment` y `Channel` (`web` o `mobile`). Un gráfico de un panel que selecciona `OrdersPlaced` solo con `Environment=prod` no muestra datos, mientras que los gráficos que indican las dos dimensiones sí los muestran. ¿Por qué?',
      en: 'For weeks an application has published the custom metric `OrdersPlaced` in the `MyApp/Orders` namespace with `PutMetricData`, always with two dimensions: `Environment` and `Channel` (`web` or `mobile`). A dashboard graph that selects `OrdersPlaced` with only `Environment=prod` shows no data, while graphs that specify both dimensions do. Why?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Las métricas personalizadas nuevas tardan hasta 15 minutos en aparecer en CloudWatch.',
          en: 'New custom metrics take up to 15 minutes to appear in CloudWatch.',
        },
        correct: false,
        explanation: {
          es: 'Ese retraso afecta a la primera aparición de una métrica en `ListMetrics`; esta se publica desde hace semanas.',
          en: "That delay affects a metric's first appearance in `ListMetrics`; this one has been published for weeks.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'Las métricas personalizadas deben ser de alta resolución para aparecer en un panel.',
          en: 'Custom metrics must be high resolution to appear in a dashboard.',
        },
        correct: false,
        explanation: {
          es: 'Los paneles muestran también métricas de resolución estándar; la resolución solo fija la granularidad de los datos.',
          en: 'Dashboards show standard-resolution metrics too; resolution only sets the granularity of the data.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'CloudWatch oculta las métricas personalizadas que no han recibido datos en las últimas dos semanas.',
          en: 'CloudWatch hides custom metrics that have received no data during the past two weeks.',
        },
        correct: false,
        explanation: {
          es: 'Eso afecta a métricas sin datos recientes; esta recibe datos con sus dos dimensiones.',
          en: 'That applies to metrics without recent data; this one receives data with both its dimensions.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Cada combinación de dimensiones es una métrica aparte; CloudWatch no las agrega.',
          en: "Each dimension combination is a separate metric; CloudWatch doesn't aggregate them.",
        },
        correct: true,
        explanation: {
          es: 'Solo se consultan las combinaciones publicadas; para leer por `Environment` solo, la aplicación puede publicar también esa combinación.',
          en: 'You can retrieve only the combinations you published; to read by `Environment` alone, the application can also publish that combination.',
        },
      },
    ],
    section: 'beyond/observability#namespaces-dimensions-resolution',
    source: {
      title: 'Metrics concepts (Amazon CloudWatch)',
      url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html',
    },
  },
  {
    id: 't4-2-pipeline-failure-notification',
    task: '4.2',
    kind: 'single',
    stem: {
      es: 'Un equipo quiere recibir un correo electrónico cada vez que falle una ejecución de su canalización de AWS CodePipeline, escribiendo el menor código posible. ¿Qué solución cumple estos requisitos?',
      en: 'A team wants an email each time an execution of its AWS CodePipeline pipeline fails, while writing as little code as possible. Which solution meets these requirements?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Una regla de EventBridge sobre los cambios de estado de las ejecuciones a `FAILED`, con un tema de SNS como destino.',
          en: 'An EventBridge rule on pipeline execution state changes to `FAILED`, targeting an SNS topic.',
        },
        correct: true,
        explanation: {
          es: 'CodePipeline envía a EventBridge eventos `CodePipeline Pipeline Execution State Change`; la regla selecciona los fallidos y una suscripción de correo al tema los entrega, sin código.',
          en: 'CodePipeline sends `CodePipeline Pipeline Execution State Change` events to EventBridge; the rule selects the failed ones, and an email subscription to the topic delivers them, with no code.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Un registro de seguimiento de CloudTrail con un filtro de métricas sobre las llamadas a `StartPipelineExecution` y una alarma sobre esa métrica.',
          en: 'A CloudTrail trail with a metric filter on `StartPipelineExecution` calls and an alarm on that metric.',
        },
        correct: false,
        explanation: {
          es: 'Esa llamada solo inicia una ejecución; no dice nada de cómo termina.',
          en: 'That call only starts an execution; it says nothing about how the execution ends.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Una alarma de CloudWatch sobre los registros de CodeBuild de la etapa de compilación de la canalización.',
          en: "A CloudWatch alarm on the CodeBuild logs of the pipeline's build stage.",
        },
        correct: false,
        explanation: {
          es: 'Una alarma vigila una métrica, no registros, y la compilación es solo una de las etapas en las que puede fallar una ejecución.',
          en: 'An alarm watches a metric, not logs, and the build is only one of the stages where an execution can fail.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Una función de Lambda programada que llame a `GetPipelineState` cada minuto y envíe un correo si algo falló.',
          en: 'A scheduled Lambda function that calls `GetPipelineState` every minute and sends an email when something failed.',
        },
        correct: false,
        explanation: {
          es: 'Funcionaría, pero es código de sondeo que escribir, ejecutar y mantener, y EventBridge lo hace innecesario.',
          en: 'It would work, but it is polling code to write, run, and maintain, which EventBridge makes unnecessary.',
        },
      },
    ],
    section: 'beyond/observability#notifications',
    source: {
      title: 'AWS CodePipeline events (Amazon EventBridge)',
      url: 'https://docs.aws.amazon.com/eventbridge/latest/ref/events-ref-codepipeline.html',
    },
  },
  {
    id: 't4-2-quota-usage-alarm',
    task: '4.2',
    kind: 'single',
    stem: {
      es: 'Una aplicación llama muchas veces por segundo a una operación de la API de un servicio de AWS. La cuota de frecuencia de esa operación aparece en Service Quotas, y el servicio publica la métrica de uso `CallCount` en el espacio de nombres `AWS/Usage`. El equipo quiere una notificación de SNS cuando el uso llegue al 80 % de la cuota, antes de que las solicitudes empiecen a limitarse. ¿Qué debe configurar el desarrollador?',
      en: "An application calls an AWS service's API operation many times per second. The operation's rate quota appears in Service Quotas, and the service publishes the `CallCount` usage metric in the `AWS/Usage` namespace. The team wants an SNS notification when usage reaches 80% of the quota, before requests start to be throttled. What should the developer configure?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Una alarma de CloudWatch sobre la métrica de uso `ThrottleCount` de la operación, con un umbral de 1.',
          en: "A CloudWatch alarm on the operation's `ThrottleCount` usage metric, with a threshold of 1.",
        },
        correct: false,
        explanation: {
          es: 'Solo salta cuando ya hay solicitudes limitadas, no al 80 % de la cuota.',
          en: 'It fires only when requests are already being throttled, not at 80% of the quota.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Una alarma sobre `m1/SERVICE_QUOTA(m1)*100` mayor que 80, con `m1` = `CallCount` y una acción de SNS.',
          en: 'An alarm on `m1/SERVICE_QUOTA(m1)*100` above 80, with `m1` = `CallCount` and an SNS action.',
        },
        correct: true,
        explanation: {
          es: '`SERVICE_QUOTA` devuelve la cuota de la métrica de uso, así que la expresión es el porcentaje usado; la alarma avisa por SNS al 80 %.',
          en: '`SERVICE_QUOTA` returns the quota for the usage metric, so the expression is the percentage used; the alarm notifies through SNS at 80%.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Una sesión de Live Tail de CloudWatch Logs filtrada por los errores de limitación.',
          en: 'A CloudWatch Logs Live Tail session filtered on throttling errors.',
        },
        correct: false,
        explanation: {
          es: 'Live Tail es una sesión interactiva de 3 horas como máximo; no envía notificaciones y solo mostraría errores ya ocurridos.',
          en: 'Live Tail is an interactive session of 3 hours at most; it sends no notifications and would only show errors that already happened.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Una consulta diaria de las llamadas a la API en el historial de eventos de CloudTrail.',
          en: 'A daily lookup of the API calls in the CloudTrail event history.',
        },
        correct: false,
        explanation: {
          es: 'El historial de eventos sirve para revisar eventos de administración pasados; no compara el uso con una cuota ni envía avisos.',
          en: "Event history is for reviewing past management events; it doesn't compare usage with a quota or send alerts.",
        },
      },
    ],
    section: 'beyond/observability#notifications',
    source: {
      title: 'Visualizing your service quotas and setting alarms',
      url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Quotas-Visualize-Alarms.html',
    },
  },
  {
    id: 't4-2-xray-annotation-search',
    task: '4.2',
    kind: 'single',
    stem: {
      es: 'El equipo de soporte debe encontrar todas las trazas de AWS X-Ray de las solicitudes de un cliente concreto. El código guarda el ID de cliente como metadatos en cada segmento, pero las expresiones de filtro de X-Ray sobre ese valor no devuelven ninguna traza. ¿Qué debe cambiar el desarrollador?',
      en: "Support staff must find every AWS X-Ray trace of a given customer's requests. The code records the customer ID as metadata on each segment, but X-Ray filter expressions on that value return no traces. What should the developer change?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Subir el muestreo al 100 % para que se rastreen todas las solicitudes.',
          en: 'Raise sampling to 100% so that every request is traced.',
        },
        correct: false,
        explanation: {
          es: 'El muestreo decide cuántas solicitudes se rastrean; no hace que los metadatos se puedan buscar.',
          en: "Sampling decides how many requests are traced; it doesn't make metadata searchable.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'Guardar el ID de cliente como metadatos de un subsegmento en lugar del segmento.',
          en: 'Record the customer ID as metadata on a subsegment instead of the segment.',
        },
        correct: false,
        explanation: {
          es: 'Los metadatos no se indexan en ningún nivel, ni en segmentos ni en subsegmentos, así que siguen sin poder buscarse.',
          en: "Metadata isn't indexed at any level, segment or subsegment, so it still can't be searched.",
        },
      },
      {
        id: 'c',
        text: {
          es: 'Guardar el ID de cliente como anotación en el segmento.',
          en: 'Record the customer ID as an annotation on the segment.',
        },
        correct: true,
        explanation: {
          es: 'Las anotaciones son pares clave-valor indexados que las expresiones de filtro pueden buscar; X-Ray indexa hasta 50 por traza.',
          en: 'Annotations are indexed key-value pairs that filter expressions can search; X-Ray indexes up to 50 per trace.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Exportar las trazas para conservarlas más de 30 días.',
          en: 'Export the traces so that they are kept for more than 30 days.',
        },
        correct: false,
        explanation: {
          es: 'Cuánto tiempo se guardan las trazas no cambia qué campos se pueden buscar; los metadatos siguen sin indexarse.',
          en: "How long traces are kept doesn't change which fields can be searched; metadata stays unindexed.",
        },
      },
    ],
    section: 'beyond/observability#annotations-and-metadata',
    source: {title: 'AWS X-Ray concepts', url: 'https://docs.aws.amazon.com/xray/latest/devguide/xray-concepts.html'},
  },
  {
    id: 't4-2-lambda-active-tracing',
    task: '4.2',
    kind: 'multiple',
    stem: {
      es: 'Una función de Lambda está definida en una plantilla de AWS CloudFormation y se invoca a través de una API HTTP de API Gateway. El equipo quiere trazas de AWS X-Ray de las invocaciones de la función que se muestreen. ¿Qué cambios de la plantilla son necesarios? (Elige DOS.)',
      en: "A Lambda function is defined in an AWS CloudFormation template and is invoked through an HTTP API in API Gateway. The team wants AWS X-Ray traces of the function's sampled invocations. Which changes to the template are required? (Choose TWO.)",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Activar el rastreo activo en la etapa de la API HTTP.',
          en: "Turn on active tracing on the HTTP API's stage.",
        },
        correct: false,
        explanation: {
          es: 'Las API HTTP no ofrecen rastreo de X-Ray; las trazas de la función las envía la configuración de rastreo de la propia función.',
          en: "HTTP APIs don't offer X-Ray tracing; the function's traces come from the function's own tracing setting.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'Fijar la propiedad `TracingConfig` `Mode` de la función en `Active`.',
          en: "Set the function's `TracingConfig` `Mode` property to `Active`.",
        },
        correct: true,
        explanation: {
          es: 'Con el rastreo activo, Lambda envía a X-Ray las trazas de las solicitudes muestreadas.',
          en: 'With active tracing, Lambda sends traces of the sampled requests to X-Ray.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Crear un registro de seguimiento de CloudTrail que guarde los eventos de datos `Invoke` de la función.',
          en: "Create a CloudTrail trail that records the function's Lambda `Invoke` data events.",
        },
        correct: false,
        explanation: {
          es: 'CloudTrail audita quién invocó la función; no produce trazas de X-Ray.',
          en: "CloudTrail audits who invoked the function; it doesn't produce X-Ray traces.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'Añadir a la función la capa de la extensión de Lambda Insights.',
          en: 'Add the Lambda Insights extension layer to the function.',
        },
        correct: false,
        explanation: {
          es: 'Lambda Insights recoge métricas del sistema con EMF; no envía trazas a X-Ray.',
          en: "Lambda Insights collects system metrics with EMF; it doesn't send traces to X-Ray.",
        },
      },
      {
        id: 'e',
        text: {
          es: 'Dar al rol de ejecución los permisos de `AWSXRayDaemonWriteAccess`.',
          en: 'Grant the execution role the `AWSXRayDaemonWriteAccess` permissions.',
        },
        correct: true,
        explanation: {
          es: 'La función necesita permiso para subir las trazas; la consola lo añade al activar el rastreo, pero una plantilla debe declararlo.',
          en: 'The function needs permission to upload traces; the console adds it when you turn tracing on, but a template must declare it.',
        },
      },
    ],
    section: 'beyond/observability#active-tracing',
    source: {
      title: 'Visualize Lambda function invocations using AWS X-Ray',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html',
    },
  },
  {
    id: 't4-2-ecs-container-health-check',
    task: '4.2',
    kind: 'single',
    stem: {
      es: 'Un servicio de Amazon ECS sin balanceador de carga ejecuta contenedores cuya imagen tiene en el Dockerfile `HEALTHCHECK CMD curl -f http://localhost/health`. Cuando la aplicación se bloquea, ECS no marca las tareas como `UNHEALTHY` ni las reemplaza. ¿Qué debe hacer el desarrollador?',
      en: "An Amazon ECS service without a load balancer runs containers whose image's Dockerfile includes `HEALTHCHECK CMD curl -f http://localhost/health`. When the application hangs, ECS neither marks the tasks `UNHEALTHY` nor replaces them. What should the developer do?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Bajar el `minimumHealthyPercent` del servicio para que ECS pueda detener las tareas que fallan.',
          en: "Lower the service's `minimumHealthyPercent` so that ECS can stop failing tasks.",
        },
        correct: false,
        explanation: {
          es: 'Ese parámetro limita cuántas tareas puede detener una implementación; no detecta una aplicación bloqueada.',
          en: "That parameter limits how many tasks a deployment may stop; it doesn't detect a hung application.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'Activar Container Insights con observabilidad mejorada en el clúster.',
          en: 'Turn on Container Insights with enhanced observability for the cluster.',
        },
        correct: false,
        explanation: {
          es: 'Container Insights recoge métricas y registros; no ejecuta comprobaciones de estado ni reemplaza tareas.',
          en: "Container Insights collects metrics and logs; it doesn't run health checks or replace tasks.",
        },
      },
      {
        id: 'c',
        text: {
          es: 'Añadir la opción `--start-period` a la instrucción `HEALTHCHECK` del Dockerfile.',
          en: "Add the `--start-period` option to the Dockerfile's `HEALTHCHECK` instruction.",
        },
        correct: false,
        explanation: {
          es: 'ECS no vigila la comprobación de la imagen, tenga las opciones que tenga; solo cuenta la de la definición de tarea.',
          en: "ECS doesn't monitor the image's health check, whatever its options; only the task definition's health check counts.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'Definir la misma comprobación `curl` como `healthCheck` en la definición de tarea.',
          en: 'Define the same `curl` check as a `healthCheck` in the task definition.',
        },
        correct: true,
        explanation: {
          es: 'ECS solo vigila las comprobaciones de estado de la definición de tarea; si una tarea de un servicio queda `UNHEALTHY`, ECS la detiene y el programador la reemplaza.',
          en: "ECS monitors only the health checks in the task definition; when a service's task becomes `UNHEALTHY`, ECS stops it and the scheduler replaces it.",
        },
      },
    ],
    section: 'beyond/observability#workload-health',
    source: {
      title: 'HealthCheck (Amazon ECS API Reference)',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html',
    },
  },
  {
    id: 't4-2-eks-probes',
    task: '4.2',
    kind: 'multiple',
    stem: {
      es: 'Una aplicación en Amazon EKS tarda unos dos minutos en arrancar. Su sondeo de actividad (liveness) llama a un punto de conexión `/health` que también consulta la base de datos. Hay dos problemas: Kubernetes reinicia los pods antes de que terminen de arrancar, y una breve caída de la base de datos reinició todos los pods a la vez. ¿Qué cambios siguen las recomendaciones de AWS? (Elige DOS.)',
      en: "An application on Amazon EKS takes about two minutes to start. Its liveness probe calls a `/health` endpoint that also queries the database. There are two problems: Kubernetes restarts pods before they finish starting, and a brief database outage restarted every pod at once. Which changes follow AWS's guidance? (Choose TWO.)",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Añadir un sondeo de inicio (startup), que retiene los otros sondeos hasta que la aplicación arranca.',
          en: 'Add a startup probe, which holds off the other probes until the app has started.',
        },
        correct: true,
        explanation: {
          es: 'El sondeo de inicio desactiva los de actividad y preparación hasta que tiene éxito, así que un arranque lento no cuenta como fallo.',
          en: "The startup probe disables the liveness and readiness probes until it succeeds, so a slow start doesn't count as a failure.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'Hacer que el sondeo de preparación (readiness) sea idéntico al de actividad.',
          en: 'Make the readiness probe identical to the liveness probe.',
        },
        correct: false,
        explanation: {
          es: 'La guía de AWS dice que los dos sondeos no deben ser idénticos: uno decide si reiniciar y el otro si recibir tráfico.',
          en: "AWS's guidance says the two probes shouldn't be identical: one decides whether to restart, the other whether to receive traffic.",
        },
      },
      {
        id: 'c',
        text: {
          es: 'Hacer que el sondeo de actividad compruebe solo el propio proceso, sin llamar a la base de datos.',
          en: 'Make the liveness probe check only the process itself, without calling the database.',
        },
        correct: true,
        explanation: {
          es: 'El sondeo de actividad no debe depender de servicios externos; si depende, un fallo de la base de datos hace fallar todos los pods a la vez.',
          en: "A liveness probe shouldn't depend on external services; if it does, a database failure makes every pod fail at once.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'Fijar `startPeriod` en 120 segundos en el `healthCheck` del contenedor.',
          en: "Set `startPeriod` to 120 seconds in the container's `healthCheck`.",
        },
        correct: false,
        explanation: {
          es: '`startPeriod` es un campo de las definiciones de tarea de Amazon ECS; en Kubernetes los sondeos se configuran en la especificación del pod.',
          en: '`startPeriod` is a field of Amazon ECS task definitions; in Kubernetes, probes are set in the pod specification.',
        },
      },
      {
        id: 'e',
        text: {
          es: 'Sustituir los sondeos por una comprobación de estado de Amazon Route 53 que vigile el punto de conexión del servicio.',
          en: "Replace the probes with an Amazon Route 53 health check that monitors the service's endpoint.",
        },
        correct: false,
        explanation: {
          es: 'Las comprobaciones de Route 53 sirven para la conmutación por error de DNS y para avisar; no reinician pods ni los sacan del tráfico.',
          en: "Route 53 health checks drive DNS failover and notifications; they don't restart pods or take them out of traffic.",
        },
      },
    ],
    section: 'beyond/observability#workload-health',
    source: {
      title: 'Configure probes and load balancer health checks (AWS Prescriptive Guidance)',
      url: 'https://docs.aws.amazon.com/prescriptive-guidance/latest/ha-resiliency-amazon-eks-apps/probes-checks.html',
    },
  },

  // Task 4.3: Optimize applications by using AWS services and features
  {
    id: 't4-3-lambda-provisioned-concurrency',
    task: '4.3',
    kind: 'single',
    stem: {
      es: 'Una función de Lambda en Node.js atiende una API. Cada día laborable a las 9:00 el tráfico se dispara y las primeras solicitudes van lentas: sus líneas `REPORT` muestran un `Init Duration` de unos 2 segundos. El equipo quiere eliminar ese retraso en el pico. ¿Qué solución cumple este requisito?',
      en: 'A Node.js Lambda function serves an API. Every weekday at 9:00 traffic jumps, and the first requests are slow: their `REPORT` lines show an `Init Duration` of about 2 seconds. The team wants to remove that delay at the peak. Which solution meets this requirement?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Reservar una simultaneidad de 500 para la función.',
          en: 'Set a reserved concurrency of 500 on the function.',
        },
        correct: false,
        explanation: {
          es: 'La simultaneidad reservada garantiza y limita la simultaneidad, pero no inicializa entornos por adelantado.',
          en: "Reserved concurrency guarantees and caps concurrency, but it doesn't initialize environments in advance.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'Configurar simultaneidad aprovisionada en el alias que invoca la API.',
          en: 'Configure provisioned concurrency on the alias that the API invokes.',
        },
        correct: true,
        explanation: {
          es: 'La simultaneidad aprovisionada mantiene entornos ya inicializados, así que las solicitudes hasta ese número no sufren arranque en frío; se asigna a una versión o un alias.',
          en: 'Provisioned concurrency keeps environments initialized, so requests up to that number have no cold start; it is assigned to a version or an alias.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Activar SnapStart en las versiones publicadas de la función.',
          en: "Turn on SnapStart for the function's published versions.",
        },
        correct: false,
        explanation: {
          es: 'SnapStart admite los entornos de ejecución de Java, Python y .NET, no Node.js.',
          en: 'SnapStart supports Java, Python, and .NET runtimes, not Node.js.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Crear los clientes del SDK dentro del controlador en lugar de en el código de inicialización.',
          en: 'Create the SDK clients inside the handler instead of in the initialization code.',
        },
        correct: false,
        explanation: {
          es: 'Eso haría más lenta cada invocación; los clientes creados fuera del controlador se reutilizan en las invocaciones en caliente.',
          en: 'That would slow down every invocation; clients created outside the handler are reused by warm invocations.',
        },
      },
    ],
    section: 'beyond/lambda#provisioned-concurrency',
    source: {
      title: 'Understanding Lambda function scaling',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html',
    },
  },
  {
    id: 't4-3-rds-proxy-connections',
    task: '4.3',
    kind: 'single',
    stem: {
      es: 'Una función de Lambda abre una conexión nueva a una base de datos de Amazon RDS for PostgreSQL en cada invocación. En los picos, la simultaneidad llega a varios cientos y la base de datos rechaza conexiones nuevas porque tiene demasiadas. El equipo quiere que la función siga escalando sin agotar las conexiones de la base de datos, con cambios mínimos en el código. ¿Qué solución cumple estos requisitos?',
      en: "A Lambda function opens a new connection to an Amazon RDS for PostgreSQL database on each invocation. At peak times, concurrency reaches several hundred and the database rejects new connections because it has too many. The team wants the function to keep scaling without exhausting the database's connections, with minimal code changes. Which solution meets these requirements?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Subir `max_pool_connections` en la configuración del cliente de Boto3.',
          en: 'Raise `max_pool_connections` in the Boto3 client configuration.',
        },
        correct: false,
        explanation: {
          es: 'Ese ajuste dimensiona el grupo de conexiones HTTP a las API de AWS de una sesión; no afecta a las conexiones a la base de datos.',
          en: "That setting sizes one session's pool of HTTP connections to AWS APIs; it doesn't affect connections to the database.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'Añadir una réplica de lectura y enviar a ella las conexiones de la función.',
          en: "Add a read replica and send the function's connections to it.",
        },
        correct: false,
        explanation: {
          es: 'Solo traslada el problema: cada entorno de ejecución sigue abriendo sus propias conexiones, y las escrituras siguen yendo a la instancia principal.',
          en: 'It only moves the problem: each execution environment still opens its own connections, and writes still go to the primary instance.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Subir el tiempo de espera de la función al máximo para que no se corten las conexiones.',
          en: "Raise the function's timeout to the maximum so that connections aren't dropped.",
        },
        correct: false,
        explanation: {
          es: 'Un tiempo de espera más largo no reduce el número de conexiones; cada entorno de ejecución sigue abriendo la suya.',
          en: "A longer timeout doesn't reduce the number of connections; each execution environment still opens its own.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'Poner Amazon RDS Proxy delante de la base de datos y conectarse a través de él.',
          en: 'Put Amazon RDS Proxy in front of the database and connect through it.',
        },
        correct: true,
        explanation: {
          es: 'RDS Proxy mantiene un grupo de conexiones compartidas y las reutiliza, así la función alcanza mucha simultaneidad sin agotar las conexiones de la base de datos.',
          en: "RDS Proxy keeps a pool of shared connections and reuses them, so the function reaches high concurrency without exhausting the database's connections.",
        },
      },
    ],
    section: 'beyond/sdk-code#rds-proxy',
    source: {title: 'Amazon RDS Proxy', url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy.html'},
  },
  {
    id: 't4-3-lambda-memory-cpu',
    task: '4.3',
    kind: 'single',
    stem: {
      es: 'Una función de Lambda que redimensiona imágenes tiene 512 MB de memoria. Sus líneas `REPORT` muestran un `Max Memory Used` de unos 190 MB y un `Duration` de unos 8 segundos, y el perfilado indica que el código está limitado por la CPU. ¿Cómo puede reducir la duración el desarrollador?',
      en: 'An image-resizing Lambda function has 512 MB of memory. Its `REPORT` lines show a `Max Memory Used` of about 190 MB and a `Duration` of about 8 seconds, and profiling shows that the code is CPU-bound. How can the developer reduce the duration?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Aumentar la memoria configurada, ya que Lambda asigna la CPU en proporción a ella.',
          en: 'Increase the memory setting, since Lambda allocates CPU in proportion to it.',
        },
        correct: true,
        explanation: {
          es: 'La CPU crece con la memoria configurada, hasta una vCPU completa a 1769 MB, así que el código limitado por la CPU se ejecuta más rápido.',
          en: 'CPU grows with the memory setting, up to one full vCPU at 1,769 MB, so CPU-bound code runs faster.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Bajar la memoria a 256 MB, porque la función solo usa unos 190 MB de ella.',
          en: 'Lower the memory to 256 MB, because the function uses only about 190 MB of it.',
        },
        correct: false,
        explanation: {
          es: 'Menos memoria también significa menos CPU, así que el código limitado por la CPU iría aún más lento.',
          en: 'Less memory also means less CPU, so the CPU-bound code would run even slower.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Aumentar el almacenamiento efímero (`/tmp`) de la función a 10 240 MB.',
          en: "Increase the function's ephemeral storage (`/tmp`) to 10,240 MB.",
        },
        correct: false,
        explanation: {
          es: '`/tmp` añade espacio en disco, no CPU; el cuello de botella es el cálculo.',
          en: '`/tmp` adds disk space, not CPU; the bottleneck is computation.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Configurar simultaneidad aprovisionada en el alias de la función.',
          en: "Configure provisioned concurrency on the function's alias.",
        },
        correct: false,
        explanation: {
          es: 'La simultaneidad aprovisionada elimina el retraso de inicialización, no el tiempo que el controlador pasa calculando.',
          en: 'Provisioned concurrency removes the initialization delay, not the time the handler spends computing.',
        },
      },
    ],
    section: 'beyond/lambda#configuration-limits',
    source: {
      title: 'Configure Lambda function memory',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html',
    },
  },
  {
    id: 't4-3-sns-filter-policy-body',
    task: '4.3',
    kind: 'multiple',
    stem: {
      es: 'Un servicio de pedidos publica cada pedido en un tema de Amazon SNS como cuerpo JSON, por ejemplo `{"orderId": "1234", "type": "digital"}`, sin atributos de mensaje. Tres colas de Amazon SQS (facturación, envíos y analítica) están suscritas al tema. El consumidor de envíos recibe todos los pedidos y descarta en su código los digitales. El equipo quiere que la cola de envíos reciba solo los pedidos cuyo `type` sea `physical`, sin cambiar el publicador. ¿Qué acciones cumplen estos requisitos? (Elige DOS.)',
      en: 'An order service publishes each order to an Amazon SNS topic as a JSON body, such as `{"orderId": "1234", "type": "digital"}`, with no message attributes. Three Amazon SQS queues (billing, shipping, and analytics) are subscribed to the topic. The shipping consumer receives every order and discards the digital ones in its code. The team wants the shipping queue to receive only orders whose `type` is `physical`, without changing the publisher. Which actions meet these requirements? (Choose TWO.)',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Asociar la política de filtro `{"type": ["physical"]}` a la suscripción de envíos.',
          en: 'Attach the filter policy `{"type": ["physical"]}` to the shipping subscription.',
        },
        correct: true,
        explanation: {
          es: 'Sin política de filtro un suscriptor recibe todos los mensajes; con ella, SNS solo le entrega los que coinciden.',
          en: 'Without a filter policy a subscriber receives every message; with one, SNS delivers only the messages that match it.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Activar la entrega de mensajes sin procesar en la suscripción de envíos.',
          en: 'Turn on raw message delivery for the shipping subscription.',
        },
        correct: false,
        explanation: {
          es: 'La entrega sin procesar quita el sobre de SNS del mensaje; la cola sigue recibiendo todos los pedidos.',
          en: 'Raw delivery removes the SNS envelope from the message; the queue still receives every order.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Sustituir la cola de envíos por una cola FIFO que use `type` como ID de grupo de mensajes.',
          en: 'Replace the shipping queue with a FIFO queue that uses `type` as its message group ID.',
        },
        correct: false,
        explanation: {
          es: 'Los grupos de mensajes ordenan los mensajes; no impiden que ninguno se entregue.',
          en: "Message groups order messages; they don't stop any message from being delivered.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'Fijar en `MessageBody` el ámbito de la política de filtro de la suscripción de envíos.',
          en: "Set the shipping subscription's filter policy scope to `MessageBody`.",
        },
        correct: true,
        explanation: {
          es: 'Aquí `type` está en el cuerpo JSON y no en un atributo de mensaje, así que la política debe aplicarse al cuerpo.',
          en: 'Here `type` is in the JSON body, not in a message attribute, so the policy must apply to the body.',
        },
      },
      {
        id: 'e',
        text: {
          es: 'Asociar la misma política de filtro a las suscripciones de facturación y analítica.',
          en: 'Attach the same filter policy to the billing and analytics subscriptions.',
        },
        correct: false,
        explanation: {
          es: 'Esos consumidores necesitan todos los pedidos; el filtro va solo en la suscripción que quiere una parte.',
          en: 'Those consumers need every order; the filter belongs only on the subscription that wants a subset.',
        },
      },
    ],
    section: 'beyond/messaging#amazon-sns',
    source: {
      title: 'Amazon SNS message filtering',
      url: 'https://docs.aws.amazon.com/sns/latest/dg/sns-message-filtering.html',
    },
  },
  {
    id: 't4-3-sqs-long-polling',
    task: '4.3',
    kind: 'single',
    stem: {
      es: 'Los consumidores leen una cola de Amazon SQS en un bucle de llamadas a `ReceiveMessage`. La mayoría de las llamadas no devuelven mensajes y la factura por solicitudes no deja de crecer. El equipo quiere menos respuestas vacías y menos costo, sin retrasar el procesamiento de los mensajes que sí llegan. ¿Qué debe hacer el desarrollador?',
      en: 'Consumers read an Amazon SQS queue in a loop of `ReceiveMessage` calls. Most calls return no messages, and the bill for requests keeps growing. The team wants fewer empty responses and lower cost, without delaying the processing of the messages that do arrive. What should the developer do?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Fijar el atributo `DelaySeconds` de la cola en 20 segundos.',
          en: "Set the queue's `DelaySeconds` attribute to 20 seconds.",
        },
        correct: false,
        explanation: {
          es: 'Una cola con retraso retiene cada mensaje nuevo antes de entregarlo, lo que retrasa el procesamiento; no reduce las respuestas vacías.',
          en: "A delay queue holds back every new message before delivery, which delays processing; it doesn't reduce empty responses.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'Fijar el tiempo de espera de visibilidad de la cola en 0 segundos para que los mensajes vuelvan antes.',
          en: "Set the queue's visibility timeout to 0 seconds so that messages return sooner.",
        },
        correct: false,
        explanation: {
          es: 'Así los mensajes recibidos vuelven a ser visibles enseguida y pueden procesarse dos veces; no cambia las respuestas vacías.',
          en: "Received messages would become visible again at once and could be processed twice; it doesn't change empty responses.",
        },
      },
      {
        id: 'c',
        text: {
          es: 'Activar el sondeo largo (`ReceiveMessageWaitTimeSeconds` de 20 segundos).',
          en: 'Turn on long polling (`ReceiveMessageWaitTimeSeconds` of 20 seconds).',
        },
        correct: true,
        explanation: {
          es: 'Con sondeo largo, `ReceiveMessage` espera hasta 20 segundos a que llegue un mensaje en lugar de volver vacía, lo que reduce respuestas vacías y solicitudes.',
          en: 'With long polling, `ReceiveMessage` waits up to 20 seconds for a message to arrive instead of returning empty, which cuts empty responses and requests.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Pasar los mensajes a una cola FIFO con deduplicación basada en el contenido.',
          en: 'Move the messages to a FIFO queue with content-based deduplication.',
        },
        correct: false,
        explanation: {
          es: 'FIFO cambia el orden y la deduplicación; los consumidores seguirían recibiendo respuestas vacías.',
          en: 'FIFO changes ordering and deduplication; consumers would still get empty responses.',
        },
      },
    ],
    section: 'beyond/messaging#visibility-and-polling',
    source: {
      title: 'Amazon SQS short and long polling',
      url: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-short-and-long-polling.html',
    },
  },
  {
    id: 't4-3-cloudfront-cache-key',
    task: '4.3',
    kind: 'multiple',
    stem: {
      es: 'Una distribución de CloudFront sirve imágenes de productos desde un origen personalizado. Las imágenes solo varían según la cadena de consulta `size`. El comportamiento de caché usa una política de caché que mete en la clave de caché todas las cadenas de consulta y todas las cookies, porque el origen necesita la cookie `session-id` para su analítica. La proporción de aciertos de caché es baja y el origen está sobrecargado. ¿Qué cambios suben la proporción de aciertos sin que el origen deje de recibir la cookie? (Elige DOS.)',
      en: 'A CloudFront distribution serves product images from a custom origin. The images vary only by the `size` query string. The cache behavior uses a cache policy that puts all query strings and all cookies in the cache key, because the origin needs the `session-id` cookie for its analytics. The cache hit ratio is low, and the origin is overloaded. Which changes raise the cache hit ratio while the origin still receives the cookie? (Choose TWO.)',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Fijar en 0 los TTL mínimo, máximo y predeterminado de la política de caché.',
          en: "Set the cache policy's minimum, maximum, and default TTLs to 0.",
        },
        correct: false,
        explanation: {
          es: 'Con los tres TTL a 0 se desactiva la caché, así que todas las solicitudes irían al origen.',
          en: 'With all three TTLs at 0 caching is turned off, so every request would go to the origin.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Añadir el encabezado `User-Agent` a la clave de caché para dar a cada dispositivo su copia.',
          en: 'Add the `User-Agent` header to the cache key so that each device gets its own copy.',
        },
        correct: false,
        explanation: {
          es: 'Cada valor extra en la clave de caché reparte las solicitudes entre más objetos y baja aún más la proporción de aciertos.',
          en: 'Every extra value in the cache key splits requests among more cached objects and lowers the hit ratio further.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Usar una política de caché cuya clave tenga solo la cadena de consulta `size`.',
          en: 'Use a cache policy whose cache key holds only the `size` query string.',
        },
        correct: true,
        explanation: {
          es: 'Con menos valores en la clave de caché, más solicitudes comparten el mismo objeto, y la proporción de aciertos sube.',
          en: 'With fewer values in the cache key, more requests share the same cached object, and the hit ratio rises.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Crear cada hora una invalidación de `/*` para refrescar las imágenes.',
          en: 'Create an invalidation for `/*` every hour to refresh the images.',
        },
        correct: false,
        explanation: {
          es: 'Una invalidación quita objetos de la caché, así que las solicitudes siguientes van al origen y los aciertos bajan.',
          en: 'An invalidation removes cached objects, so the next requests go to the origin and the hit ratio falls.',
        },
      },
      {
        id: 'e',
        text: {
          es: 'Asociar una política de solicitud de origen que reenvíe `session-id` al origen.',
          en: 'Attach an origin request policy that forwards `session-id` to the origin.',
        },
        correct: true,
        explanation: {
          es: 'Una política de solicitud de origen envía valores al origen sin meterlos en la clave de caché: el origen recibe la cookie y los aciertos no se resienten.',
          en: "An origin request policy sends values to the origin without putting them in the cache key: the origin gets the cookie, and the hit ratio doesn't suffer.",
        },
      },
    ],
    section: 'beyond/s3-cloudfront#cache-and-origin-request-policies',
    source: {
      title: 'Control origin requests with a policy',
      url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/controlling-origin-requests.html',
    },
  },
  {
    id: 't4-3-dynamodb-dax',
    task: '4.3',
    kind: 'single',
    stem: {
      es: 'Un catálogo de productos está en una tabla de Amazon DynamoDB. La aplicación lee los mismos artículos populares miles de veces por segundo con llamadas `GetItem` de coherencia final, y el equipo quiere latencias de lectura de microsegundos. No quiere escribir lógica de gestión de caché en la aplicación. ¿Qué solución cumple estos requisitos?',
      en: "A product catalog is stored in an Amazon DynamoDB table. The application reads the same popular items thousands of times per second with eventually consistent `GetItem` calls, and the team wants read latency in microseconds. It doesn't want to write cache-management logic in the application. Which solution meets these requirements?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Añadir un clúster de ElastiCache e implementar la carga diferida en la aplicación.',
          en: 'Add an ElastiCache cluster and implement lazy loading in the application.',
        },
        correct: false,
        explanation: {
          es: 'ElastiCache serviría, pero la aplicación tendría que implementar la lógica de caché: leer la caché, consultar la tabla si falla y escribir en la caché.',
          en: 'ElastiCache would work, but the application would have to implement the caching logic: read the cache, query the table on a miss, and write to the cache.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Cambiar las lecturas a lecturas de coherencia alta.',
          en: 'Switch the reads to strongly consistent reads.',
        },
        correct: false,
        explanation: {
          es: 'Las lecturas de coherencia alta no son más rápidas y consumen el doble de capacidad de lectura.',
          en: "Strongly consistent reads aren't faster, and they consume twice the read capacity.",
        },
      },
      {
        id: 'c',
        text: {
          es: 'Pasar la tabla al modo de capacidad bajo demanda.',
          en: 'Switch the table to on-demand capacity mode.',
        },
        correct: false,
        explanation: {
          es: 'El modo de capacidad decide cómo se cobra y escala el rendimiento, no lo rápido que se sirve cada lectura.',
          en: 'The capacity mode decides how throughput is billed and scaled, not how fast each read is served.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Añadir un clúster de DAX y hacer que la aplicación use el cliente de DAX.',
          en: 'Add a DAX cluster and have the application use the DAX client.',
        },
        correct: true,
        explanation: {
          es: 'DAX es una caché en memoria compatible con la API de DynamoDB que sirve los `GetItem` de coherencia final desde su caché de elementos en microsegundos.',
          en: 'DAX is an in-memory cache compatible with the DynamoDB API that serves eventually consistent `GetItem` calls from its item cache in microseconds.',
        },
      },
    ],
    section: 'beyond/dynamodb#dax',
    source: {
      title: 'In-memory acceleration with DynamoDB Accelerator (DAX)',
      url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAX.html',
    },
  },
  {
    id: 't4-3-dynamodb-hot-partition',
    task: '4.3',
    kind: 'single',
    stem: {
      es: 'Una tabla de DynamoDB en modo bajo demanda registra eventos de IoT con la fecha del evento (por ejemplo, `2026-12-07`) como clave de partición. En las horas de más actividad, las escrituras se limitan: CloudWatch muestra que `WriteThrottleEvents` sube, y las excepciones traen el motivo de limitación `TableWriteKeyRangeThroughputExceeded`, mientras el consumo total de la tabla está muy por debajo de sus cuotas de cuenta. ¿Cómo debe eliminar el desarrollador el cuello de botella?',
      en: "An on-demand DynamoDB table records IoT events with the event date (such as `2026-12-07`) as its partition key. During busy hours writes are throttled: CloudWatch shows `WriteThrottleEvents` rising, and the exceptions carry the throttling reason `TableWriteKeyRangeThroughputExceeded`, while the table's total consumption is far below its account quotas. How should the developer remove the bottleneck?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Rediseñar la clave de partición para que las escrituras de cada día se repartan entre muchos valores.',
          en: "Redesign the partition key so that each day's writes spread over many key values.",
        },
        correct: true,
        explanation: {
          es: '`KeyRangeThroughputExceeded` indica que un valor de clave recibe demasiado tráfico; repartir las escrituras entre más valores elimina la partición caliente.',
          en: '`KeyRangeThroughputExceeded` means that one key value gets too much traffic; spreading writes over more values removes the hot partition.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Pasar la tabla al modo de capacidad aprovisionada y aprovisionar muchas más unidades de capacidad de escritura.',
          en: 'Switch the table to provisioned capacity mode and provision many more write capacity units.',
        },
        correct: false,
        explanation: {
          es: 'Una partición caliente sufre limitación en los dos modos de capacidad; más capacidad de tabla no sube el límite de una partición.',
          en: "A hot partition is throttled in both capacity modes; more table capacity doesn't raise the limit of one partition.",
        },
      },
      {
        id: 'c',
        text: {
          es: 'Añadir un clúster de DAX delante de la tabla para que absorba las escrituras.',
          en: 'Add a DAX cluster in front of the table to absorb the writes.',
        },
        correct: false,
        explanation: {
          es: 'DAX pasa las escrituras a DynamoDB, así que la misma partición sigue recibiéndolas.',
          en: 'DAX passes writes through to DynamoDB, so the same partition still receives them.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Solicitar un aumento de las cuotas de rendimiento por tabla de la cuenta.',
          en: "Request an increase of the account's per-table throughput quotas.",
        },
        correct: false,
        explanation: {
          es: 'Eso corrige `AccountLimitExceeded`; aquí el motivo es el límite de un rango de claves, no la cuota de la cuenta.',
          en: 'That fixes `AccountLimitExceeded`; here the reason is the limit of a key range, not the account quota.',
        },
      },
    ],
    section: 'beyond/dynamodb#partition-key-design',
    source: {
      title: 'Troubleshooting throttling in Amazon DynamoDB',
      url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/TroubleshootingThrottling.html',
    },
  },
  {
    id: 't4-3-latency-percentile',
    task: '4.3',
    kind: 'single',
    stem: {
      es: 'Un panel muestra la métrica `Latency` de una API de REST de API Gateway con la estadística `Average`, que se mantiene en 180 ms, dentro del objetivo. Sin embargo, algunos usuarios dicen que sus respuestas tardan varios segundos. ¿Qué cambio del gráfico revela mejor las solicitudes lentas?',
      en: 'A dashboard shows the `Latency` metric of a REST API in API Gateway with the `Average` statistic, which stays at 180 ms, within the target. However, some users report responses that take several seconds. Which change to the graph best reveals the slow requests?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Mostrar `Latency` con la estadística de percentil `p99`.',
          en: 'Show `Latency` with the `p99` percentile statistic.',
        },
        correct: true,
        explanation: {
          es: 'Un percentil muestra la cola que la media esconde: `p99` es el valor por debajo del cual queda el 99 % de las solicitudes.',
          en: 'A percentile shows the tail that an average hides: `p99` is the value below which 99% of the requests fall.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Mostrar `Latency` con la estadística `SampleCount`.',
          en: 'Show `Latency` with the `SampleCount` statistic.',
        },
        correct: false,
        explanation: {
          es: '`SampleCount` cuenta puntos de datos: dice cuántas solicitudes hubo, no cuánto tardaron.',
          en: '`SampleCount` counts data points: it says how many requests there were, not how long they took.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Bajar el periodo del gráfico de 60 segundos a 1 segundo.',
          en: "Lower the graph's period from 60 seconds to 1 second.",
        },
        correct: false,
        explanation: {
          es: 'Los periodos de menos de un minuto solo existen para métricas personalizadas de alta resolución; las de API Gateway tienen resolución de un minuto.',
          en: "Sub-minute periods exist only for high-resolution custom metrics; API Gateway's metrics have one-minute resolution.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'Mostrar `Latency` con la estadística `Minimum`.',
          en: 'Show `Latency` with the `Minimum` statistic.',
        },
        correct: false,
        explanation: {
          es: 'El mínimo muestra las solicitudes más rápidas, justo lo contrario de lo que notan los usuarios.',
          en: 'The minimum shows the fastest requests, the opposite of what the users notice.',
        },
      },
    ],
    section: 'beyond/observability#statistics-and-periods',
    source: {
      title: 'Metrics concepts (Amazon CloudWatch)',
      url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html',
    },
  },
];
