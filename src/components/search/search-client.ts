// The search page in the browser: reads query and filters from the URL, asks a search
// engine (Pagefind online, a MiniSearch index from disk — see search-offline.ts), and renders
// results with excerpts. Everything from the URL or the box is shown as text; only <mark>
// highlighting is kept from excerpts (see `safeExcerpt`). Result links carry the matched words
// and the section (`?highlight=word#section`); the page opened highlights them and shows the
// first (layout/arrival.ts), online and offline.
import { keepLanguageSwitchInStep } from '../layout/lang-switch';
import { suggester } from './suggest';
import { highlightWords, withHighlight } from './highlight-param';

import { echoList, truncate } from '../../lib/echo';
import { pluralForm, type PluralForms } from '../../i18n/plural';

interface Config {
  bundle: string;
  strings: Record<'none' | 'noneFor' | 'prompt' | 'ignored' | 'echoMore' | 'unavailable' | 'more' | 'showMore' | 'didYouMean' | 'partial', string> & Record<'results' | 'resultsFor', PluralForms>;
  facets: Array<{ name: string; values: string[] }>;
  /** The "Did you mean …?" vocabulary, built with the page. */
  words: string[];
}

/** One result, ready to show. */
export interface SearchHit {
  url: string;
  title: string;
  type: string;
  excerpt: DocumentFragment;
}
/**
 * What an engine answers: the first hits, the total, and counts per filter value. The count of
 * a value is the number of results with the current query and every other facet's filters
 * plus that value, so ticking a value in a facet with nothing ticked yet shows that many results.
 */
export interface SearchAnswer {
  hits: SearchHit[];
  total: number;
  counts: Record<string, Record<string, number>>;
  /**
   * When a query of several words has few results (every word must match), pages that match
   * only some of them, best first: a reader's everyday words are often not all on the page.
   */
  partial: SearchHit[];
}

/** Fewer full matches than this, for a query of several words, and partial matches are added. */
export const PARTIAL_BELOW = 5;
/** Partial matches shown at most. */
export const PARTIAL_MAX = 5;
/** The words of a query, as the engines split them. */
export const queryWords = (q: string) => q.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2);

/**
 * Merges one result list per query word into one ranking: a page scores the sum, over the
 * words it matches, of its score for that word relative to the word's best, weighted so a
 * rare word counts more than one that most pages contain.
 */
export function rankPartial<T>(perWord: Array<Array<{ item: T; key: string; score: number }>>, exclude: ReadonlySet<string>): T[] {
  const total = new Map<string, { item: T; score: number }>();
  for (const list of perWord) {
    const best = Math.max(...list.map((r) => r.score), Number.EPSILON);
    const weight = 1 / Math.log2(2 + list.length);
    for (const r of list) {
      if (exclude.has(r.key)) continue;
      const entry = total.get(r.key) ?? { item: r.item, score: 0 };
      entry.score += (weight * r.score) / best;
      total.set(r.key, entry);
    }
  }
  return [...total.values()].sort((a, b) => b.score - a.score).map((e) => e.item);
}

/** Filters without one facet: what that facet's counts are computed over. */
export const without = (filters: Record<string, string[]>, name: string) => Object.fromEntries(Object.entries(filters).filter(([k]) => k !== name));

export interface SearchEngine {
  search: (q: string, filters: Record<string, string[]>, limit: number) => Promise<SearchAnswer>;
  /** Loads what the engine needs before the first keystroke, so the first answer is quick. */
  preload?: () => Promise<unknown>;
  /** Starts fetching what a query will need while the reader is still typing. */
  warm?: (q: string) => void;
}

/** Results shown at first and added by "Show more": each one costs Pagefind a fragment request. */
const PAGE_SIZE = 10;
const MAX_QUERY = 200;
/** Milliseconds between keys that count as one burst of typing. */
const DEBOUNCE = 50;
/** Below this many results the page offers "Did you mean …?". */
const FEW = 3;

/** Fills `{name}` placeholders with text (never markup). */
const fill = (template: string, vars: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

/** Keeps the text of an HTML excerpt and its <mark> elements; drops any other markup. */
export function safeExcerpt(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html; // a template is inert: nothing in it runs or loads
  const out = document.createDocumentFragment();
  for (const node of template.content.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      out.append(mark);
    } else out.append(node.textContent ?? '');
  }
  return out;
}

interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  /** Matches under the page's headings, in page order: `url` carries the heading's #anchor. */
  sub_results?: Array<{ title: string; url: string; excerpt: string; locations?: number[] }>;
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}

/** The words an excerpt marks (as the page writes them: Pagefind matches stems), for the page to highlight. */
export function markedWords(html: string): string[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return highlightWords([...template.content.querySelectorAll('mark')].map((m) => m.textContent).join(' '));
}

/** How many different words of the query an excerpt marks: "bostad först" prefers the section with both. */
function wordsMarked(excerpt: string, q: string): number {
  const marked = [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => m[1]!.toLowerCase());
  return queryWords(q.toLowerCase()).filter((w) => marked.some((m) => m.startsWith(w.slice(0, Math.max(3, w.length - 2))))).length;
}

/**
 * A result as shown: the section that marks most of the query's words, then has most matches,
 * when it is under a heading; else the page. The link opens the section (its #anchor) with the
 * excerpt's matched words, which the page highlights (layout/arrival.ts).
 */
function toHit(d: PagefindData, q: string): SearchHit {
  const page = d.meta.title ?? d.url;
  const sub = (d.sub_results ?? [])
    .filter((s) => s.url.includes('#') && s.title !== page)
    .map((s) => ({ s, words: wordsMarked(s.excerpt, q) }))
    .sort((a, b) => b.words - a.words || (b.s.locations?.length ?? 0) - (a.s.locations?.length ?? 0))[0]?.s;
  return {
    url: withHighlight(sub?.url ?? d.url, markedWords(sub?.excerpt ?? d.excerpt)),
    title: sub ? `${page} › ${sub.title}` : page,
    type: [d.meta.type, d.meta.city].filter(Boolean).join(' · '),
    excerpt: safeExcerpt(sub?.excerpt ?? d.excerpt),
  };
}
type Counts = Record<string, Record<string, number>>;
interface Pagefind {
  init: () => Promise<void>;
  options: (o: { ranking: Record<string, number | Record<string, number>> }) => Promise<void>;
  filters: () => Promise<unknown>;
  preload: (term: string) => Promise<void>;
  search: (q: string | null, o: { filters: Record<string, { any: string[] }> }) => Promise<{ results: PagefindResult[]; filters?: Counts; totalFilters?: Counts } | null>;
}

/**
 * Ranking, tuned on test/data/search-questions.json: matches in the title and in the
 * cross-language terms (metadata, see integrations/pagefind.ts) weigh more than body text,
 * so a city's or case's own page outranks pages that mention it; long pages such as the
 * reader are not favoured just for repeating a word.
 */
const RANKING = { metaWeights: { title: 8, terms: 2, summary: 2 }, pageLength: 0.6, termSaturation: 1.2 };

/** Filters as Pagefind takes them: any of the values within a facet, every facet. */
const pagefindFilters = (f: Record<string, string[]>) => Object.fromEntries(Object.entries(f).map(([k, v]) => [k, { any: v }]));

/** Pagefind, loaded on first use from `bundle` (e.g. `/pagefind/`). */
export function pagefindEngine(bundle: string): SearchEngine {
  let loaded: Promise<Pagefind> | undefined;
  // Pagefind counts filter values only once their index is loaded.
  let filtersLoaded: Promise<unknown> | undefined;
  const loadFilters = (pf: Pagefind) => (filtersLoaded ??= pf.filters());
  const load = () =>
    (loaded ??= (async () => {
      const pf = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
      await pf.options({ ranking: RANKING });
      await pf.init();
      return pf;
    })());
  return {
    preload: () => load().then(loadFilters),
    warm: (q) => void load().then((pf) => pf.preload(q)).catch(() => undefined),
    async search(q, filters, limit) {
      const pf = await load();
      await loadFilters(pf);
      const run = (f: Record<string, string[]>) => pf.search(q || null, { filters: pagefindFilters(f) });
      const answer = await run(filters);
      if (!answer) return { hits: [], total: 0, counts: {}, partial: [] };
      // Pagefind counts each value with every filter applied, its own facet's too; a facet in
      // use is counted again without its own filter (totalFilters when no other filter is left).
      const counts: Counts = { ...answer.filters };
      const partialOf = async (): Promise<PagefindResult[]> => {
        const words = queryWords(q);
        if (words.length < 2 || answer.results.length >= PARTIAL_BELOW) return [];
        const perWord = await Promise.all(words.map(async (w) => ((await pf.search(w, { filters: pagefindFilters(filters) }))?.results ?? []).map((r) => ({ item: r, key: r.id, score: r.score }))));
        return rankPartial(perWord, new Set(answer.results.map((r) => r.id))).slice(0, PARTIAL_MAX);
      };
      const [data, partial] = await Promise.all([
        Promise.all(answer.results.slice(0, limit).map((r) => r.data())),
        partialOf().then((found) => Promise.all(found.map((r) => r.data()))),
        ...Object.keys(filters).map(async (name) => {
          const rest = without(filters, name);
          const other = Object.keys(rest).length === 0 ? answer : await run(rest);
          counts[name] = (Object.keys(rest).length === 0 ? other?.totalFilters : other?.filters)?.[name] ?? {};
        }),
      ]);
      return { hits: data.map((d) => toHit(d, q)), total: answer.results.length, counts, partial: partial.map((d) => toHit(d, q)) };
    },
  };
}

/** Reads `q` and the filters from the URL, keeping only known filter values; reports the rest. */
export function readState(params: URLSearchParams, facets: Config['facets']) {
  const ignored: string[] = [];
  let q = (params.get('q') ?? '').trim();
  if (q.length > MAX_QUERY) {
    ignored.push(`q (${q.length} > ${MAX_QUERY})`);
    q = q.slice(0, MAX_QUERY);
  }
  const filters: Record<string, string[]> = {};
  for (const facet of facets) {
    const wanted = params.getAll(facet.name).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
    const known = [...new Set(wanted.filter((v) => facet.values.includes(v)))];
    for (const v of wanted) if (!facet.values.includes(v)) ignored.push(`${facet.name}=${v}`);
    if (known.length > 0) filters[facet.name] = known;
  }
  for (const key of new Set(params.keys())) {
    if (key !== 'q' && !facets.some((f) => f.name === key)) ignored.push(key);
  }
  return { q, filters, ignored };
}

/** The URL query for a search: `?q=…&city=a,b`, or '' for none. */
function queryString(q: string, filters: Record<string, string[]>): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const [k, v] of Object.entries(filters)) params.set(k, v.join(','));
  const query = params.toString();
  return query ? `?${query.replace(/%2C/g, ',')}` : '';
}

/**
 * Replaces the URL's query without a new history entry (file:// pages may refuse, which only
 * loses the shareable URL), and gives the language switch the same query, so the other
 * language opens the same search.
 */
function writeUrl(q: string, filters: Record<string, string[]>) {
  const query = queryString(q, filters);
  try {
    history.replaceState(null, '', `${location.pathname}${query}${location.hash}`);
  } catch {
    // Some browsers do not allow history changes on file:// pages.
  }
  // lang-switch.ts brings the link up to date when it is used; this keeps its address right at all times.
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a.lang-switch')) {
    const target = new URL(a.href);
    target.search = query;
    target.hash = location.hash;
    a.href = target.href;
  }
}

/** Wires the search page to an engine; by default Pagefind at the bundle the page names. */
export function startSearch(choose?: (bundle: string) => SearchEngine): void {
  const app = document.querySelector<HTMLElement>('[data-search-app]');
  if (!app) return;
  const config = JSON.parse(app.querySelector('[data-search-config]')!.textContent!) as Config;
  const engine = (choose ?? pagefindEngine)(config.bundle);
  const form = app.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = app.querySelector<HTMLElement>('[data-search-status]')!;
  const note = app.querySelector<HTMLElement>('[data-search-note]')!;
  const list = app.querySelector<HTMLOListElement>('[data-search-results]')!;
  const moreButton = app.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const suggestion = app.querySelector<HTMLElement>('[data-search-suggest]')!;
  const { strings } = config;
  let suggest: ((q: string) => string | undefined) | undefined; // built on first need
  let limit = PAGE_SIZE;

  keepLanguageSwitchInStep();
  const initial = readState(new URLSearchParams(location.search), config.facets);
  input.value = initial.q;
  for (const [name, values] of Object.entries(initial.filters)) {
    for (const v of values) {
      const box = form.querySelector<HTMLInputElement>(`input[name="${name}"][value="${CSS.escape(v)}"]`);
      if (box) box.checked = true;
    }
  }
  // Filters stay folded away unless the URL uses them, so results start near the top.
  if (Object.keys(initial.filters).length > 0) app.querySelector<HTMLDetailsElement>('[data-search-filters]')!.open = true;
  if (initial.ignored.length > 0) {
    note.textContent = fill(strings.ignored, { list: echoList(initial.ignored, strings.echoMore, document.documentElement.lang) });
    note.hidden = false;
  }

  const current = () => {
    const filters: Record<string, string[]> = {};
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) (filters[box.name] ??= []).push(box.value);
    return { q: input.value.trim().slice(0, MAX_QUERY), filters };
  };

  let run = 0;
  const render = async () => {
    const mine = ++run;
    const { q, filters } = current();
    writeUrl(q, filters);
    suggestion.hidden = true;
    if (!q && Object.keys(filters).length === 0) {
      list.replaceChildren();
      moreButton.hidden = true;
      status.textContent = strings.prompt;
      app.dataset.done = String(mine);
      return;
    }
    let answer: SearchAnswer;
    try {
      answer = await engine.search(q, filters, limit);
    } catch {
      status.textContent = strings.unavailable;
      app.dataset.done = String(mine);
      return;
    }
    if (mine !== run) return; // a newer search superseded this one
    for (const el of app.querySelectorAll<HTMLElement>('[data-count-for]')) {
      const [name, value] = el.dataset.countFor!.split(':') as [string, string];
      const n = answer.counts[name]?.[value];
      el.textContent = n === undefined ? '' : `(${n})`;
    }
    const item = (hit: SearchHit) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = hit.url;
      a.textContent = hit.title;
      const type = document.createElement('span');
      type.className = 'search-result__type';
      type.textContent = hit.type;
      const p = document.createElement('p');
      p.append(hit.excerpt);
      li.append(a, ' ', type, p);
      return li;
    };
    const partialNote = () => {
      const li = document.createElement('li');
      li.className = 'search-results__partial';
      li.textContent = strings.partial;
      return li;
    };
    list.replaceChildren(...answer.hits.map(item), ...(answer.partial.length > 0 ? [partialNote(), ...answer.partial.map(item)] : []));
    const n = answer.total;
    const shown = truncate(q);
    const plural = (forms: PluralForms) => pluralForm(document.documentElement.lang, forms, n);
    const text = n === 0 && answer.partial.length === 0 ? (q ? fill(strings.noneFor, { q: shown }) : strings.none) : q ? fill(plural(strings.resultsFor), { n, q: shown }) : fill(plural(strings.results), { n });
    status.textContent = n > limit ? `${text} ${fill(strings.more, { shown: answer.hits.length })}` : text;
    moreButton.hidden = n <= limit;
    // Few or no results: offer the nearest spelling from the atlas's own words.
    const better = q && n < FEW ? (suggest ??= suggester(config.words))(q) : undefined;
    if (better) {
      const a = document.createElement('a');
      a.href = queryString(better, filters);
      a.textContent = better;
      a.dataset.suggestion = better;
      suggestion.replaceChildren(`${strings.didYouMean} `, a, '?');
      suggestion.hidden = false;
    }
    app.dataset.done = String(mine);
  };
  suggestion.addEventListener('click', (e) => {
    const a = (e.target as Element).closest<HTMLAnchorElement>('a[data-suggestion]');
    if (!a) return;
    e.preventDefault();
    input.value = a.dataset.suggestion!;
    limit = PAGE_SIZE;
    void render();
  });

  // The first keystroke after a pause searches at once; in a burst of typing, the search waits
  // until no key has come for DEBOUNCE ms, so a fast typist does not start a search per letter.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastKey = -Infinity;
  const soon = () => {
    clearTimeout(timer);
    limit = PAGE_SIZE;
    engine.warm?.(input.value.trim());
    const now = performance.now();
    const pause = now - lastKey > DEBOUNCE;
    lastKey = now;
    if (pause) void render();
    else timer = setTimeout(render, DEBOUNCE);
  };
  moreButton.addEventListener('click', () => {
    limit += PAGE_SIZE;
    void render();
  });
  input.addEventListener('input', soon);
  form.addEventListener('change', soon);
  form.addEventListener('reset', () => setTimeout(render, 0));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void render();
  });
  void render();
  // Load the engine as soon as the reader reaches for the box (a failure shows when they search),
  // not on page load, which would tax every visit that only browses the filters.
  const preload = () => void engine.preload?.().catch(() => undefined);
  for (const event of ['focusin', 'pointerdown', 'keydown'] as const) form.addEventListener(event, preload, { once: true });
}
