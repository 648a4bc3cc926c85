// Elastic Beanstalk deployment modes. dva-c01: the notes as written (seed lines 674–684).
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

export const beanstalkDeploymentModes: EditionTables = {'dva-c01': dvaC01};
