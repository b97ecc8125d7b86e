// Search from disk: a MiniSearch index over documents that the offline build ships as a
// classic script (no fetch, no module — browsers refuse both from file://). Same answers
// shape as the Pagefind engine, so the search page looks and behaves the same.
import MiniSearch from 'minisearch';
import { PARTIAL_BELOW, PARTIAL_MAX, queryWords, rankPartial, withTextFragment, without, type SearchAnswer, type SearchEngine } from './search-client';

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

/** The query's words, for highlighting: at least two characters, lower-case. */
const words = (q: string) => q.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2);

/** A short passage around the first query word, with the words marked; built as DOM nodes, never HTML. */
export function offlineExcerpt(doc: OfflineDoc, q: string): DocumentFragment {
  const out = document.createDocumentFragment();
  const terms = words(q);
  const lower = doc.text.toLowerCase();
  const first = terms.map((t) => lower.indexOf(t)).filter((i) => i >= 0).sort((a, b) => a - b)[0];
  if (first === undefined) {
    out.append(doc.summary);
    return out;
  }
  const start = Math.max(0, first - EXCERPT);
  const passage = `${start > 0 ? '…' : ''}${doc.text.slice(start, first + EXCERPT * 2)}…`;
  const pattern = new RegExp(`(${terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'giu');
  for (const [i, part] of passage.split(pattern).entries()) {
    if (i % 2 === 1) {
      const mark = document.createElement('mark');
      mark.textContent = part;
      out.append(mark);
    } else out.append(part);
  }
  return out;
}

/** The first query word as the page writes it, for the result link's text fragment. */
function firstTerm(doc: OfflineDoc, q: string): string | undefined {
  const lower = doc.text.toLowerCase();
  const found = words(q)
    .map((t) => ({ t, at: lower.search(new RegExp(`(?<![\\p{L}\\p{N}])${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u')) }))
    .filter((f) => f.at >= 0)
    .sort((a, b) => a.at - b.at)[0];
  if (!found) return undefined;
  return /^[\p{L}\p{N}]+/u.exec(doc.text.slice(found.at))?.[0];
}

const matches = (doc: OfflineDoc, filters: Record<string, string[]>) =>
  Object.entries(filters).every(([name, values]) => values.some((v) => doc.filters[name]?.includes(v)));

export function offlineEngine(docs: readonly OfflineDoc[], root: string): SearchEngine {
  // Weights mirror the online ranking (search-client.ts RANKING): title first, then headings
  // and weighted text, the cross-language terms and the summary, then body text.
  const index = new MiniSearch<OfflineDoc>({
    fields: ['title', 'headings', 'summary', 'terms', 'text'],
    storeFields: [],
    searchOptions: { boost: { title: 6, headings: 3, summary: 2, terms: 2 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' },
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
      const toHit = (d: OfflineDoc) => {
        const url = `${root}${d.url}index.html`;
        const term = firstTerm(d, q);
        return { url: term ? withTextFragment(url, term) : url, title: d.title, type: d.type, excerpt: offlineExcerpt(d, q) };
      };
      // As online: with few full matches, pages matching some of the words, ranked the same way.
      const words = queryWords(q);
      const partial =
        words.length >= 2 && hits.length < PARTIAL_BELOW
          ? rankPartial(
              words.map((w) =>
                index
                  .search(w)
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
