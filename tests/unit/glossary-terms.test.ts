// The remark plugin that marks glossary terms in place, run through the real MDX compiler.
import {compile} from '@mdx-js/mdx';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import remarkGlossaryTerms from '../../src/remark/glossaryTerms';

async function compiled(markdown: string, path: string): Promise<string> {
  const file = new VFile({value: markdown, path});
  return String(await compile(file, {remarkPlugins: [remarkGlossaryTerms], jsx: true}));
}

const spanishPage = '/site/docs/fundamentals/regions-and-zones.mdx';
const englishPage = '/site/i18n/en/docusaurus-plugin-content-docs/current/fundamentals/regions-and-zones.mdx';

describe('glossary terms in place', () => {
  it('marks the first occurrence only, with the other language’s name and the definition', async () => {
    const out = await compiled('Cada región tiene zonas de disponibilidad. Otra zona de disponibilidad.', spanishPage);
    expect(out.match(/id="availability-zone"/g)).toHaveLength(1);
    expect(out).toContain('id="availability-zone"');
    expect(out).toContain('name="Availability Zone (AZ)"');
  });

  it('works in English too', async () => {
    const out = await compiled('Each Region has several Availability Zones.', englishPage);
    expect(out).toContain('id="availability-zone"');
    expect(out).toContain('zona de disponibilidad');
  });

  it('never marks headings, code, links or the original edition', async () => {
    const markdown = '## Zonas de disponibilidad\n\n`zona de disponibilidad` y [zona de disponibilidad](/x)\n';
    expect(await compiled(markdown, spanishPage)).not.toContain('GlossaryTerm');
    const original = '/site/versioned_docs/version-dva-c01/fundamentals/regions-and-zones.mdx';
    expect(await compiled('Cada región tiene zonas de disponibilidad.', original)).not.toContain('GlossaryTerm');
  });

  it('marks a term scoped to one service only on that service’s pages', async () => {
    const beanstalk = '/site/docs/development/elastic-beanstalk.mdx';
    const lambda = '/site/docs/beyond/lambda.mdx';
    expect(await compiled('Se actualiza un lote de instancias.', beanstalk)).toContain('id="batch"');
    expect(await compiled('La función recibe un lote de registros.', lambda)).not.toContain('GlossaryTerm');
  });

  it('marks past editions but the notes as written', async () => {
    const pastEdition = '/site/versioned_docs/version-dva-c02/fundamentals/regions-and-zones.mdx';
    expect(await compiled('Cada región tiene zonas de disponibilidad.', pastEdition)).toContain(
      'id="availability-zone"',
    );
  });

  it('fails on an unknown id', async () => {
    await expect(compiled('Un <GlossaryTerm id="no-such-term">término</GlossaryTerm>.', spanishPage)).rejects.toThrow(
      /Unknown glossary term/,
    );
  });
});
