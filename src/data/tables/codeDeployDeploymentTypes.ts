// AWS CodeDeploy deployment types by compute platform: how traffic moves, how rollback works, downtime
// and the predefined deployment configurations. Sources: AWS CodeDeploy User Guide ("What is CodeDeploy?",
// "Working with deployment configurations in CodeDeploy", "Redeploy and roll back a deployment with
// CodeDeploy", "AppSpec 'hooks' section", "Configure advanced options for a deployment group") (linked per row).
import type {ComparisonTableData} from './types';

type CodeDeployColumn = 'traffic' | 'rollback' | 'downtime' | 'predefined';

const welcome = {
  title: 'What is CodeDeploy? (AWS CodeDeploy User Guide)',
  url: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/welcome.html',
};
const configurations = {
  title: 'Working with deployment configurations in CodeDeploy (AWS CodeDeploy User Guide)',
  url: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations.html',
};
const rollbacks = {
  title: 'Redeploy and roll back a deployment with CodeDeploy (AWS CodeDeploy User Guide)',
  url: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/deployments-rollback-and-redeploy.html',
};
const advanced = {
  title: 'Configure advanced options for a deployment group (AWS CodeDeploy User Guide)',
  url: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-groups-configure-advanced-options.html',
};
const hooks = {
  title: "AppSpec 'hooks' section (AWS CodeDeploy User Guide)",
  url: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html',
};

export const codeDeployDeploymentTypes: ComparisonTableData<CodeDeployColumn> = {
  caption: {
    es: 'Tipos de implementación de AWS CodeDeploy por plataforma de cómputo',
    en: 'AWS CodeDeploy deployment types by compute platform',
  },
  rowHeader: {es: 'Plataforma y tipo', en: 'Platform and type'},
  columns: {
    traffic: {label: {es: 'Cómo se mueve el tráfico', en: 'How traffic moves'}},
    rollback: {label: {es: 'Reversión', en: 'Rollback'}},
    downtime: {label: {es: 'Interrupción', en: 'Downtime'}},
    predefined: {label: {es: 'Configuraciones predefinidas', en: 'Predefined configurations'}},
  },
  rows: [
    {
      id: 'codedeploy-ec2-in-place',
      label: {es: 'EC2/on-premises, en el lugar (in-place)', en: 'EC2/on-premises, in-place'},
      cells: {
        traffic: {
          es: 'En cada instancia se detiene la aplicación, se instala la revisión y se vuelve a arrancar; con balanceador, la instancia sale de él mientras se actualiza',
          en: 'On each instance the app is stopped, the revision installed, and the app restarted; with a load balancer, the instance is deregistered while it updates',
        },
        rollback: {
          es: 'Automática (si se configura) o manual: se vuelve a implementar la última revisión buena como implementación nueva (ID nuevo)',
          en: 'Automatic (if configured) or manual: the last good revision is redeployed as a new deployment (new ID)',
        },
        downtime: {
          es: 'Las instancias que se actualizan dejan de atender; la configuración fija cuántas deben seguir en buen estado',
          en: 'Instances being updated stop serving; the configuration sets how many must stay healthy',
        },
        predefined: {
          es: '`CodeDeployDefault.OneAtATime` (por defecto), `HalfAtATime`, `AllAtOnce`',
          en: '`CodeDeployDefault.OneAtATime` (default), `HalfAtATime`, `AllAtOnce`',
        },
      },
      sources: [welcome, configurations, rollbacks],
    },
    {
      id: 'codedeploy-ec2-blue-green',
      label: {es: 'EC2, azul/verde', en: 'EC2, blue/green'},
      cells: {
        traffic: {
          es: 'Instala la revisión en instancias de reemplazo, espera (opcional) y las registra en el balanceador; las originales se quitan (solo instancias de EC2, no servidores locales)',
          en: 'Installs the revision on replacement instances, optionally waits, then registers them with the load balancer and deregisters the originals (EC2 instances only, not on-premises)',
        },
        rollback: {
          es: 'Más rápida: el tráfico puede volver a las instancias originales si no se han terminado',
          en: 'Faster: traffic can go back to the original instances if they have not been terminated',
        },
        downtime: {
          es: 'Ninguna prevista: el entorno original atiende hasta que se redirige el tráfico',
          en: 'None planned: the original environment serves until traffic is rerouted',
        },
        predefined: {
          es: 'Las mismas tres; rigen la instalación en el entorno de reemplazo y el redireccionamiento',
          en: 'The same three; they govern the install on the replacement environment and the rerouting',
        },
      },
      sources: [welcome, configurations],
    },
    {
      id: 'codedeploy-lambda',
      label: {es: 'AWS Lambda (siempre azul/verde)', en: 'AWS Lambda (always blue/green)'},
      cells: {
        traffic: {
          es: 'El alias pasa de la versión actual a la nueva: canario o canary (dos incrementos), lineal (incrementos iguales) o todo de una vez',
          en: 'The alias moves from the current version to the new one: canary (two increments), linear (equal increments) or everything in one step',
        },
        rollback: {
          es: 'Automática (si se configura) cuando falla la implementación, también por un enlace que informa `Failed`, o salta una alarma de CloudWatch',
          en: 'Automatic (if configured) when the deployment fails, including a hook reporting `Failed`, or a CloudWatch alarm fires',
        },
        downtime: {
          es: 'Ninguna: las dos versiones atienden mientras dura el desplazamiento',
          en: 'None: both versions serve while traffic shifts',
        },
        predefined: {
          es: '`LambdaCanary10Percent5Minutes` (también 10, 15 y 30 min), `LambdaLinear10PercentEvery1Minute` (también 2, 3 y 10 min), `LambdaAllAtOnce`',
          en: '`LambdaCanary10Percent5Minutes` (also 10, 15, and 30 min), `LambdaLinear10PercentEvery1Minute` (also 2, 3, and 10 min), `LambdaAllAtOnce`',
        },
      },
      sources: [welcome, configurations, hooks, advanced],
    },
    {
      id: 'codedeploy-ecs-blue-green',
      label: {es: 'Amazon ECS, azul/verde', en: 'Amazon ECS, blue/green'},
      cells: {
        traffic: {
          es: 'Crea un conjunto de tareas de reemplazo y le pasa el tráfico del agente de escucha de producción (antes, opcionalmente, uno de prueba)',
          en: 'Creates a replacement task set and shifts the production listener to it (optionally a test listener first)',
        },
        rollback: {
          es: 'Automática (si se configura) por fallo o alarma; los enlaces desde `AfterInstall` pueden provocarla; el conjunto original se termina solo tras el éxito',
          en: 'Automatic (if configured) on failure or alarm; hooks from `AfterInstall` on can trigger it; the original task set is terminated only after success',
        },
        downtime: {
          es: 'Ninguna: el conjunto original atiende hasta el cambio',
          en: 'None: the original task set serves until the switch',
        },
        predefined: {
          es: '`ECSCanary10Percent5Minutes`, `ECSCanary10Percent15Minutes`, `ECSLinear10PercentEvery1Minutes`, `ECSLinear10PercentEvery3Minutes`, `ECSAllAtOnce` (el único con Network Load Balancer)',
          en: '`ECSCanary10Percent5Minutes`, `ECSCanary10Percent15Minutes`, `ECSLinear10PercentEvery1Minutes`, `ECSLinear10PercentEvery3Minutes`, `ECSAllAtOnce` (the only one with a Network Load Balancer)',
        },
      },
      sources: [welcome, configurations, hooks, advanced],
    },
  ],
  note: {
    es: 'Los nombres predefinidos llevan el prefijo `CodeDeployDefault.`. Se pueden crear configuraciones propias (canario o lineal en Lambda y ECS; mínimo de hosts en buen estado en EC2). Sin configuración, EC2/on-premises usa `CodeDeployDefault.OneAtATime`.',
    en: 'Predefined names carry the `CodeDeployDefault.` prefix. You can create your own configurations (canary or linear for Lambda and ECS; minimum healthy hosts for EC2). Without one, EC2/on-premises uses `CodeDeployDefault.OneAtATime`.',
  },
};
