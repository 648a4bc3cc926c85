// Elastic Load Balancing types. dva-c01: the notes as written (seed lines 273–336).
// dva-c02: today's four types (sources: ELB API reference "Welcome"; ELB documentation index; AWS
// "Elastic Load Balancing features" comparison; NLB User Guide on listeners and client IP
// preservation; Gateway Load Balancer User Guide; Classic Load Balancer User Guide on listeners).
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

type ElbC02Column = 'layer' | 'protocols' | 'generation' | 'routing' | 'staticIp' | 'clientIp';

const dvaC02: ComparisonTableData<ElbC02Column, 'layer'> = {
  caption: {es: 'Tipos de balanceadores de carga (ELB)', en: 'Elastic Load Balancing (ELB) load balancer types'},
  rowHeader: {es: 'Tipo', en: 'Type'},
  columns: {
    layer: {label: {es: 'Capa OSI', en: 'OSI layer'}, sortable: true},
    protocols: {label: {es: 'Protocolos', en: 'Protocols'}},
    generation: {label: {es: 'Generación', en: 'Generation'}},
    routing: {label: {es: 'Qué hace con el tráfico', en: 'What it does with traffic'}},
    staticIp: {label: {es: 'IP estática', en: 'Static IP'}},
    clientIp: {label: {es: '¿Ve el destino la IP del cliente?', en: 'Does the target see the client IP?'}},
  },
  rows: [
    {
      id: 'elb-alb',
      label: {es: 'Application Load Balancer (ALB)', en: 'Application Load Balancer (ALB)'},
      cells: {
        layer: {es: 'Capa 7 (aplicación)', en: 'Layer 7 (application)', sortValue: 7},
        protocols: {
          es: 'HTTP y HTTPS, con WebSockets, HTTP/2 y gRPC',
          en: 'HTTP and HTTPS, with WebSockets, HTTP/2 and gRPC',
        },
        generation: {es: 'Actual (v2)', en: 'Current (v2)'},
        routing: {
          es: 'Enruta según el contenido de la solicitud: ruta, nombre de host, cabeceras HTTP…; también redirige y da respuestas fijas',
          en: 'Routes on the request’s content: path, host name, HTTP headers…; it can also redirect and return fixed responses',
        },
        staticIp: {es: 'No', en: 'No'},
        clientIp: {
          es: 'No directamente: la IP del cliente llega en la cabecera `X-Forwarded-For`',
          en: 'Not directly: the client IP arrives in the `X-Forwarded-For` header',
        },
      },
    },
    {
      id: 'elb-nlb',
      label: {es: 'Network Load Balancer (NLB)', en: 'Network Load Balancer (NLB)'},
      cells: {
        layer: {es: 'Capa 4 (transporte)', en: 'Layer 4 (transport)', sortValue: 4},
        protocols: {es: 'TCP, TLS, UDP, TCP_UDP y QUIC', en: 'TCP, TLS, UDP, TCP_UDP and QUIC'},
        generation: {es: 'Actual (v2)', en: 'Current (v2)'},
        routing: {
          es: 'Reenvía conexiones a los destinos sin mirar su contenido; para tráfico TCP, UDP y TLS que exige un rendimiento extremo',
          en: 'Forwards connections to targets without looking at their content; for TCP, UDP and TLS traffic that needs extreme performance',
        },
        staticIp: {
          es: 'Sí: una IP estática por AZ, o una IP elástica',
          en: 'Yes: a static IP per AZ, or an Elastic IP address',
        },
        clientIp: {
          es: 'Sí por defecto con destinos de tipo instancia y con UDP, TCP_UDP y QUIC; con destinos de tipo IP y TCP o TLS viene desactivado (se puede activar)',
          en: 'Yes by default with instance targets and with UDP, TCP_UDP and QUIC; with IP targets over TCP or TLS it is off by default (you can turn it on)',
        },
      },
    },
    {
      id: 'elb-gwlb',
      label: {es: 'Gateway Load Balancer (GWLB)', en: 'Gateway Load Balancer (GWLB)'},
      cells: {
        layer: {es: 'Capa 3 (red)', en: 'Layer 3 (network)', sortValue: 3},
        protocols: {
          es: 'Todos los paquetes IP en todos los puertos; hacia los dispositivos usa GENEVE en el puerto 6081',
          en: 'All IP packets on all ports; towards the appliances it uses GENEVE on port 6081',
        },
        generation: {es: 'Actual (v2)', en: 'Current (v2)'},
        routing: {
          es: 'Reparte el tráfico entre una flota de dispositivos virtuales, como cortafuegos, para inspeccionarlo',
          en: 'Spreads traffic across a fleet of virtual appliances, such as firewalls, to inspect it',
        },
        staticIp: {es: 'No', en: 'No'},
        clientIp: {
          es: 'Sí: el dispositivo recibe el paquete original, encapsulado en GENEVE',
          en: 'Yes: the appliance receives the original packet, encapsulated in GENEVE',
        },
      },
    },
    {
      id: 'elb-clb',
      label: {es: 'Classic Load Balancer (CLB)', en: 'Classic Load Balancer (CLB)'},
      cells: {
        layer: {es: 'Capas 4 y 7', en: 'Layers 4 and 7', sortValue: null},
        protocols: {es: 'HTTP, HTTPS, TCP y SSL', en: 'HTTP, HTTPS, TCP and SSL'},
        generation: {
          es: 'Generación anterior (v1): AWS recomienda migrar a ALB o NLB',
          en: 'Previous generation (v1): AWS recommends migrating to ALB or NLB',
        },
        routing: {
          es: 'Reparte el tráfico entre instancias EC2 de varias AZ, sin reglas por contenido',
          en: 'Spreads traffic across EC2 instances in several AZs, with no content-based rules',
        },
        staticIp: {es: 'No', en: 'No'},
        clientIp: {
          es: 'No conserva la IP de origen; con oyentes HTTP/HTTPS llega en `X-Forwarded-For`',
          en: 'It doesn’t preserve the source IP; with HTTP/HTTPS listeners it arrives in `X-Forwarded-For`',
        },
      },
    },
  ],
  note: {
    es: 'ALB para HTTP y HTTPS con enrutamiento por contenido; NLB para TCP, UDP y TLS con rendimiento extremo; GWLB para dispositivos virtuales; CLB es la generación anterior. Todos comprueban el estado de sus destinos y solo les envían tráfico si están sanos.',
    en: 'ALB for HTTP and HTTPS with content-based routing; NLB for TCP, UDP and TLS with extreme performance; GWLB for virtual appliances; CLB is the previous generation. All of them health-check their targets and only route traffic to healthy ones.',
  },
};

export const elbTypes: EditionTables = {'dva-c01': dvaC01, 'dva-c02': dvaC02};
