// S3 object encryption modes. dva-c01: the notes as written (seed lines 547–564 and 596).
import {notStated, type ComparisonTableData, type EditionTables} from './comparisonTable';

type S3EncryptionColumn = 'keys' | 'where' | 'header' | 'https' | 'tradeOffs';

const dvaC01: ComparisonTableData<S3EncryptionColumn> = {
  caption: {es: 'Modos de cifrado de objetos en S3', en: 'S3 object encryption modes'},
  rowHeader: {es: 'Modo', en: 'Mode'},
  columns: {
    keys: {label: {es: 'Quién administra las claves', en: 'Who manages the keys'}},
    where: {label: {es: 'Dónde se cifra', en: 'Where encryption happens'}},
    header: {label: {es: 'Cabecera de la solicitud', en: 'Request header'}},
    https: {label: {es: '¿Exige HTTPS?', en: 'HTTPS required?'}},
    tradeOffs: {label: {es: 'Inconvenientes', en: 'Trade-offs'}},
  },
  rows: [
    {
      id: 's3-sse-s3',
      label: {es: 'SSE-S3', en: 'SSE-S3'},
      cells: {
        keys: {es: 'AWS: claves manejadas y administradas por AWS', en: 'AWS: keys handled and managed by AWS'},
        where: {es: 'En el servidor, con AES-256', en: 'On the server side, with AES-256'},
        header: {
          es: 'Se debe enviar `"x-amz-server-side-encryption": "AES256"`',
          en: 'Must send `"x-amz-server-side-encryption": "AES256"`',
        },
        https: notStated,
        tradeOffs: notStated,
      },
    },
    {
      id: 's3-sse-kms',
      label: {es: 'SSE-KMS', en: 'SSE-KMS'},
      cells: {
        keys: {es: 'AWS KMS, que da más control', en: 'AWS KMS, which gives you more control'},
        where: notStated,
        header: {
          es: 'Se debe enviar `"x-amz-server-side-encryption": "aws:kms"`',
          en: 'Must send `"x-amz-server-side-encryption": "aws:kms"`',
        },
        https: notStated,
        tradeOffs: {
          es: 'Puede bajar el rendimiento por el cifrado y descifrado en KMS',
          en: 'Can lower performance because of encryption and decryption in KMS',
        },
      },
    },
    {
      id: 's3-sse-c',
      label: {es: 'SSE-C', en: 'SSE-C'},
      cells: {
        keys: {
          es: 'El cliente administra sus propias claves; S3 no guarda la clave que recibe',
          en: 'You manage your own keys; S3 doesn’t store the key you provide',
        },
        where: notStated,
        header: {
          es: 'La clave se envía en las cabeceras HTTP de cada solicitud (las notas no dan el nombre de la cabecera)',
          en: 'The key is sent in the HTTP headers of every request (the notes don’t name the header)',
        },
        https: {es: 'Sí: se debe usar HTTPS', en: 'Yes: HTTPS is required'},
        tradeOffs: notStated,
      },
    },
    {
      id: 's3-client-side',
      label: {es: 'Cifrado del lado del cliente', en: 'Client-side encryption'},
      cells: {
        keys: {
          es: 'El cliente administra las claves y los ciclos de cifrado',
          en: 'The client manages the keys and the encryption cycle',
        },
        where: {
          es: 'En el cliente, que cifra y descifra con la biblioteca S3 Encryption Client; S3 solo guarda los objetos cifrados',
          en: 'In the client, which encrypts and decrypts with the Amazon S3 Encryption Client library; S3 only stores the encrypted objects',
        },
        header: notStated,
        https: notStated,
        tradeOffs: notStated,
      },
    },
  ],
  note: {
    es: 'También existe el cifrado en tránsito (SSL): S3 tiene un endpoint HTTP, que no está cifrado, y un endpoint HTTPS, cifrado en tránsito.',
    en: 'There is also encryption in transit (SSL): S3 has an HTTP endpoint, which is not encrypted, and an HTTPS endpoint, which is encrypted in transit.',
  },
};

export const s3EncryptionModes: EditionTables = {'dva-c01': dvaC01};
