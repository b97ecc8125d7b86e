/**
 * Indexes the built site with Pagefind's Node API after the build: one index per language
 * (Pagefind reads `<html lang>`), the bundle at `/pagefind/`. Each page is indexed together
 * with the cross-language forms of the glossary terms it mentions (see lib/search-terms), as
 * a searchable metadata field: they help a query find the page and rank it, but never show
 * as text, as an excerpt or as a sub-result. The files on disk are not changed.
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { parse } from 'node-html-parser';
import { crossLanguageTerms, SEARCH_TERMS_META, type TermForms } from '../lib/search-terms.ts';

/** Adds the page's extra search terms as a Pagefind metadata field; returns the HTML to index. */
export function withSearchTerms(html: string, glossary: readonly TermForms[]): string {
  const root = parse(html);
  const body = root.querySelector('[data-pagefind-body]');
  if (!body) return html;
  const terms = crossLanguageTerms(body.text, glossary);
  if (terms.length === 0) return html;
  const value = terms.map((t) => t.replace(/[<&>"]/g, '')).join(', ');
  body.insertAdjacentHTML('afterbegin', `<meta data-pagefind-meta="${SEARCH_TERMS_META}:${value}" />`);
  return root.toString();
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}

export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'nlao-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const glossary = JSON.parse(await readFile(path.join(out, 'data', 'glossary.json'), 'utf8')) as TermForms[];
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        let pages = 0;
        for (const file of await htmlFiles(out)) {
          const html = await readFile(file, 'utf8');
          if (!html.includes('data-pagefind-body')) continue;
          const result = await index.addHTMLFile({ sourcePath: path.relative(out, file), content: withSearchTerms(html, glossary) });
          if (result.errors.length > 0) throw new Error(`Pagefind failed on ${file}: ${result.errors.join('; ')}`);
          pages += 1;
        }
        const written = await index.writeFiles({ outputPath: path.join(out, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its bundle: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`indexed ${pages} pages`);
      },
    },
  };
}
