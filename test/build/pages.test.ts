// Built-output checks: every page is well-formed for readers and assistive technology, and
// every internal link and #fragment resolves, in both locales.
import { describe, expect, it } from 'vitest';
import { pages, servedPaths } from '../helpers/site';

describe('every page', () => {
  it('exists in both locales, with the same paths', () => {
    const urls = pages().map((p) => p.url);
    const en = urls.filter((u) => u.startsWith('/en/')).map((u) => u.slice(3)).sort();
    const sv = urls.filter((u) => u.startsWith('/sv/')).map((u) => u.slice(3)).sort();
    expect(en.length).toBeGreaterThan(20);
    expect(sv).toEqual(en);
  });
  it('has lang, a <title> and exactly one <h1>', () => {
    for (const page of pages()) {
      const lang = page.root.querySelector('html')?.getAttribute('lang');
      expect(lang, page.url).toMatch(/^(en|sv)$/);
      if (page.url.startsWith('/en/') || page.url.startsWith('/sv/')) expect(lang, page.url).toBe(page.url.slice(1, 3));
      expect(page.root.querySelector('title')?.text.trim(), page.url).toBeTruthy();
      expect(page.root.querySelectorAll('h1').length, page.url).toBe(1);
    }
  });
  it('links only to pages, files and #fragments that exist', () => {
    const served = servedPaths();
    const byUrl = new Map(pages().map((p) => [p.url, p]));
    const broken: string[] = [];
    for (const page of pages()) {
      for (const a of page.root.querySelectorAll('a[href], link[href]')) {
        const href = a.getAttribute('href')!;
        if (/^(https?:|mailto:)/.test(href)) continue;
        const url = new URL(href, `http://site${page.url}`);
        const target = url.pathname.endsWith('/') ? byUrl.get(url.pathname) : undefined;
        const exists = target !== undefined || served.has(url.pathname);
        if (!exists) {
          broken.push(`${page.url} → ${href}`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        const holder = url.pathname === new URL(`http://site${page.url}`).pathname ? page : target;
        if (fragment && holder && !holder.ids.has(fragment)) broken.push(`${page.url} → ${href} (no #${fragment})`);
      }
    }
    expect(broken).toEqual([]);
  });
  it('marks the language switch with the other language', () => {
    for (const page of pages().filter((p) => /^\/(en|sv)\//.test(p.url))) {
      const other = page.url.startsWith('/en/') ? 'sv' : 'en';
      const link = page.root.querySelector('a.lang-switch');
      expect(link?.getAttribute('href'), page.url).toBe(`/${other}${page.url.slice(3)}`);
    }
  });
});
