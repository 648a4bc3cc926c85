// EC2 purchase options. dva-c01: the notes as written (seed lines 166–228).
import {notStated, type ComparisonTableData, type EditionTables} from './comparisonTable';

type Ec2Column = 'discount' | 'commitment' | 'billing' | 'interruption' | 'bestFor' | 'hardware';

const dvaC01: ComparisonTableData<Ec2Column, 'discount'> = {
  caption: {es: 'Opciones de compra de EC2', en: 'EC2 purchase options'},
  rowHeader: {es: 'Opción', en: 'Option'},
  columns: {
    discount: {label: {es: 'Descuento frente a bajo demanda', en: 'Discount vs. On-Demand'}, sortable: true},
    commitment: {label: {es: 'Compromiso', en: 'Commitment'}},
    billing: {label: {es: 'Facturación y precio', en: 'Billing and price'}},
    interruption: {label: {es: 'Interrupción', en: 'Interruption'}},
    bestFor: {label: {es: 'Recomendada para', en: 'Best for'}},
    hardware: {label: {es: 'Hardware', en: 'Hardware'}},
  },
  rows: [
    {
      id: 'ec2-on-demand',
      label: {es: 'Instancias bajo demanda', en: 'On-Demand Instances'},
      cells: {
        discount: {es: '0\u00a0% (es la referencia y el costo más alto)', en: '0% (the baseline, and the highest cost)', sortValue: 0},
        commitment: {
          es: 'Sin compromiso a largo plazo ni pago por adelantado',
          en: 'No long-term commitment and no upfront payment',
        },
        billing: {
          es: 'Se paga por uso: cobro por segundo después del primer minuto',
          en: 'Pay for what you use: billed per second after the first minute',
        },
        interruption: notStated,
        bestFor: {
          es: 'Cargas de trabajo pequeñas, a corto plazo e ininterrumpidas, cuando no se puede predecir cómo se comportará la aplicación',
          en: 'Small, short-term, uninterrupted workloads whose application behavior you can’t predict',
        },
        hardware: notStated,
      },
    },
    {
      id: 'ec2-reserved',
      label: {es: 'Instancias reservadas', en: 'Reserved Instances'},
      cells: {
        discount: {es: 'Hasta un 75\u00a0%', en: 'Up to 75%', sortValue: 75},
        commitment: {
          es: 'Compromiso a largo plazo: reserva de 1 o 3 años de un tipo de instancia específico',
          en: 'Long-term commitment: a 1- or 3-year reservation of a specific instance type',
        },
        billing: {es: 'Se paga por adelantado', en: 'Paid upfront'},
        interruption: notStated,
        bestFor: {
          es: 'Trabajos largos; aplicaciones de uso en estado estacionario (piensa en bases de datos)',
          en: 'Long-running work; steady-state applications (think databases)',
        },
        hardware: notStated,
      },
    },
    {
      id: 'ec2-convertible-reserved',
      label: {es: 'Instancias reservadas convertibles', en: 'Convertible Reserved Instances'},
      cells: {
        discount: {es: 'Hasta un 54\u00a0%', en: 'Up to 54%', sortValue: 54},
        commitment: {
          es: 'Se puede cambiar el tipo de instancia EC2 (las notas no indican el plazo)',
          en: 'You can change the EC2 instance type (the notes don’t state the term)',
        },
        billing: notStated,
        interruption: notStated,
        bestFor: {es: 'Cuando se necesitan instancias flexibles', en: 'When you need flexible instances'},
        hardware: notStated,
      },
    },
    {
      id: 'ec2-scheduled-reserved',
      label: {es: 'Instancias reservadas programadas', en: 'Scheduled Reserved Instances'},
      cells: {
        discount: notStated,
        commitment: {
          es: 'Se lanzan dentro de la franja de tiempo que se reserva (p. ej., un día o una semana)',
          en: 'They launch within the time window you reserve (e.g. a day or a week)',
        },
        billing: notStated,
        interruption: notStated,
        bestFor: {
          es: 'Cuando se necesita una fracción del día, la semana o el mes',
          en: 'When you need a fraction of a day, week or month',
        },
        hardware: notStated,
      },
    },
    {
      id: 'ec2-spot',
      label: {es: 'Instancias de spot', en: 'Spot Instances'},
      cells: {
        discount: {es: 'Hasta un 90\u00a0%', en: 'Up to 90%', sortValue: 90},
        commitment: notStated,
        billing: {
          es: 'Se pide un precio y se obtiene la instancia mientras el precio de spot esté por debajo; el precio varía según la oferta y la demanda',
          en: 'You name a price and get the instance as long as the Spot price stays below it; the price varies with supply and demand',
        },
        interruption: {
          es: 'Se recupera con un aviso de 2 minutos cuando el precio de spot sube por encima de la oferta',
          en: 'Reclaimed with 2 minutes’ notice when the Spot price rises above your bid',
        },
        bestFor: {
          es: 'Cargas de trabajo pequeñas, trabajos por lotes, análisis de big data y cargas tolerantes a fallos; no es muy buena para trabajos críticos ni bases de datos',
          en: 'Small workloads, batch jobs, big data analysis and fault-tolerant workloads; not great for critical jobs or databases',
        },
        hardware: notStated,
      },
    },
    {
      id: 'ec2-dedicated-instances',
      label: {es: 'Instancias dedicadas', en: 'Dedicated Instances'},
      cells: {
        discount: notStated,
        commitment: notStated,
        billing: notStated,
        interruption: notStated,
        bestFor: notStated,
        hardware: {
          es: 'Hardware dedicado a ti: ningún otro cliente lo usa, pero se puede compartir con otras instancias de la misma cuenta; sin control de la ubicación de la instancia (puede cambiar de hardware tras detenerla e iniciarla)',
          en: 'Hardware dedicated to you: no other customer uses it, but it may be shared with other instances in the same account; no control over instance placement (it can move to other hardware after a stop/start)',
        },
      },
    },
    {
      id: 'ec2-dedicated-hosts',
      label: {es: 'Hosts dedicados', en: 'Dedicated Hosts'},
      cells: {
        discount: notStated,
        commitment: {
          es: 'Asignado a tu cuenta con una reserva de 3 años',
          en: 'Allocated to your account for a 3-year reservation',
        },
        billing: {es: 'Más caro', en: 'More expensive'},
        interruption: notStated,
        bestFor: {
          es: 'Software con un modelo de licencia complicado (BYOL, Bring Your Own License) o empresas con fuertes necesidades de regulación o cumplimiento',
          en: 'Software with a complicated licensing model (BYOL, Bring Your Own License), or companies with strong regulatory or compliance needs',
        },
        hardware: {
          es: 'Servidor físico de EC2 dedicado a tu uso: control total de la ubicación de las instancias y visibilidad de los sockets y núcleos físicos del hardware',
          en: 'A physical EC2 server dedicated to your use: full control of instance placement and visibility of the underlying sockets and physical cores',
        },
      },
    },
  ],
  note: {
    es: 'Precios según las notas: varían según la región, el tipo de instancia, la opción de compra (bajo demanda, spot, reservada, host dedicado) y el sistema operativo (Linux, Windows o privado: RHEL, SLES, Windows SQL). Se factura por segundos, con un mínimo de 60 segundos. También se paga el almacenamiento, la transferencia de datos, las direcciones IP públicas fijas y el balanceo de carga. No se paga la instancia mientras está detenida.',
    en: 'Pricing, per the notes: it varies by Region, instance type, purchase option (On-Demand, Spot, Reserved, Dedicated Host) and operating system (Linux, Windows or private: RHEL, SLES, Windows SQL). Billing is per second, with a 60-second minimum. You also pay for storage, data transfer, fixed public IP addresses and load balancing. You don’t pay for an instance while it is stopped.',
  },
};

export const ec2PurchaseOptions: EditionTables = {'dva-c01': dvaC01};
