// Accessibility in Chromium: axe-core with the WCAG 2.x A/AA rules on every page type in
// both locales (light and dark), and the keyboard: the skip link, every control reachable in
// document order, and focus always visible.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { useSiteAndBrowser } from '../helpers/browser';
import { DIST } from '../helpers/site';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Page types: name, path, and whether the dark scheme is checked too (the types with colours of their own: charts, cells, controls, the compare table). */
const PAGE_TYPES: Array<[string, string, 'dark'?]> = [
  ['home', '/', 'dark'],
  ['city', '/cities/rotterdam/', 'dark'],
  ['regime', '/regimes/post-socialist/', 'dark'],
  ['regimes with the typology chart', '/regimes/', 'dark'],
  ['principle', '/principles/5-participation/', 'dark'],
  ['principle with Table 5', '/principles/6-evaluation/', 'dark'],
  ['case', '/cases/jobbtorg/', 'dark'],
  ['compare (picker open)', '/compare/?cities=stockholm,prague&topics=social-housing,principle-2', 'dark'],
  ['search (with results)', '/search/?q=housing'],
  ['glossary', '/glossary/'],
  ['sources', '/sources/'],
  ['source document', '/sources/stockholm-jobbtorg-2007/'],
  ['data', '/data/'],
  ['chart page', '/data/employment-rate-by-district/'],
  ['responsibilities', '/responsibilities/'],
  ['question index', '/questions/'],
  ['question', '/questions/how-are-complaints-handled/'],
  ['reader', '/reader/'],
];

const site = useSiteAndBrowser(DIST);

async function axe(page: Page): Promise<string[]> {
  // The test injects axe itself; the site's CSP rightly forbids such scripts, so this context bypasses it.
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async (tags) => {
    const r = await (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  }, WCAG);
  return result;
}

describe('axe: 0 WCAG A/AA violations', () => {
  /** axe on each URL in one context of the colour scheme; the violations, named by `label(url)`. */
  async function violationsOf(scheme: 'light' | 'dark', urls: Array<[label: string, path: string]>): Promise<string[]> {
    const context = await site.browser().newContext({ bypassCSP: true, colorScheme: scheme, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const violations: string[] = [];
    for (const [label, path] of urls) {
      await page.goto(`${site.origin()}${path}`);
      if (path.includes('/search/')) await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('[data-search-app]')?.dataset.done ?? 0) > 0);
      for (const v of await axe(page)) violations.push(`${label}: ${v}`);
    }
    await context.close();
    return violations;
  }
  // Every page type in light; the dark scheme changes colours only, so its pass covers the
  // page types marked 'dark'.
  for (const scheme of ['light', 'dark'] as const) {
    for (const locale of ['en', 'sv']) {
      it(`every page type, ${locale} (${scheme})`, async () => {
        const types = scheme === 'dark' ? PAGE_TYPES.filter(([, , dark]) => dark) : PAGE_TYPES;
        expect(await violationsOf(scheme, types.map(([name, path]) => [`${locale} ${name}`, `/${locale}${path}`]))).toEqual([]);
      });
    }
    it(`the 404 page and the language chooser (${scheme})`, async () => {
      expect(await violationsOf(scheme, [['404', '/no-such-page/'], ['language chooser', '/']])).toEqual([]);
    });
  }
});

describe('keyboard', () => {
  /** Tabs through the page, recording each focused element and whether its focus is visible. */
  async function tabThrough(page: Page, steps: number) {
    const seen: Array<{ tag: string; text: string; visible: boolean; order: number }> = [];
    for (let i = 0; i < steps; i += 1) {
      await page.keyboard.press('Tab');
      seen.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const style = getComputedStyle(el);
          const all = [...document.querySelectorAll('*')];
          return {
            tag: el.tagName.toLowerCase(),
            text: (el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '').trim().slice(0, 40),
            visible: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
            order: all.indexOf(el),
          };
        }),
      );
    }
    return seen;
  }

  it('reaches every control in document order with focus always visible (compare page)', async () => {
    const page = await site.browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.origin()}/en/compare/`);
    await page.waitForFunction(() => document.querySelector('[data-compare]')?.classList.contains('compare--enhanced'));
    const seen = await tabThrough(page, 60);
    expect(seen[0]!.text).toBe('Skip to content');
    expect(seen.filter((s) => !s.visible).map((s) => `${s.tag} "${s.text}"`)).toEqual([]);
    const orders = seen.map((s) => s.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    const texts = seen.map((s) => s.text);
    for (const control of ['Search the atlas', 'Svenska', 'Cities', 'Compare']) expect(texts.some((t) => t.includes(control)), control).toBe(true);
    expect(seen.filter((s) => s.tag === 'input').length).toBeGreaterThanOrEqual(10);
    // A checkbox is operable from the keyboard.
    await page.focus('input[name="cities"][value="prague"]');
    await page.keyboard.press('Space');
    await page.waitForURL(/cities=/);
    expect(await page.isChecked('input[name="cities"][value="prague"]')).toBe(false);
    await page.close();
  });

  it('reaches the links in a chart and shows their focus', async () => {
    const page = await site.browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.origin()}/en/`);
    // The wide rendering is the one shown at 1280 px.
    await page.focus('#map-cities svg.chart-svg--wide a');
    const focus = await page.evaluate(() => {
      const dot = document.activeElement!.querySelector('.map-dot')!;
      return getComputedStyle(dot).strokeWidth;
    });
    expect(parseFloat(focus)).toBeGreaterThanOrEqual(4);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/cities\/[a-z]+\/$/);
    await page.close();
  });

  it('no element takes a positive tabindex (which would break the order)', async () => {
    const page = await site.browser().newPage();
    for (const path of ['/en/', '/en/compare/', '/en/search/', '/sv/cities/stockholm/']) {
      await page.goto(`${site.origin()}${path}`);
      expect(await page.$$eval('[tabindex]', (els) => els.filter((e) => Number(e.getAttribute('tabindex')) > 0).length), path).toBe(0);
    }
    await page.close();
  });
});
