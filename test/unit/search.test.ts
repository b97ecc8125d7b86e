// Search helpers: cross-language glossary terms, and reading state from a hostile URL.
import { describe, expect, it } from 'vitest';
import { crossLanguageTerms } from '../../src/lib/search-terms';
import { readState } from '../../src/components/search/search-client';
import { highlightWords, withHighlight, wordsToHighlight } from '../../src/components/search/highlight-param';

const glossary = [
  { id: 'allmannytta', term: { en: 'Public housing', sv: 'Allmännytta' }, synonyms: ['social housing'] },
  { id: 'corporaties', term: { en: 'Housing corporations', sv: 'Bostadsstiftelser' }, local: { term: 'corporaties' }, synonyms: [] },
];

describe('cross-language search terms', () => {
  it('adds every other form of a term the page uses', () => {
    expect(crossLanguageTerms('Stockholms allmännytta ägs av kommunen.', glossary)).toEqual(['Public housing', 'social housing']);
  });
  it('matches whole words only, in any case', () => {
    expect(crossLanguageTerms('The CORPORATIES own the stock.', glossary)).toEqual(['Bostadsstiftelser', 'Housing corporations']);
    expect(crossLanguageTerms('corporatiesfonds', glossary)).toEqual([]);
  });
  it('adds nothing to a page that mentions no term', () => {
    expect(crossLanguageTerms('Nothing relevant here.', glossary)).toEqual([]);
  });
});

describe('search state from the URL', () => {
  const facets = [
    { name: 'city', values: ['stockholm', 'rotterdam'] },
    { name: 'type', values: ['case', 'city'] },
  ];
  it('keeps known filter values, comma-separated or repeated, without duplicates', () => {
    const s = readState(new URLSearchParams('q=housing&city=stockholm,rotterdam&city=stockholm&type=case'), facets);
    expect(s).toEqual({ q: 'housing', filters: { city: ['stockholm', 'rotterdam'], type: ['case'] }, ignored: [] });
  });
  it('reports unknown values and parameters instead of using them', () => {
    const s = readState(new URLSearchParams('city=atlantis,<script>&colour=red'), facets);
    expect(s.filters).toEqual({});
    expect(s.ignored).toEqual(['city=atlantis', 'city=<script>', 'colour']);
  });
  it('cuts an over-long query and says so', () => {
    const s = readState(new URLSearchParams(`q=${'a'.repeat(500)}`), facets);
    expect(s.q).toHaveLength(200);
    expect(s.ignored).toEqual(['q (500 > 200)']);
  });
});

describe('the words a result link carries to the page it opens', () => {
  it('go into the query, before the #section, lower-case, once each, at most six', () => {
    expect(withHighlight('/en/cities/rotterdam/#housing', highlightWords('Corporaties corporaties, HOUSING'))).toBe('/en/cities/rotterdam/?highlight=corporaties+housing#housing');
    expect(withHighlight('../en/cases/x/index.html', ['hyresgäster'])).toBe('../en/cases/x/index.html?highlight=hyresg%C3%A4ster');
    expect(highlightWords('a b c d e f g h i j k l m n o')).toEqual([]);
    expect(highlightWords('one two three four five six seven')).toHaveLength(6);
  });
  it('leave a link without words unchanged, and read back as they were written', () => {
    expect(withHighlight('/en/glossary/#housing-first', [])).toBe('/en/glossary/#housing-first');
    const url = new URL(withHighlight('/sv/cases/x/?a=1#s', ['bostad', 'först']), 'http://x');
    expect(wordsToHighlight(url.search)).toEqual(['bostad', 'först']);
    expect(wordsToHighlight('?highlight=<img src=x onerror=alert(1)>')).toEqual(['img', 'src', 'onerror', 'alert']);
  });
});
