// The compare picker: shows and hides city columns and topic sections. The state lives in
// the URL (?cities=stockholm,rotterdam&topics=social-housing,principle-5) so a shared link
// reproduces the view, and Back/Forward step through changes. Anything in the URL that is
// not a known id is ignored with a visible note; nothing from the URL is ever run or parsed as markup.

export const MIN_CITIES = 2;

export interface CompareState {
  cities: string[];
  topics: string[];
  /** What was ignored, for the note. */
  ignored: string[];
  /** True when fewer than two known cities were asked for, so all are shown. */
  tooFew: boolean;
}

const split = (value: string | null) => (value ?? '').split(',').map((v) => v.trim()).filter(Boolean);

/** Reads the URL against the known ids; unknown, duplicate and surplus values are dropped and reported. */
export function readCompareState(params: URLSearchParams, known: { cities: string[]; topics: string[] }): CompareState {
  const ignored: string[] = [];
  const pick = (name: 'cities' | 'topics', allowed: string[], limit: number) => {
    if (!params.has(name)) return [...allowed];
    const out: string[] = [];
    for (const v of split(params.getAll(name).join(','))) {
      if (!allowed.includes(v)) ignored.push(`${name}=${v}`);
      else if (out.includes(v)) ignored.push(`${name}=${v} (×2)`);
      else if (out.length >= limit) ignored.push(`${name}=${v} (> ${limit})`);
      else out.push(v);
    }
    return out;
  };
  for (const key of new Set(params.keys())) if (key !== 'cities' && key !== 'topics') ignored.push(key);
  // Every partner city may be shown at once: the limit comes from the data.
  let cities = pick('cities', known.cities, known.cities.length);
  let topics = pick('topics', known.topics, known.topics.length);
  const tooFew = cities.length < MIN_CITIES;
  if (tooFew) cities = [...known.cities];
  if (topics.length === 0) topics = [...known.topics];
  // Keep the page's order, whatever order the URL used.
  cities = known.cities.filter((c) => cities.includes(c));
  topics = known.topics.filter((t) => topics.includes(t));
  return { cities, topics, ignored: ignored.slice(0, 20), tooFew };
}

/** The canonical query string for a state: parameters left out when everything is shown. */
export function compareQuery(state: Pick<CompareState, 'cities' | 'topics'>, known: { cities: string[]; topics: string[] }): string {
  const params: string[] = [];
  if (state.cities.length < known.cities.length) params.push(`cities=${state.cities.join(',')}`);
  if (state.topics.length < known.topics.length) params.push(`topics=${state.topics.join(',')}`);
  return params.length > 0 ? `?${params.join('&')}` : '';
}

export function startCompare(): void {
  const root = document.querySelector<HTMLElement>('[data-compare]');
  if (!root) return;
  const form = root.querySelector<HTMLFormElement>('[data-compare-picker]')!;
  const note = root.querySelector<HTMLElement>('[data-compare-note]')!;
  const status = root.querySelector<HTMLElement>('[data-compare-status]')!;
  const strings = JSON.parse(root.querySelector('[data-compare-strings]')!.textContent!) as Record<'ignored' | 'tooFew' | 'min' | 'showing', string>;
  const boxes = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
  const known = { cities: boxes('cities').map((b) => b.value), topics: boxes('topics').map((b) => b.value) };

  const show = (state: CompareState) => {
    for (const b of boxes('cities')) b.checked = state.cities.includes(b.value);
    for (const b of boxes('topics')) b.checked = state.topics.includes(b.value);
    for (const el of root.querySelectorAll<HTMLElement>('[data-city]')) el.hidden = !state.cities.includes(el.dataset.city!);
    for (const el of root.querySelectorAll<HTMLElement>('[data-topic]')) el.hidden = !state.topics.includes(el.dataset.topic!);
    status.textContent = strings.showing.replace('{cities}', String(state.cities.length)).replace('{topics}', String(state.topics.length));
  };
  const say = (messages: string[]) => {
    note.textContent = messages.join(' ');
    note.hidden = messages.length === 0;
  };

  const fromUrl = () => {
    const state = readCompareState(new URLSearchParams(location.search), known);
    const messages: string[] = [];
    if (state.ignored.length > 0) messages.push(strings.ignored.replace('{list}', state.ignored.join(', ')));
    if (state.tooFew) messages.push(strings.tooFew);
    say(messages);
    show(state);
  };

  form.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement;
    const cities = boxes('cities').filter((b) => b.checked).map((b) => b.value);
    const topics = boxes('topics').filter((b) => b.checked).map((b) => b.value);
    if (cities.length < MIN_CITIES || topics.length === 0) {
      target.checked = true; // keep at least two cities and one topic
      say([strings.min]);
      return;
    }
    say([]);
    try {
      history.pushState(null, '', `${location.pathname}${compareQuery({ cities, topics }, known)}`);
    } catch {
      // Some browsers refuse history changes on file:// pages: the view still changes, the URL does not.
    }
    show({ cities, topics, ignored: [], tooFew: false });
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  window.addEventListener('popstate', fromUrl);
  form.hidden = false;
  root.classList.add('compare--enhanced');
  fromUrl();
}
