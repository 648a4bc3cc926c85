// EC2 purchase options, current edition (sources: AWS whitepaper "Amazon EC2 Reserved Instances and
// Other AWS Reservation Models" for 72 %; EC2 Reserved Instances pricing page for 54 %; Savings Plans
// User Guide for 66 %/72 %; EC2 API reference PurchaseScheduledInstances; EC2 User Guide on Spot pricing,
// rebalance recommendations and Dedicated Hosts; EC2 API reference CreateCapacityReservation).
import type {ComparisonTableData} from './types';

type Ec2Column = 'discount' | 'commitment' | 'billing' | 'interruption' | 'bestFor' | 'hardware';

export const ec2PurchaseOptions: ComparisonTableData<Ec2Column, 'discount'> = {
  caption: {es: 'Opciones de compra de EC2', en: 'EC2 purchase options'},
  rowHeader: {es: 'Opción', en: 'Option'},
  columns: {
    discount: {label: {es: 'Descuento frente a bajo demanda', en: 'Discount vs. On-Demand'}, sortable: true},
    commitment: {label: {es: 'Compromiso', en: 'Commitment'}},
    billing: {label: {es: 'Facturación y precio', en: 'Billing and price'}},
    interruption: {label: {es: 'Interrupción', en: 'Interruption'}},
    bestFor: {label: {es: 'Recomendada para', en: 'Best for'}},
    hardware: {label: {es: 'Hardware y capacidad', en: 'Hardware and capacity'}},
  },
  rows: [
    {
      id: 'ec2-on-demand',
      label: {es: 'Instancias bajo demanda', en: 'On-Demand Instances'},
      cells: {
        discount: {es: '0\u00a0% (es el precio de referencia)', en: '0% (the reference price)', sortValue: 0},
        commitment: {es: 'Ninguno: sin plazo ni pago por adelantado', en: 'None: no term and no upfront payment'},
        billing: {
          es: 'Se paga lo que se usa: por segundo con un mínimo de 60 segundos (algunos sistemas operativos y productos de Marketplace se facturan por hora)',
          en: 'Pay for what you use: per second with a 60-second minimum (some operating systems and Marketplace products are billed per hour)',
        },
        interruption: {es: 'No: la detienes o terminas tú', en: 'No: you stop or terminate it yourself'},
        bestFor: {
          es: 'Cargas cortas, irregulares o impredecibles que no se pueden interrumpir',
          en: "Short, irregular or unpredictable workloads that can't be interrupted",
        },
        hardware: {
          es: 'Hardware compartido por defecto; sin capacidad garantizada (para eso, reservas de capacidad bajo demanda)',
          en: 'Shared hardware by default; no guaranteed capacity (use On-Demand Capacity Reservations for that)',
        },
      },
    },
    {
      id: 'ec2-reserved',
      label: {es: 'Instancias reservadas estándar', en: 'Standard Reserved Instances'},
      cells: {
        discount: {es: 'Hasta un 72\u00a0%', en: 'Up to 72%', sortValue: 72},
        commitment: {
          es: '1 o 3 años (3 años da más descuento) para unos atributos fijos: tipo de instancia, región, tenencia y plataforma',
          en: '1 or 3 years (3 years gives a bigger discount) for fixed attributes: instance type, Region, tenancy and platform',
        },
        billing: {
          es: 'Todo por adelantado, parte por adelantado o nada por adelantado; es un descuento de facturación sobre el uso que coincide, y se paga todo el plazo aunque no se use',
          en: 'All Upfront, Partial Upfront or No Upfront; it is a billing discount on matching usage, and you pay for the whole term whether you use it or not',
        },
        interruption: {es: 'No', en: 'No'},
        bestFor: {
          es: 'Uso estable y previsible durante años (piensa en bases de datos)',
          en: 'Steady, predictable usage over years (think databases)',
        },
        hardware: {
          es: 'No es una instancia dedicada; comprada para una AZ concreta también reserva capacidad allí, comprada para una región no',
          en: "Not a dedicated instance; bought for a specific AZ it also reserves capacity there, bought for a Region it doesn't",
        },
      },
    },
    {
      id: 'ec2-convertible-reserved',
      label: {es: 'Instancias reservadas convertibles', en: 'Convertible Reserved Instances'},
      cells: {
        discount: {
          es: 'Hasta un 54\u00a0%, menos que las estándar (hasta un 72\u00a0%)',
          en: 'Up to 54%, less than Standard RIs (up to 72%)',
          sortValue: 54,
        },
        commitment: {
          es: '1 o 3 años; durante el plazo se pueden cambiar por otra reserva convertible de igual o mayor valor',
          en: '1 or 3 years; during the term they can be exchanged for another Convertible RI of equal or higher value',
        },
        billing: {
          es: 'Todo por adelantado, parte por adelantado o nada por adelantado, como las estándar',
          en: 'All Upfront, Partial Upfront or No Upfront, like Standard RIs',
        },
        interruption: {es: 'No', en: 'No'},
        bestFor: {
          es: 'Uso estable cuando el tipo de instancia puede cambiar durante el plazo',
          en: 'Steady usage when the instance type may change during the term',
        },
        hardware: {
          es: 'No es una instancia dedicada: es un descuento de facturación',
          en: 'Not a dedicated instance: it is a billing discount',
        },
      },
    },
    {
      id: 'ec2-scheduled-reserved',
      label: {es: 'Instancias reservadas programadas', en: 'Scheduled Reserved Instances'},
      cells: {
        discount: {
          es: 'Ya no se pueden comprar: AWS dejó de ofrecerlas',
          en: 'Can no longer be purchased: AWS stopped offering them',
          sortValue: null,
        },
        commitment: {
          es: 'Eran un plazo de 1 año para una franja horaria que se repetía (diaria, semanal o mensual)',
          en: 'They were a 1-year term for a recurring time window (daily, weekly or monthly)',
        },
        billing: {
          es: 'Se compraban por horas dentro de la franja; una compra hecha no se podía cancelar, modificar ni revender',
          en: "Capacity was bought by the hour within the window; a purchase couldn't be canceled, modified, or resold",
        },
        interruption: {es: 'No aplica: ya no se venden', en: 'Not applicable: no longer sold'},
        bestFor: {
          es: 'Nada nuevo: para asegurar capacidad en fechas concretas hay reservas de capacidad bajo demanda, inmediatas o para una fecha futura',
          en: "Nothing, since they can't be bought: to secure capacity for specific dates, use On-Demand Capacity Reservations, either immediate or future-dated",
        },
        hardware: {es: 'No aplica: ya no se venden', en: 'Not applicable: no longer sold'},
      },
    },
    {
      id: 'ec2-spot',
      label: {es: 'Instancias de spot', en: 'Spot Instances'},
      cells: {
        discount: {es: 'Hasta un 90\u00a0%', en: 'Up to 90%', sortValue: 90},
        commitment: {es: 'Ninguno', en: 'None'},
        billing: {
          es: 'Sin pujas: se paga el precio de spot vigente, que fija EC2 y ajusta poco a poco según la oferta y la demanda a largo plazo; un precio máximo es opcional y AWS no lo recomienda (aumenta las interrupciones)',
          en: 'No bidding: you pay the current Spot price, set by EC2 and adjusted gradually to long-term supply and demand; a maximum price is optional and AWS advises against it (it increases interruptions)',
        },
        interruption: {
          es: 'EC2 la interrumpe sobre todo cuando necesita recuperar la capacidad, con un aviso de 2 minutos; antes puede llegar una recomendación de reequilibrio (rebalance recommendation)',
          en: 'EC2 interrupts it mainly when it needs the capacity back, with a 2-minute notice; a rebalance recommendation may arrive before that',
        },
        bestFor: {
          es: 'Cargas sin estado, tolerantes a fallos y flexibles: lotes, entrenamiento de ML, ETL de big data, procesamiento de colas; no para trabajos críticos',
          en: 'Stateless, fault-tolerant, flexible workloads: batch jobs, ML training, big data ETL, queue processing; not for critical jobs',
        },
        hardware: {es: 'Capacidad de EC2 sin usar (spare)', en: 'Spare EC2 capacity'},
      },
    },
    {
      id: 'ec2-savings-plans',
      label: {es: 'Savings Plans', en: 'Savings Plans'},
      cells: {
        discount: {
          es: 'Compute Savings Plans: hasta un 66\u00a0%; EC2 Instance Savings Plans: hasta un 72\u00a0%',
          en: 'Compute Savings Plans: up to 66%; EC2 Instance Savings Plans: up to 72%',
          sortValue: 72,
        },
        commitment: {
          es: 'Un gasto constante en USD por hora durante 1 o 3 años',
          en: 'A consistent spend in USD per hour for 1 or 3 years',
        },
        billing: {
          es: 'Todo, parte o nada por adelantado; el uso hasta el compromiso se paga al precio del plan y el resto, bajo demanda',
          en: "All, Partial or No Upfront; usage up to the commitment is billed at the plan's price and the rest On-Demand",
        },
        interruption: {es: 'No', en: 'No'},
        bestFor: {
          es: 'Uso estable que puede cambiar: Compute vale para cualquier familia, tamaño, región o SO, y también para Fargate y Lambda; EC2 Instance, para una familia en una región',
          en: 'Steady usage that may change: Compute covers any family, size, Region or OS, plus Fargate and Lambda; EC2 Instance covers one family in one Region',
        },
        hardware: {
          es: 'Cualquier tenencia (compartida, dedicada o host dedicado); no reserva capacidad',
          en: 'Any tenancy (shared, dedicated or Dedicated Host); reserves no capacity',
        },
      },
    },
    {
      id: 'ec2-dedicated-instances',
      label: {es: 'Instancias dedicadas', en: 'Dedicated Instances'},
      cells: {
        discount: {
          es: 'Sin cifra propia: es una tenencia, no una forma de pago',
          en: 'No figure of its own: it is a tenancy, not a way to pay',
          sortValue: null,
        },
        commitment: {es: 'Ninguno propio', en: 'None of its own'},
        billing: {es: 'Por instancia', en: 'Per instance'},
        interruption: {es: 'No', en: 'No'},
        bestFor: {
          es: 'Ejecutar en hardware dedicado a tu cuenta sin gestionar el servidor; no admite licencias propias (BYOL)',
          en: 'Running on hardware dedicated to your account without managing the server; no Bring Your Own License (BYOL)',
        },
        hardware: {
          es: 'Servidor físico dedicado a tu cuenta, sin visibilidad de sockets ni núcleos, sin afinidad con el host ni colocación dirigida; admite la recuperación automática de instancias',
          en: 'A physical server dedicated to your account, with no visibility of sockets or cores, no host affinity and no targeted placement; supports automatic instance recovery',
        },
      },
    },
    {
      id: 'ec2-dedicated-hosts',
      label: {es: 'Hosts dedicados', en: 'Dedicated Hosts'},
      cells: {
        discount: {
          es: 'Las reservas de host dedicado y los Savings Plans abaratan el precio bajo demanda (sin cifra única)',
          en: 'Dedicated Host Reservations and Savings Plans lower the On-Demand price (no single figure)',
          sortValue: null,
        },
        commitment: {
          es: 'Bajo demanda sin plazo (se libera cuando quieras) o reserva de host dedicado de 1 o 3 años',
          en: 'On-Demand with no term (release it any time) or a Dedicated Host Reservation for 1 or 3 years',
        },
        billing: {
          es: 'Por host y por hora, sea cual sea el número o el tamaño de las instancias que ejecutes en él',
          en: 'Per host, per hour, whatever the number or size of the instances you run on it',
        },
        interruption: {es: 'No', en: 'No'},
        bestFor: {
          es: 'Licencias propias por socket, por núcleo o por VM (BYOL) y su cumplimiento',
          en: 'Your own per-socket, per-core or per-VM licenses (BYOL) and license compliance',
        },
        hardware: {
          es: 'Servidor físico de EC2 entero para ti: visibilidad de sockets y núcleos físicos, afinidad con el host y colocación dirigida de las instancias',
          en: 'A whole physical EC2 server for you: visibility of sockets and physical cores, host affinity and targeted instance placement',
        },
      },
    },
  ],
  note: {
    es: 'Los porcentajes son máximos ("hasta"). Una instancia detenida no paga uso, pero sí sus volúmenes de EBS. Para asegurar capacidad sin descuento ni plazo existen las reservas de capacidad bajo demanda: reservan capacidad en una AZ concreta durante el tiempo que quieras.',
    en: 'Percentages are maximums ("up to"). A stopped instance isn\'t billed for usage, but its EBS volumes are. To secure capacity without a discount or a term there are On-Demand Capacity Reservations: they reserve capacity in a specific AZ for any duration.',
  },
};
