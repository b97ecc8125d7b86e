// Numbers and UI strings come out in the page's language.
import { describe, expect, it } from 'vitest';
import { countryName, formatNumber, functionLabel, t, tBuilt } from '../../src/i18n/t';
import { TABLE_FUNCTIONS, TABLE_NUMBERS } from '../../src/schemas/responsibilities';
import en from '../../src/i18n/ui/en.json';
import sv from '../../src/i18n/ui/sv.json';

describe('i18n', () => {
  it('formats numbers per locale', () => {
    expect(formatNumber('en', 13000)).toBe('13,000');
    expect(formatNumber('sv', 13000)).toBe('13\u00a0000');
    expect(formatNumber('sv', 0.43, { style: 'percent' })).toBe('43\u00a0%');
  });
  it('fills placeholders, formatting numbers', () => {
    expect(t('sv', 'cases.intro', { n: 1200 })).toMatch(/^1\u00a0200 /);
    expect(t('en', 'principles.number', { n: 5 })).toBe('Principle 5');
  });
  it('picks plural forms by count through Intl.PluralRules, in both languages', () => {
    expect(t('sv', 'search.results', { n: 1 })).toBe('1 träff.');
    expect(t('sv', 'search.results', { n: 2 })).toBe('2 träffar.');
    expect(t('sv', 'search.results', { n: 0 })).toBe('0 träffar.');
    expect(t('en', 'search.results', { n: 1 })).toBe('1 result.');
    expect(t('en', 'search.results', { n: 1500 })).toBe('1,500 results.');
    expect(t('sv', 'data.rows', { n: 1 })).toBe('1 rad');
    expect(t('en', 'search.resultsFor', { n: 1, q: 'x' })).toBe('1 result for “x”.');
  });
  it('gives every plural string the forms its language needs', () => {
    // Swedish and English both have "one" and "other"; a plural string must give both.
    for (const [lang, file] of [['sv', sv], ['en', en]] as const) {
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const [key, value] of Object.entries(file)) {
        if (typeof value === 'string') continue;
        expect(Object.keys(value).sort(), `${lang} ${key}`).toEqual([...categories].sort());
      }
    }
  });
  it('fails on a key built from data that the strings lack, naming the key', () => {
    expect(tBuilt('sv', 'role.shared')).toBe(t('sv', 'role.shared'));
    expect(() => tBuilt('en', 'role.partial')).toThrow('no UI string "role.partial" in src/i18n/ui/en.json');
    expect(() => tBuilt('en', 'toString')).toThrow('no UI string "toString"');
  });
  it('names every function of Tables 1–4 in both languages', () => {
    for (const table of TABLE_NUMBERS) {
      for (const fn of TABLE_FUNCTIONS[table]) {
        expect(functionLabel('en', table, fn)).toBe((en as Record<string, unknown>)[`fn.${table}.${fn}`]);
        expect(functionLabel('sv', table, fn)).toBe((sv as Record<string, unknown>)[`fn.${table}.${fn}`]);
      }
    }
    expect(() => functionLabel('en', 1, 'programmes')).toThrow('no UI string "fn.1.programmes"');
  });
  it('names countries in the page language', () => {
    expect(countryName('sv', 'NL')).toBe('Nederländerna');
    expect(countryName('en', 'GB')).toBe('United Kingdom');
  });
});
