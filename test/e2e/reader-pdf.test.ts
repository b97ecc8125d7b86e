// The reader PDFs (made by scripts/reader.ts in the stage before): every chart and table title
// is in the text, the PDF has a clickable outline, and the contents give page numbers that
// point at the page where the heading is printed.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { DIST } from '../helpers/site';

const flat = (s: string) => s.replace(/\s+/g, ' ').normalize('NFC');

describe('reader PDFs', () => {
  for (const locale of ['en', 'sv']) {
    const pdf = `nlao-atlas-reader-${locale}.pdf`;
    it(`${pdf} holds every figure and table title and the contents' page numbers`, () => {
      expect(existsSync(pdf), `${pdf} (run npm run reader)`).toBe(true);
      const pagesText = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
      const all = flat(pagesText.join(' '));
      const html = parse(readFileSync(path.join(DIST, locale, 'reader/index.html'), 'utf8'));
      const titles = [...html.querySelectorAll('.reader-figures a'), ...html.querySelectorAll('.reader-tables a')].map((a) => flat(a.text));
      expect(titles.length).toBeGreaterThan(10);
      // Each title is printed twice: in the lists of figures and tables, and at the figure or table itself.
      for (const title of titles) expect(all.split(title.slice(0, 40)).length - 1, title).toBeGreaterThanOrEqual(2);
      expect(all).not.toContain('ZZTOC');
      // The contents give the first case's heading the page it is printed on.
      const entry = flat(html.querySelector('.reader-toc a[data-toc^="case-"]')!.text);
      const toc = flat(pagesText.slice(0, 6).join(' '));
      const after = toc.slice(toc.indexOf(entry) + entry.length);
      expect(toc.indexOf(entry), entry).toBeGreaterThanOrEqual(0);
      const printed = Number(/^\s*(\d+)/.exec(after)?.[1]);
      expect(printed, entry).toBeGreaterThan(1);
      expect(flat(pagesText[printed - 1]!), entry).toContain(entry.slice(0, 30));
    });

    it(`${pdf} has an outline (bookmarks)`, () => {
      const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', '-q', pdf], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      const outline = /<outline>[\s\S]*<\/outline>/.exec(xml)?.[0] ?? '';
      const items = outline.match(/<item/g) ?? [];
      expect(items.length, 'outline items').toBeGreaterThan(20);
      expect(outline).toContain(locale === 'en' ? 'Contents' : 'Innehåll');
    });
  }
});
