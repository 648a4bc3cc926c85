// ElastiCache caching strategies. dva-c01: the notes as written (seed lines 535–537).
import type {ComparisonTableData, EditionTables} from './comparisonTable';

const dvaC01: ComparisonTableData<'howCacheIsFilled'> = {
  caption: {es: 'Estrategias de caché en ElastiCache', en: 'ElastiCache caching strategies'},
  rowHeader: {es: 'Estrategia', en: 'Strategy'},
  columns: {
    howCacheIsFilled: {label: {es: 'Cómo se llena la caché', en: 'How the cache is filled'}},
  },
  rows: [
    {
      id: 'cache-lazy-loading',
      label: {es: 'Carga diferida (lazy loading)', en: 'Lazy loading'},
      cells: {
        howCacheIsFilled: {es: 'Carga los datos cuando se necesitan', en: 'Loads data when it is needed'},
      },
    },
    {
      id: 'cache-write-through',
      label: {es: 'Escritura simultánea (write-through)', en: 'Write-through'},
      cells: {
        howCacheIsFilled: {
          es: 'Actualiza los datos en caché cada vez que se actualiza la base de datos',
          en: 'Updates the cached data whenever the database is updated',
        },
      },
    },
  ],
  note: {
    es: 'Las notas no describen las ventajas ni los inconvenientes de cada estrategia.',
    en: 'The notes don’t describe the pros and cons of either strategy.',
  },
};

export const cachingStrategies: EditionTables = {'dva-c01': dvaC01};
