// Glossary terms introduced by the page beyond the notes "Security of AI services" (beyond/ai-security).
// Sources: Amazon Bedrock User Guide and API Reference (Converse, ApplyGuardrail, inference profiles, API
// keys, Guardrails policies, model invocation logging, Agents user confirmation and return of control),
// Amazon Bedrock AgentCore Developer Guide (overview, Runtime sessions), Amazon Bedrock interface VPC
// endpoints. Amazon Bedrock, Amazon Bedrock Guardrails, prompt injection and PII redaction are in
// src/data/glossary.ts.
import type {GlossaryEntry} from '../glossary';

export const terms: readonly GlossaryEntry[] = [
  {
    id: 'bedrock-converse-api',
    en: 'Converse API',
    es: 'API Converse',
    forms: {
      es: ['API Converse', 'Converse', 'ConverseStream'],
      en: ['Converse API', 'Converse', 'ConverseStream'],
    },
    definition: {
      es: 'Operaciones `Converse` y `ConverseStream` del punto de conexión `bedrock-runtime`: una misma interfaz de mensajes para todos los modelos que la admiten, en lugar del cuerpo propio de cada proveedor que exige `InvokeModel`.',
      en: 'The `Converse` and `ConverseStream` operations of the `bedrock-runtime` endpoint: one message interface for every model that supports it, instead of the provider-specific body that `InvokeModel` requires.',
    },
    section: 'beyond/ai-security#converse-vs-invokemodel',
  },
  {
    id: 'bedrock-inference-profile',
    en: 'inference profile (cross-Region inference)',
    es: 'perfil de inferencia (inferencia entre regiones)',
    forms: {
      es: ['perfil de inferencia', 'perfiles de inferencia', 'inferencia entre regiones'],
      en: ['inference profile', 'inference profiles', 'cross-Region inference'],
    },
    definition: {
      es: 'Recurso de Amazon Bedrock que define un modelo y las regiones a las que se pueden enviar sus peticiones: los perfiles geográficos (`us.`…) se quedan en una geografía y los globales (`global.`) usan cualquier región comercial admitida.',
      en: 'An Amazon Bedrock resource that defines a model and the Regions its requests can be routed to: geographic profiles (`us.`…) stay within one geography and global ones (`global.`) use any supported commercial Region.',
    },
    section: 'beyond/ai-security#model-ids-and-inference-profiles',
  },
  {
    id: 'bedrock-api-key',
    en: 'Amazon Bedrock API key',
    es: 'clave de API de Amazon Bedrock',
    forms: {
      es: ['clave de API de Amazon Bedrock', 'claves de API de Amazon Bedrock'],
      en: ['Amazon Bedrock API key', 'Amazon Bedrock API keys'],
    },
    definition: {
      es: 'Token de portador para llamar a Amazon Bedrock sin firmar con credenciales de AWS. La clave a corto plazo dura 12 horas como máximo y hereda los permisos de quien la genera; la de largo plazo crea un usuario de IAM y AWS la reserva para explorar.',
      en: "A bearer token for calling Amazon Bedrock without signing with AWS credentials. A short-term key lasts 12 hours at most and inherits its creator's permissions; a long-term key creates an IAM user and AWS reserves it for exploration.",
    },
    section: 'beyond/ai-security#bedrock-api-keys',
  },
  {
    id: 'aws-privatelink',
    en: 'AWS PrivateLink (interface VPC endpoint)',
    es: 'AWS PrivateLink (punto de conexión de VPC de interfaz)',
    forms: {
      es: ['AWS PrivateLink', 'punto de conexión de VPC de interfaz', 'puntos de conexión de VPC de interfaz'],
      en: ['AWS PrivateLink', 'interface VPC endpoint', 'interface VPC endpoints'],
    },
    definition: {
      es: 'Conexión privada entre una VPC y un servicio de AWS mediante interfaces de red en tus subredes, sin Internet ni NAT. Con DNS privado, el nombre normal del servicio (por ejemplo `bedrock-runtime`) resuelve al punto de conexión.',
      en: "A private connection between a VPC and an AWS service through network interfaces in your subnets, with no internet or NAT. With private DNS, the service's usual name (for example `bedrock-runtime`) resolves to the endpoint.",
    },
    section: 'beyond/ai-security#private-connectivity',
  },
  {
    id: 'guardrails-content-filter',
    en: 'content filter (Amazon Bedrock Guardrails)',
    es: 'filtro de contenido (Amazon Bedrock Guardrails)',
    forms: {
      es: ['filtro de contenido', 'filtros de contenido'],
      en: ['content filter', 'content filters'],
    },
    definition: {
      es: 'Política de una barrera de protección que clasifica texto e imágenes en seis categorías (odio, insultos, sexual, violencia, conducta indebida, ataque de peticiones) y bloquea según una fuerza de `NONE` a `HIGH`.',
      en: 'A guardrail policy that classifies text and images in six categories (Hate, Insults, Sexual, Violence, Misconduct, Prompt Attack) and blocks according to a strength from `NONE` to `HIGH`.',
    },
    section: 'beyond/ai-security#content-filters',
  },
  {
    id: 'guardrails-prompt-attack',
    en: 'prompt attack',
    es: 'ataque de peticiones',
    forms: {
      es: ['ataque de peticiones', 'ataques de peticiones', 'jailbreaks'],
      en: ['prompt attack', 'prompt attacks', 'jailbreaks'],
    },
    definition: {
      es: 'Petición pensada para saltarse las protecciones del modelo (jailbreak), sustituir las instrucciones del desarrollador (inyección) o sacar la petición del sistema (filtración). Es una categoría de los filtros de contenido de Amazon Bedrock Guardrails.',
      en: "A prompt meant to get around the model's safety (jailbreak), override the developer's instructions (injection), or extract the system prompt (leakage). It is a content filter category in Amazon Bedrock Guardrails.",
    },
    section: 'beyond/ai-security#content-filters',
  },
  {
    id: 'guardrails-denied-topic',
    en: 'denied topic',
    es: 'tema denegado',
    forms: {
      es: ['tema denegado', 'temas denegados'],
      en: ['denied topic', 'denied topics'],
    },
    definition: {
      es: 'Tema que una barrera de protección bloquea en peticiones y respuestas, definido con un nombre, una definición breve y frases de ejemplo (hasta 30 por barrera).',
      en: 'A subject that a guardrail blocks in prompts and responses, defined by a name, a short definition, and sample phrases (up to 30 per guardrail).',
    },
    section: 'beyond/ai-security#guardrails',
  },
  {
    id: 'guardrails-word-filter',
    en: 'word filter',
    es: 'filtro de palabras',
    forms: {
      es: ['filtro de palabras', 'filtros de palabras'],
      en: ['word filter', 'word filters'],
    },
    definition: {
      es: 'Política de una barrera de protección que bloquea por coincidencia exacta una lista de blasfemias de AWS y palabras o frases propias, como nombres de la competencia.',
      en: 'A guardrail policy that blocks, by exact match, an AWS profanity list and your own words or phrases, such as competitor names.',
    },
    section: 'beyond/ai-security#guardrails',
  },
  {
    id: 'guardrails-sensitive-information-filter',
    en: 'sensitive information filter',
    es: 'filtro de información sensible',
    forms: {
      es: ['filtro de información sensible', 'filtros de información sensible'],
      en: ['sensitive information filter', 'sensitive information filters'],
    },
    definition: {
      es: 'Política de una barrera de protección que detecta PII y patrones de expresiones regulares y puede bloquear la petición o respuesta entera o enmascarar solo el dato (`ANONYMIZE`, que deja `{NAME}`).',
      en: 'A guardrail policy that detects PII and regular expression patterns and can block the whole prompt or response or mask just the value (`ANONYMIZE`, which leaves `{NAME}`).',
    },
    section: 'beyond/ai-security#sensitive-information',
  },
  {
    id: 'guardrails-contextual-grounding-check',
    en: 'contextual grounding check',
    es: 'comprobación de fundamentación contextual',
    forms: {
      es: ['comprobación de fundamentación contextual', 'comprobaciones de fundamentación contextual'],
      en: ['contextual grounding check', 'contextual grounding checks'],
    },
    definition: {
      es: 'Política de una barrera de protección que puntúa si una respuesta se apoya en la fuente dada y si responde a la consulta, y la filtra por debajo de un umbral (de 0 a 0,99).',
      en: 'A guardrail policy that scores whether a response is grounded in the given source and relevant to the query, and filters it below a threshold (0 to 0.99).',
    },
    section: 'beyond/ai-security#guardrails',
  },
  {
    id: 'guardrails-automated-reasoning-checks',
    en: 'Automated Reasoning checks',
    es: 'comprobaciones de razonamiento automatizado',
    forms: {
      es: ['comprobaciones de razonamiento automatizado'],
      en: ['Automated Reasoning checks'],
    },
    definition: {
      es: 'Política de Amazon Bedrock Guardrails que valida con lógica formal las respuestas frente a las reglas de una política que defines; solo detecta (devuelve hallazgos) y no admite streaming.',
      en: "An Amazon Bedrock Guardrails policy that uses formal logic to validate responses against the rules of a policy you define; it only detects (returns findings) and doesn't support streaming.",
    },
    section: 'beyond/ai-security#guardrails',
  },
  {
    id: 'bedrock-applyguardrail',
    en: 'ApplyGuardrail API',
    es: 'API ApplyGuardrail',
    forms: {
      es: ['API ApplyGuardrail', 'ApplyGuardrail'],
      en: ['ApplyGuardrail API', 'ApplyGuardrail'],
    },
    definition: {
      es: 'Operación de `bedrock-runtime` que evalúa un texto con una barrera de protección sin invocar ningún modelo; `source` indica si es entrada (`INPUT`) o salida (`OUTPUT`).',
      en: 'A `bedrock-runtime` operation that evaluates text with a guardrail without invoking any model; `source` says whether it is input (`INPUT`) or output (`OUTPUT`).',
    },
    section: 'beyond/ai-security#applyguardrail-api',
  },
  {
    id: 'bedrock-model-invocation-logging',
    en: 'model invocation logging',
    es: 'registro de invocaciones de modelos',
    forms: {
      es: ['registro de invocaciones de modelos', 'registro de invocaciones'],
      en: ['model invocation logging', 'invocation logging'],
    },
    definition: {
      es: 'Opción de Amazon Bedrock, desactivada por defecto, que guarda en CloudWatch Logs o Amazon S3 la solicitud, la respuesta y los metadatos de cada invocación, sin enmascarar la PII.',
      en: "An Amazon Bedrock setting, off by default, that stores each invocation's request, response, and metadata in CloudWatch Logs or Amazon S3, without masking PII.",
    },
    section: 'beyond/ai-security#sensitive-data-in-logs',
  },
  {
    id: 'amazon-bedrock-agentcore',
    en: 'Amazon Bedrock AgentCore',
    es: 'Amazon Bedrock AgentCore',
    forms: {
      es: ['Amazon Bedrock AgentCore', 'AgentCore'],
      en: ['Amazon Bedrock AgentCore', 'AgentCore'],
    },
    definition: {
      es: 'Plataforma de AWS para ejecutar agentes de IA con cualquier marco y modelo: Runtime aísla cada sesión en una microVM, Gateway expone herramientas por MCP y Policy autoriza cada llamada a una herramienta.',
      en: 'The AWS platform for running AI agents with any framework and model: Runtime isolates each session in a microVM, Gateway exposes tools over MCP, and Policy authorizes every tool call.',
    },
    section: 'beyond/ai-security#securing-agents',
  },
  {
    id: 'bedrock-agents-return-of-control',
    en: 'return of control (user confirmation)',
    es: 'devolución del control (confirmación del usuario)',
    forms: {
      es: ['devolución del control', 'confirmación del usuario'],
      en: ['return of control', 'user confirmation'],
    },
    definition: {
      es: 'Formas de poner a una persona o a tu aplicación antes de una acción de un agente: la confirmación pide `CONFIRM` o `DENY` al usuario, y la devolución del control entrega la acción a tu aplicación para que la ejecute ella.',
      en: "Ways to put a person or your application before an agent's action: user confirmation asks the user for `CONFIRM` or `DENY`, and return of control hands the action to your application to run it.",
    },
    section: 'beyond/ai-security#human-in-the-loop',
  },
];
