// Search from disk: a MiniSearch index over documents that the offline build ships as a
// classic script (no fetch, no module — browsers refuse both from file://). Same answers
// shape as the Pagefind engine, so the search page looks and behaves the same. Words are
// stemmed with the Snowball stemmer of the page's language, as Pagefind stems them online, so
// "tenants" finds "tenant management" from disk too.
import MiniSearch from 'minisearch';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as swedish } from '@orama/stemmers/swedish';
import type { Locale } from '../../i18n/locales';
import { PARTIAL_BELOW, PARTIAL_MAX, queryWords, rankPartial, without, type SearchAnswer, type SearchEngine } from './search-client';
import { highlightWords, withHighlight } from './highlight-param';

/** A page as the offline index holds it. */
export interface OfflineDoc {
  id: number;
  /** Path from the bundle root, e.g. `en/cases/jobbtorg/`. */
  url: string;
  title: string;
  summary: string;
  text: string;
  /** The page's headings and the text it weights for Pagefind (glossary synonyms). */
  headings: string;
  /** Cross-language forms of the glossary terms the page uses: searched, never shown (as online). */
  terms: string;
  /** The page type's label in the page's language. */
  type: string;
  /** Filter values, as Pagefind's filters: `{ city: ['stockholm'], type: ['case'] }`. */
  filters: Record<string, string[]>;
}

const EXCERPT = 90;

const STEMMERS: Record<Locale, (word: string) => string> = { en: english, sv: swedish };

/** Words that start with one of `stems` (whole words, case-insensitive); the match is the word. */
const wordsStartingWith = (stems: readonly string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}])((?:${stems.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})[\\p{L}\\p{N}]*)`, 'giu');

/** A short passage around the first word of the query's stems, with the words marked; built as DOM nodes, never HTML. */
export function offlineExcerpt(doc: OfflineDoc, stems: readonly string[]): DocumentFragment {
  const out = document.createDocumentFragment();
  const first = stems.length > 0 ? doc.text.search(wordsStartingWith(stems)) : -1;
  if (first < 0) {
    out.append(doc.summary);
    return out;
  }
  const start = Math.max(0, first - EXCERPT);
  const passage = `${start > 0 ? '…' : ''}${doc.text.slice(start, first + EXCERPT * 2)}…`;
  for (const [i, part] of passage.split(wordsStartingWith(stems)).entries()) {
    if (i % 2 === 1) {
      const mark = document.createElement('mark');
      mark.textContent = part;
      out.append(mark);
    } else out.append(part);
  }
  return out;
}

const matches = (doc: OfflineDoc, filters: Record<string, string[]>) =>
  Object.entries(filters).every(([name, values]) => values.some((v) => doc.filters[name]?.includes(v)));

export function offlineEngine(docs: readonly OfflineDoc[], root: string, locale: Locale): SearchEngine {
  const stem = STEMMERS[locale];
  // Weights mirror the online ranking (search-client.ts RANKING): title first, then headings
  // and weighted text, the cross-language terms and the summary, then body text. Pagefind has
  // no fuzzy matching; one edit here catches a typo without letting "corporaties" match
  // "corporatist" in a title (two edits) above the pages about the corporaties.
  const index = new MiniSearch<OfflineDoc>({
    fields: ['title', 'headings', 'summary', 'terms', 'text'],
    storeFields: [],
    processTerm: (term) => stem(term.toLowerCase()),
    searchOptions: { boost: { title: 6, headings: 3, summary: 2, terms: 2 }, prefix: true, fuzzy: 0.15, maxFuzzy: 1, combineWith: 'AND' },
  });
  index.addAll(docs as OfflineDoc[]);
  const byId = new Map(docs.map((d) => [d.id, d]));
  return {
    async search(q, filters, limit): Promise<SearchAnswer> {
      const found = q ? index.search(q).map((r) => byId.get(r.id as number)!) : [...docs];
      const hits = found.filter((d) => matches(d, filters));
      // Each facet is counted over the results of the query and the other facets' filters.
      const counts: Record<string, Record<string, number>> = {};
      for (const d of found) {
        for (const [name, values] of Object.entries(d.filters)) {
          if (!matches(d, without(filters, name))) continue;
          for (const v of values) (counts[name] ??= {})[v] = (counts[name]![v] ?? 0) + 1;
        }
      }
      // The stems are highlighted as word beginnings, here and on the page opened (layout/arrival.ts).
      const stems = highlightWords(q).map(stem).filter((s) => s.length >= 2);
      const toHit = (d: OfflineDoc) => ({ url: withHighlight(`${root}${d.url}index.html`, stems), title: d.title, type: d.type, excerpt: offlineExcerpt(d, stems) });
      // As online: with few full matches, pages matching some of the words, ranked the same way.
      // Each word exactly or as a prefix, as Pagefind matches it: a word the atlas lacks would
      // otherwise bring its near misses ("estates" → "state"), which count as full matches once
      // scores are taken relative to the word's best.
      const words = queryWords(q);
      const partial =
        words.length >= 2 && hits.length < PARTIAL_BELOW
          ? rankPartial(
              words.map((w) =>
                index
                  .search(w, { fuzzy: false })
                  .map((r) => ({ item: byId.get(r.id as number)!, key: String(r.id), score: r.score }))
                  .filter((r) => matches(r.item, filters)),
              ),
              new Set(hits.map((d) => String(d.id))),
            ).slice(0, PARTIAL_MAX)
          : [];
      return { hits: hits.slice(0, limit).map(toHit), total: hits.length, counts, partial: partial.map(toHit) };
    },
  };
}
