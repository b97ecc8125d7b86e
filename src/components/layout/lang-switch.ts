// Keeps the language switch pointing at the same view in the other language: the page's own
// query (compare selection, search terms) and #fragment are appended to the switch's address.
// Only the search and compare pages call this; a content page's switch goes to the top of the
// other language's page (its #anchors and highlighted words are in its own language).

/** Sets the switch's address now and again whenever the query or fragment may have changed. */
export function keepLanguageSwitchInStep(): void {
  const link = document.querySelector<HTMLAnchorElement>('a.lang-switch');
  if (!link) return;
  const base = new URL(link.href);
  const sync = () => {
    const target = new URL(base);
    target.search = location.search;
    target.hash = location.hash;
    link.href = target.href;
  };
  sync();
  window.addEventListener('hashchange', sync);
  window.addEventListener('popstate', sync);
  // history.pushState/replaceState fire no event: bring the link up to date just before it is used.
  for (const type of ['pointerenter', 'focus', 'click']) link.addEventListener(type, sync);
}
