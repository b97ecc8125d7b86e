// Search from disk: a MiniSearch index over documents that the offline build ships as a
// classic script (no fetch, no module — browsers refuse both from file://). Same answers
// shape as the Pagefind engine, so the search page looks and behaves the same.
import MiniSearch from 'minisearch';
import type { SearchAnswer, SearchEngine } from './search-client';

/** A page as the offline index holds it. */
export interface OfflineDoc {
  id: number;
  /** Path from the bundle root, e.g. `en/cases/jobbtorg/`. */
  url: string;
  title: string;
  summary: string;
  text: string;
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

const matches = (doc: OfflineDoc, filters: Record<string, string[]>) =>
  Object.entries(filters).every(([name, values]) => values.some((v) => doc.filters[name]?.includes(v)));

export function offlineEngine(docs: readonly OfflineDoc[], root: string): SearchEngine {
  const index = new MiniSearch<OfflineDoc>({
    fields: ['title', 'summary', 'text'],
    storeFields: [],
    searchOptions: { boost: { title: 4, summary: 2 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' },
  });
  index.addAll(docs as OfflineDoc[]);
  const byId = new Map(docs.map((d) => [d.id, d]));
  return {
    async search(q, filters, limit): Promise<SearchAnswer> {
      const found = q ? index.search(q).map((r) => byId.get(r.id as number)!) : [...docs];
      const hits = found.filter((d) => matches(d, filters));
      const counts: Record<string, Record<string, number>> = {};
      for (const d of hits) {
        for (const [name, values] of Object.entries(d.filters)) for (const v of values) ((counts[name] ??= {})[v] = (counts[name]![v] ?? 0) + 1);
      }
      return {
        hits: hits.slice(0, limit).map((d) => ({ url: `${root}${d.url}index.html`, title: d.title, type: d.type, excerpt: offlineExcerpt(d, q) })),
        total: hits.length,
        counts,
      };
    },
  };
}
