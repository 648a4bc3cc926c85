// The site's structure: sidebar categories and their pages in order, and which lines of the notes each
// notes page holds. The one source for it: sidebars.ts, the home page (src/plugins/studyPlan.ts, with each page's
// title and description from its own front matter) and the tests read it; section ids are the pages' own
// headings (`## Título {/* #id */}`), and comparison tables stand where the pages write them.
import type {Localized} from './locales';

/** Lines of notes/apuntes-originales.txt, first to last, both included. */
export type LineRange = readonly [first: number, last: number];

export interface StudyPage {
  /** Doc id, also its path under /docs/. */
  readonly id: string;
  /** The lines of the notes it holds; none for a page beyond the notes. */
  readonly seedLines?: readonly LineRange[];
}

export interface StudyCategory {
  readonly key: string;
  readonly label: Localized;
  /** Pages written for the current edition beyond the author's notes, each fact sourced from AWS. */
  readonly beyondNotes?: true;
  readonly pages: readonly StudyPage[];
}

export const studyPlan: readonly StudyCategory[] = [
  {
    key: 'fundamentals',
    label: {es: 'Fundamentos', en: 'Fundamentals'},
    pages: [
      {id: 'fundamentals/regions-and-zones', seedLines: [[1, 8]]},
      {id: 'fundamentals/iam', seedLines: [[9, 49]]},
    ],
  },
  {
    key: 'ec2',
    label: {es: 'EC2', en: 'EC2'},
    pages: [
      {id: 'ec2/basics', seedLines: [[50, 89]]},
      {id: 'ec2/security-groups', seedLines: [[90, 133]]},
      {id: 'ec2/user-data', seedLines: [[134, 165]]},
      {id: 'ec2/purchase-options', seedLines: [[166, 229]]},
      {id: 'ec2/ami-and-instance-types', seedLines: [[230, 258]]},
    ],
  },
  {
    key: 'scaling',
    label: {es: 'Balanceo y escalado', en: 'Load balancing and scaling'},
    pages: [
      {id: 'scaling/load-balancers', seedLines: [[259, 341]]},
      {id: 'scaling/auto-scaling-groups', seedLines: [[342, 386]]},
    ],
  },
  {
    key: 'storage',
    label: {es: 'Almacenamiento', en: 'Storage'},
    pages: [{id: 'storage/ebs', seedLines: [[387, 450]]}],
  },
  {
    key: 'networking',
    label: {es: 'Redes', en: 'Networking'},
    pages: [{id: 'networking/route-53', seedLines: [[451, 462]]}],
  },
  {
    key: 'databases',
    label: {es: 'Bases de datos', en: 'Databases'},
    pages: [
      {id: 'databases/rds', seedLines: [[463, 503]]},
      {id: 'databases/elasticache', seedLines: [[504, 538]]},
    ],
  },
  {
    key: 's3',
    label: {es: 'S3', en: 'S3'},
    pages: [
      {
        id: 's3/buckets',
        seedLines: [
          [539, 546],
          [576, 601],
        ],
      },
      {id: 's3/encryption-and-security', seedLines: [[547, 575]]},
    ],
  },
  {
    key: 'development',
    label: {es: 'Desarrollo', en: 'Development'},
    pages: [
      {id: 'development/cli', seedLines: [[602, 649]]},
      {id: 'development/elastic-beanstalk', seedLines: [[650, 708]]},
      {id: 'development/budgets', seedLines: [[709, 711]]},
    ],
  },
  {
    key: 'cicd',
    label: {es: 'CI/CD', en: 'CI/CD'},
    pages: [{id: 'cicd/pipeline', seedLines: [[712, 752]]}],
  },
  {
    key: 'beyond',
    label: {es: 'Ampliación (DVA-C03)', en: 'Beyond the notes (DVA-C03)'},
    beyondNotes: true,
    pages: [
      {id: 'beyond/lambda'},
      {id: 'beyond/api-gateway'},
      {id: 'beyond/dynamodb'},
      {id: 'beyond/messaging'},
      {id: 'beyond/deployment'},
      {id: 'beyond/containers'},
      {id: 'beyond/iam-developers'},
      {id: 'beyond/cognito'},
      {id: 'beyond/encryption-and-secrets'},
      {id: 'beyond/s3-cloudfront'},
      {id: 'beyond/ai-security'},
      {id: 'beyond/observability'},
      {id: 'beyond/sdk-code'},
      {id: 'beyond/ai-developer-tools'},
    ],
  },
];
