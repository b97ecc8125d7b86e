// Search in Chromium against the built site: the researcher's questions find their page in
// the top 5; filters narrow; the URL restores a search; empty results explain themselves;
// markup in the query is shown as text and never runs.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { useSiteAndBrowser, watch } from '../helpers/browser';
import { DIST } from '../helpers/site';

interface Question {
  locale: 'en' | 'sv';
  q: string;
  expect: string;
}
const { questions } = JSON.parse(readFileSync('test/data/search-questions.json', 'utf8')) as { questions: Question[] };

const site = useSiteAndBrowser(DIST);

/** Result links as the page lists them, once the search after `since` runs has finished. */
async function results(page: Page, since = 0): Promise<string[]> {
  await page.waitForFunction((n) => Number(document.querySelector<HTMLElement>('[data-search-app]')?.dataset.done ?? 0) > n, since);
  return page.$$eval('[data-search-results] li > a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('search questions', () => {
  it('has at least 40 questions in both languages', () => {
    expect(questions.length).toBeGreaterThanOrEqual(40);
    expect(new Set(questions.map((q) => q.locale))).toEqual(new Set(['en', 'sv']));
  });

  it('finds the expected page in the top 5 for every question', async () => {
    const page = await site.browser().newPage();
    const w = watch(page, site.origin());
    const misses: string[] = [];
    for (const { locale, q, expect: want } of questions) {
      await page.goto(`${site.origin()}/${locale}/search/?q=${encodeURIComponent(q)}`);
      const top = (await results(page)).slice(0, 5);
      if (!top.includes(want)) misses.push(`${locale} "${q}" → wanted ${want}, got ${top.join(', ') || 'nothing'}`);
    }
    expect(misses).toEqual([]);
    expect(w.problems).toEqual([]);
    await page.close();
  });
});

describe('search page', () => {
  it('restores query and filters from the URL, and filters narrow the results', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.origin()}/en/search/?q=housing`);
    const all = await results(page);
    expect(all.length).toBeGreaterThan(5);
    await page.goto(`${site.origin()}/en/search/?q=housing&city=stockholm&type=case`);
    expect(await page.inputValue('#search-q')).toBe('housing');
    expect(await page.isChecked('input[name="city"][value="stockholm"]')).toBe(true);
    expect(await page.isChecked('input[name="type"][value="case"]')).toBe(true);
    const narrowed = await results(page);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(all.length);
    expect(narrowed.every((u) => u.startsWith('/en/cases/'))).toBe(true);
    await page.close();
  });

  it('browses by filter with an empty query, and ticking a box updates the URL', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.origin()}/sv/search/`);
    await results(page);
    const runs = Number(await page.getAttribute('[data-search-app]', 'data-done'));
    // The filters start folded away; a reader opens them.
    await page.locator('[data-search-filters] summary').click();
    await page.getByRole('checkbox', { name: /Rotterdam/ }).check();
    await page.waitForURL(/city=rotterdam/);
    const list = await results(page, runs);
    expect(list.length).toBeGreaterThan(3);
    await page.close();
  });

  it('explains an empty result', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.origin()}/en/search/?q=xyzzyplugh`);
    await results(page);
    expect(await page.textContent('[data-search-status]')).toContain('Nothing found for “xyzzyplugh”');
    await page.close();
  });

  it('shows markup in the query as text and runs nothing', async () => {
    const page = await site.browser().newPage();
    let dialogs = 0;
    page.on('dialog', async (d) => {
      dialogs += 1;
      await d.dismiss();
    });
    const payload = '<img src=x onerror=alert(1)>';
    await page.goto(`${site.origin()}/en/search/?q=${encodeURIComponent(payload)}&city=<script>alert(2)</script>`);
    await results(page);
    expect(await page.inputValue('#search-q')).toBe(payload);
    expect(await page.textContent('[data-search-status]')).toContain(payload);
    expect(await page.textContent('[data-search-note]')).toContain('<script>alert(2)</script>');
    expect(await page.$$eval('main img', (imgs) => imgs.length)).toBe(0);
    expect(dialogs).toBe(0);
    await page.close();
  });

  it('announces results to screen readers', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.origin()}/en/search/`);
    expect(await page.getAttribute('[data-search-status]', 'aria-live')).toBe('polite');
    await page.fill('#search-q', 'Rotterdam');
    await page.waitForFunction(() => /results for/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    await page.close();
  });
});
