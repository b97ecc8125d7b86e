// "Cite this" and reference-manager metadata in the built site: every page type carries the
// Highwire and Dublin Core meta and a citation with BibTeX, RIS and CSL-JSON files; those files
// parse with independent parsers (Better BibTeX's parser; Citation.js's RIS reader) into an
// entry with the page's title, address and the edition date.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { DIST, pages, servedPaths } from '../helpers/site';

// One page of every type, in both languages.
const PAGE_TYPES = ['/', '/cities/stockholm/', '/regimes/liberal/', '/principles/', '/cases/', '/compare/', '/search/', '/glossary/', '/sources/', '/data/', '/data/refugees-self-sufficiency/', '/responsibilities/', '/reader/', '/about/'];
const byUrl = () => new Map(pages().map((p) => [p.url, p]));
const meta = (root: ReturnType<typeof pages>[number]['root'], name: string) => root.querySelector(`head meta[name="${name}"]`)?.getAttribute('content');
const read = (url: string) => readFileSync(path.join(DIST, url), 'utf8');

describe('citation meta', () => {
  it('every page with the site frame has Highwire and Dublin Core meta in its head', () => {
    const framed = pages().filter((p) => p.root.querySelector('footer.site-footer'));
    expect(framed.length).toBeGreaterThan(100);
    for (const p of framed) {
      const title = meta(p.root, 'citation_title');
      expect(title, p.url).toBeTruthy();
      expect(p.root.querySelector('title')!.text, p.url).toContain(title!);
      expect(meta(p.root, 'citation_publication_date'), p.url).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
      expect(meta(p.root, 'citation_language'), p.url).toBe(p.url.split('/')[1]);
      expect(meta(p.root, 'citation_publisher'), p.url).toBeTruthy();
      expect(meta(p.root, 'DC.title'), p.url).toBe(title);
      expect(meta(p.root, 'DC.date'), p.url).toBe(meta(p.root, 'citation_publication_date')!.replaceAll('/', '-'));
      expect(p.root.querySelector('head link[rel="schema.DC"]')?.getAttribute('href'), p.url).toBe('http://purl.org/dc/elements/1.1/');
    }
  });
});

describe('cite this', () => {
  it('every page type shows an APA citation with the accessed date and links to the three files, which exist', () => {
    const all = byUrl();
    const served = servedPaths();
    for (const locale of ['en', 'sv']) {
      for (const type of PAGE_TYPES) {
        const url = `/${locale}${type}`;
        const page = all.get(url);
        expect(page, url).toBeDefined();
        const block = page!.root.querySelector('footer .cite-this[data-cite-id="page"]');
        expect(block, url).not.toBeNull();
        const text = block!.querySelector('.cite-this__text')!.text;
        expect(text, url).toContain(url);
        expect(text, url).toMatch(locale === 'en' ? /Accessed \w+ \d{1,2}, \d{4}\./ : /Hämtad \d{1,2} \w+ \d{4}\./);
        const files = block!.querySelectorAll('a[download]').map((a) => a.getAttribute('href')!);
        expect(files.map((f) => path.extname(f)).sort(), url).toEqual(['.bib', '.json', '.ris']);
        for (const f of files) expect(served.has(f), `${url} → ${f}`).toBe(true);
      }
    }
  });

  it('charts, tables, datasets and the compare view have their own citation with their own address', () => {
    const all = byUrl();
    const expectBlock = (url: string, id: string) => {
      const block = all.get(url)!.root.querySelector(`.cite-this[data-cite-id="${id}"]`);
      expect(block, `${url} ${id}`).not.toBeNull();
      expect(block!.querySelector('.cite-this__text')!.text, `${url} ${id}`).toContain(id === 'dataset' || id === 'view' ? url : `${url}#${id}`);
      expect(block!.querySelectorAll('a[download]').length).toBe(3);
    };
    expectBlock('/en/responsibilities/', 'responsibility-table-2');
    expectBlock('/en/cities/stockholm/', 'table-2');
    expectBlock('/en/principles/6-evaluation/', 'table-5');
    expectBlock('/sv/data/refugees-self-sufficiency/', 'dataset');
    expectBlock('/sv/data/refugees-self-sufficiency/', 'dataset-refugees-self-sufficiency');
    expectBlock('/en/compare/', 'view');
  });

  it('content pages stay free of JavaScript: the copy button is on the compare view only', () => {
    for (const p of pages()) {
      if (p.url.endsWith('/compare/')) expect(p.root.querySelector('[data-cite-copy] button'), p.url).not.toBeNull();
      else expect(p.root.querySelector('[data-cite-copy]'), p.url).toBeNull();
    }
  });

  // A page, a dataset and the compare view, imported as a reference manager would.
  const imports = [
    { url: '/en/cities/stockholm/', id: 'page', title: 'Stockholm' },
    { url: '/sv/data/refugees-self-sufficiency/', id: 'dataset', title: 'Flyktingar som blivit självförsörjande' },
    { url: '/en/compare/', id: 'view', title: 'Compare' },
  ];
  for (const { url, id, title } of imports) {
    it(`${url} ${id}: the BibTeX and RIS parse and hold the title, the address and the edition date`, () => {
      const page = byUrl().get(url)!;
      const date = meta(page.root, 'DC.date')!;
      const [year] = date.split('-');
      const bib = parseBibtex(read(`${url}cite/${id}.bib`));
      expect(bib.errors).toEqual([]);
      expect(bib.entries).toHaveLength(1);
      const entry = bib.entries[0]!;
      // BibTeX spells å, ä, ö as LaTeX accents; the parser gives them back decomposed.
      expect(entry.fields.title!.normalize('NFC'), url).toContain(title);
      expect(entry.fields.url, url).toBe(url);
      expect(entry.fields.year, url).toBe(year);
      expect(entry.fields.note, url).toContain(`accessed ${date}`);

      const ris = new Cite(read(`${url}cite/${id}.ris`)).data as Array<Record<string, unknown>>;
      expect(ris).toHaveLength(1);
      expect(String(ris[0]!.title), url).toContain(title);
      expect(ris[0]!.URL, url).toBe(url);
      expect((ris[0]!.issued as { 'date-parts': number[][] })['date-parts'][0]!.join('-'), url).toBe(date.split('-').map(Number).join('-'));

      const csl = JSON.parse(read(`${url}cite/${id}.json`)) as Array<Record<string, unknown>>;
      expect(csl[0]!.title, url).toContain(title);
      expect(csl[0]!.URL, url).toBe(url);
    });
  }
});
