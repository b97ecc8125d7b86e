// The offline rewrite: relative links to explicit files, classic scripts, the search script,
// and search documents built from the indexed part of a page.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { parse } from 'node-html-parser';
import { relativeUrl, rewriteHtml, rootOf, searchDoc, OfflineError } from '../../src/integrations/offline';

describe('relative URLs', () => {
  it('point at explicit index.html files, relative to the page', () => {
    expect(relativeUrl('en/cities/stockholm/index.html', '/en/cities/')).toBe('../index.html');
    expect(relativeUrl('en/cities/stockholm/index.html', '/en/cases/jobbtorg/#results')).toBe('../../cases/jobbtorg/index.html#results');
    expect(relativeUrl('index.html', '/sv/')).toBe('sv/index.html');
    expect(relativeUrl('en/data/index.html', '/data/cities.json')).toBe('../../data/cities.json');
    expect(relativeUrl('en/search/index.html', '/en/search/?q=x')).toBe('index.html?q=x');
  });
  it('know the way back to the bundle root', () => {
    expect(rootOf('index.html')).toBe('./');
    expect(rootOf('en/cities/stockholm/index.html')).toBe('../../../');
  });
});

const OPTIONS = { searchScript: 'offline/search.js', classicScript: (src: string) => `offline/${src.split('/').pop()}` };

describe('page rewrite', () => {
  const page = `<html lang="en"><head><meta http-equiv="content-security-policy" content="script-src 'self'"><link rel="stylesheet" href="/_astro/t.css"></head><body>
    <a href="/en/cities/">Cities</a><a href="https://example.org/x">out</a><form action="/en/search/"></form>
    <script type="module">const x = 1; document.body.dataset.x = String(x);</script></body></html>`;
  const out = parse(rewriteHtml(page, 'en/cities/stockholm/index.html', OPTIONS));
  it('makes every site URL relative and leaves external ones alone', () => {
    expect(out.querySelector('link')!.getAttribute('href')).toBe('../../../_astro/t.css');
    expect(out.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['../index.html', 'https://example.org/x']);
    expect(out.querySelector('form')!.getAttribute('action')).toBe('../../search/index.html');
    expect(out.querySelector('meta[name="nlao-root"]')!.getAttribute('content')).toBe('../../../');
  });
  it('carries a Content-Security-Policy of its own, first in <head>, naming the rewritten scripts by hash', () => {
    const metas = out.querySelectorAll('meta[http-equiv="content-security-policy"]');
    expect(metas).toHaveLength(1);
    expect(out.querySelector('head')!.firstChild).toBe(metas[0]);
    const policy = metas[0]!.getAttribute('content')!;
    const code = out.querySelector('script')!.rawText;
    const hash = `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
    expect(policy).toContain(`script-src 'self' file: ${hash}`);
    expect(policy).toContain("connect-src 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/https?:|'unsafe-inline'|'unsafe-eval'|\*/);
  });
  it('lets the search page fetch its index and compile Pagefind, from the copy only', () => {
    const search = `<html><head></head><body><div data-search-app></div><script type="module" src="/_astro/SearchApp.astro_astro_type_script_index_0_lang.X.js"></script></body></html>`;
    const policy = parse(rewriteHtml(search, 'en/search/index.html', OPTIONS))
      .querySelector('meta[http-equiv="content-security-policy"]')!
      .getAttribute('content')!;
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("'wasm-unsafe-eval'");
  });
  it('keeps the style hashes of the online policy', () => {
    const styled = `<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; style-src 'self' 'sha256-abc=';"></head><body></body></html>`;
    expect(parse(rewriteHtml(styled, 'index.html', OPTIONS)).querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')).toContain(
      "style-src 'self' file: 'sha256-abc='",
    );
  });
  it('turns an inline module into a classic script that waits for the DOM', () => {
    const script = out.querySelector('script')!;
    expect(script.getAttribute('type')).toBeUndefined();
    expect(script.textContent).toContain('DOMContentLoaded');
    expect(script.textContent).toContain('const x = 1');
  });
  it('replaces the search module with the offline search script', () => {
    const search = `<html><head></head><body><div data-search-app><script type="application/json" data-search-config>{"bundle":"/pagefind/"}</script></div><script type="module" src="/_astro/SearchApp.astro_astro_type_script_index_0_lang.X.js"></script></body></html>`;
    const rewritten = parse(rewriteHtml(search, 'sv/search/index.html', OPTIONS));
    expect(rewritten.querySelector('script[src]')!.getAttribute('src')).toBe('../../offline/search.js');
    expect(JSON.parse(rewritten.querySelector('[data-search-config]')!.textContent).bundle).toBe('../../pagefind/');
  });
  it('replaces a module script file of the site with its classic bundle', () => {
    const rewritten = parse(rewriteHtml('<html><head></head><body><script type="module" src="/_astro/compare.X.js"></script></body></html>', 'en/compare/index.html', OPTIONS));
    expect(rewritten.querySelector('script[src]')!.getAttribute('src')).toBe('../../offline/compare.X.js');
    expect(rewritten.querySelector('script[src]')!.getAttribute('type')).toBeUndefined();
  });
  it('refuses module scripts it cannot make work from disk', () => {
    expect(() => rewriteHtml('<body><script type="module" src="https://cdn.example/x.js"></script></body>', 'en/index.html', OPTIONS)).toThrow(OfflineError);
    expect(() => rewriteHtml('<body><script type="module">import { a } from "./a.js"; a();</script></body>', 'en/index.html', OPTIONS)).toThrow(/imports/);
  });
});

describe('offline search documents', () => {
  const html = `<html lang="sv"><body><header>Meny</header><main data-pagefind-body>
    <meta data-pagefind-filter="type:city"><meta data-pagefind-filter="city:stockholm"><meta data-pagefind-meta="type:Stad"><meta data-pagefind-meta="summary:Kort om Stockholm.">
    <h1>Stockholm</h1><p>Stockholms allmännytta ägs av kommunen.</p></main></body></html>`;
  const glossary = [{ id: 'a', term: { en: 'Public housing', sv: 'Allmännytta' }, synonyms: ['social housing'] }];
  it('hold the indexed text, title, summary, type and filters, plus cross-language terms', () => {
    const doc = searchDoc(html, 'sv/cities/stockholm/index.html', 3, glossary)!;
    expect(doc).toMatchObject({ id: 3, url: 'sv/cities/stockholm/', title: 'Stockholm', summary: 'Kort om Stockholm.', type: 'Stad', filters: { type: ['city'], city: ['stockholm'] } });
    expect(doc.text).toContain('allmännytta');
    // Cross-language forms help ranking as their own field, never as the page's text.
    expect(doc.terms).toContain('social housing');
    expect(doc.text).not.toContain('social housing');
    expect(doc.text).not.toContain('Meny');
  });
  it('skip pages that are not indexed', () => {
    expect(searchDoc('<html><body><main><h1>x</h1></main></body></html>', 'index.html', 0, glossary)).toBeUndefined();
  });
});
