// Amazon DynamoDB capacity modes: on-demand, provisioned, and provisioned with auto scaling.
// Sources: Amazon DynamoDB Developer Guide (linked per row; the note's switching rule is on
// bp-switching-capacity-modes.html, linked under the on-demand row).
import type {ComparisonTableData} from './types';

type DynamoDbCapacityColumn = 'howYouPay' | 'scaling' | 'throttling' | 'whenToChoose';

export const dynamoDbCapacityModes: ComparisonTableData<DynamoDbCapacityColumn> = {
  caption: {es: 'Modos de capacidad de Amazon DynamoDB', en: 'Amazon DynamoDB capacity modes'},
  rowHeader: {es: 'Modo', en: 'Mode'},
  columns: {
    howYouPay: {label: {es: 'Cómo se paga', en: 'How you pay'}},
    scaling: {label: {es: 'Cómo escala', en: 'How it scales'}},
    throttling: {label: {es: 'Cuándo hay limitación', en: 'When it throttles'}},
    whenToChoose: {label: {es: 'Cuándo elegirlo', en: 'When to choose it'}},
  },
  rows: [
    {
      id: 'dynamodb-capacity-on-demand',
      label: {es: 'Bajo demanda (`PAY_PER_REQUEST`)', en: 'On-demand (`PAY_PER_REQUEST`)'},
      cells: {
        howYouPay: {
          es: 'Por solicitud, en unidades de solicitud de lectura y de escritura; sin tráfico no se paga rendimiento',
          en: 'Per request, in read and write request units; no traffic, no throughput charge',
        },
        scaling: {
          es: 'Automáticamente: una tabla nueva admite 4000 escrituras y 12 000 lecturas por segundo y absorbe al instante el doble del pico anterior',
          en: 'Automatically: a new table sustains 4,000 writes and 12,000 reads per second and instantly absorbs double the previous peak',
        },
        throttling: {
          es: 'Si se supera el doble del pico anterior en menos de 30 minutos, la cuota por tabla o el máximo opcional configurado; también en una partición caliente',
          en: 'Past double the previous peak within 30 minutes, the per-table quota, or the optional maximum you set; also on a hot partition',
        },
        whenToChoose: {
          es: 'Opción predeterminada y recomendada por AWS para la mayoría de cargas, sobre todo tráfico nuevo o impredecible',
          en: "AWS's default and recommended option for most workloads, especially new or unpredictable traffic",
        },
      },
      sources: [
        {
          title: 'DynamoDB on-demand capacity mode',
          url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/on-demand-capacity-mode.html',
        },
        {
          title: 'DynamoDB throughput capacity',
          url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/capacity-mode.html',
        },
        {
          title: 'Troubleshooting throttling in Amazon DynamoDB',
          url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/TroubleshootingThrottling.html',
        },
        {
          title: 'Considerations when switching capacity modes in DynamoDB',
          url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-switching-capacity-modes.html',
        },
      ],
    },
    {
      id: 'dynamodb-capacity-provisioned',
      label: {es: 'Aprovisionada (`PROVISIONED`)', en: 'Provisioned (`PROVISIONED`)'},
      cells: {
        howYouPay: {
          es: 'Por hora, por las RCU y WCU aprovisionadas, se usen o no',
          en: 'Per hour, for the provisioned RCUs and WCUs, used or not',
        },
        scaling: {
          es: 'Manualmente con `UpdateTable`: subir cuando se quiera; bajar, 4 veces al empezar el día UTC y 1 más por hora (27 al día)',
          en: 'Manually with `UpdateTable`: increase any time; decrease 4 times at the start of the UTC day plus 1 per hour (27 a day)',
        },
        throttling: {
          es: 'Cuando el consumo supera lo aprovisionado (`ProvisionedThroughputExceededException`), y en una partición caliente',
          en: 'When consumption exceeds what is provisioned (`ProvisionedThroughputExceededException`), and on a hot partition',
        },
        whenToChoose: {
          es: 'Carga estable con crecimiento predecible y capacidad que se puede prever; costo predecible',
          en: 'Steady workload with predictable growth and a capacity you can forecast; predictable cost',
        },
      },
      sources: [
        {
          title: 'DynamoDB provisioned capacity mode',
          url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/provisioned-capacity-mode.html',
        },
        {
          title: 'Quotas in Amazon DynamoDB',
          url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html',
        },
        {
          title: 'Error handling with DynamoDB',
          url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html',
        },
        {
          title: 'Troubleshooting throttling in Amazon DynamoDB',
          url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/TroubleshootingThrottling.html',
        },
      ],
    },
    {
      id: 'dynamodb-capacity-auto-scaling',
      label: {es: 'Aprovisionada con auto scaling', en: 'Provisioned with auto scaling'},
      cells: {
        howYouPay: {
          es: 'Igual que la aprovisionada: por la capacidad que fija auto scaling en cada momento',
          en: 'As provisioned: for whatever capacity auto scaling has set at the time',
        },
        scaling: {
          es: 'Application Auto Scaling sigue un objetivo de utilización (AWS recomienda 70 %) entre un mínimo y un máximo',
          en: 'Application Auto Scaling tracks a target utilization (AWS recommends 70%) between a minimum and a maximum',
        },
        throttling: {
          es: 'En picos repentinos: reacciona cuando el objetivo se supera 2 minutos seguidos, más unos minutos de alarma',
          en: 'On sudden spikes: it reacts after the target is breached for 2 consecutive minutes, plus a few minutes of alarm delay',
        },
        whenToChoose: {
          es: 'Tráfico predecible que varía a lo largo del día; la consola la activa por defecto al crear una tabla aprovisionada',
          en: 'Predictable traffic that varies during the day; the console turns it on by default for a provisioned table',
        },
      },
      sources: [
        {
          title: 'DynamoDB provisioned capacity mode',
          url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/provisioned-capacity-mode.html',
        },
      ],
    },
  ],
  note: {
    es: 'Una tabla puede pasar de aprovisionada a bajo demanda hasta 4 veces en una ventana móvil de 24 horas, y de bajo demanda a aprovisionada en cualquier momento.',
    en: 'A table can switch from provisioned to on-demand up to 4 times in a rolling 24-hour window, and from on-demand to provisioned at any time.',
  },
};
