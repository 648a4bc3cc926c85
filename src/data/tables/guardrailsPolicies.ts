// Amazon Bedrock Guardrails policy types, as AWS lists them on "Create your guardrail" (prompt attacks are a
// category of the content filters that AWS also describes on its own). Sources: Amazon Bedrock User Guide
// (linked per row).
import type {ComparisonTableData} from './types';

type Column = 'detects' | 'appliesTo' | 'actions' | 'typicalUse';

const handlingOptions = {
  title: 'Options for handling harmful content detected by Amazon Bedrock Guardrails',
  url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/guardrails-harmful-content-handling-options.html',
};
const createGuardrail = {
  title: 'Create your guardrail',
  url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/guardrails-components.html',
};

export const guardrailsPolicies: ComparisonTableData<Column> = {
  caption: {es: 'Tipos de políticas de Amazon Bedrock Guardrails', en: 'Amazon Bedrock Guardrails policy types'},
  rowHeader: {es: 'Política', en: 'Policy'},
  columns: {
    detects: {label: {es: 'Qué detecta o bloquea', en: 'What it detects or blocks'}},
    appliesTo: {label: {es: 'Sobre qué actúa', en: 'What it acts on'}},
    actions: {label: {es: 'Acciones', en: 'Actions'}},
    typicalUse: {label: {es: 'Uso típico', en: 'Typical use'}},
  },
  rows: [
    {
      id: 'guardrails-content-filters',
      label: {es: 'Filtros de contenido', en: 'Content filters'},
      cells: {
        detects: {
          es: 'Texto o imágenes dañinos en seis categorías: odio, insultos, sexual, violencia, conducta indebida y ataque de peticiones; fuerza `NONE`, `LOW`, `MEDIUM` o `HIGH` por categoría',
          en: 'Harmful text or images in six categories: Hate, Insults, Sexual, Violence, Misconduct, and Prompt Attack; strength `NONE`, `LOW`, `MEDIUM`, or `HIGH` per category',
        },
        appliesTo: {
          es: 'Peticiones y respuestas, con una fuerza distinta para cada lado si quieres',
          en: 'Prompts and responses, with a different strength for each side if you want',
        },
        actions: {es: 'Bloquear o detectar (`NONE`)', en: 'Block or detect (`NONE`)'},
        typicalUse: {
          es: 'Un chatbot que filtra entradas dañinas y respuestas tóxicas',
          en: 'A chatbot that filters harmful inputs and toxic responses',
        },
      },
      sources: [
        createGuardrail,
        {
          title: 'Configure content filters for Amazon Bedrock Guardrails',
          url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/guardrails-content-filters-overview.html',
        },
        handlingOptions,
      ],
    },
    {
      id: 'guardrails-prompt-attacks',
      label: {
        es: 'Ataques de peticiones (categoría de los filtros de contenido)',
        en: 'Prompt attacks (a content filter category)',
      },
      cells: {
        detects: {
          es: 'Jailbreaks, inyección de peticiones y, solo en el nivel Standard, filtración de la petición del sistema',
          en: 'Jailbreaks, prompt injection, and, in the Standard tier only, prompt leakage',
        },
        appliesTo: {
          es: 'La entrada del usuario; con `InvokeModel` solo la que va entre etiquetas de entrada; nunca los resultados de herramientas',
          en: 'User input; with `InvokeModel` only the input inside input tags; never tool results',
        },
        actions: {es: 'Bloquear o detectar (`NONE`)', en: 'Block or detect (`NONE`)'},
        typicalUse: {
          es: 'Rechazar "ignora las instrucciones anteriores" en un asistente',
          en: 'Rejecting "ignore the previous instructions" in an assistant',
        },
      },
      sources: [
        createGuardrail,
        {
          title: 'Detect prompt attacks with Amazon Bedrock Guardrails',
          url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/guardrails-prompt-attack.html',
        },
      ],
    },
    {
      id: 'guardrails-denied-topics',
      label: {es: 'Temas denegados', en: 'Denied topics'},
      cells: {
        detects: {
          es: 'Hasta 30 temas, cada uno con nombre, definición (200 caracteres como máximo) y hasta 5 frases de ejemplo',
          en: 'Up to 30 topics, each with a name, a definition (200 characters at most), and up to 5 sample phrases',
        },
        appliesTo: {es: 'Peticiones y respuestas', en: 'Prompts and responses'},
        actions: {es: 'Bloquear o detectar (`NONE`)', en: 'Block or detect (`NONE`)'},
        typicalUse: {
          es: 'Un asistente bancario que no debe dar consejos de inversión',
          en: 'A banking assistant that must not give investment advice',
        },
      },
      sources: [
        {
          title: 'Block denied topics to help remove harmful content',
          url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/guardrails-denied-topics.html',
        },
        handlingOptions,
      ],
    },
    {
      id: 'guardrails-word-filters',
      label: {es: 'Filtros de palabras', en: 'Word filters'},
      cells: {
        detects: {
          es: 'Coincidencia exacta con una lista de blasfemias de AWS y hasta 10 000 palabras o frases propias (de hasta tres palabras)',
          en: 'Exact match against an AWS profanity list and up to 10,000 custom words or phrases (of up to three words)',
        },
        appliesTo: {es: 'Peticiones y respuestas', en: 'Prompts and responses'},
        actions: {es: 'Bloquear o detectar (`NONE`)', en: 'Block or detect (`NONE`)'},
        typicalUse: {
          es: 'Nombres de la competencia o palabras ofensivas',
          en: 'Competitor names or offensive words',
        },
      },
      sources: [
        {
          title: 'Remove a specific list of words and phrases from conversations with word filters',
          url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/guardrails-word-filters.html',
        },
      ],
    },
    {
      id: 'guardrails-sensitive-information',
      label: {es: 'Filtros de información sensible', en: 'Sensitive information filters'},
      cells: {
        detects: {
          es: 'Tipos de PII predefinidos (`EMAIL`, `NAME`, `US_SOCIAL_SECURITY_NUMBER`, `AWS_ACCESS_KEY`…) y expresiones regulares propias',
          en: 'Built-in PII types (`EMAIL`, `NAME`, `US_SOCIAL_SECURITY_NUMBER`, `AWS_ACCESS_KEY`…) and custom regular expressions',
        },
        appliesTo: {
          es: 'Texto de peticiones y respuestas; no los argumentos ni los resultados de herramientas',
          en: 'Text of prompts and responses; not tool arguments or tool results',
        },
        actions: {
          es: 'Bloquear, enmascarar (`ANONYMIZE`, que deja `{EMAIL}`) o detectar (`NONE`)',
          en: 'Block, mask (`ANONYMIZE`, which leaves `{EMAIL}`), or detect (`NONE`)',
        },
        typicalUse: {
          es: 'Ocultar la PII al resumir transcripciones de un centro de llamadas',
          en: 'Redacting PII when summarizing call center transcripts',
        },
      },
      sources: [
        {
          title: 'Remove PII from conversations by using sensitive information filters',
          url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/guardrails-sensitive-filters.html',
        },
        handlingOptions,
      ],
    },
    {
      id: 'guardrails-contextual-grounding',
      label: {es: 'Comprobaciones de fundamentación contextual', en: 'Contextual grounding checks'},
      cells: {
        detects: {
          es: 'Respuestas no fundamentadas en la fuente o irrelevantes para la consulta; umbrales de 0 a 0,99',
          en: 'Responses not grounded in the source or irrelevant to the query; thresholds from 0 to 0.99',
        },
        appliesTo: {
          es: 'Solo respuestas; necesita la fuente y la consulta',
          en: 'Responses only; needs the source and the query',
        },
        actions: {es: 'Bloquear o detectar (`NONE`)', en: 'Block or detect (`NONE`)'},
        typicalUse: {
          es: 'Resúmenes y preguntas y respuestas con RAG (no chatbots conversacionales)',
          en: 'RAG summarization and question answering (not conversational chatbots)',
        },
      },
      sources: [
        {
          title: 'Use contextual grounding check to filter hallucinations in responses',
          url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/guardrails-contextual-grounding-check.html',
        },
      ],
    },
    {
      id: 'guardrails-automated-reasoning',
      label: {es: 'Comprobaciones de razonamiento automatizado', en: 'Automated Reasoning checks'},
      cells: {
        detects: {
          es: 'Afirmaciones que contradicen las reglas lógicas de una política de razonamiento automatizado, y supuestos no dichos',
          en: 'Statements that contradict the logical rules of an Automated Reasoning policy, and unstated assumptions',
        },
        appliesTo: {
          es: 'Respuestas completas (no admite API de streaming); solo inglés (EE. UU.)',
          en: 'Complete responses (no streaming APIs); English (US) only',
        },
        actions: {
          es: 'Solo detectar: devuelve hallazgos, no bloquea',
          en: 'Detect only: returns findings, never blocks',
        },
        typicalUse: {
          es: 'Respuestas sobre normas de RR. HH., seguros o finanzas en sectores regulados',
          en: 'Answers about HR, insurance, or finance rules in regulated industries',
        },
      },
      sources: [
        {
          title: 'What are Automated Reasoning checks in Amazon Bedrock Guardrails?',
          url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/guardrails-automated-reasoning-checks.html',
        },
      ],
    },
  ],
};
