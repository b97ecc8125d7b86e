// Locators read in the page's language.
import { describe, expect, it } from 'vitest';
import { localizeLocator } from '../../src/lib/locators';

describe('localized locators', () => {
  it('leaves English alone', () => expect(localizeLocator('en', 'Table 2, fn 42')).toBe('Table 2, fn 42'));
  it('renders the common English locators in Swedish', () => {
    expect(localizeLocator('sv', 'Table 2')).toBe('tabell 2');
    expect(localizeLocator('sv', 'Fact box 11')).toBe('faktaruta 11');
    expect(localizeLocator('sv', 'ch. 3')).toBe('kap. 3');
    expect(localizeLocator('sv', 'Table 4, fn 48')).toBe('tabell 4, fotnot 48');
    expect(localizeLocator('sv', '§4.2, summary')).toBe('§4.2, sammanfattning');
    expect(localizeLocator('sv', 'Appendix 6')).toBe('bilaga 6');
    expect(localizeLocator('sv', 'as cited in the report, fn 28')).toBe('enligt rapportens fotnot 28');
    expect(localizeLocator('sv', 'section C, Målgrupper')).toBe('avsnitt C, Målgrupper');
  });
  it('passes Swedish locators and section names through', () => {
    expect(localizeLocator('sv', 'faktaruta 1')).toBe('faktaruta 1');
    expect(localizeLocator('sv', '§4.3.1')).toBe('§4.3.1');
    expect(localizeLocator('sv', 'avsnittet Bakgrund')).toBe('avsnittet Bakgrund');
  });
});
