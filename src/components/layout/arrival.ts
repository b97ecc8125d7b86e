// Arriving from a search result. The result link names the matched words (`?highlight=…`,
// see search/highlight-param.ts) and the section it found them in (`#anchor`). This marks
// every occurrence of those words in the page's content with the CSS Custom Highlight API
// (the DOM is not changed) and brings the first one after the anchor onto the first screen,
// below its section heading when both fit. A text fragment (`#:~:text=`) cannot do this: it
// matches the first occurrence in the document, which is often the in-page contents list.
// Without the parameter this does nothing; without highlight support it still scrolls.
import { wordsToHighlight } from '../search/highlight-param';

/** Text that is not the page's own content: contents lists, references, navigation. */
const SKIP = '[data-pagefind-ignore], nav, script, style, [hidden], .visually-hidden';
const HEADINGS = 'h1, h2[id], h3[id], h4[id]';

/** Every occurrence in `root`'s content of a word starting with one of `words`, in page order. */
function occurrences(root: Element, words: readonly string[]): Range[] {
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})[\\p{L}\\p{N}]*`, 'giu');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const ranges: Range[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const m of node.textContent!.matchAll(pattern)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      ranges.push(range);
    }
  }
  return ranges;
}

/** A #fragment as text; a malformed one (`#%E0`) is taken as written rather than throwing. */
function decoded(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

const after = (anchor: Node, node: Node) => (anchor.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

/** The last heading of `root` before `node`: the section the node is in. */
function headingBefore(root: Element, node: Node): Element | undefined {
  return [...root.querySelectorAll(HEADINGS)].filter((h) => after(h, node)).at(-1);
}

function arrive(): void {
  const words = wordsToHighlight(location.search);
  const main = document.querySelector('main');
  if (words.length === 0 || !main) return;
  const ranges = occurrences(main, words);
  if ('highlights' in CSS) CSS.highlights.set('search-arrival', new Highlight(...ranges));
  const anchor = location.hash.length > 1 ? document.getElementById(decoded(location.hash.slice(1))) : null;
  const first = ranges.find((r) => !anchor || after(anchor, r.startContainer)) ?? ranges[0];
  if (!first) return;
  // A match inside a folded note is opened, so it can be seen.
  for (let d = first.startContainer.parentElement?.closest<HTMLDetailsElement>('details:not([open])'); d; d = d.parentElement?.closest<HTMLDetailsElement>('details:not([open])')) d.open = true;
  const heading = anchor ?? headingBefore(main, first.startContainer);
  heading?.scrollIntoView({ block: 'start', behavior: 'instant' });
  const box = first.getBoundingClientRect();
  // The heading and the match do not fit on one screen: the match wins, a third of the way down.
  if (box.top < 0 || box.bottom > innerHeight) window.scrollBy({ top: box.top - innerHeight / 3, behavior: 'instant' });
}

// After load, so the browser's own scrolling to the #anchor has happened and layout is final.
if (document.readyState === 'complete') arrive();
else window.addEventListener('load', arrive, { once: true });
