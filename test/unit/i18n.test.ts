// Numbers and UI strings come out in the page's language.
import { describe, expect, it } from 'vitest';
import { countryName, formatNumber, t } from '../../src/i18n/t';

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
  it('names countries in the page language', () => {
    expect(countryName('sv', 'NL')).toBe('Nederländerna');
    expect(countryName('en', 'GB')).toBe('United Kingdom');
  });
});
