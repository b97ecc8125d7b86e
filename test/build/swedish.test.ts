// Swedish pages read as Swedish (issue #16): no English outside elements marked lang="en", no
// avoided terms from the terminology sheet, Swedish quotation marks and dashes, and what is
// marked English really is English.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, pages } from '../helpers/site';
import { avoidedIn, englishIn, swedishText, typographyIn } from '../helpers/swedish';

const swedish = () => pages().filter((p) => p.url.startsWith('/sv/'));
const textOf = (file: string, drop?: string) => swedishText(path.join(DIST, file), { drop });

/** Collects "page: findings" for every page with findings, so one failure lists them all. */
function problems(find: (file: string) => string[]): string[] {
  return swedish().flatMap((p) => {
    const found = find(p.file);
    return found.length > 0 ? [`${p.url}: ${found.join(', ')}`] : [];
  });
}

describe('Swedish pages', () => {
  it('are all checked', () => expect(swedish().length).toBeGreaterThan(80));

  it('show no English outside elements marked lang="en"', () => {
    expect(problems((f) => englishIn(textOf(f)))).toEqual([]);
  });

  it('use no form the terminology sheet lists as "avoid"', () => {
    // The glossary's search synonyms list the report's words on purpose, so searches for them find the term.
    expect(problems((f) => avoidedIn(textOf(f, '.synonyms')))).toEqual([]);
  });

  it('use Swedish quotation marks and dashes', () => {
    expect(problems((f) => typographyIn(textOf(f)))).toEqual([]);
  });

  it('mark as English only text that is English', () => {
    const swedishWords = /(?<![\p{L}])(och|att|för|som|det|är|på|av|med|till|inte|eller|om|har|den|ett|en)(?![\p{L}])|[åäö]/u;
    const marked = swedish().flatMap((p) =>
      p.root.querySelectorAll('body [lang="en"]').map((el) => ({ url: p.url, text: el.text.trim() })),
    );
    expect(marked.filter((m) => swedishWords.test(m.text)).map((m) => `${m.url}: ${m.text}`)).toEqual([]);
    // Spot checks: English on purpose is marked where it stands.
    const spots: Array<[string, string]> = [
      ['/sv/sources/', 'Survey on Recession and Recovery in Cities'],
      ['/sv/sources/', 'Get on board'],
      ['/sv/sources/', 'Independent Living Charter'],
      ['/sv/sources/', 'Statistics in focus 46/2009'],
      ['/sv/cases/edinburgh-bus/', 'Get on board'],
      ['/sv/cases/local-employment-partnerships/', 'Department of Works and Pensions'],
      ['/sv/cities/stockholm/', 'social housing'],
      ['/sv/glossary/', 'people furthest from the labour market'],
      ['/sv/', 'English'],
    ];
    for (const [url, text] of spots) {
      expect(marked.some((m) => m.url === url && m.text.includes(text)), `${url}: "${text}" marked lang="en"`).toBe(true);
    }
  });
});
