// The search page in the browser: reads query and filters from the URL, asks a search
// engine (Pagefind online, a MiniSearch index from disk — see search-offline.ts), and renders
// results with excerpts. Everything from the URL or the box is shown as text; only <mark>
// highlighting is kept from excerpts (see `safeExcerpt`).
import { keepLanguageSwitchInStep } from '../layout/lang-switch';

import { echoList, truncate } from '../../lib/echo';
import { pluralForm, type PluralForms } from '../../i18n/plural';

interface Config {
  bundle: string;
  strings: Record<'none' | 'noneFor' | 'prompt' | 'ignored' | 'echoMore' | 'unavailable' | 'more' | 'showMore', string> & Record<'results' | 'resultsFor', PluralForms>;
  facets: Array<{ name: string; values: string[] }>;
}

/** One result, ready to show. */
export interface SearchHit {
  url: string;
  title: string;
  type: string;
  excerpt: DocumentFragment;
}
/** What an engine answers: the first hits, the total, and counts per filter value. */
export interface SearchAnswer {
  hits: SearchHit[];
  total: number;
  counts: Record<string, Record<string, number>>;
}
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
  data: () => Promise<PagefindData>;
}

/** A result as shown: the section with most matches when it is under a heading, else the page. */
function toHit(d: PagefindData): SearchHit {
  const page = d.meta.title ?? d.url;
  const sub = (d.sub_results ?? [])
    .filter((s) => s.url.includes('#') && s.title !== page)
    .sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))[0];
  return {
    url: sub?.url ?? d.url,
    title: sub ? `${page} › ${sub.title}` : page,
    type: [d.meta.type, d.meta.city].filter(Boolean).join(' · '),
    excerpt: safeExcerpt(sub?.excerpt ?? d.excerpt),
  };
}
interface Pagefind {
  init: () => Promise<void>;
  preload: (term: string) => Promise<void>;
  search: (q: string | null, o: { filters: Record<string, { any: string[] }> }) => Promise<{ results: PagefindResult[]; filters?: Record<string, Record<string, number>> } | null>;
}

/** Pagefind, loaded on first use from `bundle` (e.g. `/pagefind/`). */
export function pagefindEngine(bundle: string): SearchEngine {
  let loaded: Promise<Pagefind> | undefined;
  const load = () =>
    (loaded ??= (async () => {
      const pf = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
      await pf.init();
      return pf;
    })());
  return {
    preload: load,
    warm: (q) => void load().then((pf) => pf.preload(q)).catch(() => undefined),
    async search(q, filters, limit) {
      const pf = await load();
      const answer = await pf.search(q || null, { filters: Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, { any: v }])) });
      if (!answer) return { hits: [], total: 0, counts: {} };
      const data = await Promise.all(answer.results.slice(0, limit).map((r) => r.data()));
      return {
        hits: data.map(toHit),
        total: answer.results.length,
        counts: answer.filters ?? {},
      };
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

/** Replaces the URL's query without a new history entry; file:// pages may refuse, which only loses the shareable URL. */
function writeUrl(q: string, filters: Record<string, string[]>) {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const [k, v] of Object.entries(filters)) params.set(k, v.join(','));
  const query = params.toString();
  try {
    history.replaceState(null, '', `${location.pathname}${query ? `?${query.replace(/%2C/g, ',')}` : ''}${location.hash}`);
  } catch {
    // Some browsers do not allow history changes on file:// pages.
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
  const { strings } = config;
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
    list.replaceChildren(
      ...answer.hits.map((hit) => {
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
      }),
    );
    const n = answer.total;
    const shown = truncate(q);
    const plural = (forms: PluralForms) => pluralForm(document.documentElement.lang, forms, n);
    const text = n === 0 ? (q ? fill(strings.noneFor, { q: shown }) : strings.none) : q ? fill(plural(strings.resultsFor), { n, q: shown }) : fill(plural(strings.results), { n });
    status.textContent = n > limit ? `${text} ${fill(strings.more, { shown: answer.hits.length })}` : text;
    moreButton.hidden = n <= limit;
    app.dataset.done = String(mine);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = () => {
    clearTimeout(timer);
    limit = PAGE_SIZE;
    engine.warm?.(input.value.trim());
    timer = setTimeout(render, 50);
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
