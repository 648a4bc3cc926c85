// EBS volume types. dva-c01: the notes as written (seed lines 399–415), with the types' correct names.
import {notStated, type ComparisonTableData, type EditionTables} from './comparisonTable';

type EbsColumn = 'drive' | 'use' | 'cost';

const dvaC01: ComparisonTableData<EbsColumn> = {
  caption: {es: 'Tipos de volúmenes de EBS', en: 'EBS volume types'},
  rowHeader: {es: 'Tipo', en: 'Type'},
  columns: {
    drive: {label: {es: 'Tipo de disco', en: 'Drive type'}},
    use: {label: {es: 'Uso', en: 'Use'}},
    cost: {label: {es: 'Costo', en: 'Cost'}},
  },
  rows: [
    {
      id: 'ebs-gp2',
      label: {es: '`gp2`', en: '`gp2`'},
      cells: {
        drive: {es: 'SSD', en: 'SSD'},
        use: {es: 'Propósito general, con buen rendimiento', en: 'General purpose, with good performance'},
        cost: {es: 'Buen precio', en: 'Good price'},
      },
    },
    {
      id: 'ebs-io1',
      label: {es: '`io1`', en: '`io1`'},
      cells: {
        drive: notStated,
        use: {
          es: 'Alto rendimiento, baja latencia y grandes cargas de trabajo',
          en: 'High performance, low latency and large workloads',
        },
        cost: notStated,
      },
    },
    {
      id: 'ebs-st1',
      label: {es: '`st1`', en: '`st1`'},
      cells: {
        drive: {es: 'HDD', en: 'HDD'},
        use: notStated,
        cost: {es: 'Bajo costo, porque los discos son HDD', en: 'Low cost, because the drives are HDD'},
      },
    },
    {
      id: 'ebs-sc1',
      label: {es: '`sc1`', en: '`sc1`'},
      cells: {
        drive: notStated,
        use: notStated,
        cost: {es: 'Bajo costo', en: 'Low cost'},
      },
    },
  ],
  note: {
    es: 'Las notas escriben estos cuatro tipos como GP2, IOI, STI y SCI. Cada volumen se crea en una sola AZ con una capacidad aprovisionada, por tamaño e IOPS, y ambos se pueden aumentar después.',
    en: 'The notes spell these four types GP2, IOI, STI and SCI. Each volume lives in a single AZ with provisioned capacity, by size and IOPS, and both can be increased later.',
  },
};

export const ebsVolumeTypes: EditionTables = {'dva-c01': dvaC01};
