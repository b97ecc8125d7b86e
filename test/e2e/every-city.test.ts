// Every partner city in the data reaches every place a reader meets the cities: its own pages,
// the home page, compare (all of them in one shared URL), the charts, the downloads, search
// and the reader. The cities come from the content the site was built from, never a count, so
// the sixth-city stage runs this same file against a build with a synthetic sixth city.
import { describe, expect, it } from 'vitest';
import { useSiteAndBrowser } from '../helpers/browser';
import { DIST } from '../helpers/site';
import { readList } from '../helpers/content';
import { routes } from '../../src/lib/routes';
import { LOCALES } from '../../src/i18n/locales';

const site = useSiteAndBrowser(DIST);
const cities = readList('cities')
  .filter((c) => c.partner === true)
  .map((c) => ({ id: String(c.id), name: c.name as { en: string; sv: string } }));

describe(`every partner city (${cities.map((c) => c.id).join(', ')})`, () => {
  it('has its page in every language, linked from the home page', async () => {
    const page = await site.browser().newPage();
    for (const locale of LOCALES) {
      const r = routes(locale);
      await page.goto(`${site.origin()}${r.home()}`);
      const links = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const c of cities) {
        expect(links, `home (${locale}) links to ${c.id}`).toContain(r.city(c.id));
        const response = await page.goto(`${site.origin()}${r.city(c.id)}`);
        expect(response?.status(), r.city(c.id)).toBe(200);
        expect(await page.locator('h1').textContent()).toBe(c.name[locale]);
      }
    }
    await page.close();
  });

  it('appears together in one shared compare URL', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.origin()}${routes('en').compare()}?cities=${cities.map((c) => c.id).join(',')}`);
    await page.waitForFunction(() => document.querySelector('[data-compare]')?.classList.contains('compare--enhanced'));
    for (const c of cities) {
      expect(await page.locator(`th[data-city="${c.id}"]:visible`).count(), `compare column for ${c.id}`).toBeGreaterThan(0);
    }
    expect(await page.locator('[data-compare-note]:visible').count(), 'no "ignored" note').toBe(0);
    await page.close();
  });

  it('is named in every chart that compares the cities, and in its downloads', async () => {
    const page = await site.browser().newPage();
    const r = routes('en');
    for (const path of [r.home(), r.regimes(), r.principles(), r.responsibilities()]) {
      await page.goto(`${site.origin()}${path}`);
      const figures = await page.locator('figure').evaluateAll((fs) => fs.map((f) => ({ text: f.textContent ?? '', csv: f.querySelector('a[href$=".csv"]')?.getAttribute('href') ?? null })));
      // A chart of all the cities: it names all of them, or all but one (the one it leaves out is the failure).
      const comparing = figures.filter((f) => cities.filter((c) => f.text.includes(c.name.en)).length >= cities.length - 1);
      expect(comparing.length, `${path} has a chart comparing cities`).toBeGreaterThan(0);
      for (const figure of comparing) {
        for (const c of cities) expect(figure.text, `${path}: a chart leaves out ${c.id}`).toContain(c.name.en);
        if (figure.csv) {
          const csv = await (await page.request.get(`${site.origin()}${figure.csv}`)).text();
          for (const c of cities) expect(csv.includes(c.id) || csv.includes(c.name.en), `${figure.csv} leaves out ${c.id}`).toBe(true);
        }
      }
    }
    const rows = (await (await page.request.get(`${site.origin()}/data/responsibilities.json`)).json()) as Array<{ city: string }>;
    for (const c of cities) expect(rows.some((row) => row.city === c.id), `responsibilities.json has ${c.id}`).toBe(true);
    await page.close();
  });

  it('is found by search and gathered in the reader', async () => {
    const page = await site.browser().newPage();
    for (const locale of LOCALES) {
      const r = routes(locale);
      await page.goto(`${site.origin()}${r.search()}`);
      for (const c of cities) {
        // Pagefind's own API in the page (as a string, so the test bundler leaves its import alone).
        const top = (await page.evaluate(`(async () => {
          const pagefind = await import('/pagefind/pagefind.js');
          const found = await pagefind.search(${JSON.stringify(c.name[locale])});
          return Promise.all(found.results.slice(0, 5).map(async (x) => (await x.data()).url));
        })()`)) as string[];
        expect(top.map((u) => u.replace(/#.*$/, '')), `search "${c.name[locale]}" (${locale})`).toContain(r.city(c.id));
      }
      await page.goto(`${site.origin()}${r.reader()}`);
      const headings = await page.locator('main h2, main h3').allTextContents();
      for (const c of cities) expect(headings.some((h) => h.includes(c.name[locale])), `reader (${locale}) has ${c.id}`).toBe(true);
    }
    await page.close();
  });
});
