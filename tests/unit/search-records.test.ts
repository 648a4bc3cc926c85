// How a built page is cut into the records search shows (src/plugins/pagefindIndex.mjs), on small pages shaped
// like the site's: a doc page, and a page whose sections are marked elements inside wrappers (exam map, glossary).
import {load} from 'cheerio';
import {describe, expect, it} from 'vitest';
import {searchRecords} from '../../src/plugins/pagefindIndex.mjs';

const docPage = `<html lang="es"><head><title>Amazon SQS | Apuntes AWS</title></head><body><main><article>
<div class="theme-doc-markdown markdown"><header><h1>Amazon SQS</h1></header>
<p>Colas administradas.</p><p data-search-ignore>Tareas 1.1</p>
<h2 id="colas">Colas <a class="hash-link" href="#colas">\u200b</a></h2><p>Estándar y FIFO, con <code>MessageGroupId</code>.</p>
<h3 id="visibilidad">Tiempo de visibilidad</h3><p>Oculta el mensaje (<a href="https://docs.aws.amazon.com/sqs">AWS: SQS</a>).</p>
<h2 id="vacia">Sin texto</h2>
<h2 id="dlq">DLQ</h2><p>Mensajes fallidos.</p>
</div></article></main></body></html>`;

const markedPage = `<html lang="en"><body><main><h1>Exam map</h1><p>Tasks.</p>
<section><h2 id="domain-1">Domain 1</h2>
<article id="task-1-1" data-search-section="1.1 Develop code"><h3>1.1 Develop code</h3><p>Write code.</p></article>
<article id="task-1-2" data-search-section="1.2 Lambda"><h3>1.2 Lambda</h3><p>Functions.</p></article>
</section></main></body></html>`;

/** A record's URL, metadata, and the text Pagefind indexes. */
function read(record: {url: string; html: string}) {
  // Pagefind reads blocks as separate words; cheerio's text() would glue "Domain 1" to "1.1".
  const $ = load(record.html.replace(/<(\/?(?:p|h\d|header|article|section|div)\b)/g, ' <$1'));
  return {
    url: record.url,
    title: $('meta[data-pagefind-meta="title[content]"]').attr('content'),
    page: $('meta[data-pagefind-meta="page[content]"]').attr('content'),
    lang: $('html').attr('lang'),
    text: $('[data-pagefind-body]').text().replace(/\s+/g, ' ').trim(),
  };
}

describe('searchRecords', () => {
  const records = searchRecords(docPage, '/docs/sqs').map(read);

  it('cuts a doc page into its opening and one record per section with text, opening at its heading', () => {
    expect(records.map((r) => r.url)).toEqual([
      '/docs/sqs',
      '/docs/sqs#colas',
      '/docs/sqs#visibilidad',
      '/docs/sqs#dlq',
    ]);
    expect(records.map((r) => r.title)).toEqual(['Amazon SQS', 'Colas', 'Tiempo de visibilidad', 'DLQ']);
    expect(records.every((r) => r.page === 'Amazon SQS' && r.lang === 'es')).toBe(true);
  });

  it('puts the titles a section sits under after its text, so every word of a query can be in one record', () => {
    expect(records[2].text).toBe('Tiempo de visibilidad Oculta el mensaje. Amazon SQS › Colas');
  });

  it('leaves out what search ignores and AWS citations, and keeps inline code between backticks', () => {
    expect(records[0].text).toBe('Amazon SQS Colas administradas.');
    expect(records[1].text).toBe('Colas Estándar y FIFO, con `MessageGroupId`. Amazon SQS');
  });

  it('makes a record of each marked element, under the headings above it, and none of an empty heading', () => {
    const marked = searchRecords(markedPage, '/en/exam-map').map(read);
    expect(marked.map((r) => [r.url, r.title, r.text])).toEqual([
      ['/en/exam-map#task-1-1', '1.1 Develop code', '1.1 Develop code Write code. Exam map › Domain 1'],
      ['/en/exam-map#task-1-2', '1.2 Lambda', '1.2 Lambda Functions. Exam map › Domain 1'],
      ['/en/exam-map', 'Exam map', 'Exam map Tasks.'],
    ]);
  });
});
