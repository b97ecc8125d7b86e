// What a reader sees first, in Chromium at 1366×900: the home page links to every partner
// city and to Compare without scrolling; Compare shows results on arrival, its presets and
// "only where the cities differ" work, its city headers stay in view while scrolling, and the
// printed view of three cities × one topic fits one A4 page with its address; the language
// switch carries the query and the #fragment on the pages that have them.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteAndBrowser, watch } from '../helpers/browser';
import { readList } from '../helpers/content';
import { DIST } from '../helpers/site';

const site = useSiteAndBrowser(DIST);
const SCREEN = { width: 1366, height: 900 };
const partnerCities = readList('cities').filter((c) => c.partner === true).map((c) => String(c.id));
const enhanced = (page: Page) => page.waitForFunction(() => document.querySelector('[data-compare]')?.classList.contains('compare--enhanced'));

/** True when the element's whole box is inside the first screen (no scrolling). */
const inFirstScreen = (page: Page, selector: string) =>
  page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
  });

/** Waits until the page has stopped loading (the favicon, search fragments), so leaving it aborts no request. */
const settled = (page: Page) => page.waitForLoadState('networkidle');

/** Number of pages in a PDF, from its page objects (`/Type /Page`, not `/Pages`). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

describe('home page', () => {
  it('links to every partner city and to Compare inside the first 1366×900 screen', async () => {
    expect(partnerCities.length).toBeGreaterThanOrEqual(2);
    const page = await site.browser().newPage({ viewport: SCREEN });
    const w = watch(page, site.origin());
    for (const locale of ['en', 'sv']) {
      await page.goto(`${site.origin()}/${locale}/`);
      for (const city of partnerCities) expect(await inFirstScreen(page, `main a[href="/${locale}/cities/${city}/"]`), `${locale} ${city}`).toBe(true);
      expect(await inFirstScreen(page, `main a[href="/${locale}/compare/"]`), `${locale} compare`).toBe(true);
      expect(await inFirstScreen(page, `.home-questions li:first-child a`), `${locale} first question`).toBe(true);
    }
    expect(w.problems).toEqual([]);
    await page.close();
  });
});

describe('compare, results first', () => {
  it('shows a data cell inside the first screen on arrival', async () => {
    const page = await site.browser().newPage({ viewport: SCREEN });
    await page.goto(`${site.origin()}/en/compare/`);
    await enhanced(page);
    const firstCell = 'section.compare-topic:not([hidden]) .compare-wide tbody td:not([hidden])';
    expect(await page.locator(firstCell).count()).toBeGreaterThan(0);
    expect(await inFirstScreen(page, `${firstCell} .actors`)).toBe(true);
    expect(await page.$$eval('section.compare-topic:not([hidden])', (s) => s.length)).toBe(1);
    await page.close();
  });

  it('a preset shows its topics for every chosen city and writes the URL', async () => {
    const page = await site.browser().newPage({ viewport: SCREEN });
    await page.goto(`${site.origin()}/en/compare/?cities=prague,stockholm`);
    await enhanced(page);
    await page.getByRole('link', { name: 'Who is responsible for housing?' }).click();
    await page.waitForURL(/topics=social-housing,supported-housing/);
    expect(page.url()).toContain('cities=prague,stockholm');
    expect(await page.$$eval('section.compare-topic:not([hidden])', (s) => s.map((x) => x.id))).toEqual(['social-housing', 'supported-housing']);
    expect(await page.getAttribute('a[data-preset="social-housing,supported-housing"]', 'aria-current')).toBe('true');
    await page.getByRole('link', { name: /^Principle 5:/ }).click();
    await page.waitForURL(/topics=principle-5/);
    expect(await page.$$eval('section.compare-topic:not([hidden])', (s) => s.map((x) => x.id))).toEqual(['principle-5']);
    await page.goBack();
    await page.waitForFunction(() => !(document.querySelector('#supported-housing') as HTMLElement).hidden);
    await page.close();
  });

  it('select all, clear and "only" work per group', async () => {
    const page = await site.browser().newPage({ viewport: SCREEN });
    await page.goto(`${site.origin()}/en/compare/`);
    await enhanced(page);
    await page.getByRole('button', { name: 'Only Employment and training (Table 4)' }).click();
    await page.waitForURL(/topics=employment$/);
    await page.locator('button[data-action="all"][data-group="topics"]').click();
    await page.waitForFunction(() => document.querySelectorAll('section.compare-topic:not([hidden])').length === 11);
    await page.locator('button[data-action="clear"][data-group="cities"]').click();
    // An empty group leaves the view as it was and says what is needed.
    expect(await page.locator('[data-compare-note]').isVisible()).toBe(true);
    expect(await page.$$eval('#employment thead th[data-city]:not([hidden])', (ths) => ths.length)).toBe(partnerCities.length);
    await page.getByRole('checkbox', { name: 'Rotterdam' }).check();
    await page.getByRole('checkbox', { name: 'Bologna' }).check();
    await page.waitForURL(/cities=bologna,rotterdam/);
    expect(await page.$$eval('#employment thead th[data-city]:not([hidden])', (ths) => ths.map((th) => th.getAttribute('data-city')))).toEqual(['bologna', 'rotterdam']);
    await page.close();
  });

  it('"only where the cities differ" hides the rows on which the chosen cities agree', async () => {
    const page = await site.browser().newPage({ viewport: SCREEN });
    await page.goto(`${site.origin()}/en/compare/?topics=organisation,social-housing,supported-housing,employment`);
    await enhanced(page);
    /** For each visible row, whether its visible cells' signatures all agree. */
    const rows = () =>
      page.$$eval('section.compare-topic:not([hidden]) .compare-wide tbody tr', (trs) =>
        trs.map((tr) => ({
          hidden: (tr as HTMLElement).hidden,
          alike: new Set([...tr.querySelectorAll('td')].filter((td) => !td.hidden).map((td) => td.textContent!.replace(/\s+/g, ' ').replace(/\[\d+\]/g, ''))).size === 1,
        })),
      );
    const before = await rows();
    expect(before.every((r) => !r.hidden)).toBe(true);
    await page.getByRole('checkbox', { name: 'Show only where the cities differ' }).check();
    await page.waitForURL(/differ=1/);
    const after = await rows();
    expect(after.filter((r) => !r.hidden).length).toBeGreaterThan(0);
    // No row left on screen has identical cells in every shown city.
    expect(after.filter((r) => !r.hidden && r.alike)).toEqual([]);
    await page.close();
  });

  it('keeps the city headers in view while the table scrolls', async () => {
    const page = await site.browser().newPage({ viewport: SCREEN });
    await page.goto(`${site.origin()}/en/compare/?topics=organisation,social-housing,supported-housing,employment`);
    await enhanced(page);
    const header = '#employment thead th[data-city="stockholm"]';
    // Scroll so that the top of the employment table is 150 px above the window.
    await page.$eval('#employment table', (table) => window.scrollTo(0, table.getBoundingClientRect().top + window.scrollY + 150));
    await page.waitForFunction(() => {
      const table = document.querySelector('#employment table')!.getBoundingClientRect();
      return table.top < -100 && table.bottom > 200;
    });
    const top = await page.$eval(header, (th) => th.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThanOrEqual(1);
    expect(await page.$eval(header, (th) => document.elementFromPoint(th.getBoundingClientRect().left + 5, 5)?.closest('th') === th)).toBe(true);
    await page.close();
  });

  it('prints the current view of three cities × one topic on one A4 page, with its address', async () => {
    const page = await site.browser().newPage({ viewport: SCREEN });
    for (const topic of ['regime', 'organisation', 'social-housing', 'supported-housing', 'employment', 'principle-1', 'principle-2', 'principle-3', 'principle-4', 'principle-5', 'principle-6']) {
      for (const cities of [partnerCities.slice(0, 3), partnerCities.slice(-3)]) {
        const url = `${site.origin()}/en/compare/?cities=${cities.join(',')}&topics=${topic}`;
        await page.goto(url);
        await enhanced(page);
        await page.emulateMedia({ media: 'print' });
        expect(await page.textContent('[data-compare-url]')).toBe(url);
        expect(await page.locator('.compare-print-url').isVisible()).toBe(true);
        const pdf = await page.pdf({ format: 'A4', printBackground: false });
        expect(pdfPages(pdf), `${topic} ${cities.join(',')}`).toBe(1);
        await page.emulateMedia({ media: 'screen' });
      }
    }
    await page.close();
  }, 300_000);
});

describe('text tables on a phone', () => {
  it('stack one row per block at 360 px instead of squeezing a column to a few letters', async () => {
    const page = await site.browser().newPage({ viewport: { width: 360, height: 800 } });
    const problems: string[] = [];
    for (const path of ['/en/principles/5-participation/', '/sv/cities/rotterdam/', '/sv/principles/6-evaluation/', '/en/questions/who-allocates-social-housing/']) {
      await page.goto(`${site.origin()}${path}`);
      const narrow = await page.$$eval('main table', (tables) =>
        tables.flatMap((t) => {
          const width = t.getBoundingClientRect().width;
          // A stacked cell spans the table; a cell of a real (numeric or matrix) table may be narrower.
          return [...t.querySelectorAll('tbody th, tbody td')]
            .filter((c) => t.matches('.stack-table') && c.getBoundingClientRect().width > 0 && c.getBoundingClientRect().width < width * 0.9)
            .map((c) => `"${(c.textContent ?? '').trim().slice(0, 30)}" ${Math.round(c.getBoundingClientRect().width)} of ${Math.round(width)} px`);
        }),
      );
      expect(await page.$$eval('main table.stack-table', (t) => t.length), path).toBeGreaterThan(0);
      for (const n of narrow.slice(0, 3)) problems.push(`${path}: ${n}`);
      if (await page.evaluate(() => document.documentElement.scrollWidth > innerWidth)) problems.push(`${path}: the page scrolls sideways`);
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('language switch', () => {
  it('carries the compare choice, the search query and the #fragment', async () => {
    const page = await site.browser().newPage({ viewport: SCREEN });
    const w = watch(page, site.origin());
    await page.goto(`${site.origin()}/en/compare/?cities=stockholm,rotterdam&topics=employment#employment`);
    await enhanced(page);
    await page.getByRole('checkbox', { name: 'Bologna' }).check();
    await page.waitForURL(/cities=bologna,rotterdam,stockholm/);
    await settled(page);
    await page.getByRole('link', { name: /Svenska/ }).click();
    await page.waitForURL(`${site.origin()}/sv/compare/?cities=bologna,rotterdam,stockholm&topics=employment`);
    await enhanced(page);
    expect(await page.$$eval('#employment thead th[data-city]:not([hidden])', (ths) => ths.map((th) => th.getAttribute('data-city')))).toEqual(['bologna', 'rotterdam', 'stockholm']);

    await settled(page);
    await page.goto(`${site.origin()}/sv/compare/?topics=employment#employment`);
    await enhanced(page);
    await settled(page);
    await page.getByRole('link', { name: /English/ }).click();
    await page.waitForURL(`${site.origin()}/en/compare/?topics=employment#employment`);

    await settled(page);
    await page.goto(`${site.origin()}/en/search/?q=housing#results`);
    await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('[data-search-app]')?.dataset.done ?? 0) > 0);
    await settled(page);
    await page.getByRole('link', { name: /Svenska/ }).click();
    await page.waitForURL(`${site.origin()}/sv/search/?q=housing#results`);
    expect(await page.inputValue('[data-search-form] input[name="q"]')).toBe('housing');
    expect(w.problems).toEqual([]);
    await page.close();
  });
});
