// Elastic Load Balancing types, current edition (sources: ELB API reference "Welcome"; ELB documentation
// index; AWS "Elastic Load Balancing features" comparison; NLB User Guide on listeners and client IP
// preservation; Gateway Load Balancer User Guide; Classic Load Balancer User Guide on listeners).
import type {ComparisonTableData} from './types';

type ElbColumn = 'layer' | 'protocols' | 'generation' | 'routing' | 'staticIp' | 'clientIp';

export const elbTypes: ComparisonTableData<ElbColumn, 'layer'> = {
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
          es: 'Enruta según el contenido de la solicitud: ruta, nombre de host, encabezados HTTP…; también redirige y da respuestas fijas',
          en: "Routes on the request's content: path, host name, HTTP headers…; it can also redirect and return fixed responses",
        },
        staticIp: {es: 'No', en: 'No'},
        clientIp: {
          es: 'No directamente: la IP del cliente llega en el encabezado `X-Forwarded-For`',
          en: 'Not directly: the client IP arrives in the `X-Forwarded-For` header',
        },
      },
    },
    {
      id: 'elb-nlb',
      label: {es: 'Network Load Balancer (NLB)', en: 'Network Load Balancer (NLB)'},
      cells: {
        layer: {es: 'Capa 4 (transporte)', en: 'Layer 4 (transport)', sortValue: 4},
        protocols: {es: 'TCP, TLS, UDP, TCP_UDP, QUIC y TCP_QUIC', en: 'TCP, TLS, UDP, TCP_UDP, QUIC and TCP_QUIC'},
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
          es: 'Reparte el tráfico entre instancias de EC2 de varias AZ, sin reglas por contenido',
          en: 'Spreads traffic across EC2 instances in several AZs, with no content-based rules',
        },
        staticIp: {es: 'No', en: 'No'},
        clientIp: {
          es: 'No conserva la IP de origen; con agentes de escucha HTTP/HTTPS llega en `X-Forwarded-For`',
          en: "It doesn't preserve the source IP; with HTTP/HTTPS listeners it arrives in `X-Forwarded-For`",
        },
      },
    },
  ],
  note: {
    es: 'ALB para HTTP y HTTPS con enrutamiento por contenido; NLB para TCP, UDP y TLS con rendimiento extremo; GWLB para dispositivos virtuales; CLB es la generación anterior. Todos comprueban el estado de sus destinos y solo les envían tráfico si están en buen estado.',
    en: 'ALB for HTTP and HTTPS with content-based routing; NLB for TCP, UDP and TLS with extreme performance; GWLB for virtual appliances; CLB is the previous generation. All of them health-check their targets and only route traffic to healthy ones.',
  },
};
