// The seminar reader gathers the study with its charts and tables: every chart the gathered
// pages show (an SVG, or an HTML grid for the matrix-like charts) and every table (as a table),
// numbered and listed in the contents, which lists every part and entry.
import { describe, expect, it } from 'vitest';
import { pages } from '../helpers/site';

const reader = (locale: string) => pages().find((p) => p.url === `/${locale}/reader/`)!;

describe('reader', () => {
  for (const locale of ['en', 'sv']) {
    it(`${locale}: has every chart as a numbered figure and every listed table as a table`, () => {
      const { root, ids } = reader(locale);
      const site = pages().filter((p) => p.url.startsWith(`/${locale}/`));
      // The charts of the pages the reader gathers: regimes, principles, responsibilities (the cities' tables).
      const chartTitles = new Set(
        site.filter((p) => ['/regimes/', '/principles/', '/responsibilities/'].map((u) => `/${locale}${u}`).includes(p.url)).flatMap((p) => p.root.querySelectorAll('figure.chart .chart__title').map((h) => h.text.trim())),
      );
      const figures = root.querySelectorAll('figure.reader-figure');
      expect(figures.length).toBe(chartTitles.size);
      const captions = figures.map((f) => f.querySelector('figcaption')!.text);
      for (const title of chartTitles) expect(captions.some((c) => c.includes(title)), title).toBe(true);
      figures.forEach((f, i) => {
        // Matrix-like charts are HTML grids (tables whose text wraps); the others are SVG.
        expect(f.querySelector('svg') ?? f.querySelector('table'), f.id).not.toBeNull();
        expect(f.querySelector('figcaption')!.text).toMatch(new RegExp(`^${locale === 'en' ? 'Figure' : 'Figur'} ${i + 1}\\.`));
      });
      // The list of figures and the list of tables point at real figures and tables.
      const figureList = root.querySelectorAll('.reader-figures a');
      expect(figureList.length).toBe(figures.length);
      const tableList = root.querySelectorAll('.reader-tables a');
      expect(tableList.length).toBe(4 + 6 + 1);
      for (const a of [...figureList, ...tableList]) expect(ids.has(a.getAttribute('href')!.slice(1)), a.getAttribute('href')!).toBe(true);
      for (const a of tableList) {
        const target = root.getElementById(a.getAttribute('href')!.slice(1))!;
        const section = target.closest('section') ?? target.parentNode!;
        expect(section.querySelector('table'), a.text).not.toBeNull();
      }
      // The report's Tables 1–5 by their titles.
      const text = root.querySelector('main')!.text;
      for (const n of [1, 2, 3, 4, 5]) expect(text).toContain(locale === 'en' ? `Table ${n}:` : `Tabell ${n}`);
    });

    it(`${locale}: the contents list every part and every entry, each with a page-number slot`, () => {
      const { root, ids } = reader(locale);
      const toc = root.querySelectorAll('.reader-toc [data-toc]');
      const headings = root.querySelectorAll('.reader-part > h2, .reader-entry > h3');
      expect(toc.length).toBeGreaterThanOrEqual(headings.length);
      for (const a of toc) {
        expect(ids.has(a.getAttribute('data-toc')!), a.text).toBe(true);
        expect(root.querySelector(`[data-toc-page="${a.getAttribute('data-toc')}"]`), a.text).not.toBeNull();
      }
      for (const h of root.querySelectorAll('.reader-entry > h3')) expect(toc.map((a) => a.getAttribute('data-toc')), h.text).toContain(h.id);
    });
  }
});
