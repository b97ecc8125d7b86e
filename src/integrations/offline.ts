/**
 * The offline copy: rewrites the built site so it works when index.html is opened from
 * disk. Links become relative and name their index.html; ES module scripts become classic
 * scripts (browsers refuse modules from file://): inline ones in place, module files bundled
 * into classic files by scripts/offline.ts; the search page gets the offline search
 * script; each page learns the relative path to the bundle root; and each page gets a
 * Content-Security-Policy of its own that fits file:// (`offlineCsp`), as strict as the
 * site's. Pure string-in, string-out functions; scripts/offline.ts does the file work.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { crossLanguageTerms, type TermForms } from '../lib/search-terms.ts';
import type { OfflineDoc } from '../components/search/offline-engine.ts';

const URL_ATTRIBUTES = ['href', 'src', 'action'] as const;

/** A root-absolute site URL as a path relative to the page file, pointing at an explicit file. */
export function relativeUrl(fromFile: string, url: string): string {
  const match = /^([^?#]*)([?#].*)?$/.exec(url)!;
  let target = match[1]!;
  const suffix = match[2] ?? '';
  if (target.endsWith('/')) target += 'index.html';
  const rel = path.posix.relative(path.posix.dirname(`/${fromFile}`), target);
  return `${rel === '' ? path.posix.basename(target) : rel}${suffix}`;
}

/** The relative path from a page file to the bundle root, ending in a slash (`./` at the root). */
export const rootOf = (file: string): string => {
  const depth = file.split('/').length - 1;
  return depth === 0 ? './' : '../'.repeat(depth);
};

/** Runs a former module script's code after the DOM is ready, as a module would have. */
const classic = (code: string) =>
  `(()=>{"use strict";const run=()=>{${code}\n};document.readyState==="loading"?document.addEventListener("DOMContentLoaded",run):run();})();`;

export class OfflineError extends Error {}

export interface RewriteOptions {
  /** Path of the offline search script, from the bundle root. */
  searchScript: string;
  /**
   * For a module script file of the site (its root-absolute `src`), the path from the bundle
   * root of the classic script that replaces it; scripts/offline.ts bundles each one so.
   */
  classicScript: (src: string) => string;
}

/** The search page's own module script, replaced by the offline search (`searchScript`). */
const SEARCH_APP_SCRIPT = /\/SearchApp\.astro_astro_type_script/;

/** Rewrites one built page for the offline copy. `file` is its path from the site root, e.g. `en/index.html`. */
export function rewriteHtml(html: string, file: string, options: RewriteOptions): string {
  const root = parse(html, { comment: true });
  const base = rootOf(file);
  // Scripts first, while their sources are still the site's root-absolute paths.
  for (const script of root.querySelectorAll('script[type="module"]')) {
    const src = script.getAttribute('src');
    if (src !== undefined) {
      const search = SEARCH_APP_SCRIPT.test(src) && root.querySelector('[data-search-app]') !== null;
      if (!search && !src.startsWith('/')) throw new OfflineError(`${file}: a module script (${src}) the offline copy does not know how to replace`);
      script.replaceWith(parse(`<script src="${base}${search ? options.searchScript : options.classicScript(src)}" defer></script>`));
      continue;
    }
    const code = script.textContent;
    if (/(^|[;\s])(import|export)\s*[\s{*'"(]/.test(code)) throw new OfflineError(`${file}: an inline module script imports or exports, which cannot run from disk`);
    script.removeAttribute('type');
    script.set_content(classic(code));
  }
  for (const attr of URL_ATTRIBUTES) {
    for (const el of root.querySelectorAll(`[${attr}]`)) {
      const value = el.getAttribute(attr)!;
      if (value.startsWith('/') && !value.startsWith('//')) el.setAttribute(attr, relativeUrl(file, value));
    }
  }
  const config = root.querySelector('script[data-search-config]');
  if (config) {
    const data = JSON.parse(config.textContent) as { bundle: string };
    data.bundle = `${base}pagefind/`;
    config.set_content(JSON.stringify(data));
  }
  // The site's policy names the hashes of the scripts as built; those rewritten above need
  // a policy of their own, written first in <head> so it governs everything after it.
  const online = root.querySelector('meta[http-equiv="content-security-policy"]');
  const policy = offlineCsp({
    online: online?.getAttribute('content'),
    inlineScripts: root.querySelectorAll('script:not([src])').filter(executable).map((s) => s.rawText),
    fetches: root.querySelector('[data-search-app]') !== null,
  });
  online?.remove();
  const head = root.querySelector('head');
  if (!head) throw new OfflineError(`${file}: the page has no <head> to carry its Content-Security-Policy`);
  head.insertAdjacentHTML('afterbegin', `<meta http-equiv="content-security-policy" content="${policy}"><meta name="nlao-root" content="${base}">`);
  return root.toString();
}

/** Scripts the browser runs (JSON data blocks are not run, so a policy need not list them). */
const executable = (script: HTMLElement): boolean => {
  const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
  return type === '' || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
};

/** The CSP source expression for an inline script's text. */
export const scriptHash = (code: string): string => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;

export interface OfflineCspInput {
  /** The page's online policy, whose style hashes still hold (styles are not rewritten). */
  online: string | undefined;
  /** The text of each inline script as the offline page has it. */
  inlineScripts: readonly string[];
  /** True for the search page: served over http, the copy searches with Pagefind, which fetches its index and compiles WebAssembly. */
  fetches: boolean;
}

/**
 * The policy of an offline page: only the copy itself ('self', and `file:` because some
 * browsers give each file its own origin), the exact inline scripts of the page by hash, no
 * other host, no plug-ins, no <base>, and no network requests unless the page searches.
 * Inline event handlers and `javascript:` links stay blocked, as online.
 */
export function offlineCsp({ online, inlineScripts, fetches }: OfflineCspInput): string {
  const styleHashes = (online ?? '')
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([name]) => name === 'style-src')
    ?.filter((token) => token.startsWith("'sha"));
  const scripts = [...new Set(inlineScripts.map(scriptHash))];
  return [
    "default-src 'self' file:",
    ["script-src 'self' file:", ...(fetches ? ["'wasm-unsafe-eval'"] : []), ...scripts].join(' '),
    ["style-src 'self' file:", ...(styleHashes ?? [])].join(' '),
    "img-src 'self' file: data:",
    fetches ? "connect-src 'self'" : "connect-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'self' file:",
  ].join('; ');
}

const metaValue = (main: HTMLElement, attr: string, name: string): string[] =>
  main
    .querySelectorAll(`meta[${attr}]`)
    .map((m) => m.getAttribute(attr)!)
    .filter((v) => v.startsWith(`${name}:`))
    .map((v) => v.slice(name.length + 1));

/**
 * The offline search document for a built page, or undefined if the page is not indexed
 * (only pages with `data-pagefind-body` are, as online). The cross-language glossary terms
 * are a field of their own, searched but never shown, as in the Pagefind index.
 */
export function searchDoc(html: string, file: string, id: number, glossary: readonly TermForms[]): OfflineDoc | undefined {
  const main = parse(html).querySelector('[data-pagefind-body]');
  if (!main) return undefined;
  const filters: Record<string, string[]> = {};
  for (const m of main.querySelectorAll('meta[data-pagefind-filter]')) {
    const value = m.getAttribute('data-pagefind-filter')!;
    const cut = value.indexOf(':');
    (filters[value.slice(0, cut)] ??= []).push(value.slice(cut + 1));
  }
  // As Pagefind: what is marked data-pagefind-ignore (references, contents lists) is not searched.
  for (const ignored of main.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
  const text = main.structuredText.replace(/\s+/g, ' ').trim();
  return {
    id,
    url: file.replace(/index\.html$/, ''),
    title: main.querySelector('h1')?.text.trim() ?? file,
    summary: metaValue(main, 'data-pagefind-meta', 'summary')[0] ?? '',
    text,
    // Headings and what the page weights for Pagefind (glossary synonyms), ranked above body text as online.
    headings: main.querySelectorAll('h1, h2, h3, [data-pagefind-weight]').map((h) => h.text.replace(/\s+/g, ' ').trim()).join(' · '),
    terms: crossLanguageTerms(text, glossary).join(', '),
    // Shown under each result as online: the page type, then its city where it has one.
    type: [...metaValue(main, 'data-pagefind-meta', 'type'), ...metaValue(main, 'data-pagefind-meta', 'city')].join(' · '),
    filters,
  };
}
