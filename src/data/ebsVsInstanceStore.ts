// EBS vs. instance store. dva-c01: the notes as written (seed lines 392–403, 418 and 435–448).
import {notStated, type ComparisonTableData, type EditionTables} from './comparisonTable';

type StorageColumn = 'performance' | 'persistence' | 'resizing' | 'backups' | 'attachment' | 'availabilityZone';

const dvaC01: ComparisonTableData<StorageColumn> = {
  caption: {es: 'EBS frente a instance store', en: 'EBS vs. instance store'},
  rowHeader: {es: 'Almacenamiento', en: 'Storage'},
  columns: {
    performance: {label: {es: 'Rendimiento', en: 'Performance'}},
    persistence: {label: {es: 'Persistencia', en: 'Persistence'}},
    resizing: {label: {es: 'Tamaño', en: 'Resizing'}},
    backups: {label: {es: 'Copias de seguridad', en: 'Backups'}},
    attachment: {label: {es: 'Conexión a instancias', en: 'Attachment'}},
    availabilityZone: {label: {es: 'Zona de disponibilidad', en: 'Availability Zone'}},
  },
  rows: [
    {
      id: 'storage-ebs',
      label: {es: 'Volumen de EBS', en: 'EBS volume'},
      cells: {
        performance: {
          es: 'Unidad de red, no un disco físico: hay algo de latencia',
          en: 'A network drive, not a physical disk: there is some latency',
        },
        persistence: {es: 'Persiste los datos de la instancia', en: 'Persists the instance’s data'},
        resizing: {es: 'La capacidad se puede aumentar con el tiempo', en: 'Capacity can be increased over time'},
        backups: {es: 'Con snapshots', en: 'With snapshots'},
        attachment: {
          es: 'A una sola instancia a la vez; se puede desconectar y conectar a otra rápidamente',
          en: 'One instance at a time; it can be detached and attached to another one quickly',
        },
        availabilityZone: {
          es: 'Bloqueado en una AZ; para moverlo a otra se necesita un snapshot',
          en: 'Locked to one AZ; moving it to another needs a snapshot',
        },
      },
    },
    {
      id: 'storage-instance-store',
      label: {es: 'Almacén de instancias (instance store)', en: 'Instance store'},
      cells: {
        performance: {es: 'Mejor E/S', en: 'Better I/O'},
        persistence: {es: 'Se pierde cuando se apaga la instancia', en: 'Lost when the instance is shut down'},
        resizing: {es: 'No se puede cambiar el tamaño', en: 'Can’t be resized'},
        backups: {es: 'Las gestiona el usuario', en: 'Managed by the user'},
        attachment: {es: 'Viene con la máquina', en: 'Comes with the machine'},
        availabilityZone: notStated,
      },
    },
  ],
  note: {
    es: 'Algunas instancias no traen un volumen raíz de EBS, sino instance store.',
    en: 'Some instances don’t come with an EBS root volume; they come with instance store instead.',
  },
};

export const ebsVsInstanceStore: EditionTables = {'dva-c01': dvaC01};
