// Elastic Load Balancing types. dva-c01: the notes as written (seed lines 273–336).
import {notStated, type ComparisonTableData, type EditionTables} from './comparisonTable';

type ElbColumn = 'layer' | 'protocols' | 'launched' | 'routing' | 'staticIp' | 'clientIp';

const dvaC01: ComparisonTableData<ElbColumn, 'layer' | 'launched'> = {
  caption: {es: 'Tipos de balanceadores de carga (ELB)', en: 'Elastic Load Balancing (ELB) load balancer types'},
  rowHeader: {es: 'Tipo', en: 'Type'},
  columns: {
    layer: {label: {es: 'Capa OSI', en: 'OSI layer'}, sortable: true},
    protocols: {label: {es: 'Protocolos', en: 'Protocols'}},
    launched: {label: {es: 'Generación y lanzamiento', en: 'Generation and launch'}, sortable: true},
    routing: {label: {es: 'Enrutamiento', en: 'Routing'}},
    staticIp: {label: {es: 'IP estática', en: 'Static IP'}},
    clientIp: {label: {es: '¿Ve la IP del cliente?', en: 'Sees the client IP?'}},
  },
  rows: [
    {
      id: 'elb-clb',
      label: {es: 'Classic Load Balancer (CLB)', en: 'Classic Load Balancer (CLB)'},
      cells: {
        layer: notStated,
        protocols: notStated,
        launched: {es: 'v1, 2009; obsoleto', en: 'v1, 2009; obsolete', sortValue: 2009},
        routing: {
          es: 'Antes hacía falta un CLB por aplicación: muy caro e ineficiente',
          en: 'You used to need one CLB per application: very expensive and inefficient',
        },
        staticIp: notStated,
        clientIp: notStated,
      },
    },
    {
      id: 'elb-alb',
      label: {es: 'Application Load Balancer (ALB)', en: 'Application Load Balancer (ALB)'},
      cells: {
        layer: {es: 'Capa 7', en: 'Layer 7', sortValue: 7},
        protocols: {es: 'HTTP/HTTPS y WebSockets', en: 'HTTP/HTTPS and WebSockets'},
        launched: {es: 'v2 (nueva generación), 2016', en: 'v2 (new generation), 2016', sortValue: 2016},
        routing: {
          es: 'Por ruta y por nombre de host en la URL; varias aplicaciones en la misma máquina (contenedores), con mapeo dinámico de puertos',
          en: 'By path and by host name in the URL; several applications on the same machine (containers), with dynamic port mapping',
        },
        staticIp: notStated,
        clientIp: {
          es: 'No directamente: la IP real del cliente llega en la cabecera `X-Forwarded-For` (y el puerto y el protocolo en `X-Forwarded-Port` y `X-Forwarded-Proto`)',
          en: 'Not directly: the client’s real IP arrives in the `X-Forwarded-For` header (and the port and protocol in `X-Forwarded-Port` and `X-Forwarded-Proto`)',
        },
      },
    },
    {
      id: 'elb-nlb',
      label: {es: 'Network Load Balancer (NLB)', en: 'Network Load Balancer (NLB)'},
      cells: {
        layer: {es: 'Capa 4', en: 'Layer 4', sortValue: 4},
        protocols: {es: 'TCP', en: 'TCP'},
        launched: {es: 'v2 (nueva generación), 2017', en: 'v2 (new generation), 2017', sortValue: 2017},
        routing: {
          es: 'Reenvía el tráfico TCP a las instancias; maneja millones de solicitudes por segundo',
          en: 'Forwards TCP traffic to your instances; handles millions of requests per second',
        },
        staticIp: {es: 'Sí: IP estática o IP elástica', en: 'Yes: a static IP or an Elastic IP address'},
        clientIp: {es: 'Sí: ve al cliente directamente', en: 'Yes: it sees the client directly'},
      },
    },
  ],
  note: {
    es: 'Amazon recomienda la nueva generación: ALB para HTTP/HTTPS y WebSockets; NLB para TCP y rendimiento extremo, pero no como opción por defecto. Todos los ELB tienen comprobaciones de estado y un nombre de host fijo, y pueden ser públicos o privados.',
    en: 'Amazon recommends the new generation: ALB for HTTP/HTTPS and WebSockets; NLB for TCP and extreme performance, but not as the default choice. Every load balancer has health checks and a fixed host name, and can be public or private.',
  },
};

export const elbTypes: EditionTables = {'dva-c01': dvaC01};
