// Elastic Beanstalk deployment modes. dva-c01: the notes as written (seed lines 674–684).
// dva-c02: today's policies (sources: Elastic Beanstalk Developer Guide, "Deployment policies and
// settings" and its table of deployment methods; "eb swap"; AWS whitepaper "Blue/Green Deployments on
// AWS", "Swap the Environment of an Elastic Beanstalk Application").
import {notStated, type ComparisonTableData, type EditionTables} from './comparisonTable';

type DeploymentColumn = 'downtime' | 'extraCost' | 'speed' | 'production' | 'howItWorks';

// extraCost sorts by the notes' words: none (0) < extra (1) < high (2).
const dvaC01: ComparisonTableData<DeploymentColumn, 'extraCost'> = {
  caption: {es: 'Modos de despliegue de Elastic Beanstalk', en: 'Elastic Beanstalk deployment modes'},
  rowHeader: {es: 'Modo', en: 'Mode'},
  columns: {
    downtime: {label: {es: 'Tiempo de inactividad', en: 'Downtime'}},
    extraCost: {label: {es: 'Costo adicional', en: 'Extra cost'}, sortable: true},
    speed: {label: {es: 'Velocidad', en: 'Speed'}},
    production: {label: {es: '¿Apto para producción?', en: 'Fit for production?'}},
    howItWorks: {label: {es: 'Cómo funciona', en: 'How it works'}},
  },
  rows: [
    {
      id: 'eb-all-at-once',
      label: {es: 'Todas a la vez (All at once)', en: 'All at once'},
      cells: {
        downtime: {
          es: 'Sí: la aplicación queda parada un tiempo (su único inconveniente)',
          en: 'Yes: the application is down for a while (its only drawback)',
        },
        extraCost: {es: 'No', en: 'None', sortValue: 0},
        speed: {es: 'Bastante rápida', en: 'Quite fast'},
        production: notStated,
        howItWorks: {
          es: 'Detiene la aplicación en v1 y la actualiza a v2',
          en: 'Stops the application on v1 and updates it to v2',
        },
      },
    },
    {
      id: 'eb-rolling',
      label: {es: 'Continua (Rolling)', en: 'Rolling'},
      cells: {
        downtime: {
          es: 'Mientras se actualiza un lote, las demás instancias siguen trabajando en v1',
          en: 'While one batch updates, the other instances keep working on v1',
        },
        extraCost: {es: 'No', en: 'None', sortValue: 0},
        speed: notStated,
        production: notStated,
        howItWorks: {
          es: 'Actualiza las instancias por lotes (p. ej., de 2 en 2 con 4 instancias) hasta que todas están en v2',
          en: 'Updates the instances in batches (e.g. 2 at a time out of 4) until all of them run v2',
        },
      },
    },
    {
      id: 'eb-rolling-additional-batch',
      label: {es: 'Continua con lote adicional', en: 'Rolling with additional batch'},
      cells: {
        downtime: {
          es: 'No: siempre trabaja a máxima capacidad y no se pierden los flujos de trabajo',
          en: 'No: it always runs at full capacity and no work in progress is lost',
        },
        extraCost: {es: 'Sí, un costo adicional', en: 'Yes, some extra cost', sortValue: 1},
        speed: notStated,
        production: {es: 'Sí, recomendado', en: 'Yes, recommended'},
        howItWorks: {
          es: 'Crea instancias nuevas con v2, actualiza los lotes existentes uno tras otro y al final elimina las instancias nuevas; el tamaño del lote se elige',
          en: 'Launches new instances with v2, updates the existing batches one after another, then removes the new instances; you choose the batch size',
        },
      },
    },
    {
      id: 'eb-immutable',
      label: {es: 'Inmutable (Immutable)', en: 'Immutable'},
      cells: {
        downtime: notStated,
        extraCost: {es: 'Sí, alto', en: 'Yes, high', sortValue: 2},
        speed: notStated,
        production: {es: 'Sí, también sirve', en: 'Yes, it also suits production'},
        howItWorks: {
          es: 'Crea un grupo de Auto Scaling temporal con v2 (primero una instancia para comprobar que funciona, luego el resto), pasa sus instancias al grupo original y termina las de v1',
          en: 'Creates a temporary Auto Scaling group with v2 (one instance first to check that it works, then the rest), moves its instances into the original group and terminates the v1 instances',
        },
      },
    },
    {
      id: 'eb-blue-green',
      label: {es: 'Azul/verde (Blue/Green)', en: 'Blue/green'},
      cells: {
        downtime: notStated,
        extraCost: notStated,
        speed: notStated,
        production: notStated,
        howItWorks: {
          es: 'Bastante manual: Route 53 envía el 90\u00a0% del tráfico al grupo de Auto Scaling con v1 y el 10\u00a0% a otro con v2; cuando v2 se aprueba, todo el tráfico pasa a v2',
          en: 'Quite manual: Route 53 sends 90% of the traffic to the Auto Scaling group running v1 and 10% to another one running v2; once v2 is approved, all traffic moves to v2',
        },
      },
    },
  ],
  note: {
    es: 'Las notas llaman «bucket» al lote de instancias que se actualiza a la vez (batch); aquí se dice «lote».',
    en: 'The notes call the group of instances updated together a “bucket”; AWS calls it a batch.',
  },
};

type DeploymentC02Column =
  | 'zeroDowntime'
  | 'deployTime'
  | 'failureImpact'
  | 'rollback'
  | 'codeDeployedTo'
  | 'dnsChange'
  | 'howItWorks';

// deployTime sorts by the clocks in AWS's table of deployment methods: 1 (fastest) to 4 (slowest).
const dvaC02: ComparisonTableData<DeploymentC02Column, 'deployTime'> = {
  caption: {es: 'Modos de despliegue de Elastic Beanstalk', en: 'Elastic Beanstalk deployment modes'},
  rowHeader: {es: 'Modo', en: 'Mode'},
  columns: {
    zeroDowntime: {label: {es: '¿Sin tiempo de inactividad?', en: 'Zero downtime?'}},
    deployTime: {
      label: {es: 'Tiempo de despliegue (escala de AWS, 1–4)', en: 'Deploy time (AWS scale, 1–4)'},
      sortable: true,
    },
    failureImpact: {label: {es: 'Si el despliegue falla', en: 'If the deployment fails'}},
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
        rollback: {es: 'Volver a desplegar a mano', en: 'Manual redeploy'},
        codeDeployedTo: {es: 'Instancias existentes', en: 'Existing instances'},
        dnsChange: {es: 'No', en: 'No'},
        howItWorks: {
          es: 'Despliega la nueva versión en todas las instancias a la vez; es la política predeterminada',
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
        rollback: {es: 'Volver a desplegar a mano', en: 'Manual redeploy'},
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
        rollback: {es: 'Volver a desplegar a mano', en: 'Manual redeploy'},
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
          es: 'Prueba canary: lanza instancias nuevas como la inmutable y les envía un porcentaje del tráfico durante un periodo de evaluación; si siguen sanas, les pasa todo el tráfico y termina las antiguas',
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
          es: 'No es una política de despliegue: se clona el entorno, se despliega la versión nueva en el entorno verde y, cuando está lista, se usa «Swap environment URLs» (`eb swap`)',
          en: 'Not a deployment policy: you clone the environment, deploy the new version to the green one and, when it is ready, use Swap environment URLs (`eb swap`)',
        },
      },
    },
  ],
  note: {
    es: 'Por defecto, un entorno usa «todas a la vez»; uno escalable creado con la CLI de EB usa la continua. Los despliegues inmutables y con división del tráfico sustituyen las instancias, así que se pierden los créditos de ráfaga de EC2 acumulados.',
    en: 'By default an environment uses all at once; a scalable one created with the EB CLI uses rolling. Immutable and traffic-splitting deployments replace the instances, so accumulated EC2 burst balances are lost.',
  },
};

export const beanstalkDeploymentModes: EditionTables = {'dva-c01': dvaC01, 'dva-c02': dvaC02};
