// Glossary terms introduced by the page beyond the notes named in the file name (STUB).
import type {GlossaryEntry} from '../glossary';

export const terms: readonly GlossaryEntry[] = [];
