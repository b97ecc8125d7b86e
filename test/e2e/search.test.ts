// Search in Chromium against the built site: the researcher's questions find their page in
// the top 5; no result lands in references or navigation; "Did you mean …?" for typos;
// arriving from a result shows the match; facet counts are honest; filters narrow; the URL
// restores a search and the language switch carries it; empty results explain themselves;
// markup in the query is shown as text and never runs.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { inFlight, useSiteAndBrowser, watch } from '../helpers/browser';
import { DIST } from '../helpers/site';
import { arrivalProblems, missedQuestions, questions, resultLinks, runs } from '../helpers/search';

const site = useSiteAndBrowser(DIST);

/** Result links' paths as the page lists them, once the search after `since` runs has finished. */
const results = async (page: Page, since = 0) => (await resultLinks(page, since)).map((href) => new URL(href).pathname);

describe('search questions', () => {
  it('has at least 80 questions, half of them Swedish, at least 15 in everyday words', () => {
    expect(questions.length).toBeGreaterThanOrEqual(80);
    expect(questions.filter((q) => q.locale === 'sv').length).toBeGreaterThanOrEqual(questions.length / 2);
    expect(questions.filter((q) => q.locale === 'en').length).toBeGreaterThanOrEqual(questions.length / 2 - 1);
    expect(questions.filter((q) => q.everyday).length).toBeGreaterThanOrEqual(15);
  });

  it('finds the expected page in the top 5 for every question', async () => {
    const page = await site.browser().newPage();
    const w = watch(page, site.origin());
    const misses = await missedQuestions(page, (locale) => `${site.origin()}/${locale}/search/`, (href) => new URL(href).pathname);
    expect(misses).toEqual([]);
    expect(w.problems).toEqual([]);
    await page.close();
  }, 600_000); // a hang guard for 100+ searches on a busy machine, not a speed check
});

/** `path#id` of every element id inside references, contents lists, navigation, header or footer. */
function idsOutsideContent(): Set<string> {
  const out = new Set<string>();
  const files = readdirSync(DIST, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html'));
  for (const f of files) {
    const file = path.join(f.parentPath, f.name);
    const url = `/${path.relative(DIST, file).split(path.sep).join('/')}`.replace(/index\.html$/, '');
    const root = parse(readFileSync(file, 'utf8'));
    for (const region of root.querySelectorAll('[data-pagefind-ignore], nav, header, footer')) {
      for (const el of [region, ...region.querySelectorAll('[id]')]) if (el.id) out.add(`${url}#${el.id}`);
    }
  }
  return out;
}

describe('where results land', () => {
  it('never in references, contents lists, navigation or the footer, and the excerpt never lists glossary forms', async () => {
    const outside = idsOutsideContent();
    expect(outside.size).toBeGreaterThan(0);
    const page = await site.browser().newPage();
    const problems: string[] = [];
    const common: Array<['en' | 'sv', string]> = [
      ['en', 'housing'], ['en', 'employment'], ['en', 'social services'], ['en', 'participation'], ['en', 'Stockholm'], ['en', 'evaluation'], ['en', 'report'],
      ['sv', 'boende'], ['sv', 'arbetsmarknad'], ['sv', 'brukarmedverkan'], ['sv', 'Rotterdam'], ['sv', 'utvärdering'], ['sv', 'rapport'], ['sv', 'källa'],
    ];
    for (const [locale, q] of common) {
      // One page load per language; then the reader types the next query.
      if (!page.url().includes(`/${locale}/search/`)) {
        await page.goto(`${site.origin()}/${locale}/search/`);
        await results(page);
      }
      const before = await runs(page);
      await page.fill('#search-q', q);
      await results(page, before);
      const found = await page.$$eval('[data-search-results] li', (lis) =>
        lis.map((li) => ({ href: li.querySelector('a')!.href, title: li.querySelector('a')!.textContent ?? '', excerpt: li.querySelector('p')?.textContent ?? '' })),
      );
      expect(found.length, q).toBeGreaterThan(0);
      for (const r of found) {
        const url = new URL(r.href);
        const anchor = url.hash.split(':~:')[0];
        if (anchor && anchor !== '#' && outside.has(`${url.pathname}${anchor}`)) problems.push(`${locale} "${q}": ${r.title} → ${url.pathname}${anchor}`);
        if (/› (References|Källhänvisningar)$/.test(r.title)) problems.push(`${locale} "${q}": ${r.title}`);
        // The cross-language forms used to show as a comma-separated list in excerpts.
        if (/\b(co-production|brukarinflytande|arbetskundtjänster), \p{L}/u.test(r.excerpt)) problems.push(`${locale} "${q}" excerpt lists terms: ${r.excerpt}`);
      }
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('"bostad först" finds the housing-first entry', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.origin()}/sv/search/?q=${encodeURIComponent('bostad först')}`);
    await results(page);
    const top = await page.$$eval('[data-search-results] li > a', (as) => as.slice(0, 5).map((a) => new URL((a as HTMLAnchorElement).href)).map((u) => `${u.pathname}${u.hash.split(':~:')[0]}`));
    expect(top).toContain('/sv/glossary/#housing-first');
    await page.close();
  });

  it('offers "Did you mean Rotterdam?" for "Rotterdm", and following it finds the city', async () => {
    const page = await site.browser().newPage();
    const w = watch(page, site.origin());
    await page.goto(`${site.origin()}/en/search/?q=Rotterdm`);
    await results(page);
    const offer = page.locator('[data-search-suggest] a');
    expect(await offer.textContent()).toBe('Rotterdam');
    expect(await page.textContent('[data-search-suggest]')).toBe('Did you mean Rotterdam?');
    const before = await runs(page);
    await offer.click();
    const list = await results(page, before);
    expect(list.slice(0, 5)).toContain('/en/cities/rotterdam/');
    expect(await page.inputValue('#search-q')).toBe('Rotterdam');
    expect(await page.isHidden('[data-search-suggest]')).toBe(true);
    // Swedish too, from the glossary's Swedish forms.
    await page.goto(`${site.origin()}/sv/search/?q=${encodeURIComponent('Söderortsvisonen')}`);
    await results(page);
    expect(await page.textContent('[data-search-suggest] a')).toBe('Söderortsvisionen');
    expect(w.problems).toEqual([]);
    await page.close();
  });

  it('opens a result at its section with the searched words highlighted on the first screen', async () => {
    const page = await site.browser().newPage({ viewport: { width: 390, height: 844 } });
    const w = watch(page, site.origin());
    const problems: string[] = [];
    // Words that also stand in the pages' contents lists and headings ("housing", "participation").
    const queries = [['en', 'job coach'], ['sv', 'hyresgäster'], ['en', 'housing'], ['en', 'corporaties'], ['sv', 'brukarmedverkan'], ['en', 'participation']] as const;
    const net = inFlight(page);
    for (const [locale, q] of queries) {
      await net.idle();
      await page.goto(`${site.origin()}/${locale}/search/?q=${encodeURIComponent(q)}`);
      await results(page);
      const link = page.locator('[data-search-results] li > a').first();
      const href = new URL((await link.getAttribute('href'))!, site.origin());
      expect(href.searchParams.get('highlight'), `${q}: ${href.href}`).toBeTruthy();
      await link.click();
      await page.waitForURL((u) => u.pathname === href.pathname);
      await page.waitForLoadState('load');
      await page.waitForFunction(() => (CSS.highlights.get('search-arrival')?.size ?? 0) > 0);
      for (const p of await page.evaluate(arrivalProblems)) problems.push(`${locale} "${q}" → ${href.pathname}${href.hash}: ${p}`);
    }
    expect(problems).toEqual([]);
    expect(w.problems).toEqual([]);
    await page.close();
  });
});

describe('arrival from a hand-made address', () => {
  it('highlights the words of a malformed or hostile address as text and raises no error', async () => {
    const page = await site.browser().newPage();
    const w = watch(page, site.origin());
    let dialogs = 0;
    page.on('dialog', async (d) => {
      dialogs += 1;
      await d.dismiss();
    });
    await page.goto(`${site.origin()}/en/cities/rotterdam/?highlight=${encodeURIComponent('corporaties <img src=x onerror=alert(1)>')}#%E0%A4%A`);
    await page.waitForFunction(() => (CSS.highlights.get('search-arrival')?.size ?? 0) > 0);
    expect(await page.evaluate(() => [...CSS.highlights.get('search-arrival')!].map((r) => (r as Range).toString().toLowerCase())).then((t) => [...new Set(t)])).toEqual(['corporaties']);
    expect(await page.$$eval('main img', (imgs) => imgs.length)).toBe(0);
    expect(dialogs).toBe(0);
    expect(w.problems).toEqual([]);
    await page.close();
  });
});

describe('facets', () => {
  /** The count shown next to a filter value, or undefined when none is shown. */
  const count = async (page: Page, name: string, value: string) => {
    const text = await page.textContent(`[data-count-for="${name}:${value}"]`);
    return text ? Number(/\d+/.exec(text)![0]) : undefined;
  };

  it('show for every value the number of results that ticking it gives', async () => {
    const page = await site.browser().newPage();
    const checks: Array<[string, string, string]> = [
      ['/en/search/?q=housing', 'type', 'case'], ['/en/search/?q=housing', 'city', 'rotterdam'], ['/en/search/?q=housing', 'principle', '5'],
      ['/en/search/?q=housing&type=case', 'city', 'stockholm'], ['/en/search/?q=housing&type=case', 'domain', 'housing'],
      ['/sv/search/?type=case', 'city', 'southampton'], ['/sv/search/?q=brukare&city=rotterdam', 'type', 'case'],
    ];
    for (const [url, name, value] of checks) {
      await page.goto(`${site.origin()}${url}`);
      await results(page);
      const shown = await count(page, name, value);
      expect(shown, `${url} ${name}=${value}`).toBeGreaterThan(0);
      const before = await runs(page);
      // The filters start folded away unless the URL uses them.
      if (!(await page.$eval('[data-search-filters]', (d) => (d as HTMLDetailsElement).open))) await page.locator('[data-search-filters] summary').click();
      await page.locator(`input[name="${name}"][value="${value}"]`).check();
      await results(page, before);
      const status = (await page.textContent('[data-search-status]'))!;
      expect(Number(/\d+/.exec(status)![0]), `${url} + ${name}=${value}: ${status}`).toBe(shown);
    }
    await page.close();
  });

  it('keep counting the other values of a facet in use', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.origin()}/en/search/?q=housing&type=case`);
    await results(page);
    expect(await count(page, 'type', 'case')).toBeGreaterThan(0);
    expect(await count(page, 'type', 'city')).toBeGreaterThan(0);
    expect(await count(page, 'type', 'glossary')).toBeGreaterThan(0);
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

  it('gives the language switch the same query and filters as the search changes', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.origin()}/en/search/?q=housing`);
    await results(page);
    const switchHref = () => page.$eval('header a[hreflang="sv"]', (a) => new URL((a as HTMLAnchorElement).href));
    expect((await switchHref()).search).toBe('?q=housing');
    const before = await runs(page);
    await page.locator('[data-search-filters] summary').click();
    await page.locator('input[name="type"][value="case"]').check();
    await results(page, before);
    const target = await switchHref();
    expect(target.pathname).toBe('/sv/search/');
    expect(target.searchParams.get('q')).toBe('housing');
    expect(target.searchParams.get('type')).toBe('case');
    await page.goto(target.href);
    expect(await page.inputValue('#search-q')).toBe('housing');
    expect(await page.isChecked('input[name="type"][value="case"]')).toBe(true);
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
