// Type tests: the typed data refuses what the site must never ship. Each `@ts-expect-error` below must stay an
// error — `npm run typecheck` (tsc over tests/) fails with "Unused '@ts-expect-error' directive" the day a
// missing translation, a missing table cell or a malformed practice question becomes valid.
import type {Localized} from '../../src/data/locales';
import type {ComparisonTableData} from '../../src/data/tables/types';
import type {GlossaryEntry} from '../../src/data/glossary';
import type {PracticeOption, PracticeQuestion} from '../../src/data/practice/types';

// A label without its English.
// @ts-expect-error missing `en`
export const missingTranslation: Localized = {es: 'Opción'};

// A table row without one of its cells, and a sortable column's cell without the value it sorts by.
export const missingCell: ComparisonTableData<'price' | 'use', 'price'> = {
  caption: {es: 'Tabla', en: 'Table'},
  rowHeader: {es: 'Fila', en: 'Row'},
  columns: {price: {label: {es: 'Precio', en: 'Price'}, sortable: true}, use: {label: {es: 'Uso', en: 'Use'}}},
  rows: [
    // @ts-expect-error the `use` cell is missing
    {id: 't-a', label: {es: 'A', en: 'A'}, cells: {price: {es: '1', en: '1', sortValue: 1}}},
    // @ts-expect-error a sortable cell needs `sortValue`
    {id: 't-b', label: {es: 'B', en: 'B'}, cells: {price: {es: '2', en: '2'}, use: {es: 'x', en: 'x'}}},
  ],
};

// A glossary entry that says neither where the site explains it nor which exam task names it.
// @ts-expect-error `section` or `task` is required
export const homelessTerm: GlossaryEntry = {
  id: 'x',
  en: 'X',
  es: 'X',
  forms: {es: ['x'], en: ['x']},
  definition: {es: 'x', en: 'x'},
};

const option = (id: string, correct: boolean): PracticeOption => ({
  id,
  text: {es: id, en: id},
  correct,
  explanation: {es: id, en: id},
});
const base = {
  id: 'q',
  task: '1.1',
  stem: {es: '¿?', en: '?'},
  section: 'beyond/lambda#invocation-types',
  source: {title: 'AWS', url: 'https://docs.aws.amazon.com/'},
};

// @ts-expect-error an option without its explanation
export const unexplained: PracticeOption = {id: 'a', text: {es: 'a', en: 'a'}, correct: true};

export const threeOptions: PracticeQuestion = {
  ...base,
  kind: 'single',
  // @ts-expect-error a single-answer question has exactly four options
  options: [option('a', true), option('b', false), option('c', false)],
};

// @ts-expect-error a multiple-answer question has five options or more
export const fourOfMultiple: PracticeQuestion = {
  ...base,
  kind: 'multiple',
  options: [option('a', true), option('b', true), option('c', false), option('d', false)],
};
