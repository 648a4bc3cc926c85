// The site's Spanish vocabulary: one word per AWS concept (AWS's own Spanish documentation where it has one),
// and the forms the site never writes. tests/unit/vocabulary.test.ts fails when a rejected form comes back in
// text the site writes in Spanish: the pages beyond the notes, the `es` strings of src/data, the Spanish UI
// strings (i18n/es) and the site's own notes (Actualización, Corrección, Para el examen…) on the notes' pages.
// The notes' own wording (the author's text, and the frozen editions) is not checked: it stays as written.
//
// Matching is per whole word or phrase, case-insensitive and accent-blind ("Encriptacion" is caught like
// "encriptación"), and a space in a form matches any run of white space (a phrase broken across lines).
// cspell:ignore desencriptar encriptacion
// Concepts whose rejected word is also a right word elsewhere are left out and reviewed by hand: "función"
// (a Lambda function, never a feature: write "característica" or "funcionalidad") and "partición" (a
// DynamoDB partition, never a Kinesis shard: write "fragmento").

export interface VocabularyRule {
  /** The concept, in English ("deployment"). */
  readonly concept: string;
  /** What the site writes in Spanish. */
  readonly use: string;
  /** Forms the site never writes for it: whole words or phrases, any case, with or without accents. */
  readonly rejected: readonly string[];
}

export const vocabulary: readonly VocabularyRule[] = [
  {
    concept: 'deployment',
    use: 'implementación (implementar)',
    rejected: [
      'despliegue',
      'despliegues',
      'desplegar',
      'desplegarla',
      'desplegarlas',
      'desplegarlo',
      'desplegarlos',
      'desplegado',
      'desplegada',
      'desplegados',
      'desplegadas',
      'desplegando',
      'despliega',
      'despliegan',
      'despliegas',
      'desplegamos',
      'desplegará',
      'desplegarán',
      'desplieguen',
    ],
  },
  {
    concept: 'canary',
    use: 'canario (*canary* at first use)',
    rejected: ['versión canary', 'versiones canary', 'de valor controlado'],
  },
  {concept: 'trigger', use: 'desencadenador', rejected: ['disparador', 'disparadores']},
  {
    concept: 'shard (Kinesis)',
    use: 'fragmento',
    rejected: ['partición de Kinesis', 'particiones de Kinesis', 'partición del flujo', 'particiones del flujo'],
  },
  {concept: 'visibility timeout', use: 'tiempo de espera de visibilidad', rejected: ['tiempo de visibilidad']},
  {
    concept: 'redrive policy',
    use: 'política de redireccionamiento',
    rejected: ['política de redrive', 'políticas de redrive'],
  },
  {concept: 'endpoint', use: 'punto de conexión', rejected: ['punto de enlace', 'puntos de enlace']},
  {
    concept: 'event source mapping',
    use: 'asignación de orígenes de eventos',
    rejected: [
      'mapeo de orígenes de eventos',
      'mapeos de orígenes de eventos',
      'mapeo de origen de eventos',
      'mapeos de origen de eventos',
      'mapeo de fuentes de eventos',
      'mapeos de fuentes de eventos',
    ],
  },
  {
    concept: 'consistency',
    use: 'coherencia (de coherencia final, de coherencia alta)',
    rejected: ['consistencia', 'consistencias', 'consistente', 'consistentes', 'eventualmente'],
  },
  {concept: 'backoff', use: 'retardo exponencial', rejected: ['retroceso']},
  {concept: 'cost', use: 'costo', rejected: ['coste', 'costes']},
  {concept: 'header', use: 'encabezado', rejected: ['cabecera', 'cabeceras']},
  {concept: 'listener', use: 'agente de escucha', rejected: ['oyente', 'oyentes']},
  {concept: 'healthy', use: 'en buen estado', rejected: ['sano', 'sana', 'sanos', 'sanas']},
  {concept: 'EC2 instance', use: 'instancia de EC2', rejected: ['instancia EC2', 'instancias EC2']},
  {concept: 'you', use: 'tú, or an impersonal sentence', rejected: ['usted', 'ustedes']},
  {concept: 'by hand', use: 'manualmente', rejected: ['a mano']},
  {concept: 'supports', use: 'admite', rejected: ['aguanta', 'aguantan']},
  {concept: 'succeeds', use: 'se procesa correctamente', rejected: ['sale bien', 'salen bien']},
  {
    concept: 'encryption',
    use: 'cifrado (cifrar, descifrar)',
    rejected: [
      'encriptación',
      'encriptar',
      'encripta',
      'encriptan',
      'encriptado',
      'encriptada',
      'encriptados',
      'encriptadas',
      'desencriptar',
      'desencriptación',
    ],
  },
  {concept: 'IDs', use: 'ID (invariable)', rejected: ['IDs']},
];

/** Quotation marks the site never writes, in either language: straight double quotes "…" and apostrophes ('). */
export const rejectedQuoteMarks: readonly {readonly mark: string; readonly use: string}[] = [
  {mark: '«', use: '"'},
  {mark: '»', use: '"'},
  {mark: '“', use: '"'},
  {mark: '”', use: '"'},
  {mark: '‘', use: "'"},
  {mark: '’', use: "'"},
];
