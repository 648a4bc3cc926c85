// EBS volume types, current edition (sources: EC2 API reference CreateVolume/ModifyVolume/CopyVolumes;
// EBS User Guide on volume types, Provisioned IOPS SSD and Multi-Attach).
import type {ComparisonTableData} from './types';

type EbsColumn = 'family' | 'drive' | 'performance' | 'boot' | 'multiAttach';

export const ebsVolumeTypes: ComparisonTableData<EbsColumn> = {
  caption: {es: 'Tipos de volúmenes de EBS', en: 'EBS volume types'},
  rowHeader: {es: 'Tipo', en: 'Type'},
  columns: {
    family: {label: {es: 'Familia', en: 'Family'}},
    drive: {label: {es: 'Tipo de disco', en: 'Drive type'}},
    performance: {label: {es: 'Rendimiento', en: 'Performance'}},
    boot: {label: {es: '¿Volumen de arranque?', en: 'Boot volume?'}},
    multiAttach: {label: {es: 'Multi-Attach', en: 'Multi-Attach'}},
  },
  rows: [
    {
      id: 'ebs-gp3',
      label: {es: '`gp3`', en: '`gp3`'},
      cells: {
        family: {es: 'SSD de uso general (General Purpose SSD)', en: 'General Purpose SSD'},
        drive: {es: 'SSD', en: 'SSD'},
        performance: {
          es: 'Base de 3000 IOPS y 125 MiB/s con cualquier tamaño; las IOPS y el rendimiento se aprovisionan aparte, sin depender del tamaño',
          en: 'A baseline of 3,000 IOPS and 125 MiB/s at any size; IOPS and throughput are provisioned separately, independently of size',
        },
        boot: {es: 'Sí', en: 'Yes'},
        multiAttach: {es: 'No', en: 'No'},
      },
    },
    {
      id: 'ebs-gp2',
      label: {es: '`gp2`', en: '`gp2`'},
      cells: {
        family: {es: 'SSD de uso general (General Purpose SSD)', en: 'General Purpose SSD'},
        drive: {es: 'SSD', en: 'SSD'},
        performance: {
          es: 'Ligado al tamaño: 3 IOPS por GiB de base, con ráfagas de hasta 3000 IOPS gracias a créditos de E/S',
          en: 'Tied to size: a baseline of 3 IOPS per GiB, bursting to 3,000 IOPS with I/O credits',
        },
        boot: {es: 'Sí', en: 'Yes'},
        multiAttach: {es: 'No', en: 'No'},
      },
    },
    {
      id: 'ebs-io2',
      label: {es: '`io2` Block Express', en: '`io2` Block Express'},
      cells: {
        family: {es: 'SSD de IOPS aprovisionadas (Provisioned IOPS SSD)', en: 'Provisioned IOPS SSD'},
        drive: {es: 'SSD', en: 'SSD'},
        performance: {
          es: 'IOPS aprovisionadas: hasta 256\u00a0000 en instancias Nitro; la mayor durabilidad y la menor latencia de EBS, para cargas críticas de E/S intensiva',
          en: "Provisioned IOPS: up to 256,000 on Nitro instances; EBS's highest durability and lowest latency, for critical, I/O-intensive workloads",
        },
        boot: {es: 'Sí', en: 'Yes'},
        multiAttach: {
          es: 'Sí: hasta 16 instancias Nitro de la misma AZ',
          en: 'Yes: up to 16 Nitro instances in the same AZ',
        },
      },
    },
    {
      id: 'ebs-io1',
      label: {es: '`io1`', en: '`io1`'},
      cells: {
        family: {es: 'SSD de IOPS aprovisionadas (Provisioned IOPS SSD)', en: 'Provisioned IOPS SSD'},
        drive: {es: 'SSD', en: 'SSD'},
        performance: {
          es: 'IOPS aprovisionadas: hasta 64\u00a0000 en instancias Nitro (32\u00a0000 en las demás)',
          en: 'Provisioned IOPS: up to 64,000 on Nitro instances (32,000 on others)',
        },
        boot: {es: 'Sí', en: 'Yes'},
        multiAttach: {
          es: 'Sí: hasta 16 instancias Nitro de la misma AZ',
          en: 'Yes: up to 16 Nitro instances in the same AZ',
        },
      },
    },
    {
      id: 'ebs-st1',
      label: {es: '`st1`', en: '`st1`'},
      cells: {
        family: {es: 'HDD optimizado para rendimiento (Throughput Optimized HDD)', en: 'Throughput Optimized HDD'},
        drive: {es: 'HDD', en: 'HDD'},
        performance: {
          es: 'Sin IOPS aprovisionadas; HDD de bajo costo para cargas de acceso frecuente que piden mucho rendimiento (MiB/s)',
          en: 'No provisioned IOPS; low-cost HDD for frequently accessed, throughput-intensive workloads',
        },
        boot: {es: 'No', en: 'No'},
        multiAttach: {es: 'No', en: 'No'},
      },
    },
    {
      id: 'ebs-sc1',
      label: {es: '`sc1`', en: '`sc1`'},
      cells: {
        family: {es: 'HDD en frío (Cold HDD)', en: 'Cold HDD'},
        drive: {es: 'HDD', en: 'HDD'},
        performance: {
          es: 'Sin IOPS aprovisionadas; el HDD más barato, para datos de acceso poco frecuente',
          en: 'No provisioned IOPS; the lowest-cost HDD, for less frequently accessed data',
        },
        boot: {es: 'No', en: 'No'},
        multiAttach: {es: 'No', en: 'No'},
      },
    },
  ],
  note: {
    es: 'Cada volumen vive en una sola AZ. Con Elastic Volumes se puede aumentar el tamaño y cambiar el tipo o las IOPS, a menudo sin detener la instancia. La API también admite `standard` (magnético), que aquí no se muestra. Los límites de IOPS y de rendimiento cambian con el tiempo: consulta la guía de usuario de EBS.',
    en: 'Each volume lives in a single AZ. With Elastic Volumes you can increase the size and change the type or IOPS, often without stopping the instance. The API also accepts `standard` (Magnetic), not shown here. IOPS and throughput limits change over time: check the EBS User Guide.',
  },
};
