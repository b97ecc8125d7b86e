/**
 * "Cite this": one CSL-JSON record per citable thing (a page, a chart, a table, a dataset, a
 * compare view), rendered with Citation.js at build time as an APA 7 reference and as BibTeX,
 * RIS and CSL-JSON files. Nothing of it ships to the browser.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { EDITION, editionDateParts, publicUrl } from './edition.ts';
import { SV_SE_LOCALE } from './csl/locale-sv.ts';
import type { Locale } from '../i18n/locales';

// Citation.js ships no Swedish CSL locale; the atlas's own covers the terms APA uses.
const csl = plugins.config.get('@csl');
if (!csl.locales.has('sv-SE')) csl.locales.add('sv-SE', SV_SE_LOCALE);

export const CITE_STYLE = 'APA 7';
const CSL_LANG: Record<Locale, string> = { en: 'en-GB', sv: 'sv-SE' };

export interface CiteTarget {
  /** Unique within its page: `page`, or the id of the chart, table or dataset. */
  id: string;
  /** The title as a reference list should show it. */
  title: string;
  /** The site path with locale and, for a part of a page, its #fragment. */
  path: string;
  locale: Locale;
  /** `page` (and compare views) cite as web pages; charts, tables and datasets as datasets. */
  kind: 'page' | 'dataset';
  /** The site's name in this locale: the corporate author. */
  siteName: string;
}

/** The CSL-JSON record: the one description all formats are made from. */
export function cslItem(target: CiteTarget): Record<string, unknown> {
  const date = { 'date-parts': [editionDateParts()] };
  return {
    id: `nlao-atlas-${target.path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}${target.id === 'page' ? '' : `-${target.id}`}`,
    type: target.kind === 'page' ? 'webpage' : 'dataset',
    title: target.title,
    // APA 7: when the author and the site are the same, the site name is not repeated.
    author: [{ literal: target.siteName }],
    publisher: target.siteName,
    URL: publicUrl(target.path),
    issued: date,
    accessed: date,
    version: EDITION.version,
    language: CSL_LANG[target.locale],
  };
}

/** A date as APA 7 writes it in the reader's language ("December 2, 2026", "2 december 2026"). */
export const citeDate = (locale: Locale, iso: string): string =>
  new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-US', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

/** The APA 7 reference as plain text, in the reader's language. */
export function apaText(item: Record<string, unknown>, locale: Locale): string {
  // APA 7 leaves out the publisher when it is the author (the atlas publishes itself).
  const { publisher: _omitted, ...apa } = item;
  return new Cite(apa).format('bibliography', { format: 'text', template: 'apa', lang: CSL_LANG[locale] }).trim();
}

/** The downloadable files: BibTeX (biblatex-compatible `@misc`/`@dataset`), RIS and CSL-JSON. */
export function citationFiles(item: Record<string, unknown>): { bib: string; ris: string; json: string } {
  const cite = new Cite(item);
  return { bib: cite.format('bibtex'), ris: cite.format('ris'), json: `${JSON.stringify([item], null, 2)}\n` };
}
