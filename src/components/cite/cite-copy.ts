// Copy button and live address for the compare view's citation. The URL the page was built
// with is replaced by the current one (with ?cities=…&topics=…) whenever the selection changes.
export function startCiteCopy(): void {
  const box = document.querySelector<HTMLElement>('[data-cite-copy]');
  const block = box?.closest('.cite-this');
  const text = block?.querySelector<HTMLElement>('[data-cite-text]');
  const url = block?.querySelector<HTMLElement>('[data-cite-url]');
  if (!box || !text) return;
  const sync = () => {
    if (url) url.textContent = location.href;
  };
  sync();
  // The compare picker changes the URL on submit and on back/forward.
  document.addEventListener('submit', () => queueMicrotask(sync));
  addEventListener('popstate', sync);
  const status = box.querySelector<HTMLElement>('[role="status"]')!;
  box.querySelector('button')!.addEventListener('click', async () => {
    sync();
    try {
      await navigator.clipboard.writeText(text.textContent!.trim());
      status.textContent = status.dataset.copied!;
    } catch {
      // Clipboard refused (e.g. some file:// pages): select the text for Ctrl+C instead.
      getSelection()?.selectAllChildren(text);
    }
  });
  box.hidden = false;
}
