// DVA-C03 practice questions for Domain 3 (Testing and Deployment): Task 3.1 (9), Task 3.2 (9), Task 3.3 (11).
// Each question links the section of this site that teaches it and the AWS page that decides its answer.
import type {PracticeQuestion} from './types';

export const questions: readonly PracticeQuestion[] = [
  {
    id: 't3-1-lambda-env-vars-published-version',
    task: '3.1',
    kind: 'single',
    stem: {
      es: 'Una función de Lambda se invoca a través de su alias `prod`, que apunta a la versión 7. Un desarrollador cambia la variable de entorno `TABLE_NAME` en la configuración de la función para que apunte a una tabla nueva de Amazon DynamoDB, pero las invocaciones a través de `prod` siguen usando la tabla antigua. ¿Qué debe hacer el desarrollador para que `prod` use el valor nuevo?',
      en: "A Lambda function is invoked through its `prod` alias, which points to version 7. A developer changes the `TABLE_NAME` environment variable in the function's configuration to point to a new Amazon DynamoDB table, but invocations through `prod` keep using the old table. What should the developer do so that `prod` uses the new value?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Esperar a que se reciclen los entornos de ejecución actuales para que los nuevos lean la variable actualizada.',
          en: 'Wait until the current execution environments are recycled so that new ones read the updated variable.',
        },
        correct: false,
        explanation: {
          es: 'La configuración de la versión 7, variables de entorno incluidas, quedó fijada al publicarla: los entornos nuevos de esa versión también reciben el valor antiguo.',
          en: "Version 7's configuration, environment variables included, was locked when it was published, so new environments of that version get the old value too.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'Editar la variable de entorno directamente en la versión 7 y guardar la configuración de esa versión.',
          en: "Edit the environment variable directly on version 7 and save that version's configuration.",
        },
        correct: false,
        explanation: {
          es: 'Una versión publicada no se puede modificar; solo se edita la versión sin publicar (`$LATEST`).',
          en: "A published version can't be changed; you edit only the unpublished version (`$LATEST`).",
        },
      },
      {
        id: 'c',
        text: {
          es: 'Publicar una versión nueva con la configuración actualizada y hacer que el alias `prod` apunte a ella.',
          en: 'Publish a new version from the updated configuration and point the `prod` alias to that version.',
        },
        correct: true,
        explanation: {
          es: 'Las variables de entorno forman parte de la configuración de cada versión: al publicar, el valor nuevo queda en una versión nueva, y al mover el alias llega a `prod`.',
          en: 'Environment variables are part of the version-specific configuration: publishing locks the new value into a new version, and moving the alias makes `prod` use it.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Definir `TABLE_NAME` en el alias `prod` para que sustituya el valor que trae la versión 7.',
          en: 'Define `TABLE_NAME` on the `prod` alias so that it overrides the value that version 7 carries.',
        },
        correct: false,
        explanation: {
          es: 'Un alias solo apunta a una o dos versiones publicadas; no tiene variables de entorno propias.',
          en: 'An alias only points to one or two published versions; it has no environment variables of its own.',
        },
      },
    ],
    section: 'beyond/lambda#environment-variables',
    source: {
      title: 'Working with Lambda environment variables',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html',
    },
  },
  {
    id: 't3-1-ecs-secret-execution-role',
    task: '3.1',
    kind: 'single',
    stem: {
      es: 'Una definición de tarea de Amazon ECS para AWS Fargate pasa la contraseña de una base de datos al contenedor con una entrada `secrets` cuyo `valueFrom` es el ARN de un secreto de AWS Secrets Manager. Las tareas nuevas se detienen antes de que arranque la aplicación, con un error que indica que no se pudo obtener el secreto. El código de la aplicación nunca llama a Secrets Manager. ¿Qué cambio resuelve el problema?',
      en: "An Amazon ECS task definition for AWS Fargate passes a database password to the container with a `secrets` entry whose `valueFrom` is the ARN of an AWS Secrets Manager secret. New tasks stop before the application starts, with an error saying that the secret couldn't be retrieved. The application code never calls Secrets Manager. Which change fixes the problem?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Permitir `secretsmanager:GetSecretValue` sobre el secreto en el rol de ejecución de tareas.',
          en: 'Allow `secretsmanager:GetSecretValue` on the secret in the task execution role.',
        },
        correct: true,
        explanation: {
          es: 'El agente de Fargate obtiene los secretos que cita la definición de tarea con el rol de ejecución de tareas, antes de arrancar el contenedor.',
          en: 'The Fargate agent retrieves the secrets that the task definition references with the task execution role, before it starts the container.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Permitir `secretsmanager:GetSecretValue` sobre el secreto en el rol de tarea de la definición.',
          en: "Allow `secretsmanager:GetSecretValue` on the secret in the task definition's task role.",
        },
        correct: false,
        explanation: {
          es: 'El rol de tarea da permisos a las llamadas que hace el código del contenedor; aquí el secreto lo lee el agente, no la aplicación.',
          en: "The task role covers the calls that the container's code makes; here the agent reads the secret, not the application.",
        },
      },
      {
        id: 'c',
        text: {
          es: 'Sustituir `secrets` por una entrada `environment` que lleve la contraseña en texto sin cifrar.',
          en: 'Replace `secrets` with an `environment` entry that holds the password in plain text.',
        },
        correct: false,
        explanation: {
          es: 'Las tareas arrancarían, pero la contraseña quedaría visible en la definición de tarea; para valores sensibles se usan los secretos.',
          en: 'The tasks would start, but the password would be visible in the task definition; sensitive values belong in secrets.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Asociar la política administrada `AmazonEC2ContainerRegistryPullOnly` al rol de tarea.',
          en: 'Attach the `AmazonEC2ContainerRegistryPullOnly` managed policy to the task role.',
        },
        correct: false,
        explanation: {
          es: 'Esa política solo da permisos para extraer imágenes de Amazon ECR; no permite leer secretos.',
          en: "That policy only grants permissions to pull images from Amazon ECR; it doesn't allow reading secrets.",
        },
      },
    ],
    section: 'beyond/containers#task-roles',
    source: {
      title: 'Amazon ECS task execution IAM role',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html',
    },
  },
  {
    id: 't3-1-ecr-tag-immutability',
    task: '3.1',
    kind: 'single',
    stem: {
      es: 'El trabajo de compilación de un equipo envía imágenes a un repositorio de Amazon ECR con etiquetas de versión como `2.3.0`. Un trabajo mal configurado envió hace poco otra imagen con una etiqueta de versión que ya existía, y producción extrajo la imagen equivocada. El equipo quiere que cada etiqueta de versión nombre siempre la misma imagen. ¿Qué debe hacer el equipo?',
      en: "A team's build job pushes images to an Amazon ECR repository with release tags such as `2.3.0`. A misconfigured job recently pushed a different image under a release tag that already existed, and production then pulled the wrong image. The team wants every release tag to always name the same image. What should the team do?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Añadir una política de ciclo de vida que haga caducar las imágenes de versión cuando cumplan 30 días.',
          en: 'Add a lifecycle policy that expires the release images after they are 30 days old.',
        },
        correct: false,
        explanation: {
          es: 'Una política de ciclo de vida elimina o archiva imágenes; no impide que una etiqueta pase a otra imagen.',
          en: "A lifecycle policy expires or archives images; it doesn't stop a tag from moving to another image.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'Activar el escaneo mejorado para que Amazon Inspector revise cada imagen al enviarla.',
          en: 'Turn on enhanced scanning so that Amazon Inspector checks each image when it is pushed.',
        },
        correct: false,
        explanation: {
          es: 'El escaneo busca vulnerabilidades; no impide sobrescribir etiquetas.',
          en: "Scanning looks for vulnerabilities; it doesn't prevent tags from being overwritten.",
        },
      },
      {
        id: 'c',
        text: {
          es: 'Activar la replicación a otra región para conservar una copia de cada imagen de versión.',
          en: 'Turn on replication to another Region so that a copy of every release image is kept safe.',
        },
        correct: false,
        explanation: {
          es: 'La replicación copia cada envío nuevo, incluido el equivocado; la etiqueta se sigue pudiendo sobrescribir.',
          en: 'Replication copies every new push, the wrong one included; the tag can still be overwritten.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Hacer inmutables (`IMMUTABLE`) las etiquetas del repositorio para que falle reenviar una etiqueta.',
          en: "Make the repository's tags `IMMUTABLE` so that pushing an existing tag fails.",
        },
        correct: true,
        explanation: {
          es: 'En un repositorio `IMMUTABLE`, enviar una etiqueta que ya existe falla con `ImageTagAlreadyExistsException`, así que la etiqueta siempre nombra la misma imagen.',
          en: 'In an `IMMUTABLE` repository, pushing a tag that already exists fails with `ImageTagAlreadyExistsException`, so the tag always names the same image.',
        },
      },
    ],
    section: 'beyond/containers#tag-immutability',
    source: {
      title: 'Preventing image tags from being overwritten in Amazon ECR',
      url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html',
    },
  },
  {
    id: 't3-1-ecr-lifecycle-rules',
    task: '3.1',
    kind: 'multiple',
    stem: {
      es: 'Un desarrollador escribe una política de ciclo de vida de Amazon ECR con dos reglas. La regla A conserva las 20 imágenes más recientes con etiquetas `release-*` (`tagStatus` `tagged`, `imageCountMoreThan` 20). La regla B hace caducar cualquier imagen, con etiqueta o sin ella, enviada hace más de 30 días (`tagStatus` `any`). ¿Qué afirmaciones sobre esta política son ciertas? (Elige DOS.)',
      en: 'A developer writes an Amazon ECR lifecycle policy with two rules. Rule A keeps the 20 newest images tagged `release-*` (`tagStatus` `tagged`, `imageCountMoreThan` 20). Rule B expires any image, tagged or not, pushed more than 30 days ago (`tagStatus` `any`). Which statements about this policy are true? (Choose TWO.)',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'La regla B debe tener el valor de `rulePriority` más bajo para que se evalúe antes que la regla A.',
          en: 'Rule B must have the lowest `rulePriority` value so that it is evaluated before Rule A.',
        },
        correct: false,
        explanation: {
          es: 'Es al revés: una regla con `tagStatus` `any` debe tener el valor más alto y evaluarse la última.',
          en: "It's the other way around: a rule with `tagStatus` `any` must have the highest value and be evaluated last.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'La regla B debe tener un valor de `rulePriority` mayor que la regla A, porque una regla `any` se evalúa la última.',
          en: 'Rule B must have a higher `rulePriority` value than Rule A, because an `any` rule must be evaluated last.',
        },
        correct: true,
        explanation: {
          es: 'ECR exige que la regla con `tagStatus` `any` tenga el valor de `rulePriority` más alto, es decir, que se evalúe la última.',
          en: 'ECR requires the rule with `tagStatus` `any` to have the highest `rulePriority` value, which means it is evaluated last.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Una imagen que cumple las dos reglas la cuenta primero la regla A y después la hace caducar la regla B.',
          en: 'An image that matches both rules is first counted by Rule A and then expired by Rule B as well.',
        },
        correct: false,
        explanation: {
          es: 'Sobre cada imagen actúa una regla como mucho: una imagen que cumple una regla de más prioridad no la hace caducar otra de menos prioridad.',
          en: "At most one rule acts on each image: an image that matches a higher-priority rule isn't expired by a lower-priority one.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'Las imágenes se eliminan en el mismo instante en que empiezan a cumplir una de las reglas.',
          en: 'Images are deleted at the exact moment they start to match one of the rules.',
        },
        correct: false,
        explanation: {
          es: 'ECR no actúa al instante: la acción llega en las 24 horas siguientes a que la imagen cumpla la regla.',
          en: "ECR doesn't act instantly: the action happens within 24 hours after the image matches the rule.",
        },
      },
      {
        id: 'e',
        text: {
          es: 'Las imágenes que selecciona una regla caducan en las 24 horas siguientes a cumplir sus criterios.',
          en: "Images that a rule selects are expired within 24 hours after they meet the rule's criteria.",
        },
        correct: true,
        explanation: {
          es: 'AWS indica que, cuando una imagen cumple una regla, la acción se aplica en un plazo de 24 horas.',
          en: 'AWS states that once an image matches a rule, the action is applied within 24 hours.',
        },
      },
    ],
    section: 'beyond/containers#ecr-lifecycle-policies',
    source: {
      title: 'Automate the cleanup of images by using lifecycle policies in Amazon ECR',
      url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html',
    },
  },
  {
    id: 't3-1-buildspec-location',
    task: '3.1',
    kind: 'single',
    stem: {
      es: 'Un equipo conecta un proyecto de AWS CodeBuild a su repositorio de Git y deja la opción del buildspec con su valor predeterminado. Los comandos de compilación están en un archivo `ci/build.yml`, y todas las compilaciones fallan porque CodeBuild no encuentra ningún comando. El equipo no puede cambiar la configuración del proyecto. ¿Qué debe hacer el equipo?',
      en: "A team connects an AWS CodeBuild project to its Git repository and leaves the project's buildspec setting at its default. The build commands are in a file named `ci/build.yml`, and every build fails because CodeBuild finds no commands to run. The team can't change the project's settings. What should the team do?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Renombrar el archivo a `appspec.yml` y dejarlo en la carpeta `ci` del repositorio.',
          en: "Rename the file to `appspec.yml` and leave it in the repository's `ci` folder.",
        },
        correct: false,
        explanation: {
          es: 'El archivo AppSpec lo lee AWS CodeDeploy para implementar una revisión; CodeBuild no lo usa para compilar.',
          en: "The AppSpec file is read by AWS CodeDeploy to deploy a revision; CodeBuild doesn't use it to build.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'Renombrar el archivo a `buildspec.yml` y moverlo a la raíz del código fuente del repositorio.',
          en: 'Rename the file to `buildspec.yml` and move it to the root of the source code.',
        },
        correct: true,
        explanation: {
          es: 'Con la configuración predeterminada, CodeBuild busca un archivo llamado `buildspec.yml` en la raíz del código fuente.',
          en: 'With the default settings, CodeBuild looks for a file named `buildspec.yml` in the root of the source code.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Pasar los comandos de compilación a una carpeta `.ebextensions` en la raíz del repositorio.',
          en: 'Move the build commands into an `.ebextensions` folder at the root of the repository.',
        },
        correct: false,
        explanation: {
          es: '`.ebextensions` configura entornos de AWS Elastic Beanstalk; CodeBuild no lee esa carpeta.',
          en: "`.ebextensions` configures AWS Elastic Beanstalk environments; CodeBuild doesn't read that folder.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'Copiar el archivo con el nombre `buildspec.yml` al bucket de artefactos de la canalización en Amazon S3.',
          en: "Copy the file as `buildspec.yml` to the pipeline's artifact bucket in Amazon S3.",
        },
        correct: false,
        explanation: {
          es: 'CodeBuild busca el buildspec en el código fuente que compila, no en el almacén de artefactos.',
          en: 'CodeBuild looks for the buildspec in the source code that it builds, not in the artifact store.',
        },
      },
    ],
    section: 'cicd/pipeline#codebuild',
    source: {
      title: 'Build specification reference for CodeBuild',
      url: 'https://docs.aws.amazon.com/codebuild/latest/userguide/build-spec-ref.html',
    },
  },
  {
    id: 't3-1-parameter-store-hierarchy',
    task: '3.1',
    kind: 'single',
    stem: {
      es: 'Una empresa ejecuta el mismo código de una función de Lambda en un entorno de desarrollo y en uno de producción. Cada entorno necesita unos 8 valores de configuración (URL, nombres de tablas, ajustes). El equipo quiere cambiar esos valores sin volver a implementar código y cargar todos los valores de un entorno con una sola llamada a la API al arrancar. ¿Qué debe hacer el equipo?',
      en: "A company runs the same Lambda function code in a development environment and a production environment. Each environment needs about 8 configuration values (URLs, table names, settings). The team wants to change these values without deploying code again and to load all of an environment's values with a single API call at startup. What should the team do?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Guardar los valores en variables de entorno de la función y publicar una versión nueva cuando cambie uno de ellos.',
          en: "Keep the values in the function's environment variables and publish a new version whenever a value changes.",
        },
        correct: false,
        explanation: {
          es: 'Cada cambio exigiría publicar e implementar una versión nueva, justo lo que el equipo quiere evitar.',
          en: 'Every change would require publishing and deploying a new version, which is what the team wants to avoid.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Usar etiquetas de parámetro de un único parámetro de Parameter Store, una etiqueta por entorno.',
          en: 'Use parameter labels on a single Parameter Store parameter, with one label for each environment.',
        },
        correct: false,
        explanation: {
          es: 'Una etiqueta de parámetro es un alias de una versión de un solo parámetro; no agrupa 8 valores por entorno.',
          en: "A parameter label is an alias for one version of a single parameter; it doesn't group 8 values per environment.",
        },
      },
      {
        id: 'c',
        text: {
          es: 'Incluir un archivo de configuración por entorno dentro del paquete de implementación de la función.',
          en: "Ship one configuration file for each environment inside the function's deployment package.",
        },
        correct: false,
        explanation: {
          es: 'Cambiar un valor del archivo obligaría a crear e implementar un paquete nuevo.',
          en: 'Changing a value in the file would mean building and deploying a new package.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Usar rutas por entorno, como `/prod/orders/db-url`, y leerlas con `GetParametersByPath`.',
          en: 'Use per-environment paths, such as `/prod/orders/db-url`, and read them with `GetParametersByPath`.',
        },
        correct: true,
        explanation: {
          es: 'Una jerarquía por entorno permite leer todos sus parámetros con una llamada, y cambiar un valor no toca el código.',
          en: "A hierarchy per environment lets the function read all of its parameters in one call, and changing a value doesn't touch the code.",
        },
      },
    ],
    section: 'beyond/encryption-and-secrets#parameter-store',
    source: {
      title: 'Working with parameter hierarchies in Parameter Store',
      url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-paramstore-hierarchies.html',
    },
  },
  {
    id: 't3-1-appconfig-feature-flag',
    task: '3.1',
    kind: 'single',
    stem: {
      es: 'Un equipo quiere activar una funcionalidad nueva de pago en una aplicación en ejecución sin implementar código nuevo. El cambio debe llegar a los destinos de la aplicación de forma gradual y revertirse de forma automática si, al terminar la distribución, salta una alarma de Amazon CloudWatch sobre los errores de pago. ¿Qué solución cumple estos requisitos con el menor código propio?',
      en: "A team wants to turn on a new checkout feature in a running application without deploying new code. The change must reach the application's targets gradually and must be rolled back automatically if an Amazon CloudWatch alarm on checkout errors fires after the rollout finishes. Which solution meets these requirements with the least custom code?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Implementar la marca con AWS AppConfig y una estrategia lineal que tenga tiempo de observación.',
          en: 'Deploy the flag with AWS AppConfig using a linear strategy that has a bake time.',
        },
        correct: true,
        explanation: {
          es: 'AppConfig guarda marcas de características, las implementa de forma gradual según la estrategia y, durante el tiempo de observación, revierte si salta una alarma de CloudWatch.',
          en: 'AppConfig holds feature flags, deploys them gradually according to the strategy, and during the bake time rolls back if a CloudWatch alarm fires.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Guardar la marca en una variable de entorno de Lambda y mover el tráfico a la versión nueva con un alias ponderado.',
          en: 'Store the flag in a Lambda environment variable and shift traffic to the new version with a weighted alias.',
        },
        correct: false,
        explanation: {
          es: 'Cambiar la variable exige publicar una versión nueva, y un alias ponderado no vigila alarmas ni revierte por sí solo.',
          en: "Changing the variable requires publishing a new version, and a weighted alias doesn't watch alarms or roll back by itself.",
        },
      },
      {
        id: 'c',
        text: {
          es: 'Guardar la marca en un parámetro de Parameter Store con una política de parámetro `Expiration`.',
          en: 'Store the flag in a Parameter Store parameter that has an `Expiration` parameter policy.',
        },
        correct: false,
        explanation: {
          es: 'Esa política elimina el parámetro en una fecha; no reparte el cambio de forma gradual ni revierte con alarmas.',
          en: "That policy deletes the parameter at a given date; it doesn't roll the change out gradually or roll back on alarms.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'Guardar la marca en un secreto de Secrets Manager y revertir con la etiqueta de fase `AWSPREVIOUS`.',
          en: 'Store the flag in a Secrets Manager secret and roll back with the `AWSPREVIOUS` staging label.',
        },
        correct: false,
        explanation: {
          es: 'Secrets Manager guarda credenciales; mover etiquetas de fase es manual y no hay distribución gradual ni vigilancia de alarmas.',
          en: 'Secrets Manager holds credentials; moving staging labels is manual, with no gradual rollout and no alarm monitoring.',
        },
      },
    ],
    section: 'beyond/deployment#appconfig',
    source: {
      title: 'AWS AppConfig deployment strategies',
      url: 'https://docs.aws.amazon.com/appconfig/latest/userguide/appconfig-creating-deployment-strategy.html',
    },
  },
  {
    id: 't3-1-stage-variables-lambda',
    task: '3.1',
    kind: 'multiple',
    stem: {
      es: 'Una API de REST de Amazon API Gateway tiene dos etapas, `dev` y `prod`. El método `GET /orders` debe invocar la función de Lambda `orders-dev` en la etapa `dev` y `orders-prod` en la etapa `prod`, sin mantener dos copias de la API. ¿Qué pasos debe dar el desarrollador? (Elige DOS.)',
      en: 'A REST API in Amazon API Gateway has two stages, `dev` and `prod`. The `GET /orders` method must invoke the Lambda function `orders-dev` in the `dev` stage and `orders-prod` in the `prod` stage, without maintaining two copies of the API. Which steps should the developer take? (Choose TWO.)',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Crear un plan de uso por etapa y asociar cada plan con su función de Lambda.',
          en: 'Create a usage plan for each stage and associate each plan with its Lambda function.',
        },
        correct: false,
        explanation: {
          es: 'Un plan de uso fija limitaciones y cuotas para claves de API; no elige la función que invoca la integración.',
          en: "A usage plan sets throttling and quotas for API keys; it doesn't choose the function that the integration invokes.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'Activar una implementación canario (canary) en la etapa `prod` que envíe las solicitudes a `orders-dev`.',
          en: 'Turn on a canary release on the `prod` stage that sends requests to `orders-dev`.',
        },
        correct: false,
        explanation: {
          es: 'Un canario reparte el tráfico de una etapa entre dos implementaciones de la API; no asigna una función a cada etapa.',
          en: "A canary splits one stage's traffic between two deployments of the API; it doesn't assign a function to each stage.",
        },
      },
      {
        id: 'c',
        text: {
          es: 'Poner `orders-${stageVariables.env}` como función de la integración y definir `env` en cada etapa.',
          en: "Set the integration's function to `orders-${stageVariables.env}` and define `env` in each stage.",
        },
        correct: true,
        explanation: {
          es: 'Las variables de etapa permiten que cada etapa apunte a otra función de Lambda con la misma definición de la API.',
          en: 'Stage variables let each stage point to a different Lambda function with the same API definition.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Crear un autorizador de Lambda que elija la función según el nombre de la etapa de cada solicitud.',
          en: 'Create a Lambda authorizer that picks the function from the stage name of each request.',
        },
        correct: false,
        explanation: {
          es: 'Un autorizador devuelve una política de IAM que permite o deniega la llamada; no elige el backend.',
          en: "An authorizer returns an IAM policy that allows or denies the call; it doesn't pick the backend.",
        },
      },
      {
        id: 'e',
        text: {
          es: 'Conceder a API Gateway permiso para invocar cada función con `aws lambda add-permission`.',
          en: 'Grant API Gateway permission to invoke each function with `aws lambda add-permission`.',
        },
        correct: true,
        explanation: {
          es: 'Cuando el nombre de la función llega en una variable de etapa, el permiso de invocación de cada función se concede manualmente.',
          en: 'When the function name comes from a stage variable, you grant the invoke permission for each function manually.',
        },
      },
    ],
    section: 'beyond/api-gateway#stage-variables',
    source: {
      title: 'Use stage variables for a REST API in API Gateway',
      url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/stage-variables.html',
    },
  },
  {
    id: 't3-1-api-redeploy-stage',
    task: '3.1',
    kind: 'single',
    stem: {
      es: 'Un desarrollador añade un método `POST /refunds` a una API de REST existente en la consola de API Gateway y lo prueba con éxito con la opción de prueba de la consola. Las llamadas de los clientes a `https://<api-id>.execute-api.us-east-1.amazonaws.com/prod/refunds` siguen fallando como si el recurso no existiera. ¿Qué debe hacer el desarrollador?',
      en: "A developer adds a `POST /refunds` method to an existing REST API in the API Gateway console and tests it successfully with the console's test feature. Client calls to `https://<api-id>.execute-api.us-east-1.amazonaws.com/prod/refunds` still fail as if the resource didn't exist. What should the developer do?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Vaciar la caché de la etapa `prod` para que API Gateway cargue el recurso nuevo.',
          en: 'Flush the `prod` stage cache so that API Gateway loads the new resource.',
        },
        correct: false,
        explanation: {
          es: 'La caché guarda respuestas de la integración; vaciarla no añade a la etapa un método que no se ha implementado.',
          en: "The cache stores integration responses; flushing it doesn't add a method that hasn't been deployed to the stage.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'Implementar la API en la etapa `prod` para que la etapa sirva el método nuevo.',
          en: 'Deploy the API to the `prod` stage so that the stage serves the new method.',
        },
        correct: true,
        explanation: {
          es: 'Los cambios en métodos e integraciones solo llegan a los clientes cuando se crea una implementación nueva en la etapa.',
          en: 'Changes to methods and integrations reach clients only after a new deployment is made to the stage.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Activar CORS en el recurso nuevo para que la solicitud preliminar `OPTIONS` funcione.',
          en: 'Turn on CORS for the new resource so that the `OPTIONS` preflight request succeeds.',
        },
        correct: false,
        explanation: {
          es: 'CORS solo afecta a los navegadores, y el método sigue sin estar implementado en la etapa.',
          en: "CORS only affects browsers, and the method still isn't deployed to the stage.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'Añadir una clave de API a las solicitudes y asociarla a un plan de uso de la etapa.',
          en: 'Add an API key to the requests and associate the key with a usage plan for the stage.',
        },
        correct: false,
        explanation: {
          es: 'Una clave de API identifica al cliente en un plan de uso; no hace visible un método sin implementar.',
          en: "An API key identifies the client in a usage plan; it doesn't expose a method that hasn't been deployed.",
        },
      },
    ],
    section: 'beyond/api-gateway#stages-and-deployments',
    source: {
      title: 'Deploy REST APIs in API Gateway',
      url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-deploy-api.html',
    },
  },
  {
    id: 't3-2-cdk-assertions',
    task: '3.2',
    kind: 'single',
    stem: {
      es: 'Un equipo define su infraestructura con AWS CDK en TypeScript. En la compilación de integración continua, antes de implementar nada, quiere que una prueba unitaria falle si la cola de Amazon SQS de una pila deja de tener un tiempo de espera de visibilidad de 300 segundos. ¿Qué debe usar el equipo?',
      en: 'A team defines its infrastructure with the AWS CDK in TypeScript. In the continuous integration build, before anything is deployed, the team wants a unit test to fail if the Amazon SQS queue in a stack stops having a visibility timeout of 300 seconds. What should the team use?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Ejecutar `cdk deploy` en una cuenta de pruebas y revisar la cola con la detección de desviaciones.',
          en: 'Run `cdk deploy` to a test account and check the queue with CloudFormation drift detection.',
        },
        correct: false,
        explanation: {
          es: 'Eso implementa recursos, y la detección de desviaciones busca cambios hechos fuera de CloudFormation, no valores de la plantilla.',
          en: 'That deploys resources, and drift detection looks for changes made outside CloudFormation, not for template values.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Ejecutar `cdk bootstrap` en la compilación para que AWS CDK valide cada propiedad.',
          en: 'Run `cdk bootstrap` in the build so that the AWS CDK validates every property.',
        },
        correct: false,
        explanation: {
          es: '`cdk bootstrap` prepara la cuenta y la región (bucket, repositorio, roles); no prueba la plantilla.',
          en: "`cdk bootstrap` prepares the account and Region (bucket, repository, roles); it doesn't test the template.",
        },
      },
      {
        id: 'c',
        text: {
          es: 'Probar la plantilla sintetizada con el módulo `assertions` de AWS CDK en una prueba de Jest.',
          en: 'Write a Jest test with the AWS CDK `assertions` module on the synthesized template.',
        },
        correct: true,
        explanation: {
          es: 'El módulo `assertions` comprueba recursos y propiedades en la plantilla sintetizada, sin implementar nada.',
          en: 'The `assertions` module checks resources and properties in the synthesized template, without deploying anything.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Crear un conjunto de cambios de la pila y hacer fallar la compilación si incluye la cola.',
          en: 'Create a change set for the stack and fail the build if the change set includes the queue.',
        },
        correct: false,
        explanation: {
          es: 'Un conjunto de cambios necesita una cuenta y muestra qué cambiaría; no comprueba que una propiedad tenga un valor concreto.',
          en: "A change set needs an account and shows what would change; it doesn't check that a property has a given value.",
        },
      },
    ],
    section: 'beyond/deployment#aws-cdk',
    source: {title: 'Test AWS CDK applications', url: 'https://docs.aws.amazon.com/cdk/v2/guide/testing.html'},
  },
  {
    id: 't3-2-pretraffic-hook-status',
    task: '3.2',
    kind: 'single',
    stem: {
      es: 'Una plantilla de AWS SAM implementa una función con `AutoPublishAlias: live` y un `DeploymentPreference` cuyo enlace `PreTraffic` ejecuta una función de pruebas. Los registros de esa función muestran que todas las comprobaciones pasan, pero cada implementación sigue en curso durante una hora aproximadamente y luego falla, sin que el tráfico llegue a moverse. ¿Cuál es la causa más probable?',
      en: "An AWS SAM template deploys a function with `AutoPublishAlias: live` and a `DeploymentPreference` whose `PreTraffic` hook runs a test function. That function's logs show that every check passes, but each deployment stays in progress for about an hour and then fails, and traffic never shifts. What is the most likely cause?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'El tipo de `DeploymentPreference` es lineal, y una configuración lineal espera una hora antes de mover tráfico.',
          en: 'The `DeploymentPreference` type is linear, and a linear configuration waits an hour before it shifts traffic.',
        },
        correct: false,
        explanation: {
          es: 'Una configuración lineal mueve el 10 % del tráfico cada pocos minutos; no espera una hora para empezar.',
          en: "A linear configuration shifts 10% of traffic every few minutes; it doesn't wait an hour to start.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'La función de pruebas se ejecuta en `AfterAllowTraffic`, cuando todo el tráfico ya se ha movido.',
          en: 'The test function runs in `AfterAllowTraffic`, after all traffic has already shifted.',
        },
        correct: false,
        explanation: {
          es: '`PreTraffic` corresponde a `BeforeAllowTraffic`, antes de mover tráfico; además, aquí el tráfico nunca se movió.',
          en: '`PreTraffic` maps to `BeforeAllowTraffic`, before any traffic shifts; besides, traffic never shifted here.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'CodeDeploy exige una alarma de CloudWatch en `DeploymentPreference` antes de mover tráfico.',
          en: 'CodeDeploy requires a CloudWatch alarm in `DeploymentPreference` before it shifts any traffic.',
        },
        correct: false,
        explanation: {
          es: 'Las alarmas son opcionales: sirven para revertir, no son una condición para empezar a mover tráfico.',
          en: "Alarms are optional: they trigger rollbacks and aren't a condition for starting to shift traffic.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'La función de pruebas nunca informa `Succeeded` a CodeDeploy con `PutLifecycleEventHookExecutionStatus`.',
          en: 'The test function never reports `Succeeded` to CodeDeploy with `PutLifecycleEventHookExecutionStatus`.',
        },
        correct: true,
        explanation: {
          es: 'Un enlace de Lambda debe informar su resultado con `PutLifecycleEventHookExecutionStatus`; si no lo hace en una hora, la implementación falla.',
          en: "A Lambda hook must report its result with `PutLifecycleEventHookExecutionStatus`; if it doesn't within one hour, the deployment fails.",
        },
      },
    ],
    section: 'beyond/deployment#lifecycle-hooks',
    source: {
      title: "AppSpec 'hooks' section",
      url: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html',
    },
  },
  {
    id: 't3-2-codebuild-test-reports',
    task: '3.2',
    kind: 'single',
    stem: {
      es: 'Un proyecto de AWS CodeBuild ejecuta pruebas unitarias que escriben archivos de resultados JUnit XML. El equipo quiere ver en la consola de CodeBuild los casos de prueba superados y fallidos de cada compilación, sin construir su propio panel. ¿Qué debe añadir el equipo al buildspec?',
      en: "An AWS CodeBuild project runs unit tests that write JUnit XML result files. The team wants to see each build's passed and failed test cases in the CodeBuild console, without building its own dashboard. What should the team add to the buildspec?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Una sección `reports` que apunte a los archivos de resultados y a un grupo de informes.',
          en: 'A `reports` section that points to the result files and names a report group.',
        },
        correct: true,
        explanation: {
          es: '`reports` publica los resultados de las pruebas en un grupo de informes, que la consola de CodeBuild muestra por compilación.',
          en: '`reports` publishes test results to a report group, which the CodeBuild console shows for each build.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Una sección `artifacts` que suba los archivos de resultados a un bucket de Amazon S3.',
          en: 'An `artifacts` section that uploads the result files to an Amazon S3 bucket.',
        },
        correct: false,
        explanation: {
          es: 'Los artefactos solo guardan los archivos en S3; CodeBuild no los interpreta como resultados de pruebas.',
          en: "Artifacts only store the files in S3; CodeBuild doesn't read them as test results.",
        },
      },
      {
        id: 'c',
        text: {
          es: 'Una sección `cache` que conserve los archivos de resultados entre compilaciones.',
          en: 'A `cache` section that keeps the result files between builds.',
        },
        correct: false,
        explanation: {
          es: 'La caché acelera compilaciones posteriores; no muestra resultados de pruebas.',
          en: "The cache speeds up later builds; it doesn't show test results.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'Un comando en `post_build` que imprima cada archivo de resultados para que llegue a CloudWatch Logs.',
          en: 'A `post_build` command that prints each result file so that the results reach CloudWatch Logs.',
        },
        correct: false,
        explanation: {
          es: 'El texto acaba en el registro de la compilación, sin la vista de casos de prueba que pide el equipo.',
          en: 'The text ends up in the build log, without the test case view that the team wants.',
        },
      },
    ],
    section: 'beyond/deployment#codebuild-buildspec',
    source: {
      title: 'Build specification reference for CodeBuild',
      url: 'https://docs.aws.amazon.com/codebuild/latest/userguide/build-spec-ref.html',
    },
  },
  {
    id: 't3-2-api-gateway-mock',
    task: '3.2',
    kind: 'single',
    stem: {
      es: 'Un equipo de frontend debe empezar a integrarse con un nuevo punto de conexión `GET /loyalty` de una API de REST, pero el equipo de backend tardará varias semanas en terminar el servicio. El equipo de frontend necesita una URL estable que devuelva respuestas JSON de ejemplo fijas, sin ejecutar ni pagar ningún cómputo de backend. ¿Qué debe configurar el desarrollador?',
      en: "A frontend team must start integrating with a new `GET /loyalty` endpoint of a REST API, but the backend team won't finish the service for several weeks. The frontend team needs a stable URL that returns fixed sample JSON responses, without running or paying for any backend compute. What should the developer configure?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Una integración de proxy de Lambda con una función que devuelva un JSON escrito en el código.',
          en: 'A Lambda proxy integration with a function that returns a hard-coded JSON response.',
        },
        correct: false,
        explanation: {
          es: 'Funcionaría, pero cada solicitud ejecuta una función de Lambda, es decir, cómputo de backend.',
          en: 'It would work, but every request runs a Lambda function, which is backend compute.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Una integración `HTTP_PROXY` que reenvíe las solicitudes a una API pública de ejemplo.',
          en: 'An `HTTP_PROXY` integration that forwards requests to a public sample API.',
        },
        correct: false,
        explanation: {
          es: 'Depende de un backend externo, y sus respuestas no son las de ejemplo que necesita el equipo.',
          en: "It depends on an external backend, and its responses aren't the team's sample data.",
        },
      },
      {
        id: 'c',
        text: {
          es: 'Una integración `MOCK` cuya respuesta de integración devuelva el JSON de ejemplo.',
          en: 'A `MOCK` integration whose integration response returns the sample JSON.',
        },
        correct: true,
        explanation: {
          es: 'Con `MOCK`, API Gateway devuelve la respuesta por sí mismo sin llamar a ningún backend; sirve para pruebas y para simular componentes de otro equipo.',
          en: "With `MOCK`, API Gateway returns the response itself without calling any backend; it serves testing and simulating another team's components.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'La caché de API Gateway en la etapa, cargada una vez con las respuestas de ejemplo.',
          en: 'API Gateway caching on the stage, loaded once with the sample responses.',
        },
        correct: false,
        explanation: {
          es: 'La caché guarda respuestas que devuelve una integración; no se puede cargar manualmente con datos de ejemplo.',
          en: "The cache stores responses that an integration returns; you can't load it manually with sample data.",
        },
      },
    ],
    section: 'beyond/api-gateway#integrations',
    source: {
      title: 'Choose an API Gateway API integration type',
      url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-integration-types.html',
    },
  },
  {
    id: 't3-2-shareable-test-events',
    task: '3.2',
    kind: 'single',
    stem: {
      es: 'Varios desarrolladores prueban la misma función de Lambda desde la consola de Lambda. Cada uno crea eventos de prueba que los demás no ven, así que el equipo vuelve a escribir una y otra vez las mismas cargas JSON. El equipo quiere un único conjunto de eventos de prueba que pueda usar cualquier desarrollador con los permisos adecuados. ¿Qué debe hacer el equipo?',
      en: "Several developers test the same Lambda function from the Lambda console. Each developer creates test events that the others can't see, so the team keeps rewriting the same JSON payloads. The team wants one set of test events that any developer with the right permissions can use. What should the team do?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Guardar las cargas JSON en variables de entorno de la función y leerlas en un controlador de pruebas.',
          en: "Keep the JSON payloads in the function's environment variables and read them in a test handler.",
        },
        correct: false,
        explanation: {
          es: 'Las variables de entorno configuran la función (4 KB en total); no son eventos de prueba de la consola.',
          en: "Environment variables configure the function (4 KB in total); they aren't console test events.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'Guardar las cargas como eventos de prueba compartibles de la función en la consola de Lambda.',
          en: 'Save the payloads as shareable test events for the function in the Lambda console.',
        },
        correct: true,
        explanation: {
          es: 'Los eventos de prueba compartibles se guardan en el registro de esquemas `lambda-testevent-schemas` y los pueden usar otros usuarios de la cuenta.',
          en: 'Shareable test events are stored in the `lambda-testevent-schemas` schema registry, and other users of the account can use them.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Empaquetar las cargas en una capa de Lambda para que la consola de cada desarrollador las cargue.',
          en: "Package the payloads in a Lambda layer so that each developer's console loads them.",
        },
        correct: false,
        explanation: {
          es: 'Una capa añade bibliotecas o archivos a `/opt` en el entorno de ejecución; la consola no la usa como eventos de prueba.',
          en: "A layer adds libraries or files to `/opt` in the execution environment; the console doesn't use it for test events.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'Hacer que un desarrollador cree eventos de prueba privados y dar a los demás acceso con IAM.',
          en: 'Have one developer create private test events and give the others access to them through IAM.',
        },
        correct: false,
        explanation: {
          es: 'Un evento de prueba privado solo está disponible para quien lo creó; no se comparte con permisos.',
          en: "A private test event is available only to the developer who created it; permissions don't share it.",
        },
      },
    ],
    section: 'beyond/deployment#testing',
    source: {
      title: 'Testing Lambda functions in the console',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/testing-functions.html',
    },
  },
  {
    id: 't3-2-sam-local-sqs-event',
    task: '3.2',
    kind: 'multiple',
    stem: {
      es: 'Un desarrollador mantiene una aplicación de AWS SAM en la que `OrdersFunction` procesa mensajes de una cola de Amazon SQS. Ya ha ejecutado `sam build`. Antes de implementar nada, quiere ejecutar la función en su portátil con un evento que tenga la misma estructura que un evento real de SQS. ¿Qué comandos debe ejecutar? (Elige DOS.)',
      en: 'A developer maintains an AWS SAM application in which `OrdersFunction` processes messages from an Amazon SQS queue. The developer has already run `sam build`. Before deploying anything, the developer wants to run the function on a laptop with an event that has the same structure as a real SQS event. Which commands should the developer run? (Choose TWO.)',
    },
    options: [
      {
        id: 'a',
        text: {
          es: '`sam local generate-event sqs receive-message > events/sqs.json`',
          en: '`sam local generate-event sqs receive-message > events/sqs.json`',
        },
        correct: true,
        explanation: {
          es: 'Genera un evento de ejemplo con la estructura de un evento real de SQS y lo guarda en un archivo.',
          en: 'It generates a sample event shaped like a real SQS event and saves it to a file.',
        },
      },
      {
        id: 'b',
        text: {
          es: '`sam local start-api` y luego enviar el cuerpo del mensaje con `curl`',
          en: '`sam local start-api`, and then send the message body with `curl`',
        },
        correct: false,
        explanation: {
          es: 'Sirve funciones detrás de rutas de API Gateway con eventos de API, no con eventos de SQS.',
          en: 'It serves functions behind API Gateway routes with API events, not SQS events.',
        },
      },
      {
        id: 'c',
        text: {
          es: '`sam deploy --guided` y luego enviar un mensaje a la cola',
          en: '`sam deploy --guided`, and then send a message to the queue',
        },
        correct: false,
        explanation: {
          es: 'Implementa la aplicación en AWS, y el desarrollador quiere probar antes de implementar.',
          en: 'It deploys the application to AWS, and the developer wants to test before deploying.',
        },
      },
      {
        id: 'd',
        text: {
          es: '`sam local invoke OrdersFunction --event events/sqs.json`',
          en: '`sam local invoke OrdersFunction --event events/sqs.json`',
        },
        correct: true,
        explanation: {
          es: 'Ejecuta la función una vez en un contenedor de Docker local con el evento del archivo.',
          en: 'It runs the function once in a local Docker container with the event from the file.',
        },
      },
      {
        id: 'e',
        text: {
          es: '`sam remote test-event put` para guardar el evento del equipo',
          en: "`sam remote test-event put` to store the team's event",
        },
        correct: false,
        explanation: {
          es: 'Guarda un evento de prueba compartible para una función ya implementada en la nube; no ejecuta nada en local.',
          en: 'It stores a shareable test event for a function already deployed in the cloud; it runs nothing locally.',
        },
      },
    ],
    section: 'beyond/deployment#sam-cli',
    source: {
      title: 'Introduction to testing with sam local generate-event',
      url: 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/using-sam-cli-local-generate-event.html',
    },
  },
  {
    id: 't3-2-sam-local-start-api',
    task: '3.2',
    kind: 'single',
    stem: {
      es: 'Un desarrollador quiere llamar a las rutas de la API de una aplicación de AWS SAM desde el navegador y con `curl` en su portátil, de modo que cada solicitud ejecute en local la función de Lambda que le corresponde, antes de implementar la aplicación. ¿Qué comando debe usar?',
      en: 'A developer wants to call the API routes of an AWS SAM application from a browser and with `curl` on a laptop, so that each request runs the matching Lambda function locally, before the application is deployed. Which command should the developer use?',
    },
    options: [
      {
        id: 'a',
        text: {es: '`sam local invoke`', en: '`sam local invoke`'},
        correct: false,
        explanation: {
          es: 'Ejecuta una función una vez con un evento; no levanta un servidor HTTP que reciba solicitudes.',
          en: "It runs one function once with an event; it doesn't start an HTTP server that receives requests.",
        },
      },
      {
        id: 'b',
        text: {
          es: '`sam local generate-event apigateway aws-proxy`',
          en: '`sam local generate-event apigateway aws-proxy`',
        },
        correct: false,
        explanation: {
          es: 'Solo genera el JSON de un evento de ejemplo de API Gateway; no sirve ninguna ruta.',
          en: 'It only generates the JSON of a sample API Gateway event; it serves no routes.',
        },
      },
      {
        id: 'c',
        text: {es: '`sam local start-api`', en: '`sam local start-api`'},
        correct: true,
        explanation: {
          es: 'Levanta un servidor HTTP local (en `127.0.0.1` por defecto) que invoca en Docker la función de cada ruta.',
          en: "It starts a local HTTP server (on `127.0.0.1` by default) that invokes each route's function in Docker.",
        },
      },
      {
        id: 'd',
        text: {es: '`sam deploy --config-env dev`', en: '`sam deploy --config-env dev`'},
        correct: false,
        explanation: {
          es: 'Implementa la aplicación en AWS con la configuración del entorno `dev`; no ejecuta nada en local.',
          en: 'It deploys the application to AWS with the `dev` environment settings; it runs nothing locally.',
        },
      },
    ],
    section: 'beyond/deployment#sam-cli',
    source: {
      title: 'Introduction to testing with sam local start-api',
      url: 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/using-sam-cli-local-start-api.html',
    },
  },
  {
    id: 't3-2-lambda-aliases-environments',
    task: '3.2',
    kind: 'single',
    stem: {
      es: 'Un equipo usa una sola función de Lambda para sus entornos dev, test y prod en la misma cuenta, y cada entorno tiene su propio origen de eventos. Quiere promover código probado de un entorno al siguiente sin editar la configuración de ningún origen de eventos, y producción nunca debe ejecutar código sin publicar. ¿Qué debe hacer el equipo?',
      en: 'A team uses one Lambda function for its dev, test, and prod environments in the same account, and each environment has its own event source. The team wants to promote tested code from one environment to the next without editing any event source configuration, and production must never run unpublished code. What should the team do?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Apuntar todos los orígenes de eventos a `$LATEST` y definir una variable `ENVIRONMENT` que lea el código.',
          en: 'Point every event source at `$LATEST` and set an `ENVIRONMENT` variable that the code reads.',
        },
        correct: false,
        explanation: {
          es: '`$LATEST` es la versión sin publicar y cambia con cada edición, así que producción ejecutaría código sin publicar.',
          en: '`$LATEST` is the unpublished version and changes with every edit, so production would run unpublished code.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Apuntar cada origen de eventos a una versión numerada y actualizarlo en cada publicación.',
          en: 'Point each event source at a numbered version and update it on every release.',
        },
        correct: false,
        explanation: {
          es: 'Cada promoción obligaría a editar la configuración del origen de eventos, justo lo que el equipo quiere evitar.',
          en: 'Every promotion would mean editing the event source configuration, which the team wants to avoid.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Crear una copia de la función por entorno y subir el código a cada copia en cada promoción.',
          en: 'Create a copy of the function for each environment and upload the code to each copy on every promotion.',
        },
        correct: false,
        explanation: {
          es: 'Cada promoción vuelve a subir y configurar código en otra función, en lugar de mover una versión ya probada.',
          en: 'Each promotion uploads and configures code again in another function instead of moving an already tested version.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Crear los alias `dev`, `test` y `prod`, usar sus ARN en los orígenes y moverlos para promover.',
          en: 'Create `dev`, `test`, and `prod` aliases, use their ARNs in the sources, and move them to promote.',
        },
        correct: true,
        explanation: {
          es: 'Un alias es un puntero que se mueve entre versiones publicadas: los orígenes que usan su ARN no cambian en cada publicación.',
          en: "An alias is a pointer that moves between published versions: sources that use its ARN don't change with each release.",
        },
      },
    ],
    section: 'beyond/lambda#versions-and-aliases',
    source: {
      title: 'Create an alias for a Lambda function',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html',
    },
  },
  {
    id: 't3-2-samconfig-environments',
    task: '3.2',
    kind: 'single',
    stem: {
      es: 'Un equipo implementa una misma plantilla de AWS SAM en una pila de staging y en una de producción, cada una con su nombre de pila y sus valores de parámetros. La canalización debe poder implementar cualquiera de los dos entornos con un comando no interactivo y sin plantillas duplicadas. ¿Qué debe hacer el equipo?',
      en: 'A team deploys one AWS SAM template to a staging stack and to a production stack, each with its own stack name and parameter values. The pipeline must be able to deploy either environment with a non-interactive command and without duplicated templates. What should the team do?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Ejecutar `sam deploy --guided` en la canalización y responder a las preguntas de cada entorno.',
          en: 'Run `sam deploy --guided` in the pipeline and answer the prompts for each environment.',
        },
        correct: false,
        explanation: {
          es: '`--guided` es interactivo: hace preguntas, y la canalización necesita un comando sin intervención.',
          en: '`--guided` is interactive: it asks questions, and the pipeline needs a command that runs unattended.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Definir `staging` y `prod` en `samconfig.toml` y ejecutar `sam deploy --config-env prod`.',
          en: 'Define `staging` and `prod` in `samconfig.toml` and run `sam deploy --config-env prod`.',
        },
        correct: true,
        explanation: {
          es: '`samconfig.toml` guarda los ajustes de cada entorno, y `--config-env` elige cuál usar sin preguntas.',
          en: "`samconfig.toml` keeps each environment's settings, and `--config-env` picks one without prompts.",
        },
      },
      {
        id: 'c',
        text: {
          es: 'Mantener una copia de la plantilla por entorno y pasar el nombre del archivo a `sam build`.',
          en: 'Keep a separate copy of the template for each environment and pass its file name to `sam build`.',
        },
        correct: false,
        explanation: {
          es: 'Duplica las plantillas, que es lo que el equipo quiere evitar.',
          en: 'It duplicates the templates, which is what the team wants to avoid.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Poner el nombre de la pila en la sección `Globals` y cambiarlo antes de cada implementación.',
          en: 'Put the stack name in the `Globals` section and change it before each deployment.',
        },
        correct: false,
        explanation: {
          es: '`Globals` reúne propiedades comunes de los recursos sin servidor; no fija el nombre de la pila.',
          en: "`Globals` holds properties shared by serverless resources; it doesn't set the stack name.",
        },
      },
    ],
    section: 'beyond/deployment#sam-cli',
    source: {
      title: 'AWS SAM CLI configuration file',
      url: 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/serverless-sam-cli-config.html',
    },
  },
  {
    id: 't3-3-lambda-container-image',
    task: '3.3',
    kind: 'single',
    stem: {
      es: 'Una función de Lambda en Python necesita bibliotecas de aprendizaje automático que ocupan 1,6 GB descomprimidas. Implementarla como archivo .zip falla incluso al subir el archivo a través de Amazon S3. El equipo quiere seguir ejecutando el código en Lambda con el menor esfuerzo. ¿Qué forma de empaquetado debe usar?',
      en: 'A Python Lambda function needs machine learning libraries that take 1.6 GB when unzipped. Deploying it as a .zip archive fails even when the archive is uploaded through Amazon S3. The team wants to keep running the code on Lambda with the least effort. Which packaging approach should the team use?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Repartir las bibliotecas entre cinco capas de Lambda asociadas a la función.',
          en: 'Split the libraries across five Lambda layers attached to the function.',
        },
        correct: false,
        explanation: {
          es: 'Las capas cuentan para el límite de 250 MB descomprimidos del paquete .zip.',
          en: 'Layers count toward the 250 MB unzipped limit of the .zip package.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Subir el .zip a S3 con carga multiparte para que Lambda acepte un tamaño mayor.',
          en: 'Upload the .zip to S3 with multipart upload so that Lambda accepts a larger size.',
        },
        correct: false,
        explanation: {
          es: 'Subir a través de S3 solo evita el límite de 50 MB comprimidos de la carga directa; los 250 MB descomprimidos siguen aplicándose.',
          en: 'Uploading through S3 only avoids the 50 MB zipped limit of a direct upload; the 250 MB unzipped limit still applies.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Empaquetar la función como imagen de contenedor en Amazon ECR, que admite hasta 10 GB.',
          en: 'Package the function as a container image stored in Amazon ECR, up to 10 GB.',
        },
        correct: true,
        explanation: {
          es: 'Una imagen de contenedor puede ocupar hasta 10 GB, así que las bibliotecas caben sin cambiar de servicio.',
          en: 'A container image can be up to 10 GB, so the libraries fit without moving to another service.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Subir la memoria de la función a 10 240 MB para que el límite del paquete crezca con ella.',
          en: "Raise the function's memory to 10,240 MB so that the package limit grows with it.",
        },
        correct: false,
        explanation: {
          es: 'La memoria cambia la CPU y el costo de la función, no los límites del paquete de implementación.',
          en: "Memory changes the function's CPU and cost, not the deployment package limits.",
        },
      },
    ],
    section: 'beyond/lambda#configuration-limits',
    source: {title: 'Lambda quotas', url: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html'},
  },
  {
    id: 't3-3-ecs-rolling-no-capacity',
    task: '3.3',
    kind: 'single',
    stem: {
      es: 'Un servicio de Amazon ECS en instancias de EC2 ejecuta 4 tareas con la configuración predeterminada de actualización continua. Las instancias del clúster no tienen capacidad libre para más tareas, y una implementación nueva no consigue arrancar ninguna tarea. El equipo acepta quedarse con la mitad de las tareas durante las implementaciones y no quiere añadir instancias. ¿Qué debe cambiar el equipo?',
      en: "An Amazon ECS service on EC2 instances runs 4 tasks with the default rolling update settings. The cluster's instances have no free capacity for more tasks, and a new deployment can't start any task. The team accepts running half of the tasks during deployments and doesn't want to add instances. What should the team change?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Poner `minimumHealthyPercent` en 50 para que ECS detenga 2 tareas antiguas antes de arrancar las nuevas.',
          en: 'Set `minimumHealthyPercent` to 50 so that ECS can stop 2 old tasks before it starts new ones.',
        },
        correct: true,
        explanation: {
          es: 'Con 4 tareas y un 50 %, ECS puede detener 2 tareas antiguas y usar esa capacidad para las nuevas.',
          en: 'With 4 tasks and 50%, ECS can stop 2 old tasks and use that capacity for the new ones.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Poner `maximumPercent` en 300 para que ECS pueda arrancar más tareas nuevas a la vez.',
          en: 'Set `maximumPercent` to 300 so that ECS can start more new tasks at the same time.',
        },
        correct: false,
        explanation: {
          es: 'Permitir más tareas a la vez necesita todavía más capacidad, que es justo lo que falta.',
          en: 'Allowing more tasks at once needs even more capacity, which is exactly what is missing.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Activar el interruptor de circuito de implementación para que ECS haga avanzar la implementación.',
          en: 'Turn on the deployment circuit breaker so that ECS moves the deployment forward.',
        },
        correct: false,
        explanation: {
          es: 'El interruptor de circuito marca la implementación como fallida y puede revertirla; no libera capacidad.',
          en: "The circuit breaker marks the deployment as failed and can roll it back; it doesn't free capacity.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'Cambiar el controlador de implementación a `CODE_DEPLOY` para arrancar las tareas nuevas como conjunto verde.',
          en: 'Change the deployment controller to `CODE_DEPLOY` so that the new tasks start as a green task set.',
        },
        correct: false,
        explanation: {
          es: 'Azul/verde arranca un conjunto completo de tareas nuevas junto al actual, así que necesita aún más capacidad.',
          en: 'Blue/green starts a full set of new tasks next to the current one, so it needs even more capacity.',
        },
      },
    ],
    section: 'beyond/containers#rolling-updates',
    source: {
      title: 'Deploy Amazon ECS services by replacing tasks',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html',
    },
  },
  {
    id: 't3-3-ecs-same-tag-redeploy',
    task: '3.3',
    kind: 'multiple',
    stem: {
      es: 'La compilación de un equipo envía una imagen nueva a Amazon ECR con la misma etiqueta, `latest`, que ya cita la definición de tarea de un servicio de Amazon ECS. Después del envío, el servicio sigue ejecutando la imagen anterior, incluso en las tareas que arranca más tarde. ¿Qué acciones hacen que el servicio ejecute la imagen nueva? (Elige DOS.)',
      en: "A team's build pushes a new image to Amazon ECR with the same tag, `latest`, that an Amazon ECS service's task definition already references. After the push, the service keeps running the previous image, even in tasks that it starts later. Which actions make the service run the new image? (Choose TWO.)",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Aumentar el número deseado de tareas del servicio para que las tareas nuevas extraigan la imagen otra vez.',
          en: "Increase the service's desired count so that the additional tasks pull the image from ECR again.",
        },
        correct: false,
        explanation: {
          es: 'ECS arranca las tareas adicionales con el digest que resolvió al empezar la implementación, es decir, con la imagen anterior.',
          en: 'ECS starts additional tasks with the digest that it resolved when the deployment began, which is the previous image.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Actualizar el servicio con `forceNewDeployment` para que ECS resuelva la etiqueta a un digest nuevo.',
          en: 'Update the service with `forceNewDeployment` so that ECS resolves the tag to a new digest.',
        },
        correct: true,
        explanation: {
          es: 'Forzar una implementación nueva establece digests actualizados, que se usan para las tareas nuevas.',
          en: 'Forcing a new deployment establishes updated digests, which are used to start the new tasks.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Activar la inmutabilidad de etiquetas del repositorio para que ECS detecte el cambio de etiqueta.',
          en: 'Turn on tag immutability on the repository so that ECS detects the change of tag.',
        },
        correct: false,
        explanation: {
          es: 'Con etiquetas inmutables, enviar otra vez `latest` fallaría; ECS no detecta cambios de etiqueta por eso.',
          en: "With immutable tags, pushing `latest` again would fail; it doesn't make ECS detect tag changes.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'Reiniciar el agente de contenedor de ECS en las instancias del clúster para vaciar su caché.',
          en: "Restart the ECS container agent on the cluster's instances so that it clears its cached images.",
        },
        correct: false,
        explanation: {
          es: 'El servicio sigue usando el digest establecido en su implementación; reiniciar el agente no crea una implementación nueva.',
          en: "The service keeps using the digest established for its deployment; restarting the agent doesn't create a new deployment.",
        },
      },
      {
        id: 'e',
        text: {
          es: 'Enviar la imagen con una etiqueta única y actualizar el servicio a una revisión nueva de la definición que la use.',
          en: 'Push the image with a unique tag and deploy a new task definition revision that uses it.',
        },
        correct: true,
        explanation: {
          es: 'Una revisión nueva con una etiqueta única inicia una implementación que resuelve esa etiqueta a la imagen nueva.',
          en: 'A new revision with a unique tag starts a deployment that resolves that tag to the new image.',
        },
      },
    ],
    section: 'beyond/containers#rolling-updates',
    source: {
      title: 'Deploy Amazon ECS services by replacing tasks',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html',
    },
  },
  {
    id: 't3-3-cfn-named-iam-capability',
    task: '3.3',
    kind: 'single',
    stem: {
      es: 'Una plantilla de CloudFormation crea un rol de IAM con el `RoleName` fijo `orders-processor-role`. Cuando un desarrollador ejecuta `aws cloudformation create-stack` con esa plantilla, la llamada falla con el error `InsufficientCapabilities`. ¿Qué debe añadir el desarrollador al comando?',
      en: 'A CloudFormation template creates an IAM role with the fixed `RoleName` `orders-processor-role`. When a developer runs `aws cloudformation create-stack` with the template, the call fails with an `InsufficientCapabilities` error. What must the developer add to the command?',
    },
    options: [
      {
        id: 'a',
        text: {es: '`--capabilities CAPABILITY_IAM`', en: '`--capabilities CAPABILITY_IAM`'},
        correct: false,
        explanation: {
          es: 'Basta para recursos de IAM sin nombre propio; un rol con `RoleName` fijo exige `CAPABILITY_NAMED_IAM`.',
          en: 'It is enough for IAM resources without custom names; a role with a fixed `RoleName` requires `CAPABILITY_NAMED_IAM`.',
        },
      },
      {
        id: 'b',
        text: {es: '`--capabilities CAPABILITY_AUTO_EXPAND`', en: '`--capabilities CAPABILITY_AUTO_EXPAND`'},
        correct: false,
        explanation: {
          es: 'Reconoce plantillas con macros, como las transformaciones; no cubre recursos de IAM.',
          en: "It acknowledges templates with macros, such as transforms; it doesn't cover IAM resources.",
        },
      },
      {
        id: 'c',
        text: {es: '`--disable-rollback`', en: '`--disable-rollback`'},
        correct: false,
        explanation: {
          es: 'Conserva los recursos creados si la operación falla; no reconoce la creación de recursos de IAM.',
          en: "It keeps the resources created if the operation fails; it doesn't acknowledge IAM resources.",
        },
      },
      {
        id: 'd',
        text: {es: '`--capabilities CAPABILITY_NAMED_IAM`', en: '`--capabilities CAPABILITY_NAMED_IAM`'},
        correct: true,
        explanation: {
          es: 'Los recursos de IAM con nombres propios exigen reconocer `CAPABILITY_NAMED_IAM`.',
          en: 'IAM resources with custom names require acknowledging `CAPABILITY_NAMED_IAM`.',
        },
      },
    ],
    section: 'beyond/deployment#security',
    source: {
      title: 'CreateStack (CloudFormation API Reference)',
      url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_CreateStack.html',
    },
  },
  {
    id: 't3-3-codedeploy-validate-service',
    task: '3.3',
    kind: 'single',
    stem: {
      es: 'Una empresa implementa una aplicación web en instancias de Amazon EC2 con AWS CodeDeploy (in-place). Después de que la versión nueva arranque, un script de prueba rápida debe llamar a la URL de estado de la aplicación, y la implementación debe fallar en esa instancia si el script falla. ¿En qué enlace de eventos del ciclo de vida del AppSpec debe ejecutarse el script?',
      en: "A company deploys a web application to Amazon EC2 instances with an AWS CodeDeploy in-place deployment. After the new version starts, a smoke test script must call the application's health URL, and the deployment must fail on that instance if the script fails. In which AppSpec lifecycle event hook should the script run?",
    },
    options: [
      {
        id: 'a',
        text: {es: '`AfterInstall`', en: '`AfterInstall`'},
        correct: false,
        explanation: {
          es: 'Se ejecuta después de instalar la revisión pero antes de `ApplicationStart`, cuando la aplicación aún no está arrancada.',
          en: "It runs after the revision is installed but before `ApplicationStart`, when the application isn't running yet.",
        },
      },
      {
        id: 'b',
        text: {es: '`ValidateService`', en: '`ValidateService`'},
        correct: true,
        explanation: {
          es: 'Es el último enlace, tras `ApplicationStart`, y sirve para comprobar que la implementación se ha procesado correctamente.',
          en: 'It is the last hook, after `ApplicationStart`, and it is used to verify that the deployment completed successfully.',
        },
      },
      {
        id: 'c',
        text: {es: '`Install`', en: '`Install`'},
        correct: false,
        explanation: {
          es: 'Lo ejecuta el agente de CodeDeploy para copiar los archivos; no admite scripts.',
          en: "The CodeDeploy agent runs it to copy the files; it doesn't take scripts.",
        },
      },
      {
        id: 'd',
        text: {es: '`ApplicationStop`', en: '`ApplicationStop`'},
        correct: false,
        explanation: {
          es: 'Se ejecuta al principio para detener la versión actual, antes de descargar la nueva, y no se ejecuta en la primera implementación.',
          en: "It runs first to stop the current version, before the new one is downloaded, and it doesn't run on the first deployment.",
        },
      },
    ],
    section: 'beyond/deployment#lifecycle-hooks',
    source: {
      title: "AppSpec 'hooks' section",
      url: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html',
    },
  },
  {
    id: 't3-3-codepipeline-manual-approval',
    task: '3.3',
    kind: 'multiple',
    stem: {
      es: 'Una canalización de AWS CodePipeline compila una aplicación, la implementa en un entorno de staging y después en producción. La responsable de QA debe revisar staging y aprobar cada versión antes de producción, y debe recibir un correo cuando una versión esté esperando. ¿Qué pasos cumplen estos requisitos? (Elige DOS.)',
      en: 'An AWS CodePipeline pipeline builds an application, deploys it to a staging environment, and then deploys it to production. The QA lead must review staging and approve each release before production, and must get an email when a release is waiting. Which steps meet these requirements? (Choose TWO.)',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Añadir una acción de aprobación manual en una etapa entre las implementaciones de staging y producción.',
          en: 'Add a manual approval action in a stage between the staging and production deployments.',
        },
        correct: true,
        explanation: {
          es: 'La acción de aprobación detiene la canalización hasta que alguien la aprueba o la rechaza.',
          en: 'The approval action stops the pipeline until someone approves or rejects it.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Añadir una acción Invoke con una función de Lambda que espere hasta que QA responda a un correo.',
          en: 'Add an Invoke action with a Lambda function that waits until the QA lead replies to an email.',
        },
        correct: false,
        explanation: {
          es: 'Una función de Lambda se ejecuta 900 segundos como máximo, y una revisión puede tardar días.',
          en: 'A Lambda function runs for 900 seconds at most, and a review can take days.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Configurar la aprobación con un tema de Amazon SNS de la misma región con el correo de QA suscrito.',
          en: "Give the approval action an SNS topic in the same Region with the QA lead's email subscribed.",
        },
        correct: true,
        explanation: {
          es: 'La aprobación puede publicar en un tema de SNS de la misma región, que avisa por correo con la URL que revisar.',
          en: 'The approval can publish to an SNS topic in the same Region, which sends an email with the URL to review.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Definir `timeoutInMinutes` en la acción de implementación de producción para que espere la revisión de QA.',
          en: "Set `timeoutInMinutes` on the production deploy action so that it waits for the QA lead's review.",
        },
        correct: false,
        explanation: {
          es: 'La API solo acepta `timeoutInMinutes` en la acción de aprobación, y un tiempo de espera no es una aprobación.',
          en: "The API accepts `timeoutInMinutes` only on the approval action, and a timeout isn't an approval.",
        },
      },
      {
        id: 'e',
        text: {
          es: 'Añadir una acción Test con AWS CodeBuild que pause la canalización hasta que QA inicie sesión para aprobar.',
          en: 'Add a Test action with AWS CodeBuild that pauses the pipeline until the QA lead signs in to approve.',
        },
        correct: false,
        explanation: {
          es: 'Una acción de CodeBuild ejecuta comandos de compilación o pruebas; no recoge una aprobación humana.',
          en: "A CodeBuild action runs build or test commands; it doesn't collect a human approval.",
        },
      },
    ],
    section: 'beyond/deployment#codepipeline-stages',
    source: {
      title: 'Manual approval in CodePipeline',
      url: 'https://docs.aws.amazon.com/codepipeline/latest/userguide/approvals.html',
    },
  },
  {
    id: 't3-3-codepipeline-git-tag-trigger',
    task: '3.3',
    kind: 'single',
    stem: {
      es: 'Una canalización V2 de AWS CodePipeline usa un repositorio de GitHub como origen a través de una conexión, y hoy se ejecuta con cada push a `main`. El equipo quiere que las versiones de producción empiecen solo cuando un responsable envía una etiqueta de Git como `v2.4.0`, y que ningún push a una rama inicie la canalización. ¿Qué debe configurar el equipo?',
      en: 'A V2 pipeline in AWS CodePipeline uses a GitHub repository as its source through a connection, and today it runs on every push to `main`. The team wants production releases to start only when a maintainer pushes a Git tag such as `v2.4.0`, and no push to a branch should start the pipeline. What should the team configure?',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Un desencadenador de push con un filtro de ramas que incluya solo `main`.',
          en: 'A push trigger with a branch filter that includes only `main`.',
        },
        correct: false,
        explanation: {
          es: 'La canalización seguiría iniciándose con cada push a `main`.',
          en: 'The pipeline would still start on every push to `main`.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'Una regla de Amazon EventBridge que inicie la canalización cada noche según una programación.',
          en: 'An Amazon EventBridge rule that starts the pipeline on a nightly schedule.',
        },
        correct: false,
        explanation: {
          es: 'Una programación inicia la canalización por tiempo, no cuando se envía una etiqueta de versión.',
          en: 'A schedule starts the pipeline by time, not when a release tag is pushed.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Un desencadenador de push con un filtro de etiquetas de Git que incluya `v*`.',
          en: 'A push trigger with a Git tag filter that includes `v*`.',
        },
        correct: true,
        explanation: {
          es: 'Los desencadenadores con filtros pueden iniciar la canalización por etiquetas de Git, y el patrón `v*` solo acepta las de versión.',
          en: 'Triggers with filters can start the pipeline on Git tags, and the `v*` pattern accepts only release tags.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'Un desencadenador de pull request que se active cuando se cierra una solicitud hacia `main`.',
          en: 'A pull request trigger that fires when a pull request into `main` is closed.',
        },
        correct: false,
        explanation: {
          es: 'Iniciaría la canalización con cada solicitud cerrada, no con el envío de una etiqueta de versión.',
          en: 'It would start the pipeline on every closed pull request, not when a release tag is pushed.',
        },
      },
    ],
    section: 'beyond/deployment#codepipeline-stages',
    source: {
      title: 'CodePipeline trigger filters',
      url: 'https://docs.aws.amazon.com/codepipeline/latest/userguide/pipelines-filter.html',
    },
  },
  {
    id: 't3-3-sam-lambda-canary',
    task: '3.3',
    kind: 'single',
    stem: {
      es: 'Un equipo implementa una función de Lambda con AWS SAM y `AutoPublishAlias: live`. En cada versión, el 10 % del tráfico del alias debe ir a la versión nueva durante 5 minutos; si no salta ninguna alarma, todo el tráfico restante debe moverse de una vez. ¿Qué tipo de `DeploymentPreference` debe usar el equipo?',
      en: "A team deploys a Lambda function with AWS SAM and `AutoPublishAlias: live`. For each release, 10% of the alias's traffic must go to the new version for 5 minutes; if no alarm fires, all remaining traffic must then shift at once. Which `DeploymentPreference` type should the team use?",
    },
    options: [
      {
        id: 'a',
        text: {es: '`Canary10Percent5Minutes`', en: '`Canary10Percent5Minutes`'},
        correct: true,
        explanation: {
          es: 'Una configuración canario (canary) mueve el 10 % del tráfico y, pasados los minutos indicados (aquí 5), el resto de una vez.',
          en: 'A canary configuration shifts 10% of traffic and, after the given minutes (5 here), the rest at once.',
        },
      },
      {
        id: 'b',
        text: {es: '`Linear10PercentEvery1Minute`', en: '`Linear10PercentEvery1Minute`'},
        correct: false,
        explanation: {
          es: 'Una configuración lineal mueve el 10 % cada minuto hasta llegar al 100 %, no el resto de una vez.',
          en: 'A linear configuration shifts 10% every minute until it reaches 100%, not the rest at once.',
        },
      },
      {
        id: 'c',
        text: {es: '`AllAtOnce`', en: '`AllAtOnce`'},
        correct: false,
        explanation: {
          es: 'Mueve todo el tráfico a la versión nueva de una vez, sin la fase del 10 %.',
          en: 'It shifts all traffic to the new version at once, with no 10% phase.',
        },
      },
      {
        id: 'd',
        text: {es: '`Canary10Percent30Minutes`', en: '`Canary10Percent30Minutes`'},
        correct: false,
        explanation: {
          es: 'Es un canario, pero mantiene el 10 % durante 30 minutos, no 5.',
          en: 'It is a canary, but it keeps 10% for 30 minutes, not 5.',
        },
      },
    ],
    section: 'beyond/deployment#deployment-configurations',
    source: {
      title: 'Deploying serverless applications gradually with AWS SAM',
      url: 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/automating-updates-to-serverless-apps.html',
    },
  },
  {
    id: 't3-3-beanstalk-traffic-splitting',
    task: '3.3',
    kind: 'single',
    stem: {
      es: 'Un entorno de producción de AWS Elastic Beanstalk funciona detrás de un balanceador de carga. Para la próxima versión, el equipo quiere una prueba canario (canary): un conjunto completo de instancias nuevas debe recibir solo un porcentaje del tráfico de los clientes durante un periodo de evaluación, y Elastic Beanstalk debe devolver el tráfico a las instancias antiguas de forma automática si las nuevas fallan las comprobaciones de estado. ¿Qué política de implementación debe elegir el equipo?',
      en: 'A production AWS Elastic Beanstalk environment runs behind a load balancer. For the next release, the team wants a canary test: a full set of new instances must receive only a percentage of client traffic for an evaluation period, and Elastic Beanstalk must move traffic back to the old instances automatically if the new ones fail health checks. Which deployment policy should the team choose?',
    },
    options: [
      {
        id: 'a',
        text: {es: 'Rolling with additional batch', en: 'Rolling with additional batch'},
        correct: false,
        explanation: {
          es: 'Mantiene toda la capacidad actualizando por lotes, pero no envía un porcentaje del tráfico a la versión nueva durante un periodo de evaluación.',
          en: "It keeps full capacity while it updates batch by batch, but it doesn't send a percentage of traffic to the new version for an evaluation period.",
        },
      },
      {
        id: 'b',
        text: {es: 'Immutable', en: 'Immutable'},
        correct: false,
        explanation: {
          es: 'Lanza instancias nuevas en un grupo temporal, pero no reparte un porcentaje del tráfico para evaluar la versión.',
          en: "It launches new instances in a temporary group, but it doesn't split a percentage of traffic to evaluate the version.",
        },
      },
      {
        id: 'c',
        text: {es: 'Rolling', en: 'Rolling'},
        correct: false,
        explanation: {
          es: 'Actualiza las instancias existentes por lotes, sin un conjunto completo de instancias nuevas ni reparto del tráfico.',
          en: 'It updates the existing instances in batches, with no full set of new instances and no traffic split.',
        },
      },
      {
        id: 'd',
        text: {es: 'Traffic splitting', en: 'Traffic splitting'},
        correct: true,
        explanation: {
          es: 'Lanza un conjunto completo de instancias nuevas, les envía un porcentaje del tráfico durante la evaluación y devuelve el tráfico a las antiguas si fallan.',
          en: 'It launches a full set of new instances, sends them a percentage of traffic during the evaluation, and moves traffic back to the old ones if they fail.',
        },
      },
    ],
    section: 'development/elastic-beanstalk#traffic-splitting',
    source: {
      title: 'Deployment policies and settings (AWS Elastic Beanstalk Developer Guide)',
      url: 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/using-features.rolling-version-deploy.html',
    },
  },
  {
    id: 't3-3-ecs-circuit-breaker',
    task: '3.3',
    kind: 'single',
    stem: {
      es: 'Un servicio de Amazon ECS usa actualizaciones continuas. Una implementación reciente citaba una definición de tarea cuyo contenedor fallaba al arrancar, y el servicio siguió intentando arrancar tareas nuevas hasta que intervino un ingeniero. El equipo quiere que las próximas implementaciones cuyas tareas no lleguen al estado `RUNNING` vuelvan de forma automática a la última implementación completada, sin crear alarmas de CloudWatch. ¿Qué debe configurar el equipo?',
      en: "An Amazon ECS service uses rolling updates. A recent deployment referenced a task definition whose container crashed at startup, and the service kept trying to start new tasks until an engineer stepped in. The team wants future deployments whose tasks can't reach the `RUNNING` state to return automatically to the last completed deployment, without creating any CloudWatch alarms. What should the team configure?",
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Un desencadenador de reversión de CloudFormation en la pila que creó el servicio.',
          en: 'A CloudFormation rollback trigger on the stack that created the service.',
        },
        correct: false,
        explanation: {
          es: 'Los desencadenadores de reversión son alarmas de CloudWatch, que el equipo no quiere crear, y vigilan operaciones de la pila.',
          en: "Rollback triggers are CloudWatch alarms, which the team doesn't want to create, and they watch stack operations.",
        },
      },
      {
        id: 'b',
        text: {
          es: 'El interruptor de circuito de implementación con la opción `rollback` activada.',
          en: 'The deployment circuit breaker with the `rollback` option turned on.',
        },
        correct: true,
        explanation: {
          es: 'El interruptor marca como `FAILED` una implementación cuyas tareas no llegan a `RUNNING` y, con `rollback`, vuelve a la última implementación `COMPLETED`.',
          en: "The circuit breaker marks a deployment `FAILED` when its tasks don't reach `RUNNING` and, with `rollback`, returns to the last `COMPLETED` deployment.",
        },
      },
      {
        id: 'c',
        text: {
          es: 'Un `minimumHealthyPercent` de 100 para que las tareas antiguas sigan en ejecución.',
          en: 'A `minimumHealthyPercent` of 100 so that the old tasks keep running.',
        },
        correct: false,
        explanation: {
          es: 'Mantiene la capacidad durante la implementación, pero no la marca como fallida ni la revierte.',
          en: "It keeps capacity during the deployment, but it doesn't mark the deployment as failed or roll it back.",
        },
      },
      {
        id: 'd',
        text: {
          es: 'La reversión automática de un grupo de implementación de CodeDeploy para el servicio.',
          en: 'Automatic rollback in a CodeDeploy deployment group for the service.',
        },
        correct: false,
        explanation: {
          es: 'Exige cambiar el servicio al controlador `CODE_DEPLOY` (azul/verde); no se aplica a actualizaciones continuas.',
          en: "It requires moving the service to the `CODE_DEPLOY` controller (blue/green); it doesn't apply to rolling updates.",
        },
      },
    ],
    section: 'beyond/containers#circuit-breaker',
    source: {
      title: 'How the Amazon ECS deployment circuit breaker detects failures',
      url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-circuit-breaker.html',
    },
  },
  {
    id: 't3-3-codedeploy-rollback',
    task: '3.3',
    kind: 'multiple',
    stem: {
      es: 'Un equipo implementa en instancias de Amazon EC2 con AWS CodeDeploy. Quiere que una implementación se revierta sin intervención humana cuando una alarma de CloudWatch sobre la tasa de errores 5xx pase al estado `ALARM` durante la implementación. ¿Qué afirmaciones describen cómo configurarlo y qué ocurre? (Elige DOS.)',
      en: 'A team deploys to Amazon EC2 instances with AWS CodeDeploy. The team wants a deployment to be rolled back without human action when a CloudWatch alarm on the 5xx error rate goes into the `ALARM` state during the deployment. Which statements describe how to set this up and what happens? (Choose TWO.)',
    },
    options: [
      {
        id: 'a',
        text: {
          es: 'Añadir la alarma como desencadenador de reversión de CloudFormation en la aplicación y el grupo de CodeDeploy.',
          en: 'Add the alarm as a CloudFormation rollback trigger on the CodeDeploy application and deployment group.',
        },
        correct: false,
        explanation: {
          es: 'Los desencadenadores de reversión pertenecen a las operaciones de pilas de CloudFormation, no a aplicaciones de CodeDeploy.',
          en: 'Rollback triggers belong to CloudFormation stack operations, not to CodeDeploy applications.',
        },
      },
      {
        id: 'b',
        text: {
          es: 'CodeDeploy restaura cada instancia desde las instantáneas de EBS que tomó antes de empezar la implementación.',
          en: 'CodeDeploy restores each instance from the EBS snapshots that it took before the deployment started.',
        },
        correct: false,
        explanation: {
          es: 'CodeDeploy no toma instantáneas ni restaura nada: vuelve a implementar una revisión.',
          en: 'CodeDeploy takes no snapshots and restores nothing: it deploys a revision again.',
        },
      },
      {
        id: 'c',
        text: {
          es: 'Asociar la alarma al grupo de implementación y activar la reversión al alcanzar los umbrales de alarma.',
          en: 'Associate the alarm with the deployment group and turn on rollback when alarm thresholds are met.',
        },
        correct: true,
        explanation: {
          es: 'Un grupo de implementación puede revertir de forma automática cuando falla la implementación o cuando se alcanza un umbral de supervisión.',
          en: 'A deployment group can roll back automatically when a deployment fails or when a monitoring threshold is met.',
        },
      },
      {
        id: 'd',
        text: {
          es: 'CodeDeploy deshace la implementación fallida en el sitio, y la implementación conserva su ID original.',
          en: 'CodeDeploy undoes the failed deployment in place, and the deployment keeps its original ID.',
        },
        correct: false,
        explanation: {
          es: 'La reversión no deshace la implementación fallida: crea otra implementación, con otro ID.',
          en: "A rollback doesn't undo the failed deployment: it creates another deployment, with another ID.",
        },
      },
      {
        id: 'e',
        text: {
          es: 'La reversión es una implementación nueva, con un ID nuevo, de la última revisión implementada correctamente.',
          en: 'The rollback is a new deployment, with a new ID, of the last successfully deployed revision.',
        },
        correct: true,
        explanation: {
          es: 'CodeDeploy revierte implementando de nuevo la última revisión buena como una implementación nueva con su propio ID.',
          en: 'CodeDeploy rolls back by deploying the last good revision again as a new deployment with its own ID.',
        },
      },
    ],
    section: 'beyond/deployment#codedeploy-rollbacks',
    source: {
      title: 'Redeploy and roll back a deployment with CodeDeploy',
      url: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/deployments-rollback-and-redeploy.html',
    },
  },
];
