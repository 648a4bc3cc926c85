// AWS Step Functions Standard and Express workflows: maximum duration, execution semantics, execution
// history, pricing model and use case. Source: AWS Step Functions Developer Guide, "Choosing workflow
// type in Step Functions" (linked per row).
import type {ComparisonTableData} from './types';

type WorkflowTypeColumn = 'maxDuration' | 'semantics' | 'history' | 'pricing' | 'useCase';

const choosingWorkflowType = {
  title: 'Choosing workflow type in Step Functions',
  url: 'https://docs.aws.amazon.com/step-functions/latest/dg/choosing-workflow-type.html',
};

export const stepFunctionsWorkflowTypes: ComparisonTableData<WorkflowTypeColumn> = {
  caption: {
    es: 'Flujos de trabajo Standard y Express de AWS Step Functions',
    en: 'AWS Step Functions Standard and Express workflows',
  },
  rowHeader: {es: 'Tipo', en: 'Type'},
  columns: {
    maxDuration: {label: {es: 'Duración máxima', en: 'Maximum duration'}},
    semantics: {label: {es: 'Ejecución', en: 'Execution semantics'}},
    history: {label: {es: 'Historial', en: 'Execution history'}},
    pricing: {label: {es: 'Se paga por', en: 'Billed by'}},
    useCase: {label: {es: 'Uso típico', en: 'Use case'}},
  },
  rows: [
    {
      id: 'sfn-standard',
      label: {es: 'Standard (por defecto)', en: 'Standard (default)'},
      cells: {
        maxDuration: {es: 'Un año', en: 'One year'},
        semantics: {
          es: 'Exactamente una vez (cada paso solo se repite si hay `Retry`)',
          en: 'Exactly-once (a step reruns only with `Retry`)',
        },
        history: {
          es: 'En la API y la consola hasta 90 días tras terminar',
          en: 'In the API and console for up to 90 days after completion',
        },
        pricing: {es: 'Transiciones de estado', en: 'State transitions'},
        useCase: {
          es: 'Procesos largos, auditables o no idempotentes (pagos); aprobaciones con `.waitForTaskToken`',
          en: 'Long, auditable, or non-idempotent processes (payments); approvals with `.waitForTaskToken`',
        },
      },
      sources: [choosingWorkflowType],
    },
    {
      id: 'sfn-express',
      label: {es: 'Express', en: 'Express'},
      cells: {
        maxDuration: {es: 'Cinco minutos', en: 'Five minutes'},
        semantics: {
          es: 'Asíncrono: al menos una vez. Síncrono: como mucho una vez',
          en: 'Asynchronous: at-least-once. Synchronous: at-most-once',
        },
        history: {
          es: 'Solo en CloudWatch Logs, si se activa el registro',
          en: 'Only in CloudWatch Logs, if you enable logging',
        },
        pricing: {
          es: 'Número de ejecuciones, duración y memoria consumida',
          en: 'Number of executions, duration, and memory used',
        },
        useCase: {
          es: 'Mucho volumen y acciones idempotentes: IoT, streaming, backends móviles',
          en: 'High volume and idempotent actions: IoT, streaming, mobile backends',
        },
      },
      sources: [choosingWorkflowType],
    },
  ],
  note: {
    es: 'El tipo se elige al crear la máquina de estado y no se puede cambiar después.',
    en: "You choose the type when you create the state machine and can't change it afterward.",
  },
};
