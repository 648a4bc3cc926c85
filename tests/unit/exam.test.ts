import {describe, expect, it} from 'vitest';
import {examDomains, examSources, examSourcesCheckedOn, servicesNotCovered} from '../../src/data/exam';
import {locales} from '../../src/data/locales';
import {headingIds, readDoc} from '../support/docs';
import {plannedPages} from '../support/plan';

const tasks = examDomains.flatMap((domain) => domain.tasks);
const filled = (text: string | undefined) => (text ?? '').trim().length > 0;

describe('DVA-C02 exam map', () => {
  it('has the 4 domains, in order, with both titles', () => {
    expect(examDomains.map((d) => d.id)).toEqual(['domain-1', 'domain-2', 'domain-3', 'domain-4']);
    for (const domain of examDomains) {
      for (const locale of locales) expect(filled(domain.title[locale]), `${domain.id} ${locale}`).toBe(true);
    }
  });

  it('weights are positive and sum to 100', () => {
    expect(examDomains.every((d) => d.weight > 0)).toBe(true);
    expect(examDomains.reduce((sum, d) => sum + d.weight, 0)).toBe(100);
  });

  it('has 13 tasks with unique ids 1.1 … 4.3, numbered within their domain', () => {
    expect(tasks).toHaveLength(13);
    expect(new Set(tasks.map((t) => t.id)).size).toBe(13);
    expect(tasks.map((t) => t.id)).toEqual(['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3', '3.4', '4.1', '4.2', '4.3']);
    examDomains.forEach((domain, d) =>
      domain.tasks.forEach((task, t) => expect(task.id).toBe(`${d + 1}.${t + 1}`)),
    );
  });

  it.each(tasks.map((t) => [t.id, t] as const))('task %s has a title and a summary in both languages', (_, task) => {
    for (const locale of locales) {
      expect(filled(task.title[locale]), `title ${locale}`).toBe(true);
      expect(filled(task.summary[locale]), `summary ${locale}`).toBe(true);
    }
  });

  describe('sections', () => {
    const planned = new Map(plannedPages().map((p) => [p.slug, p.sectionIds]));
    const named = [...new Set(tasks.flatMap((t) => t.sections))];

    it('are written slug#section-id and never repeated within a task', () => {
      for (const task of tasks) {
        for (const section of task.sections) expect(section, task.id).toMatch(/^[\w/-]+#[\w-]+$/);
        expect(new Set(task.sections).size, task.id).toBe(task.sections.length);
      }
    });

    it.each(named)('%s is in the page plan and is a heading id of the current page', (section) => {
      const [slug, id] = section.split('#');
      expect(planned.get(slug), `${slug} is not a planned page`).toBeDefined();
      expect(planned.get(slug), `${id} is not a planned section of ${slug}`).toContain(id);
      const source = readDoc(slug, 'es');
      expect(source, `docs/${slug}.mdx is missing`).toBeDefined();
      expect(headingIds(source!)).toContain(id);
    });
  });

  it.each(tasks.map((t) => [t.id, t] as const))('task %s: coverage agrees with its sections and gaps', (_, task) => {
    expect(['covered', 'partial', 'not-covered']).toContain(task.coverage);
    if (task.coverage !== 'not-covered') expect(task.sections.length).toBeGreaterThan(0);
    if (task.coverage !== 'covered') {
      for (const locale of locales) expect(filled(task.missing[locale]), `missing ${locale}`).toBe(true);
    }
  });

  it('lists the in-scope services the notes never mention, with a note in both languages', () => {
    expect(servicesNotCovered.length).toBeGreaterThan(0);
    expect(new Set(servicesNotCovered.map((s) => s.name)).size).toBe(servicesNotCovered.length);
    for (const service of servicesNotCovered) {
      expect(filled(service.name)).toBe(true);
      for (const locale of locales) expect(filled(service.note[locale]), `${service.name} ${locale}`).toBe(true);
    }
  });

  it('cites its sources as https URLs, with the date they were checked', () => {
    expect(examSources.length).toBeGreaterThan(0);
    for (const source of examSources) {
      expect(filled(source.title)).toBe(true);
      expect(new URL(source.url).protocol, source.url).toBe('https:');
    }
    expect(examSourcesCheckedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
