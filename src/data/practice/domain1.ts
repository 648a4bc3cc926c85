// DVA-C03 practice questions for Domain 1 (Development with AWS Services): Task 1.1 (15), Task 1.2 (14), Task 1.3 (11).
// Each question links the section of this site that teaches it and the AWS page that decides its answer.
import type {PracticeQuestion} from './types';

export const questions: readonly PracticeQuestion[] = [
  {
    id: 't1-1-sns-fanout-sqs-queues',
    task: '1.1',
    kind: 'single',
    stem: {
      es: 'Un servicio de pedidos debe avisar de cada pedido nuevo a tres sistemas: facturación, envíos y analítica. Cada sistema procesa los pedidos a su ritmo y, si uno cae durante horas, debe recibir igualmente todos los pedidos al recuperarse, sin retrasar a los demás. El servicio de pedidos no debe necesitar saber qué sistemas consumen sus pedidos. ¿Qué diseño cumple estos requisitos?',
      en: 'An order service must notify three systems of each new order: billing, shipping, and analytics. Each system processes orders at its own pace and, if one is down for hours, it must still receive every order when it recovers, without delaying the others. The order service must not need to know which systems consume its orders. Which design meets these requirements?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Enviar cada pedido a una única cola de Amazon SQS que sondean los tres sistemas.',
          en: 'Send each order to a single Amazon SQS queue that the three systems poll.',
        },
        correct: false,
        explanation: {
          es: 'En una cola, cada mensaje lo procesa un solo consumidor y después se borra, así que cada pedido llegaría solo a uno de los tres sistemas.',
          en: 'In a queue, each message is processed by one consumer and then deleted, so each order would reach only one of the three systems.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Llamar en secuencia a las API de los tres sistemas desde el servicio de pedidos, con reintentos.',
          en: "Call the three systems' APIs in sequence from the order service, with retries.",
        },
        correct: false,
        explanation: {
          es: 'Las llamadas síncronas acoplan el servicio de pedidos a cada sistema: tiene que conocerlos, y un sistema caído bloquea o hace fallar el pedido.',
          en: 'Synchronous calls couple the order service to every system: it has to know them, and a system that is down blocks or fails the order.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Publicar cada pedido en un tema de Amazon SNS con una cola de SQS por sistema suscrita.',
          en: 'Publish each order to an Amazon SNS topic with one SQS queue per system subscribed.',
        },
        correct: true,
        explanation: {
          es: 'SNS copia cada mensaje en todas las colas suscritas (distribución ramificada), y cada cola guarda los pedidos hasta que su sistema los sondea, también después de una caída.',
          en: 'SNS copies each message to every subscribed queue (fan-out), and each queue keeps the orders until its system polls them, even after an outage.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Iniciar por cada pedido un flujo de trabajo de AWS Step Functions que llame a los tres sistemas.',
          en: 'Start an AWS Step Functions workflow for each order that calls the three systems.',
        },
        correct: false,
        explanation: {
          es: 'Step Functions orquesta pasos pero no transporta mensajes; el flujo seguiría llamando a cada sistema y un sistema caído durante horas lo haría fallar o esperar.',
          en: 'Step Functions orchestrates steps but carries no messages; the workflow would still call each system, and one that is down for hours makes it fail or wait.',
        },
      },
    ],
    section: 'beyond/messaging#amazon-sns',
    source: {
      title: 'Fanout Amazon SNS notifications to Amazon SQS queues',
      url: 'https://docs.aws.amazon.com/sns/latest/dg/sns-sqs-as-subscriber.html',
    },
  },
  {
    id: 't1-1-http-api-async-long-report',
    task: '1.1',
    kind: 'single',
    stem: {
      es: 'Una aplicación web pide informes a través de una API HTTP de Amazon API Gateway que invoca una función de Lambda de forma síncrona. Los informes grandes tardan entre 3 y 5 minutos en generarse, y los clientes reciben un error a los 30 segundos aproximadamente, aunque la función sigue ejecutándose. ¿Qué cambio permite a los clientes pedir informes grandes de forma fiable?',
      en: 'A web app requests reports through an HTTP API in Amazon API Gateway that invokes a Lambda function synchronously. Large reports take 3 to 5 minutes to generate, and clients receive an error after about 30 seconds, although the function keeps running. Which change lets clients request large reports reliably?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Subir el tiempo de espera de la función a 15 minutos para que termine de generar cada informe.',
          en: 'Raise the function timeout to 15 minutes so that it can finish generating each report.',
        },
        correct: false,
        explanation: {
          es: 'La función ya puede terminar; es API Gateway quien deja de esperar, porque el tiempo de espera de integración de una API HTTP es de 30 segundos como máximo y no se puede aumentar.',
          en: "The function can already finish; API Gateway is what stops waiting, because an HTTP API's integration timeout is 30 seconds at most and can't be increased.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'Pasar la ruta a una API de WebSocket, cuyas conexiones pueden durar hasta 2 horas.',
          en: 'Move the route to a WebSocket API, whose connections can stay open for up to 2 hours.',
        },
        correct: false,
        explanation: {
          es: 'La conexión dura hasta 2 horas, pero cada integración de WebSocket agota su tiempo de espera a los 29 segundos, así que una llamada de 5 minutos falla igual.',
          en: 'A connection can last 2 hours, but each WebSocket integration still times out at 29 seconds, so a 5-minute call fails the same way.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Responder al instante con un ID de trabajo, encolarlo en Amazon SQS y consultar el estado después.',
          en: 'Return a job ID at once, queue the job in Amazon SQS, and have the client poll its status.',
        },
        correct: true,
        explanation: {
          es: 'El procesamiento asíncrono libera la solicitud del tiempo de espera de integración: la API responde enseguida y una función procesa la cola a su ritmo.',
          en: 'Asynchronous processing frees the request from the integration timeout: the API responds at once, and a function processes the queue at its own pace.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Configurar simultaneidad aprovisionada en la función para que los informes empiecen sin arranque en frío.',
          en: 'Configure provisioned concurrency on the function so that reports start without a cold start.',
        },
        correct: false,
        explanation: {
          es: 'La simultaneidad aprovisionada elimina el tiempo de inicialización, no los minutos que tarda en generarse un informe.',
          en: 'Provisioned concurrency removes initialization time, not the minutes that generating a report takes.',
        },
      },
    ],
    section: 'beyond/api-gateway#timeouts-and-limits',
    source: {
      title: 'Quotas for configuring and running an HTTP API in API Gateway',
      url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html',
    },
  },
  {
    id: 't1-1-eventbridge-ec2-terminated-pattern',
    task: '1.1',
    kind: 'single',
    stem: {
      es: 'Un desarrollador quiere que una regla de Amazon EventBridge en el bus de eventos predeterminado invoque una función de Lambda cada vez que una instancia de Amazon EC2 pase al estado `terminated`. ¿Qué patrón de eventos coincide con esos eventos?',
      en: 'A developer wants an Amazon EventBridge rule on the default event bus to invoke a Lambda function each time an Amazon EC2 instance enters the `terminated` state. Which event pattern matches those events?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: '`{"source": ["aws.ec2"], "detail-type": ["EC2 Instance State-change Notification"], "state": ["terminated"]}`',
          en: '`{"source": ["aws.ec2"], "detail-type": ["EC2 Instance State-change Notification"], "state": ["terminated"]}`',
        },
        correct: false,
        explanation: {
          es: 'El estado de la instancia está dentro del objeto `detail` del evento; un patrón solo coincide si sus campos tienen el mismo anidamiento que el evento.',
          en: "The instance state is inside the event's `detail` object; a pattern matches only when its fields have the same nesting as the event.",
        },
      },
      {
        id: 'b',
        text: {
          es: '`{"source": ["aws.ec2"], "detail-type": ["EC2 Instance State-change Notification"], "detail": {"state": ["terminated"]}}`',
          en: '`{"source": ["aws.ec2"], "detail-type": ["EC2 Instance State-change Notification"], "detail": {"state": ["terminated"]}}`',
        },
        correct: true,
        explanation: {
          es: 'Pone cada valor en una matriz JSON y anida `state` dentro de `detail`, como aparece en el evento.',
          en: 'It puts each value in a JSON array and nests `state` inside `detail`, as it appears in the event.',
        },
      },
      {
        id: 'c',
        text: {
          es: '`{"source": "aws.ec2", "detail-type": "EC2 Instance State-change Notification", "detail": {"state": "terminated"}}`',
          en: '`{"source": "aws.ec2", "detail-type": "EC2 Instance State-change Notification", "detail": {"state": "terminated"}}`',
        },
        correct: false,
        explanation: {
          es: 'En un patrón de eventos, cada valor que debe coincidir va en una matriz JSON, aunque sea uno solo.',
          en: 'In an event pattern, each value to match goes in a JSON array, even when there is only one.',
        },
      },
      {
        id: 'd',
        text: {
          es: '`{"source": ["ec2.amazonaws.com"], "detail-type": ["EC2 Instance State-change Notification"], "detail": {"state": ["terminated"]}}`',
          en: '`{"source": ["ec2.amazonaws.com"], "detail-type": ["EC2 Instance State-change Notification"], "detail": {"state": ["terminated"]}}`',
        },
        correct: false,
        explanation: {
          es: 'Los eventos de Amazon EC2 llevan `aws.ec2` en `source`; `ec2.amazonaws.com` no coincide con ese valor.',
          en: "Events from Amazon EC2 carry `aws.ec2` in `source`; `ec2.amazonaws.com` doesn't match that value.",
        },
      },
    ],
    section: 'beyond/messaging#buses-rules-patterns',
    source: {
      title: 'Event pattern syntax (Amazon EventBridge)',
      url: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern.html',
    },
  },
  {
    id: 't1-1-dynamodb-retry-loop-backoff',
    task: '1.1',
    kind: 'multiple',
    stem: {
      es: 'Una aplicación en Python escribe en una tabla de Amazon DynamoDB con su propio bucle de reintentos: ante cualquier `ClientError`, vuelve a enviar al instante la misma solicitud, hasta 10 veces. En los picos de tráfico la tabla devuelve `ProvisionedThroughputExceededException`, y los reintentos inmediatos de muchas instancias alargan la limitación. ¿Qué cambios siguen las recomendaciones de AWS sobre los reintentos? (Elige DOS.)',
      en: "A Python application writes to an Amazon DynamoDB table in its own retry loop: on any `ClientError`, it sends the same request again at once, up to 10 times. During traffic peaks, the table returns `ProvisionedThroughputExceededException`, and the immediate retries from many instances make the throttling last longer. Which changes follow AWS's guidance on retries? (Choose TWO.)",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Esperar entre intentos un tiempo que crezca de forma exponencial, sea aleatorio y tenga un tope.',
          en: 'Wait between attempts for a delay that grows exponentially, is randomized, and is capped.',
        },
        correct: true,
        explanation: {
          es: 'El retardo exponencial espacia los reintentos, y la fluctuación (jitter) evita que los clientes que fallaron a la vez reintenten a la vez.',
          en: 'Exponential backoff spaces the retries out, and jitter keeps clients that failed together from retrying together.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Reintentar cada 100 milisegundos para que la escritura entre en cuanto la tabla recupere capacidad.',
          en: 'Retry every 100 milliseconds so that the write gets in as soon as the table regains capacity.',
        },
        correct: false,
        explanation: {
          es: 'Un intervalo fijo y corto mantiene a todos los clientes reintentando al mismo ritmo y añade carga mientras la tabla sigue limitada.',
          en: 'A short fixed interval keeps every client retrying in step and adds load while the table is still throttled.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Reintentar limitaciones y errores 5xx, no `ConditionalCheckFailedException` ni `ValidationException`.',
          en: 'Retry throttling and 5xx errors, but not `ConditionalCheckFailedException` or `ValidationException`.',
        },
        correct: true,
        explanation: {
          es: 'Las limitaciones y los errores del servidor son pasajeros; una condición no cumplida o una solicitud no válida fallan igual cada vez que se envían sin cambios.',
          en: 'Throttling and server errors are transient; an unmet condition or an invalid request fails the same way each time it is sent unchanged.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Subir el bucle a 50 intentos inmediatos para que ninguna escritura se pierda en los picos largos.',
          en: 'Raise the loop to 50 immediate attempts so that no write is lost during long traffic peaks.',
        },
        correct: false,
        explanation: {
          es: 'Más intentos inmediatos multiplican la carga; AWS sugiere dejar de reintentar tras un minuto aproximadamente y revisar la capacidad.',
          en: 'More immediate attempts multiply the load; AWS suggests stopping after about a minute of retries and reviewing capacity.',
        },
      },
      {
        id: 'e',
        text: {
          es: 'Pasar a coherencia alta las lecturas que la aplicación hace después de cada escritura.',
          en: 'Switch the reads that the application makes after each write to strongly consistent reads.',
        },
        correct: false,
        explanation: {
          es: 'La coherencia de las lecturas no influye en la limitación de las escrituras; además, una lectura de coherencia alta cuesta el doble que una de coherencia final.',
          en: "Read consistency doesn't affect write throttling; a strongly consistent read also costs twice as much as an eventually consistent one.",
        },
      },
    ],
    section: 'beyond/dynamodb#error-handling',
    source: {
      title: 'Error handling with DynamoDB',
      url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html',
    },
  },
  {
    id: 't1-1-graceful-degradation-fallback',
    task: '1.1',
    kind: 'single',
    stem: {
      es: 'La página de producto de una tienda en línea llama a un servicio interno de recomendaciones. Cuando ese servicio cae, toda la página devuelve un error, aunque las recomendaciones son una parte opcional de ella. El equipo quiere que la página siga funcionando durante esas caídas. ¿Qué debe hacer el desarrollador?',
      en: "An online store's product page calls an internal recommendation service. When that service is down, the whole page returns an error, although recommendations are an optional part of it. The team wants the page to keep working during those outages. What should the developer do?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Si la llamada falla o agota el tiempo de espera, mostrar una lista en caché o predefinida.',
          en: 'If the call fails or times out, show a cached or default list instead.',
        },
        correct: true,
        explanation: {
          es: 'Es degradación estable: el servicio de recomendaciones pasa a ser una dependencia flexible y la página mantiene su función principal con un resultado reducido.',
          en: 'That is graceful degradation: the recommendation service becomes a soft dependency, and the page keeps its core function with a reduced result.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Subir a 10 los intentos máximos del cliente para que la llamada acabe funcionando.',
          en: "Raise the client's maximum attempts to 10 so that the call eventually succeeds.",
        },
        correct: false,
        explanation: {
          es: 'Los reintentos cubren errores pasajeros; en una caída larga solo añaden espera y carga sobre el servicio que falla.',
          en: 'Retries cover passing errors; during a long outage they only add waiting and load on the failing service.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Aumentar a 60 segundos el tiempo de espera de la llamada para recibir las respuestas lentas.',
          en: "Increase the call's timeout to 60 seconds so that slow responses still arrive.",
        },
        correct: false,
        explanation: {
          es: 'Un tiempo de espera mayor hace esperar más a cada página mientras el servicio está caído, y la llamada sigue fallando.',
          en: 'A longer timeout makes every page wait longer while the service is down, and the call still fails.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Devolver HTTP 503 al instante para que el navegador vuelva a pedir la página más tarde.',
          en: 'Return HTTP 503 at once so that the browser requests the whole page again later.',
        },
        correct: false,
        explanation: {
          es: 'Fallar rápido sin respuesta de reserva sigue tumbando la función principal (mostrar el producto) por culpa de una dependencia opcional.',
          en: 'Failing fast without a fallback still takes down the core function (showing the product) because of an optional dependency.',
        },
      },
    ],
    section: 'beyond/sdk-code#graceful-degradation',
    source: {
      title:
        'REL05-BP01 Implement graceful degradation to transform applicable hard dependencies into soft dependencies',
      url: 'https://docs.aws.amazon.com/wellarchitected/latest/framework/rel05-bp01.html',
    },
  },
  {
    id: 't1-1-apigw-request-validation-model',
    task: '1.1',
    kind: 'multiple',
    stem: {
      es: 'Una API de REST de Amazon API Gateway invoca una función de Lambda para `POST /orders`. Muchas solicitudes llegan con un cuerpo JSON sin el campo obligatorio `customerId` o con `quantity` como texto, y la función las rechaza después de invocarse. El equipo quiere que API Gateway rechace esas solicitudes con HTTP 400 antes de invocar la función. ¿Qué pasos debe dar el desarrollador? (Elige DOS.)',
      en: 'A REST API in Amazon API Gateway invokes a Lambda function for `POST /orders`. Many requests arrive with a JSON body that lacks the required `customerId` field or has `quantity` as text, and the function rejects them after it is invoked. The team wants API Gateway to reject those requests with HTTP 400 before it invokes the function. Which steps should the developer take? (Choose TWO.)',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Añadir un autorizador de Lambda que lea el cuerpo y deniegue las solicitudes no válidas.',
          en: 'Add a Lambda authorizer that reads the body and denies invalid requests.',
        },
        correct: false,
        explanation: {
          es: 'Un autorizador de Lambda recibe encabezados, cadenas de consulta y variables de contexto, no el cuerpo, y decide el acceso, no si el cuerpo es válido.',
          en: 'A Lambda authorizer receives headers, query strings, and context variables, not the body, and it decides access, not whether the body is valid.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Añadir a la solicitud de integración una plantilla de asignación que quite los campos no válidos.',
          en: 'Add a mapping template to the integration request that removes the invalid fields.',
        },
        correct: false,
        explanation: {
          es: 'Una plantilla de asignación transforma la solicitud, no la rechaza, y solo funciona con integraciones sin proxy.',
          en: 'A mapping template transforms the request instead of rejecting it, and it works only with non-proxy integrations.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Crear un modelo con un esquema JSON que exija `customerId` y defina `quantity` como entero.',
          en: 'Create a model whose JSON schema requires `customerId` and makes `quantity` an integer.',
        },
        correct: true,
        explanation: {
          es: 'El modelo contiene el esquema JSON con el que API Gateway comprueba el cuerpo de la solicitud.',
          en: 'The model holds the JSON schema against which API Gateway checks the request body.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Asociar a la clave de API de cada cliente un plan de uso con una cuota baja.',
          en: "Attach a usage plan with a low request quota to each client's API key.",
        },
        correct: false,
        explanation: {
          es: 'Un plan de uso limita y cuenta las solicitudes por clave de API; no mira su contenido.',
          en: "A usage plan throttles and counts requests per API key; it doesn't look at their content.",
        },
      },
      {
        id: 'e',
        text: {
          es: 'Asignar al método un validador de solicitudes que valide el cuerpo con su modelo.',
          en: 'Set a request validator on the method that validates the body against its model.',
        },
        correct: true,
        explanation: {
          es: 'Con un validador que comprueba el cuerpo, API Gateway devuelve 400 sin llamar al backend cuando el cuerpo no cumple el modelo.',
          en: "With a validator that checks the body, API Gateway returns 400 without calling the backend when the body doesn't match the model.",
        },
      },
    ],
    section: 'beyond/api-gateway#validation-and-mapping',
    source: {
      title: 'Request validation for REST APIs in API Gateway',
      url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-request-validation.html',
    },
  },
  {
    id: 't1-1-apigw-mapping-template-proxy',
    task: '1.1',
    kind: 'single',
    stem: {
      es: 'Una API de REST de Amazon API Gateway usa una integración de proxy de Lambda (`AWS_PROXY`). Para renombrar algunos campos antes de que lleguen a la función, un desarrollador añade una plantilla de asignación a la solicitud de integración e implementa la API en la etapa. La función sigue recibiendo la solicitud original sin cambios. ¿Qué debe hacer el desarrollador?',
      en: 'A REST API in Amazon API Gateway uses a Lambda proxy integration (`AWS_PROXY`). To rename some fields before they reach the function, a developer adds a mapping template to the integration request and deploys the API to the stage. The function still receives the original request unchanged. What should the developer do?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Añadir un validador de solicitudes con un modelo que describa los campos renombrados.',
          en: 'Add a request validator with a model that describes the renamed fields.',
        },
        correct: false,
        explanation: {
          es: 'Un validador solo acepta o rechaza solicitudes; nunca cambia el cuerpo que recibe la función.',
          en: 'A validator only accepts or rejects requests; it never changes the body that the function receives.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Pasar el método a una integración de Lambda sin proxy (personalizada) y conservar la plantilla.',
          en: 'Switch the method to a Lambda non-proxy (custom) integration and keep the template.',
        },
        correct: true,
        explanation: {
          es: 'Las plantillas de asignación solo funcionan con integraciones sin proxy; con proxy, la solicitud pasa tal cual.',
          en: 'Mapping templates work only with non-proxy integrations; with a proxy integration, the request goes through as it is.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Mover la plantilla de asignación de la solicitud de integración a la respuesta de integración.',
          en: 'Move the mapping template from the integration request to the integration response.',
        },
        correct: false,
        explanation: {
          es: 'Una plantilla en la respuesta cambia lo que recibe el cliente, no lo que recibe la función, y con proxy tampoco se aplica.',
          en: "A template on the response changes what the client gets, not what the function receives, and with a proxy integration it isn't applied either.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'Guardar la correspondencia de campos en una variable de etapa que lea la integración.',
          en: 'Store the field mapping in a stage variable that the integration reads.',
        },
        correct: false,
        explanation: {
          es: 'Las variables de etapa pasan valores por etapa, como un host o el nombre de una función; no transforman el cuerpo en una integración de proxy.',
          en: "Stage variables pass per-stage values, such as a host or a function name; they don't transform the body in a proxy integration.",
        },
      },
    ],
    section: 'beyond/api-gateway#validation-and-mapping',
    source: {
      title: 'Data transformations for REST APIs in API Gateway',
      url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-data-transformations.html',
    },
  },
  {
    id: 't1-1-sdk-paginator-list-objects',
    task: '1.1',
    kind: 'single',
    stem: {
      es: 'Un trabajo nocturno lista los objetos del prefijo `logs/` de un bucket de Amazon S3 con una sola llamada a `list_objects_v2` en Boto3 y borra los antiguos. El bucket tiene ahora cientos de miles de objetos de registro, y el trabajo deja sin borrar la mayoría de los antiguos. ¿Qué cambio corrige el trabajo con menos código?',
      en: 'A nightly job lists the objects under the `logs/` prefix of an Amazon S3 bucket with a single `list_objects_v2` call in Boto3 and deletes the old ones. The bucket now holds hundreds of thousands of log objects, and the job leaves most of the old ones in place. Which change fixes the job with the least code?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Subir `MaxKeys` en la llamada para que una sola respuesta liste todos los objetos.',
          en: 'Raise `MaxKeys` on the call so that one response lists all of the objects.',
        },
        correct: false,
        explanation: {
          es: '`MaxKeys` solo fija el tamaño de cada página; mientras queden objetos, S3 sigue devolviendo un token para pedir la página siguiente.',
          en: '`MaxKeys` only sets the size of each page; while objects remain, S3 keeps returning a token to request the next page.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Reintentar la llamada en modo `standard` hasta que la respuesta incluya todos los objetos.',
          en: 'Retry the call in `standard` mode until the response includes every object.',
        },
        correct: false,
        explanation: {
          es: 'Los reintentos repiten una llamada que falla; una lista truncada no es un error, así que cada reintento devuelve la misma primera página.',
          en: "Retries repeat a call that fails; a truncated listing isn't an error, so each retry returns the same first page.",
        },
      },
      {
        id: 'c',
        text: {
          es: 'Envolver la llamada en un esperador que sondee hasta que la lista esté completa.',
          en: 'Wrap the call in a waiter that polls until the listing is complete.',
        },
        correct: false,
        explanation: {
          es: 'Un esperador sondea un recurso hasta que alcanza un estado, como un bucket que ya existe; no recorre páginas de resultados.',
          en: "A waiter polls a resource until it reaches a state, such as a bucket that exists; it doesn't walk through pages of results.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'Usar el paginador `list_objects_v2` del cliente y procesar todas las páginas que devuelva.',
          en: "Use the client's `list_objects_v2` paginator and process every page it returns.",
        },
        correct: true,
        explanation: {
          es: 'Un paginador hace las llamadas sucesivas y pasa el token por ti, así que el trabajo ve todos los objetos.',
          en: 'A paginator makes the successive calls and passes the token for you, so the job sees every object.',
        },
      },
    ],
    section: 'beyond/sdk-code#paginators',
    source: {
      title: 'Pagination (AWS SDKs and Tools Reference Guide)',
      url: 'https://docs.aws.amazon.com/sdkref/latest/guide/feature-pagination.html',
    },
  },
  {
    id: 't1-1-sdk-waiter-table-exists',
    task: '1.1',
    kind: 'single',
    stem: {
      es: 'Un script de preparación crea una tabla de Amazon DynamoDB con Boto3 y escribe elementos iniciales justo después de que `create_table` responda. Las escrituras fallan porque la tabla sigue en estado `CREATING`. ¿Cuál es la forma más fiable de que el script escriba solo cuando la tabla esté lista?',
      en: 'A setup script creates an Amazon DynamoDB table with Boto3 and writes seed items right after `create_table` returns. The writes fail because the table is still in the `CREATING` status. What is the most reliable way to make the script write only once the table is ready?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Llamar al esperador `table_exists` del cliente antes de escribir los elementos iniciales.',
          en: "Call the client's `table_exists` waiter before writing the seed items.",
        },
        correct: true,
        explanation: {
          es: 'El esperador sondea la tabla (cada 20 segundos, hasta 25 veces por defecto) hasta que existe, y entonces el script continúa.',
          en: 'The waiter polls the table (every 20 seconds, up to 25 times by default) until it exists, and then the script goes on.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Añadir `time.sleep(5)` entre `create_table` y la primera escritura.',
          en: 'Add `time.sleep(5)` between `create_table` and the first write.',
        },
        correct: false,
        explanation: {
          es: 'Una pausa fija adivina cuánto tarda la creación: si tarda más, sigue fallando, y si tarda menos, se pierde tiempo.',
          en: 'A fixed pause guesses how long creation takes: if it takes longer, the writes still fail, and if it takes less, time is wasted.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Poner el cliente en modo de reintentos `standard` con 10 intentos como máximo.',
          en: "Set the client's retry mode to `standard` with 10 maximum attempts.",
        },
        correct: false,
        explanation: {
          es: 'Una tabla que aún no está activa devuelve `ResourceNotFoundException`, un error que el SDK no reintenta y que llega al código al instante.',
          en: "A table that isn't active yet returns `ResourceNotFoundException`, an error that the SDK doesn't retry and that reaches the code at once.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'Usar un paginador sobre `describe_table` para leer el estado hasta que cambie.',
          en: 'Use a paginator on `describe_table` to read the status until it changes.',
        },
        correct: false,
        explanation: {
          es: '`describe_table` devuelve un solo resultado, no páginas; un paginador recorre resultados paginados, no espera a un estado.',
          en: "`describe_table` returns one result, not pages; a paginator walks through paged results, it doesn't wait for a state.",
        },
      },
    ],
    section: 'beyond/sdk-code#waiters',
    source: {
      title: 'Programming Amazon DynamoDB with Python and Boto3',
      url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/programming-with-python.html',
    },
  },
  {
    id: 't1-1-kinesis-putrecords-failed-records',
    task: '1.1',
    kind: 'single',
    stem: {
      es: 'Un productor envía lotes de 500 registros a Amazon Kinesis Data Streams con `PutRecords`. Todas las llamadas devuelven HTTP 200, pero en los picos de tráfico los consumidores echan en falta algunos registros. ¿Qué debe hacer el productor?',
      en: 'A producer sends batches of 500 records to Amazon Kinesis Data Streams with `PutRecords`. Every call returns HTTP 200, but during traffic peaks consumers find that some records never arrive. What should the producer do?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Comprobar `FailedRecordCount` y reenviar solo los registros que traen un `ErrorCode`.',
          en: 'Check `FailedRecordCount` and resend only the records that carry an `ErrorCode`.',
        },
        correct: true,
        explanation: {
          es: 'Cada registro fallido vuelve en la misma posición de la respuesta con `ErrorCode`; reenviar solo esos, con retardo exponencial, evita pérdidas y duplicados.',
          en: 'Each failed record comes back in the same position of the response with an `ErrorCode`; resending only those, with backoff, avoids losses and duplicates.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Reenviar el lote completo cada vez que la llamada lance una excepción.',
          en: 'Resend the whole batch whenever the call raises an exception.',
        },
        correct: false,
        explanation: {
          es: '`PutRecords` no lanza una excepción por los registros fallidos, devuelve 200; además, reenviar lotes completos duplica los registros que ya se escribieron.',
          en: "`PutRecords` doesn't raise an exception for failed records, it returns 200; resending whole batches would also duplicate the records already written.",
        },
      },
      {
        id: 'c',
        text: {
          es: 'Poner `SequenceNumberForOrdering` en cada registro para que no se salte ninguno.',
          en: 'Set `SequenceNumberForOrdering` on each record so that none is skipped.',
        },
        correct: false,
        explanation: {
          es: 'Ese parámetro de `PutRecord` ordena los registros de una misma clave de partición; no informa de los registros fallidos ni los recupera.',
          en: "That `PutRecord` parameter orders records within one partition key; it doesn't report failed records or recover them.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'Aumentar el periodo de retención del flujo para que los registros duren más en el fragmento.',
          en: "Raise the stream's retention period so that records stay longer in the shard.",
        },
        correct: false,
        explanation: {
          es: 'Los registros perdidos nunca se escribieron; la retención solo fija cuánto tiempo se pueden leer los registros escritos.',
          en: 'The missing records were never written; retention only sets how long written records stay readable.',
        },
      },
    ],
    section: 'beyond/sdk-code#kinesis-producers',
    source: {
      title: 'PutRecords (Amazon Kinesis Data Streams API Reference)',
      url: 'https://docs.aws.amazon.com/kinesis/latest/APIReference/API_PutRecords.html',
    },
  },
  {
    id: 't1-1-firehose-clickstream-to-s3',
    task: '1.1',
    kind: 'single',
    stem: {
      es: 'Una empresa recoge los eventos de clics de su sitio web y necesita guardarlos en Amazon S3 por lotes para analizarlos después. El equipo no quiere escribir ni ejecutar código consumidor. ¿Qué solución requiere menos esfuerzo operativo?',
      en: "A company collects clickstream events from its website and needs them stored in Amazon S3 in batches for later analysis. The team doesn't want to write or run any consumer code. Which solution requires the least operational overhead?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Escribir los eventos en Amazon Kinesis Data Streams y procesarlos con una aplicación de KCL que escriba en S3.',
          en: 'Write the events to Amazon Kinesis Data Streams and run a KCL application that writes them to S3.',
        },
        correct: false,
        explanation: {
          es: 'Funciona, pero hay que escribir, ejecutar y escalar el consumidor de KCL, que es justo lo que el equipo quiere evitar.',
          en: 'It works, but you must write, run, and scale the KCL consumer, which is exactly what the team wants to avoid.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Encolar los eventos en Amazon SQS y que una función de Lambda escriba cada lote en S3.',
          en: 'Queue the events in Amazon SQS and have a Lambda function write each batch to S3.',
        },
        correct: false,
        explanation: {
          es: 'Exige una función que escribes y mantienes tú, con tu propia lógica de agrupación en lotes.',
          en: 'It requires a function that you write and maintain, with your own batching logic.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Enviar los eventos a Amazon Data Firehose con el bucket de S3 como destino.',
          en: 'Send the events to Amazon Data Firehose with the S3 bucket as the destination.',
        },
        correct: true,
        explanation: {
          es: 'Firehose acumula los registros por tamaño o por intervalo y los entrega en S3 sin código consumidor tuyo.',
          en: 'Firehose buffers records by size or interval and delivers them to S3 with no consumer code of yours.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Publicar los eventos en un tema de Amazon SNS al que esté suscrito el bucket de S3.',
          en: 'Publish the events to an Amazon SNS topic with the S3 bucket subscribed to it.',
        },
        correct: false,
        explanation: {
          es: 'Un bucket de S3 no es un tipo de suscripción de SNS; SNS entrega a SQS, Lambda, HTTP(S), correo electrónico, SMS, notificaciones móviles o Firehose.',
          en: "An S3 bucket isn't an SNS subscription type; SNS delivers to SQS, Lambda, HTTP(S), email, SMS, mobile push, or Firehose.",
        },
      },
    ],
    section: 'beyond/sdk-code#amazon-data-firehose',
    source: {
      title: 'What is Amazon Data Firehose?',
      url: 'https://docs.aws.amazon.com/firehose/latest/dev/what-is-this-service.html',
    },
  },
  {
    id: 't1-1-kinesis-lambda-base64-data',
    task: '1.1',
    kind: 'single',
    stem: {
      es: 'Unos productores escriben eventos de pedido en JSON en un flujo de datos de Amazon Kinesis con el SDK de AWS. Una función de Lambda en Python consume el flujo mediante una asignación de orígenes de eventos y llama a `json.loads(record["kinesis"]["data"])` para cada registro, lo que lanza un error de decodificación en todos. ¿Qué debe cambiar el desarrollador?',
      en: 'Producers write JSON order events to an Amazon Kinesis data stream with the AWS SDK. A Python Lambda function consumes the stream through an event source mapping and calls `json.loads(record["kinesis"]["data"])` for each record, which raises a decoding error for every record. What should the developer change?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Decodificar de base64 `record["kinesis"]["data"]` antes de interpretarlo como JSON.',
          en: 'Base64-decode `record["kinesis"]["data"]` before parsing it as JSON.',
        },
        correct: true,
        explanation: {
          es: 'Lambda recibe los datos de cada registro de Kinesis codificados en base64, así que la función debe decodificarlos antes de leer el JSON.',
          en: "Lambda receives each Kinesis record's data base64-encoded, so the function must decode it before reading the JSON.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'Hacer que los productores codifiquen el JSON en base64 antes de llamar a `PutRecord`.',
          en: 'Have the producers base64-encode the JSON before they call `PutRecord`.',
        },
        correct: false,
        explanation: {
          es: 'El SDK ya codifica el blob de datos para el transporte; codificarlo otra vez en el productor solo obligaría a decodificar dos veces.',
          en: 'The SDK already encodes the data blob for transport; encoding it again in the producer would only force consumers to decode twice.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Leer `record["kinesis"]["partitionKey"]`, que contiene la carga útil del registro.',
          en: 'Parse `record["kinesis"]["partitionKey"]`, which holds the record\'s payload.',
        },
        correct: false,
        explanation: {
          es: 'La clave de partición solo elige el fragmento; la carga útil está en `data`.',
          en: 'The partition key only chooses the shard; the payload is in `data`.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Activar la distribución ramificada mejorada (enhanced fan-out) para recibir registros decodificados.',
          en: 'Enable enhanced fan-out so that the function receives decoded records.',
        },
        correct: false,
        explanation: {
          es: 'La distribución ramificada mejorada da a un consumidor su propio rendimiento por fragmento; no cambia cómo llegan codificados los datos.',
          en: "Enhanced fan-out gives a consumer its own throughput per shard; it doesn't change how the data is encoded.",
        },
      },
    ],
    section: 'beyond/sdk-code#json-and-base64',
    source: {
      title: 'Invoke a Lambda function from a Kinesis trigger (AWS SDK Code Examples Code Library)',
      url: 'https://docs.aws.amazon.com/code-library/latest/ug/lambda_example_serverless_Kinesis_Lambda_section.html',
    },
  },
  {
    id: 't1-1-dynamodb-document-client-js',
    task: '1.1',
    kind: 'single',
    stem: {
      es: 'Una función en Node.js usa el AWS SDK for JavaScript v3. Envía `new PutItemCommand({ TableName: "Orders", Item: { pk: "order#1", total: 42 } })` con un `DynamoDBClient`, y la llamada falla. El equipo quiere seguir escribiendo los elementos como objetos normales de JavaScript. ¿Qué debe hacer el desarrollador?',
      en: 'A Node.js function uses the AWS SDK for JavaScript v3. It sends `new PutItemCommand({ TableName: "Orders", Item: { pk: "order#1", total: 42 } })` with a `DynamoDBClient`, and the call fails. The team wants to keep writing items as plain JavaScript objects. What should the developer do?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Pasar en `Item` el resultado de `JSON.stringify` del elemento para que viaje como JSON.',
          en: 'Pass the result of `JSON.stringify` on the item as `Item` so that it travels as JSON.',
        },
        correct: false,
        explanation: {
          es: '`Item` debe ser un mapa de valores de atributo de DynamoDB, no una cadena; el cliente de bajo nivel envía lo que le das.',
          en: '`Item` must be a map of DynamoDB attribute values, not a string; the low-level client sends what you give it.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Añadir `marshallOptions: { removeUndefinedValues: true }` al `DynamoDBClient`.',
          en: 'Add `marshallOptions: { removeUndefinedValues: true }` to the `DynamoDBClient`.',
        },
        correct: false,
        explanation: {
          es: 'Esa opción es del cliente de documentos y solo descarta los valores `undefined`; no convierte tipos.',
          en: "That option belongs to the document client and only drops `undefined` values; it doesn't convert types.",
        },
      },
      {
        id: 'c',
        text: {
          es: 'Envolver el cliente con `DynamoDBDocumentClient.from(client)` y enviar un `PutCommand`.',
          en: 'Wrap the client with `DynamoDBDocumentClient.from(client)` and send a `PutCommand`.',
        },
        correct: true,
        explanation: {
          es: 'El cliente de documentos de `@aws-sdk/lib-dynamodb` convierte los tipos nativos de JavaScript al JSON de DynamoDB, como `{ S: "order#1" }` y `{ N: "42" }`.',
          en: 'The document client from `@aws-sdk/lib-dynamodb` converts native JavaScript types to DynamoDB JSON, such as `{ S: "order#1" }` and `{ N: "42" }`.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Enviar el elemento con `BatchWriteItemCommand`, que acepta objetos normales.',
          en: 'Send the item with `BatchWriteItemCommand`, which accepts plain objects.',
        },
        correct: false,
        explanation: {
          es: 'En el cliente de bajo nivel, `BatchWriteItem` usa el mismo JSON de DynamoDB que `PutItem`.',
          en: 'In the low-level client, `BatchWriteItem` uses the same DynamoDB JSON as `PutItem`.',
        },
      },
    ],
    section: 'beyond/sdk-code#dynamodb-attribute-values',
    source: {
      title: 'DynamoDB document client (AWS SDK for JavaScript v3)',
      url: 'https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/migrate-dynamodb-doc-client.html',
    },
  },
  {
    id: 't1-1-s3-events-to-fifo-via-eventbridge',
    task: '1.1',
    kind: 'multiple',
    stem: {
      es: 'Cada objeto nuevo de un bucket de Amazon S3 debe generar un mensaje en una cola FIFO de Amazon SQS ya existente, `uploads.fifo`, que lee el consumidor de otro equipo. ¿Qué pasos debe dar el desarrollador? (Elige DOS.)',
      en: "Each new object in an Amazon S3 bucket must produce a message in an existing Amazon SQS FIFO queue, `uploads.fifo`, which another team's consumer reads. Which steps should the developer take? (Choose TWO.)",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Añadir una entrada `QueueConfigurations` para `uploads.fifo` en la configuración de notificaciones del bucket.',
          en: "Add a `QueueConfigurations` entry for `uploads.fifo` to the bucket's notification configuration.",
        },
        correct: false,
        explanation: {
          es: 'Las notificaciones de eventos de S3 no admiten colas FIFO de SQS como destino.',
          en: "S3 Event Notifications don't support SQS FIFO queues as destinations.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'Activar en el bucket el envío de eventos a Amazon EventBridge.',
          en: 'Turn on Amazon EventBridge notifications for the bucket.',
        },
        correct: true,
        explanation: {
          es: 'Con EventBridge activado, S3 envía todos los eventos del bucket a EventBridge, que puede llevarlos a destinos que S3 no alcanza directamente.',
          en: "With EventBridge turned on, S3 sends every bucket event to EventBridge, which can route it to targets that S3 can't reach directly.",
        },
      },
      {
        id: 'c',
        text: {
          es: 'Usar como destino de la notificación un tema FIFO de SNS y suscribir la cola a él.',
          en: 'Use an SNS FIFO topic as the notification destination and subscribe the queue to it.',
        },
        correct: false,
        explanation: {
          es: 'Los temas FIFO de SNS tampoco se admiten como destino de las notificaciones de S3.',
          en: "SNS FIFO topics aren't supported as S3 notification destinations either.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'Crear una regla de EventBridge para los eventos Object Created con la cola como destino y un `MessageGroupId`.',
          en: 'Create an EventBridge rule for Object Created events that targets the queue with a `MessageGroupId`.',
        },
        correct: true,
        explanation: {
          es: 'Una regla de EventBridge puede tener como destino una cola FIFO; `SqsParameters` fija el ID de grupo de mensajes que exige FIFO.',
          en: 'An EventBridge rule can target a FIFO queue; `SqsParameters` sets the message group ID that FIFO requires.',
        },
      },
      {
        id: 'e',
        text: {
          es: 'Permitir a `s3.amazonaws.com` llamar a `SQS:SendMessage` en la política de acceso de la cola.',
          en: "Allow `s3.amazonaws.com` to call `SQS:SendMessage` in the queue's access policy.",
        },
        correct: false,
        explanation: {
          es: 'Ese permiso sirve para las notificaciones directas de S3 a una cola estándar; no convierte una cola FIFO en un destino válido de S3.',
          en: "That permission serves direct S3 notifications to a standard queue; it doesn't make a FIFO queue a valid S3 destination.",
        },
      },
    ],
    section: 'beyond/s3-cloudfront#destinations-and-permissions',
    source: {
      title: 'Event notification types and destinations (Amazon S3)',
      url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-how-to-event-types-and-destinations.html',
    },
  },
  {
    id: 't1-1-bedrock-converse-switch-models',
    task: '1.1',
    kind: 'single',
    stem: {
      es: 'Un desarrollador crea una funcionalidad de chat con Amazon Bedrock y debe comparar modelos fundacionales de varios proveedores. El equipo quiere cambiar de modelo modificando un valor de configuración, sin reescribir cómo el código construye las solicitudes ni cómo lee las respuestas. ¿Qué enfoque cumple este requisito?',
      en: 'A developer builds a chat feature on Amazon Bedrock and must compare foundation models from several providers. The team wants to switch models by changing a configuration value, without rewriting how the code builds requests or reads responses. Which approach meets this requirement?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Llamar a `InvokeModel` con un mismo formato de cuerpo JSON para todos los modelos.',
          en: 'Call `InvokeModel` with one JSON body format shared by every model.',
        },
        correct: false,
        explanation: {
          es: '`InvokeModel` recibe el cuerpo en el formato propio de cada proveedor, así que un cuerpo común no sirve para todos.',
          en: "`InvokeModel` takes each provider's own body format, so one shared body doesn't work for every model.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'Llamar a `ApplyGuardrail` con el ID de modelo tomado de la configuración.',
          en: 'Call `ApplyGuardrail` with the model ID taken from configuration.',
        },
        correct: false,
        explanation: {
          es: '`ApplyGuardrail` evalúa texto con una barrera de protección y no llama a ningún modelo.',
          en: '`ApplyGuardrail` checks text against a guardrail and calls no model.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Llamar a las API del cliente `bedrock`, que gestionan los modelos sin depender del proveedor.',
          en: 'Call the APIs of the `bedrock` client, which manage models independently of the provider.',
        },
        correct: false,
        explanation: {
          es: 'El punto de conexión `bedrock` es el plano de control (barreras de protección, perfiles de inferencia); la inferencia va a `bedrock-runtime`.',
          en: 'The `bedrock` endpoint is the control plane (guardrails, inference profiles); inference goes to `bedrock-runtime`.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Llamar a `Converse` con el cliente `bedrock-runtime` y leer `modelId` de la configuración.',
          en: 'Call `Converse` with the `bedrock-runtime` client and read `modelId` from configuration.',
        },
        correct: true,
        explanation: {
          es: '`Converse` ofrece una sola interfaz de mensajes para todos los modelos que admiten mensajes, así que basta con cambiar `modelId`.',
          en: '`Converse` offers one message interface for every model that supports messages, so changing `modelId` is enough.',
        },
      },
    ],
    section: 'beyond/ai-security#converse-vs-invokemodel',
    source: {
      title: 'Converse (Amazon Bedrock API Reference)',
      url: 'https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html',
    },
  },
  {
    id: 't1-2-vpc-function-nat-gateway',
    task: '1.2',
    kind: 'single',
    stem: {
      es: 'Una función de Lambda se conectó a subredes privadas de una VPC para consultar una base de datos de Amazon RDS. Desde entonces, sus llamadas a la API de pagos de un tercero en Internet agotan el tiempo de espera, mientras que las consultas a la base de datos funcionan. ¿Qué debe hacer el desarrollador?',
      en: 'A Lambda function was connected to private subnets of a VPC so that it can query an Amazon RDS database. Since then, its calls to a third-party payment API on the internet time out, while the database queries work. What should the developer do?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Pasar la función a subredes públicas cuya tabla de rutas apunte a un gateway de Internet.',
          en: 'Move the function to public subnets whose route table points to an internet gateway.',
        },
        correct: false,
        explanation: {
          es: 'Lambda no da a la función una dirección IP pública, así que una subred pública no le da acceso a Internet.',
          en: "Lambda doesn't give the function a public IP address, so a public subnet doesn't give it internet access.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'Aumentar el tiempo de espera de la función a 15 minutos para que las llamadas terminen.',
          en: 'Increase the function timeout to 15 minutes so that the calls can complete.',
        },
        correct: false,
        explanation: {
          es: 'Las llamadas no tienen ruta hacia Internet; esperar más no hace que terminen.',
          en: "The calls have no route to the internet; waiting longer doesn't make them complete.",
        },
      },
      {
        id: 'c',
        text: {
          es: 'Crear un gateway NAT en una subred pública y enviar a él el tráfico de Internet de la función.',
          en: "Add a NAT gateway in a public subnet and route the function's internet traffic to it.",
        },
        correct: true,
        explanation: {
          es: 'Una función conectada a una VPC solo sale a Internet a través de un gateway NAT situado en una subred pública.',
          en: 'A VPC-connected function reaches the internet only through a NAT gateway in a public subnet.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Crear un punto de conexión de VPC de interfaz para AWS Lambda en las subredes de la función.',
          en: "Create an interface VPC endpoint for AWS Lambda in the function's subnets.",
        },
        correct: false,
        explanation: {
          es: 'Un punto de conexión de interfaz para Lambda sirve para llamar a la API de Lambda desde la VPC de forma privada; no da salida hacia una API de terceros.',
          en: 'An interface endpoint for Lambda lets the VPC call the Lambda API privately; it gives no route to a third-party API.',
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
    id: 't1-2-vpc-execution-role-eni-permissions',
    task: '1.2',
    kind: 'single',
    stem: {
      es: 'Un desarrollador actualiza una función de Lambda para conectarla a dos subredes privadas y a un grupo de seguridad, de modo que llegue a un clúster de Amazon ElastiCache. La actualización falla con un error que dice que el rol de la función no puede crear interfaces de red (`ec2:CreateNetworkInterface`). ¿Qué cambio corrige el error?',
      en: "A developer updates a Lambda function to connect it to two private subnets and a security group so that it can reach an Amazon ElastiCache cluster. The update fails with an error saying that the function's role isn't allowed to create network interfaces (`ec2:CreateNetworkInterface`). Which change fixes the error?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Añadir a la política basada en recursos de la función una instrucción para `ec2.amazonaws.com`.',
          en: "Add a statement for `ec2.amazonaws.com` to the function's resource-based policy.",
        },
        correct: false,
        explanation: {
          es: 'La política basada en recursos dice quién puede invocar la función; no da permisos a la función.',
          en: 'The resource-based policy says who may invoke the function; it gives the function no permissions.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Asociar la política administrada `AWSLambdaVPCAccessExecutionRole` al rol de ejecución.',
          en: 'Attach the `AWSLambdaVPCAccessExecutionRole` managed policy to the execution role.',
        },
        correct: true,
        explanation: {
          es: 'Lambda crea interfaces de red Hyperplane con el rol de ejecución, y esa política administrada incluye `ec2:CreateNetworkInterface` y los permisos afines.',
          en: 'Lambda creates Hyperplane network interfaces with the execution role, and that managed policy includes `ec2:CreateNetworkInterface` and the related permissions.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Asociar la política administrada `AWSLambdaBasicExecutionRole` al rol de ejecución.',
          en: 'Attach the `AWSLambdaBasicExecutionRole` managed policy to the execution role.',
        },
        correct: false,
        explanation: {
          es: 'Esa política solo permite escribir registros en Amazon CloudWatch Logs.',
          en: 'That policy only allows writing logs to Amazon CloudWatch Logs.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Permitir en el grupo de seguridad de la función el tráfico entrante desde 0.0.0.0/0.',
          en: "Allow inbound traffic from 0.0.0.0/0 in the function's security group.",
        },
        correct: false,
        explanation: {
          es: 'Las reglas de un grupo de seguridad controlan el tráfico de red, no el permiso de IAM para crear interfaces de red.',
          en: 'Security group rules control network traffic, not the IAM permission to create network interfaces.',
        },
      },
    ],
    section: 'beyond/lambda#vpc-access',
    source: {
      title: 'Giving Lambda functions access to resources in an Amazon VPC',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html',
    },
  },
  {
    id: 't1-2-memory-for-cpu-bound-function',
    task: '1.2',
    kind: 'single',
    stem: {
      es: 'Una función de Lambda redimensiona imágenes y está limitada por la CPU. Tiene 512 MB de memoria configurados, usa unos 200 MB y cada invocación tarda 40 segundos. El equipo quiere que las invocaciones terminen antes sin cambiar el código. ¿Qué cambio de configuración debe hacer el desarrollador?',
      en: 'A Lambda function resizes images and is CPU-bound. It is configured with 512 MB of memory, uses about 200 MB, and each invocation takes 40 seconds. The team wants invocations to finish sooner without changing the code. Which configuration change should the developer make?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Aumentar el almacenamiento efímero (`/tmp`) de 512 MB a 10 240 MB.',
          en: 'Increase the ephemeral storage (`/tmp`) from 512 MB to 10,240 MB.',
        },
        correct: false,
        explanation: {
          es: 'El tamaño de `/tmp` da más espacio en disco, pero no añade CPU.',
          en: 'The size of `/tmp` gives more disk space, but it adds no CPU.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Configurar simultaneidad aprovisionada en el alias de la función.',
          en: "Configure provisioned concurrency on the function's alias.",
        },
        correct: false,
        explanation: {
          es: 'La simultaneidad aprovisionada elimina los arranques en frío; no acelera los 40 segundos de procesamiento.',
          en: "Provisioned concurrency removes cold starts; it doesn't speed up the 40 seconds of processing.",
        },
      },
      {
        id: 'c',
        text: {
          es: 'Subir el tiempo de espera de la función de 60 a 900 segundos.',
          en: 'Raise the function timeout from 60 to 900 seconds.',
        },
        correct: false,
        explanation: {
          es: 'El tiempo de espera solo fija cuánto puede durar una invocación; no la hace más rápida.',
          en: "The timeout only sets how long an invocation may run; it doesn't make it faster.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'Aumentar la memoria de la función, por ejemplo a 1769 MB o más.',
          en: "Increase the function's memory, for example to 1,769 MB or more.",
        },
        correct: true,
        explanation: {
          es: 'Lambda asigna CPU en proporción a la memoria, con una vCPU completa a 1769 MB, así que el código limitado por la CPU se ejecuta más rápido.',
          en: 'Lambda allocates CPU in proportion to memory, with one full vCPU at 1,769 MB, so CPU-bound code runs faster.',
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
    id: 't1-2-layer-shared-library',
    task: '1.2',
    kind: 'single',
    stem: {
      es: 'Doce funciones en Python, implementadas como archivos .zip, usan la misma biblioteca interna. Hoy cada paquete de implementación incluye su propia copia, y actualizar la biblioteca obliga a reconstruir todos los paquetes. El equipo quiere publicar la biblioteca una vez y referenciarla desde cada función. ¿Qué debe usar el desarrollador?',
      en: 'Twelve Python functions, deployed as .zip archives, use the same internal library. Today each deployment package includes its own copy, and updating the library means rebuilding every package. The team wants to publish the library once and reference it from each function. What should the developer use?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Una capa de Lambda con la biblioteca, añadida a la configuración de cada función.',
          en: "A Lambda layer with the library, added to each function's configuration.",
        },
        correct: true,
        explanation: {
          es: 'Una capa es un .zip de bibliotecas que Lambda extrae en `/opt`; cada función puede añadir hasta cinco capas.',
          en: 'A layer is a .zip of libraries that Lambda extracts into `/opt`; each function can add up to five layers.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Una extensión externa que ejecute la biblioteca junto a cada función.',
          en: 'An external extension that runs the library next to each function.',
        },
        correct: false,
        explanation: {
          es: 'Una extensión añade herramientas de monitoreo, seguridad o gobierno como un proceso aparte; no es la forma de compartir código que se importa.',
          en: "An extension adds monitoring, security, or governance tools as a separate process; it isn't how you share code that functions import.",
        },
      },
      {
        id: 'c',
        text: {
          es: 'Una variable de entorno que contenga el código de la biblioteca codificado en base64.',
          en: "An environment variable that holds the library's code, encoded in base64.",
        },
        correct: false,
        explanation: {
          es: 'Las variables de entorno ocupan como máximo 4 KB en total por función y no están pensadas para código.',
          en: "Environment variables are limited to 4 KB in total per function and aren't meant for code.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'Imágenes de contenedor para las funciones, cada una con la capa compartida asociada.',
          en: 'Container images for the functions, each with the shared layer attached.',
        },
        correct: false,
        explanation: {
          es: 'Las capas solo sirven para funciones implementadas como archivos .zip; una imagen de contenedor lleva sus propias dependencias.',
          en: 'Layers work only with functions deployed as .zip archives; a container image carries its own dependencies.',
        },
      },
    ],
    section: 'beyond/lambda#layers-and-extensions',
    source: {
      title: 'Managing Lambda dependencies with layers',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/chapter-layers.html',
    },
  },
  {
    id: 't1-2-provisioned-concurrency-alias',
    task: '1.2',
    kind: 'single',
    stem: {
      es: 'Una API de Amazon API Gateway invoca el alias `prod` de una función de Lambda en Node.js. Tras los periodos de poca actividad, las primeras solicitudes tardan más de 2 segundos porque cada entorno de ejecución nuevo carga una configuración grande durante la inicialización. El equipo necesita una latencia baja y constante en horario laboral. ¿Qué debe configurar el desarrollador?',
      en: 'An API in Amazon API Gateway invokes the `prod` alias of a Node.js Lambda function. After quiet periods, the first requests take over 2 seconds because each new execution environment loads a large configuration during initialization. The team needs consistently low latency during business hours. What should the developer configure?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Simultaneidad reservada en la función igual al pico de tráfico esperado.',
          en: 'Reserved concurrency on the function equal to the expected peak.',
        },
        correct: false,
        explanation: {
          es: 'La simultaneidad reservada garantiza y limita la simultaneidad sin costo, pero no mantiene ningún entorno inicializado.',
          en: 'Reserved concurrency guarantees and caps concurrency at no cost, but it keeps no environment initialized.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Lambda SnapStart en la versión publicada a la que apunta el alias.',
          en: 'Lambda SnapStart on the published version behind the alias.',
        },
        correct: false,
        explanation: {
          es: 'SnapStart admite los tiempos de ejecución de Java, Python y .NET, no Node.js.',
          en: 'SnapStart supports Java, Python, and .NET runtimes, not Node.js.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Simultaneidad aprovisionada en el alias `prod` para la carga esperada.',
          en: 'Provisioned concurrency on the `prod` alias for the expected load.',
        },
        correct: true,
        explanation: {
          es: 'Lambda mantiene inicializados ese número de entornos, así que las solicitudes hasta esa cifra no sufren arranque en frío; Application Auto Scaling puede ajustarla.',
          en: 'Lambda keeps that number of environments initialized, so requests up to it have no cold start; Application Auto Scaling can adjust it.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Simultaneidad aprovisionada en `$LATEST` para que la aprovechen todas las versiones.',
          en: 'Provisioned concurrency on `$LATEST` so that every version benefits from it.',
        },
        correct: false,
        explanation: {
          es: 'La simultaneidad aprovisionada se asigna a una versión publicada o a un alias, nunca a `$LATEST`.',
          en: 'Provisioned concurrency is assigned to a published version or an alias, never to `$LATEST`.',
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
    id: 't1-2-async-success-and-failure-destinations',
    task: '1.2',
    kind: 'single',
    stem: {
      es: 'Amazon S3 invoca una función de Lambda de forma asíncrona por cada archivo subido. El equipo quiere que los resultados de las invocaciones correctas vayan a una cola de Amazon SQS y que los registros de las invocaciones que fallan, tras los reintentos, vayan a otra. ¿Qué debe configurar el desarrollador?',
      en: 'Amazon S3 invokes a Lambda function asynchronously for each uploaded file. The team wants the results of successful invocations sent to one Amazon SQS queue, and the records of invocations that fail after retries sent to another. What should the developer configure?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Una cola de mensajes fallidos (DLQ) en la función, que reciba los eventos correctos y los fallidos.',
          en: 'A dead-letter queue (DLQ) on the function that receives both successful and failed events.',
        },
        correct: false,
        explanation: {
          es: 'Una DLQ solo recibe los eventos que no se pudieron procesar; las invocaciones correctas nunca llegan a ella.',
          en: "A DLQ receives only events that couldn't be processed; successful invocations never reach it.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'Destinos en caso de éxito y en caso de error que apunten a dos colas estándar de SQS.',
          en: 'On-success and on-failure destinations that point to two standard SQS queues.',
        },
        correct: true,
        explanation: {
          es: 'Los destinos envían un registro de invocación, con la solicitud y la respuesta, tanto de los éxitos como de los fallos tras los reintentos.',
          en: 'Destinations send an invocation record, with the request and the response, for successes and for failures after retries.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Destinos en caso de éxito y en caso de error que apunten a dos colas FIFO de SQS.',
          en: 'On-success and on-failure destinations that point to two SQS FIFO queues.',
        },
        correct: false,
        explanation: {
          es: 'Las colas FIFO de SQS no se admiten como destino de Lambda.',
          en: "SQS FIFO queues aren't supported as Lambda destinations.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'Una asignación de orígenes de eventos desde el bucket que informe de los elementos fallidos.',
          en: 'An event source mapping from the bucket that reports batch item failures.',
        },
        correct: false,
        explanation: {
          es: 'S3 no es un origen de asignaciones de orígenes de eventos: empuja los eventos a la función de forma asíncrona.',
          en: "S3 isn't a source for event source mappings: it pushes events to the function asynchronously.",
        },
      },
    ],
    section: 'beyond/lambda#destinations',
    source: {
      title: 'Capturing records of Lambda asynchronous invocations',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html',
    },
  },
  {
    id: 't1-2-async-event-age-and-retries',
    task: '1.2',
    kind: 'multiple',
    stem: {
      es: 'Una regla de Amazon EventBridge invoca una función de Lambda de forma asíncrona. Los eventos con más de 1 hora de antigüedad ya no sirven y deben descartarse, y un evento cuyo procesamiento falle por un error de la función debe reintentarse una vez como máximo. ¿Qué ajustes debe configurar el desarrollador en la función? (Elige DOS.)',
      en: 'An Amazon EventBridge rule invokes a Lambda function asynchronously. Events older than 1 hour are useless and must be discarded, and an event whose processing fails with a function error must be retried at most once. Which settings should the developer configure on the function? (Choose TWO.)',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Fijar el tiempo de espera de la función en 3600 segundos.',
          en: 'Set the function timeout to 3,600 seconds.',
        },
        correct: false,
        explanation: {
          es: 'El tiempo de espera limita una invocación y no puede pasar de 900 segundos; no descarta eventos antiguos.',
          en: "The timeout limits one invocation and can't exceed 900 seconds; it doesn't discard old events.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'Fijar la antigüedad máxima del evento en 3600 segundos.',
          en: 'Set the maximum event age to 3,600 seconds.',
        },
        correct: true,
        explanation: {
          es: 'Los eventos que pasan en la cola más tiempo que la antigüedad máxima se descartan (o van a un destino o a una cola de mensajes fallidos); el rango va de 60 a 21 600 segundos.',
          en: 'Events that stay queued longer than the maximum event age are discarded (or sent to a destination or a dead-letter queue); the range is 60 to 21,600 seconds.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Fijar la simultaneidad reservada de la función en 1.',
          en: "Set the function's reserved concurrency to 1.",
        },
        correct: false,
        explanation: {
          es: 'La simultaneidad reservada limita las ejecuciones a la vez; no cambia los reintentos ni la antigüedad de los eventos.',
          en: 'Reserved concurrency caps concurrent executions; it changes neither retries nor event age.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Fijar en 3600 segundos el tiempo de espera de visibilidad de la cola interna.',
          en: "Set the internal queue's visibility timeout to 3,600 seconds.",
        },
        correct: false,
        explanation: {
          es: 'La cola interna de Lambda para eventos asíncronos no tiene un tiempo de espera de visibilidad que se configure; es un ajuste de Amazon SQS.',
          en: "Lambda's internal queue for asynchronous events has no visibility timeout that you configure; that is an Amazon SQS setting.",
        },
      },
      {
        id: 'e',
        text: {es: 'Fijar los reintentos máximos en 1.', en: 'Set the maximum retry attempts to 1.'},
        correct: true,
        explanation: {
          es: 'En la invocación asíncrona los reintentos se fijan entre 0 y 2; con 1, un error de la función se reintenta una sola vez.',
          en: 'For asynchronous invocation, retry attempts range from 0 to 2; with 1, a function error is retried only once.',
        },
      },
    ],
    section: 'beyond/lambda#async-error-handling',
    source: {
      title: 'PutFunctionEventInvokeConfig (AWS Lambda API Reference)',
      url: 'https://docs.aws.amazon.com/lambda/latest/api/API_PutFunctionEventInvokeConfig.html',
    },
  },
  {
    id: 't1-2-sqs-mapping-redrive-policy',
    task: '1.2',
    kind: 'single',
    stem: {
      es: 'Una función de Lambda procesa una cola estándar de Amazon SQS mediante una asignación de orígenes de eventos. Un mensaje mal formado hace fallar la función cada vez y lleva días reapareciendo. El desarrollador configuró una cola de mensajes fallidos en la función, pero el mensaje nunca llega a ella. ¿Qué debe hacer el desarrollador?',
      en: 'A Lambda function processes an Amazon SQS standard queue through an event source mapping. A malformed message makes the function fail every time, and it has kept reappearing for days. The developer configured a dead-letter queue on the function, but the message never arrives there. What should the developer do?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Bajar a 0 los reintentos de invocación asíncrona de la función para que el mensaje se descarte.',
          en: "Lower the function's asynchronous retry attempts to 0 so that the message is discarded.",
        },
        correct: false,
        explanation: {
          es: 'Los ajustes de invocación asíncrona, como la DLQ de la función, no se aplican a los mensajes que lee una asignación de orígenes de eventos.',
          en: "Asynchronous invocation settings, like the function's DLQ, don't apply to messages that an event source mapping reads.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'Subir a 12 horas el tiempo de espera de visibilidad de la cola para espaciar los intentos.',
          en: "Increase the queue's visibility timeout to 12 hours to space out the attempts.",
        },
        correct: false,
        explanation: {
          es: 'Un tiempo de espera de visibilidad mayor solo retrasa cada reintento; el mensaje sigue volviendo y nunca sale de la cola.',
          en: 'A longer visibility timeout only delays each retry; the message still comes back and never leaves the queue.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Reducir a 1 minuto el periodo de retención de la cola para que el mensaje caduque antes.',
          en: "Reduce the queue's retention period to 1 minute so that the message expires sooner.",
        },
        correct: false,
        explanation: {
          es: 'Una retención tan corta borra todos los mensajes sin procesar, también los válidos, y no guarda copia del mensaje mal formado.',
          en: 'Such a short retention deletes every unprocessed message, valid ones included, and keeps no copy of the malformed one.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Dar a la cola de origen una política de redireccionamiento hacia una DLQ con `maxReceiveCount` 5.',
          en: 'Give the source queue a redrive policy to a DLQ with a `maxReceiveCount` of 5.',
        },
        correct: true,
        explanation: {
          es: 'Con una asignación de SQS, los fallos los gestiona la cola: tras `maxReceiveCount` recepciones, SQS mueve el mensaje a la DLQ.',
          en: 'With an SQS mapping, the queue handles failures: after `maxReceiveCount` receives, SQS moves the message to the DLQ.',
        },
      },
    ],
    section: 'beyond/lambda#event-source-mapping-errors',
    source: {
      title: 'Creating and configuring an Amazon SQS event source mapping',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html',
    },
  },
  {
    id: 't1-2-sqs-report-batch-item-failures',
    task: '1.2',
    kind: 'single',
    stem: {
      es: 'Una función de Lambda lee una cola de Amazon SQS con un tamaño de lote de 10. Cuando falla un mensaje de un lote, el lote entero vuelve a la cola, y los nueve mensajes que se procesaron correctamente se procesan otra vez, lo que crea duplicados más adelante. El equipo quiere mantener el tamaño de lote. ¿Qué debe hacer el desarrollador?',
      en: 'A Lambda function reads an Amazon SQS queue with a batch size of 10. When one message in a batch fails, the whole batch returns to the queue, and the nine messages that were processed successfully are processed again, creating duplicates downstream. The team wants to keep the batch size. What should the developer do?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Activar `BisectBatchOnFunctionError` en la asignación de orígenes de eventos.',
          en: 'Turn on `BisectBatchOnFunctionError` on the event source mapping.',
        },
        correct: false,
        explanation: {
          es: 'Partir el lote que falla es un ajuste de los orígenes de flujos, como Kinesis y DynamoDB Streams.',
          en: 'Splitting a failing batch is a setting for stream sources, such as Kinesis and DynamoDB Streams.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Activar `ReportBatchItemFailures` y devolver los ID de los mensajes que fallaron.',
          en: 'Enable `ReportBatchItemFailures` and return the IDs of the messages that failed.',
        },
        correct: true,
        explanation: {
          es: 'Con respuestas parciales por lotes solo vuelven a ser visibles los mensajes fallidos; el resto del lote no se vuelve a procesar.',
          en: "With partial batch responses, only the failed messages become visible again; the rest of the batch isn't processed again.",
        },
      },
      {
        id: 'c',
        text: {
          es: 'Subir el `maxReceiveCount` de la política de redireccionamiento de la cola.',
          en: "Raise the `maxReceiveCount` of the queue's redrive policy.",
        },
        correct: false,
        explanation: {
          es: 'Solo permite recibir más veces los lotes fallidos antes de que pasen a la cola de mensajes fallidos; los mensajes correctos se siguen reprocesando.',
          en: 'It only lets failed batches be received more times before they move to the dead-letter queue; the successful messages are still reprocessed.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Subir el tiempo de espera de visibilidad de la cola a 6 veces el de la función.',
          en: "Increase the queue's visibility timeout to 6 times the function timeout.",
        },
        correct: false,
        explanation: {
          es: 'AWS lo recomienda para que Lambda pueda reintentar los lotes limitados, pero no evita que los mensajes correctos se procesen de nuevo.',
          en: "AWS recommends it so that Lambda can retry throttled batches, but it doesn't stop successful messages from being processed again.",
        },
      },
    ],
    section: 'beyond/lambda#event-source-mapping-errors',
    source: {
      title: 'CreateEventSourceMapping (AWS Lambda API Reference)',
      url: 'https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html',
    },
  },
  {
    id: 't1-2-kinesis-mapping-poison-record',
    task: '1.2',
    kind: 'multiple',
    stem: {
      es: 'Una función de Lambda procesa un flujo de datos de Amazon Kinesis mediante una asignación de orígenes de eventos con la configuración predeterminada. Un registro mal formado hace fallar todas las invocaciones de su lote, el fragmento deja de avanzar e `IteratorAge` no para de crecer. El equipo quiere que se procesen los registros válidos de ese lote, que el fragmento avance y que se guarden los detalles del registro erróneo para analizarlo. ¿Qué ajustes debe configurar el desarrollador en la asignación? (Elige TRES.)',
      en: 'A Lambda function processes an Amazon Kinesis data stream through an event source mapping with default settings. One malformed record makes every invocation of its batch fail, the shard stops advancing, and `IteratorAge` keeps growing. The team wants the valid records of that batch processed, the shard to move on, and details of the bad record kept for analysis. Which settings should the developer configure on the mapping? (Choose THREE.)',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Configurar en el flujo una política de redireccionamiento con un `maxReceiveCount`.',
          en: 'Configure a redrive policy with a `maxReceiveCount` on the stream.',
        },
        correct: false,
        explanation: {
          es: 'Las políticas de redireccionamiento son de las colas de SQS; un flujo de Kinesis no tiene ese ajuste.',
          en: 'Redrive policies belong to SQS queues; a Kinesis stream has no such setting.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Activar `BisectBatchOnFunctionError` para partir en dos el lote que falla.',
          en: 'Turn on `BisectBatchOnFunctionError` so that a failing batch is split in two.',
        },
        correct: true,
        explanation: {
          es: 'Al partir el lote se aísla el registro erróneo y se procesan los registros válidos del lote.',
          en: 'Splitting the batch isolates the bad record, so the valid records of the batch are processed.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Añadir una cola de mensajes fallidos a la configuración de invocación asíncrona de la función.',
          en: "Add a dead-letter queue to the function's asynchronous invocation settings.",
        },
        correct: false,
        explanation: {
          es: 'La DLQ de la función sirve para las invocaciones asíncronas; una asignación de orígenes de eventos usa su propio destino en caso de error.',
          en: "The function's DLQ serves asynchronous invocations; an event source mapping uses its own on-failure destination.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'Fijar un `MaximumRetryAttempts` finito en lugar de los reintentos ilimitados predeterminados.',
          en: 'Set a finite `MaximumRetryAttempts` instead of the default unlimited retries.',
        },
        correct: true,
        explanation: {
          es: 'En los flujos los reintentos son ilimitados por defecto; con un límite, Lambda descarta el registro que falla y el fragmento avanza.',
          en: 'On streams, retries are unlimited by default; with a limit, Lambda discards the failing record and the shard moves on.',
        },
      },
      {
        id: 'e',
        text: {
          es: 'Aumentar a 7 días el periodo de retención del flujo.',
          en: "Increase the stream's retention period to 7 days.",
        },
        correct: false,
        explanation: {
          es: 'El fragmento espera hasta que el lote se procese o caduquen sus registros: más retención solo lo mantiene bloqueado más tiempo.',
          en: 'The shard waits until the batch is processed or its records expire: longer retention only keeps it blocked longer.',
        },
      },
      {
        id: 'f',
        text: {
          es: 'Añadir un destino en caso de error, como una cola de SQS, para los registros descartados.',
          en: 'Add an on-failure destination, such as an SQS queue, for discarded records.',
        },
        correct: true,
        explanation: {
          es: 'El destino recibe los detalles de los registros descartados, así que el equipo puede analizarlos después.',
          en: 'The destination receives details of the discarded records, so the team can analyze them later.',
        },
      },
    ],
    section: 'beyond/lambda#event-source-mapping-errors',
    source: {
      title: 'CreateEventSourceMapping (AWS Lambda API Reference)',
      url: 'https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html',
    },
  },
  {
    id: 't1-2-apigw-proxy-response-format',
    task: '1.2',
    kind: 'single',
    stem: {
      es: 'Una API de REST de Amazon API Gateway usa una integración de proxy de Lambda. Los registros de la función muestran que cada invocación termina sin errores y devuelve `{"orderId": "1234", "status": "CREATED"}`, pero los clientes reciben HTTP 502. ¿Qué debe cambiar el desarrollador?',
      en: 'A REST API in Amazon API Gateway uses a Lambda proxy integration. The function\'s logs show that each invocation completes without errors and returns `{"orderId": "1234", "status": "CREATED"}`, but clients receive HTTP 502. What should the developer change?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Dar a API Gateway permiso para invocar la función con `aws lambda add-permission`.',
          en: 'Grant API Gateway permission to invoke the function with `aws lambda add-permission`.',
        },
        correct: false,
        explanation: {
          es: 'La función ya se invoca y termina; si Lambda rechazara la invocación, API Gateway devolvería 500.',
          en: 'The function is already invoked and completes; if Lambda rejected the invocation, API Gateway would return 500.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Activar CORS en el recurso para que los navegadores acepten la respuesta.',
          en: 'Enable CORS on the resource so that browsers accept the response.',
        },
        correct: false,
        explanation: {
          es: 'CORS decide cómo tratan los navegadores las respuestas de otro origen; no provoca un 502 de API Gateway.',
          en: "CORS decides how browsers treat cross-origin responses; it doesn't cause a 502 from API Gateway.",
        },
      },
      {
        id: 'c',
        text: {
          es: 'Añadir a la respuesta de integración una plantilla de asignación que envuelva la salida.',
          en: 'Add a mapping template to the integration response that wraps the output.',
        },
        correct: false,
        explanation: {
          es: 'Las plantillas de asignación solo funcionan sin proxy; con proxy, la propia función debe devolver el formato esperado.',
          en: 'Mapping templates work only without a proxy; with a proxy integration, the function itself must return the expected format.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Devolver un objeto con `statusCode`, `headers` y el JSON como cadena en `body`.',
          en: 'Return an object with `statusCode`, `headers`, and the JSON as a string in `body`.',
        },
        correct: true,
        explanation: {
          es: 'Con una integración de proxy, API Gateway espera ese formato; cualquier otra salida hace que devuelva 502.',
          en: 'With a proxy integration, API Gateway expects that format; any other output makes it return 502.',
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
    id: 't1-2-s3-trigger-resource-based-policy',
    task: '1.2',
    kind: 'single',
    stem: {
      es: 'Un desarrollador usa la AWS CLI (`put-bucket-notification-configuration`) para que un bucket de Amazon S3 invoque una función de Lambda con los eventos `s3:ObjectCreated:*`. S3 no consigue invocar la función. ¿Qué falta?',
      en: "A developer uses the AWS CLI (`put-bucket-notification-configuration`) so that an Amazon S3 bucket invokes a Lambda function on `s3:ObjectCreated:*` events. S3 can't invoke the function. What is missing?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Un permiso para `s3.amazonaws.com` en la política basada en recursos de la función.',
          en: "A permission for `s3.amazonaws.com` in the function's resource-based policy.",
        },
        correct: true,
        explanation: {
          es: 'Cuando S3 invoca la función, Lambda evalúa la política basada en recursos; la consola la añade por ti, pero con la API de S3 se añade con `aws lambda add-permission`.',
          en: 'When S3 invokes the function, Lambda evaluates its resource-based policy; the console adds it for you, but with the S3 API you add it with `aws lambda add-permission`.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'El permiso `lambda:InvokeFunction` en el rol de ejecución de la función.',
          en: "The `lambda:InvokeFunction` permission in the function's execution role.",
        },
        correct: false,
        explanation: {
          es: 'El rol de ejecución define lo que puede hacer la función; quién puede invocarla lo dice su política basada en recursos.',
          en: 'The execution role defines what the function can do; who may invoke it is set by its resource-based policy.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Una asignación de orígenes de eventos desde el bucket hacia la función.',
          en: 'An event source mapping from the bucket to the function.',
        },
        correct: false,
        explanation: {
          es: 'S3 no es un origen de asignaciones de orígenes de eventos; empuja los eventos a la función de forma asíncrona.',
          en: "S3 isn't a source for event source mappings; it pushes events to the function asynchronously.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'El permiso `s3:GetObject` sobre el bucket en el rol de ejecución de la función.',
          en: "The `s3:GetObject` permission on the bucket in the function's execution role.",
        },
        correct: false,
        explanation: {
          es: 'El rol de ejecución solo necesita permisos de S3 si la función lee o escribe en el bucket; no permite que S3 invoque la función.',
          en: "The execution role needs S3 permissions only if the function reads or writes the bucket; it doesn't let S3 invoke the function.",
        },
      },
    ],
    section: 'beyond/s3-cloudfront#destinations-and-permissions',
    source: {
      title: 'Granting permissions to publish event notification messages to a destination (Amazon S3)',
      url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/grant-destinations-permissions-to-s3.html',
    },
  },
  {
    id: 't1-2-dynamodb-streams-event-source-mapping',
    task: '1.2',
    kind: 'multiple',
    stem: {
      es: 'Una función de Lambda debe procesar cada elemento nuevo que se escribe en una tabla de Amazon DynamoDB, con sus atributos. ¿Qué pasos debe dar el desarrollador? (Elige DOS.)',
      en: 'A Lambda function must process each new item written to an Amazon DynamoDB table, with its attributes. Which steps should the developer take? (Choose TWO.)',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Activar DynamoDB Streams en la tabla con el tipo de vista `NEW_IMAGE`.',
          en: 'Enable DynamoDB Streams on the table with the `NEW_IMAGE` view type.',
        },
        correct: true,
        explanation: {
          es: 'El flujo registra cada cambio de un elemento; `NEW_IMAGE` incluye el elemento tal como queda después de la escritura.',
          en: 'The stream records each item-level change; `NEW_IMAGE` includes the item as it is after the write.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Permitir a `dynamodb.amazonaws.com` invocar la función en su política basada en recursos.',
          en: 'Allow `dynamodb.amazonaws.com` to invoke the function in its resource-based policy.',
        },
        correct: false,
        explanation: {
          es: 'DynamoDB no empuja los cambios a la función: Lambda sondea el flujo con el rol de ejecución.',
          en: "DynamoDB doesn't push changes to the function: Lambda polls the stream with the execution role.",
        },
      },
      {
        id: 'c',
        text: {
          es: 'Añadir a la tabla un destino en caso de éxito que apunte a la función.',
          en: 'Add an on-success destination to the table that points to the function.',
        },
        correct: false,
        explanation: {
          es: 'Los destinos son un ajuste de Lambda para los resultados de sus invocaciones; una tabla no tiene destinos.',
          en: 'Destinations are a Lambda setting for the results of its invocations; a table has no destinations.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Crear una asignación de orígenes de eventos que lea el flujo con el rol de ejecución.',
          en: 'Create an event source mapping that reads the stream with the execution role.',
        },
        correct: true,
        explanation: {
          es: 'La asignación sondea el flujo e invoca la función con lotes; Lambda lee del origen con el rol de ejecución.',
          en: 'The mapping polls the stream and invokes the function with batches; Lambda reads from the source with the execution role.',
        },
      },
      {
        id: 'e',
        text: {
          es: 'Activar el tiempo de vida (TTL) en la tabla para que los elementos nuevos emitan eventos.',
          en: 'Enable Time to Live (TTL) on the table so that new items emit events.',
        },
        correct: false,
        explanation: {
          es: 'El TTL borra los elementos caducados; no publica los elementos nuevos.',
          en: "TTL deletes expired items; it doesn't publish new items.",
        },
      },
    ],
    section: 'beyond/dynamodb#streams',
    source: {
      title: 'DynamoDB Streams and AWS Lambda triggers',
      url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.Lambda.html',
    },
  },
  {
    id: 't1-2-sdk-client-outside-handler',
    task: '1.2',
    kind: 'single',
    stem: {
      es: 'Una función de Lambda en Python crea un cliente de Boto3 y abre una conexión a una base de datos dentro del controlador en cada invocación. El perfilado muestra que esa preparación ocupa buena parte de la duración de cada invocación. ¿Qué cambio reduce la duración con menos esfuerzo?',
      en: "A Python Lambda function creates a Boto3 client and opens a database connection inside its handler on every invocation. Profiling shows that this setup takes a large share of each invocation's duration. Which change reduces the duration with the least effort?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Crear el cliente y la conexión fuera del controlador para que las invocaciones en caliente los reutilicen.',
          en: 'Create the client and the connection outside the handler so that warm invocations reuse them.',
        },
        correct: true,
        explanation: {
          es: 'El código fuera del controlador se ejecuta una vez por entorno de ejecución, y las invocaciones posteriores en ese entorno reutilizan los objetos.',
          en: 'Code outside the handler runs once per execution environment, and later invocations in that environment reuse the objects.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Configurar simultaneidad aprovisionada para que el cliente esté siempre inicializado.',
          en: 'Configure provisioned concurrency so that the client is always initialized.',
        },
        correct: false,
        explanation: {
          es: 'La simultaneidad aprovisionada inicializa entornos de antemano, pero el código de dentro del controlador se sigue ejecutando en cada invocación.',
          en: 'Provisioned concurrency initializes environments in advance, but the code inside the handler still runs on every invocation.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Guardar el cliente en `/tmp` al final de cada invocación y cargarlo al principio de la siguiente.',
          en: 'Save the client to `/tmp` at the end of each invocation and load it at the start of the next.',
        },
        correct: false,
        explanation: {
          es: '`/tmp` guarda archivos; un cliente del SDK y una conexión abierta son objetos en memoria, que se conservan creándolos fuera del controlador.',
          en: '`/tmp` holds files; an SDK client and an open connection are in-memory objects, which you keep by creating them outside the handler.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Aumentar la memoria de la función para que el cliente se cree más rápido.',
          en: "Increase the function's memory so that the client is created faster.",
        },
        correct: false,
        explanation: {
          es: 'Más memoria añade CPU, pero la preparación se repite igualmente en cada invocación; la causa es dónde se crean los objetos.',
          en: 'More memory adds CPU, but the setup still repeats on every invocation; the cause is where the code creates the objects.',
        },
      },
    ],
    section: 'beyond/sdk-code#client-reuse',
    source: {
      title: 'Best practices for working with AWS Lambda functions',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/best-practices.html',
    },
  },
  {
    id: 't1-3-s3-lifecycle-noncurrent-and-multipart',
    task: '1.3',
    kind: 'multiple',
    stem: {
      es: 'Un bucket de Amazon S3 con control de versiones guarda documentos que los usuarios sobrescriben a menudo. Los costos de almacenamiento no paran de crecer por las versiones antiguas y por partes de cargas multiparte que nunca se completaron. El equipo quiere conservar las versiones actuales, borrar las anteriores 30 días después de ser sustituidas y limpiar las cargas sin terminar. ¿Qué acciones de S3 Lifecycle debe añadir el desarrollador? (Elige DOS.)',
      en: 'A versioned Amazon S3 bucket stores documents that users often overwrite. Storage costs keep growing because of old versions and parts of multipart uploads that were never completed. The team wants to keep current versions, delete older versions 30 days after they are replaced, and clean up unfinished uploads. Which S3 Lifecycle actions should the developer add? (Choose TWO.)',
    },
    options: [
      {
        id: 'a',
        text: {es: '`Expiration` con `Days` en 30.', en: '`Expiration` with `Days` set to 30.'},
        correct: false,
        explanation: {
          es: 'En un bucket con control de versiones, la caducidad actúa sobre la versión actual: ocultaría los documentos actuales tras un marcador de eliminación.',
          en: 'In a versioned bucket, expiration acts on the current version: it would hide current documents behind a delete marker.',
        },
      },
      {
        id: 'b',
        text: {
          es: '`NoncurrentVersionExpiration` con `NoncurrentDays` en 30.',
          en: '`NoncurrentVersionExpiration` with `NoncurrentDays` set to 30.',
        },
        correct: true,
        explanation: {
          es: 'Borra las versiones 30 días después de que dejen de ser actuales, y las versiones actuales se quedan.',
          en: 'It deletes versions 30 days after they become noncurrent, and current versions stay.',
        },
      },
      {
        id: 'c',
        text: {
          es: '`ExpiredObjectDeleteMarker` con el valor `true`.',
          en: '`ExpiredObjectDeleteMarker` set to `true`.',
        },
        correct: false,
        explanation: {
          es: 'Solo quita los marcadores de eliminación que ya no tienen versiones detrás; no borra versiones antiguas ni partes de cargas.',
          en: 'It only removes delete markers with no versions behind them; it deletes neither old versions nor upload parts.',
        },
      },
      {
        id: 'd',
        text: {
          es: '`AbortIncompleteMultipartUpload` con `DaysAfterInitiation` en 7.',
          en: '`AbortIncompleteMultipartUpload` with `DaysAfterInitiation` set to 7.',
        },
        correct: true,
        explanation: {
          es: 'Detiene las cargas multiparte que no terminan en esos días, que las reglas de caducidad no eliminan.',
          en: "It stops multipart uploads that don't finish within those days, which expiration rules don't remove.",
        },
      },
      {
        id: 'e',
        text: {
          es: 'Una transición de las versiones actuales a S3 Glacier Deep Archive a los 30 días.',
          en: 'A transition of current versions to S3 Glacier Deep Archive after 30 days.',
        },
        correct: false,
        explanation: {
          es: 'Una transición mueve los documentos actuales a una clase más barata pero no borra versiones antiguas ni partes; además, Deep Archive cobra un mínimo de 180 días.',
          en: 'A transition moves current documents to a cheaper class but deletes neither old versions nor parts; Deep Archive also charges a 180-day minimum.',
        },
      },
    ],
    section: 'beyond/s3-cloudfront#lifecycle',
    source: {
      title: 'Lifecycle configuration elements (Amazon S3)',
      url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/intro-lifecycle-rules.html',
    },
  },
  {
    id: 't1-3-dynamodb-ttl-epoch-seconds',
    task: '1.3',
    kind: 'single',
    stem: {
      es: 'Una aplicación guarda las sesiones de usuario en una tabla de Amazon DynamoDB. Cada sesión debe dejar de ser válida 24 horas después de crearse, y el equipo no quiere gastar capacidad de escritura en borrar sesiones. ¿Qué implementación cumple estos requisitos?',
      en: "An application stores user sessions in an Amazon DynamoDB table. Each session must stop being valid 24 hours after it is created, and the team doesn't want to spend write capacity on deleting sessions. Which implementation meets these requirements?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Guardar `expiresAt` como String en formato ISO 8601 y activar el TTL sobre ese atributo.',
          en: 'Store `expiresAt` as a String in ISO 8601 format and enable TTL on that attribute.',
        },
        correct: false,
        explanation: {
          es: 'El TTL solo borra elementos cuyo atributo de caducidad es un Number con el tiempo Unix en segundos.',
          en: 'TTL only deletes items whose expiry attribute is a Number holding Unix epoch time in seconds.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Guardar `expiresAt` como Number en segundos de tiempo Unix, activar el TTL y filtrar los caducados al leer.',
          en: 'Store `expiresAt` as a Number in epoch seconds, enable TTL, and skip expired items on reads.',
        },
        correct: true,
        explanation: {
          es: 'El TTL borra los elementos caducados sin costo de escritura, normalmente en unos días, así que las lecturas deben descartar los que ya caducaron y siguen existiendo.',
          en: 'TTL deletes expired items at no write cost, typically within a few days, so reads must skip items that have expired but still exist.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Ejecutar una función de Lambda programada que examine la tabla con `Scan` y borre las sesiones antiguas.',
          en: 'Run a scheduled Lambda function that scans the table and deletes the old sessions.',
        },
        correct: false,
        explanation: {
          es: 'El `Scan` paga por cada elemento que lee y cada borrado consume capacidad de escritura, justo lo que el equipo quiere evitar.',
          en: 'The scan pays for every item it reads, and each delete consumes write capacity, which is what the team wants to avoid.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Guardar `expiresAt` como Number en milisegundos de tiempo Unix y activar el TTL sobre ese atributo.',
          en: 'Store `expiresAt` as a Number in epoch milliseconds and enable TTL on that attribute.',
        },
        correct: false,
        explanation: {
          es: 'El TTL espera el tiempo Unix en segundos; con un valor en milisegundos los elementos no caducan cuando se espera.',
          en: "TTL expects epoch time in seconds; with a value in milliseconds, the items don't expire when expected.",
        },
      },
    ],
    section: 'beyond/dynamodb#ttl',
    source: {
      title: 'Using time to live (TTL) in DynamoDB',
      url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/TTL.html',
    },
  },
  {
    id: 't1-3-sqs-dlq-retention-period',
    task: '1.3',
    kind: 'single',
    stem: {
      es: 'Una cola estándar de Amazon SQS conserva los mensajes 4 días, y su política de redireccionamiento los mueve a una cola de mensajes fallidos (DLQ) que también los conserva 4 días. Los mensajes que fallan durante 3 días antes de moverse desaparecen de la DLQ aproximadamente un día después, antes de que nadie pueda revisarlos. ¿Qué debe cambiar el desarrollador?',
      en: 'An Amazon SQS standard queue keeps messages for 4 days, and its redrive policy moves them to a dead-letter queue (DLQ) that also keeps messages for 4 days. Messages that fail for 3 days before they move vanish from the DLQ about a day later, before anyone can inspect them. What should the developer change?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Subir el `maxReceiveCount` de la política de redireccionamiento.',
          en: 'Raise the `maxReceiveCount` of the redrive policy.',
        },
        correct: false,
        explanation: {
          es: 'Un valor mayor retiene más tiempo los mensajes fallidos en la cola de origen, lo que les deja aún menos tiempo en la DLQ.',
          en: 'A higher count keeps failing messages longer in the source queue, which leaves them even less time in the DLQ.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Convertir la DLQ en una cola FIFO para que los mensajes movidos reciban una marca de tiempo nueva.',
          en: 'Convert the DLQ to a FIFO queue so that moved messages get a new timestamp.',
        },
        correct: false,
        explanation: {
          es: 'Una cola estándar necesita una DLQ estándar: la DLQ debe ser del mismo tipo que su cola de origen.',
          en: 'A standard queue needs a standard DLQ: the DLQ must be the same type as its source queue.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Fijar en la DLQ un periodo de retención mayor que el de la cola de origen, por ejemplo 14 días.',
          en: "Set the DLQ's retention period longer than the source queue's, for example 14 days.",
        },
        correct: true,
        explanation: {
          es: 'En una cola estándar, el mensaje conserva en la DLQ su marca de tiempo de entrada original, así que la retención de la DLQ debe superar la de la cola de origen.',
          en: "In a standard queue, a message keeps its original enqueue timestamp in the DLQ, so the DLQ's retention must exceed the source queue's.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'Devolver los mensajes con `StartMessageMoveTask` en cuanto lleguen a la DLQ.',
          en: 'Move the messages back with `StartMessageMoveTask` as soon as they reach the DLQ.',
        },
        correct: false,
        explanation: {
          es: 'Devolverlos a la cola de origen los entrega otra vez al consumidor que falla; no los guarda para revisarlos.',
          en: "Moving them back to the source queue hands them again to the failing consumer; it doesn't keep them for inspection.",
        },
      },
    ],
    section: 'beyond/messaging#sqs-dead-letter-queues',
    source: {
      title: 'Using dead-letter queues in Amazon SQS',
      url: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html',
    },
  },
  {
    id: 't1-3-choose-dynamodb-shopping-carts',
    task: '1.3',
    kind: 'single',
    stem: {
      es: 'Un minorista crea un servicio de carritos de compra para millones de usuarios. Cada solicitud lee o escribe el carrito de un usuario por su ID, los carritos deben guardarse de forma duradera y el servicio necesita una latencia de milisegundos de un solo dígito a cualquier escala, sin administrar servidores. ¿Qué almacén de datos se ajusta mejor a este patrón de acceso?',
      en: "A retailer is building a shopping cart service for millions of users. Each request reads or writes one user's cart by user ID, the carts must be stored durably, and the service needs single-digit millisecond latency at any scale without managing servers. Which data store best fits this access pattern?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Amazon DynamoDB, con el ID de usuario como clave de partición.',
          en: 'Amazon DynamoDB, with the user ID as the partition key.',
        },
        correct: true,
        explanation: {
          es: 'DynamoDB es un almacén clave-valor sin servidor que AWS propone para carritos de compra y sesiones, con latencia de milisegundos de un solo dígito a cualquier escala.',
          en: 'DynamoDB is a serverless key-value store that AWS suggests for shopping carts and session stores, with single-digit millisecond latency at any scale.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Amazon RDS for MySQL, con una tabla de líneas de carrito por usuario.',
          en: 'Amazon RDS for MySQL, with a table of cart lines per user.',
        },
        correct: false,
        explanation: {
          es: 'Una base de datos relacional encaja con datos estructurados y consultas complejas con combinaciones; aquí cada acceso es una búsqueda por clave.',
          en: 'A relational database fits structured data and complex queries with joins; here every access is a lookup by key.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Amazon ElastiCache como único almacén de los carritos.',
          en: 'Amazon ElastiCache as the only store for the carts.',
        },
        correct: false,
        explanation: {
          es: 'ElastiCache es una capa de caché en memoria para datos efímeros, no el almacén duradero que necesitan los carritos.',
          en: 'ElastiCache is an in-memory caching layer for ephemeral data, not the durable store that the carts need.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Amazon S3, con un objeto JSON por carrito que se lee con `GetObject`.',
          en: 'Amazon S3, with one JSON object per cart read with `GetObject`.',
        },
        correct: false,
        explanation: {
          es: 'S3 encaja con cargas de mucha lectura, como distribución de contenido o alojamiento web, no con carritos que se escriben en cada cambio.',
          en: 'S3 fits read-heavy workloads such as content distribution or web hosting, not carts that are written on every change.',
        },
      },
    ],
    section: 'beyond/s3-cloudfront#choosing-a-data-store',
    source: {
      title: 'Choosing an AWS database service',
      url: 'https://docs.aws.amazon.com/decision-guides/latest/databases-on-aws-how-to-choose/databases-on-aws-how-to-choose.html',
    },
  },
  {
    id: 't1-3-choose-relational-for-reports',
    task: '1.3',
    kind: 'single',
    stem: {
      es: 'Un equipo de finanzas necesita una aplicación que registre facturas, clientes y pagos, y que ejecute informes a demanda que combinen esas tablas con filtros complejos. Los datos son estructurados y su esquema es estable. ¿Qué almacén de datos debe elegir el desarrollador?',
      en: 'A finance team needs an application that records invoices, customers, and payments, and that runs ad hoc reports joining those tables with complex filters. The data is structured, and its schema is stable. Which data store should the developer choose?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Amazon DynamoDB, con un índice secundario global por cada informe.',
          en: 'Amazon DynamoDB, with a global secondary index for each report.',
        },
        correct: false,
        explanation: {
          es: 'DynamoDB está pensado para patrones de acceso conocidos de antemano; no combina tablas, y cada informe nuevo exigiría otro índice o un `Scan`.',
          en: 'DynamoDB is built for access patterns known in advance; it has no joins, and each new report would need another index or a scan.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Amazon ElastiCache, con los resultados de los informes guardados con claves calculadas.',
          en: 'Amazon ElastiCache, with report results stored under computed keys.',
        },
        correct: false,
        explanation: {
          es: 'ElastiCache es una capa de caché para lecturas rápidas de datos efímeros, no el sistema de registro de datos financieros.',
          en: 'ElastiCache is a caching layer for fast reads of ephemeral data, not the system of record for financial data.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Amazon S3, con un objeto por factura filtrado por prefijo de clave.',
          en: 'Amazon S3, with one object per invoice filtered by key prefix.',
        },
        correct: false,
        explanation: {
          es: 'S3 guarda objetos a los que se accede con una API sobre HTTP; no combina registros ni ejecuta consultas relacionales.',
          en: "S3 stores objects reached through an API over HTTP; it doesn't join records or run relational queries.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'Amazon Aurora o Amazon RDS, con los datos en tablas relacionadas.',
          en: 'Amazon Aurora or Amazon RDS, with the data in related tables.',
        },
        correct: true,
        explanation: {
          es: 'Una base de datos relacional encaja con datos estructurados en tablas y con consultas complejas que las combinan.',
          en: 'A relational database fits structured data in tables and complex queries that join them.',
        },
      },
    ],
    section: 'beyond/s3-cloudfront#choosing-a-data-store',
    source: {
      title: 'Choosing an AWS database service',
      url: 'https://docs.aws.amazon.com/decision-guides/latest/databases-on-aws-how-to-choose/databases-on-aws-how-to-choose.html',
    },
  },
  {
    id: 't1-3-dax-microsecond-reads',
    task: '1.3',
    kind: 'single',
    stem: {
      es: 'Una aplicación de juegos lee perfiles de jugador de una tabla de Amazon DynamoDB miles de veces por segundo con `GetItem`, usando lecturas de coherencia final. El equipo necesita una latencia de lectura de microsegundos y quiere cambiar el mínimo código posible. ¿Qué solución debe usar el desarrollador?',
      en: 'A gaming app reads player profiles from an Amazon DynamoDB table thousands of times per second with `GetItem`, using eventually consistent reads. The team needs microsecond read latency and wants to change as little code as possible. Which solution should the developer use?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Amazon ElastiCache, con la lógica de carga diferida escrita en la aplicación.',
          en: 'Amazon ElastiCache, with lazy loading logic written into the application.',
        },
        correct: false,
        explanation: {
          es: 'Puede guardar los elementos, pero la aplicación tiene que implementar la lógica de caché; DAX, en cambio, es compatible con la API de DynamoDB.',
          en: 'It can cache the items, but the application must implement the caching logic itself; DAX, by contrast, is compatible with the DynamoDB API.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Un clúster de DynamoDB Accelerator (DAX) por el que pasen las llamadas de la aplicación.',
          en: "A DynamoDB Accelerator (DAX) cluster that the app's calls go through.",
        },
        correct: true,
        explanation: {
          es: 'DAX es una caché en memoria compatible con la API de DynamoDB que baja las lecturas de coherencia final de milisegundos a microsegundos.',
          en: 'DAX is an in-memory cache compatible with the DynamoDB API that takes eventually consistent reads from milliseconds to microseconds.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Lecturas de coherencia alta, con `ConsistentRead` en `true`.',
          en: 'Strongly consistent reads, with `ConsistentRead` set to `true`.',
        },
        correct: false,
        explanation: {
          es: 'Las lecturas de coherencia alta devuelven el dato más reciente y cuestan el doble; no añaden ninguna caché.',
          en: 'Strongly consistent reads return the latest data and cost twice as much; they add no cache.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'La caché de Amazon API Gateway delante de las lecturas de la tabla.',
          en: "Amazon API Gateway caching in front of the table's reads.",
        },
        correct: false,
        explanation: {
          es: 'La caché de API Gateway guarda respuestas de una API de REST; la aplicación lee la tabla directamente con `GetItem`.',
          en: 'API Gateway caching stores responses of a REST API; the app reads the table directly with `GetItem`.',
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
    id: 't1-3-elasticache-stale-prices',
    task: '1.3',
    kind: 'multiple',
    stem: {
      es: 'Una aplicación guarda en Amazon ElastiCache los precios de productos de una base de datos de Amazon RDS con carga diferida (lazy loading), y las claves de la caché nunca caducan. Cuando un precio cambia en la base de datos, los usuarios ven el precio antiguo durante horas. ¿Qué cambios reducen los precios obsoletos en la caché? (Elige DOS.)',
      en: 'An application caches product prices from an Amazon RDS database in Amazon ElastiCache with lazy loading, and cache keys never expire. When a price changes in the database, users see the old price for hours. Which changes reduce stale prices in the cache? (Choose TWO.)',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Añadir una réplica de lectura a la base de datos y leer de ella en los fallos de caché.',
          en: 'Add a read replica to the database and read from it on every cache miss.',
        },
        correct: false,
        explanation: {
          es: 'Una réplica de lectura reparte las lecturas y se replica de forma asíncrona; no refresca los valores que ya están en la caché.',
          en: "A read replica spreads reads and replicates asynchronously; it doesn't refresh values already in the cache.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'Actualizar el precio en la caché cada vez que la aplicación lo escribe en la base de datos.',
          en: 'Update the cached price each time the application writes it to the database.',
        },
        correct: true,
        explanation: {
          es: 'Es la escritura simultánea (write-through): la caché se actualiza con cada escritura en la base de datos, así que no queda obsoleta.',
          en: "That is write-through: the cache is updated on every database write, so it doesn't go stale.",
        },
      },
      {
        id: 'c',
        text: {
          es: 'Poner DynamoDB Accelerator (DAX) delante de la base de datos.',
          en: 'Put DynamoDB Accelerator (DAX) in front of the database.',
        },
        correct: false,
        explanation: {
          es: 'DAX solo sirve de caché para tablas de DynamoDB; no puede ponerse delante de una base de datos de RDS.',
          en: "DAX caches DynamoDB tables only; it can't sit in front of an RDS database.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'Poner un TTL a cada clave de la caché para que caduque al cabo de unos minutos.',
          en: 'Set a TTL on each cache key so that it expires after a few minutes.',
        },
        correct: true,
        explanation: {
          es: 'Una clave caducada cuenta como fallo de caché, así que la aplicación lee el precio actual de la base de datos y actualiza la caché.',
          en: 'An expired key counts as a cache miss, so the application reads the current price from the database and updates the cache.',
        },
      },
      {
        id: 'e',
        text: {
          es: 'Activar Multi-AZ con conmutación por error automática en la caché.',
          en: 'Enable Multi-AZ with automatic failover on the cache.',
        },
        correct: false,
        explanation: {
          es: 'Multi-AZ mantiene la caché disponible ante fallos; no cambia lo actualizados que están sus datos.',
          en: "Multi-AZ keeps the cache available during failures; it doesn't change how fresh its data is.",
        },
      },
    ],
    section: 'databases/elasticache#caching-strategies',
    source: {
      title: 'Caching strategies (Amazon ElastiCache)',
      url: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Strategies.html',
    },
  },
  {
    id: 't1-3-dynamodb-hot-partition-key',
    task: '1.3',
    kind: 'single',
    stem: {
      es: 'Una tabla de Amazon DynamoDB en modo bajo demanda guarda pedidos con `orderStatus` como clave de partición, y la mayoría de los pedidos están en `PENDING`. Las escrituras sufren limitación con `KeyRangeThroughputExceeded` aunque la tabla está muy por debajo de su cuota de rendimiento. ¿Qué debe hacer el desarrollador para eliminar la causa de la limitación?',
      en: 'An Amazon DynamoDB table in on-demand mode stores orders with `orderStatus` as its partition key, and most orders are `PENDING`. Writes are throttled with `KeyRangeThroughputExceeded` even though the table is far below its throughput quota. What should the developer do to remove the cause of the throttling?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Pasar la tabla a capacidad aprovisionada con más WCU.',
          en: 'Switch the table to provisioned capacity with more WCUs.',
        },
        correct: false,
        explanation: {
          es: 'Una partición caliente sufre limitación en cualquier modo de capacidad: cada partición da como máximo 1000 unidades de escritura por segundo.',
          en: 'A hot partition is throttled in either capacity mode: each partition gives at most 1,000 write units per second.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Poner un clúster de DynamoDB Accelerator (DAX) delante de la tabla.',
          en: 'Put a DynamoDB Accelerator (DAX) cluster in front of the table.',
        },
        correct: false,
        explanation: {
          es: 'DAX acelera las lecturas de coherencia final; las escrituras siguen llegando a la misma partición caliente.',
          en: 'DAX speeds up eventually consistent reads; writes still reach the same hot partition.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Reintentar las escrituras limitadas con retardo exponencial y fluctuación.',
          en: 'Retry the throttled writes with exponential backoff and jitter.',
        },
        correct: false,
        explanation: {
          es: 'Los reintentos absorben limitaciones pasajeras, pero no quitan la causa: la mayoría de las escrituras siguen yendo a un solo valor de clave.',
          en: "Retries absorb passing throttling but don't remove its cause: most writes still go to one key value.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'Usar una clave de partición de alta cardinalidad, como `orderId`.',
          en: 'Use a high-cardinality partition key, such as `orderId`.',
        },
        correct: true,
        explanation: {
          es: 'Una clave con muchos valores a los que se accede de forma pareja reparte las escrituras entre particiones y evita la partición caliente.',
          en: 'A key with many values accessed evenly spreads writes across partitions and avoids the hot partition.',
        },
      },
    ],
    section: 'beyond/dynamodb#partition-key-design',
    source: {
      title: 'Designing partition keys to distribute your workload in DynamoDB',
      url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-partition-key-uniform-load.html',
    },
  },
  {
    id: 't1-3-dynamodb-lsi-strong-consistency',
    task: '1.3',
    kind: 'single',
    stem: {
      es: 'Un desarrollador diseña una tabla nueva de Amazon DynamoDB con `customerId` como clave de partición y `orderId` como clave de ordenación. La aplicación también debe consultar los pedidos de un cliente ordenados por `orderDate`, con lecturas de coherencia alta. ¿Qué debe hacer el desarrollador?',
      en: "A developer is designing a new Amazon DynamoDB table with `customerId` as the partition key and `orderId` as the sort key. The application must also query a customer's orders sorted by `orderDate`, with strongly consistent reads. What should the developer do?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Crear un índice secundario global con `customerId` y `orderDate` cuando la tabla ya esté en uso.',
          en: 'Create a global secondary index on `customerId` and `orderDate` once the table is in use.',
        },
        correct: false,
        explanation: {
          es: 'Los índices secundarios globales solo admiten lecturas de coherencia final.',
          en: 'Global secondary indexes support only eventually consistent reads.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Crear la tabla ahora y añadir más adelante un índice secundario local sobre `orderDate`.',
          en: 'Create the table now and add a local secondary index on `orderDate` later.',
        },
        correct: false,
        explanation: {
          es: 'Un índice secundario local no se puede añadir a una tabla existente; se define al crear la tabla.',
          en: "A local secondary index can't be added to an existing table; it is defined when the table is created.",
        },
      },
      {
        id: 'c',
        text: {
          es: 'Crear un índice secundario local con `orderDate` como clave de ordenación al crear la tabla.',
          en: 'Create a local secondary index with `orderDate` as its sort key when creating the table.',
        },
        correct: true,
        explanation: {
          es: 'Un LSI mantiene la clave de partición de la tabla con otra clave de ordenación, admite lecturas de coherencia alta y solo se crea junto con la tabla.',
          en: "An LSI keeps the table's partition key with another sort key, supports strongly consistent reads, and can only be created with the table.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'Usar `Scan` con un filtro sobre `customerId` y `ConsistentRead` en `true`.',
          en: 'Use `Scan` with a filter on `customerId` and `ConsistentRead` set to `true`.',
        },
        correct: false,
        explanation: {
          es: '`Scan` lee todos los elementos de la tabla y no los devuelve ordenados por `orderDate`.',
          en: "`Scan` reads every item in the table and doesn't return them sorted by `orderDate`.",
        },
      },
    ],
    section: 'beyond/dynamodb#secondary-indexes',
    source: {
      title: 'Improving data access with secondary indexes in DynamoDB',
      url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/SecondaryIndexes.html',
    },
  },
  {
    id: 't1-3-dynamodb-scan-to-gsi-query',
    task: '1.3',
    kind: 'single',
    stem: {
      es: 'Una tabla `Orders` tiene `orderId` como clave de partición. Para mostrar los pedidos de un cliente, la aplicación ejecuta un `Scan` con una expresión de filtro sobre `customerId`. A medida que crece la tabla, la llamada es más lenta y consume mucha más capacidad de lectura que los pocos elementos que devuelve. ¿Qué debe hacer el desarrollador?',
      en: "An `Orders` table has `orderId` as its partition key. To show a customer's orders, the application runs a `Scan` with a filter expression on `customerId`. As the table grows, the call gets slower and consumes far more read capacity than the few items it returns. What should the developer do?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Añadir un `Limit` al `Scan` para que lea menos elementos por llamada.',
          en: 'Add a `Limit` to the scan so that it reads fewer items per call.',
        },
        correct: false,
        explanation: {
          es: '`Limit` cuenta los elementos leídos antes del filtro; la aplicación sigue teniendo que recorrer toda la tabla página a página.',
          en: '`Limit` counts the items read before the filter; the application still has to page through the whole table.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Crear un GSI con `customerId` como clave de partición y consultarlo con `Query`.',
          en: 'Create a GSI with `customerId` as its partition key and use `Query` on it.',
        },
        correct: true,
        explanation: {
          es: 'Un `Query` lee solo los elementos con ese valor de clave de partición, así que deja de pagar la lectura de toda la tabla.',
          en: 'A `Query` reads only the items with that partition key value, so it no longer pays to read the whole table.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Dividir el `Scan` en segmentos paralelos con `Segment` y `TotalSegments`.',
          en: 'Split the scan into parallel segments with `Segment` and `TotalSegments`.',
        },
        correct: false,
        explanation: {
          es: 'Un `Scan` paralelo puede terminar antes, pero sigue leyendo y pagando todos los elementos.',
          en: 'A parallel scan can finish sooner, but it still reads and pays for every item.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Aumentar el tamaño de página para que menos llamadas recorran toda la tabla.',
          en: 'Raise the page size so that fewer calls cover the whole table.',
        },
        correct: false,
        explanation: {
          es: 'Cada llamada devuelve como máximo 1 MB, contado antes del filtro; el `Scan` sigue leyendo todos los elementos.',
          en: 'Each call returns at most 1 MB, counted before the filter; the scan still reads every item.',
        },
      },
    ],
    section: 'beyond/dynamodb#query-vs-scan',
    source: {
      title: 'Scanning tables in DynamoDB',
      url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Scan.html',
    },
  },
  {
    id: 't1-3-dynamodb-rcu-calculation',
    task: '1.3',
    kind: 'single',
    stem: {
      es: 'Una aplicación lee 30 elementos por segundo de una tabla de Amazon DynamoDB en modo aprovisionado. Cada elemento ocupa 7 KB y las lecturas son de coherencia final. ¿Cuántas unidades de capacidad de lectura (RCU) necesita esta carga?',
      en: 'An application reads 30 items per second from an Amazon DynamoDB table in provisioned mode. Each item is 7 KB, and the reads are eventually consistent. How many read capacity units (RCUs) does this workload need?',
    },
    options: [
      {
        id: 'a',
        text: {es: '15 RCU', en: '15 RCUs'},
        correct: false,
        explanation: {
          es: 'Divide a la mitad dos veces: 7 KB se redondea a 8 KB (2 unidades de coherencia alta), la coherencia final lo deja en 1 por lectura, y 30 lecturas necesitan 30.',
          en: 'It halves twice: 7 KB rounds up to 8 KB (2 strongly consistent units), eventual consistency makes it 1 per read, and 30 reads need 30.',
        },
      },
      {
        id: 'b',
        text: {es: '53 RCU', en: '53 RCUs'},
        correct: false,
        explanation: {
          es: 'Divide el tamaño total (210 KB) entre 4 KB sin redondear cada elemento; el tamaño se redondea por elemento, a 8 KB.',
          en: 'It divides the total size (210 KB) by 4 KB without rounding each item; the size rounds up per item, to 8 KB.',
        },
      },
      {
        id: 'c',
        text: {es: '60 RCU', en: '60 RCUs'},
        correct: false,
        explanation: {
          es: 'Es lo que necesitarían lecturas de coherencia alta (2 unidades cada una); la coherencia final cuesta la mitad.',
          en: 'That is what strongly consistent reads would need (2 units each); eventual consistency costs half.',
        },
      },
      {
        id: 'd',
        text: {es: '30 RCU', en: '30 RCUs'},
        correct: true,
        explanation: {
          es: '7 KB se redondea a 8 KB, es decir, 2 RCU por lectura de coherencia alta; la coherencia final cuesta la mitad, 1 por lectura, y 30 lecturas necesitan 30 RCU.',
          en: '7 KB rounds up to 8 KB, that is, 2 RCUs per strongly consistent read; eventual consistency costs half, 1 per read, so 30 reads need 30 RCUs.',
        },
      },
    ],
    section: 'beyond/dynamodb#capacity-units',
    source: {
      title: 'DynamoDB read and write operations',
      url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html',
    },
  },
];
