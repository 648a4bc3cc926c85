// The exam maps: the current one (DVA-C03, src/data/exam.ts) and each frozen edition's (its snapshot).
import {describe, expect, it} from 'vitest';
import {examGuide} from '../../src/data/exam';
import {examGuideOf} from '../../src/data/editionData';
import {editions} from '../../src/data/editions';
import {examTasks, type ExamGuide} from '../../src/data/examGuide';
import {locales} from '../../src/data/locales';
import {headingIds, readDoc} from '../support/docs';

const filled = (text: string | undefined) => (text ?? '').trim().length > 0;

const guides = editions.flatMap(({id}) => {
  const guide = examGuideOf(id);
  return guide ? [{edition: id, guide}] : [];
});

describe.each(guides)(
  'the $edition exam map',
  ({edition, guide}: {edition: (typeof editions)[number]['id']; guide: ExamGuide}) => {
    const tasks = examTasks(guide);

    it('has 4 domains, in order, with both titles, weighing 100 % together', () => {
      expect(guide.domains.map((d) => d.id)).toEqual(['domain-1', 'domain-2', 'domain-3', 'domain-4']);
      for (const domain of guide.domains) {
        for (const locale of locales) expect(filled(domain.title[locale]), `${domain.id} ${locale}`).toBe(true);
      }
      expect(guide.domains.every((d) => d.weight > 0)).toBe(true);
      expect(guide.domains.reduce((sum, d) => sum + d.weight, 0)).toBe(100);
    });

    it('numbers its tasks within their domain', () => {
      guide.domains.forEach((domain, d) =>
        domain.tasks.forEach((task, t) => expect(task.id).toBe(`${d + 1}.${t + 1}`)),
      );
    });

    it.each(tasks.map((t) => [t.id, t] as const))('task %s has a title and a summary in both languages', (_, task) => {
      for (const locale of locales) {
        expect(filled(task.title[locale]), `title ${locale}`).toBe(true);
        expect(filled(task.summary[locale]), `summary ${locale}`).toBe(true);
      }
    });

    it.each(tasks.map((t) => [t.id, t] as const))('task %s: coverage agrees with its sections and gaps', (_, task) => {
      expect(['covered', 'partial', 'not-covered']).toContain(task.coverage);
      if (task.coverage !== 'not-covered') expect(task.sections.length).toBeGreaterThan(0);
      if (task.coverage !== 'covered') {
        for (const locale of locales) expect(filled(task.missing[locale]), `missing ${locale}`).toBe(true);
      }
    });

    it.each([...new Set(tasks.flatMap((t) => t.sections))])(
      '%s is a heading id of the edition’s page, in both languages',
      (section) => {
        expect(section).toMatch(/^[\w/-]+#[\w-]+$/);
        const [slug, id] = section.split('#');
        for (const locale of locales) {
          const source = readDoc(slug, locale, edition);
          expect(source, `${slug} (${locale}, ${edition}) is missing`).toBeDefined();
          expect(headingIds(source!), locale).toContain(id);
        }
      },
    );

    it('lists the in-scope services the notes never mention, with a note in both languages', () => {
      expect(guide.servicesNotCovered.length).toBeGreaterThan(0);
      expect(new Set(guide.servicesNotCovered.map((s) => s.name)).size).toBe(guide.servicesNotCovered.length);
      for (const service of guide.servicesNotCovered) {
        for (const locale of locales) expect(filled(service.note[locale]), `${service.name} ${locale}`).toBe(true);
      }
    });

    it('cites AWS pages as https URLs, with the date they were read', () => {
      expect(guide.sources.length).toBeGreaterThan(0);
      for (const source of [...guide.sources, ...(guide.changes ? [guide.changes.source] : [])]) {
        expect(filled(source.title)).toBe(true);
        expect(new URL(source.url).host, source.url).toBe('docs.aws.amazon.com');
      }
      expect(guide.sourcesCheckedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });
  },
);

describe('the DVA-C03 exam map', () => {
  // AWS's task statements (AWS Certification user guide, DVA-C03 domain pages), to the letter.
  const awsTitles = [
    'Develop code for applications that are hosted on AWS.',
    'Develop code for AWS Lambda.',
    'Use data stores during application development.',
    'Implement authentication and authorization mechanisms for applications and AWS services.',
    'Implement encryption and manage sensitive data by using AWS services.',
    'Identify and mitigate security risks associated with using and integrating AI services into application development.',
    'Prepare application artifacts to be deployed to AWS.',
    'Implement and automate application testing in AWS environments.',
    'Deploy code by using AWS continuous integration and continuous delivery (CI/CD) services.',
    'Assist in a root cause analysis.',
    'Apply logging, monitoring, and observability best practices.',
    'Optimize applications by using AWS services and features.',
  ];

  it('follows DVA-C03: weights 30/26/22/22 and AWS’s 12 task titles', () => {
    expect(examGuide.code).toBe('DVA-C03');
    expect(examGuide.domains.map((d) => d.weight)).toEqual([30, 26, 22, 22]);
    expect(examTasks(examGuide).map((t) => t.title.en.replace(/\.?$/, '.'))).toEqual(awsTitles);
  });

  it('says what changed from DVA-C02, domain by domain', () => {
    const changes = examGuide.changes!;
    expect(changes.domains.map((d) => [d.before.weight, d.after.weight])).toEqual([
      [32, 30],
      [26, 26],
      [24, 22],
      [18, 22],
    ]);
    expect(changes.additions.map((a) => a.task)).toContain('2.3');
    const taskIds = new Set(examTasks(examGuide).map((t) => t.id));
    for (const id of [
      ...changes.additions.map((a) => a.task),
      ...changes.moved.map((m) => m.to),
      ...changes.merged.map((m) => m.to),
    ]) {
      expect(taskIds, id).toContain(id);
    }
  });

  it.each(examTasks(examGuide).map((task) => [task.id, task] as const))(
    'is honest about Task %s: its coverage agrees with its sections and with what it says is missing',
    (_, task) => {
      const everySkill = {es: 'Cada habilidad tiene una sección', en: 'Every skill has a section'};
      expect(task.sections.length === 0, 'no section ⇔ not covered').toBe(task.coverage === 'not-covered');
      for (const locale of locales) {
        // A covered task still names the details it leaves out; a partial one names the skills it misses.
        expect(task.missing[locale].startsWith(everySkill[locale]), locale).toBe(task.coverage === 'covered');
        if (task.coverage !== 'covered') expect(task.missing[locale].length, locale).toBeGreaterThan(0);
      }
    },
  );
});
