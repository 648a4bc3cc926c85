// ElastiCache caching strategies, current edition, with AWS's pros and cons (source: ElastiCache User
// Guide, "Caching strategies": lazy loading, write-through, adding TTL).
import type {ComparisonTableData} from './types';

type CachingColumn = 'howCacheIsFilled' | 'advantages' | 'disadvantages';

export const cachingStrategies: ComparisonTableData<CachingColumn> = {
  caption: {es: 'Estrategias de caché en ElastiCache', en: 'ElastiCache caching strategies'},
  rowHeader: {es: 'Estrategia', en: 'Strategy'},
  columns: {
    howCacheIsFilled: {label: {es: 'Cómo se llena la caché', en: 'How the cache is filled'}},
    advantages: {label: {es: 'Ventajas', en: 'Advantages'}},
    disadvantages: {label: {es: 'Inconvenientes', en: 'Disadvantages'}},
  },
  rows: [
    {
      id: 'cache-lazy-loading',
      label: {es: 'Carga diferida (lazy loading)', en: 'Lazy loading'},
      cells: {
        howCacheIsFilled: {
          es: 'Solo cuando se piden los datos: si no están en la caché (o han caducado), la aplicación los lee de la base de datos y los escribe en la caché',
          en: "Only when data is requested: if it isn't in the cache (or has expired), the application reads it from the database and writes it to the cache",
        },
        advantages: {
          es: 'Solo se guarda lo que se pide; si un nodo falla y lo sustituye uno vacío, la aplicación sigue funcionando, con más latencia',
          en: 'Only requested data is cached; if a node fails and an empty one replaces it, the application keeps working, with more latency',
        },
        disadvantages: {
          es: 'Penalización por fallo de caché: tres viajes (caché, base de datos, escritura en caché); los datos pueden quedar obsoletos si cambian en la base de datos',
          en: 'A cache miss penalty: three trips (cache, database, write to cache); data can go stale when it changes in the database',
        },
      },
    },
    {
      id: 'cache-write-through',
      label: {es: 'Escritura simultánea (write-through)', en: 'Write-through'},
      cells: {
        howCacheIsFilled: {
          es: 'Cada vez que se escribe en la base de datos, se añade o actualiza el dato en la caché',
          en: 'Whenever data is written to the database, it is added or updated in the cache',
        },
        advantages: {
          es: 'Los datos de la caché nunca están obsoletos; la penalización pasa a la escritura (dos viajes), que los usuarios toleran mejor que una lectura lenta',
          en: 'Data in the cache is never stale; the penalty moves to writes (two trips), which users tolerate better than slow reads',
        },
        disadvantages: {
          es: 'Faltan datos en un nodo nuevo hasta que se escriban (se combina con la carga diferida); se llena de datos que casi nunca se leen (se limita con TTL)',
          en: 'A new node lacks data until it is written (combine it with lazy loading); the cache fills with data that is mostly never read (limit it with a TTL)',
        },
      },
    },
    {
      id: 'cache-ttl',
      label: {es: 'Añadir TTL (tiempo de vida)', en: 'Adding TTL (time to live)'},
      cells: {
        howCacheIsFilled: {
          es: 'Se combina con las anteriores: cada clave caduca tras un número de segundos; leer una clave caducada cuenta como fallo, se consulta la base de datos y se actualiza la caché',
          en: 'Combined with the others: each key expires after a number of seconds; reading an expired key counts as a miss, the database is queried and the cache updated',
        },
        advantages: {
          es: 'Reúne las ventajas de ambas estrategias, evita que los datos envejezcan demasiado y que la caché se llene de datos de más',
          en: 'Gets the advantages of both strategies, keeps data from getting too stale and keeps the cache from filling with extra data',
        },
        disadvantages: {
          es: 'No garantiza que un valor no esté obsoleto; los valores se refrescan de vez en cuando desde la base de datos',
          en: "It doesn't guarantee that a value isn't stale; values are refreshed from the database from time to time",
        },
      },
    },
  ],
  note: {
    es: 'La estrategia depende de los datos y de cómo se accede a ellos; la carga diferida y la escritura simultánea suelen usarse juntas, con TTL.',
    en: 'The right strategy depends on the data and how it is accessed; lazy loading and write-through are often used together, with a TTL.',
  },
};
