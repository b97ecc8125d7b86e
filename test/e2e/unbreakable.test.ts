// Unbreakable layouts: a hostile address (a 2,000-character value, 2,000 unknown parameters)
// keeps compare and search within a 390 px phone viewport; echoed values are cut with an
// ellipsis and only a few are listed, the rest counted.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteAndBrowser, watch } from '../helpers/browser';
import { DIST } from '../helpers/site';

const site = useSiteAndBrowser(DIST);
const LONG = 'x'.repeat(2000);
const MANY = Array.from({ length: 2002 }, (_, i) => `k${i}=1`).join('&');

async function open(path: string): Promise<{ page: Page; note: string; width: number }> {
  const page = await site.browser().newPage({ viewport: { width: 390, height: 844 } });
  const w = watch(page, site.origin());
  await page.goto(`${site.origin()}${path}`);
  const note = page.locator('[data-compare-note], [data-search-note]').first();
  await note.waitFor({ state: 'visible' });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(w.problems).toEqual([]);
  return { page, note: (await note.textContent()) ?? '', width };
}

describe('a hostile address keeps the page within a 390 px viewport', () => {
  for (const [name, path] of [
    ['compare, a 2,000-character city', `/en/compare/?cities=${LONG}`],
    ['compare, a 2,000-character parameter name', `/en/compare/?${LONG}=1`],
    ['search, a 2,000-character filter value', `/en/search/?type=${LONG}`],
    ['search, a 2,000-character parameter name', `/en/search/?${LONG}=1`],
  ] as const) {
    it(name, async () => {
      const { page, note, width } = await open(path);
      expect(width).toBeLessThanOrEqual(390);
      expect(note).toContain('xxx…');
      expect(note).not.toContain('x'.repeat(41));
      await page.close();
    });
  }
  it('search, a 2,000-character query', async () => {
    const page = await site.browser().newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${site.origin()}/en/search/?q=${LONG}`);
    await page.locator('[data-search-status]').filter({ hasText: /x/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.close();
  });
  for (const path of ['/en/compare/', '/sv/search/']) {
    it(`${path}: 2,002 unknown parameters list five and count the rest`, async () => {
      const { page, note, width } = await open(`${path}?${MANY}`);
      expect(width).toBeLessThanOrEqual(390);
      expect(note).toContain(path.startsWith('/sv') ? 'k0, k1, k2, k3, k4 och 1\u00a0997 till' : 'k0, k1, k2, k3, k4 and 1,997 more');
      await page.close();
    });
  }
});
