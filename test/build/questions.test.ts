// The question pages as built: every question in both locales, a row for every partner city
// (a summary or "not reported"), every answer with a citation whose number resolves in the
// page's References, a compare link to topics the compare page has, the Pagefind type, and
// the listings on the index, home, city pages and in the reader.
import { describe, expect, it } from 'vitest';
import { pages, type Page } from '../helpers/site';
import { readList } from '../helpers/content';

const questions = readList('questions') as Array<{ id: string; wording: { en: string; sv: string }; compare: string[]; answers: Record<string, { status: string; summary?: { en: string; sv: string } }> }>;
const partners = readList('cities').filter((c) => c.partner).map((c) => String(c.id));
const LOCALES = ['en', 'sv'] as const;
const page = (url: string): Page => {
  const p = pages().find((x) => x.url === url);
  if (!p) throw new Error(`no page ${url}`);
  return p;
};
const text = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('question pages', () => {
  it('exist in both locales for every question (at least 25)', () => {
    expect(questions.length).toBeGreaterThanOrEqual(25);
    for (const locale of LOCALES) {
      const built = pages().filter((p) => p.url.startsWith(`/${locale}/questions/`) && p.url !== `/${locale}/questions/`).map((p) => p.url).sort();
      expect(built).toEqual(questions.map((q) => `/${locale}/questions/${q.id}/`).sort());
    }
  });

  it('ask the question in the h1 and answer every partner city, each answer cited with a number from the References', () => {
    for (const locale of LOCALES) {
      for (const q of questions) {
        const p = page(`/${locale}/questions/${q.id}/`);
        expect(text(p.root.querySelector('h1')!.text), p.url).toBe(q.wording[locale]);
        const refs = new Map(p.root.querySelectorAll('.references li').map((li) => [li.getAttribute('value')!, li]));
        expect(refs.size, p.url).toBeGreaterThan(0);
        for (const city of partners) {
          const row = p.root.querySelector(`table.answers tr#answer-${city}`);
          expect(row, `${p.url} ${city}`).not.toBeNull();
          const cell = row!.querySelectorAll('td')[0]!;
          const answer = q.answers[city]!;
          if (answer.status === 'reported') expect(text(cell.text), `${p.url} ${city}`).toContain(answer.summary![locale]);
          else expect(cell.querySelector('.status--not-reported'), `${p.url} ${city}`).not.toBeNull();
          const cites = cell.querySelectorAll('sup.cite a');
          expect(cites.length, `${p.url} ${city}: no citation`).toBeGreaterThan(0);
          for (const a of cites) {
            const n = a.text.replace(/[[\]]/g, '');
            const ref = refs.get(n);
            expect(ref, `${p.url} ${city}: [${n}] is not in the References`).toBeDefined();
            // The marker and its reference point at the same source.
            expect(a.getAttribute('href'), `${p.url} ${city} [${n}]`).toBe(ref!.querySelector('a')!.getAttribute('href'));
          }
        }
        expect(p.root.querySelectorAll('table.answers tbody tr').length, p.url).toBe(partners.length);
      }
    }
  });

  it('link to the compare view on topics that the compare page shows', () => {
    for (const locale of LOCALES) {
      const compare = page(`/${locale}/compare/`);
      for (const q of questions) {
        const p = page(`/${locale}/questions/${q.id}/`);
        const href = p.root.querySelector('.question-compare a')!.getAttribute('href')!;
        const url = new URL(href, 'http://site');
        expect(url.pathname, p.url).toBe(`/${locale}/compare/`);
        const topics = url.searchParams.get('topics')!.split(',');
        expect(topics, p.url).toEqual(q.compare);
        for (const topic of topics) expect(compare.root.querySelector(`[data-topic="${topic}"]`), `${p.url} → ${topic}`).not.toBeNull();
      }
    }
  });

  it('are indexed by Pagefind as type "question"', () => {
    for (const q of questions) {
      const p = page(`/en/questions/${q.id}/`);
      expect(p.root.querySelector('main[data-pagefind-body] meta[data-pagefind-filter="type:question"]'), p.url).not.toBeNull();
    }
  });
});

describe('question listings', () => {
  it('the index lists every question under a theme heading', () => {
    for (const locale of LOCALES) {
      const index = page(`/${locale}/questions/`);
      const links = index.root.querySelectorAll('section .question-list a').map((a) => a.getAttribute('href'));
      expect(links.sort()).toEqual(questions.map((q) => `/${locale}/questions/${q.id}/`).sort());
    }
  });
  it('city pages list exactly the questions the city has a reported answer to', () => {
    for (const locale of LOCALES) {
      for (const city of partners) {
        const p = page(`/${locale}/cities/${city}/`);
        const links = p.root.querySelectorAll('.question-list a').map((a) => a.getAttribute('href')).sort();
        const want = questions.filter((q) => q.answers[city]!.status === 'reported').map((q) => `/${locale}/questions/${q.id}/`).sort();
        expect(want.length, city).toBeGreaterThan(0);
        expect(links, p.url).toEqual(want);
      }
    }
  });
  it('the home page lists a few questions and links to all of them', () => {
    for (const locale of LOCALES) {
      const home = page(`/${locale}/`);
      const links = home.root.querySelectorAll('.question-list a');
      expect(links.length).toBeGreaterThanOrEqual(3);
      expect(links.length).toBeLessThan(questions.length);
      expect(home.root.querySelector(`a[href="/${locale}/questions/"]`)).not.toBeNull();
    }
  });
  it('the reader has every question with its answer table', () => {
    for (const locale of LOCALES) {
      const reader = page(`/${locale}/reader/`);
      for (const q of questions) {
        expect(reader.ids.has(`question-${q.id}`), q.id).toBe(true);
        for (const city of partners) expect(reader.ids.has(`${q.id}-answer-${city}`), `${q.id} ${city}`).toBe(true);
      }
    }
  });
});
