// Debian's Chromium driven by playwright-core. No downloaded browsers: if Chromium is not
// installed the tests fail, saying how to install it — they never skip.
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serve } from '../../scripts/static-server';
import { launchChromium } from '../../scripts/chromium';

export { CHROME_PATH } from '../../scripts/chromium';
export const launch = launchChromium;

/** Problems a page reports while a test drives it: console errors, page errors, requests to other hosts, failed requests. */
export interface Watch {
  problems: string[];
}

export function watch(page: Page, origin: string): Watch {
  const w: Watch = { problems: [] };
  const allowed = new URL(origin).host;
  page.on('console', (m) => {
    if (m.type() === 'error') w.problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => w.problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.host !== allowed) w.problems.push(`request to another host: ${r.url()}`);
  });
  page.on('requestfailed', (r) => w.problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => {
    if (r.status() >= 400) w.problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return w;
}

/**
 * Counts the page's requests in flight. Before a test navigates away, `idle()` waits until none
 * is, so the navigation aborts no request (a favicon, a search fragment) that `watch` would
 * then report as failed.
 */
export function inFlight(page: Page): { idle: () => Promise<void> } {
  let open = 0;
  page.on('request', () => (open += 1));
  const done = () => (open -= 1);
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return {
    idle: async () => {
      while (open > 0) await new Promise((resolve) => setTimeout(resolve, 25));
    },
  };
}

/**
 * The built site served on 127.0.0.1 and a Chromium, started before a test file's tests and
 * stopped after them. Call at the top level of a test file; use the getters inside tests.
 */
export function useSiteAndBrowser(dist: string): { origin: () => string; browser: () => Browser } {
  let server: Awaited<ReturnType<typeof serve>> | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serve(dist);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { origin: () => server!.origin, browser: () => browser! };
}
