// Byte budgets, gzip: content pages ship at most 2 KB of JavaScript, the script that marks the
// searched words when a search result opens the page (the header search is a plain form);
// the compare page at most 15 KB of JS, the search page at most 15 KB of its own (Pagefind's
// bundle is fetched on use and measured by `npm run bench`); HTML + CSS of any page at most
// 60 KB. The seminar reader is the whole study on one page, made for print and offline
// reading, so it has its own budget: 200 KB, since it carries every table and chart of the
// pages it gathers and every answered question (150 KB held the prose alone).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, pages, type Page } from '../helpers/site';

const KB = 1024;
const gz = (text: string | Buffer) => gzipSync(text).length;
const file = (url: string) => readFileSync(path.join(DIST, url));

/** A script file's bytes and those of every module it imports (Vite splits shared code into chunks). */
function moduleBytes(url: string, seen = new Set<string>()): number {
  if (seen.has(url)) return 0;
  seen.add(url);
  const code = file(url);
  const imports = [...code.toString('utf8').matchAll(/(?:from|import)\s*"(\.\/[^"]+\.js)"/g)].map((m) => path.posix.join(path.posix.dirname(url), m[1]!));
  return gz(code) + imports.reduce((sum, i) => sum + moduleBytes(i, seen), 0);
}
/** The page's own JavaScript: inline scripts that execute, and external ones it loads with their imports. */
function scriptBytes(page: Page): number {
  const scripts = page.root.querySelectorAll('script').filter((s) => (s.getAttribute('type') ?? 'text/javascript') !== 'application/json');
  const seen = new Set<string>();
  return scripts.reduce((sum, s) => sum + (s.getAttribute('src') ? moduleBytes(s.getAttribute('src')!, seen) : gz(s.textContent)), 0);
}
function htmlCssBytes(page: Page): number {
  const css = page.root.querySelectorAll('link[rel="stylesheet"]').reduce((sum, l) => sum + gz(file(l.getAttribute('href')!)), 0);
  return gz(file(page.file)) + css;
}
const kind = (url: string) => (/^\/(en|sv)\/compare\//.test(url) ? 'compare' : /^\/(en|sv)\/search\//.test(url) ? 'search' : 'content');

describe('byte budgets (gzip)', () => {
  it('content pages ship at most 2 KB of JavaScript', () => {
    const offenders = pages()
      .filter((p) => kind(p.url) === 'content')
      .map((p) => ({ url: p.url, bytes: scriptBytes(p) }))
      .filter((x) => x.bytes > 2 * KB)
      .map((x) => `${x.url}: ${(x.bytes / KB).toFixed(1)} KB`);
    expect(offenders).toEqual([]);
  });
  it('the compare and search pages ship at most 15 KB of their own JavaScript', () => {
    for (const p of pages().filter((x) => kind(x.url) !== 'content')) {
      const bytes = scriptBytes(p);
      expect(bytes, p.url).toBeGreaterThan(0);
      expect(bytes, p.url).toBeLessThanOrEqual(15 * KB);
    }
  });
  it('HTML + CSS of every page fit in 60 KB (the reader in 200 KB)', () => {
    const over = pages()
      .map((p) => ({ url: p.url, bytes: htmlCssBytes(p), limit: /\/reader\/$/.test(p.url) ? 200 * KB : 60 * KB }))
      .filter((x) => x.bytes > x.limit)
      .map((x) => `${x.url}: ${(x.bytes / KB).toFixed(1)} KB > ${x.limit / KB} KB`);
    expect(over).toEqual([]);
  });
});
