// EBS vs. instance store, current edition (sources: EC2 User Guide, "Instance store lifetime"; EC2 API
// reference CreateVolume, ModifyVolume and StopInstances; EBS User Guide on Multi-Attach).
import type {ComparisonTableData} from './types';

type StorageColumn = 'performance' | 'persistence' | 'resizing' | 'backups' | 'attachment' | 'availabilityZone';

export const ebsVsInstanceStore: ComparisonTableData<StorageColumn> = {
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
          es: 'Volumen conectado por red; el rendimiento depende del tipo (`gp3`, `io2`…)',
          en: 'A network-attached volume; performance depends on the type (`gp3`, `io2`…)',
        },
        persistence: {
          es: 'Sobrevive a detener e hibernar la instancia; al terminarla se borran los volúmenes marcados para borrarse con ella (el raíz, por defecto)',
          en: 'Survives stopping and hibernating the instance; on termination, volumes set to delete on termination (the root volume, by default) are deleted',
        },
        resizing: {
          es: 'Con Elastic Volumes se aumenta el tamaño y se cambian el tipo y las IOPS, a menudo sin detener la instancia; el tamaño solo puede crecer',
          en: 'With Elastic Volumes you can grow the size and change the type and IOPS, often without stopping the instance; the size can only grow',
        },
        backups: {es: 'Con snapshots de EBS', en: 'With EBS snapshots'},
        attachment: {
          es: 'Normalmente a una instancia a la vez; `io1` e `io2` con Multi-Attach, a hasta 16 instancias Nitro de la misma AZ',
          en: 'Normally one instance at a time; `io1` and `io2` with Multi-Attach, up to 16 Nitro instances in the same AZ',
        },
        availabilityZone: {
          es: 'Se crea en una AZ y solo se conecta a instancias de esa AZ; para llevarlo a otra se usa un snapshot',
          en: 'Created in one AZ and attachable only to instances in that AZ; to move it to another, use a snapshot',
        },
      },
    },
    {
      id: 'storage-instance-store',
      label: {es: 'Almacén de instancias (instance store)', en: 'Instance store'},
      cells: {
        performance: {
          es: 'Discos conectados físicamente al servidor: E/S muy rápida',
          en: 'Disks physically attached to the host: very fast I/O',
        },
        persistence: {
          es: 'Sobrevive a un reinicio; se pierde si la instancia se detiene, hiberna o termina, o si falla el disco',
          en: 'Survives a reboot; lost if the instance stops, hibernates or terminates, or if the disk fails',
        },
        resizing: {
          es: 'No se puede cambiar: el tamaño y el número de discos dependen del tipo de instancia',
          en: "Can't be changed: the size and number of disks depend on the instance type",
        },
        backups: {
          es: 'A cargo del usuario: copiar lo valioso a almacenamiento duradero (S3, EBS, EFS)',
          en: 'Up to the user: copy anything valuable to durable storage (S3, EBS, EFS)',
        },
        attachment: {
          es: 'Solo se define al lanzar la instancia; no se puede desconectar ni conectar a otra',
          en: "Defined only when the instance is launched; it can't be detached or attached to another instance",
        },
        availabilityZone: {
          es: 'La del servidor de su instancia: no se puede mover',
          en: "That of its instance's host: it can't be moved",
        },
      },
    },
  ],
  note: {
    es: 'Algunos tipos de instancia no traen instance store. Una instancia con raíz en instance store no se puede detener ni hibernar: solo reiniciar o terminar.',
    en: "Some instance types come with no instance store. An instance with an instance store root volume can't be stopped or hibernated: only rebooted or terminated.",
  },
};
