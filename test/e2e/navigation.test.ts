// A reader's path in a real browser: the language chooser, a city, and the language switch
// that keeps them on the same city — with no console error and no request off the machine.
import { describe, expect, it } from 'vitest';
import { useSiteAndBrowser, watch } from '../helpers/browser';
import { DIST } from '../helpers/site';

const site = useSiteAndBrowser(DIST);

describe('navigation', () => {
  it('home → city → switch language lands on the same city in Swedish', async () => {
    const page = await site.browser().newPage();
    const w = watch(page, site.origin());
    await page.goto(`${site.origin()}/`);
    await page.getByRole('link', { name: /English/ }).click();
    await page.waitForURL(`${site.origin()}/en/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cities' }).click();
    await page.waitForURL(/\/en\/cities\/$/);
    await page.getByRole('main').getByRole('link', { name: 'Stockholm' }).click();
    await page.waitForURL(/\/en\/cities\/stockholm\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Stockholm');
    await page.getByRole('link', { name: /Svenska/ }).click();
    await page.waitForURL(`${site.origin()}/sv/cities/stockholm/`);
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Stockholm');
    expect(await page.getByRole('heading', { name: /Vem ansvarar/ }).count()).toBe(1);
    expect(w.problems).toEqual([]);
    await page.close();
  });

  it('the skip link moves focus to the main content', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.origin()}/en/cities/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('an unknown address shows the bilingual not-found page', async () => {
    const page = await site.browser().newPage();
    const response = await page.goto(`${site.origin()}/en/no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
    await page.close();
  });
});
