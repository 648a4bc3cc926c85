// RDS read replicas vs. Multi-AZ, current edition (sources: RDS API reference
// CreateDBInstanceReadReplica; RDS User Guide on read replicas, Multi-AZ DB instance and Multi-AZ DB
// cluster deployments; Amazon RDS Read Replicas product page).
import type {ComparisonTableData} from './types';

type RdsColumn = 'purpose' | 'replication' | 'scaling' | 'disasterRecovery';

export const replicasVsMultiAz: ComparisonTableData<RdsColumn> = {
  caption: {es: 'Réplicas de lectura frente a Multi-AZ en RDS', en: 'RDS read replicas vs. Multi-AZ'},
  rowHeader: {es: 'Opción', en: 'Option'},
  columns: {
    purpose: {label: {es: 'Propósito', en: 'Purpose'}},
    replication: {label: {es: 'Replicación', en: 'Replication'}},
    scaling: {label: {es: 'Escalado de lecturas', en: 'Read scaling'}},
    disasterRecovery: {label: {es: 'Conmutación por error y recuperación', en: 'Failover and recovery'}},
  },
  rows: [
    {
      id: 'rds-read-replicas',
      label: {es: 'Réplicas de lectura', en: 'Read replicas'},
      cells: {
        purpose: {
          es: 'Descargar las consultas de solo lectura de la instancia de origen',
          en: 'Offload read-only queries from the source DB instance',
        },
        replication: {
          es: 'Asíncrona, con la replicación nativa del motor',
          en: "Asynchronous, with the engine's native replication",
        },
        scaling: {
          es: 'Sí: hasta 15 por instancia de origen (5 en Oracle y SQL Server, 3 en Db2), en la misma AZ, en otra o en otra región',
          en: 'Yes: up to 15 per source DB instance (5 for Oracle and SQL Server, 3 for Db2), in the same AZ, another AZ or another Region',
        },
        disasterRecovery: {
          es: 'Sin conmutación automática: una réplica se puede promover a instancia independiente (las de otra región sirven para recuperación ante desastres; SQL Server no las admite)',
          en: "No automatic failover: a replica can be promoted to a standalone DB instance (cross-Region ones help with disaster recovery; SQL Server doesn't support them)",
        },
      },
    },
    {
      id: 'rds-multi-az',
      label: {es: 'Multi-AZ de instancia (un standby)', en: 'Multi-AZ DB instance (one standby)'},
      cells: {
        purpose: {es: 'Alta disponibilidad y durabilidad', en: 'High availability and durability'},
        replication: {
          es: 'Síncrona, a un standby en otra AZ',
          en: 'Synchronous, to a standby in another AZ',
        },
        scaling: {es: 'No: el standby no atiende lecturas', en: "No: the standby doesn't serve reads"},
        disasterRecovery: {
          es: 'Conmutación automática al standby si falla la instancia o la AZ',
          en: 'Automatic failover to the standby if the instance or the AZ fails',
        },
      },
    },
    {
      id: 'rds-multi-az-db-cluster',
      label: {es: 'Clúster Multi-AZ (dos standby legibles)', en: 'Multi-AZ DB cluster (two readable standbys)'},
      cells: {
        purpose: {
          es: 'Alta disponibilidad y, además, capacidad de lectura',
          en: 'High availability plus read capacity',
        },
        replication: {
          es: 'Una instancia de escritura y dos de lectura en tres AZ; las de lectura confirman cada cambio antes de que se confirme la transacción',
          en: 'One writer and two reader DB instances in three AZs; the readers acknowledge each change before it is committed',
        },
        scaling: {
          es: 'Sí: las dos instancias de lectura atienden lecturas a través del endpoint de lectura',
          en: 'Yes: the two reader instances serve reads through the reader endpoint',
        },
        disasterRecovery: {
          es: 'Conmutación automática: las instancias de lectura son los destinos',
          en: 'Automatic failover: the reader instances are the targets',
        },
      },
    },
  ],
  note: {
    es: 'Se pueden combinar: una instancia Multi-AZ puede tener réplicas de lectura, y una réplica de lectura se puede crear como Multi-AZ.',
    en: 'You can combine them: a Multi-AZ DB instance can have read replicas, and a read replica can itself be created as Multi-AZ.',
  },
};
