// The search page in the browser: reads query and filters from the URL, asks Pagefind, and
// renders results with excerpts. Everything from the URL or the box is shown as text; only
// Pagefind's <mark> highlighting is kept from its excerpts (see `safeExcerpt`).

interface Config {
  bundle: string;
  strings: Record<'results' | 'resultsFor' | 'none' | 'noneFor' | 'prompt' | 'ignored' | 'unavailable' | 'more', string>;
  facets: Array<{ name: string; values: string[] }>;
}
interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters?: Record<string, Record<string, number>>;
}
interface Pagefind {
  init: () => Promise<void>;
  search: (q: string | null, o: { filters: Record<string, { any: string[] }> }) => Promise<PagefindSearch | null>;
}

const PAGE_SIZE = 20;
const MAX_QUERY = 200;

/** Fills `{name}` placeholders with text (never markup). */
const fill = (template: string, vars: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

/** Keeps the text of a Pagefind excerpt and its <mark> elements; drops any other markup. */
export function safeExcerpt(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html; // a template is inert: nothing in it runs or loads
  const out = document.createDocumentFragment();
  for (const node of template.content.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) out.append(node.textContent ?? '');
    else if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      out.append(mark);
    } else out.append(node.textContent ?? '');
  }
  return out;
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

export function startSearch(): void {
  const app = document.querySelector<HTMLElement>('[data-search-app]');
  if (!app) return;
  const config = JSON.parse(app.querySelector('[data-search-config]')!.textContent!) as Config;
  const form = app.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = app.querySelector<HTMLElement>('[data-search-status]')!;
  const note = app.querySelector<HTMLElement>('[data-search-note]')!;
  const list = app.querySelector<HTMLOListElement>('[data-search-results]')!;
  const { strings } = config;

  let pagefind: Pagefind | undefined;
  const load = async () => {
    pagefind ??= (await import(/* @vite-ignore */ `${config.bundle}pagefind.js`)) as Pagefind;
    await pagefind.init();
    return pagefind;
  };

  const initial = readState(new URLSearchParams(location.search), config.facets);
  input.value = initial.q;
  for (const [name, values] of Object.entries(initial.filters)) {
    for (const v of values) {
      const box = form.querySelector<HTMLInputElement>(`input[name="${name}"][value="${CSS.escape(v)}"]`);
      if (box) box.checked = true;
    }
  }
  if (initial.ignored.length > 0) {
    note.textContent = fill(strings.ignored, { list: initial.ignored.join(', ') });
    note.hidden = false;
  }

  const current = () => {
    const filters: Record<string, string[]> = {};
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) (filters[box.name] ??= []).push(box.value);
    return { q: input.value.trim().slice(0, MAX_QUERY), filters };
  };

  const writeUrl = (q: string, filters: Record<string, string[]>) => {
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    for (const [k, v] of Object.entries(filters)) params.set(k, v.join(','));
    const query = params.toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query.replace(/%2C/g, ',')}` : ''}`);
  };

  let run = 0;
  const render = async () => {
    const mine = ++run;
    const { q, filters } = current();
    writeUrl(q, filters);
    if (!q && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = strings.prompt;
      app.dataset.done = String(mine);
      return;
    }
    let pf: Pagefind;
    try {
      pf = await load();
    } catch {
      status.textContent = strings.unavailable;
      return;
    }
    const pfFilters = Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, { any: v }]));
    const search = await pf.search(q || null, { filters: pfFilters });
    if (mine !== run || !search) return; // a newer search superseded this one
    for (const el of app.querySelectorAll<HTMLElement>('[data-count-for]')) {
      const [name, value] = el.dataset.countFor!.split(':') as [string, string];
      const n = search.filters?.[name]?.[value];
      el.textContent = n === undefined ? '' : `(${n})`;
    }
    const shown = await Promise.all(search.results.slice(0, PAGE_SIZE).map((r) => r.data()));
    if (mine !== run) return;
    list.replaceChildren(
      ...shown.map((r) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = r.url;
        a.textContent = r.meta.title ?? r.url;
        const type = document.createElement('span');
        type.className = 'search-result__type';
        type.textContent = r.meta.type ?? '';
        const p = document.createElement('p');
        p.append(safeExcerpt(r.excerpt));
        li.append(a, ' ', type, p);
        return li;
      }),
    );
    const n = search.results.length;
    const text = n === 0 ? (q ? fill(strings.noneFor, { q }) : strings.none) : q ? fill(strings.resultsFor, { n, q }) : fill(strings.results, { n });
    app.dataset.done = String(mine);
    status.textContent = n > PAGE_SIZE ? `${text} ${fill(strings.more, { shown: PAGE_SIZE })}` : text;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(render, 120);
  };
  input.addEventListener('input', soon);
  form.addEventListener('change', soon);
  form.addEventListener('reset', () => setTimeout(render, 0));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void render();
  });
  void render();
}
