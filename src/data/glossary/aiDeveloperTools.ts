// Glossary terms introduced by the page beyond the notes "AWS AI tools for developers"
// (beyond/ai-developer-tools). Sources: Kiro documentation (kiro.dev: specs, steering, hooks, MCP configuration,
// CLI headless mode), Amazon Q Developer User Guide (code reviews, code transformation, Amazon Q Developer for
// GitHub, document history), Amazon CloudWatch User Guide (CloudWatch investigations and its security page),
// Amazon CodeGuru Reviewer and Profiler user guides, AWS DevOps Agent User Guide. The `kiro` and
// `amazon-q-developer` entries are in src/data/glossary.ts.
import type {GlossaryEntry} from '../glossary';

export const terms: readonly GlossaryEntry[] = [
  {
    id: 'kiro-spec',
    en: 'Kiro spec (spec-driven development)',
    es: 'especificación de Kiro (desarrollo guiado por especificaciones)',
    forms: {
      es: [
        'especificación de Kiro',
        'desarrollo guiado por especificaciones',
        'generación guiada por especificaciones',
      ],
      en: ['Kiro spec', 'spec-driven development', 'spec-driven code generation'],
    },
    definition: {
      es: 'Forma de trabajar de Kiro en la que una idea se convierte en tres archivos Markdown (`requirements.md`, `design.md` y `tasks.md`) que el desarrollador revisa, fase a fase, antes de que el agente escriba el código.',
      en: "Kiro's way of working in which an idea becomes three Markdown files (`requirements.md`, `design.md`, and `tasks.md`) that the developer reviews, phase by phase, before the agent writes the code.",
    },
    section: 'beyond/ai-developer-tools#spec-driven-development',
  },
  {
    id: 'ears-notation',
    en: 'EARS notation',
    es: 'notación EARS',
    forms: {
      es: ['notación EARS'],
      en: ['EARS notation'],
    },
    definition: {
      es: 'Forma estructurada de redactar requisitos que Kiro usa para los criterios de aceptación de las historias de usuario en `requirements.md`.',
      en: 'A structured way of writing requirements that Kiro uses for the acceptance criteria of user stories in `requirements.md`.',
    },
    section: 'beyond/ai-developer-tools#spec-driven-development',
  },
  {
    id: 'kiro-steering',
    en: 'steering file (Kiro)',
    es: 'archivo de steering (Kiro)',
    forms: {
      es: ['steering'],
      en: ['steering files', 'steering file'],
    },
    definition: {
      es: 'Archivo Markdown en `.kiro/steering/` (o `~/.kiro/steering/`) con convenciones y normas del proyecto que Kiro aplica sin que se repitan en cada chat; su encabezado decide si se incluye siempre, con ciertos archivos o a petición.',
      en: 'A Markdown file in `.kiro/steering/` (or `~/.kiro/steering/`) with project conventions and rules that Kiro applies without repeating them in every chat; its front matter decides whether it is always included, included with matching files, or on request.',
    },
    section: 'beyond/ai-developer-tools#steering-files',
  },
  {
    id: 'kiro-agent-hook',
    en: 'agent hook (Kiro)',
    es: 'hook de agente (Kiro)',
    forms: {
      es: ['hooks de agente', 'hook de agente'],
      en: ['agent hooks', 'agent hook'],
    },
    definition: {
      es: 'Automatización de Kiro que, ante un evento (guardar, crear o borrar un archivo, enviar una petición, fin del turno del agente, uso de una herramienta o ejecución manual), envía una petición al agente o ejecuta un comando de shell.',
      en: 'A Kiro automation that, on an event (file save, create, or delete; prompt submit; agent stop; tool use; or manual trigger), sends a prompt to the agent or runs a shell command.',
    },
    section: 'beyond/ai-developer-tools#agent-hooks',
  },
  {
    id: 'model-context-protocol',
    en: 'Model Context Protocol (MCP)',
    es: 'Model Context Protocol (MCP)',
    forms: {
      es: ['Model Context Protocol', 'MCP'],
      en: ['Model Context Protocol', 'MCP'],
    },
    definition: {
      es: 'Protocolo abierto con el que un agente de IA se conecta a herramientas y fuentes de datos externas a través de servidores MCP; Kiro y Amazon Bedrock AgentCore lo admiten.',
      en: 'An open protocol through which an AI agent connects to external tools and data sources by way of MCP servers; Kiro and Amazon Bedrock AgentCore support it.',
    },
    section: 'beyond/ai-developer-tools#mcp-servers',
  },
  {
    id: 'kiro-supervised-autopilot',
    en: 'Supervised mode and Autopilot (Kiro)',
    es: 'modo Supervised y Autopilot (Kiro)',
    forms: {
      es: ['Supervised', 'Autopilot'],
      en: ['Supervised', 'Autopilot'],
    },
    definition: {
      es: 'Niveles de autonomía de Kiro: en Supervised el desarrollador acepta o rechaza cada archivo que cambia el agente; en Autopilot el agente aplica los cambios sin esperar.',
      en: "Kiro's autonomy levels: in Supervised the developer accepts or rejects each file the agent changes; in Autopilot the agent applies changes without waiting.",
    },
    section: 'beyond/ai-developer-tools#human-review',
  },
  {
    id: 'kiro-cli',
    en: 'Kiro CLI',
    es: 'Kiro CLI',
    forms: {
      es: ['Kiro CLI'],
      en: ['Kiro CLI'],
    },
    definition: {
      es: 'El agente de Kiro en el terminal. La CLI de Amazon Q Developer pasó a ser Kiro CLI el 17 de noviembre de 2025; su modo headless la ejecuta sin interacción en canalizaciones de CI/CD.',
      en: 'The Kiro agent in the terminal. The Amazon Q Developer CLI became Kiro CLI on November 17, 2025; its headless mode runs it non-interactively in CI/CD pipelines.',
    },
    section: 'beyond/ai-developer-tools#kiro-cli-headless',
  },
  {
    id: 'kiro-headless-mode',
    en: 'headless mode (Kiro CLI)',
    es: 'modo headless (Kiro CLI)',
    forms: {
      es: ['modo headless'],
      en: ['headless mode'],
    },
    definition: {
      es: 'Ejecución de Kiro CLI sin terminal interactivo (`--no-interactive`), autenticada con una clave de API en `KIRO_API_KEY`, para revisar código, generar pruebas o diagnosticar compilaciones dentro de una canalización.',
      en: 'Running Kiro CLI with no interactive terminal (`--no-interactive`), authenticated with an API key in `KIRO_API_KEY`, to review code, generate tests, or troubleshoot builds inside a pipeline.',
    },
    section: 'beyond/ai-developer-tools#kiro-cli-headless',
  },
  {
    id: 'amazon-q-developer-for-github',
    en: 'Amazon Q Developer for GitHub',
    es: 'Amazon Q Developer para GitHub',
    forms: {
      es: ['Amazon Q Developer para GitHub'],
      en: ['Amazon Q Developer for GitHub'],
    },
    definition: {
      es: 'Aplicación de GitHub, en vista previa, que revisa automáticamente los pull requests nuevos o reabiertos y propone correcciones que el desarrollador decide confirmar; `/q review` repite la revisión y `/q dev` pide al agente que programe una funcionalidad.',
      en: 'A GitHub app, in preview, that automatically reviews new or reopened pull requests and proposes fixes that the developer decides whether to commit; `/q review` runs the review again and `/q dev` asks the agent to code a feature.',
    },
    section: 'beyond/ai-developer-tools#pull-request-reviews',
  },
  {
    id: 'q-code-transformation',
    en: 'code transformation (Amazon Q Developer)',
    es: 'transformación de código (Amazon Q Developer)',
    forms: {
      es: ['transformación de código'],
      en: ['code transformation'],
    },
    definition: {
      es: 'Característica de Amazon Q Developer en el IDE que actualiza aplicaciones Java de Maven a Java 17 o 21, cambia las API obsoletas y las dependencias, y deja los cambios en un diff que se acepta manualmente.',
      en: 'An Amazon Q Developer IDE feature that upgrades Maven Java applications to Java 17 or 21, replaces deprecated APIs and dependencies, and leaves the changes in a diff that you accept manually.',
    },
    section: 'beyond/ai-developer-tools#completion-and-refactoring',
  },
  {
    id: 'sast',
    en: 'static application security testing (SAST)',
    es: 'pruebas estáticas de seguridad de aplicaciones (SAST)',
    forms: {
      es: ['SAST'],
      en: ['SAST'],
    },
    definition: {
      es: 'Análisis del código fuente, sin ejecutarlo, en busca de vulnerabilidades como inyección SQL o cross-site scripting; es uno de los tipos de problema que buscan las revisiones de código de Amazon Q Developer.',
      en: 'Analysis of source code, without running it, for vulnerabilities such as SQL injection or cross-site scripting; one of the issue types that Amazon Q Developer code reviews look for.',
    },
    section: 'beyond/ai-developer-tools#code-reviews-and-security-scanning',
  },
  {
    id: 'software-composition-analysis',
    en: 'software composition analysis (SCA)',
    es: 'análisis de composición de software (SCA)',
    forms: {
      es: ['SCA'],
      en: ['SCA', 'software composition analysis'],
    },
    definition: {
      es: 'Revisión de las bibliotecas, frameworks y dependencias de terceros de un proyecto para detectar componentes inseguros o desactualizados; la hacen las revisiones de código de Amazon Q Developer.',
      en: "A review of a project's third-party libraries, frameworks, and dependencies to find insecure or out-of-date components; Amazon Q Developer code reviews perform it.",
    },
    section: 'beyond/ai-developer-tools#code-reviews-and-security-scanning',
  },
  {
    id: 'codeguru-reviewer',
    en: 'Amazon CodeGuru Reviewer',
    es: 'Amazon CodeGuru Reviewer',
    forms: {
      es: ['Amazon CodeGuru Reviewer', 'CodeGuru Reviewer'],
      en: ['Amazon CodeGuru Reviewer', 'CodeGuru Reviewer'],
    },
    definition: {
      es: 'Servicio de revisión automática de código de AWS que no admite asociaciones de repositorio nuevas desde el 7 de noviembre de 2025; AWS propone en su lugar las revisiones de Amazon Q Developer o Amazon Inspector.',
      en: 'An AWS automated code review service that accepts no new repository associations since November 7, 2025; AWS points instead to Amazon Q Developer reviews or Amazon Inspector.',
    },
    section: 'beyond/ai-developer-tools#code-reviews-and-security-scanning',
  },
  {
    id: 'codeguru-profiler',
    en: 'Amazon CodeGuru Profiler',
    es: 'Amazon CodeGuru Profiler',
    forms: {
      es: ['Amazon CodeGuru Profiler', 'CodeGuru Profiler'],
      en: ['Amazon CodeGuru Profiler', 'CodeGuru Profiler'],
    },
    definition: {
      es: 'Servicio que recoge datos de rendimiento de una aplicación en ejecución (JVM o Python) y, con aprendizaje automático, señala las líneas más costosas y cómo reducir el uso de CPU.',
      en: 'A service that collects runtime performance data from a running application (JVM or Python) and, using machine learning, points to the most expensive lines of code and ways to reduce CPU use.',
    },
    section: 'beyond/ai-developer-tools#ai-optimization',
  },
  {
    id: 'cloudwatch-investigations',
    en: 'CloudWatch investigations',
    es: 'CloudWatch investigations',
    forms: {
      es: ['CloudWatch investigations', 'Amazon Q Developer operational investigations'],
      en: ['CloudWatch investigations', 'Amazon Q Developer operational investigations'],
    },
    definition: {
      es: 'Asistente de IA generativa de Amazon CloudWatch que examina métricas, registros, trazas y eventos de cambio para proponer hipótesis de causa raíz; hasta el 24 de junio de 2025 se llamaba Amazon Q Developer operational investigations.',
      en: 'An Amazon CloudWatch generative AI assistant that examines metrics, logs, traces, and change events to propose root-cause hypotheses; until June 24, 2025 it was called Amazon Q Developer operational investigations.',
    },
    section: 'beyond/ai-developer-tools#cloudwatch-investigations',
  },
  {
    id: 'investigation-group',
    en: 'investigation group',
    es: 'grupo de investigación',
    forms: {
      es: ['grupo de investigación', 'grupos de investigación'],
      en: ['investigation group', 'investigation groups'],
    },
    definition: {
      es: 'Configuración de cuenta de CloudWatch investigations con un rol de IAM (normalmente con `AIOpsAssistantPolicy`) cuyos permisos deciden qué recursos puede analizar; permite compartir investigaciones e investigar entre cuentas.',
      en: 'The account-level configuration of CloudWatch investigations, with an IAM role (usually with `AIOpsAssistantPolicy`) whose permissions decide which resources it can analyze; it allows sharing investigations and cross-account investigations.',
    },
    section: 'beyond/ai-developer-tools#investigation-requirements',
  },
  {
    id: 'aws-devops-agent',
    en: 'AWS DevOps Agent',
    es: 'AWS DevOps Agent',
    forms: {
      es: ['AWS DevOps Agent', 'DevOps Agent'],
      en: ['AWS DevOps Agent', 'DevOps Agent'],
    },
    definition: {
      es: 'Agente de AWS que investiga incidentes: relaciona métricas, registros, trazas, cambios de código e historial de implementaciones para proponer la causa raíz y un plan de mitigación. No está en la lista de servicios del DVA-C03.',
      en: 'An AWS agent that investigates incidents: it correlates metrics, logs, traces, code changes, and deployment history to propose a root cause and a mitigation plan. It is not on the DVA-C03 services list.',
    },
    section: 'beyond/ai-developer-tools#aws-devops-agent',
  },
];
