// Driving the search page as a reader does: open it once, then type one query after another
// into the box and read the results each time. Shared by the online and offline tests.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { inFlight } from './browser';

export interface Question {
  locale: 'en' | 'sv';
  q: string;
  /** The path of the page that should be in the top 5, e.g. `/en/cases/jobbtorg/`. */
  expect: string;
  everyday?: boolean;
}

export const questions = (JSON.parse(readFileSync('test/data/search-questions.json', 'utf8')) as { questions: Question[] }).questions;

/** The number of searches the page has finished (the search app counts them in `data-done`). */
export const runs = async (page: Page) => Number((await page.getAttribute('[data-search-app]', 'data-done')) ?? 0);

/** Waits until a search after the `since`-th has finished, then returns the result links' hrefs. */
export async function resultLinks(page: Page, since = 0): Promise<string[]> {
  await page.waitForFunction((n) => Number(document.querySelector<HTMLElement>('[data-search-app]')?.dataset.done ?? 0) > n, since);
  return page.$$eval('[data-search-results] li > a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
}

/**
 * Types each question into the search box of the page `open(locale)` loads (once per locale) and
 * returns the misses: questions whose expected page is not among the first five results.
 * `pageOf` turns a result href into the path form the questions use.
 */
export async function missedQuestions(page: Page, open: (locale: string) => string, pageOf: (href: string) => string): Promise<string[]> {
  const misses: string[] = [];
  const net = inFlight(page);
  for (const locale of ['en', 'sv'] as const) {
    await net.idle();
    await page.goto(open(locale));
    await resultLinks(page);
    for (const { q, expect: want } of questions.filter((x) => x.locale === locale)) {
      const before = await runs(page);
      await page.fill('#search-q', q);
      const top = (await resultLinks(page, before)).slice(0, 5).map(pageOf);
      if (!top.includes(want)) misses.push(`${locale} "${q}" → wanted ${want}, got ${top.join(', ') || 'nothing'}`);
    }
  }
  return misses;
}

/**
 * Runs in a page opened from a search result: what is wrong with the arrival. The words the
 * link carries must be highlighted (CSS Custom Highlight API), never inside references or
 * contents lists; the first one after the link's #anchor must be on screen, with the anchor's
 * heading on screen too unless the two are more than a screen apart.
 */
export function arrivalProblems(): string[] {
  const problems: string[] = [];
  const words = (new URLSearchParams(location.search).get('highlight') ?? '').split(/[ +]/).filter(Boolean);
  if (words.length === 0) return [`no words to highlight in ${location.href}`];
  const ranges = [...(CSS.highlights.get('search-arrival') ?? [])] as Range[];
  if (ranges.length === 0) return [`nothing highlighted for ${words.join(' ')}`];
  for (const r of ranges) {
    const text = r.toString().toLowerCase();
    if (!words.some((w) => text.startsWith(w))) problems.push(`"${text}" is highlighted but starts with none of ${words.join(', ')}`);
    if (r.startContainer.parentElement?.closest('[data-pagefind-ignore], nav')) problems.push(`"${text}" is highlighted inside references or navigation`);
  }
  const anchor = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const first = ranges.find((r) => !anchor || anchor.compareDocumentPosition(r.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING) ?? ranges[0]!;
  const match = first.getBoundingClientRect();
  if (match.height === 0 || match.top < 0 || match.bottom > innerHeight) problems.push(`the first match "${first.toString()}" is at ${Math.round(match.top)} px, outside the ${innerHeight} px screen`);
  if (anchor) {
    const heading = anchor.getBoundingClientRect();
    const apart = match.bottom - heading.top > innerHeight;
    if (!apart && (heading.top < 0 || heading.bottom > innerHeight)) problems.push(`the section heading "${anchor.textContent}" is at ${Math.round(heading.top)} px, off the screen`);
  }
  return problems;
}
