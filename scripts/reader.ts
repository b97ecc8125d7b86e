// `npm run reader`: prints the seminar reader of both languages to A4 PDF with headless
// Chromium (nlao-atlas-reader-en.pdf, -sv.pdf), from the built site in dist/. Each PDF has a
// clickable outline (bookmarks from the headings), is tagged, and its contents list gives page
// numbers: a first print with a tiny marker in every listed heading is read back with
// pdftotext (poppler-utils) to learn which page each lands on; the second print is the PDF.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { serve } from './static-server.ts';
import { launchChromium } from './chromium.ts';

if (!existsSync('dist/en/reader/index.html')) {
  console.error('reader: dist/ has no reader; run "npm run build" first.');
  process.exit(1);
}

const PDF_OPTIONS = {
  format: 'A4',
  margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
  displayHeaderFooter: true,
  headerTemplate: '<span></span>',
  footerTemplate: `<div style="font-size:8px;width:100%;text-align:center">NLAO Atlas · <span class="pageNumber"></span> / <span class="totalPages"></span></div>`,
} as const;

const marker = (i: number) => `ZZTOC${i}ZZ`;

/** Puts a marker in each contents target's heading and reserves room for its page number. */
const addMarkers = (page: Page) =>
  page.evaluate((prefix) => {
    const ids = [...document.querySelectorAll<HTMLElement>('[data-toc]')].map((a) => a.dataset.toc!);
    ids.forEach((id, i) => {
      const target = document.getElementById(id);
      if (!target) throw new Error(`reader: contents entry #${id} has no target`);
      const heading = target.matches('h1,h2,h3,h4,figcaption') ? target : (target.querySelector('h1,h2,h3,h4,figcaption') ?? target);
      const span = document.createElement('span');
      span.className = 'toc-marker';
      span.style.fontSize = '1px';
      span.textContent = `${prefix}${i}ZZ`;
      heading.prepend(span);
    });
    for (const slot of document.querySelectorAll<HTMLElement>('[data-toc-page]')) slot.textContent = '000';
    return ids;
  }, 'ZZTOC');

function pagesOf(pdf: string, count: number): number[] {
  const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
  return Array.from({ length: count }, (_, i) => {
    const at = pages.findIndex((text) => text.includes(marker(i)));
    if (at < 0) throw new Error(`reader: heading ${i} not found in the first print`);
    return at + 1;
  });
}

const server = await serve('dist');
const browser = await launchChromium();
const scratch = mkdtempSync(path.join(tmpdir(), 'nlao-reader-'));
try {
  for (const locale of ['en', 'sv'] as const) {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/${locale}/reader/`, { waitUntil: 'load' });
    const ids = await addMarkers(page);
    const draft = path.join(scratch, `${locale}.pdf`);
    await page.pdf({ ...PDF_OPTIONS, path: draft });
    const numbers = pagesOf(draft, ids.length);
    await page.evaluate(
      ({ ids, numbers }) => {
        for (const m of document.querySelectorAll('.toc-marker')) m.remove();
        ids.forEach((id, i) => {
          for (const slot of document.querySelectorAll<HTMLElement>(`[data-toc-page="${CSS.escape(id)}"]`)) slot.textContent = String(numbers[i]);
        });
      },
      { ids, numbers },
    );
    const out = `nlao-atlas-reader-${locale}.pdf`;
    await page.pdf({ ...PDF_OPTIONS, path: out, outline: true, tagged: true });
    console.log(`reader: ${out} (${ids.length} contents entries with page numbers)`);
    await page.close();
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
  await browser.close();
  await server.close();
}
