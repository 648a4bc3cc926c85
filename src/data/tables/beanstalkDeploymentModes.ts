// Elastic Beanstalk deployment policies, current edition (sources: Elastic Beanstalk Developer Guide,
// "Deployment policies and settings" and its table of deployment methods; "eb swap"; AWS whitepaper
// "Blue/Green Deployments on AWS", "Swap the Environment of an Elastic Beanstalk Application").
import type {ComparisonTableData} from './types';

type DeploymentColumn =
  'zeroDowntime' | 'deployTime' | 'failureImpact' | 'rollback' | 'codeDeployedTo' | 'dnsChange' | 'howItWorks';

// deployTime sorts by the clocks in AWS's table of deployment methods: 1 (fastest) to 4 (slowest).
export const beanstalkDeploymentModes: ComparisonTableData<DeploymentColumn, 'deployTime'> = {
  caption: {es: 'Modos de implementación de Elastic Beanstalk', en: 'Elastic Beanstalk deployment modes'},
  rowHeader: {es: 'Modo', en: 'Mode'},
  columns: {
    zeroDowntime: {label: {es: '¿Sin tiempo de inactividad?', en: 'Zero downtime?'}},
    deployTime: {
      label: {es: 'Tiempo de implementación (escala de AWS, 1–4)', en: 'Deployment time (AWS scale, 1–4)'},
      sortable: true,
    },
    failureImpact: {label: {es: 'Si la implementación falla', en: 'If the deployment fails'}},
    rollback: {label: {es: 'Vuelta atrás', en: 'Rollback'}},
    codeDeployedTo: {label: {es: 'El código va a', en: 'Code deployed to'}},
    dnsChange: {label: {es: '¿Cambia el DNS?', en: 'DNS change?'}},
    howItWorks: {label: {es: 'Cómo funciona', en: 'How it works'}},
  },
  rows: [
    {
      id: 'eb-all-at-once',
      label: {es: 'Todas a la vez (All at once)', en: 'All at once'},
      cells: {
        zeroDowntime: {es: 'No: hay tiempo de inactividad', en: 'No: there is downtime'},
        deployTime: {es: '1: la más rápida', en: '1: the fastest', sortValue: 1},
        failureImpact: {es: 'Tiempo de inactividad', en: 'Downtime'},
        rollback: {es: 'Volver a implementar manualmente', en: 'Manual redeploy'},
        codeDeployedTo: {es: 'Instancias existentes', en: 'Existing instances'},
        dnsChange: {es: 'No', en: 'No'},
        howItWorks: {
          es: 'Implementa la nueva versión en todas las instancias a la vez; es la política predeterminada',
          en: 'Deploys the new version to every instance at once; it is the default policy',
        },
      },
    },
    {
      id: 'eb-rolling',
      label: {es: 'Continua (Rolling)', en: 'Rolling'},
      cells: {
        zeroDowntime: {es: 'Sí, pero con un lote menos de capacidad', en: 'Yes, but with one batch less capacity'},
        deployTime: {es: '2: depende del tamaño del lote', en: '2: depends on the batch size', sortValue: 2},
        failureImpact: {
          es: 'Un lote fuera de servicio; los lotes ya terminados quedan con la versión nueva',
          en: 'One batch out of service; batches already done keep running the new version',
        },
        rollback: {es: 'Volver a implementar manualmente', en: 'Manual redeploy'},
        codeDeployedTo: {es: 'Instancias existentes', en: 'Existing instances'},
        dnsChange: {es: 'No', en: 'No'},
        howItWorks: {
          es: 'Divide las instancias en lotes; saca cada lote del balanceador, lo actualiza y lo vuelve a conectar, mientras el resto sigue con la versión anterior',
          en: 'Splits the instances into batches; takes each batch out of the load balancer, updates it and puts it back, while the rest keep the old version',
        },
      },
    },
    {
      id: 'eb-rolling-additional-batch',
      label: {es: 'Continua con lote adicional', en: 'Rolling with additional batch'},
      cells: {
        zeroDowntime: {es: 'Sí, a plena capacidad', en: 'Yes, at full capacity'},
        deployTime: {es: '3: depende del tamaño del lote', en: '3: depends on the batch size', sortValue: 3},
        failureImpact: {
          es: 'Mínimo si falla el primer lote; si no, como en la continua',
          en: 'Minimal if the first batch fails; otherwise, as with rolling',
        },
        rollback: {es: 'Volver a implementar manualmente', en: 'Manual redeploy'},
        codeDeployedTo: {es: 'Instancias nuevas y existentes', en: 'New and existing instances'},
        dnsChange: {es: 'No', en: 'No'},
        howItWorks: {
          es: 'Lanza primero un lote nuevo de instancias para no perder capacidad, actualiza los lotes existentes y al final termina el lote adicional',
          en: 'First launches a new batch of instances to keep full capacity, updates the existing batches and finally terminates the additional batch',
        },
      },
    },
    {
      id: 'eb-immutable',
      label: {es: 'Inmutable (Immutable)', en: 'Immutable'},
      cells: {
        zeroDowntime: {es: 'Sí', en: 'Yes'},
        deployTime: {es: '4: de las más lentas', en: '4: among the slowest', sortValue: 4},
        failureImpact: {es: 'Mínimo', en: 'Minimal'},
        rollback: {es: 'Terminar las instancias nuevas', en: 'Terminate the new instances'},
        codeDeployedTo: {es: 'Instancias nuevas', en: 'New instances'},
        dnsChange: {es: 'No', en: 'No'},
        howItWorks: {
          es: 'Lanza un conjunto completo de instancias nuevas en un grupo de Auto Scaling aparte; si no pasan las comprobaciones de estado, las termina y deja intactas las originales',
          en: 'Launches a full set of new instances in a separate Auto Scaling group; if they fail health checks, it terminates them and leaves the original ones untouched',
        },
      },
    },
    {
      id: 'eb-traffic-splitting',
      label: {es: 'División del tráfico (Traffic splitting)', en: 'Traffic splitting'},
      cells: {
        zeroDowntime: {es: 'Sí', en: 'Yes'},
        deployTime: {
          es: '4: depende del tiempo de evaluación elegido',
          en: '4: depends on the evaluation time you choose',
          sortValue: 4,
        },
        failureImpact: {
          es: 'Solo el porcentaje de tráfico enviado a la versión nueva se ve afectado, y de forma temporal',
          en: 'Only the share of client traffic sent to the new version is affected, and temporarily',
        },
        rollback: {
          es: 'Devolver el tráfico y terminar las instancias nuevas',
          en: 'Reroute traffic and terminate the new instances',
        },
        codeDeployedTo: {es: 'Instancias nuevas', en: 'New instances'},
        dnsChange: {es: 'No', en: 'No'},
        howItWorks: {
          es: 'Prueba canario (*canary*): lanza instancias nuevas como la inmutable y les envía un porcentaje del tráfico durante un periodo de evaluación; si siguen en buen estado, les pasa todo el tráfico y termina las antiguas',
          en: 'Canary testing: launches new instances as immutable does and sends them a percentage of the traffic for an evaluation period; if they stay healthy, it moves all traffic to them and terminates the old ones',
        },
      },
    },
    {
      id: 'eb-blue-green',
      label: {es: 'Azul/verde (Blue/Green)', en: 'Blue/green'},
      cells: {
        zeroDowntime: {es: 'Sí', en: 'Yes'},
        deployTime: {es: '4: de las más lentas', en: '4: among the slowest', sortValue: 4},
        failureImpact: {es: 'Mínimo', en: 'Minimal'},
        rollback: {es: 'Volver a intercambiar las URL', en: 'Swap the URLs back'},
        codeDeployedTo: {es: 'Instancias nuevas (otro entorno)', en: 'New instances (another environment)'},
        dnsChange: {es: 'Sí: intercambio de CNAME', en: 'Yes: a CNAME swap'},
        howItWorks: {
          es: 'No es una política de implementación: se clona el entorno, se implementa la versión nueva en el entorno verde y, cuando está lista, se usa "Swap environment URLs" (`eb swap`)',
          en: 'Not a deployment policy: you clone the environment, deploy the new version to the green one and, when it is ready, use Swap environment URLs (`eb swap`)',
        },
      },
    },
  ],
  note: {
    es: 'Por defecto, un entorno usa "todas a la vez"; uno escalable creado con la CLI de EB usa la continua. Las implementaciones inmutables y con división del tráfico sustituyen las instancias, así que se pierden los créditos de ráfaga de EC2 acumulados.',
    en: 'By default an environment uses all at once; a scalable one created with the EB CLI uses rolling. Immutable and traffic-splitting deployments replace the instances, so accumulated EC2 burst balances are lost.',
  },
};
