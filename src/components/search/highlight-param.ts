// The words a search result link carries to the page it opens (`?highlight=a+b#section`), so the
// page can mark them and bring the first one into view (layout/arrival.ts). One place for the
// parameter's name and form, shared by the search page (both engines) and the arrival script.

export const HIGHLIGHT_PARAM = 'highlight';
/** Words carried at most: enough for a reader's query, short enough for a shareable link. */
const MAX_WORDS = 6;

/** Lower-case words of at least two letters or digits, without repeats. */
export function highlightWords(text: string): string[] {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2);
  return [...new Set(words)].slice(0, MAX_WORDS);
}

/** `url` with the words to highlight in its query, before any #fragment; unchanged without words. */
export function withHighlight(url: string, words: readonly string[]): string {
  if (words.length === 0) return url;
  const cut = url.indexOf('#');
  const [path, hash] = cut < 0 ? [url, ''] : [url.slice(0, cut), url.slice(cut)];
  const param = `${HIGHLIGHT_PARAM}=${words.map(encodeURIComponent).join('+')}`;
  return `${path}${path.includes('?') ? '&' : '?'}${param}${hash}`;
}

/** The words a page was opened with, from its query string (`location.search`). */
export const wordsToHighlight = (search: string) => highlightWords(new URLSearchParams(search).get(HIGHLIGHT_PARAM) ?? '');
