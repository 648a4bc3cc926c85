// RDS read replicas vs. Multi-AZ. dva-c01: the notes as written (seed lines 469–481).
import {notStated, type ComparisonTableData, type EditionTables} from './comparisonTable';

type RdsColumn = 'purpose' | 'replication' | 'scaling' | 'disasterRecovery';

const dvaC01: ComparisonTableData<RdsColumn> = {
  caption: {es: 'Réplicas de lectura frente a Multi-AZ en RDS', en: 'RDS read replicas vs. Multi-AZ'},
  rowHeader: {es: 'Opción', en: 'Option'},
  columns: {
    purpose: {label: {es: 'Propósito', en: 'Purpose'}},
    replication: {label: {es: 'Replicación', en: 'Replication'}},
    scaling: {label: {es: 'Escalado', en: 'Scaling'}},
    disasterRecovery: {label: {es: 'Recuperación de desastres', en: 'Disaster recovery'}},
  },
  rows: [
    {
      id: 'rds-read-replicas',
      label: {es: 'Réplicas de lectura', en: 'Read replicas'},
      cells: {
        purpose: {
          es: 'Mejorar el rendimiento de lectura de la base de datos, con menos retraso y tiempos de espera',
          en: 'Improve the database’s read performance, with less delay and waiting',
        },
        replication: {es: 'Asíncrona', en: 'Asynchronous'},
        scaling: {es: 'Sí, escala las lecturas: hasta 5 réplicas de lectura', en: 'Yes, read scaling: up to 5 read replicas'},
        disasterRecovery: notStated,
      },
    },
    {
      id: 'rds-multi-az',
      label: {es: 'Multi-AZ', en: 'Multi-AZ deployment'},
      cells: {
        purpose: {es: 'Recuperación de desastres', en: 'Disaster recovery'},
        replication: {es: 'Síncrona', en: 'Synchronous'},
        scaling: {es: 'No sirve para escalar', en: 'Not for scaling'},
        disasterRecovery: {es: 'Sí: es su único uso', en: 'Yes: it is its only use'},
      },
    },
  ],
  note: {es: 'Se pueden combinar ambas.', en: 'You can combine both.'},
};

export const replicasVsMultiAz: EditionTables = {'dva-c01': dvaC01};
