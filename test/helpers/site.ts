// The built site, parsed once: every HTML page with its ids, for the output checks.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { listFiles } from './content';

export const DIST = path.resolve(process.env.NLAO_OUT_DIR ?? 'dist');

export interface Page {
  /** The URL path, e.g. `/en/cities/stockholm/`. */
  url: string;
  file: string;
  root: HTMLElement;
  ids: Set<string>;
}

export const urlOf = (file: string): string => `/${file.replace(/index\.html$/, '').replace(/\\/g, '/')}`;

let cache: Page[] | undefined;
export function pages(): Page[] {
  cache ??= listFiles(DIST)
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const root = parse(readFileSync(path.join(DIST, file), 'utf8'));
      return { url: urlOf(file), file, root, ids: new Set(root.querySelectorAll('[id]').map((e) => e.id)) };
    });
  return cache;
}

/** Every file the site serves, as URL paths. */
export const servedPaths = (): Set<string> => new Set(listFiles(DIST).map((f) => `/${f.replace(/\\/g, '/')}`));
