// Entry of the offline copy's search script (bundled as a classic script by scripts/offline.ts).
// From disk (file://) it loads the page language's index as a classic <script> and searches
// it with MiniSearch; served over http it leaves the work to Pagefind, as the online site does.
import { pagefindEngine, startSearch, type SearchAnswer, type SearchEngine } from './search-client';
import { offlineEngine, type OfflineDoc } from './offline-engine';
import { DEFAULT_LOCALE, isLocale } from '../../i18n/locales';

declare global {
  interface Window {
    NLAO_SEARCH_DOCS?: OfflineDoc[];
  }
}

/** Relative path from this page to the bundle root, written into each page by the offline build. */
const root = document.querySelector<HTMLMetaElement>('meta[name="nlao-root"]')?.content ?? './';

function loadIndex(): Promise<OfflineDoc[]> {
  return new Promise((resolve, reject) => {
    if (window.NLAO_SEARCH_DOCS) return resolve(window.NLAO_SEARCH_DOCS);
    const script = document.createElement('script');
    script.src = `${root}offline/search-index-${document.documentElement.lang}.js`;
    script.onload = () => (window.NLAO_SEARCH_DOCS ? resolve(window.NLAO_SEARCH_DOCS) : reject(new Error('empty index')));
    script.onerror = () => reject(new Error('index not found'));
    document.head.append(script);
  });
}

/** The MiniSearch engine, built once the index script has loaded. */
function fromDisk(): SearchEngine {
  let engine: Promise<SearchEngine> | undefined;
  const load = () => (engine ??= loadIndex().then((docs) => offlineEngine(docs, root, isLocale(document.documentElement.lang) ? document.documentElement.lang : DEFAULT_LOCALE)));
  return {
    preload: load,
    async search(q, filters, limit): Promise<SearchAnswer> {
      return (await load()).search(q, filters, limit);
    },
  };
}

startSearch(() => (location.protocol === 'file:' ? fromDisk() : pagefindEngine(`${root}pagefind/`)));
