// The compare picker: shows and hides city columns, topic sections and (on request) the rows
// where the chosen cities say the same. The state lives in the URL
// (?cities=stockholm,rotterdam&topics=social-housing,principle-5&differ=1) so a shared link
// reproduces the view, and Back/Forward step through changes. Anything in the URL that is
// not a known id is ignored with a visible note; nothing from the URL is ever run or parsed as markup.
import { keepLanguageSwitchInStep } from '../layout/lang-switch';
import { echoList } from '../../lib/echo';

export const MIN_CITIES = 2;

export interface CompareState {
  cities: string[];
  topics: string[];
  /** Show only the rows where the chosen cities differ. */
  differ: boolean;
  /** What was ignored, for the note. */
  ignored: string[];
  /** True when fewer than two known cities were asked for, so all are shown. */
  tooFew: boolean;
}

/** The ids the page knows, in page order, and the topics shown when the URL names none. */
export interface CompareKnown {
  cities: string[];
  topics: string[];
  defaultTopics: string[];
}

const split = (value: string | null) => (value ?? '').split(',').map((v) => v.trim()).filter(Boolean);
const PARAMS = ['cities', 'topics', 'differ'];

/** Reads the URL against the known ids; unknown and duplicate values are dropped and reported. */
export function readCompareState(params: URLSearchParams, known: CompareKnown): CompareState {
  const ignored: string[] = [];
  const pick = (name: 'cities' | 'topics', allowed: string[]) => {
    const out: string[] = [];
    for (const v of split(params.getAll(name).join(','))) {
      if (!allowed.includes(v)) ignored.push(`${name}=${v}`);
      else if (out.includes(v)) ignored.push(`${name}=${v} (×2)`);
      else out.push(v);
    }
    return out;
  };
  for (const key of new Set(params.keys())) if (!PARAMS.includes(key)) ignored.push(key);
  let cities = params.has('cities') ? pick('cities', known.cities) : [...known.cities];
  let topics = params.has('topics') ? pick('topics', known.topics) : [...known.defaultTopics];
  const differ = params.get('differ') === '1';
  if (params.has('differ') && !differ) ignored.push(`differ=${params.get('differ')}`);
  const tooFew = cities.length < MIN_CITIES;
  if (tooFew) cities = [...known.cities];
  if (topics.length === 0) topics = [...known.defaultTopics];
  // Keep the page's order, whatever order the URL used.
  cities = known.cities.filter((c) => cities.includes(c));
  topics = known.topics.filter((t) => topics.includes(t));
  return { cities, topics, differ, ignored, tooFew };
}

/** The canonical query string for a state: parameters left out where they say the default. */
export function compareQuery(state: Pick<CompareState, 'cities' | 'topics' | 'differ'>, known: CompareKnown): string {
  const params: string[] = [];
  if (state.cities.length < known.cities.length) params.push(`cities=${state.cities.join(',')}`);
  if (state.topics.join(',') !== known.defaultTopics.join(',')) params.push(`topics=${state.topics.join(',')}`);
  if (state.differ) params.push('differ=1');
  return params.length > 0 ? `?${params.join('&')}` : '';
}

export function startCompare(): void {
  const root = document.querySelector<HTMLElement>('[data-compare]');
  if (!root) return;
  // The picker is a group of controls, not a form: every change applies at once, there is nothing to submit.
  const form = root.querySelector<HTMLElement>('[data-compare-picker]')!;
  const note = root.querySelector<HTMLElement>('[data-compare-note]')!;
  const status = root.querySelector<HTMLElement>('[data-compare-status]')!;
  const printUrl = root.querySelector<HTMLElement>('[data-compare-url]')!;
  const differBox = form.querySelector<HTMLInputElement>('input[name="differ"]')!;
  const strings = JSON.parse(root.querySelector('[data-compare-strings]')!.textContent!) as Record<'ignored' | 'echoMore' | 'tooFew' | 'min' | 'showing', string>;
  const boxes = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
  const known: CompareKnown = {
    cities: boxes('cities').map((b) => b.value),
    topics: boxes('topics').map((b) => b.value),
    defaultTopics: split(root.dataset.defaultTopics ?? ''),
  };
  let shown: CompareState = readCompareState(new URLSearchParams(location.search), known);

  /** Hides the rows where every shown city's cell says the same; says so where a whole topic is alike. */
  const filterRows = (state: CompareState) => {
    for (const topic of root.querySelectorAll<HTMLElement>('section.compare-topic')) {
      let alike = 0;
      const rows = [...topic.querySelectorAll<HTMLTableRowElement>('.compare-wide tbody tr')];
      for (const tr of rows) {
        const signatures = new Set([...tr.querySelectorAll<HTMLElement>('td[data-sig]')].filter((td) => state.cities.includes(td.dataset.city!)).map((td) => td.dataset.sig));
        const hide = state.differ && signatures.size === 1;
        if (hide) alike += 1;
        for (const el of topic.querySelectorAll<HTMLElement>(`[data-row="${tr.dataset.row}"]`)) el.hidden = hide;
      }
      topic.querySelector<HTMLElement>('[data-compare-same]')!.hidden = alike === 0 || alike < rows.length;
    }
  };

  const show = (state: CompareState) => {
    shown = state;
    for (const b of boxes('cities')) b.checked = state.cities.includes(b.value);
    for (const b of boxes('topics')) b.checked = state.topics.includes(b.value);
    differBox.checked = state.differ;
    for (const el of root.querySelectorAll<HTMLElement>('[data-city]')) el.hidden = !state.cities.includes(el.dataset.city!);
    for (const el of root.querySelectorAll<HTMLElement>('section[data-topic]')) el.hidden = !state.topics.includes(el.dataset.topic!);
    for (const a of root.querySelectorAll<HTMLAnchorElement>('[data-preset]')) {
      if (a.dataset.preset === state.topics.join(',')) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    }
    filterRows(state);
    status.textContent = strings.showing.replace('{cities}', String(state.cities.length)).replace('{topics}', String(state.topics.length));
    printUrl.textContent = location.href;
  };
  const say = (messages: string[]) => {
    note.textContent = messages.join(' ');
    note.hidden = messages.length === 0;
  };

  const fromUrl = () => {
    const state = readCompareState(new URLSearchParams(location.search), known);
    const messages: string[] = [];
    if (state.ignored.length > 0) messages.push(strings.ignored.replace('{list}', echoList(state.ignored, strings.echoMore, document.documentElement.lang)));
    if (state.tooFew) messages.push(strings.tooFew);
    say(messages);
    show(state);
  };

  /** Shows a new state and records it as a history entry. */
  const go = (state: Omit<CompareState, 'ignored' | 'tooFew'>) => {
    say([]);
    try {
      history.pushState(null, '', `${location.pathname}${compareQuery(state, known)}`);
    } catch {
      // Some browsers refuse history changes on file:// pages: the view still changes, the URL does not.
    }
    show({ ...state, ignored: [], tooFew: false });
  };

  /** Reads the boxes; below the minimum the view stays as it is and the note says what is needed. */
  const fromBoxes = (changed?: HTMLInputElement) => {
    const cities = boxes('cities').filter((b) => b.checked).map((b) => b.value);
    const topics = boxes('topics').filter((b) => b.checked).map((b) => b.value);
    if (cities.length < MIN_CITIES || topics.length === 0) {
      if (changed) changed.checked = true; // unticking one box never empties the view
      say([strings.min]);
      return;
    }
    go({ cities, topics, differ: differBox.checked });
  };

  form.addEventListener('change', (event) => fromBoxes(event.target as HTMLInputElement));
  form.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    const group = boxes(button.dataset.group!);
    if (button.dataset.action === 'all') for (const b of group) b.checked = true;
    if (button.dataset.action === 'clear') for (const b of group) b.checked = false;
    if (button.dataset.action === 'only') for (const b of group) b.checked = b.value === button.value;
    fromBoxes();
  });
  root.addEventListener('click', (event) => {
    const preset = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-preset]');
    if (!preset || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    go({ cities: shown.cities, topics: split(preset.dataset.preset!), differ: shown.differ });
  });
  window.addEventListener('popstate', fromUrl);
  // The picker is a column beside the results on wide screens; on narrow ones it starts folded so the results come first.
  form.querySelector<HTMLDetailsElement>('[data-picker-fold]')!.open = matchMedia('(min-width: 64rem)').matches;
  root.classList.add('compare--enhanced');
  fromUrl();
  keepLanguageSwitchInStep();
}
