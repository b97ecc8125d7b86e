// The compare view in Chromium: it opens on every city × one topic; the picker changes
// columns and the URL; a shared URL restores the view; Back works; hostile query strings show a note and run nothing; and
// without JavaScript every city and topic is on the page.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteAndBrowser, watch } from '../helpers/browser';
import { DIST } from '../helpers/site';

const site = useSiteAndBrowser(DIST);

const visibleCities = (page: Page) =>
  page.$$eval('#social-housing .compare-wide thead th[data-city]', (ths) => ths.filter((th) => !(th as HTMLElement).hidden).map((th) => th.getAttribute('data-city')));
const visibleTopics = (page: Page) =>
  page.$$eval('section.compare-topic', (ss) => ss.filter((s) => !(s as HTMLElement).hidden).map((s) => s.id));

describe('compare view', () => {
  it('the picker hides a city column and writes the URL; Back restores it', async () => {
    const page = await site.browser().newPage({ viewport: { width: 1280, height: 900 } });
    const w = watch(page, site.origin());
    await page.goto(`${site.origin()}/en/compare/`);
    await page.waitForFunction(() => document.querySelector('[data-compare]')?.classList.contains('compare--enhanced'));
    expect(await visibleCities(page)).toHaveLength(5);
    expect(await visibleTopics(page)).toEqual(['social-housing']);
    await page.getByRole('checkbox', { name: 'Prague' }).uncheck();
    await page.waitForURL(/cities=bologna,rotterdam,southampton,stockholm/);
    expect(await visibleCities(page)).toEqual(['bologna', 'rotterdam', 'southampton', 'stockholm']);
    expect(await page.locator('#social-housing td[data-city="prague"]').first().isHidden()).toBe(true);
    await page.getByRole('checkbox', { name: /Employment and training/ }).check();
    await page.waitForURL(/topics=social-housing,employment/);
    await page.getByRole('checkbox', { name: /Social housing/ }).uncheck();
    await page.waitForURL(/topics=employment$/);
    expect(await visibleTopics(page)).toEqual(['employment']);
    await page.goBack();
    await page.waitForFunction(() => !(document.querySelector('#social-housing') as HTMLElement).hidden);
    expect(await visibleTopics(page)).toEqual(['social-housing', 'employment']);
    await page.goBack();
    await page.goBack();
    await page.waitForFunction(() => document.querySelectorAll('#social-housing thead th[data-city]:not([hidden])').length === 5);
    expect(w.problems).toEqual([]);
    await page.close();
  });

  it('a shared URL reproduces the view, in both languages', async () => {
    for (const locale of ['en', 'sv']) {
      const page = await site.browser().newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${site.origin()}/${locale}/compare/?cities=stockholm,rotterdam&topics=social-housing,principle-5`);
      await page.waitForFunction(() => document.querySelector('[data-compare]')?.classList.contains('compare--enhanced'));
      expect(await visibleTopics(page)).toEqual(['social-housing', 'principle-5']);
      expect(await visibleCities(page)).toEqual(['rotterdam', 'stockholm']);
      expect(await page.isChecked('input[name="cities"][value="stockholm"]')).toBe(true);
      expect(await page.isChecked('input[name="cities"][value="bologna"]')).toBe(false);
      expect(await page.locator('[data-compare-note]').isHidden()).toBe(true);
      await page.close();
    }
  });

  it('hostile or odd query strings show a note and run nothing', async () => {
    const page = await site.browser().newPage({ viewport: { width: 1280, height: 900 } });
    const w = watch(page, site.origin());
    let dialogs = 0;
    page.on('dialog', async (d) => {
      dialogs += 1;
      await d.dismiss();
    });
    const many = Array.from({ length: 100 }, (_, i) => `city${i}`).join(',');
    for (const query of [
      `cities=<script>alert(1)</script>,stockholm,rotterdam`,
      `cities=${many}`,
      `cities=stockholm,stockholm,rotterdam&topics=<img src=x onerror=alert(2)>`,
      `topics=%00%ff&%%%=1`,
    ]) {
      await page.goto(`${site.origin()}/en/compare/?${query}`);
      await page.waitForFunction(() => document.querySelector('[data-compare]')?.classList.contains('compare--enhanced'));
      expect(await page.locator('[data-compare-note]').isVisible(), query).toBe(true);
      expect(await visibleCities(page), query).not.toHaveLength(0);
      expect(await page.$$eval('main img', (imgs) => imgs.length)).toBe(0);
      if (query.includes('onerror')) expect(await page.textContent('[data-compare-note]')).toContain('<img src=x onerror=alert(2)>');
    }
    expect(dialogs).toBe(0);
    expect(w.problems.filter((p) => !p.startsWith('HTTP 400'))).toEqual([]);
    await page.close();
  });

  it('without JavaScript shows every city and every topic, with an anchor per topic', async () => {
    const context = await site.browser().newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.origin()}/en/compare/?cities=stockholm,rotterdam`);
    expect(await visibleCities(page)).toHaveLength(5);
    expect(await visibleTopics(page)).toHaveLength(11);
    expect(await page.locator('[data-compare-picker]').isHidden()).toBe(true);
    for (const id of await visibleTopics(page)) expect(await page.locator(`.compare-toc a[href="#${id}"]`).count()).toBe(1);
    const cells = await page.$$eval('.compare-wide td', (tds) => tds.map((td) => td.querySelector('.source-ref') !== null));
    expect(cells.length).toBe(5 * (1 + 3 + 4 + 4 + 4 + 6));
    expect(cells.every(Boolean)).toBe(true);
    await context.close();
  });

  it('on a narrow screen shows one block per city', async () => {
    const page = await site.browser().newPage({ viewport: { width: 380, height: 800 } });
    await page.goto(`${site.origin()}/en/compare/?cities=stockholm,rotterdam`);
    await page.waitForFunction(() => document.querySelector('[data-compare]')?.classList.contains('compare--enhanced'));
    expect(await page.locator('#social-housing .compare-wide').isHidden()).toBe(true);
    const cards = await page.$$eval('#social-housing .compare-card', (cs) => cs.filter((c) => (c as HTMLElement).offsetParent !== null).map((c) => c.querySelector('h3')?.textContent));
    expect(cards).toEqual(['Rotterdam', 'Stockholm']);
    await page.close();
  });
});
